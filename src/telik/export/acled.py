"""ACLED-style CSV: one row per real-world event, with the ACLED Codebook's column set and codes.

An event no report dates (no event date, no publication date) cannot be an ACLED row and is left out.
"""
from __future__ import annotations

import csv
import hashlib
import time
from typing import IO, Any

from telik.export.common import (
    RealEvent,
    distinct_parties,
    load_mapping,
    mapped_fields,
    precision_key,
    real_world_events,
    words_match,
)
from telik.model import Conflict, DocResult

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]


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


def event_number(key: str) -> int:
    """A stable number for a real-world event, from its cluster key (the same event keeps its id across exports)."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:12], 16) % 10**9


def event_date(ev: RealEvent, mapping: dict[str, Any]) -> tuple[str, int, list[str]] | None:
    """ISO event date, ACLED time_precision and tags; the first report's publication date stands in when no
    report dates the event; None when there is no date at all."""
    value, precision = ev.date
    if value is None:
        reported = ev.reported
        if reported is None:
            return None
        return reported, int(mapping["time_precision"]["reported"]), ["date: publication date"]
    day = value[:10]
    padded = day + "-01-01"[len(day) - 4 :] if len(day) < 10 else day
    return padded, int(mapping["time_precision"].get(precision or "day", 3)), []


def row(ev: RealEvent, mapping: dict[str, Any], timestamp: int) -> dict[str, Any] | None:
    """One ACLED row (None when the event has no date)."""
    dated = event_date(ev, mapping)
    if dated is None:
        return None
    day, precision, tags = dated
    e = ev.event
    fields = mapped_fields(mapping, e)
    actors, targets = distinct_parties(e.actors), distinct_parties(e.targets)
    inter1 = inter_code(actors[0] if actors else None, mapping)
    inter2 = inter_code(targets[0] if targets else None, mapping)
    codes = sorted(c for c in (inter1, inter2) if c)
    interaction = (f"{codes[0]}{codes[1]}" if len(codes) == 2 else f"{codes[0]}0") if codes else ""
    place = ev.place
    where = place.country
    if place.resolved and place.resolved != place.name:
        tags.append(f"place as reported: {place.name}")
    if place.country_from_context:
        tags.append("country: from the article")
    if e.certainty != "asserted":
        tags.append(f"certainty: {e.certainty}")
    for c in ev.conflicts:
        if c.field == "claim":
            tags.append(f"contradicting claims: {c.reason}")
        else:
            tags.append(f"{c.field} {c.kind}: " + " vs ".join(f"{v:g}" for v in c.values))
    tags.append(f"figures: {ev.figure_reason}")
    tags.append("reports: " + ", ".join(r.doc.id for r in ev.reports))
    location = (place.resolved or place.name or where.name) if where else ""
    if place.name and where is None:
        tags.append(f"place not located: {place.name}")
    has_coords = where is not None and place.lat is not None and place.lon is not None
    return {
        "event_id_cnty": f"{where.iso3 if where else 'XXX'}{event_number(ev.key)}",
        "event_date": day, "year": int(day[:4]), "time_precision": precision,
        "disorder_type": fields.get("disorder_type", ""), "event_type": fields.get("event_type", ""),
        "sub_event_type": fields.get("sub_event_type", ""),
        "actor1": actors[0] if actors else "", "assoc_actor_1": "; ".join(actors[1:]), "inter1": inter1,
        "actor2": targets[0] if targets else "", "assoc_actor_2": "; ".join(targets[1:]), "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": ("Civilian targeting" if fields.get("event_type") in mapping["civilian_event_types"]
                               else ""),
        "iso": where.isonum if where else "", "region": where.acled_region if where else "",
        "country": where.name if where else "",
        "admin1": (place.admin1 or "") if where else "", "admin2": (place.admin2 or "") if where else "",
        "admin3": (place.admin3 or "") if where else "", "location": location,
        "latitude": f"{place.lat:.4f}" if has_coords and place.lat is not None else "",
        "longitude": f"{place.lon:.4f}" if has_coords and place.lon is not None else "",
        "geo_precision": mapping["geo_precision"][precision_key(place)] if where else "",
        "source": "; ".join(ev.outlets),
        "source_scale": "International" if any(d.wire for d in ev.docs) else "National",
        "notes": " ".join(e.evidence.split()), "fatalities": ev.killed or 0, "tags": "; ".join(tags),
        "timestamp": timestamp,
    }


def write(docs: list[DocResult], conflicts: list[Conflict], out: IO[str], timestamp: int | None = None) -> int:
    """Write the CSV; returns the number of event rows."""
    mapping = load_mapping("acled")
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    stamp = int(time.time()) if timestamp is None else timestamp
    n = 0
    for ev in real_world_events(docs, conflicts, frozenset(mapping["skip_certainty"])):
        line = row(ev, mapping, stamp)
        if line is not None:
            writer.writerow(line)
            n += 1
    return n
