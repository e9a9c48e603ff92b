"use strict";
(() => {
  const {el, fill, api, showError} = Brink;
  let shipped = [];
  let upload = null;   // {name, text, principals}

  function principals() {
    if (document.getElementById("source-upload").checked) return upload ? upload.principals : [];
    const s = shipped.find(x => x.file === document.getElementById("scenario").value);
    return s ? s.principals : [];
  }

  function showTeams() {
    fill("teams", principals().map((p, i) => el("label", {},
      el("input", {type: "checkbox", value: p.id, name: "team", checked: i < 2}), " " + p.name + " (" + p.id + ")")));
  }

  async function load() {
    shipped = await api("GET", "/api/scenarios");
    fill("scenario", shipped.map(s => el("option", {value: s.file}, s.title + " — " + s.file)));
    showTeams();
  }

  document.getElementById("scenario").addEventListener("change", () => { document.getElementById("source-shipped").checked = true; showTeams(); });
  document.getElementById("source-shipped").addEventListener("change", showTeams);
  document.getElementById("source-upload").addEventListener("change", showTeams);
  document.getElementById("upload").addEventListener("change", async ev => {
    const f = ev.target.files[0];
    fill("scenario-errors");
    fill("scenario-info");
    upload = null;
    if (!f) return;
    document.getElementById("source-upload").checked = true;
    const text = await f.text();
    try {
      const info = await api("POST", "/api/scenarios/check", {name: f.name, text});
      upload = {name: f.name, text, principals: info.principals};
      fill("scenario-info", "✓ " + info.title + " (" + info.horizon + " days) is valid.");
    } catch (e) {
      showError("scenario-errors", e);
    }
    showTeams();
  });

  document.getElementById("new-form").addEventListener("submit", async ev => {
    ev.preventDefault();
    fill("create-errors");
    const body = {
      teams: [...document.querySelectorAll("#teams input:checked")].map(i => i.value),
      turnDays: Number(document.getElementById("turn-days").value),
      turnSeconds: Number(document.getElementById("turn-seconds").value),
      onTimeout: document.getElementById("on-timeout").value,
      seed: Number(document.getElementById("seed").value),
      debriefRuns: Number(document.getElementById("debrief-runs").value),
      hints: document.getElementById("hints").checked,
    };
    if (document.getElementById("source-upload").checked) {
      if (!upload) { showError("create-errors", new Error("choose a valid scenario file to upload first")); return; }
      body.upload = upload.text;
      body.uploadName = upload.name;
    } else {
      body.scenario = document.getElementById("scenario").value;
    }
    try {
      const r = await api("POST", "/api/sessions", body);
      location.href = r.instructor;
    } catch (e) {
      showError("create-errors", e);
    }
  });

  document.getElementById("import").addEventListener("click", async () => {
    const f = document.getElementById("import-file").files[0];
    if (!f) return;
    try {
      const r = await fetch("/api/sessions/import", {method: "POST", headers: {"Content-Type": "application/json"}, body: await f.text()});
      const data = await r.json();
      if (!r.ok) throw Object.assign(new Error(data.error), {problems: data.problems});
      location.href = data.instructor;
    } catch (e) {
      showError("import-errors", e);
    }
  });

  load().catch(e => showError("create-errors", e));
})();
