// Brink classroom: shared helpers. No framework, no CDN: everything here is served from the jar.
"use strict";

const Brink = (() => {
  /** Builds an element; text children become text nodes (never HTML), so nothing from the server is parsed as markup. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (k === "value") e.value = v;
      else if (k === "checked") e.checked = !!v;
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function fill(target, ...children) {
    const t = typeof target === "string" ? document.getElementById(target) : target;
    t.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
    return t;
  }

  /** A JSON request; a refused one throws an Error whose message is the server's, with .problems when it listed some. */
  async function api(method, path, body, auth) {
    const headers = {};
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (auth && auth.key) headers["X-Brink-Key"] = auth.key;
    if (auth && auth.token) headers["X-Brink-Token"] = auth.token;
    const r = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    if (!r.ok) {
      const err = new Error((data && data.error) || (r.status + " " + r.statusText));
      err.problems = data && data.problems;
      err.status = r.status;
      throw err;
    }
    return data;
  }

  /** Calls onUpdate whenever the session changes (server-sent events), and every 10 s as a fallback. */
  function live(sessionId, query, onUpdate) {
    let last = -1;
    const es = new EventSource("/api/s/" + encodeURIComponent(sessionId) + "/events?" + query);
    es.addEventListener("update", ev => {
      const v = parseInt(ev.data, 10);
      if (v !== last) { last = v; onUpdate(); }
    });
    setInterval(onUpdate, 10000);
    return es;
  }

  function pct(p) { return (100 * p).toFixed(1) + "%"; }

  /** The map: states sized by theatre forces, teams' states outlined, rivals linked; labels placed so they do not overlap. */
  function drawMap(container, view) {
    const m = view.map;
    const s = svg("svg", {viewBox: "0 0 " + m.width + " " + m.height, class: "map", role: "img", "aria-label": "Map of the crisis"});
    s.append(svg("rect", {x: 0, y: 0, width: m.width, height: m.height, fill: "#eef3f8"}));
    const biggest = Math.max(1, ...m.states.map(x => x.forces));
    const r = x => 5 + 38 * Math.sqrt(x.forces / biggest);
    const pos = id => m.positions[id] || [0, 0];
    for (const st of m.states) {
      if (!st.rival || !st.principal) continue;
      const a = pos(st.id), b = pos(st.rival);
      s.append(svg("line", {x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: "#c0392b", "stroke-width": 3, "stroke-dasharray": "8 6", opacity: 0.6}));
    }
    for (const al of m.alliances) {
      const p = pos(al.id);
      s.append(svg("rect", {x: p[0] - 11, y: p[1] - 11, width: 22, height: 22, fill: "#4b5d9c", stroke: "#1d2a55", "stroke-width": 1 + 2 * al.imposed}));
    }
    const boxes = m.alliances.map(al => { const p = pos(al.id); return [p[0] - 11, p[1] - 11, p[0] + 11, p[1] + 11]; });
    const labels = [];
    const order = [...m.states].sort((a, b) => (b.team - a.team) || (b.principal - a.principal) || (b.forces - a.forces));
    for (const al of m.alliances) order.push({id: al.id, name: al.name.length <= 18 ? al.name : al.id, alliance: true, forces: 0});
    for (const st of m.states) {
      const p = pos(st.id);
      const fillc = st.team ? "#d95f02" : st.principal ? "#7570b3" : "#b8b8b8";
      s.append(svg("circle", {cx: p[0], cy: p[1], r: r(st), fill: fillc, "fill-opacity": 0.75, stroke: st.team ? "#7a3300" : "#555", "stroke-width": st.team ? 3 : 1}));
      boxes.push([p[0] - r(st), p[1] - r(st), p[0] + r(st), p[1] + r(st)]);
    }
    // labels: the most important first, each at the first of eight places around its shape that overlaps nothing placed yet
    for (const st of order) {
      const p = pos(st.id);
      const major = st.principal || st.team;
      const text = major || st.alliance ? st.name : st.id;
      const size = major ? 22 : st.alliance ? 16 : 15;
      const w = text.length * size * 0.56, h = size;
      const rr = (st.alliance ? 11 : r(st)) + 4;
      const tries = [[0, -rr - 4], [0, rr + h], [rr + w / 2, h / 3], [-rr - w / 2, h / 3], [rr, -rr], [-rr, -rr], [rr, rr + h], [-rr, rr + h]];
      let chosen = null;
      for (const [dx, dy] of tries) {
        const box = [p[0] + dx - w / 2, p[1] + dy - h, p[0] + dx + w / 2, p[1] + dy + 3];
        if (box[0] < 0 || box[2] > m.width || box[1] < 0 || box[3] > m.height) continue;
        if (!boxes.some(b => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) { chosen = [dx, dy, box]; break; }
      }
      if (!chosen) { if (!major) continue; chosen = [0, -rr - 4, null]; }
      if (chosen[2]) boxes.push(chosen[2]);
      labels.push(svg("text", {x: p[0] + chosen[0], y: p[1] + chosen[1], "text-anchor": "middle", "font-size": size,
        "font-weight": major ? "bold" : "normal", "font-style": st.alliance ? "italic" : "normal", fill: st.alliance ? "#1d2a55" : "#1b1b1b", class: "maplabel"}, text));
    }
    labels.forEach(l => s.append(l));
    fill(container, s);
  }

  function drawLadder(container, view) {
    const items = view.ladder.map((name, i) => el("li", {class: (i === view.rung ? "now " : "") + (i === view.peak && i !== view.rung ? "peak" : "")},
      el("span", {class: "rung"}, i), " ", name, i === view.rung ? el("strong", {}, " ◀ now") : i === view.peak ? el("em", {}, " (peak)") : null));
    fill(container, el("ol", {class: "ladder", reversed: true}, items.reverse()));
  }

  function drawTension(container, view) {
    fill(container, el("div", {class: "meter", title: "tension " + view.tension},
      el("div", {class: "bar", style: "width:" + Math.round(100 * view.tension) + "%"})),
      el("div", {class: "small"}, "Tension " + view.tension.toFixed(2) + " · trust " + view.trust.toFixed(2)));
  }

  function drawNews(container, view) {
    const lines = view.news.length ? view.news.map(l => el("li", {}, l)) : [el("li", {class: "small"}, "Nothing yet.")];
    fill(container, el("ul", {class: "news"}, lines));
  }

  function drawForecast(container, view) {
    const f = view.forecast;
    const parts = [];
    if (f.running) {
      parts.push(el("div", {class: "small", id: "forecast-progress"}, "Forecast running: " + f.done + " of " + f.total + " runs"),
        el("progress", {max: f.total, value: f.done}));
    }
    if (f.result) {
      const r = f.result;
      parts.push(el("p", {class: "small"}, "Forecast from day " + r.day + " (" + r.date + "): " + r.runs + " runs from today, the model playing every state."));
      const rows = r.outcomes.map(o => el("tr", {},
        el("td", {}, o.name),
        el("td", {class: "barcell"}, el("div", {class: "fbar", style: "width:" + (100 * o.p).toFixed(1) + "%"})),
        el("td", {class: "num"}, pct(o.p)),
        el("td", {class: "num small"}, "[" + pct(o.low) + ", " + pct(o.high) + "]")));
      parts.push(el("table", {class: "forecast", id: "forecast-table"}, rows));
    }
    if (!parts.length) parts.push(el("p", {class: "small"}, "No forecast yet."));
    fill(container, parts);
  }

  /** A countdown to the turn's deadline, corrected for the difference between this clock and the server's. */
  let timer = null;
  function countdown(container, view) {
    const target = typeof container === "string" ? document.getElementById(container) : container;
    const offset = Date.now() - view.now;
    if (timer) clearInterval(timer);
    const show = () => {
      if (view.status === "paused") { target.textContent = "paused · " + fmt(view.remaining); return; }
      if (view.status !== "running" || !view.deadline) { target.textContent = view.status === "running" ? "no deadline" : ""; return; }
      const left = view.deadline - (Date.now() - offset);
      target.textContent = left > 0 ? fmt(left) + " left" : "time is up";
      target.classList.toggle("urgent", left < 30000);
    };
    show();
    timer = setInterval(show, 500);
  }
  function fmt(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function showError(container, err) {
    const t = typeof container === "string" ? document.getElementById(container) : container;
    fill(t, el("div", {class: "error"}, err.message, err.problems && err.problems.length > 1 ? el("ul", {}, err.problems.map(p => el("li", {}, p))) : null));
  }

  return {el, svg, fill, api, live, pct, drawMap, drawLadder, drawTension, drawNews, drawForecast, countdown, showError};
})();
