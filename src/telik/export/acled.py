"""ACLED-style CSV: one row per real-world event, with ACLED's exact column set."""
from __future__ import annotations

import csv
import time
from typing import IO, Any

from telik.export.common import RealEvent, load_mapping, locate, mapped_fields, real_world_events, words_match
from telik.model import Conflict, DocResult

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
#: ACLED time_precision: 1 the day is known, 2 the week, 3 only the month (or less).
_TIME_PRECISION = {"time": 1, "day": 1, "month": 3, "year": 3}


def inter_code(actor: str | None, mapping: dict[str, Any]) -> int:
    """ACLED's actor-type code for a named actor (0 when there is no actor)."""
    if not actor:
        return 0
    from telik.nlp.entities.gazetteer import get_gazetteer

    entry = get_gazetteer().lookup(actor)
    by_kind = mapping["inter"]["by_kind"]
    if entry is not None and entry.kind in by_kind:
        return int(by_kind[entry.kind])
    for code, words in mapping["inter"]["by_word"].items():
        if words_match(actor, words):
            return int(code)
    return 8


def _date(ev: RealEvent) -> tuple[str, int, list[str]]:
    """ISO event date, ACLED time precision and tags; the publication date stands in when none was found."""
    e = ev.event
    value = e.date if e.date and not e.date.startswith("-") else None
    tags = []
    if value is None:
        value = next((d.published for d in ev.docs if d.published), None) or ""
        tags.append("date: publication date")
        return value[:10], 3, tags
    padded = (value[:10] + "-01-01"[len(value[:10]) - 4 :]) if len(value) < 10 else value[:10]
    return padded, _TIME_PRECISION.get(e.date_precision or "day", 3), tags


def row(ev: RealEvent, n: int, mapping: dict[str, Any], timestamp: int) -> dict[str, Any]:
    """One ACLED row."""
    e = ev.event
    fields = mapped_fields(mapping, e)
    event_date, precision, tags = _date(ev)
    actors, targets = list(e.actors), list(e.targets)
    inter1 = inter_code(actors[0] if actors else None, mapping)
    inter2 = inter_code(targets[0] if targets else None, mapping)
    codes = sorted(c for c in (inter1, inter2) if c)
    interaction = (f"{codes[0]}{codes[1]}" if len(codes) == 2 else f"{codes[0]}0") if codes else ""
    place = locate(e.location)
    if e.certainty != "asserted":
        tags.append(f"certainty: {e.certainty}")
    for c in ev.conflicts:
        if c.field == "claim":
            tags.append(f"contradicting claims: {c.reason}")
        else:
            tags.append(f"{c.field} {c.kind}: " + " vs ".join(f"{v:g}" for v in c.values))
    wire = any(d.wire for d in ev.docs)
    return {
        "event_id_cnty": f"{(place.country_code if place and place.country_code else 'XX')}TLK{n}",
        "event_date": event_date, "year": event_date[:4], "time_precision": precision,
        "disorder_type": fields.get("disorder_type", ""), "event_type": fields.get("event_type", ""),
        "sub_event_type": fields.get("sub_event_type", ""),
        "actor1": actors[0] if actors else "", "assoc_actor_1": "; ".join(actors[1:]), "inter1": inter1 or "",
        "actor2": targets[0] if targets else "", "assoc_actor_2": "; ".join(targets[1:]), "inter2": inter2 or "",
        "interaction": interaction,
        "civilian_targeting": ("Civilian targeting" if fields.get("event_type") in mapping["civilian_event_types"]
                               else ""),
        "iso": place.country_code if place and place.country_code else "", "region": "",
        "country": place.country if place and place.country else "",
        "admin1": place.admin1 if place and place.admin1 else "",
        "admin2": "", "admin3": "", "location": e.location or "",
        "latitude": f"{place.lat:.4f}" if place and place.lat is not None else "",
        "longitude": f"{place.lon:.4f}" if place and place.lon is not None else "",
        "geo_precision": place.precision if place and place.precision else "",
        "source": "; ".join(ev.outlets), "source_scale": "International" if wire else "National",
        "notes": " ".join(e.evidence.split()), "fatalities": ev.killed or 0, "tags": "; ".join(tags),
        "timestamp": timestamp,
    }


def write(docs: list[DocResult], conflicts: list[Conflict], out: IO[str], timestamp: int | None = None) -> int:
    """Write the CSV; returns the number of event rows."""
    mapping = load_mapping("acled")
    events = real_world_events(docs, conflicts, frozenset(mapping["skip_certainty"]))
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    stamp = int(time.time()) if timestamp is None else timestamp
    for n, ev in enumerate(events, 1):
        writer.writerow(row(ev, n, mapping, stamp))
    return len(events)
