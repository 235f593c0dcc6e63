// The Telik dashboard: hash-routed views over the JSON API. Data is only ever inserted as text.
import { api, clear, download, fmt, h, link, safeHref, toCsv } from "./dom.js";
import { cooccurrenceGraph, eventMap, timeline } from "./charts.js";
import { highlightedText } from "./highlight.js";

const view = document.getElementById("view");
const statusBox = document.getElementById("status");
const PAGE = 50;

function go(...parts) { window.location.hash = "#/" + parts.map((p) => encodeURIComponent(String(p))).join("/"); }

function showError(err) {
  statusBox.hidden = false;
  statusBox.textContent = err.message || String(err);
}

function eventLabel(ev) {
  return [ev.type, ev.subtype, ev.date, ev.location].filter(Boolean).join(" · ");
}

function pager(page, onmove) {
  const last = page.offset + page.items.length;
  return h("div", { class: "pager" },
    h("button", { class: "secondary", type: "button", onclick: () => onmove(Math.max(0, page.offset - page.limit)) }, "Previous"),
    h("span", { class: "muted" }, page.total ? `${page.offset + 1}–${last} of ${page.total}` : "nothing found"),
    h("button", { class: "secondary", type: "button", onclick: () => last < page.total && onmove(page.offset + page.limit) }, "Next"));
}

// ---------------------------------------------------------------- events

const EVENT_FILTERS = [["since", "From (YYYY-MM-DD)"], ["until", "To"], ["place", "Place"], ["actor", "Actor"]];
const EVENT_TYPES = ["", "ATTACK", "MILITARY_OPERATION", "ARREST", "WARNING", "TALKS", "SUPPORT", "CONTROL", "ESTIMATE"];
const CERTAINTIES = ["", "asserted", "claimed", "denied", "planned", "possible", "negated"];
// [heading, API sort key or null]: a column with a key sorts the whole listing on the server
const EVENT_COLUMNS = [["Date", "date"], ["Type", "type"], ["Place", "location"], ["Actors", null], ["Killed", "killed"],
  ["Injured", "injured"], ["Certainty", null], ["Reports", null]];

function eventRow(ev) {
  const reports = ev.reports && ev.reports.length ? ev.reports : [{ document: ev.document, title: ev.title, outlet: ev.outlet }];
  return h("tr", { "data-id": ev.id },
    h("td", {}, fmt(ev.date)),
    h("td", {}, link(ev.type, "event", ev.id), ev.subtype ? h("div", { class: "muted" }, ev.subtype) : null),
    h("td", {}, ev.location ? link(ev.location, "entity", ev.location) : "–"),
    h("td", {}, ev.actors.map((a) => h("span", { class: "chip" }, link(a, "entity", a)))),
    h("td", { class: "num", title: fmt(ev.figures_reason, "") }, fmt(ev.killed)),
    h("td", { class: "num" }, fmt(ev.injured)),
    h("td", {}, ev.certainty),
    h("td", { class: "reports" }, reports.length > 1 ? h("strong", {}, `${reports.length} reports`) : null,
      reports.map((r) => h("div", {}, link(r.title || r.document, "document", r.document), " ", h("span", { class: "muted" }, fmt(r.outlet, ""))))));
}

function eventsTable(items, params) {
  const sort = params.get("sort") || "date", order = params.get("order") || "desc";
  const header = EVENT_COLUMNS.map(([title, key]) => {
    if (!key) return h("th", { scope: "col" }, title);
    const active = key === sort;
    const next = active && order === "desc" ? "asc" : "desc";
    return h("th", { "aria-sort": active ? (order === "desc" ? "descending" : "ascending") : "none" },
      h("button", { type: "button", class: "sort", "data-sort": key, onclick: () => {
        const q = new URLSearchParams(params); q.set("sort", key); q.set("order", next); q.delete("offset");
        window.location.hash = "#/events?" + q;
      } }, title));
  });
  return h("table", { class: "events" }, h("thead", {}, h("tr", {}, header)), h("tbody", {}, items.map(eventRow)));
}

