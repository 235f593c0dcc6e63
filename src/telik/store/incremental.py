"""The incremental corpus stage: after an ingest, analyse the neighbourhood of the new documents, not the store.

The corpus stage decomposes over documents that can interact. The neighbourhood of the new documents is closed
under every way they interact, found through the corpus index (`corpus_index`):

- near-duplicates: the stored documents sharing an LSH band with a new one, and whole duplicate groups (`d:`);
- event clusters: the stored mentions `clusters.candidate_pairs` could pair with a new mention (`probe_keys`
  against `index_keys`), and whole components of linked mentions (`g:`; a cluster's merges and refusals depend
  on its whole component); dates, places, credibility and conflicts follow clusters and groups;
- similarity: the whole corpus's word counts weigh the neighbourhood's pairs, and each stored pair whose merge
  turns on the similarity is scored again with the new counts; both documents of a pair whose side of the
  threshold moved join the neighbourhood (sums over words in another order: a similarity within rounding of
  `clusters.SIMILAR` could fall on the other side);
- identity: renames are computed over the whole store's names, read from the entity mention table once per run
  (`corpus_index.stored_names`: within a run only the event clusters change); the documents naming a renamed id
  join the neighbourhood (those the stored clusters already imply before the run);
- a document whose mentions read differently from what the index holds (renamed ids, anchored dates) is probed
  again, and the run repeats until nothing joins.

A block of `clusters.MAX_BLOCK` mentions or more is read as the full run reads it: its first mentions in corpus
order (`_visible`). What is not kept exact cheaply falls back to a full analysis: an index another writer left
behind, a stored document entering or leaving such a block, a neighbourhood of most of the store. Otherwise the
result, index included, equals re-running the full stage over the whole store now, which is what ingest did before
(tests compare one article at a time and portions).
The full stage itself depends on history where it writes back what it decided: a renamed id stays renamed, so a
store built in portions can differ from one full analysis of all its documents, with or without this module.
"""
from __future__ import annotations

import copy
import gc
import json
import math
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session

from telik.corpus import clusters
from telik.corpus.analyze import Surroundings, analyze, finish, link
from telik.corpus.clusters import (
    SIMILAR,
    BlockKey,
    Evidence,
    Mention,
    Pair,
    Visible,
    WordStats,
    block_keys,
    build_mentions,
    fingerprint,
    index_keys,
    probe_keys,
)
from telik.corpus.credibility import corroborated
from telik.corpus.dedup import band_keys, dedup_text
from telik.corpus.identity import Names, named_in, rename_ids, resolve
from telik.corpus.spooled import placeable
from telik.model import Claim, Conflict, Credibility, DocResult, Event
from telik.store import corpus_index as index
from telik.store.models import Document
from telik.store.repository import Store

#: A neighbourhood holding more than this share of the store is analysed as a whole (cheaper than the look-ups).
FULL_SHARE = 0.5
_CHUNK = 500


@dataclass
class Update:
    """What one corpus update did: the conflicts it wrote, the documents it analysed, whether it ran in full."""

    conflicts: list[Conflict] = field(default_factory=list)
    analysed: int = 0
    full: bool = False


def reanalyze(store: Store) -> list[Conflict]:
    """Run the corpus stage over every stored document and write back clusters, duplicates, credibility, conflicts
    and the corpus index."""
    return _full(store).conflicts


def _full(store: Store) -> Update:
    docs = store.all_results()
    analysis = analyze(docs)
    store.apply_corpus(docs, analysis.conflicts, index=lambda s, rows: index.write(
        s, rows, docs, analysis, full=True, new_words=Counter()))
    return Update(analysis.conflicts, len(docs), full=True)


