"""GeoJSON: real-world events as Point features (events whose place has no known coordinates are left out)."""
from __future__ import annotations

import json
from typing import IO, Any

from telik.export.common import locate, real_world_events
from telik.model import Conflict, DocResult


def collection(docs: list[DocResult], conflicts: list[Conflict]) -> dict[str, Any]:
    """A FeatureCollection (RFC 7946: [longitude, latitude] order)."""
    features = []
    for ev in real_world_events(docs, conflicts):
        place = locate(ev.event.location)
        if place is None or place.lat is None or place.lon is None:
            continue
        e = ev.event
        features.append({
            "type": "Feature",
            "id": ev.key,
            "geometry": {"type": "Point", "coordinates": [round(place.lon, 5), round(place.lat, 5)]},
            "properties": {
                "type": e.type, "subtype": e.subtype, "date": e.date, "location": e.location,
                "country": place.country_code, "certainty": e.certainty, "actors": list(e.actors),
                "targets": list(e.targets), "killed": ev.killed, "injured": ev.injured, "evidence": e.evidence,
                "sources": [{"document": r.doc.id, "outlet": r.doc.outlet, "published": r.doc.published}
                            for r in ev.reports],
            },
        })
    return {"type": "FeatureCollection", "features": features}


def write(docs: list[DocResult], conflicts: list[Conflict], out: IO[str]) -> int:
    """Write the GeoJSON; returns the number of features."""
    data = collection(docs, conflicts)
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(data["features"])
