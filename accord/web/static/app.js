/* accord dashboard: one page over the JSON API (/api). No framework; Cytoscape.js for the network, Chart.js for
 * the dyad timeline, both vendored under /static/vendor. Every view reads the API again when asked, so events
 * that `accord ingest` writes while the server runs show up without a restart.
 *
 * Test hooks (tests/test_web_browser.py): window.accord.{cy, state, selectEdge(a, b), selectNode(id), edgePoint(a, b),
 * checkStore() (the 10-second poll of /healthz, now)},
 * and data-ready="1" on #network once the graph is laid out.
 */
(function () {
  "use strict";

  const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
  const QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
  const QUAD_COLOURS = {1: "#92c5de", 2: "#2166ac", 3: "#f4a582", 4: "#b2182b"};
  const BLOC_COLOURS = ["#1b9e77", "#7570b3", "#e6ab02", "#d95f02", "#66a61e", "#e7298a", "#a6761d", "#1f78b4"];
  const UNALIGNED = "#9aa5b1";   // too few events to place
  const ALONE = "#b8c2cc";       // placed, but in a bloc of its own
  const TOKEN_KEY = "accord.token";
  const PAGE = 100;

  const state = {
    since: "", until: "",
    filter: {actor: "", type: "", q: "", include_negated: true},
    cursor: null, dyad: null, blocOf: {}, blocColour: {}, events: new Map(), counts: null,
  };
  let cy = null;
  let chart = null;

  // --- small helpers -----------------------------------------------------------------------------------------
  const $ = (id) => document.getElementById(id);

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "dataset") Object.assign(el.dataset, v);
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  function fmt(x, digits = 1) {
    if (x === null || x === undefined || Number.isNaN(x)) return "–";
    const s = Number(x).toFixed(digits);
    return x > 0 ? "+" + s : s;
  }

  function qs(params) {
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v === null || v === undefined || v === "") continue;
      out.set(k, String(v));
    }
    const s = out.toString();
    return s ? "?" + s : "";
  }

  function rangeParams() { return {since: state.since, until: state.until}; }

  function banner(message) {
    const b = $("banner");
    b.textContent = message || "";
    b.hidden = !message;
  }

  // --- the API, with the token --------------------------------------------------------------------------------
  let tokenPrompt = null;

  function askToken(refused) {
    if (!tokenPrompt) {
      tokenPrompt = new Promise((resolve) => {
        const dialog = $("token-dialog");
        $("token-error").hidden = !refused;
        $("token-input").value = "";
        $("token-form").onsubmit = (ev) => {
          ev.preventDefault();
          const value = $("token-input").value.trim();
          if (!value) return;
          sessionStorage.setItem(TOKEN_KEY, value);
          dialog.close();
          tokenPrompt = null;
          resolve(value);
        };
        dialog.addEventListener("cancel", (ev) => ev.preventDefault(), {once: true});
        dialog.showModal();
        $("token-input").focus();
      });
    }
    return tokenPrompt;
  }

  async function api(path, options = {}, retry = 0) {
    const headers = Object.assign({"Accept": "application/json"}, options.headers || {});
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers["Authorization"] = "Bearer " + token;
    const res = await fetch(path, Object.assign({}, options, {headers}));
    if (res.status === 401 && retry < 5) {
      if (token) sessionStorage.removeItem(TOKEN_KEY);
      await askToken(Boolean(token));
      return api(path, options, retry + 1);
    }
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const message = (body && body.detail) || res.statusText || "request failed";
      const err = new Error(message);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  // --- header: store counts, live refresh ---------------------------------------------------------------------
  async function loadHealth(initial) {
    try {
      const res = await fetch("/healthz");
      const hz = await res.json();
      const plural = (n, word) => `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;
      $("store-info").textContent = `${plural(hz.documents, "document")} · ${plural(hz.events, "event")}`;
      $("store-info").title = hz.store;
      if (!initial && state.counts && hz.events !== state.counts.events) {
        const n = hz.events - state.counts.events;
        $("refresh").textContent = (n > 0 ? `${n} new event${n === 1 ? "" : "s"}` : "store changed") + " — refresh";
        $("refresh").hidden = false;
      }
      if (initial || !state.counts) state.counts = hz;
      state.latest = hz;
    } catch (e) {
      $("store-info").textContent = "server unreachable";
    }
  }

  function refreshAll() {
    state.counts = state.latest || state.counts;
    $("refresh").hidden = true;
    loadGraphAndBlocs();
    loadShifts();
    loadActors();
    loadEvents(true);
    if (state.dyad) loadDyad(state.dyad.a, state.dyad.b);
  }

  // --- network ------------------------------------------------------------------------------------------------
  function edgeColour(weight, maxAbs) {
    // red (conflict) → grey → blue (cooperation), by the signed weight relative to the strongest link
    const t = maxAbs > 0 ? Math.max(-1, Math.min(1, weight / maxAbs)) : 0;
    const grey = [200, 204, 209], red = [215, 48, 39], blue = [44, 123, 182];
    const to = t < 0 ? red : blue, a = Math.abs(t);
    const c = grey.map((g, i) => Math.round(g + (to[i] - g) * Math.sqrt(a)));
    return `rgb(${c[0]},${c[1]},${c[2]})`;
  }

  function edgeId(a, b) { return "e:" + [a, b].sort().join("|"); }

  function renderNetwork(graph) {
    const box = $("network");
    box.dataset.ready = "0";
    // The most active actors only (the select under the network): a few hundred nodes are unreadable.
    const top = Number($("network-top").value) || Infinity;
    const allNodes = graph.nodes || [];
    const nodes = [...allNodes].sort((x, y) => (y.events || 0) - (x.events || 0) || String(x.id).localeCompare(String(y.id)))
      .slice(0, top);
    const kept = new Set(nodes.map((n) => n.id));
    const links = (graph.links || []).filter((l) => kept.has(l.source) && kept.has(l.target));
    $("network-count").textContent = nodes.length < allNodes.length ? `(${nodes.length} of ${allNodes.length})` : `(${allNodes.length})`;
    if (!nodes.length) {
      if (cy) { cy.destroy(); cy = null; window.accord.cy = null; }
      box.replaceChildren(h("div", {class: "empty"}, "No actors yet: ingest some articles (accord ingest), then refresh."));
      box.dataset.nodes = "";
      box.dataset.ready = "1";
      return;
    }
    const maxEvents = Math.max(1, ...nodes.map((n) => n.events || 0));
    const maxLinkEvents = Math.max(1, ...links.map((l) => l.events || 0));
    const maxAbs = Math.max(0, ...links.map((l) => Math.abs(l.weight || 0)));
    const elements = [];
    for (const n of nodes) {
      const bloc = state.blocOf[n.id];
      elements.push({group: "nodes", data: {
        id: n.id, label: n.id, name: n.label || n.id, events: n.events || 0,
        size: 16 + 44 * Math.sqrt((n.events || 0) / maxEvents),
        colour: bloc !== undefined ? state.blocColour[bloc] : UNALIGNED,
      }});
    }
    for (const l of links) {
      if (l.source === l.target) continue;
      elements.push({group: "edges", data: {
        id: edgeId(l.source, l.target), source: l.source, target: l.target, weight: l.weight || 0,
        events: l.events || 0, sources_count: l.sources_count,
        width: 1.5 + 7 * Math.sqrt((l.events || 0) / maxLinkEvents),
        colour: edgeColour(l.weight || 0, maxAbs),
      }});
    }
    if (cy) cy.destroy();
    box.replaceChildren();
    cy = cytoscape({
      container: box, elements, minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false,
      style: [
        {selector: "node", style: {
          "width": "data(size)", "height": "data(size)", "background-color": "data(colour)",
          "label": "data(label)", "font-size": 11, "min-zoomed-font-size": 7, "font-weight": 600, "color": "#1f2933",
          "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fbfcfd", "text-outline-width": 2,
          "border-width": 1.5, "border-color": "#ffffff"}},
        {selector: "edge", style: {
          "width": "data(width)", "line-color": "data(colour)", "curve-style": "straight", "opacity": 0.85}},
        {selector: "node.active", style: {"border-width": 4, "border-color": "#17212e"}},
        {selector: "edge.active", style: {"opacity": 1, "overlay-color": "#17212e", "overlay-opacity": 0.18, "overlay-padding": 4}},
        {selector: ".faded", style: {"opacity": 0.25}},
      ],
      layout: {name: "cose", animate: false, randomize: false, nodeRepulsion: () => 60000,
               idealEdgeLength: () => 70, edgeElasticity: () => 80, gravity: 0.6, numIter: 1500,
               componentSpacing: 50, padding: 20, nodeDimensionsIncludeLabels: true},
    });
    window.accord.cy = cy;
    cy.on("tap", "node", (ev) => selectNode(ev.target.id()));
    cy.on("tap", "edge", (ev) => selectEdge(ev.target.data("source"), ev.target.data("target")));
    cy.on("mouseover", "node", (ev) => {
      const d = ev.target.data();
      $("network-info").textContent = `${d.name} (${d.id}): ${d.events} events` +
        (state.blocOf[d.id] !== undefined ? ` · bloc ${state.blocOf[d.id]}` : " · unaligned");
    });
    cy.on("mouseover", "edge", (ev) => {
      const d = ev.target.data();
      $("network-info").textContent = `${d.source} – ${d.target}: ${d.events} events, weight ${fmt(d.weight, 2)}`;
    });
    cy.ready(() => {
      cy.fit(undefined, 28);
      box.dataset.nodes = cy.nodes().map((n) => n.id()).join(" ");
      box.dataset.edges = cy.edges().map((e) => e.data("source") + "-" + e.data("target")).join(" ");
      box.dataset.ready = "1";
    });
  }

  // Ids go through cy.$id, never into a selector string: an actor typed in the filter may hold quotes.
  function markActive(id) {
    if (!cy) return;
    cy.elements().removeClass("active faded");
    if (id) cy.$id(id).addClass("active");
  }

  function selectNode(id) {
    markActive(id);
    state.filter = {actor: id, type: "", q: "", include_negated: $("f-negated").checked};
    $("f-actor").value = id;
    $("f-type").value = "";
    $("f-q").value = "";
    loadEvents(true);
  }

  function selectEdge(a, b) {
    if (cy) {
      const e = cy.$id(edgeId(a, b));
      cy.elements().removeClass("active faded");
      e.addClass("active");
      e.connectedNodes().addClass("active");
    }
    loadDyad(a, b);
  }

  // A rendered point on the a–b edge in page coordinates, so that a test can click it with the mouse: of the
  // points between 20% and 80% along the (straight) edge, the one farthest from every other edge and node, so
  // that a click there cannot land on an edge that crosses it or a node it passes.
  function edgePoint(a, b) {
    if (!cy) return null;
    const e = cy.$id(edgeId(a, b));
    if (!e.length) return null;
    const s = e.source().renderedPosition(), t = e.target().renderedPosition();
    const segDist = (p, u, v) => {
      const dx = v.x - u.x, dy = v.y - u.y, len2 = dx * dx + dy * dy;
      const k = len2 ? Math.max(0, Math.min(1, ((p.x - u.x) * dx + (p.y - u.y) * dy) / len2)) : 0;
      return Math.hypot(p.x - (u.x + k * dx), p.y - (u.y + k * dy));
    };
    const others = cy.edges().not(e), nodes = cy.nodes();
    let best = null, bestClear = -1;
    for (let i = 0; i <= 12; i++) {
      const k = 0.2 + 0.6 * i / 12, p = {x: s.x + k * (t.x - s.x), y: s.y + k * (t.y - s.y)};
      let clear = Infinity;
      others.forEach((o) => { clear = Math.min(clear, segDist(p, o.source().renderedPosition(), o.target().renderedPosition())); });
      nodes.forEach((n) => { clear = Math.min(clear, Math.hypot(p.x - n.renderedPosition().x, p.y - n.renderedPosition().y) - n.renderedWidth() / 2); });
      if (clear > bestClear) { bestClear = clear; best = p; }
    }
    const r = cy.container().getBoundingClientRect();
    return {x: r.left + best.x, y: r.top + best.y};
  }

  // --- blocs ------------------------------------------------------------------------------------------------
  function renderBlocs(data) {
    const box = $("blocs");
    $("blocs-method").textContent = data.method || "";
    const blocs = data.blocs || [];
    const name = (id) => `Bloc ${id}`;
    const parts = [];
    if (!blocs.length) parts.push(h("p", {class: "muted"}, "No blocs: too few actors with enough events."));
    for (const b of blocs) {
      parts.push(h("div", {class: "bloc", "data-testid": "bloc", dataset: {bloc: b.id}},
        h("span", {class: "swatch", style: `background:${state.blocColour[b.id]}`}),
        h("div", {class: "bloc-name"}, name(b.id),
          h("div", {class: "muted"}, "cohesion " + (b.cohesion === null || b.cohesion === undefined ? "–" : Number(b.cohesion).toFixed(2)))),
        h("div", {class: "chips"}, (b.members || []).map((m) =>
          h("span", {class: "chip", "data-testid": "bloc-member", title: "list events of " + m, onclick: () => selectNode(m)}, m)))));
    }
    const ants = data.antagonisms || [];
    if (ants.length) {
      parts.push(h("h3", {}, "Antagonisms"));
      for (const a of ants) {
        const label = (x) => {
          const b = blocs.find((bl) => String(bl.id) === String(x));
          if (!b) return String(x);
          const ms = b.members || [];
          return `${name(x)} (${ms.slice(0, 4).join(", ")}${ms.length > 4 ? ", …" : ""})`;
        };
        parts.push(h("div", {class: "antagonism", "data-testid": "antagonism"},
          label(a.a), " ⟷ ", label(a.b), "  ", h("span", {class: "neg"}, fmt(a.weight, 2))));
      }
    }
    const un = data.unaligned || [];
    if (un.length) {
      parts.push(h("h3", {}, "Unaligned"));
      parts.push(h("div", {class: "chips"}, un.map((m) => {
        const id = typeof m === "object" && m !== null ? (m.id || m.code || JSON.stringify(m)) : String(m);
        return h("span", {class: "chip", onclick: () => selectNode(id)}, id);
      })));
    }
    if (data.evidence && Object.keys(data.evidence).length) {
      parts.push(h("details", {}, h("summary", {class: "muted"}, "evidence"),
        h("pre", {}, JSON.stringify(data.evidence, null, 1).slice(0, 6000))));
    }
    box.replaceChildren(...parts);
  }

  async function loadGraphAndBlocs() {
    const range = rangeParams();
    let blocs = null;
    try {
      blocs = await api("/api/blocs" + qs(range));
    } catch (e) {
      $("blocs").replaceChildren(h("p", {class: "error"}, "Blocs: " + e.message));
    }
    state.blocOf = {};
    state.blocColour = {};
    if (blocs) {
      // A bloc of one is not much of a bloc: it stays grey, so that colour marks actual alignments.
      let colour = 0;
      for (const b of blocs.blocs || []) {
        state.blocColour[b.id] = (b.members || []).length > 1 ? BLOC_COLOURS[colour++ % BLOC_COLOURS.length] : ALONE;
        for (const m of b.members || []) state.blocOf[m] = b.id;
      }
      renderBlocs(blocs);
    }
    try {
      state.graph = await api("/api/graph" + qs(range));
      renderNetwork(state.graph);
    } catch (e) {
      $("network").replaceChildren(h("div", {class: "empty error"}, "Network: " + e.message));
      $("network").dataset.ready = "1";
    }
  }

  // --- shifts -------------------------------------------------------------------------------------------------
  async function loadShifts() {
    const box = $("shifts");
    try {
      const data = await api("/api/shifts" + qs({window: $("shifts-window").value, top: 8}));
      const rows = data.shifts || [];
      if (!rows.length) {
        box.replaceChildren(h("p", {class: "muted"}, "No dyad changed between the last two windows" +
          (data.end ? ` (up to ${data.end})` : "") + "."));
        return;
      }
      box.replaceChildren(h("table", {class: "mini"},
        h("thead", {}, h("tr", {}, h("th", {}, "dyad"), h("th", {class: "num"}, "before"),
          h("th", {class: "num"}, "after"), h("th", {class: "num"}, "change"))),
        h("tbody", {}, rows.map((s) => h("tr", {class: "clickable", "data-testid": "shift-row", onclick: () => selectEdge(s.a, s.b)},
          h("td", {}, `${s.a} – ${s.b}`), h("td", {class: "num"}, fmt(s.before)), h("td", {class: "num"}, fmt(s.after)),
          h("td", {class: "num " + (s.change < 0 ? "neg" : "pos")}, fmt(s.change)))))));
    } catch (e) {
      box.replaceChildren(h("p", {class: "error"}, "Shifts: " + e.message));
    }
  }

  // --- dyad timeline -------------------------------------------------------------------------------------------
  async function loadDyad(a, b) {
    state.dyad = {a, b};
    $("dyad-title").textContent = `${a} ↔ ${b}`;
    $("dyad-summary").textContent = "loading…";
    let data;
    try {
      data = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}` + qs(Object.assign(rangeParams(), {
        by: $("dyad-by").value, directed: $("dyad-directed").checked, include_historical: $("dyad-history").checked,
      })));
    } catch (e) {
      $("dyad-summary").textContent = "Dyad: " + e.message;
      return;
    }
    const series = data.series || [];
    $("dyad-empty").hidden = series.length > 0;
    $("dyad-empty").textContent = series.length ? "" :
      `No dated events between ${a} and ${b}` + ($("dyad-history").checked ? "." : " (tick “history” to include background events).");
    $("dyad-box").hidden = series.length === 0;
    const labels = series.map((p) => p.period);
    const datasets = [1, 2, 3, 4].map((q) => ({
      type: "bar", label: QUAD[q], data: series.map((p) => (p.quad || {})[String(q)] || 0),
      backgroundColor: QUAD_COLOURS[q], stack: "quad", yAxisID: "y", order: 2, maxBarThickness: 56,
    }));
    datasets.push({type: "line", label: "net Goldstein", data: series.map((p) => p.goldstein),
      borderColor: "#17212e", backgroundColor: "#17212e", yAxisID: "y1", tension: 0.2, pointRadius: 3, order: 1});
    if (chart) chart.destroy();
    chart = new Chart($("dyad-chart"), {
      data: {labels, datasets},
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: {mode: "index", intersect: false},
        plugins: {legend: {position: "bottom", labels: {boxWidth: 12, font: {size: 11}}}},
        scales: {
          x: {stacked: true, grid: {display: false}},
          y: {stacked: true, beginAtZero: true, title: {display: true, text: "events"}, ticks: {precision: 0}},
          y1: {position: "right", beginAtZero: true, title: {display: true, text: "net Goldstein"}, grid: {drawOnChartArea: false}},
        },
      },
    });
    const events = data.events || [];
    const total = series.reduce((s, p) => s + (p.events || 0), 0);
    const net = series.reduce((s, p) => s + (p.goldstein || 0), 0);
    $("dyad-summary").replaceChildren(
      h("span", {}, `${total} events in ${series.length} ${data.by || "period"}${series.length === 1 ? "" : "s"} · net Goldstein ${fmt(net)}`),
      events.length ? h("button", {class: "btn btn-small", "data-testid": "dyad-events", onclick: () => showEventList(events, `${a} ↔ ${b}`)}, `list ${events.length} events`) : "");
    $("dyad-card").dataset.pair = `${a}-${b}`;
    showEventList(events, `${a} ↔ ${b}`);
  }

  // --- event tables ----------------------------------------------------------------------------------------------
  function actorCell(a) {
    if (!a) return h("td", {}, h("span", {class: "muted"}, "—"));
    return h("td", {}, h("span", {class: "actor-code"}, a.code), a.text ? h("span", {class: "actor-text"}, a.text) : "");
  }

  function flags(ev) {
    const out = [];
    if (ev.negated) out.push(h("span", {class: "flag negated"}, "negated"));
    if (ev.historical) out.push(h("span", {class: "flag historical"}, "historical"));
    if (ev.modality && ev.modality !== "asserted") out.push(h("span", {class: "flag"}, ev.modality));
    if (ev.attribution && ev.attribution.text) out.push(h("span", {class: "flag attributed", title: "attributed claim"}, "per " + ev.attribution.text));
    return out;
  }

  function eventRow(ev, testid) {
    state.events.set(ev.event_id, ev);
    const row = h("tr", {"data-testid": testid, dataset: {eventId: ev.event_id}, tabindex: 0,
      onclick: () => openDetail(ev, row), onkeydown: (k) => { if (k.key === "Enter") openDetail(ev, row); }},
      h("td", {class: "date"}, ev.date || "—"),
      actorCell(ev.source),
      h("td", {}, h("span", {class: "type q" + ev.quad_class, title: `CAMEO ${ev.cameo} · ${QUAD[ev.quad_class] || ""}`}, ev.event_type || "CAMEO " + ev.cameo)),
      actorCell(ev.target),
      h("td", {}, ev.trigger, flags(ev)));
    return row;
  }

  function setScope(label) {
    $("events-scope").textContent = label || "";
    $("events-clear").hidden = !label;
  }

  function showEventList(events, label) {
    const tbody = $("events-table").querySelector("tbody");
    tbody.replaceChildren(...events.map((ev) => eventRow(ev, "event-row")));
    if (!events.length) tbody.append(h("tr", {}, h("td", {colspan: 5, class: "muted"}, "No events.")));
    setScope(label);
    state.cursor = null;
    $("events-more").hidden = true;
    $("events-count").textContent = `${events.length} events`;
  }

  async function loadEvents(reset) {
    const f = state.filter;
    if (reset) state.cursor = null;
    const params = Object.assign(rangeParams(), {actor: f.actor, type: f.type, q: f.q,
      include_negated: f.include_negated, limit: PAGE, cursor: reset ? null : state.cursor});
    let page;
    try {
      page = await api("/api/events" + qs(params));
    } catch (e) {
      $("events-count").textContent = "Events: " + e.message;
      return;
    }
    const tbody = $("events-table").querySelector("tbody");
    const rows = page.events.map((ev) => eventRow(ev, "event-row"));
    if (reset) tbody.replaceChildren(...rows); else tbody.append(...rows);
    if (reset && !rows.length) tbody.append(h("tr", {}, h("td", {colspan: 5, class: "muted"}, "No events match.")));
    state.cursor = page.next_cursor;
    $("events-more").hidden = !page.next_cursor;
    const shown = tbody.querySelectorAll("tr[data-event-id]").length;
    $("events-count").textContent = `${shown} events` + (page.next_cursor ? " shown — more below" : "");
    const bits = [];
    if (f.actor) bits.push(f.actor);
    if (f.type) bits.push(f.type);
    if (f.q) bits.push(`“${f.q}”`);
    setScope(bits.join(" · "));
  }

  async function loadActors() {
    try {
      const data = await api("/api/actors" + qs({level: "country", limit: 300}));
      $("actor-list").replaceChildren(...data.actors.map((a) => h("option", {value: a.code}, `${a.name || a.code} (${a.events})`)));
    } catch (e) { /* the list only helps typing */ }
  }

  // --- the event detail ----------------------------------------------------------------------------------------
  // The spans in `why` are offsets into the document's cleaned text; the sentence starts at span[0] of it.
  function sentenceMarks(ev) {
    const s = ev.sentence || "";
    const why = ev.why || {};
    const base = Array.isArray(why.sentence_span) ? why.sentence_span[0] : (ev.span || [0])[0];
    const marks = [];
    const roles = [["source", why.source_span, ev.source && ev.source.text],
                   ["target", why.target_span, ev.target && ev.target.text],
                   ["trigger", why.trigger_span, ev.trigger]];
    for (const [role, span, words] of roles) {
      let start = -1, end = -1, guessed = false;
      if (Array.isArray(span) && span.length === 2) { start = span[0] - base; end = span[1] - base; }
      if (!(start >= 0 && end <= s.length && end > start) && words) {
        // The coder gave no span for this role: find its words in the sentence, and say so (dashed).
        const i = s.toLowerCase().indexOf(String(words).toLowerCase());
        if (i >= 0) { start = i; end = i + String(words).length; guessed = true; } else { start = -1; }
      }
      if (start >= 0 && end > start) marks.push({role, start, end, guessed});
    }
    return marks;
  }

  function highlighted(ev) {
    const s = ev.sentence || "";
    const marks = sentenceMarks(ev);
    const cuts = new Set([0, s.length]);
    for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
    const points = [...cuts].sort((x, y) => x - y);
    const out = [];
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      const text = s.slice(a, b);
      const covering = marks.filter((m) => m.start <= a && m.end >= b);
      if (!covering.length) { out.push(text); continue; }
      const roles = covering.map((m) => m.role);
      const guessed = covering.some((m) => m.guessed);
      out.push(h("mark", {
        class: "hl " + roles.map((r) => "hl-" + r).join(" ") + (guessed ? " hl-guessed" : ""),
        "data-testid": "hl-" + roles[roles.length - 1],
        title: roles.join(", ") + (guessed ? " (found by its words: the coder gave no span)" : " (span from the coder)"),
      }, text));
    }
    return out;
  }

  function actorText(a) {
    if (!a) return "—";
    return `${a.code} — ${a.name || a.text}` + (a.text && a.name && a.text !== a.name ? ` (“${a.text}”)` : "") +
      (a.alias ? " · resolved from an alias" : "");
  }

  function dl(el, pairs) {
    el.replaceChildren(...pairs.filter(([, v]) => v !== undefined).flatMap(([k, v]) =>
      [h("dt", {}, k), h("dd", {}, v === null || v === "" ? "—" : v)]));
  }

  async function openDetail(ev, row) {
    document.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
    if (row) row.classList.add("selected");
    $("detail-title").textContent = `${(ev.source || {}).code || "?"} ${ev.event_type || ev.cameo} ${(ev.target || {}).code || "?"}`;
    $("detail-sentence").replaceChildren(...highlighted(ev));
    dl($("detail-fields"), [
      ["type", `${ev.event_type || "—"}${ev.event_mode ? " / " + ev.event_mode : ""}`],
      ["CAMEO", `${ev.cameo} · Goldstein ${fmt(ev.goldstein)} · ${QUAD[ev.quad_class] || ""} (QuadClass ${ev.quad_class})`],
      ["source", actorText(ev.source)],
      ["target", actorText(ev.target)],
      ["date", ev.date ? `${ev.date}${ev.date_precision ? " (" + ev.date_precision + ")" : ""}` : null],
      ["flags", [ev.historical ? "historical" : "", ev.negated ? "negated" : "", ev.reciprocal ? "reciprocal" : ""].filter(Boolean).join(", ") || "none"],
      ["modality", ev.modality],
      ["attribution", ev.attribution && ev.attribution.text ? `${ev.attribution.text}${ev.attribution.code ? " (" + ev.attribution.code + ")" : ""}${ev.attribution.state_media ? " · state media" : ""}` : null],
      ["location", ev.location && ev.location.name ? ev.location.name : null],
      ["outlets", String(ev.sources_count)],
      ["confidence", ev.confidence === null || ev.confidence === undefined ? null : Number(ev.confidence).toFixed(2)],
    ]);
    const why = ev.why || {};
    const spans = ["trigger_span", "source_span", "target_span", "sentence_span"];
    dl($("detail-why"), [
      ["rule", why.rule || null],
      ["trigger", `“${ev.trigger}”` + (why.trigger_lemma ? ` (lemma ${why.trigger_lemma})` : "")],
      ["parse path", why.path ? h("code", {}, String(why.path)) : null],
      ...Object.entries(why).filter(([k]) => !["rule", "trigger_lemma", "path", ...spans].includes(k))
        .map(([k, v]) => [k, typeof v === "object" ? JSON.stringify(v) : String(v)]),
      ["spans", spans.filter((k) => why[k]).map((k) => `${k.replace("_span", "")} ${JSON.stringify(why[k])}`).join(" · ") || null],
    ]);
    $("detail-json").textContent = JSON.stringify(ev, null, 2);
    $("detail-doc").textContent = `document ${ev.doc_id}, sentence ${ev.sentence_index}`;
    const drawer = $("event-detail");
    drawer.classList.add("open");
    drawer.setAttribute("aria-hidden", "false");
    drawer.dataset.eventId = ev.event_id;
    if (ev.doc_id && !ev._coded) {
      try {
        const doc = await api("/api/documents/" + encodeURIComponent(ev.doc_id));
        if (drawer.dataset.eventId !== ev.event_id) return;
        const title = doc.title || doc.url || ev.doc_id;
        const linkable = doc.url && /^https?:\/\//i.test(doc.url);   // never a javascript: link from a document
        const parts = [linkable ? h("a", {href: doc.url, target: "_blank", rel: "noopener noreferrer"}, title) : title];
        if (doc.source) parts.push(" · " + doc.source);
        if (doc.published) parts.push(" · published " + doc.published);
        parts.push(` · sentence ${ev.sentence_index}`);
        $("detail-doc").replaceChildren(...parts);
      } catch (e) { /* the document line is a convenience */ }
    }
  }

  function closeDetail() {
    const drawer = $("event-detail");
    drawer.classList.remove("open");
    drawer.setAttribute("aria-hidden", "true");
  }

  // --- code an article -----------------------------------------------------------------------------------------
  async function codeArticle(ev) {
    ev.preventDefault();
    const text = $("code-text").value;
    if (!text.trim()) { $("code-status").textContent = "Paste some text first."; return; }
    const button = $("code-submit");
    button.disabled = true;
    $("code-status").textContent = "coding…";
    const t0 = performance.now();
    try {
      const body = {text, published: $("code-published").value || null};
      const res = await api("/api/code", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
      const table = $("code-table");
      const rows = res.events.map((e) => { e._coded = true; return eventRow(e, "code-event-row"); });
      table.querySelector("tbody").replaceChildren(...rows);
      if (!rows.length) table.querySelector("tbody").append(h("tr", {}, h("td", {colspan: 5, class: "muted"}, "No events found in this text.")));
      table.hidden = false;
      const secs = ((performance.now() - t0) / 1000).toFixed(1);
      $("code-status").textContent = `${res.events.length} events in ${secs} s` + (res.published ? ` · dated from ${res.published}` : " · no publication date: relative dates stay undated");
      $("code-card").dataset.count = String(res.events.length);
    } catch (e) {
      $("code-status").textContent = e.message;
      $("code-status").className = "error";
      setTimeout(() => { $("code-status").className = "muted"; }, 4000);
    } finally {
      button.disabled = false;
    }
  }

  // --- wiring ---------------------------------------------------------------------------------------------------
  function init() {
    window.accord = {cy: null, state, selectEdge, selectNode, edgePoint, refresh: refreshAll,
                     checkStore: () => loadHealth(false)};
    const typeSel = $("f-type");
    for (const t of PLOVER) typeSel.append(h("option", {value: t}, t));

    $("range-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const since = $("range-since").value.trim(), until = $("range-until").value.trim();
      const ok = (v) => !v || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v);
      if (!ok(since) || !ok(until)) { banner("Dates are YYYY, YYYY-MM or YYYY-MM-DD."); return; }
      banner("");
      state.since = since; state.until = until;
      refreshAll();
    });
    $("events-filter").addEventListener("submit", (ev) => {
      ev.preventDefault();
      state.filter = {actor: $("f-actor").value.trim().toUpperCase(), type: $("f-type").value,
                      q: $("f-q").value.trim(), include_negated: $("f-negated").checked};
      markActive(state.filter.actor || null);
      loadEvents(true).catch((e) => banner(e.message));
    });
    $("events-clear").addEventListener("click", () => {
      state.filter = {actor: "", type: "", q: "", include_negated: $("f-negated").checked};
      $("f-actor").value = ""; $("f-type").value = ""; $("f-q").value = "";
      markActive(null);
      loadEvents(true);
    });
    $("events-more").addEventListener("click", () => loadEvents(false));
    $("dyad-by").addEventListener("change", () => state.dyad && loadDyad(state.dyad.a, state.dyad.b));
    $("dyad-history").addEventListener("change", () => state.dyad && loadDyad(state.dyad.a, state.dyad.b));
    $("dyad-directed").addEventListener("change", () => state.dyad && loadDyad(state.dyad.a, state.dyad.b));
    $("shifts-window").addEventListener("change", loadShifts);
    $("network-top").addEventListener("change", () => state.graph && renderNetwork(state.graph));
    $("detail-close").addEventListener("click", closeDetail);
    document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") closeDetail(); });
    $("code-form").addEventListener("submit", codeArticle);
    $("refresh").addEventListener("click", refreshAll);

    loadHealth(true);
    setInterval(() => loadHealth(false), 10000);
    // The first API call asks for the token if the server needs one; the others wait for it.
    api("/api/actors?limit=1").then(() => {
      loadGraphAndBlocs();
      loadShifts();
      loadActors();
      loadEvents(true);
    }).catch((e) => banner("The API did not answer: " + e.message));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