const CSV_COLUMNS = ["key", "type", "subtype", "date", "date_precision", "location", "lat", "lon", "actors", "targets",
  "killed", "injured", "figures_reason", "certainty", "report_count", "outlets", "documents", "evidence"];

function eventsCsv(items) {
  // the current view (every page of it): one row per real-world event, its reports one field away
  return toCsv([CSV_COLUMNS, ...items.map((ev) => CSV_COLUMNS.map((c) => {
    if (c === "documents") return (ev.reports || []).map((r) => r.document).join("; ");
    const v = ev[c];
    return Array.isArray(v) ? v.join("; ") : v;
  }))]);
}

async function eventsView(params) {
  const filters = Object.fromEntries(params);
  const form = h("form", { class: "filters panel", id: "event-filters" },
    h("label", {}, "Type", h("select", { name: "type" },
      EVENT_TYPES.map((t) => h("option", { value: t, selected: (filters.type || "").toUpperCase() === t }, t || "any")))),
    EVENT_FILTERS.map(([name, label]) => h("label", {}, label, h("input", { name, value: filters[name] || "", maxlength: 200 }))),
    h("label", {}, "Certainty", h("select", { name: "certainty" },
      CERTAINTIES.map((c) => h("option", { value: c, selected: filters.certainty === c }, c || "any")))),
    h("button", { type: "submit" }, "Filter"),
    h("button", { type: "button", class: "secondary", id: "export-csv", onclick: () => download("telik-events.csv", eventsCsv(all), "text/csv") },
      "Export CSV"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = new URLSearchParams([...new FormData(form)].filter(([, v]) => v));
    window.location.hash = "#/events?" + q.toString();
  });
  const offset = Number(filters.offset || 0);
  const query = { order: "desc", ...filters };
  const page = await api("/api/events", { ...query, limit: PAGE, offset });
  const all = page.total > PAGE ? (await api("/api/events", { ...query, offset: 0, limit: 500 })).items : page.items;
  const points = all.map((ev) => ({ ...ev, label: eventLabel(ev), onclick: () => go("event", ev.id) }));
  view.append(h("h1", {}, "Events"), await latestAlertsPanel(), form,
    h("div", { class: "grid2" },
      h("section", { class: "panel", id: "map" }, h("h2", {}, "Map"), await eventMap(points)),
      h("section", { class: "panel", id: "timeline" }, h("h2", {}, "Timeline"), timeline(points, 640))),
    h("section", { id: "events-table" }, eventsTable(page.items, params),
      pager(page, (o) => { const q = new URLSearchParams(params); q.set("offset", o); window.location.hash = "#/events?" + q; })));
}

async function eventView(id) {
  const ev = await api(`/api/events/${encodeURIComponent(id)}`);
  view.append(h("h1", {}, eventLabel(ev)),
    h("div", { class: "grid2" },
      h("section", { class: "panel" }, h("h2", {}, "Event"), h("table", {}, h("tbody", {},
        [["Type", ev.type], ["Subtype", ev.subtype], ["Date", ev.date], ["Place", ev.location], ["Actors", ev.actors.join(", ")],
          ["Targets", ev.targets.join(", ")], ["Killed", ev.killed], ["Injured", ev.injured], ["Weapon", ev.weapon],
          ["Certainty", ev.certainty]].map(([k, v]) => h("tr", {}, h("th", {}, k), h("td", {}, fmt(v)))))),
      h("p", {}, "Source: ", link(ev.title || ev.document, "document", ev.document)),
      h("blockquote", {}, ev.evidence)),
      h("section", { class: "panel" }, h("h2", {}, "Figure history"), figureTable(ev.figures),
        ev.conflicts.length ? h("p", {}, link(`${ev.conflicts.length} conflict(s)`, "conflicts")) : null)),
    h("section", { class: "panel" }, h("h2", {}, "Reports of this event"),
      h("ul", { class: "plain" }, ev.cluster_mentions.map((m) => h("li", {},
        link(m.title || m.document, "document", m.document), " ", h("span", { class: "muted" }, fmt(m.outlet, ""), " ", fmt(m.published, "")),
        h("div", {}, m.evidence))))));
}

