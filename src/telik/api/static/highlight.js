// A document's text with its annotations highlighted: each stretch becomes a text node in a <span>.
import { h } from "./dom.js";

const KINDS = [["entities", "entity"], ["dates", "date"], ["figures", "figure"], ["quotes", "quote"], ["events", "event"]];

function tip(kind, ann) {
  if (kind === "entity") return `${ann.label} ${ann.canonical}`;
  if (kind === "date") return `date ${ann.value ?? "?"} (${ann.precision})`;
  if (kind === "figure") return `${ann.kind ?? "figure"} ${ann.value}`;
  if (kind === "quote") return `quote: ${ann.speaker ?? "anonymous"}`;
  return `${ann.type} ${ann.date ?? ""} ${ann.location ?? ""}`.trim();
}

/** The original text cut at every annotation boundary; overlapping annotations stack their classes. */
export function highlightedText(doc) {
  const text = doc.text;
  const spans = [];
  for (const [key, kind] of KINDS) {
    for (const ann of doc[key] || []) {
      const ranges = kind === "event" ? [ann, ...(ann.mentions || [])] : [ann];
      for (const r of ranges) {
        if (Number.isInteger(r.start) && Number.isInteger(r.end) && r.start < r.end && r.end <= text.length) {
          spans.push({ start: r.start, end: r.end, kind, title: tip(kind, ann) });
        }
      }
    }
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((sp) => [sp.start, sp.end])])].sort((a, b) => a - b);
  const out = h("div", { class: "doc-text", id: "doc-text" });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    const covering = spans.filter((sp) => sp.start <= a && sp.end >= b);
    if (!covering.length) { out.append(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(covering.map((sp) => sp.kind))];
    out.append(h("span", { class: kinds.map((k) => `hl-${k}`).join(" "), title: covering.map((sp) => sp.title).join("\n") }, piece));
  }
  return out;
}
