/* Vigie dashboard: every number comes from the read-only API under ./api (same origin, no CDN). */
"use strict";

const API = "api";
const PAGE_SIZE = 25;
const QUAD_COLOURS = { 1: "#74c476", 2: "#238b45", 3: "#fb6a4a", 4: "#a50f15" };
const state = { page: 1, total: 0, selected: null };
const charts = {};

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return node;
}

async function getJSON(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  const response = await fetch(`${API}/${path}${query.toString() ? "?" + query : ""}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail ? JSON.stringify(body.detail) : response.statusText);
  return body;
}

function filters() {
  const form = new FormData(document.getElementById("filters"));
  const out = {};
  for (const [k, v] of form.entries()) if (String(v).trim()) out[k] = String(v).trim();
  return out;
}

function actorLabel(actor) {
  if (!actor) return "—";
  return actor.name ? `${actor.code || actor.country} (${actor.name})` : (actor.code || actor.country || actor.text);
}

async function loadStats() {
  const s = await getJSON("stats");
  const span = s.first_date ? ` · ${s.first_date} → ${s.last_date}` : "";
  document.getElementById("stats").textContent =
    `${s.articles} articles · ${s.events} événements · ${s.mentions} mentions · ${s.actors} acteurs${span}`;
  const roots = document.querySelector("select[name=root]");
  for (const r of s.roots || []) roots.append(el("option", { value: r.root }, `${r.root} ${r.name} (${r.count})`));
  return s;
}

async function loadEvents() {
  const params = { ...filters(), page: state.page, page_size: PAGE_SIZE };
  const data = await getJSON("events", params);
  state.total = data.total;
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  if (!data.items.length) body.append(el("tr", {}, el("td", { colspan: 8, class: "empty" }, "aucun événement")));
  for (const e of data.items) {
    const row = el("tr", { "data-id": e.id },
      el("td", {}, e.date || ""), el("td", {}, e.mode),
      el("td", { class: `q${e.quad_class}`, title: e.code_name || "" }, e.code),
      el("td", {}, actorLabel(e.source)), el("td", {}, actorLabel(e.target)),
      el("td", {}, e.location ? e.location.name : ""), el("td", {}, e.trigger),
      el("td", {}, e.confidence == null ? "" : e.confidence.toFixed(2)));
    row.addEventListener("click", () => showEvidence(e.id, row));
    body.append(row);
  }
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  document.getElementById("count").textContent = `(${data.total})`;
  document.getElementById("page").textContent = `${state.page} / ${pages}`;
  for (const fmt of ["csv", "jsonl"]) {
    const query = new URLSearchParams(filters());
    document.getElementById(`download-${fmt}`).href = `${API}/events.${fmt}?${query}`;
  }
}

function highlight(text, marks) {
  /* marks: [{start, end, class}] over text; nested marks are dropped rather than overlapped. */
  const sorted = marks.filter(m => m.start >= 0 && m.end > m.start).sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    out.push(document.createTextNode(text.slice(at, m.start)));
    out.push(el("mark", { class: m.class }, text.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(document.createTextNode(text.slice(at)));
  return out;
}

function actorMark(sentence, offset, actor, cls) {
  if (!actor || !actor.text) return null;
  const i = sentence.indexOf(actor.text);
  return i < 0 ? null : { start: offset + i, end: offset + i + actor.text.length, class: cls };
}

async function showEvidence(id, row) {
  document.querySelectorAll("#events tr.selected").forEach(r => r.classList.remove("selected"));
  if (row) row.classList.add("selected");
  const detail = await getJSON(`events/${encodeURIComponent(id)}`);
  const e = detail.event;
  const article = await getJSON(`articles/${encodeURIComponent(e.doc_id)}`);
  const text = article.text;
  const sentenceNode = el("span", { class: "sentence" });
  const inner = [
    { start: e.trigger_start, end: e.trigger_end, class: "trigger" },
    actorMark(e.sentence, e.start, e.source, "source"),
    actorMark(e.sentence, e.start, e.target, "target"),
  ].filter(Boolean).map(m => ({ ...m, start: m.start - e.start, end: m.end - e.start }));
  sentenceNode.append(...highlight(text.slice(e.start, e.end), inner));
  const box = document.getElementById("evidence");
  box.replaceChildren(document.createTextNode(text.slice(0, e.start)), sentenceNode,
                      document.createTextNode(text.slice(e.end)));
  document.getElementById("evidence-head").textContent =
    `${article.title || article.id} — ${article.date || ""} · ${e.code} ${e.code_name || ""} · ` +
    `${actorLabel(e.source)} → ${actorLabel(e.target)} · ${e.mode}`;
  const list = document.getElementById("mentions");
  list.replaceChildren();
  const others = detail.mentions.filter(m => !(m.doc_id === e.doc_id && m.start === e.start));
  if (!others.length) list.append(el("li", { class: "empty" }, "un seul récit"));
  for (const m of others) list.append(el("li", {}, `${m.doc_id} (${m.date || ""}) : ${m.sentence}`));
  document.getElementById("evidence-panel").hidden = false;
  sentenceNode.scrollIntoView({ block: "nearest" });
}

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init(document.getElementById(id), null, { renderer: "svg" });
  return charts[id];
}

async function defaultDyads() {
  const net = await getJSON("network", { ...filters(), limit: 4 });
  return net.edges.slice(0, 3).map(edge => `${edge.source}:${edge.target}`);
}

async function loadTimeline() {
  const box = document.getElementById("dyads");
  if (!box.value.trim()) box.value = (await defaultDyads()).join(", ");
  const dyads = box.value.split(",").map(s => s.trim()).filter(Boolean);
  const by = document.getElementById("by").value;
  const series = [];
  const periods = new Set();
  const rows = await Promise.all(dyads.map(d => getJSON("timeline", { ...filters(), dyad: d, by })));
  rows.forEach((t, i) => t.rows.forEach(r => periods.add(r.period)));
  const axis = [...periods].sort();
  rows.forEach((t, i) => {
    const byPeriod = Object.fromEntries(t.rows.map(r => [r.period, r]));
    const coop = axis.map(p => byPeriod[p] ? byPeriod[p].q1 + byPeriod[p].q2 : 0);
    const conflict = axis.map(p => byPeriod[p] ? -(byPeriod[p].q3 + byPeriod[p].q4) : 0);
    series.push({ name: `${t.dyad} coopération`, type: "bar", stack: t.dyad, data: coop, itemStyle: { color: "#2f9e44" } });
    series.push({ name: `${t.dyad} conflit`, type: "bar", stack: t.dyad, data: conflict, itemStyle: { color: "#c92a2a" } });
    series.push({ name: `${t.dyad} Goldstein moyen`, type: "line", yAxisIndex: 1,
                  data: axis.map(p => byPeriod[p] ? byPeriod[p].goldstein_mean : null) });
  });
  chart("timeline").setOption({
    tooltip: { trigger: "axis" }, legend: { type: "scroll", top: 0 },
    grid: { top: 40, left: 50, right: 50, bottom: 30 },
    xAxis: { type: "category", data: axis },
    yAxis: [{ type: "value", name: "événements (conflit < 0)" }, { type: "value", name: "Goldstein", min: -10, max: 10 }],
    series,
  }, true);
}

async function loadNetwork() {
  const net = await getJSON("network", { ...filters(), limit: 60 });
  const max = Math.max(1, ...net.nodes.map(n => n.count));
  chart("network").setOption({
    tooltip: { formatter: p => p.dataType === "edge"
      ? `${p.data.source} → ${p.data.target}: ${p.data.value} (Goldstein ${p.data.goldstein_mean})`
      : `${p.data.name}: ${p.data.value}` },
    series: [{
      type: "graph", layout: "force", roam: true, draggable: true,
      force: { repulsion: 220, edgeLength: [60, 160] },
      edgeSymbol: ["none", "arrow"], label: { show: true, position: "right" },
      data: net.nodes.map(n => ({ name: n.id, value: n.count, symbolSize: 10 + 30 * Math.sqrt(n.count / max) })),
      links: net.edges.map(e => ({ source: e.source, target: e.target, value: e.weight,
        goldstein_mean: e.goldstein_mean,
        lineStyle: { width: 1 + Math.log2(1 + e.weight), color: e.goldstein_mean < 0 ? "#c92a2a" : "#2f9e44",
                     curveness: 0.15 } })),
    }],
  }, true);
}

let worldRegistered = false;
async function loadMap() {
  if (!worldRegistered) {
    const topo = await (await fetch("static/vendor/world-atlas/countries-110m.json")).json();
    echarts.registerMap("world", topojson.feature(topo, topo.objects.countries));
    worldRegistered = true;
  }
  const places = await getJSON("places", filters());
  chart("map").setOption({
    tooltip: { formatter: p => p.data ? `${p.data.name}: ${p.data.value[2]} événement(s)` : "" },
    geo: { map: "world", roam: true, itemStyle: { areaColor: "#e9ecef", borderColor: "#adb5bd" },
           emphasis: { disabled: true } },
    series: [{ type: "scatter", coordinateSystem: "geo",
      data: places.items.map(p => ({ name: p.name, value: [p.lon, p.lat, p.count] })),
      symbolSize: v => 6 + 4 * Math.sqrt(v[2]), itemStyle: { color: "#1c7ed6" } }],
  }, true);
}

async function refresh() {
  state.page = 1;
  await Promise.all([loadEvents(), loadTimeline(), loadNetwork(), loadMap()]);
}

function wire() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", ev => { ev.preventDefault(); refresh().catch(report); });
  form.addEventListener("reset", () => setTimeout(() => refresh().catch(report), 0));
  document.getElementById("prev").addEventListener("click", () => {
    if (state.page > 1) { state.page -= 1; loadEvents().catch(report); } });
  document.getElementById("next").addEventListener("click", () => {
    if (state.page * PAGE_SIZE < state.total) { state.page += 1; loadEvents().catch(report); } });
  document.getElementById("dyads").addEventListener("change", () => loadTimeline().catch(report));
  document.getElementById("by").addEventListener("change", () => loadTimeline().catch(report));
  document.getElementById("close-evidence").addEventListener("click", () => {
    document.getElementById("evidence-panel").hidden = true; });
  window.addEventListener("resize", () => Object.values(charts).forEach(c => c.resize()));
}

function report(err) {
  document.getElementById("stats").textContent = `erreur : ${err.message}`;
  console.error(err);
}

wire();
loadStats().then(refresh).then(() => { document.body.dataset.ready = "1"; }).catch(report);