function figureTable(figures) {
  if (!figures.length) return h("p", { class: "muted" }, "No figures reported.");
  return h("table", { class: "figures" },
    h("thead", {}, h("tr", {}, ["Field", "Value", "Outlet", "Published", "Document"].map((t) => h("th", {}, t)))),
    h("tbody", {}, figures.map((f) => h("tr", {}, h("td", {}, f.field),
      h("td", { class: "num" }, [f.qualifier && f.qualifier !== "exact" ? f.qualifier + " " : "", String(f.value)]),
      h("td", {}, fmt(f.outlet)), h("td", {}, fmt(f.published)), h("td", {}, link(f.document, "document", f.document))))));
}

// ---------------------------------------------------------------- conflicts

async function conflictsView() {
  const conflicts = await api("/api/conflicts");
  view.append(h("h1", {}, "Conflicts"), h("p", { class: "muted" }, "Figures the sources disagree on or that rose over time, and claims one source denies or disputes: each source side by side."));
  if (!conflicts.length) view.append(h("p", {}, "No conflicting figures or claims."));
  for (const c of conflicts) {
    if (c.field === "claim") { view.append(contradiction(c)); continue; }
    const bySource = new Map();
    for (const f of c.figures.filter((f) => f.field === c.field)) {
      const key = f.outlet || f.document;
      if (!bySource.has(key)) bySource.set(key, []);
      bySource.get(key).push(f);
    }
    view.append(h("section", { class: "panel conflict" },
      h("h2", {}, `${c.field}: ${c.values.join(" vs ")}`, " ", h("span", { class: "chip type-chip" }, c.kind)),
      h("p", {}, c.event.event_id ? link(eventLabel(c.event), "event", c.event.event_id) : c.cluster,
        c.best !== null ? h("span", { class: "muted" }, ` · best estimate ${c.best}`) : null, c.reason ? h("span", { class: "muted" }, ` · ${c.reason}`) : null),
      h("div", { class: "side-by-side" }, [...bySource.entries()].map(([source, figs]) => h("div", { class: "panel" },
        h("strong", {}, source),
        h("ul", { class: "plain" }, figs.map((f) => h("li", {}, h("span", { class: "score" }, String(f.value)), " ",
          h("span", { class: "muted" }, fmt(f.published, "")), " ", link("source", "document", f.document)))))))));
  }
}

function contradiction(c) {
  // Sources contradicting each other's claims: the claim answered, then each denial or dispute.
  return h("section", { class: "panel contradiction" },
    h("h2", {}, "Contradicting claims ", h("span", { class: "chip type-chip" }, c.kind)),
    h("p", {}, c.event.event_id ? link(eventLabel(c.event), "event", c.event.event_id) : c.cluster,
      c.reason ? h("span", { class: "muted" }, ` · ${c.reason}`) : null),
    h("div", { class: "side-by-side" }, c.reports.map((r) => h("div", { class: "panel claim" },
      h("strong", {}, fmt(r.source, "unnamed source")), " ", h("span", { class: `chip stance stance-${r.stance}` }, fmt(r.stance)),
      h("blockquote", {}, fmt(r.text, "")),
      h("div", { class: "muted" }, fmt(r.outlet, ""), " ", fmt(r.published, ""), " ", link("source", "document", r.document))))));
}

// ---------------------------------------------------------------- alerts

const ALERT_KINDS = ["", "event", "figure_change", "conflict", "spike"];

