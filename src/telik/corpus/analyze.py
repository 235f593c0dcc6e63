"""The corpus stage: duplicates, one event across reports, anchored dates, one id per person, credibility, figure
and claim conflicts."""
from __future__ import annotations

from telik.corpus.anchoring import DateFinder, anchor_dates
from telik.corpus.claims import claim_conflicts
from telik.corpus.clusters import cluster_events
from telik.corpus.credibility import assess
from telik.corpus.dedup import DedupOptions, mark_duplicates
from telik.corpus.eventdates import clear_inferred, fill_dates, fill_places
from telik.corpus.figures import figure_conflicts
from telik.corpus.identity import link_across
from telik.model import Conflict, DocResult


def analyze_corpus(docs: list[DocResult], dedup: DedupOptions | None = None,
                   finder: DateFinder | None = None) -> list[Conflict]:
    """Fill cluster ids, duplicates and credibility on `docs`; return the conflicts.

    Anchored events are re-dated and undated ones dated from their cluster or report (see `eventdates`).

    Figure conflicts (numeric `values`) come first, then contradictory claims (`field="claim"`, see `Conflict`).
    """
    if not docs:
        return []
    groups = mark_duplicates(docs, dedup)
    clear_inferred(docs)
    cluster_dates = cluster_events(docs, groups)
    if anchor_dates(docs, cluster_dates, finder):
        cluster_dates = cluster_events(docs, groups)
    fill_dates(docs, cluster_dates)
    fill_places(docs)
    link_across(docs)
    assess(docs, groups)
    return figure_conflicts(docs, groups) + claim_conflicts(docs, groups)
