"use strict";
(() => {
  const {el, fill, api, showError} = Brink;
  const parts = location.pathname.split("/").filter(Boolean);
  const id = parts.length > 1 ? parts[1] : null;
  const stored = id ? localStorage.getItem("brink-token-" + id) : null;
  let view = null, chosen = null;

  // ------------------------------------------------------------------ joining
  async function look() {
    fill("join-errors");
    const code = document.getElementById("join-code").value.trim();
    if (!code) return;
    try {
      const g = await api("GET", "/api/join/" + encodeURIComponent(code));
      fill("subtitle", g.title);
      if (!g.free.length) { showError("join-errors", new Error("every state of this game is taken")); return; }
      fill("join-states", el("p", {}, "Choose your state:"), g.free.map((s, i) => el("label", {class: "choice"},
        el("input", {type: "radio", name: "join-state", value: s.id, checked: i === 0}), " " + s.name + " (" + s.id + ")")));
    } catch (e) {
      showError("join-errors", e);
    }
  }
  document.getElementById("join-look").addEventListener("click", look);
  document.getElementById("join-form").addEventListener("submit", async ev => {
    ev.preventDefault();
    const st = document.querySelector("input[name=join-state]:checked");
    if (!st) { await look(); return; }
    try {
      const r = await api("POST", "/api/join", {code: document.getElementById("join-code").value.trim(), state: st.value, name: document.getElementById("join-name").value});
      localStorage.setItem("brink-token-" + r.session, r.token);
      location.href = "/team/" + r.session;
    } catch (e) {
      showError("join-errors", e);
    }
  });

  // ------------------------------------------------------------------ playing
  async function refresh() {
    try {
      view = await api("GET", "/api/s/" + id + "/team", undefined, {token: stored});
      render();
      fill("errors");
    } catch (e) {
      if (e.status === 401 || e.status === 403 || e.status === 404) {
        localStorage.removeItem("brink-token-" + id);
        document.getElementById("game").hidden = true;
        document.getElementById("join").hidden = false;
      }
      showError("errors", e);
    }
  }

  function render() {
    const v = view;
    document.title = v.stateName + " — " + v.title;
    fill("title", v.stateName + " · team " + v.teamName);
    fill("subtitle", v.title);
    fill("day", "Day " + v.day + " of " + v.horizon + " · " + v.date + " · turn " + v.turn);
    fill("status", v.status);
    document.getElementById("status").dataset.status = v.status;
    fill("state-name", v.stateName);
    Brink.countdown("clock", v);

    const b = v.briefing;
    fill("briefing",
      el("h3", {}, "Your objectives"), el("ul", {id: "objectives"}, b.objectives.map(o => el("li", {}, o))),
      el("h3", {}, "Your forces"),
      el("p", {}, b.forces + " thousand troops in the theatre, of " + b.activeForces + " thousand active" + (b.supplies > 0 ? "; arms received: " + b.supplies : "") + "."),
      b.rival ? el("p", {}, "Your rival, " + b.rival + ", has " + b.rivalForces + " thousand troops in the theatre.") : null,
      b.alliances.length ? el("p", {}, "Member of: " + b.alliances.join(", ") + ".") : null,
      el("h3", {}, "What you believe of the others' resolve"),
      el("p", {class: "small"}, "Your reading (0 weak – 1 firm), from what they have done: not the truth, which no one sees."),
      el("table", {id: "beliefs", class: "beliefs"}, b.beliefs.map(x => el("tr", {}, el("td", {}, x.name),
        el("td", {class: "barcell"}, el("div", {class: "fbar", style: "width:" + Math.round(100 * x.resolve) + "%"})), el("td", {class: "num"}, x.resolve.toFixed(2))))));

    fill("score", el("p", {class: "bigscore", id: "score-total"}, v.score.total + " / 100"),
      el("ul", {class: "small"}, v.score.parts.map(p => el("li", {}, p.name + ": " + p.points + " of " + p.max + " — " + p.detail))));

    const ended = v.status === "ended";
    document.getElementById("orders-card").hidden = ended;
    if (!ended) renderOrders(v);
    const d = [];
    if (ended) {
      d.push(el("p", {class: "headline"}, "The crisis is over: " + (v.endNote || "") + ". Outcome: " + v.outcome + "."));
      if (v.debrief.ready) {
        d.push(el("p", {}, v.debrief.headline), el("a", {id: "debrief-link", class: "button", target: "_blank",
          href: "/debrief/" + id + "?token=" + encodeURIComponent(stored)}, "Open the debrief"));
      } else d.push(el("p", {}, "The debrief is being computed…"));
    }
    fill("debrief", d);

    Brink.drawMap(document.getElementById("map"), v);
    Brink.drawLadder(document.getElementById("ladder"), v);
    Brink.drawTension(document.getElementById("tension"), v);
    fill("sanctions", v.sanctions.length ? "Sanctions: " + v.sanctions.join("; ") : "No sanctions threatened or in force.");
    Brink.drawNews(document.getElementById("news"), v);
    Brink.drawForecast(document.getElementById("forecast"), v);
  }

  let renderedTurn = -1;
  function renderOrders(v) {
    const mine = v.order;
    const waiting = v.teams.filter(t => t.joined && !t.submitted).map(t => t.name);
    fill("order-status", v.status === "lobby" ? "The instructor has not started the game yet: read your briefing."
      : mine ? el("span", {class: "ok"}, "✓ Submitted: " + mine.action + (mine.alliance ? " · alliance: " + mine.alliance : "") +
        (waiting.length ? ". Waiting for: " + waiting.join(", ") + ". You can still change it." : "."))
      : "Choose a move and submit it before the deadline" + (v.onTimeout === "hold" ? " (or your state holds)." : " (or the model chooses for you)."));
    document.getElementById("submit-order").disabled = v.status === "lobby";
    // keep the team's selection while it is still the same turn
    if (renderedTurn === v.turn && document.querySelector("input[name=action]")) return;
    renderedTurn = v.turn;
    chosen = mine ? mine.action : null;
    fill("options", v.options.map(o => el("label", {class: "choice", id: "option-" + o.id},
      el("input", {type: "radio", name: "action", value: o.id, checked: chosen === o.id}),
      el("strong", {}, " " + o.name), el("span", {class: "small"}, " (" + o.id + ")" + (o.hint !== undefined ? " · model: " + Brink.pct(o.hint) : "")),
      o.description ? el("div", {class: "small"}, o.description) : null)));
    fill("alliance", v.allianceOptions.length ? [el("p", {}, "As the lead of the " + v.allianceOptions[0].alliance + ", you also choose its sanctions step:"),
      el("label", {class: "choice"}, el("input", {type: "radio", name: "alliance", value: "", checked: true}), " let the alliance decide by its rule"),
      v.allianceOptions.map(a => el("label", {class: "choice" + (a.reason ? " locked" : "")},
        el("input", {type: "radio", name: "alliance", value: a.move, disabled: !!a.reason}), " " + a.label, a.reason ? el("span", {class: "small"}, " — " + a.reason) : null))] : []);
    fill("locked", v.locked.map(l => el("li", {id: "locked-" + l.id}, el("strong", {}, l.name), ": " + l.reason + ".")));
  }

  document.getElementById("order-form").addEventListener("submit", async ev => {
    ev.preventDefault();
    const a = document.querySelector("input[name=action]:checked");
    if (!a) { showError("errors", new Error("choose a move first")); return; }
    const al = document.querySelector("input[name=alliance]:checked");
    try {
      await api("POST", "/api/s/" + id + "/orders", {state: view.state, action: a.value, alliance: al && al.value ? al.value : null}, {token: stored});
      await refresh();
    } catch (e) {
      showError("errors", e);
    }
  });

  if (id && stored) {
    document.getElementById("game").hidden = false;
    Brink.live(id, "token=" + encodeURIComponent(stored), refresh);
    refresh();
  } else {
    document.getElementById("join").hidden = false;
    const code = new URLSearchParams(location.search).get("code");
    if (code) { document.getElementById("join-code").value = code; look(); }
  }
})();