function alertItem(a) {
  return h("li", { class: "alert" },
    h("span", { class: "chip type-chip" }, fmt(a.kind)), " ", h("strong", {}, fmt(a.rule)), " ",
    h("span", { class: "muted" }, fmt(a.created, "")),
    h("div", { class: "alert-summary" }, fmt(a.summary, "")),
    a.sources.length ? h("div", { class: "muted" }, "Sources: ", a.sources.map((src, i) => [i ? ", " : "",
      src.document ? link(src.outlet || src.document, "document", src.document) : fmt(src.outlet || src.url)])) : null);
}

function alertList(items) {
  if (!items.length) return h("p", { class: "muted" }, "No alerts yet: `telik watch` records them in this database.");
  return h("ul", { class: "plain alerts" }, items.map(alertItem));
}

async function alertsView(params) {
  const filters = Object.fromEntries(params);
  const form = h("form", { class: "filters panel", id: "alert-filters" },
    h("label", {}, "Rule", h("input", { name: "rule", value: filters.rule || "", maxlength: 200 })),
    h("label", {}, "Kind", h("select", { name: "kind" }, ALERT_KINDS.map((k) => h("option", { value: k, selected: filters.kind === k }, k || "any")))),
    h("button", { type: "submit" }, "Filter"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    window.location.hash = "#/alerts?" + new URLSearchParams([...new FormData(form)].filter(([, v]) => v)).toString();
  });
  const page = await api("/api/alerts", { rule: filters.rule, kind: filters.kind, limit: PAGE, offset: filters.offset || 0 });
  view.append(h("h1", {}, "Latest alerts"), form, h("section", { class: "panel", id: "alerts" }, alertList(page.items)),
    pager(page, (o) => { const q = new URLSearchParams(params); q.set("offset", o); window.location.hash = "#/alerts?" + q; }));
}

async function latestAlertsPanel() {
  const page = await api("/api/alerts", { limit: 5 });
  return h("section", { class: "panel", id: "latest-alerts" }, h("h2", {}, "Latest alerts"), alertList(page.items),
    page.total > page.items.length ? h("p", {}, link(`All ${page.total} alerts`, "alerts")) : null);
}

// ---------------------------------------------------------------- documents

async function documentsView(params) {
  const filters = Object.fromEntries(params);
  const page = await api("/api/documents", { ...filters, limit: PAGE, offset: filters.offset || 0 });
  const outlets = await api("/api/outlets");
  view.append(h("h1", {}, "Documents"), filters.outlet ? h("p", { class: "muted" }, "Outlet: ", filters.outlet, " · ", link("all documents", "documents")) : "",
    h("table", { class: "documents" },
    h("thead", {}, h("tr", {}, ["Title", "Outlet", "Published", "Credibility"].map((t) => h("th", {}, t)))),
    h("tbody", {}, page.items.map((d) => h("tr", {}, h("td", {}, link(d.title || d.id, "document", d.id)),
      h("td", {}, fmt(d.outlet)), h("td", {}, fmt(d.published)), h("td", { class: "num" }, d.credibility === null ? "–" : d.credibility.toFixed(2)))))),
  pager(page, (o) => { const q = new URLSearchParams(params); q.set("offset", o); window.location.hash = "#/documents?" + q; }),
  outletsPanel(outlets));
}

function outletsPanel(outlets) {
  // Credibility per outlet: the mean over its independent articles and how many of them carry each signal.
  return h("section", { class: "panel", id: "outlets" }, h("h2", {}, "Outlets"), h("table", { class: "outlets" },
    h("thead", {}, h("tr", {}, ["Outlet", "Documents", "Credibility", "Signals"].map((t) => h("th", {}, t)))),
    h("tbody", {}, outlets.map((o) => h("tr", {},
      h("td", {}, o.outlet === null ? "(unknown)" : h("a", { href: "#/documents?outlet=" + encodeURIComponent(o.outlet) }, o.outlet)),
      h("td", { class: "num" }, String(o.documents)),
      h("td", { class: "num" }, o.credibility === null ? "–" : o.credibility.toFixed(2)),
      h("td", {}, h("ul", { class: "signals" }, o.signals.map((sig) => h("li", {}, sig)))))))));
}

