"""PLOVER JSONL: one record per real-world event, with the field shapes of the PLOVER manual (v0.8): `source`
and `recipient` lists of actor objects, `event`, `mode` and `context` lists, `event_loc` a location object,
`size`, `text_info` and `cite_info` (the most informative report) objects. Fields the manual leaves to
providers: `reports` (every report with its offsets) and `date_precision`.

An event no report dates cannot carry the required `date` and is left out.
"""
from __future__ import annotations

import json
from typing import IO, Any

from telik.corpus.figures import arrested_figure
from telik.export.common import (
    RealEvent,
    load_mapping,
    mapped_fields,
    precision_key,
    real_world_events,
    words_match,
)
from telik.geo import country
from telik.model import Conflict, DocResult


def _arrested(ev: RealEvent) -> int | None:
    """People arrested: the best value where reports disagree (as the dead and injured), else the first report's
    `arrested_figure`, if any."""
    if ev.event.type != "ARREST":
        return None
    best = next((c.best for c in ev.conflicts if c.field == "arrested" and c.best is not None), None)
    if best is not None:
        return int(best)
    return next((int(f.value) for r in ev.reports if (f := arrested_figure(r.doc, r.event)) is not None), None)


def actor(name: str, mapping: dict[str, Any], event_country: str | None) -> dict[str, Any]:
    """A PLOVER actor object: country (or non-state) code, sector, the text and Telik's canonical id."""
    from telik.nlp.entities.gazetteer import get_gazetteer

    entry = get_gazetteer().lookup(name)
    sectors = mapping["sectors"]
    sector = sectors["by_kind"].get(entry.kind) if entry is not None else None
    if sector is None:
        sector = next((code for code, words in sectors["by_word"].items() if words_match(name, words)), None)
    if sector is None and entry is not None and entry.kind == "security":
        sector = sectors["security_default"]
    home = country(entry.country) if entry is not None and entry.country else None
    if home is not None:
        code: str | None = home.iso3
    elif entry is not None and entry.kind == "armed_groups":
        code = "IMG"
    else:
        code = event_country
    return {"code": code, "sector": sector, "actor_text": name,
            "identifier_id": entry.canonical if entry is not None else None,
            "identifier_text": entry.name if entry is not None else None}


def _date(ev: RealEvent) -> tuple[str, str] | None:
    value, precision = ev.date
    if value is None:
        return (ev.reported, "reported") if ev.reported else None
    day = value[:10]
    return (day + "-01-01"[len(day) - 4 :] if len(day) < 10 else day), precision or "day"


def record(ev: RealEvent, mapping: dict[str, Any]) -> dict[str, Any] | None:
    """One PLOVER record (None when nothing dates the event)."""
    dated = _date(ev)
    if dated is None:
        return None
    e = ev.event
    fields = mapped_fields(mapping, e)
    category = fields["event"]
    place = ev.place
    where = place.country
    iso3 = where.iso3 if where else None
    source = [actor(a, mapping, iso3) for a in e.actors]
    if not source:
        sector = mapping["unknown_actor"] if category in mapping["violent_events"] else None
        source = [{"code": iso3, "sector": sector, "actor_text": None, "identifier_id": None, "identifier_text": None}]
    best = next(r for r in ev.reports if r.event is e)
    reports = [{"document": r.doc.id, "outlet": r.doc.outlet, "url": r.doc.url, "title": r.doc.title,
                "published": r.doc.published, "start": r.event.start, "end": r.event.end,
                "certainty": r.event.certainty}
               for r in ev.reports]
    return {
        "id": ev.key, "date": dated[0], "date_precision": dated[1],
        "source": source, "recipient": [actor(t, mapping, iso3) for t in e.targets],
        "event": [category], "mode": list(fields.get("mode") or []), "context": list(fields.get("context") or []),
        "quad_code": mapping["quad"][category], "event_scale": mapping["scale"][category],
        "event_loc": None if where is None else {
            "name": place.resolved or place.name, "latitude": place.lat, "longitude": place.lon,
            "country_code": where.iso2, "cc3": where.iso3, "admin1": place.admin1, "admin2": place.admin2,
            "admin3": place.admin3, "precision": precision_key(place)},
        "size": {"dead": ev.killed, "injured": ev.injured, "arrested": _arrested(ev)},
        "event_text": [r.event.evidence for r in ev.reports],
        "text": e.evidence, "text_info": {"start": e.start, "end": e.end},
        "cite_info": {"corpus": "telik", "citation": best.doc.id, "url": best.doc.url, "title": best.doc.title,
                      "language": "id", "publication": best.doc.outlet, "coder": "telik", "codebook": "plover-0.8"},
        "reports": reports, "coder": "telik",
        "comment": f"figures: {ev.figure_reason}" + ("; date: publication date" if dated[1] == "reported" else ""),
    }


def write(docs: list[DocResult], conflicts: list[Conflict], out: IO[str]) -> int:
    """Write the JSONL; returns the number of events."""
    mapping = load_mapping("plover")
    n = 0
    for ev in real_world_events(docs, conflicts, frozenset(mapping["skip_certainty"])):
        rec = record(ev, mapping)
        if rec is not None:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n
