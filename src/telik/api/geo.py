"""Coordinates for place names, for the dashboard's offline map: those of `telik.geo` (a place's own or its
province's, never a country's capital standing in for a town it does not know)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from telik.geo import resolve
from telik.nlp.entities.gazetteer import get_gazetteer


@lru_cache(maxsize=4096)
def locate(name: str | None) -> tuple[float, float] | None:
    """(lat, lon) of a place given its canonical id or any alias; None when unknown or known only as a country."""
    if not name:
        return None
    entry = get_gazetteer().get(name)
    place = resolve(entry.name if entry is not None else name)
    return (place.lat, place.lon) if place.lat is not None and place.lon is not None else None


def with_coordinates(event: dict[str, Any]) -> dict[str, Any]:
    """The event dict with `lat`/`lon` of its location added (None when the place is unknown)."""
    where = locate(event.get("location"))
    return {**event, "lat": where[0] if where else None, "lon": where[1] if where else None}