async function documentView(key) {
  const doc = await api(`/api/documents/${encodeURIComponent(key)}`);
  const meta = [doc.outlet, doc.published, doc.dateline].filter(Boolean).join(" · ");
  view.append(h("h1", { class: "doc-title" }, doc.title || doc.id),
    h("p", { class: "muted" }, meta, /^https?:\/\//i.test(doc.url || "") ? [" · ", h("a", { href: safeHref(doc.url), rel: "noopener noreferrer", target: "_blank" }, "original")] : null),
    h("div", { class: "grid2" },
      h("section", {},
        h("div", { class: "legend" }, h("span", { class: "hl-entity" }, "entity"), h("span", { class: "hl-date" }, "date"),
          h("span", { class: "hl-figure" }, "figure"), h("span", { class: "hl-quote" }, "quote"), h("span", { class: "hl-event" }, "event")),
        highlightedText(doc)),
      h("section", {},
        h("div", { class: "panel", id: "credibility" }, h("h2", {}, "Credibility"),
          h("div", { class: "score" }, doc.credibility === null ? "–" : doc.credibility.toFixed(2)),
          h("ul", { class: "signals" }, doc.credibility_signals.map((sig) => h("li", {}, sig))),
          doc.duplicate_of ? h("p", {}, "Duplicate of ", link(doc.duplicate_of, "document", doc.duplicate_of)) : null),
        h("div", { class: "panel" }, h("h2", {}, "Events"), h("ul", { class: "plain" }, doc.events.map((ev) => h("li", {}, link(eventLabel(ev), "event", ev.id),
          h("div", { class: "muted" }, ev.evidence))))),
        h("div", { class: "panel" }, h("h2", {}, "Entities"), uniqueEntities(doc.entities).map((e) => h("span", { class: "chip" }, link(e.text, "entity", e.canonical || e.text), ` ${e.label}`))),
        h("div", { class: "panel" }, h("h2", {}, "Quotes"), h("ul", { class: "plain" }, doc.quotes.map((q) => h("li", {},
          h("strong", {}, fmt(q.speaker, "anonymous")), ": ", q.text)))))));
}

function uniqueEntities(ents) {
  const seen = new Map();
  for (const e of ents) if (!seen.has(e.canonical || e.text)) seen.set(e.canonical || e.text, e);
  return [...seen.values()];
}

// ---------------------------------------------------------------- entities

async function entitiesView(params) {
  const filters = Object.fromEntries(params);
  const page = await api("/api/entities", { q: filters.q, label: filters.label, limit: PAGE, offset: filters.offset || 0 });
  view.append(h("h1", {}, "Entities"), h("table", { class: "entities" },
    h("thead", {}, h("tr", {}, ["Name", "Label", "Aliases", "Mentions", "Documents"].map((t) => h("th", {}, t)))),
    h("tbody", {}, page.items.map((e) => h("tr", {}, h("td", {}, link(e.name, "entity", e.canonical)), h("td", {}, e.label),
      h("td", {}, e.aliases.join(", ")), h("td", { class: "num" }, String(e.mentions)), h("td", { class: "num" }, String(e.documents)))))),
  pager(page, (o) => { window.location.hash = "#/entities?offset=" + o; }));
}

async function entityView(key) {
  const ent = await api(`/api/entities/${encodeURIComponent(key)}`);
  const items = ent.timeline.map((t) => ({ ...t, label: eventLabel(t), onclick: () => go("event", t.id) }));
  view.append(h("h1", { class: "entity-name" }, ent.name, " ", h("span", { class: "chip" }, ent.label)),
    h("p", {}, "Aliases: ", ent.aliases.map((a) => h("span", { class: "chip alias" }, a))),
    h("section", { class: "panel", id: "entity-timeline" }, h("h2", {}, "Timeline"), timeline(items),
      h("ul", { class: "plain" }, ent.timeline.map((t) => h("li", {}, h("strong", {}, fmt(t.date, "undated")), " ",
        link(eventLabel(t), "event", t.id), h("span", { class: "muted" }, ` · ${t.sources.length} source(s)`))))),
    h("div", { class: "grid2" },
      h("section", { class: "panel", id: "cooccurring" }, h("h2", {}, "Co-occurring entities"),
        ent.cooccurring.length ? cooccurrenceGraph(ent.name, ent.cooccurring, (o) => go("entity", o.canonical)) : h("p", { class: "muted" }, "None.")),
      h("section", { class: "panel" }, h("h2", {}, `Mentions (${ent.mention_count})`),
        h("ul", { class: "plain" }, ent.mentions.slice(0, 100).map((m) => h("li", {}, h("q", {}, m.text), " in ",
          link(m.title || m.document, "document", m.document), h("span", { class: "muted" }, ` ${fmt(m.published, "")}`)))))));
}

// ---------------------------------------------------------------- search

async function searchView(params) {
  const q = params.get("q") || "";
  document.getElementById("search-q").value = q;
  const page = await api("/api/search", { q, limit: PAGE, offset: params.get("offset") || 0 });
  view.append(h("h1", {}, "Search: ", q), h("ul", { class: "plain results" }, page.items.map((d) => h("li", {},
    link(d.title || d.id, "document", d.id), h("span", { class: "muted" }, ` ${fmt(d.outlet, "")} ${fmt(d.published, "")}`),
    h("div", { class: "snippet" }, snippet(d.snippet))))),
  pager(page, (o) => { window.location.hash = `#/search?q=${encodeURIComponent(q)}&offset=${o}`; }));
}

function snippet(text) {
  // The API wraps matches in [ and ]; the text between them is still only ever text.
  return (text || "").split(/(\[[^\]]*\])/).map((part) => (part.startsWith("[") && part.endsWith("]") ? h("mark", {}, part.slice(1, -1)) : part));
}

