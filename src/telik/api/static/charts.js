// Offline charts in SVG: the event map over the bundled world outline, a timeline, a co-occurrence graph.
import { activatable, s } from "./dom.js";

const INDONESIA = [94, -12, 142, 8]; // lon/lat box shown when there is nothing to fit
let outline = null;

async function worldOutline() {
  if (!outline) outline = fetch("/static/world.geojson").then((r) => r.json());
  return outline;
}

function ringPath(ring, project) {
  return ring.map(([lon, lat], i) => { const [x, y] = project(lon, lat); return `${i ? "L" : "M"}${x.toFixed(2)},${y.toFixed(2)}`; }).join("") + "Z";
}

/** A map of points {lat, lon, label, onclick}: equirectangular, fitted to the points (Indonesia by default). */
export async function eventMap(points, width = 640, height = 300) {
  const placed = points.filter((p) => typeof p.lat === "number" && typeof p.lon === "number");
  let [w, south, e, north] = INDONESIA;
  if (placed.length) {
    w = Math.min(...placed.map((p) => p.lon)) - 6; e = Math.max(...placed.map((p) => p.lon)) + 6;
    south = Math.min(...placed.map((p) => p.lat)) - 5; north = Math.max(...placed.map((p) => p.lat)) + 5;
  }
  // keep the aspect ratio of the drawing area
  const scale = Math.min(width / (e - w), height / (north - south));
  const cx = (w + e) / 2, cy = (south + north) / 2;
  const project = (lon, lat) => [width / 2 + (lon - cx) * scale, height / 2 - (lat - cy) * scale];
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "map", role: "img", "aria-label": "Map of events" });
  svg.append(s("rect", { class: "sea", x: 0, y: 0, width, height }));
  const geo = await worldOutline();
  const land = s("g", {});
  for (const f of geo.features) land.append(s("path", { class: "land", d: f.geometry.coordinates.map((r) => ringPath(r, project)).join("") }));
  svg.append(land);
  const counts = new Map();
  for (const p of placed) {
    const key = `${p.lat},${p.lon}`;
    counts.set(key, (counts.get(key) || 0) + 1);
    const [x, y] = project(p.lon, p.lat);
    const dot = s("circle", { class: "dot", cx: x.toFixed(1), cy: y.toFixed(1), r: Math.min(4 + counts.get(key), 10) }, s("title", {}, p.label));
    if (p.onclick) activatable(dot, p.label, p.onclick);
    svg.append(dot);
  }
  svg.append(s("text", { x: 6, y: height - 6 }, `${placed.length} of ${points.length} events placed`));
  return svg;
}

function dayNumber(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || "");
  return m ? Date.UTC(+m[1], (+m[2] || 1) - 1, +m[3] || 1) / 86400000 : null;
}

/** Events {date, type, label, onclick} on a time axis, one lane per event type. */
export function timeline(items, width = 900) {
  const dated = items.filter((it) => dayNumber(it.date) !== null);
  const lanes = [...new Set(dated.map((it) => it.type))].sort();
  const height = 40 + Math.max(lanes.length, 1) * 26;
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline", role: "img", "aria-label": "Timeline of events" });
  if (!dated.length) { svg.append(s("text", { x: 10, y: 24 }, "No dated events")); return svg; }
  const days = dated.map((it) => dayNumber(it.date));
  const lo = Math.min(...days) - 1, hi = Math.max(...days) + 1;
  const left = 130, right = width - 45;
  const x = (d) => left + ((d - lo) / (hi - lo)) * (right - left);
  lanes.forEach((lane, i) => {
    const y = 20 + i * 26;
    svg.append(s("text", { x: 4, y: y + 4 }, lane), s("line", { class: "axis", x1: left, y1: y, x2: right, y2: y }));
  });
  for (const it of dated) {
    const dot = s("circle", { class: "dot", cx: x(dayNumber(it.date)).toFixed(1), cy: 20 + lanes.indexOf(it.type) * 26, r: 5 },
      s("title", {}, it.label));
    if (it.onclick) activatable(dot, it.label, it.onclick);
    svg.append(dot);
  }
  const axisY = height - 8, tickTop = 20 + (Math.max(lanes.length, 1) - 1) * 26 + 8;
  svg.append(s("line", { class: "axis", x1: left, y1: tickTop, x2: right, y2: tickTop }));
  for (const [d, label] of axisTicks(lo, hi)) {
    svg.append(s("line", { class: "tick", x1: x(d).toFixed(1), y1: tickTop, x2: x(d).toFixed(1), y2: tickTop + 5 }),
      s("text", { class: "tick-label", x: x(d).toFixed(1), y: axisY, "text-anchor": "middle" }, label));
  }
  return svg;
}

