"""PLOVER JSONL: one event record per line.

Fields: id, date, actor, recipient, event, mode, context, event_loc, size, text, cite_info.
"""
from __future__ import annotations

import json
from typing import IO, Any

from telik.export.common import RealEvent, load_mapping, locate, mapped_fields, real_world_events
from telik.model import Conflict, DocResult

KEYS = ["id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "size", "text", "cite_info"]


def _arrested(ev: RealEvent) -> int | None:
    """People arrested: the figure of kind `arrested` inside an ARREST event's evidence, if any."""
    if ev.event.type != "ARREST":
        return None
    for r in ev.reports:
        for f in r.doc.figures:
            if f.kind == "arrested" and r.event.start <= f.start and f.end <= r.event.end:
                return int(f.value)
    return None


def record(ev: RealEvent, mapping: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER record."""
    e = ev.event
    fields = mapped_fields(mapping, e)
    place = locate(e.location)
    return {
        "id": ev.key, "date": e.date, "actor": e.actors[0] if e.actors else None,
        "recipient": e.targets[0] if e.targets else None, "event": fields.get("event"), "mode": fields.get("mode"),
        "context": list(fields.get("context") or []),
        "event_loc": {"name": e.location, "lat": place.lat if place else None, "lon": place.lon if place else None,
                      "country": place.country_code if place else None, "admin1": place.admin1 if place else None},
        "size": {"dead": ev.killed, "injured": ev.injured, "arrested": _arrested(ev)},
        "text": e.evidence,
        "cite_info": [{"doc_id": r.doc.id, "source": r.doc.outlet, "url": r.doc.url, "published": r.doc.published,
                       "title": r.doc.title, "start": r.event.start, "end": r.event.end, "certainty": r.event.certainty}
                      for r in ev.reports],
    }


def write(docs: list[DocResult], conflicts: list[Conflict], out: IO[str]) -> int:
    """Write the JSONL; returns the number of events."""
    mapping = load_mapping("plover")
    events = real_world_events(docs, conflicts, frozenset(mapping["skip_certainty"]))
    for ev in events:
        out.write(json.dumps(record(ev, mapping), ensure_ascii=False) + "\n")
    return len(events)
