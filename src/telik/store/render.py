"""Plain-text views of store query results, for the command line."""
from __future__ import annotations

import textwrap
from typing import Any

from telik.store.repository import Page, Store


def _fmt_num(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _one_line(text: str, width: int = 160) -> str:
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


def _source(item: dict[str, Any]) -> str:
    bits = [b for b in (item.get("outlet"), item.get("published")) if b]
    return f"{item['document']}" + (f" ({', '.join(bits)})" if bits else "")


def summary(store: Store, top: int = 10) -> str:
    """What the store holds: documents, entities, events by type, quotes and figure conflicts."""
    st = store.stats()
    lines = [f"Documents: {st.documents}" + (f" ({st.duplicates} near-duplicates)" if st.duplicates else "")]
    if st.first_published:
        lines.append(f"Published: {st.first_published} .. {st.last_published}")
    outlets = [o for o in store.outlets() if o["outlet"]]
    if outlets:
        shown = f" ({top} with the most documents shown)" if len(outlets) > top else ""
        lines.append(f"Outlets: {len(outlets)}{shown}")
    for o in outlets[:top]:
        cred = f", credibility {o['credibility']:.2f}" if o["credibility"] is not None else ""
        signals = [sig for sig in o["signals"] if not sig.startswith("articles:")][:3]
        docs = f"{o['documents']} document" + ("s" if o["documents"] != 1 else "")
        lines.append(f"  {o['outlet']}: {docs}{cred}" + (f" ({'; '.join(signals)})" if signals else ""))
    labels = ", ".join(f"{k} {v}" for k, v in st.entities_by_label.items())
    lines.append(f"Entities: {st.entities} ({st.mentions} mentions)" + (f": {labels}" if labels else ""))
    for e in store.list_entities(limit=top).items:
        lines.append(f"  {e['name']} [{e['label']}] {e['mentions']} mentions in {e['documents']} documents")
    lines.append(f"Events: {st.events} mentions of {st.real_world_events} real-world events")
    for kind, n in st.events_by_type.items():
        lines.append(f"  {kind}: {n}")
    lines.append(f"Quotes: {st.quotes}, claims: {st.claims}")
    conflicts = store.list_conflicts()
    lines.append(f"Conflicts: {len(conflicts)}")
    for c in conflicts:
        ev = c["event"]
        what = " ".join(str(x) for x in (ev.get("type"), ev.get("location"), ev.get("date")) if x) or c["cluster"]
        if c["field"] == "claim":
            lines.append(f"  {what}: contradicting claims: {c['reason']}")
            for r in c["reports"]:
                where = f"[{r.get('document')} {r.get('start')}:{r.get('end')}]"
                lines.append(f"    {r.get('source') or '(unnamed source)'} {r.get('stance')}: "
                             f"“{_one_line(str(r.get('text', '')), 160)}” {where}")
            continue
        best = ""
        if c["best"] is not None:
            best = f"; best {_fmt_num(c['best'])}" + (f" ({c['reason']})" if c["reason"] else "")
        lines.append(f"  {what}: {c['field']} {' vs '.join(_fmt_num(v) for v in c['values'])} [{c['kind']}]{best}")
    return "\n".join(lines)


def search_results(page: Page) -> str:
    """Matching documents, each with a snippet."""
    if not page.items:
        return "No matching documents."
    lines = [f"{page.total} matching documents"]
    for d in page.items:
        meta = ", ".join(b for b in (d["outlet"], d["published"]) if b)
        lines.append(f"\n{d['id']}: {d['title'] or '(untitled)'}" + (f" [{meta}]" if meta else ""))
        lines.append(f"  {_one_line(d['snippet'], 300)}")
    return "\n".join(lines)


def entities(page: Page) -> str:
    """Entities with label, mention counts and aliases."""
    if not page.items:
        return "No entities."
    lines = []
    for e in page.items:
        lines.append(f"{e['name']} [{e['label']}] id={e['canonical']} mentions={e['mentions']} "
                     f"documents={e['documents']}")
        others = [a for a in e["aliases"] if a != e["name"]]
        if others:
            lines.append(f"  aliases: {', '.join(others)}")
    if page.total > len(page.items):
        lines.append(f"({len(page.items)} of {page.total} shown)")
    return "\n".join(lines)


def _event_line(e: dict[str, Any]) -> str:
    kind = e["type"] + (f"/{e['subtype']}" if e.get("subtype") else "")
    bits = [f"date={e['date']}" if e.get("date") else "date=?"]
    if e.get("location"):
        bits.append(f"at {e['location']}")
    if e.get("actors"):
        bits.append(f"actors={'; '.join(e['actors'])}")
    if e.get("targets"):
        bits.append(f"targets={'; '.join(e['targets'])}")
    if e.get("killed") is not None:
        bits.append(f"killed={e['killed']}")
    if e.get("injured") is not None:
        bits.append(f"injured={e['injured']}")
    if e.get("certainty") and e["certainty"] != "asserted":
        bits.append(e["certainty"])
    return f"{kind} " + " ".join(bits)


def events(page: Page) -> str:
    """Events with their evidence sentence and source."""
    if not page.items:
        return "No events."
    lines = []
    for e in page.items:
        lines.append(f"#{e['id']} {_event_line(e)}")
        lines.append(f"  source: {_source(e)} [{e['start']}:{e['end']}]")
        lines.append(f"  evidence: {_one_line(e['evidence'], 300)}")
    if page.total > len(page.items):
        lines.append(f"({len(page.items)} of {page.total} shown)")
    return "\n".join(lines)


def real_events(page: Page) -> str:
    """Real-world events: one block each, with its best figures and why, and its reports."""
    if not page.items:
        return "No events."
    lines = []
    for e in page.items:
        lines.append(f"#{e['id']} {_event_line(e)}")
        lines.append(f"  figures: {e['figures_reason']}")
        lines.append(f"  evidence: {_one_line(e['evidence'], 300)}")
        lines.append(f"  reports ({e['report_count']}):")
        for r in e["reports"]:
            lines.append(f"    #{r['event_id']} {_source(r)} [{r['start']}:{r['end']}]")
    if page.total > len(page.items):
        lines.append(f"({len(page.items)} of {page.total} events shown)")
    return "\n".join(lines)


def quotes(page: Page) -> str:
    """Quotations with speaker and source."""
    if not page.items:
        return "No quotes."
    lines = []
    for q in page.items:
        who = q["speaker"] or "(unknown speaker)"
        if q["anonymous"]:
            who += " (anonymous)"
        if q["speaker_role"]:
            who += f", {q['speaker_role']}"
        lines.append(f"{who}: “{_one_line(q['text'], 400)}”")
        lines.append(f"  source: {_source(q)} [{q['start']}:{q['end']}]")
    if page.total > len(page.items):
        lines.append(f"({len(page.items)} of {page.total} shown)")
    return "\n".join(lines)


def timeline(name: str, items: list[dict[str, Any]]) -> str:
    """Dated events of an entity or place, in order, each with its sources."""
    if not items:
        return f"No dated events for {name!r}."
    lines = [f"Timeline of {name}: {len(items)} events"]
    for e in items:
        lines.append(f"{e['date'] or '????'}  {_event_line({**e, 'date': None}).replace(' date=?', '')}")
        if len(e["sources"]) > 1 and e.get("figures_reason"):
            lines.append(f"    figures: {e['figures_reason']}")
        for src in e["sources"]:
            lines.append(f"    {_source(src)}: {_one_line(src['evidence'], 200)}")
    return "\n".join(lines)