/** Ticks for a day-number range: years when it spans several, else months, else the two ends; at most 8. */
export function axisTicks(lo, hi) {
  const from = new Date(lo * 86400000), to = new Date(hi * 86400000);
  const day = (y, m) => Date.UTC(y, m, 1) / 86400000;
  let ticks = [];
  for (let y = from.getUTCFullYear(); y <= to.getUTCFullYear() + 1; y++) if (day(y, 0) >= lo && day(y, 0) <= hi) ticks.push([day(y, 0), String(y)]);
  if (ticks.length < 2) {
    ticks = [];
    for (let y = from.getUTCFullYear(); y <= to.getUTCFullYear(); y++) {
      for (let m = 0; m < 12; m++) {
        const d = day(y, m);
        if (d >= lo && d <= hi) ticks.push([d, `${y}-${String(m + 1).padStart(2, "0")}`]);
      }
    }
  }
  if (ticks.length < 2) {
    const iso = (d) => new Date(d * 86400000).toISOString().slice(0, 10);
    return [[lo + 1, iso(lo + 1)], [hi - 1, iso(hi - 1)]];
  }
  const step = Math.ceil(ticks.length / 8);
  return ticks.filter((_, i) => i % step === 0);
}

/** The entity in the middle, its co-occurring entities on a ring around it, each label outside its node on the
 *  side facing away from the centre (so labels never cross edges or each other); edge width grows with shared
 *  documents. Nodes are reachable by keyboard. */
export function cooccurrenceGraph(center, others, onpick, width = 560, height = 420) {
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "graph", role: "group", "aria-label": "Co-occurring entities" });
  const cx = width / 2, cy = height / 2, radius = Math.min(width / 2 - 130, height / 2 - 40);
  const most = Math.max(1, ...others.map((o) => o.documents));
  const edges = s("g", {}), nodes = s("g", {});
  others.forEach((o, i) => {
    const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
    const cos = Math.cos(angle), sin = Math.sin(angle);
    const x = cx + radius * cos, y = cy + radius * sin;
    edges.append(s("line", { class: "edge", x1: cx, y1: cy, x2: x.toFixed(1), y2: y.toFixed(1), "stroke-width": (1 + (4 * o.documents) / most).toFixed(1) }));
    const label = `${o.name} (${o.label}, ${o.documents} documents)`;
    const node = activatable(s("circle", { class: "node", cx: x.toFixed(1), cy: y.toFixed(1), r: 7 }, s("title", {}, label)), label, () => onpick(o));
    const anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
    const lx = x + 12 * cos, ly = y + 12 * sin + (anchor === "middle" ? (sin > 0 ? 10 : -4) : 4);
    nodes.append(node, s("text", { class: "node-label", x: lx.toFixed(1), y: ly.toFixed(1), "text-anchor": anchor }, o.name.slice(0, 24)));
  });
  svg.append(edges, nodes, s("circle", { class: "node center", cx, cy, r: 10 }, s("title", {}, center)),
    s("text", { class: "node-label center", x: cx, y: cy + 26, "text-anchor": "middle" }, center.slice(0, 32)));
  return svg;
}
