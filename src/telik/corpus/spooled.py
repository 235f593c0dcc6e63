"""The corpus stage over documents parked in a `Spool`: the same result as `analyze` over the whole list, holding
per document only what the stage reads of it.

Each document is held slim: its metadata and events (the entities too when it has events, for clustering), no text,
title, dates, figures, quotes or claims. What the stage reads of those is taken when the document comes: its lead
and whether its claims can take part in a contradiction are held (a number, a flag); its names for identity and its
credibility signals are parked in the spool beside it and read back as the stage comes to them, so memory does not
grow with them; its credibility is held as the number of outlets corroborating it and made when read. The few
documents the stage must read whole are loaded back: those whose dates are anchored (kept, since anchoring rewrites
them), those whose claims are placed, and every document once more when the export is written, with what the stage
set on it.
"""
from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Iterator

from telik.corpus.anchoring import DateFinder, anchor_dates, anchors
from telik.corpus.claims import ASSERTS, Placed, claim_conflicts, get_stance_lexicon, place_claims, stance_of
from telik.corpus.clusters import PlaceRun, link_events, place_runs
from telik.corpus.credibility import Signal, combine, corroboration, document_signals
from telik.corpus.dedup import band_keys, dedup_text, mark_groups, near_duplicates
from telik.corpus.eventdates import clear_inferred, fill_dates, fill_places, lead_end
from telik.corpus.figures import arrested_figure, figure_conflicts
from telik.corpus.identity import Named, named_in, rename_ids, renames
from telik.corpus.lazy import Lazy
from telik.corpus.lexicon import get_lexicon
from telik.model import Conflict, Credibility, DocResult, EntityMention
from telik.spool import Spool

#: A name as identity reads it: (text, label, canonical).
NameKey = tuple[str, str, str]


class SpooledCorpus:
    """Documents added one by one (parked in `spool`), analysed together, then given back one by one."""

    def __init__(self, spool: Spool) -> None:
        self.spool = spool
        self.docs: list[DocResult] = []
        self.leads = array("l")  # per document, its `lead_end`
        self.placeable: set[int] = set()  # documents whose claims can answer or be answered (see `placeable`)
        self.whole: set[int] = set()  # documents held whole (anchored)
        self.corroborated = array("l")  # per document, the independent outlets reporting its events (once analysed)
        self.rename: dict[str, str] = {}
        self.runs: list[list[PlaceRun]] = []  # per document, its runs of places (the slim copy has no text)

    def __len__(self) -> int:
        return len(self.docs)

    def add(self, doc: DocResult) -> None:
        """Park a processed document with its summary, keeping its slim copy."""
        text = dedup_text(doc)
        self.spool.add(doc, text, band_keys(text), [_names(doc), document_signals(doc)])
        self.leads.append(lead_end(doc))
        self.runs.append(place_runs(doc) if doc.events else [])
        if placeable(doc):
            self.placeable.add(len(self.docs))
        self.docs.append(dataclasses.replace(
            doc, text="", clean_text="", title=None, dateline=None, source="",
            entities=doc.entities if doc.events else [], dates=[], quotes=[], claims=[], warnings=[],
            figures=[f for ev in doc.events if (f := arrested_figure(doc, ev)) is not None]))  # arrest counts

    def _named(self, i: int) -> Named:
        """Document `i` as identity sees it: its names, read back from the spool, and its event clusters."""
        return tuple(EntityMention(t, label, 0, 0, c) for t, label, c in self.spool.summary(i)[0]), \
            named_in(self.docs[i])[1]

    def _signals(self, i: int) -> list[Signal]:
        """Document `i`'s credibility signals, read back from the spool."""
        return [(name, count, label) for name, count, label in self.spool.summary(i)[1]]

    def _credibility(self, i: int) -> Credibility:
        """Document `i`'s credibility (`credibility.assess`'s), from its signals and its corroboration."""
        return combine(self._signals(i), self.corroborated[i], get_lexicon())

    def analyze(self, finder: DateFinder | None = None) -> list[Conflict]:
        """The corpus stage (`telik.corpus.analyze.analyze`, step for step); returns the conflicts."""
        docs = self.docs
        if not docs:
            return []
        groups = mark_groups(docs, near_duplicates(len(docs), self.spool.buckets(), self.spool.text))
        clear_inferred(docs)
        linking = link_events(docs, groups, runs_of=self.runs)
        for i in anchors(docs, linking.dates):
            docs[i] = self._whole(i)
            self.whole.add(i)
        if anchor_dates(docs, linking.dates, finder):
            linking = link_events(docs, groups, runs_of=self.runs)
        fill_dates(docs, linking.dates, self.leads)
        fill_places(docs)
        self.rename = renames(Lazy(len(docs), self._named))
        rename_ids(docs, self.rename)
        self.corroborated = array("l", corroboration(docs, groups))
        for i, doc in enumerate(docs):  # figure conflicts weigh the reports of events by their credibility
            if doc.events:
                doc.credibility = self._credibility(i)
        return figure_conflicts(docs, groups) + claim_conflicts(docs, groups, self._place)

    def _place(self, i: int, reach: dict[str, int]) -> list[Placed]:
        return place_claims(self.document(i), i, reach) if i in self.placeable else []

    def _whole(self, i: int) -> DocResult:
        """Document `i` loaded back with what the stage has set on it so far (identity's new ids aside)."""
        doc, slim = self.spool.load(i), self.docs[i]
        doc.events, doc.duplicate_of = slim.events, slim.duplicate_of
        doc.reference_date = slim.reference_date
        return doc

    def document(self, i: int) -> DocResult:
        """Document `i` as the corpus stage left it (once `analyze` has run)."""
        if i in self.whole:
            doc = self.docs[i]
        else:
            doc = self._whole(i)
            rename_ids([doc], self.rename)
        doc.credibility = self._credibility(i)
        return doc

    def documents(self) -> Iterator[DocResult]:
        """Every document as the corpus stage left it, in order."""
        for i in range(len(self.docs)):
            yield self.document(i)


def _names(doc: DocResult) -> list[NameKey]:
    """The document's names once each, in order: identity reads a name's text, label and canonical id only, and
    counts each once per document."""
    return list(dict.fromkeys((e.text, e.label, e.canonical) for e in doc.entities))


def placeable(doc: DocResult) -> bool:
    """Can its claims take part in a contradiction? Claims about no event answer only a denial in their document."""
    if not doc.claims:
        return False
    lex = get_stance_lexicon()
    return bool(doc.events) or any(stance_of(doc.text, c, lex)[0] != ASSERTS for c in doc.claims)
