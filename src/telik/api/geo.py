"""Coordinates for place names from the package's gazetteer, for the dashboard's offline map."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from telik.nlp.entities.gazetteer import get_gazetteer


@lru_cache(maxsize=4096)
def locate(name: str | None) -> tuple[float, float] | None:
    """(lat, lon) of a place given its canonical id or any alias; None when unknown."""
    if not name:
        return None
    gaz = get_gazetteer()
    entry = gaz.get(name) or gaz.lookup(name)
    return gaz.coordinates(entry.canonical) if entry else None


def with_coordinates(event: dict[str, Any]) -> dict[str, Any]:
    """The event dict with `lat`/`lon` of its location added (None when the place is unknown)."""
    where = locate(event.get("location"))
    return {**event, "lat": where[0] if where else None, "lon": where[1] if where else None}
