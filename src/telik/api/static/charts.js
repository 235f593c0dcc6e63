// Offline charts in SVG: the event map over the bundled world outline, a timeline, a co-occurrence graph.
import { s } from "./dom.js";

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
    if (p.onclick) dot.addEventListener("click", p.onclick);
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
    if (it.onclick) dot.addEventListener("click", it.onclick);
    svg.append(dot);
  }
  const axisY = height - 10;
  for (const d of [lo + 1, hi - 1]) {
    svg.append(s("text", { x: x(d).toFixed(1), y: axisY, "text-anchor": "middle" }, new Date(d * 86400000).toISOString().slice(0, 10)));
  }
  return svg;
}

/** The entity in the middle, its co-occurring entities around it; edge width grows with shared documents. */
export function cooccurrenceGraph(center, others, onpick, size = 360) {
  const svg = s("svg", { viewBox: `0 0 ${size} ${size}`, class: "graph", role: "img", "aria-label": "Co-occurring entities" });
  const c = size / 2, radius = size / 2 - 60;
  const most = Math.max(1, ...others.map((o) => o.documents));
  others.forEach((o, i) => {
    const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
    const x = c + radius * Math.cos(angle), y = c + radius * Math.sin(angle);
    svg.append(s("line", { class: "edge", x1: c, y1: c, x2: x.toFixed(1), y2: y.toFixed(1), "stroke-width": (1 + (4 * o.documents) / most).toFixed(1) }));
    const node = s("circle", { class: "node", cx: x.toFixed(1), cy: y.toFixed(1), r: 7 }, s("title", {}, `${o.name} (${o.label}, ${o.documents} documents)`));
    node.addEventListener("click", () => onpick(o));
    svg.append(node, s("text", { x: x.toFixed(1), y: (y + 18).toFixed(1), "text-anchor": "middle" }, o.name.slice(0, 28)));
  });
  svg.append(s("circle", { class: "node center", cx: c, cy: c, r: 10 }, s("title", {}, center)),
    s("text", { x: c, y: c - 14, "text-anchor": "middle" }, center.slice(0, 32)));
  return svg;
}
