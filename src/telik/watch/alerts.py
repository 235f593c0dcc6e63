"""Evaluate alert rules on what is new; each alert has a key so it is never sent twice."""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from telik.model import Conflict, DocResult, Event
from telik.watch.rules import Rule


@dataclass
class Alert:
    key: str  # stable: the same thing gives the same key, across polls and restarts
    rule: str
    kind: str
    summary: str
    event: dict[str, Any] | None = None
    evidence: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The alert as JSON-ready data (what sinks send and the store keeps)."""
        return asdict(self)


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").split())


def place_info(location: str | None) -> tuple[str | None, str | None]:
    """(ISO country code, place key) of a location name, resolved by telik.geo ("Gereja Katedral Makassar" is
    in Makassar, Indonesia); the place key is the resolved place's name when it has one."""
    if not location:
        return None, None
    from telik.geo import resolve  # imported late: resolving reads the gazetteer data

    place = resolve(location)
    return place.iso2, _norm(place.resolved or location)


def _source(doc: DocResult) -> dict[str, Any]:
    return {"document": doc.id, "outlet": doc.outlet, "url": doc.url,
            "published": doc.published or doc.reference_date, "wire": list(doc.wire)}


def _event_matches(rule: Rule, ev: Event, doc: DocResult) -> bool:
    if rule.types and ev.type not in rule.types:
        return False
    if rule.certainty and ev.certainty not in rule.certainty:
        return False
    if rule.countries:
        country, _ = place_info(ev.location)
        if country not in rule.countries:
            return False
    if rule.actors:
        event_names = [*ev.actors, *ev.targets]
        norms = {_norm(n) for n in event_names}
        doc_ids = {m.canonical for m in doc.entities if m.canonical and _norm(m.text) in norms}
        if not (_identities(rule.actors) & (_identities(event_names) | doc_ids)):
            return False
    return True


def _identities(names: list[str] | tuple[str, ...]) -> set[str]:
    """Normalised names plus the gazetteer's canonical ids, so any alias of an actor matches."""
    out = {_norm(n) for n in names}
    from telik.nlp.entities.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    out |= {entry.canonical for entry in map(gaz.lookup, names) if entry is not None and entry.canonical}
    return out


def event_alerts(rules: list[Rule], docs: list[DocResult]) -> list[Alert]:
    """Alerts for matching events in newly ingested documents (one per real-world event and rule)."""
    out: list[Alert] = []
    for rule in (r for r in rules if r.when == "event"):
        for doc in docs:
            if doc.duplicate_of:
                continue
            for ev in doc.events:
                if not _event_matches(rule, ev, doc):
                    continue
                ident = ev.cluster or f"{doc.id}#{ev.start}"
                out.append(Alert(
                    key=f"event:{rule.name}:{ident}", rule=rule.name, kind="event",
                    summary=f"{ev.type} {ev.date or ''} {ev.location or ''}: {ev.evidence[:160]}".strip(),
                    event=asdict(ev), evidence=[ev.evidence], sources=[_source(doc)],
                ))
    return out


def _claim_alert(rule: Rule, c: Conflict) -> Alert:
    """A new contradiction between sources' claims; keyed by the claims involved."""
    ids = ",".join(f"{r.get('document')}@{r.get('start')}" for r in c.reports)
    return Alert(key=f"conflict:{rule.name}:{c.cluster}:claim:{ids}", rule=rule.name, kind=rule.when,
                 summary=f"contradicting claims about event {c.cluster}: {c.reason}",
                 evidence=[str(r.get("text", "")) for r in c.reports], sources=list(c.reports), detail=asdict(c))


def conflict_alerts(rules: list[Rule], conflicts: list[Conflict]) -> list[Alert]:
    """Alerts for conflicts between sources (`conflict`: figures and claims) and changed figures (`figure_change`)."""
    out: list[Alert] = []
    for rule in rules:
        if rule.when not in ("conflict", "figure_change"):
            continue
        for c in conflicts:
            if c.field == "claim":
                if rule.when == "conflict":
                    out.append(_claim_alert(rule, c))
                continue
            if rule.when == "conflict" and c.kind != "conflict":
                continue
            values = ",".join(f"{v:g}" for v in sorted(set(c.values)))
            out.append(Alert(
                key=f"{rule.when}:{rule.name}:{c.cluster}:{c.field}:{values}", rule=rule.name, kind=rule.when,
                summary=f"{c.field} for event {c.cluster}: {values} ({c.kind}; best {c.best}: {c.reason})",
                sources=list(c.reports), detail=asdict(c),
            ))
    return out


def spike_alerts(rules: list[Rule], docs: list[DocResult], today: date) -> list[Alert]:
    """Alerts when a place has many more events in the recent window than its usual weekly rate."""
    out: list[Alert] = []
    for rule in (r for r in rules if r.when == "spike"):
        recent: Counter[str] = Counter()
        before: Counter[str] = Counter()
        start = today - timedelta(days=rule.window_days)
        base_start = start - timedelta(weeks=rule.baseline_weeks)
        seen: set[str] = set()
        for doc in docs:
            for ev in doc.events:
                if rule.types and ev.type not in rule.types:
                    continue
                ident = ev.cluster or f"{doc.id}#{ev.start}"
                if ident in seen or not ev.date or len(ev.date) < 10:
                    continue
                seen.add(ident)
                try:
                    day = date.fromisoformat(ev.date[:10])
                except ValueError:
                    continue
                country, place = place_info(ev.location)
                if place is None or (rule.countries and country not in rule.countries):
                    continue
                if start < day <= today:
                    recent[place] += 1
                elif base_start < day <= start:
                    before[place] += 1
        for place, n in recent.items():
            usual = before[place] / rule.baseline_weeks * (rule.window_days / 7)
            if n >= rule.min_events and n >= rule.factor * max(usual, 1e-9):
                week = today.isocalendar()
                out.append(Alert(
                    key=f"spike:{rule.name}:{place}:{week[0]}-W{week[1]:02d}", rule=rule.name, kind="spike",
                    summary=f"{n} events in {place} in {rule.window_days} days (usual {usual:.1f})",
                    detail={"place": place, "recent": n, "usual": round(usual, 2)},
                ))
    return out
