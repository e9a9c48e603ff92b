"use strict";
(() => {
  const {el, fill, api, showError} = Brink;
  const id = location.pathname.split("/").pop();
  const key = new URLSearchParams(location.hash.slice(1)).get("key") || "";
  const auth = {key};
  let view = null, formReady = false;

  async function refresh() {
    try {
      view = await api("GET", "/api/s/" + id + "/instructor", undefined, auth);
      render();
      fill("errors");
    } catch (e) {
      showError("errors", e);
    }
  }

  function render() {
    const v = view;
    document.title = "Instructor — " + v.title;
    fill("title", v.title);
    fill("subtitle", "Session " + v.id + " · " + v.scenarioName + " · seed " + v.seed + " · turns of " + v.turnDays + " day" + (v.turnDays === 1 ? "" : "s"));
    fill("day", "Day " + v.day + " of " + v.horizon + " · " + v.date + " · turn " + v.turn);
    fill("status", v.status);
    document.getElementById("status").dataset.status = v.status;
    fill("code", v.code);
    fill("join-url", location.origin + "/team");
    Brink.countdown("clock", v);
    const st = v.status;
    document.getElementById("start").disabled = st !== "lobby";
    document.getElementById("pause").disabled = st !== "running";
    document.getElementById("resume").disabled = st !== "paused";
    document.getElementById("advance").disabled = !(st === "running" || st === "paused");
    document.getElementById("end").disabled = st === "ended";
    document.getElementById("forecast-run").disabled = st === "ended" || v.forecast.running;
    document.getElementById("inject-submit").disabled = st === "ended";
    fill("rules", "A team that misses the deadline: " + (v.onTimeout === "hold" ? "holds" : "the model chooses for it") +
      ". The turn is played as soon as every team that joined has submitted.");
    const head = el("tr", {}, el("th", {}, "State"), el("th", {}, "Team"), el("th", {}, "Order for this turn"));
    fill("teams", head, v.teams.map(t => {
      const o = v.orders[t.state];
      return el("tr", {id: "team-" + t.state}, el("td", {}, t.stateName + " (" + t.state + ")"),
        el("td", {}, t.joined ? t.name : el("em", {}, "not joined yet (the model or hold on timeout)")),
        el("td", {class: "order"}, o ? "✓ " + o.action + (o.alliance ? " · alliance: " + o.alliance : "") : t.joined ? "waiting…" : "—"));
    }));
    Brink.drawMap(document.getElementById("map"), v);
    Brink.drawLadder(document.getElementById("ladder"), v);
    Brink.drawTension(document.getElementById("tension"), v);
    fill("sanctions", v.sanctions.length ? "Sanctions: " + v.sanctions.join("; ") : "No sanctions threatened or in force.");
    Brink.drawNews(document.getElementById("news"), v);
    Brink.drawForecast(document.getElementById("forecast"), v);
    fill("decisions", v.decisions.map(d => el("li", {}, "day " + d.day + " · " + d.who + ": " + d.what)));
    const dbox = [];
    if (st === "ended") {
      dbox.push(el("p", {class: "headline"}, "The crisis is over: " + (v.endNote || v.outcome) + ". Outcome: " + v.outcome + "."));
      if (v.debrief.ready) {
        dbox.push(el("p", {id: "debrief-headline"}, v.debrief.headline));
        dbox.push(el("p", {}, el("a", {id: "debrief-link", class: "button big", href: "/debrief/" + id + "?key=" + encodeURIComponent(key), target: "_blank"}, "Open the debrief"),
          " ", el("a", {id: "debrief-download", class: "button", href: "/debrief/" + id + "?download=1&key=" + encodeURIComponent(key)}, "Download it (one HTML file)")));
      } else if (v.debrief.error) {
        dbox.push(el("p", {class: "error"}, "The debrief failed: " + v.debrief.error));
      } else {
        dbox.push(el("p", {}, "Computing the debrief: the model plays the same start " + v.debrief.total + " times… " + v.debrief.done + " done"),
          el("progress", {max: v.debrief.total, value: v.debrief.done}));
      }
    }
    fill("debrief", dbox);
    document.getElementById("export").href = "/api/s/" + id + "/export?key=" + encodeURIComponent(key);
    if (!formReady) setupForm();
    const day = document.getElementById("inject-day");
    day.min = v.day;
    if (!day.value || Number(day.value) < v.day) day.value = v.day;
  }

  function setupForm() {
    formReady = true;
    const opt = a => el("option", {value: a.id}, a.name + " (" + a.id + ")");
    // sanctions come from an alliance with sanctions; every other kind from any state or alliance
    const firsts = k => k === "sanctions" ? view.actors.filter(a => a.kind === "alliance" && a.sanctions) : view.actors;
    fill("inject-first", firsts("").map(opt));
    fill("inject-second", el("option", {value: ""}, "— none —"), view.actors.map(a => el("option", {value: a.id}, a.name + " (" + a.id + ")")));
    const teams = view.teams.map(t => t.state);
    document.getElementById("inject-first").value = teams[0] || view.actors[0].id;
    document.getElementById("inject-second").value = teams[1] || "";
    document.getElementById("inject-tier").max = view.tiers;
    const kind = document.getElementById("inject-kind");
    const first = document.getElementById("inject-first");
    const show = () => {
      document.querySelectorAll("#inject-form .only").forEach(n => n.hidden = !n.classList.contains(kind.value));
      const keep = first.value, list = firsts(kind.value);
      if (list.length > 0 && list.length !== first.options.length) {
        fill("inject-first", list.map(opt));
        first.value = list.some(a => a.id === keep) ? keep : list[0].id;
      }
    };
    kind.addEventListener("change", show);
    show();
  }

  async function post(path, body) {
    try {
      await api("POST", "/api/s/" + id + path, body || {}, auth);
      fill("errors");
      await refresh();
    } catch (e) {
      showError("errors", e);
    }
  }

  document.getElementById("start").addEventListener("click", () => post("/start"));
  document.getElementById("pause").addEventListener("click", () => post("/pause"));
  document.getElementById("resume").addEventListener("click", () => post("/resume"));
  document.getElementById("advance").addEventListener("click", () => post("/advance"));
  // ending needs a second click: no dialog box to block the screen (or a projector)
  const endButton = document.getElementById("end");
  endButton.addEventListener("click", () => {
    if (endButton.dataset.armed === "1") { endButton.dataset.armed = ""; endButton.textContent = "■ End and debrief"; post("/end"); return; }
    endButton.dataset.armed = "1";
    endButton.textContent = "■ Click again to end the game";
    setTimeout(() => { endButton.dataset.armed = ""; endButton.textContent = "■ End and debrief"; }, 5000);
  });
  document.getElementById("forecast-run").addEventListener("click", () => post("/forecast", {runs: Number(document.getElementById("forecast-runs").value)}));
  document.getElementById("inject-form").addEventListener("submit", async ev => {
    ev.preventDefault();
    const kind = document.getElementById("inject-kind").value;
    const first = document.getElementById("inject-first").value, second = document.getElementById("inject-second").value;
    const e = {name: document.getElementById("inject-name").value, type: kind, day: Number(document.getElementById("inject-day").value),
      participants: second ? [first, second] : [first], tension: Number(document.getElementById("inject-tension").value),
      description: "Instructor's inject"};
    if (kind === "troop-movement") { e.state = first; e.forces = Number(document.getElementById("inject-forces").value); e.participants = [first]; }
    if (kind === "sanctions") { e.tier = Number(document.getElementById("inject-tier").value); e.participants = [first]; }
    if (kind === "concession") e.amount = Number(document.getElementById("inject-amount").value);
    try {
      const r = await api("POST", "/api/s/" + id + "/inject", e, auth);
      fill("inject-result", el("div", {class: "ok"}, "Scheduled for " + r.date + ": " + e.name));
      await refresh();
    } catch (err) {
      showError("inject-result", err);
    }
  });

  const deleteButton = document.getElementById("delete");
  deleteButton.addEventListener("click", async () => {
    if (deleteButton.dataset.armed !== "1") {
      deleteButton.dataset.armed = "1";
      deleteButton.textContent = "Click again to delete it for good (export it first to keep it)";
      setTimeout(() => { deleteButton.dataset.armed = ""; deleteButton.textContent = "Delete the session from this server"; }, 5000);
      return;
    }
    try {
      await api("DELETE", "/api/s/" + id, undefined, auth);
      location.href = "/";
    } catch (e) {
      showError("errors", e);
    }
  });

  Brink.live(id, "key=" + encodeURIComponent(key), refresh);
  refresh();
})();
