"""Merge restatements of one event in an article (headline, lead, quote, recap) into one Event with mentions."""
from __future__ import annotations

import re
from collections.abc import Callable

from telik.model import Event

_ARGS = ("date", "location", "killed", "injured", "weapon", "subtype")


def _norm(s: str) -> str:
    return s.casefold().strip()


def _dates_fit(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def _place_fits(a: str | None, b: str | None, lookup: Callable[[str], object | None]) -> bool:
    """Same place, or one inside the other by the gazetteer; unknown relations count as different."""
    if not a or not b or _norm(a) == _norm(b):
        return True
    ea, eb = lookup(a), lookup(b)
    if ea is None or eb is None:
        return _norm(a) in _norm(b) or _norm(b) in _norm(a)
    ca, cb = getattr(ea, "canonical", None), getattr(eb, "canonical", None)
    if ca == cb:
        return True
    return _inside(ea, eb, lookup) or _inside(eb, ea, lookup)


def _inside(inner: object, outer: object, lookup: Callable[[str], object | None]) -> bool:
    """Is `inner` within `outer` (parent chain, `near`, or country code)?"""
    outer_id = getattr(outer, "canonical", None)
    outer_iso = getattr(outer, "country", None)
    if getattr(inner, "parent", None) == outer_id or getattr(inner, "near", None) == outer_id:
        return True
    inner_iso = getattr(inner, "country", None)
    return bool(inner_iso and outer_iso and inner_iso == outer_iso and not getattr(outer, "parent", None)
                and getattr(inner, "canonical", None) != outer_id and _looks_country(outer))


def _looks_country(entry: object) -> bool:
    from telik.nlp.event_args import _is_country

    return _is_country(entry)


def _names_fit(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return True
    na, nb = {_norm(x) for x in a}, {_norm(x) for x in b}
    return bool(na & nb) or any(x in y or y in x for x in na for y in nb if len(x) > 2 and len(y) > 2)


def _counts_fit(a: str | None, b: str | None) -> bool:
    """Two strength estimates agree when they share a number ("500" and "400-500")."""
    na = set(re.findall(r"\d[\d.,]*", a or ""))
    nb = set(re.findall(r"\d[\d.,]*", b or ""))
    return not na or not nb or bool(na & nb)


def compatible(a: Event, b: Event, lookup: Callable[[str], object | None]) -> bool:
    """Could `b` restate `a`: same type and no argument that contradicts."""
    if a.type != b.type:
        return False
    if not _dates_fit(a.date, b.date):
        return False
    if a.date and b.date and a.date != b.date:
        # different precision ("bulan Maret" / "7 Maret"): the same event only when the place agrees too
        same_place = bool(a.location and b.location)
        same_toll = a.killed is not None and a.killed == b.killed
        if a.date_precision == b.date_precision or not (same_place or same_toll):
            return False
    if not _place_fits(a.location, b.location, lookup):
        return False
    if not (_names_fit(a.actors, b.actors) and _names_fit(a.targets, b.targets)):
        return False
    if a.type == "ESTIMATE" and not _counts_fit(a.trigger, b.trigger):
        return False
    for num in ("killed", "injured"):
        if getattr(a, num) is not None and getattr(b, num) is not None and a.date and b.date and a.date != b.date:
            return False
    return True


def _richness(ev: Event) -> int:
    return sum(1 for k in ("date", "location", "killed", "injured") if getattr(ev, k) is not None) + bool(ev.actors) + bool(ev.targets)


def absorb(into: Event, other: Event) -> None:
    """Fill `into`'s missing arguments from `other`; keep the richest sentence as the main evidence."""
    if _richness(other) > into.__dict__.get("_best", _richness(into)):
        into.evidence, into.start, into.end, into.trigger = other.evidence, other.start, other.end, other.trigger
        into.__dict__["_best"] = _richness(other)
    for k in _ARGS:
        if getattr(into, k) is None and getattr(other, k) is not None:
            setattr(into, k, getattr(other, k))
            if k == "date":
                into.date_precision, into.date_start, into.date_end = other.date_precision, other.date_start, other.date_end
            if k in ("killed", "injured"):
                setattr(into, f"{k}_qualifier", getattr(other, f"{k}_qualifier"))
    for role in ("actors", "targets"):
        for name in getattr(other, role):
            if _norm(name) not in {_norm(x) for x in getattr(into, role)}:
                getattr(into, role).append(name)
    for m in other.mentions:
        if all(m.start != x.start for x in into.mentions):
            into.mentions.append(m)
    if into.certainty != "asserted" and other.certainty == "asserted":
        into.certainty = "asserted"


def merge_mentions(mentions: list[Event], lookup: Callable[[str], object | None]) -> list[Event]:
    """One Event per real-world event: each mention joins the most recent compatible event of its type."""
    events: list[Event] = []
    for m in mentions:
        target = next((ev for ev in reversed(events) if compatible(ev, m, lookup)), None)
        if target is None:
            events.append(m)
        else:
            absorb(target, m)
    for ev in events:
        ev.__dict__.pop("_best", None)
        ev.mentions.sort(key=lambda x: x.start)
    return events