// ---------------------------------------------------------------- routing

const ROUTES = [
  [/^(?:events)?$/, (m, p) => eventsView(p), "events"],
  [/^event\/(.+)$/, (m) => eventView(m[1]), "events"],
  [/^conflicts$/, () => conflictsView(), "conflicts"],
  [/^alerts$/, (m, p) => alertsView(p), "alerts"],
  [/^documents$/, (m, p) => documentsView(p), "documents"],
  [/^document\/(.+)$/, (m) => documentView(m[1]), "documents"],
  [/^entities$/, (m, p) => entitiesView(p), "entities"],
  [/^entity\/(.+)$/, (m) => entityView(m[1]), "entities"],
  [/^search$/, (m, p) => searchView(p), ""],
];

async function route() {
  const hash = window.location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  statusBox.hidden = true;
  delete document.body.dataset.ready;
  clear(view);
  for (const [pattern, render, section] of ROUTES) {
    const m = pattern.exec(path);
    if (!m) continue;
    for (const a of document.querySelectorAll("header nav a")) a.classList.toggle("active", a.dataset.view === section);
    const decoded = m.map((part) => (part === undefined ? part : decodeURIComponent(part)));
    try { await render(decoded, params); } catch (err) { showError(err); }
    document.body.dataset.ready = path || "events";
    return;
  }
  showError(new Error("No such page"));
}

async function showStats() {
  try {
    const st = await api("/api/stats");
    document.getElementById("stats").textContent = `${st.documents} documents · ${st.events} events · ${st.entities} entities · ${st.conflicts} conflicts`;
  } catch (err) { showError(err); }
}

document.getElementById("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = document.getElementById("search-q").value.trim();
  if (q) window.location.hash = "#/search?q=" + encodeURIComponent(q);
});
window.addEventListener("hashchange", route);
showStats();
route();