@contextmanager
def _uncollected() -> Iterator[None]:
    """Python's cyclic garbage collector paused: the stage builds millions of objects (parsed documents, mentions,
    pairs) that live until its write-back, and the collector went over them again and again (at 30,000 stored,
    4,000 collections, ten of them full: about a sixth of the stage's CPU time). What they leave in cycles is
    collected once it runs again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def update(store: Store, *, full_share: float = FULL_SHARE) -> Update:
    """Analyse the documents stored since the last analysis with their neighbourhood (see the module docstring)."""
    with _uncollected():
        return _update(store, full_share)


def _update(store: Store, full_share: float) -> Update:
    done = store.analysed_upto()
    with store.session() as s:
        total = int(s.scalar(select(Document.id).order_by(Document.id.desc()).limit(1)) or 0)
        if not done or not index.is_current(s, done):
            return _full(store)
        seeds = set(s.scalars(select(Document.id).where(Document.id > done)))
        if not seeds:
            return Update()
        return _Run(store, s, seeds, total, full_share).run()


def _load(s: Session, ids: Sequence[int]) -> dict[int, str]:
    """These documents' stored results, as JSON text, read as text: not parsed by the column type only to be
    serialised again."""
    found: dict[int, str] = {}
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), _CHUNK):
        q = select(Document.id, cast(Document.data, Text)).where(Document.id.in_(ordered[i : i + _CHUNK]))
        found.update((row_id, raw) for row_id, raw in s.execute(q))
    return found


def _cosine(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    """`clusters.Similarity` of two mentions' words under these weights."""
    shared = a & b
    na, nb = (math.sqrt(sum(idf.get(w, 0.0) ** 2 for w in ws)) for ws in (a, b))
    return sum(idf.get(w, 0.0) ** 2 for w in shared) / (na * nb) if shared and na and nb else 0.0


#: What of a document the corpus stage may write (see `analyze`): the document's own fields (lists by identity: a
#: list the stage replaces compares unequal unless equal), each event's fields, each entity's and quote speaker's id.
Written = tuple[DocResult, list[Event], list[str], list[str | None]]


def _written(doc: DocResult) -> Written:
    """A copy of what the stage may write of `doc`: equal before and after an analysis, the document is as it was."""
    return (copy.copy(doc), [copy.copy(ev) for ev in doc.events], [e.canonical for e in doc.entities],
            [q.speaker_canonical for q in doc.quotes])


def _context(data: dict[str, Any]) -> DocResult | None:
    """A stored document (its JSON) as the stage reads it when it is there for context only: it reports no event
    (no mention, lead, anchoring, place or figure), its credibility was combined with no corroboration (the stage
    keeps it and reads no signal), and its claims cannot take part in a contradiction (`spooled.placeable`). Of such
    a document the stage reads its near-duplicate text, publication dates, credits and id, and writes its group
    (and renames its ids, see `_Run.context`): it is held with those alone, a fifth of the whole. None: the document
    is held whole."""
    if data["events"] or not data["credibility"]:
        return None
    credibility = Credibility(**data["credibility"])
    if corroborated(credibility) or data["claims"] and placeable(
            DocResult(data["id"], data["text"], "", claims=[Claim(**c) for c in data["claims"]])):
        return None
    return DocResult(data["id"], "", data["clean_text"] or data["text"], outlet=data["outlet"],
                     published=data["published"], wire=data["wire"], url=data["url"], credibility=credibility,
                     reference_date=data["reference_date"], duplicate_of=data["duplicate_of"])


def _restore(doc: DocResult, was: Written) -> None:
    """Put back on `doc` what an analysis wrote on it, from its `_written` copy taken before: the document as stored,
    for another pass over a grown neighbourhood, without reading and parsing it again."""
    fields, events, canonicals, speakers = was
    doc.__dict__.update(fields.__dict__)
    for ev, old in zip(doc.events, events, strict=True):
        ev.__dict__.update(old.__dict__)
    for e, c in zip(doc.entities, canonicals, strict=True):
        e.canonical = c
    for q, speaker in zip(doc.quotes, speakers, strict=True):
        q.speaker_canonical = speaker


def _ids_named(data: dict[str, Any]) -> list[str]:
    """The ids a stored document (its JSON) gives its entities and quote speakers: what `rename_ids` may change."""
    return [e["canonical"] for e in data["entities"]] + [q["speaker_canonical"] for q in data["quotes"]
                                                          if q["speaker_canonical"]]


def _bare(doc: DocResult) -> DocResult:
    """What the write-back reads of a document left as stored (`Store.apply_corpus`'s `same`): its id, its group and
    its events' clusters (the index's keys)."""
    return DocResult(doc.id, "", "", duplicate_of=doc.duplicate_of, events=doc.events)


