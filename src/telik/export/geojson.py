"""GeoJSON: one Feature per real-world event; an event without coordinates keeps its row with a null
geometry (RFC 7946, section 3.2), so that counts match the other exports."""
from __future__ import annotations

import json
from typing import IO, Any

from telik.export.common import precision_key, real_world_events
from telik.model import Conflict, DocResult


def collection(docs: list[DocResult], conflicts: list[Conflict]) -> dict[str, Any]:
    """A FeatureCollection (RFC 7946: [longitude, latitude] order)."""
    features = []
    for ev in real_world_events(docs, conflicts):
        place = ev.place
        located = place.country is not None
        point = located and place.lat is not None and place.lon is not None
        e = ev.event
        date, precision = ev.date
        features.append({
            "type": "Feature",
            "id": ev.key,
            "geometry": {"type": "Point", "coordinates": [round(place.lon or 0, 5), round(place.lat or 0, 5)]}
            if point else None,
            "properties": {
                "type": e.type, "subtype": e.subtype, "date": date, "date_precision": precision,
                "location": e.location, "place": place.resolved if located else None,
                "country": place.iso2 if located else None,
                "country_name": place.country.name if place.country else None,
                "admin1": place.admin1 if located else None,
                "admin2": place.admin2 if located else None,
                "admin3": place.admin3 if located else None,
                "precision": precision_key(place) if located else None,
                "certainty": e.certainty, "actors": list(e.actors), "targets": list(e.targets),
                "killed": ev.killed, "injured": ev.injured, "figures": ev.figure_reason, "evidence": e.evidence,
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
