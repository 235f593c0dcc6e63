"""What the analyst exports share: type mappings from data files, places, one record per real-world event."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from telik.datafiles import load_yaml
from telik.errors import Errors, TelikError
from telik.model import Conflict, DocResult, Event


@cache
def load_mapping(name: str) -> dict[str, Any]:
    """A type-mapping file from telik/data/mappings, checked to have an `events` or `event_types` section."""
    path = f"mappings/{name}.yaml"
    data = load_yaml(path)
    if not ({"events", "event_types"} & data.keys()):
        raise TelikError(Errors.E013, path=path, reason="needs an `events` or `event_types` mapping")
    return data


def mapped_fields(mapping: dict[str, Any], event: Event) -> dict[str, Any]:
    """The target fields for one event: the type's `default`, overridden by its subtype's entry."""
    spec = mapping["events"].get(event.type) or {}
    out = dict(spec.get("default") or {})
    out.update((spec.get("subtypes") or {}).get(event.subtype or "", {}))
    return out


@dataclass(frozen=True)
class Place:
    """Where an event happened, as far as the gazetteer knows."""

    name: str
    country_code: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None  # 1 the place itself, 2 its province/region, 3 only the country


@lru_cache(maxsize=4096)
def locate(name: str | None) -> Place | None:
    """Country, province and coordinates of a place name from the gazetteer (None when unnamed)."""
    if not name:
        return None
    from telik.nlp.entities.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    entry = gaz.lookup(name)
    if entry is None:
        return Place(name=name)
    country_entry = next((e for e in gaz.entries.values() if e.kind == "countries" and e.country == entry.country),
                         None)
    parent = gaz.get(entry.parent) if entry.parent else None
    admin1 = parent.name if parent is not None and parent.kind == "provinces_id" else (
        entry.name if entry.kind == "provinces_id" else None)
    coords = gaz.coordinates(entry.canonical)
    exact = entry.lat is not None and entry.lon is not None
    precision = 3 if entry.kind == "countries" else (1 if exact and entry.kind == "cities" else 2)
    return Place(
        name=entry.name, country_code=entry.country, country=country_entry.name if country_entry else entry.country,
        admin1=admin1, lat=coords[0] if coords else None, lon=coords[1] if coords else None,
        precision=precision if coords else None,
    )


@dataclass
class Report:
    """One document's mention of a real-world event."""

    doc: DocResult
    event: Event


@dataclass
class RealEvent:
    """One real-world event: all its mentions, and the values an analyst should see for it."""

    key: str
    reports: list[Report]
    event: Event  # the most informative mention (its fields are the record's base)
    killed: int | None
    injured: int | None
    conflicts: list[Conflict]

    @property
    def outlets(self) -> list[str]:
        """The outlets (or document ids) reporting the event, each once, in report order."""
        return list(dict.fromkeys(r.doc.outlet or r.doc.id for r in self.reports))

    @property
    def docs(self) -> list[DocResult]:
        """The documents reporting the event, each once."""
        return list({id(r.doc): r.doc for r in self.reports}.values())


def _richness(r: Report) -> tuple[int, int, str]:
    ev = r.event
    filled = sum(x not in (None, [], "") for x in (ev.date, ev.location, ev.actors, ev.targets, ev.killed, ev.subtype))
    return filled, len(ev.date or ""), r.doc.published or ""


def _latest_value(reports: list[Report], field: str) -> int | None:
    with_value = [r for r in reports if getattr(r.event, field) is not None]
    if not with_value:
        return None
    value: int | None = getattr(max(with_value, key=lambda r: r.doc.published or "").event, field)
    return value


def real_world_events(docs: list[DocResult], conflicts: list[Conflict],
                      skip_certainty: frozenset[str] = frozenset()) -> list[RealEvent]:
    """Group event mentions by cluster (an unclustered mention is its own event), counting each once.

    Figures come from the conflict's best value when sources disagree, else from the latest report.
    """
    groups: dict[str, list[Report]] = {}
    for doc in docs:
        for idx, ev in enumerate(doc.events):
            groups.setdefault(ev.cluster or f"{doc.id}#{idx}", []).append(Report(doc, ev))
    by_cluster: dict[str, list[Conflict]] = {}
    for c in conflicts:
        by_cluster.setdefault(c.cluster, []).append(c)
    out = []
    for key, reports in groups.items():
        certainty = Counter(r.event.certainty for r in reports).most_common(1)[0][0]
        if certainty in skip_certainty:
            continue
        best = max(reports, key=_richness)
        figures = {}
        for field in ("killed", "injured"):
            chosen = next((c.best for c in by_cluster.get(key, []) if c.field == field and c.best is not None), None)
            figures[field] = int(chosen) if chosen is not None else _latest_value(reports, field)
        out.append(RealEvent(key, reports, best.event, figures["killed"], figures["injured"], by_cluster.get(key, [])))
    return sorted(out, key=lambda e: (e.event.date or "", e.key))


def words_match(text: str, words: list[str]) -> bool:
    """Whether any of the lower-case `words` occurs in `text` as a whole word or phrase."""
    padded = f" {' '.join(''.join(ch if ch.isalnum() or ch == '-' else ' ' for ch in text.casefold()).split())} "
    return any(f" {w} " in padded for w in words)
