"""Give yearless dates a year from the same event reported elsewhere, then re-read the document's dates.

An article without a publication date is taken to be written at the earliest date that fits what it
reports: not before the latest event it dates, and late enough that a relative phrase ("bulan lalu")
in a sentence naming the place of an anchored event covers that event's day. Its relative phrases are
then resolved against that date.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from telik.corpus.datespan import PartialDate, parse_partial, precision_of
from telik.corpus.relations import (
    NESTED,
    SAME,
    Node,
    is_country,
    place_relation,
    resolve,
)
from telik.model import DateMention, DocResult

log = logging.getLogger(__name__)

DateFinder = Callable[[str, date | None], list[DateMention]]


def _default_finder() -> DateFinder:
    """The date library, imported only when a document needs anchoring (it reads the time and number data)."""
    from telik.nlp.time.find import find_dates

    return find_dates


def _unresolved(value: str | None) -> bool:
    return value is None or value.startswith("--")


def _with_year(value: str, ref: date) -> str:
    """A yearless "--MM-DD" in the most recent year that does not put it after `ref`."""
    p = parse_partial(value)
    year = ref.year
    if p.month and (p.month, p.day or 1) > (ref.month, ref.day):
        year -= 1
    return PartialDate(year, p.month, p.day).iso() or value


#: Entity labels naming a place in a sentence.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Days after an event tried one by one as the writing date, before the starts of the following months.
_DAYS_AFTER = 7
_MONTHS_AFTER = 13
_SENTENCE_END = re.compile(r"[.!?\n]")


def anchors(docs: list[DocResult], cluster_dates: dict[str, PartialDate]) -> dict[int, dict[str, date]]:
    """Per document with yearless event days, the full day of each event it shares with other reports."""
    out: dict[int, dict[str, date]] = defaultdict(dict)
    for di, doc in enumerate(docs):
        for ev in doc.events:
            if not (ev.date and ev.date.startswith("--") and ev.cluster):
                continue
            full = cluster_dates.get(ev.cluster)
            mine = parse_partial(ev.date)
            if not full or full.year is None or not mine.day or not full.compatible(mine):
                continue  # a month alone ("pertengahan Agustus") is too loose a tie to date the whole article
            merged = full.merge(mine)
            if merged.year is not None and merged.month and merged.day:
                out[di][ev.cluster] = date(merged.year, merged.month, merged.day)
    return dict(out)


def _covers(m: DateMention, day: date) -> bool:
    if m.range_start and m.range_end:
        return m.range_start <= day.isoformat() <= m.range_end
    return bool(m.value) and day.isoformat().startswith(m.value or "")


def _writing_dates(day: date) -> Iterator[date]:
    """Dates an article reporting `day` may have been written, earliest first (the next days, then month starts)."""
    found = {day + timedelta(days=k) for k in range(_DAYS_AFTER + 1)}
    y, m = day.year, day.month
    for _ in range(_MONTHS_AFTER):
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        found.add(date(y, m, 1))
    yield from sorted(found)


def earliest_writing_date(phrase: str, day: date, finder: DateFinder) -> date | None:
    """The earliest writing date from which the relative `phrase` ("bulan lalu") covers `day`; None if none does."""
    for ref in _writing_dates(day):
        try:
            got = finder(phrase, ref)
        except Exception:  # a broken date library must not lose the corpus stage
            log.exception("reading %r against %s failed", phrase, ref)
            return None
        if got and _covers(got[0], day):
            return ref
    return None


def _cluster_places(docs: list[DocResult], clusters: set[str]) -> dict[str, list[Node]]:
    """The places below country level that reports give for each of `clusters`."""
    out: dict[str, list[Node]] = defaultdict(list)
    for doc in docs:
        for ev in doc.events:
            if ev.cluster in clusters and ev.location:
                node = resolve(ev.location)
                if node.known and not is_country(node):
                    out[ev.cluster].append(node)
    return out


def _sentence_places(doc: DocResult, pos: int) -> list[Node]:
    """Places below country level named in the sentence around `pos`."""
    left = max((m.end() for m in _SENTENCE_END.finditer(doc.text, max(0, pos - 600), pos)), default=0)
    after = _SENTENCE_END.search(doc.text, pos)
    right = after.start() if after else len(doc.text)
    nodes = [resolve(e.text, e.canonical or None) for e in doc.entities
             if e.label in PLACE_LABELS and left <= e.start and e.end <= right]
    return [n for n in nodes if n.known and not is_country(n)]


def writing_date(doc: DocResult, days: dict[str, date], places: dict[str, list[Node]],
                 finder: DateFinder) -> date:
    """The earliest date the undated `doc` can have been written, given the anchored events it reports."""
    ref = max(days.values())
    for m in doc.dates:
        if m.value is not None:  # only relative phrases need a writing date
            continue
        here = _sentence_places(doc, m.start)
        for cluster, day in days.items():
            if any(place_relation(h, p) in (SAME, NESTED) for h in here for p in places.get(cluster, [])):
                got = earliest_writing_date(m.text, day, finder)
                ref = max(ref, got) if got else ref
    return ref


def reresolve(doc: DocResult, ref: date, finder: DateFinder) -> bool:
    """Re-read the document's dates against `ref`; update unresolved mentions and the events using them."""
    fresh: dict[tuple[int, int], DateMention] = {}
    try:
        fresh = {(m.start, m.end): m for m in finder(doc.text, ref)}
    except Exception:  # one document's dates failing must not lose the corpus stage for the rest
        log.exception("re-resolving dates of %s failed", doc.id)
    changed = False
    new_dates: list[DateMention] = []
    for m in doc.dates:
        if _unresolved(m.value):
            got = fresh.get((m.start, m.end))
            if got is not None and not _unresolved(got.value):
                m = got
            elif m.value is not None:
                m = dataclasses.replace(m, value=_with_year(m.value, ref))
        new_dates.append(m)
    known = {(m.start, m.end) for m in new_dates}
    new_dates.extend(m for k, m in sorted(fresh.items()) if k not in known and not _unresolved(m.value))
    by_span = {(m.start, m.end): m for m in new_dates}
    unread = {(d.start, d.end) for d in doc.dates if d.value is None}
    newly = [m for m in new_dates if (m.start, m.end) in unread and not _unresolved(m.value)]
    for ev in doc.events:
        if not _unresolved(ev.date):
            continue
        if ev.date is None and ev.date_start is None:
            inside = [m for m in newly if ev.start <= m.start and m.end <= ev.end]
            if len(inside) == 1:  # the one date of its sentence, readable now that the writing date is known
                ev.date_start, ev.date_end = inside[0].start, inside[0].end
        span = (ev.date_start, ev.date_end) if ev.date_start is not None and ev.date_end is not None else None
        own = by_span.get(span) if span is not None else None
        value = own.value if own is not None and not _unresolved(own.value) else None
        if value is None and ev.date:
            value = _with_year(ev.date, ref)
        if value and value != ev.date:
            ev.date = value
            ev.date_precision = (own.precision if own is not None else None) or precision_of(parse_partial(value))
            changed = True
    doc.dates = sorted(new_dates, key=lambda m: (m.start, m.end))
    if doc.reference_date is None:
        doc.reference_date = ref.isoformat()
    return changed


def anchor_dates(docs: list[DocResult], cluster_dates: dict[str, PartialDate],
                 finder: DateFinder | None = None) -> bool:
    """Anchor every document whose yearless dates meet a dated report of the same event; True when dates changed."""
    return bool(anchored(docs, cluster_dates, finder))


def anchored(docs: list[DocResult], cluster_dates: dict[str, PartialDate],
             finder: DateFinder | None = None) -> set[int]:
    """`anchor_dates`, giving the documents it re-read (none when no date changed): the others are as they were,
    so what clustering worked out of them holds."""
    found = anchors(docs, cluster_dates)
    if not found:
        return set()
    finder = finder or _default_finder()
    places = _cluster_places(docs, {c for days in found.values() for c in days})
    changed = False
    for di, days in found.items():
        changed |= reresolve(docs[di], writing_date(docs[di], days, places, finder), finder)
    return set(found) if changed else set()