class _Run:
    """One neighbourhood analysis: grow the neighbourhood, analyse it, repeat until nothing more joins."""

    def __init__(self, store: Store, s: Session, seeds: set[int], total: int, full_share: float) -> None:
        self.store, self.s, self.total, self.full_share = store, s, total, full_share
        self.seeds = seeds
        self.parsed: dict[int, DocResult] = {}
        #: the documents parsed for context only (`_context`), with the ids they name, once each
        self.context: dict[int, tuple[str, ...]] = {}
        self.strings: dict[str, str] = {}
        self.members: set[int] = set(seeds)
        seed_docs = self._docs()
        self.bands = {i: band_keys(dedup_text(seed_docs[i])) for i in self.seeds}
        seed_mentions = build_mentions([seed_docs[i] for i in sorted(seeds)])
        self.new_words: Counter[str] = Counter(w for m in seed_mentions for w in m.words)
        self.new_mentions = len(seed_mentions)
        self.probed: dict[int, set[str]] = {}
        self.names: tuple[list[int], Names, dict[int, set[str]]] | None = None
        self.sizes: dict[str, int] = {}  # see `_sizes`
        #: the stored digest of each event mention of the documents in `printed` (see `_differ`)
        self.prints: dict[tuple[int, int], str] = {}
        self.printed: set[int] = set()
        #: per document of the last pass that grew the neighbourhood, the first document of its group in that pass
        self.grouped: dict[int, int] = {}

    def run(self) -> Update:
        shared = index.band_holders(self.s, (b for keys in self.bands.values() for b in keys))
        self.bands.update(shared)  # of a stored document, the bands it shares with a new one
        self._join(set(shared))
        self._join(self._drifted())
        docs = self._docs()
        self._join(self._probe({i: build_mentions([docs[i]]) for i in self.seeds}))
        predicted = False
        kept: dict[int, Written] = {}  # what the stage may write of each document, as stored (`_written`)
        known: dict[Pair, Evidence | None] = {}  # the pairs' evidence, read again by a pass over a grown neighbourhood
        while True:
            if self._too_big():
                return _full(self.store)
            ids = sorted(self.members)
            docs = self._docs()
            ordered = [docs[i] for i in ids]
            before = build_mentions(ordered)
            differ = self._differ(ids, before)
            grown = self._probe(differ)  # read differently since last indexed (renamed ids)
            if not predicted:  # the renames the stored clusters already imply: their documents join up front
                predicted = True
                grown |= self._renaming(self._renames(ids)(ordered))
            if grown - self.members:
                self._join(grown)
                continue
            kept.update((i, _written(d)) for i, d in zip(ids, ordered, strict=True) if i not in kept)
            around = Surroundings(self._words(before), self._renames(ids), self._visible(ids, before),
                                  self._joined(ids), [i not in self.seeds for i in ids], ids, known)
            linked = link(ordered, bands=[self.bands.get(i, []) for i in ids], around=around)
            after = linked.linking.mentions
            differ_after = self._differ(ids, after)
            grown = self._renaming(linked.renamed) | self._probe(differ_after)
            if not grown - self.members:
                break
            self.grouped = {i: ids[g] for i, g in zip(ids, linked.groups, strict=True)}
            for i, d in zip(ids, ordered, strict=True):  # as stored again for the next pass: not parsed again
                _restore(d, kept[i])
            for held in (docs, ordered, before, after, differ, differ_after):  # this pass's mentions and links go
                held.clear()  # before the next pass
            del linked
            self._join(grown)
        analysis = finish(ordered, linked, around)
        del linked
        known.clear()
        if self._shifted(ids, before, differ) or self._shifted(ids, after, differ_after):
            return _full(self.store)
        self.names = None  # what only the passes read goes before the write-back
        renamed = {i for i in ids if any(c in analysis.renamed for c in self.context.get(i, ()))}
        same = {d.id: i for i, d in zip(ids, ordered, strict=True)
                if i not in self.seeds and i not in renamed and _written(d) == kept[i]}
        # the documents left as stored go before the write-back too, but for what it reads of them
        self.parsed.clear()
        docs.clear()
        kept.clear()
        whole = self._whole({i: d for i, d in zip(ids, ordered, strict=True)
                             if i in self.context and d.id not in same}, analysis.renamed)
        ordered[:] = [_bare(d) if d.id in same else whole.get(i, d) for i, d in zip(ids, ordered, strict=True)]
        self.store.apply_corpus(ordered, analysis.conflicts, partial=True, same=same, index=lambda s, rows: index.write(
            s, rows, ordered, analysis, full=False, new_words=self.new_words, same=same, new=self.seeds))
        return Update(analysis.conflicts, len(ordered))

    def _docs(self) -> dict[int, DocResult]:
        """The neighbourhood's documents as stored, read and parsed once (a pass after an analysis gets them back as
        stored from their `_written` copies, `_restore`)."""
        missing = sorted(self.members - self.parsed.keys())
        for k in range(0, len(missing), _CHUNK):  # a portion's text at a time
            for i, raw in _load(self.s, missing[k : k + _CHUNK]).items():
                data = json.loads(raw)
                share = self.strings.setdefault
                context = None if i in self.seeds else _context(data)
                if context is not None:
                    self.parsed[i] = context
                    self.context[i] = tuple(share(c, c) for c in dict.fromkeys(_ids_named(data)))
                    continue
                doc = self.parsed[i] = DocResult.from_dict(data)
                if doc.clean_text == doc.text:  # most texts need no cleaning: one string, not two equal ones
                    doc.clean_text = doc.text
                for e in doc.entities:  # the near-copies of a story name the same people: one string each
                    e.text, e.label, e.canonical = share(e.text, e.text), share(e.label, e.label), share(e.canonical,
                                                                                                        e.canonical)
        return {i: self.parsed[i] for i in self.members}

    def _whole(self, changed: dict[int, DocResult], renamed: dict[str, str]) -> dict[int, DocResult]:
        """The context documents the analysis changed (by row id), loaded whole with what it wrote on them: their
        group and credibility, their ids renamed."""
        out: dict[int, DocResult] = {}
        for i, raw in _load(self.s, list(changed)).items():
            doc = out[i] = DocResult.from_dict(json.loads(raw))
            doc.duplicate_of, doc.credibility = changed[i].duplicate_of, changed[i].credibility
            rename_ids([doc], renamed)
        return out

    def _joined(self, ids: list[int]) -> list[int]:
        """Per document, the first of `ids` in its stored near-duplicate group: a stored group is a component of the
        stored documents' similar pairs and the neighbourhood holds it whole, so its pairs need no comparing again.
        A document of the last pass is given its group of that pass (a component of its similar pairs: the texts are
        the same, the pass's documents all here), which holds its stored group whole; the stored group of a document
        joined since holds none of the last pass's."""
        first: dict[str, int] = {}
        at = {i: n for n, i in enumerate(ids)}
        groups = index.groups_of(self.s, [i for i in ids if i not in self.grouped])
        return [at[self.grouped[i]] if i in self.grouped else first.setdefault(groups[i], n) if i in groups else n
                for n, i in enumerate(ids)]

    def _too_big(self) -> bool:
        return len(self.members) > self.full_share * self.total

    def _join(self, found: set[int]) -> None:
        """Add documents and close over whole duplicate groups and components of linked mentions."""
        new = found - self.members
        while new:
            self.members |= new
            new = index.sharing(self.s, index.keys_of(self.s, new, ("d:", "g:"))) - self.members

    def _probe(self, mentions: dict[int, list[Mention]]) -> set[int]:
        """Stored documents `candidate_pairs` could pair with these mentions (by document; keys not probed yet)."""
        keys: set[str] = set()
        for i, own in mentions.items():
            wanted = {index.block_key(k) for m in own for k in probe_keys(m)}
            keys |= wanted - self.probed.setdefault(i, set())
            self.probed[i] |= wanted
        return index.sharing(self.s, keys) if keys else set()

    def _words(self, mentions: list[Mention]) -> WordStats:
        words = {w for m in mentions for w in m.words}
        return index.word_counts(self.s, words, self.new_words, self.new_mentions)

    def _renames(self, ids: list[int]) -> Callable[[list[DocResult]], dict[str, str]]:
        """Identity's renames over the whole store, with the neighbourhood's documents (`ids`) as they are now: the
        store's names and clusters are read once (the names are the stored ones until the write-back), and each
        pass reads only the neighbourhood's clusters."""
        if self.names is None:
            order = list(self.s.scalars(select(Document.id).order_by(Document.id)))
            self.names = order, index.stored_names(self.s, order), index.stored_clusters(self.s)
        order, names, stored = self.names

        def renames(docs: list[DocResult]) -> dict[str, str]:
            now = stored | {i: named_in(d)[1] for i, d in zip(ids, docs, strict=True)}
            none: set[str] = set()
            return resolve(names, lambda n: now.get(order[n], none), Counter(c for cs in now.values() for c in cs))

        return renames

    def _drifted(self) -> set[int]:
        """Documents of stored similarity-bound pairs that the new word counts put on the other side of SIMILAR."""
        pairs = index.similar_pairs(self.s)
        if not pairs:
            return set()
        words = index.event_words(self.s, {d for a, b, _ in pairs for d in (a[0], b[0])})
        stats = index.word_counts(self.s, {w for ws in words.values() for w in ws}, self.new_words,
                                  self.new_mentions)
        idf = {w: math.log(stats.mentions / c) for w, c in stats.df.items() if c}
        out: set[int] = set()
        for a, b, was in pairs:
            if a not in words or b not in words or (_cosine(words[a], words[b], idf) >= SIMILAR) != was:
                out |= {a[0], b[0]}
        return out

    def _renaming(self, renamed: dict[str, str]) -> set[int]:
        """Documents outside the neighbourhood that name an id being renamed."""
        return index.naming(self.s, renamed) - self.members if renamed else set()

    def _differ(self, ids: list[int], mentions: list[Mention]) -> dict[int, list[Mention]]:
        """Per document, its mentions that read differently from what the index holds (anchored dates, renamed ids;
        all of a new document's): probed again (`_probe`, the stored documents they can meet now) and read by
        `_shifted`. Each mention's digest is worked out once per pass, not once per use."""
        missing = [i for i in ids if i not in self.printed]
        self.prints.update(index.fingerprints(self.s, missing))  # nothing is written before the write-back
        self.printed.update(missing)
        changed: dict[int, list[Mention]] = {}
        for m in mentions:
            doc = ids[m.key[0]]
            if self.prints.get((doc, m.key[1])) != fingerprint(m):
                changed.setdefault(doc, []).append(m)
        return changed

    def _visible(self, ids: list[int], mentions: list[Mention]) -> Visible:
        """`clusters.Visible` for the whole store: of a block holding `MAX_BLOCK` mentions or more, the neighbourhood's
        members among its first ones in corpus order (new documents come last and leave the others' ranks alone;
        `_shifted` catches a stored document that moves in such a block)."""
        members = set(ids)
        rows: dict[str, list[tuple[int, int]] | None] = {}
        looked = {index.block_key(k) for m in mentions for k in block_keys(m)[1]}  # the blocks these mentions look up
        sizes = self._sizes(looked)

        def visible(key: BlockKey, docs: list[int]) -> int:
            k = index.block_key(key)
            if k not in rows:
                rows[k] = index.block_rows(self.s, k, len(docs), clusters.MAX_BLOCK, sizes.get(k))
            stored = rows[k]
            if stored is None:
                return len(docs)
            own = Counter(ids[d] for d in docs)
            budget, seen = clusters.MAX_BLOCK, 0
            for doc, n in sorted([(d, n) for d, n in stored if d not in members] + list(own.items())):
                take = min(n, budget)
                budget -= take
                seen += take if doc in own else 0
                if not budget:
                    break
            return seen

        return visible

    def _shifted(self, ids: list[int], mentions: list[Mention], differ: dict[int, list[Mention]]) -> bool:
        """Did a stored document enter or leave a block of `MAX_BLOCK` mentions or more? It moves the ranks of the
        documents after it, outside the neighbourhood too: only a full analysis reads that. `differ`: `_differ` of
        these mentions."""
        keys: dict[int, Counter[str]] = {doc: Counter() for doc in differ if doc not in self.seeds}
        for m in mentions:
            doc = ids[m.key[0]]
            if doc in keys:
                keys[doc].update({index.block_key(k) for k in index_keys(m)})
        moved: dict[str, int] = {}  # per block a document moved in or out of, the most mentions it now holds there
        for doc, was in index.block_counts(self.s, list(keys)).items():
            now = keys[doc]
            for k in set(now) | set(was):
                if now[k] != was[k]:
                    moved[k] = max(moved.get(k, 0), now[k])
        sizes = self._sizes(set(moved))
        return any(sizes[k] + n >= clusters.MAX_BLOCK for k, n in moved.items())

    def _sizes(self, keys: set[str]) -> dict[str, int]:
        """How many stored event mentions each of these event blocks holds (`index.block_sizes`), each block asked
        once a run: nothing is written before the write-back."""
        if fresh := keys - self.sizes.keys():
            found = index.block_sizes(self.s, fresh)
            self.sizes.update((k, found.get(k, 0)) for k in fresh)
        return self.sizes
