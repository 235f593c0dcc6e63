"""What the analyst exports share: type mappings from data files, places, one record per real-world event."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from telik.datafiles import load_yaml
from telik.errors import Errors, TelikError
from telik.geo import Place, resolve
from telik.model import Conflict, DocResult, Event


@cache
def load_mapping(name: str) -> dict[str, Any]:
    """A type-mapping file from telik/data/mappings, checked to have an `events` or `event_types` section."""
    path = f"mappings/{name}.yaml"
    data = load_yaml(path)
    if not ({"events", "event_types"} & data.keys()):
        raise TelikError(Errors.E013, path=path, reason="needs an `events` or `event_types` mapping")
    return data


def event_types() -> list[str]:
    """The event types Telik extracts, as the export mappings list them (each type needs a mapping)."""
    return list(load_mapping("acled")["events"])


def mapped_fields(mapping: dict[str, Any], event: Event) -> dict[str, Any]:
    """The target fields for one event: the type's `default`, overridden by its subtype's entry."""
    spec = mapping["events"].get(event.type) or {}
    out = dict(spec.get("default") or {})
    out.update((spec.get("subtypes") or {}).get(event.subtype or "", {}))
    return out


#: How precise an event's coordinates are, the key each format's mapping file gives its own code for:
#: `own` the town itself, `near_town` the town a district or facility lies in, `province` the province's
#: reference point, `none` no coordinates (the place is known only to lie in its country, or not at all).
PRECISIONS = ("own", "near_town", "province", "none")


def precision_key(place: Place | None) -> str:
    """Which of PRECISIONS the place's coordinates have."""
    if place is None or place.coords_level is None:
        return "none"
    if place.coords_level == "place":
        return "own" if place.level == "place" else "near_town"
    return "province"


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
    def figure_reason(self) -> str:
        """Why the figures are what they are: the conflict's reasoning, or that the latest report gave them."""
        reasons = [f"{c.field}: {c.reason}" for c in self.conflicts if c.field != "claim" and c.reason]
        if reasons:
            return "; ".join(reasons)
        return "one report" if len(self.reports) == 1 else f"latest of {len(self.reports)} reports"

    @property
    def date(self) -> tuple[str | None, str | None]:
        """The most precise event date any report gives, with its precision."""
        dated = [r.event for r in self.reports if r.event.date and not r.event.date.startswith("-")]
        if not dated:
            return None, None
        best = max(dated, key=lambda e: (len(e.date or ""), e is self.event))
        return best.date, best.date_precision

    @property
    def reported(self) -> str | None:
        """The earliest publication date of a report (YYYY-MM-DD), the latest the event can have happened."""
        dates = sorted(d.published[:10] for d in self.docs if d.published)
        return dates[0] if dates else None

    @property
    def place(self) -> Place:
        """Where the event happened; when no report names a place, the country the reports are about."""
        return resolve(self.event.location or "", context_country(self))

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


def _countries_in(doc: DocResult, start: int = 0, end: int | None = None) -> Counter[str]:
    found: Counter[str] = Counter()
    for m in doc.entities:
        if m.label in ("GPE", "LOC", "FAC") and m.start >= start and (end is None or m.end <= end):
            code = resolve(m.text).iso2
            if code:
                found[code] += 1
    return found


def context_country(ev: RealEvent) -> str | None:
    """The country the reports place the event in when its place name alone does not: the country most named
    in the events' own sentences, else in the articles."""
    near: Counter[str] = Counter()
    for r in ev.reports:
        near += _countries_in(r.doc, r.event.start, r.event.end)
    if not near:
        for doc in ev.docs:
            near += _countries_in(doc)
    return near.most_common(1)[0][0] if near else None


def words_match(text: str, words: list[str]) -> bool:
    """Whether any of the lower-case `words` occurs in `text` as a whole word or phrase."""
    padded = f" {' '.join(''.join(ch if ch.isalnum() or ch == '-' else ' ' for ch in text.casefold()).split())} "
    return any(f" {w} " in padded for w in words)


def distinct_parties(names: list[str]) -> list[str]:
    """The parties of a role, each once: a phrase that restates a name before it ("Turki", "Polisi Turki"; "ISIS",
    "lima anggota ISIS") is the same party, so ACLED's associated actors leave it out."""
    kept: list[str] = []
    for name in names:
        if not any(words_match(name, [k.casefold()]) for k in kept):
            kept.append(name)
    return kept
