"""Give yearless dates a year from the same event reported elsewhere, then re-read the document's dates."""
from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date

from telik.corpus.datespan import PartialDate, parse_partial, precision_of
from telik.model import DateMention, DocResult

log = logging.getLogger(__name__)

DateFinder = Callable[[str, date | None], list[DateMention]]


def _default_finder() -> DateFinder | None:
    try:
        from telik.nlp.dates import find_dates  # the date library; optional until it exists

        return find_dates  # type: ignore[no-any-return]
    except ImportError:
        return None


def _unresolved(value: str | None) -> bool:
    return value is None or value.startswith("--")


def _with_year(value: str, ref: date) -> str:
    """A yearless "--MM-DD" in the most recent year that does not put it after `ref`."""
    p = parse_partial(value)
    year = ref.year
    if p.month and (p.month, p.day or 1) > (ref.month, ref.day):
        year -= 1
    return PartialDate(year, p.month, p.day).iso() or value


def anchors(docs: list[DocResult], cluster_dates: dict[str, PartialDate]) -> dict[int, date]:
    """Per document with yearless event dates, the latest full date its events share with other reports."""
    out: dict[int, date] = {}
    for di, doc in enumerate(docs):
        for ev in doc.events:
            if not (ev.date and ev.date.startswith("--") and ev.cluster):
                continue
            full = cluster_dates.get(ev.cluster)
            mine = parse_partial(ev.date)
            if not full or full.year is None or not full.compatible(mine):
                continue
            merged = full.merge(mine)
            if merged.month and merged.day:
                d = date(merged.year, merged.month, merged.day)  # type: ignore[arg-type]
                out[di] = max(out.get(di, d), d)
    return out


def reresolve(doc: DocResult, ref: date, finder: DateFinder | None) -> bool:
    """Re-read the document's dates against `ref`; update unresolved mentions and the events using them."""
    fresh: dict[tuple[int, int], DateMention] = {}
    if finder is not None:
        try:
            fresh = {(m.start, m.end): m for m in finder(doc.text, ref)}
        except Exception:  # a broken date library must not lose the corpus stage
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
    for ev in doc.events:
        if not _unresolved(ev.date):
            continue
        m = by_span.get((ev.date_start, ev.date_end)) if ev.date_start is not None else None
        value = m.value if m is not None and not _unresolved(m.value) else None
        if value is None and ev.date:
            value = _with_year(ev.date, ref)
        if value and value != ev.date:
            ev.date = value
            ev.date_precision = (m.precision if m is not None else None) or precision_of(parse_partial(value))
            changed = True
    doc.dates = sorted(new_dates, key=lambda m: (m.start, m.end))
    if doc.reference_date is None:
        doc.reference_date = ref.isoformat()
    return changed


def anchor_dates(docs: list[DocResult], cluster_dates: dict[str, PartialDate], finder: DateFinder | None = None) -> bool:
    """Anchor every document whose yearless dates meet a dated report of the same event; True when dates changed."""
    found = anchors(docs, cluster_dates)
    if not found:
        return False
    finder = finder or _default_finder()
    changed = False
    for di, ref in found.items():
        changed |= reresolve(docs[di], ref, finder)
    return changed
