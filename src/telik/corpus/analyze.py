"""The corpus stage: duplicates, one event across reports, anchored dates, one id per person, credibility, figure
and claim conflicts."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from telik.corpus.anchoring import DateFinder, anchored
from telik.corpus.claims import Placed, Placer, claim_conflicts, get_stance_lexicon, place_claims
from telik.corpus.clusters import Evidence, Linking, Pair, Visible, WordStats, link_events
from telik.corpus.credibility import Signal, assess
from telik.corpus.dedup import DedupOptions, band_keys, dedup_text, mark_duplicates
from telik.corpus.eventdates import clear_inferred, fill_dates, fill_places
from telik.corpus.figures import figure_conflicts
from telik.corpus.identity import named_in, rename_ids, renames
from telik.model import Conflict, DocResult


@dataclass
class Surroundings:
    """The rest of the corpus, when the stage runs over a neighbourhood of it (see `telik.store.incremental`).

    `words` are the whole corpus's word counts; `renames` gives identity's renames over the whole corpus with the
    neighbourhood's documents as they are now (`identity.renames`); `visible` caps the event blocks as the corpus's
    would be;
    `joined`: per document, the first document (its index) of the near-duplicate group the store holds it in (see
    `dedup.near_duplicates`); `scored`: per document, whether the store analysed it before (its credibility is
    one the stage combined, see `credibility.assess`); `known`: the evidence of pairs of event mentions as their
    documents are stored, by their row ids (`rows`), kept across the passes over a growing neighbourhood (see
    `clusters.link_events`).
    """

    words: WordStats
    renames: Callable[[list[DocResult]], dict[str, str]]
    visible: Visible | None = None
    joined: list[int] | None = None
    scored: list[bool] | None = None
    rows: list[int] | None = None
    known: dict[Pair, Evidence | None] = field(default_factory=dict)


@dataclass
class Analysis:
    """What the corpus stage found, beyond what it set on the documents."""

    conflicts: list[Conflict] = field(default_factory=list)
    bands: list[list[str]] = field(default_factory=list)
    linking: Linking | None = None
    renamed: dict[str, str] = field(default_factory=dict)


def analyze_corpus(docs: list[DocResult], dedup: DedupOptions | None = None,
                   finder: DateFinder | None = None) -> list[Conflict]:
    """Fill cluster ids, duplicates and credibility on `docs`; return the conflicts (see `analyze`)."""
    return analyze(docs, dedup, finder).conflicts


def analyze(docs: list[DocResult], dedup: DedupOptions | None = None, finder: DateFinder | None = None,
            around: Surroundings | None = None, bands: list[list[str]] | None = None,
            signals: list[list[Signal]] | None = None, placeable: list[bool] | None = None) -> Analysis:
    """Fill cluster ids, duplicates and credibility on `docs`; return the conflicts and what the store keeps.

    What only needs each document, when known, is not computed again (a batch run's workers computed it): `bands`,
    the documents' LSH band keys (`dedup.band_keys`; the store keeps them); `signals`, their credibility signals
    (`credibility.document_signals`); `placeable`, whether their claims can take part in a contradiction
    (`spooled.placeable`), so the others' claims are not placed.

    Anchored events are re-dated and undated ones dated from their cluster or report (see `eventdates`).

    Figure conflicts (numeric `values`) come first, then contradictory claims (`field="claim"`, see `Conflict`).
    """
    if not docs:
        return Analysis()
    return finish(docs, link(docs, dedup, finder, around, bands), around, signals, placeable)


@dataclass
class Linked:
    """The first half of the stage (`link`): the documents' groups and clusters and identity's renames, all a
    neighbourhood run needs to learn whether more stored documents join (see `telik.store.incremental`)."""

    bands: list[list[str]]
    groups: list[int]
    linking: Linking
    renamed: dict[str, str]


def link(docs: list[DocResult], dedup: DedupOptions | None = None, finder: DateFinder | None = None,
         around: Surroundings | None = None, bands: list[list[str]] | None = None) -> Linked:
    """`analyze`'s first half: duplicates, clusters (anchored dates re-read) and the renames, not yet given.

    The renames read the documents' names and clusters only, which the second half (`finish`) leaves alone."""
    bands = bands if bands is not None else [band_keys(dedup_text(d), dedup) for d in docs]
    groups = mark_duplicates(docs, dedup, bands, around.joined if around else None)
    clear_inferred(docs)
    words, visible = (around.words, around.visible) if around else (None, None)
    known, rows = (around.known, around.rows) if around else ({}, None)
    linking = link_events(docs, groups, words, visible, known, numbers=rows)
    if touched := anchored(docs, linking.dates, finder):
        del linking  # the first run's mentions and pairs go before the second run makes its own
        linking = link_events(docs, groups, words, visible, known, touched, rows)
    if around is None:  # a neighbourhood's evidence serves its next pass (see `Surroundings`)
        known.clear()
    rename = around.renames(docs) if around else renames([named_in(d) for d in docs])
    return Linked(bands, groups, linking, rename)


def finish(docs: list[DocResult], linked: Linked, around: Surroundings | None = None,
           signals: list[list[Signal]] | None = None, placeable: list[bool] | None = None) -> Analysis:
    """`analyze`'s second half, after `link` over the same documents: dates and places from the clusters, the
    renames given, credibility, conflicts."""
    fill_dates(docs, linked.linking.dates)
    fill_places(docs)
    rename_ids(docs, linked.renamed)
    assess(docs, linked.groups, signals, around.scored if around else None)
    conflicts = figure_conflicts(docs, linked.groups) + claim_conflicts(docs, linked.groups, _placer(docs, placeable))
    return Analysis(conflicts, linked.bands, linked.linking, linked.renamed)


def _placer(docs: list[DocResult], placeable: list[bool] | None) -> Placer | None:
    """`claim_conflicts`'s placer that skips the documents whose claims cannot be placed (None: place them all)."""
    if placeable is None:
        return None
    lex = get_stance_lexicon()

    def place(i: int, reach: dict[str, int]) -> list[Placed]:
        return place_claims(docs[i], i, reach, lex) if placeable[i] else []

    return place
