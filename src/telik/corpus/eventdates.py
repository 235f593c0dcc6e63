"""Date (and place) the events their own article leaves undated (or unplaced): from the same event told by another
report, else, for a date, from the report itself.

An analyst's timeline, map and exports need a date on every event that happened. The text-dated events are the
evidence; an undated one takes, in order of trust, the date of its cross-report cluster (another outlet said when)
or its article's date (news reports what just happened). `Event.date_basis` says which, so a reader can tell a
stated date from an inferred one, and the next corpus stage recomputes the inferred ones from scratch.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from pydantic import Field

from telik.corpus.datespan import PartialDate, parse_partial, precision_of
from telik.datafiles import DataFile, load_model
from telik.model import DocResult, Event
from telik.wordmatch import alternation

#: Dates the corpus stage infers; cleared and inferred again each time it runs.
INFERRED = frozenset({"cluster", "report"})
#: Events that did not (or not yet) happen have no date to infer.
_UNREAL = frozenset({"planned", "possible", "negated"})


def clear_inferred(docs: list[DocResult]) -> None:
    """Forget dates and places the previous corpus stage inferred: clusters may have changed since."""
    for doc in docs:
        for ev in doc.events:
            if ev.date_basis in INFERRED:
                _set(ev, None, None)
            if ev.location_basis == "cluster":
                ev.location = ev.location_basis = None


def fill_places(docs: list[DocResult]) -> None:
    """Give each unplaced event of a cluster the place its other reports name most often (their own words only)."""
    named: dict[str, Counter[str]] = {}
    reports: dict[str, set[str]] = {}
    for doc in docs:
        for ev in doc.events:
            if ev.cluster:
                reports.setdefault(ev.cluster, set()).add(doc.id)
                if ev.location and ev.location_basis is None:
                    named.setdefault(ev.cluster, Counter())[ev.location] += 1
    for doc in docs:
        for ev in doc.events:
            places = named.get(ev.cluster or "")
            if ev.location is None and places and len(reports[ev.cluster or ""]) > 1:
                ev.location, ev.location_basis = places.most_common(1)[0][0], "cluster"


def fill_dates(docs: list[DocResult], cluster_dates: dict[str, PartialDate],
               leads: Sequence[int] | None = None) -> None:
    """Give each undated event that happened the date of its cluster (when another report dates it), else, when
    it is the report's news (see `_now`; not the background), the article's reference date.

    `leads`: each document's `lead_end`, when known (documents held without their text); it is read only of the
    documents reporting events (a stored document read for context only is held without its text).
    """
    reports = Counter(ev.cluster for doc in docs for ev in doc.events if ev.cluster)
    for i, doc in enumerate(docs):
        if not doc.events:
            continue
        told = parse_partial(doc.reference_date or doc.published)
        lead = leads[i] if leads is not None else lead_end(doc)
        for ev in doc.events:
            if ev.date is not None or ev.certainty in _UNREAL:
                continue
            known = cluster_dates.get(ev.cluster) if ev.cluster else None
            if known is not None and not known.empty and reports[ev.cluster or ""] > 1:
                _set(ev, known, "cluster")
            elif told.year is not None and told.month and told.day and _now(ev, lead):
                _set(ev, told, "report")


def _set(ev: Event, when: PartialDate | None, basis: str | None) -> None:
    ev.date = when.iso() if when is not None else None
    ev.date_precision = precision_of(when) if when is not None else None
    ev.date_basis = basis
    ev.date_start = ev.date_end = None


class ReportTime(DataFile):
    """data/events/report_time.yaml: when an undated event happened at the time of its report."""

    lead_sentences: int = Field(ge=0)
    present: list[str]


@lru_cache(maxsize=1)
def report_time() -> tuple[ReportTime, re.Pattern[str]]:
    """The file, and its present-time words as one pattern."""
    data = load_model("events/report_time.yaml", ReportTime)
    return data, re.compile(rf"(?<![\w-])(?:{alternation(data.present)})(?![\w-])", re.I)


_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]?(?=\s)")


def lead_end(doc: DocResult) -> int:
    """Offset in `doc.text` where the lead ends: after the headline, the end of its first lead sentences."""
    at = doc.text.find(doc.title) + len(doc.title) if doc.title and doc.title in doc.text else 0
    for _ in range(report_time()[0].lead_sentences):
        found = _SENTENCE_END.search(doc.text, at)
        if found is None:
            return len(doc.text)
        at = found.end()
    return at


def _now(ev: Event, lead: int) -> bool:
    """Is the event the report's news: told in the headline or lead, or in the present tense?"""
    present = report_time()[1]
    return ev.start < lead or any(m.start < lead or present.search(m.text) for m in ev.mentions)
