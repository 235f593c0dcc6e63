// Safe DOM building: every piece of data becomes a text node or a vetted attribute, never markup.
const SVG_NS = "http://www.w3.org/2000/svg";
const SAFE_ATTRS = new Set(["class", "id", "type", "name", "value", "placeholder", "title", "for", "colspan",
  "min", "max", "step", "maxlength", "role", "aria-label", "data-view", "data-kind", "data-id", "selected",
  "viewBox", "d", "cx", "cy", "r", "x", "y", "x1", "y1", "x2", "y2", "width", "height", "fill", "stroke",
  "stroke-width", "text-anchor", "transform", "rel", "target", "preserveAspectRatio", "tabindex", "aria-sort",
  "aria-live", "data-sort", "dominant-baseline", "scope"]);

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "href") node.setAttribute("href", safeHref(String(value)));
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (SAFE_ATTRS.has(key)) node.setAttribute(key, String(value));
    else throw new Error(`attribute ${key} is not allowed`);
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element; strings among the children become text nodes. */
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  return append(node, children);
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  return append(node, children);
}

/** Links go inside the dashboard (#/...) or to http(s) pages; anything else (javascript:, data:) is dropped. */
export function safeHref(value) {
  if (value.startsWith("#/")) return value;
  try {
    const url = new URL(value, window.location.origin);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch (err) { /* not a URL */ }
  return "#/";
}

/** Internal link to a dashboard view, with each path part encoded. */
export function link(text, ...parts) {
  return h("a", { href: "#/" + parts.map((p) => encodeURIComponent(String(p))).join("/") }, text ?? "");
}

export function clear(node) { node.replaceChildren(); return node; }

/** GET a JSON API path; errors carry the API's one error shape message. */
export async function api(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, value);
  }
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const message = body && body.error ? body.error.message : `HTTP ${res.status}`;
    const err = new Error(message);
    err.status = res.status;
    throw err;
  }
  return body;
}

export function fmt(value, fallback = "–") {
  return value === null || value === undefined || value === "" ? fallback : String(value);
}

/** Make an element (an SVG dot or node) reachable by Tab and activated by Enter or Space like a link. */
export function activatable(node, label, onactivate) {
  node.setAttribute("tabindex", "0");
  node.setAttribute("role", "link");
  node.setAttribute("aria-label", label);
  node.addEventListener("click", onactivate);
  node.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onactivate(); }
  });
  return node;
}

/** Offer `text` as a file download (a Blob URL on a temporary link; nothing leaves the browser). */
export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** RFC 4180 CSV of rows (arrays of values); every value is quoted. */
export function toCsv(rows) {
  return rows.map((row) => row.map((v) => `"${(v === null || v === undefined ? "" : String(v)).replace(/"/g, '""')}"`).join(",")).join("\r\n") + "\r\n";
}
