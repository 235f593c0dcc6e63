"""The history of each figure (killed, injured, arrested) reported for an event, and where reports disagree."""
from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from typing import Any

from telik.corpus.credibility import source_key
from telik.model import Conflict, DocResult, Event, Figure

FIELDS = ("killed", "injured", "arrested")
#: Sources within this much of the most credible one count as equally credible when picking the best value.
CREDIBILITY_TIE = 0.1


def publication_date(doc: DocResult) -> str | None:
    """When the report was made: the published date, else the date the text is anchored to."""
    return doc.published or doc.reference_date


def arrested_figure(doc: DocResult, ev: Event) -> Figure | None:
    """People arrested: the first figure of kind `arrested` in an ARREST event's evidence ("menangkap tujuh terduga
    teroris"); the event has no field of its own for it."""
    if ev.type != "ARREST":
        return None
    return next((f for f in doc.figures if f.kind == "arrested" and ev.start <= f.start and f.end <= ev.end), None)


def _figure(doc: DocResult, ev: Event, field: str) -> tuple[int | None, str | None]:
    """One figure of an event and its qualifier ("sedikitnya": at_least), a count of people as the event's are."""
    if field == "arrested":
        fig = arrested_figure(doc, ev)
        return (int(fig.value), fig.qualifier) if fig is not None else (None, None)
    return getattr(ev, field), getattr(ev, f"{field}_qualifier")


def figure_history(docs: list[DocResult],
                   groups: list[int] | None = None) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(cluster, field) → one report per independent source and value, in publication order.

    Copies of one story (a near-duplicate group) report a figure once. `start`/`end` are the evidence's offsets into
    the document's original text.
    """
    groups = groups or list(range(len(docs)))
    history: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    seen: set[tuple[str, str, int, float]] = set()
    for i, doc in enumerate(docs):
        for ev in doc.events:
            if not ev.cluster:
                continue
            for field in FIELDS:
                value, qualifier = _figure(doc, ev, field)
                if value is None or (ev.cluster, field, groups[i], value) in seen:
                    continue
                seen.add((ev.cluster, field, groups[i], value))
                history[(ev.cluster, field)].append({
                    "doc": doc.id,
                    "outlet": doc.outlet or (doc.wire[0] if doc.wire else None),
                    "source": source_key(docs[groups[i]]),
                    "published": publication_date(doc),
                    "qualifier": qualifier,
                    "value": value,
                    "evidence": ev.evidence,
                    "start": ev.start,
                    "end": ev.end,
                    "credibility": doc.credibility.score if doc.credibility else None,
                })
    for reports in history.values():
        reports.sort(key=lambda r: (r["published"] or "", r["doc"]))
    return history


def _rising(reports: list[dict[str, Any]]) -> bool:
    """Counts that only grow from one publication date to the next (every report dated)."""
    if any(not r["published"] for r in reports):
        return False
    by_date: dict[str, list[float]] = defaultdict(list)
    for r in reports:
        by_date[r["published"][:10]].append(r["value"])
    if len(by_date) < 2:
        return False
    days = sorted(by_date)
    return all(max(by_date[a]) < min(by_date[b]) for a, b in pairwise(days))


def _best(reports: list[dict[str, Any]], rising: bool) -> tuple[float, str]:
    """The value to show and why: the latest of the most credible sources; of a count that only rose, the latest
    day's (a less credible outlet's later toll updates the earlier ones, it does not contradict them)."""
    if rising:
        last = max(r["published"][:10] for r in reports)
        reports = [r for r in reports if r["published"][:10] == last]
    top = max((r["credibility"] or 0.0) for r in reports)
    pool = [r for r in reports if (r["credibility"] or 0.0) >= top - CREDIBILITY_TIE]
    pick = max(pool, key=lambda r: (r["published"] or "", r["credibility"] or 0.0, r["value"]))
    who = pick["outlet"] or pick["doc"]
    when = pick["published"] or "undated"
    cred = f"{pick['credibility']:.2f}" if pick["credibility"] is not None else "unknown"
    reason = f"latest report ({when}) from the most credible independent source: {who} (credibility {cred})"
    if rising:
        reason = "counts rose in later reports; " + reason
    return pick["value"], reason


def figure_conflicts(docs: list[DocResult], groups: list[int] | None = None) -> list[Conflict]:
    """A Conflict for every event figure that independent reports give differently."""
    out = []
    for (cluster, field), reports in sorted(figure_history(docs, groups).items()):
        values = sorted({r["value"] for r in reports})
        if len(values) < 2:
            continue
        rising = _rising(reports)
        best, reason = _best(reports, rising)
        out.append(Conflict(cluster, field, values, reports, best, reason, "rising" if rising else "conflict"))
    return out
