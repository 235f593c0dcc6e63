"""The corpus index: what the store keeps so an ingest can analyse a neighbourhood instead of the whole corpus.

Per document, the keys the corpus stage joins documents by (`CorpusKey`); per event mention, the digest and words
clustering read (`CorpusEvent`); per word, its document frequency (`CorpusWord`); the similarity-bound pairs
(`CorpusSimilar`). A full analysis rewrites it all; a neighbourhood analysis rewrites its documents' part.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import Connection, Executable, and_, delete, distinct, func, insert, not_, or_, select, update
from sqlalchemy.orm import Session

from telik.corpus.analyze import Analysis
from telik.corpus.clusters import BlockKey, Mention, WordStats, fingerprint, index_keys
from telik.corpus.identity import Names, NamesInOrder, asks, is_acronym, too_common
from telik.model import DocResult
from telik.store.models import CorpusEvent, CorpusKey, CorpusSimilar, CorpusWord, EventRow, Meta, table
from telik.store.models import Mention as MentionRow
from telik.store.repository import ANALYSED, INDEXED

_CHUNK = 500
T = TypeVar("T")


@lru_cache(maxsize=1 << 16)  # a neighbourhood's mentions look up, file and probe the same blocks again and again
def block_key(key: BlockKey) -> str:
    """The stored form of an event block (`clusters.index_keys`, `clusters.probe_keys`)."""
    return "c:" + hashlib.blake2b(repr(key).encode("utf-8"), digest_size=8).hexdigest()


def group_key(doc: DocResult) -> str:
    """The stored key of a document's near-duplicate group (named by its first document)."""
    return "d:" + hashlib.blake2b((doc.duplicate_of or doc.id).encode("utf-8"), digest_size=8).hexdigest()


def doc_keys(doc: DocResult, bands: list[str], mentions: Sequence[Mention], components: Sequence[str]) -> Counter[str]:
    """A document's keys, with how many of its event mentions are filed under each event block."""
    keys: Counter[str] = Counter({f"b:{b}": 1 for b in bands})
    keys[group_key(doc)] = 1
    keys.update({f"g:{c}": 1 for c in set(components)})
    for m in mentions:
        keys.update({block_key(k) for k in index_keys(m)})
    return keys


def is_current(s: Session, analysed: int) -> bool:
    """Was the index written by the last finished corpus analysis (not left behind by one that skipped it)?"""
    return s.scalar(select(Meta.value).where(Meta.key == INDEXED)) == str(analysed)


def _chunks(items: Sequence[T]) -> Iterable[list[T]]:
    for i in range(0, len(items), _CHUNK):
        yield list(items[i : i + _CHUNK])


def sharing(s: Session, keys: Iterable[str]) -> set[int]:
    """Documents holding any of these keys."""
    found: set[int] = set()
    for part in _chunks(sorted(set(keys))):
        found.update(d for d, in _plain(s.connection(), select(CorpusKey.document_id).where(CorpusKey.key.in_(part))))
    return found


def keys_of(s: Session, documents: Iterable[int], prefixes: tuple[str, ...]) -> set[str]:
    """The stored keys of these documents that start with one of `prefixes`."""
    found: set[str] = set()
    wanted = or_(*(CorpusKey.key.like(f"{p}%") for p in prefixes))  # filtered in the database: most keys are bands
    for part in _chunks(sorted(set(documents))):
        found.update(s.scalars(select(CorpusKey.key).where(CorpusKey.document_id.in_(part), wanted)))
    return found


def band_holders(s: Session, bands: Iterable[str]) -> dict[int, list[str]]:
    """The documents holding any of these LSH band keys (`dedup.band_keys`), with those they hold: of a stored
    document, a neighbourhood reads only the bands it shares with a new one (stored documents alone in a band were
    compared when the later of them came), through the keys' own index, not all of its bands."""
    found: dict[int, list[str]] = defaultdict(list)
    wanted = {f"b:{b}": b for b in bands}  # a key read back is the string given (near-copies share most keys)
    for part in _chunks(sorted(wanted)):
        for k, d in _plain(s.connection(), select(CorpusKey.key, CorpusKey.document_id).where(CorpusKey.key.in_(part))):
            found[d].append(wanted[k])
    return dict(found)


def groups_of(s: Session, documents: Sequence[int]) -> dict[int, str]:
    """The stored near-duplicate group key (`group_key`) of these documents (new documents have none)."""
    found: dict[int, str] = {}
    for part in _chunks(sorted(set(documents))):
        q = select(CorpusKey.document_id, CorpusKey.key).where(CorpusKey.document_id.in_(part),
                                                               CorpusKey.key.like("d:%"))
        found.update((d, k) for d, k in s.execute(q))
    return found


def block_counts(s: Session, documents: Sequence[int]) -> dict[int, Counter[str]]:
    """Per document, its stored event-block keys with how many of its mentions each holds."""
    found: dict[int, Counter[str]] = {d: Counter() for d in documents}
    for part in _chunks(sorted(set(documents))):
        q = select(CorpusKey.document_id, CorpusKey.key, CorpusKey.n).where(CorpusKey.document_id.in_(part),
                                                                            CorpusKey.key.like("c:%"))
        for d, k, n in s.execute(q):
            found[d][k] = n
    return found


def block_sizes(s: Session, keys: Iterable[str]) -> dict[str, int]:
    """How many stored event mentions each of these event blocks holds (absent: none)."""
    sizes: dict[str, int] = {}
    for part in _chunks(sorted(set(keys))):
        q = select(CorpusKey.key, func.sum(CorpusKey.n)).where(CorpusKey.key.in_(part)).group_by(CorpusKey.key)
        sizes.update((k, int(n)) for k, n in s.execute(q))
    return sizes


def block_rows(s: Session, key: str, extra: int, cap: int, size: int | None = None) -> list[tuple[int, int]] | None:
    """The documents of an event block with their mention counts, in corpus order; None when the block (`size`
    stored mentions, when known) with `extra` more stays under `cap` (nothing in it is cut off)."""
    total = size if size is not None else int(s.scalar(select(func.sum(CorpusKey.n)).where(CorpusKey.key == key)) or 0)
    if total + extra < cap:
        return None
    q = select(CorpusKey.document_id, CorpusKey.n).where(CorpusKey.key == key).order_by(CorpusKey.document_id)
    return [(d, n) for d, n in s.execute(q)]


def fingerprints(s: Session, documents: Iterable[int]) -> dict[tuple[int, int], str]:
    """The stored digest of each event mention of these documents."""
    found: dict[tuple[int, int], str] = {}
    for part in _chunks(sorted(set(documents))):
        q = select(CorpusEvent.document_id, CorpusEvent.idx, CorpusEvent.fingerprint).where(
            CorpusEvent.document_id.in_(part))
        found.update(((d, i), f) for d, i, f in _plain(s.connection(), q))
    return found


def word_counts(s: Session, words: Iterable[str], extra: Counter[str], extra_mentions: int) -> WordStats:
    """The whole corpus's word counts for `words`: the stored ones plus those of mentions not stored yet."""
    wanted = sorted(set(words))
    df: dict[str, int] = {w: extra.get(w, 0) for w in wanted}
    for part in _chunks(wanted):
        for w, n in s.execute(select(CorpusWord.word, CorpusWord.df).where(CorpusWord.word.in_(part))):
            df[w] += n
    total = int(s.scalar(select(func.count()).select_from(CorpusEvent)) or 0)
    return WordStats(total + extra_mentions, df)


def similar_pairs(s: Session) -> list[tuple[tuple[int, int], tuple[int, int], bool]]:
    """Every stored similarity-bound pair: the two mentions (document, event index) and its side of the threshold."""
    q = select(CorpusSimilar.a_document, CorpusSimilar.a_idx, CorpusSimilar.b_document, CorpusSimilar.b_idx,
               CorpusSimilar.similar)
    return [((a, ai), (b, bi), bool(sim)) for a, ai, b, bi, sim in s.execute(q)]


def event_words(s: Session, documents: Iterable[int]) -> dict[tuple[int, int], frozenset[str]]:
    """The stored words of each event mention of these documents."""
    found: dict[tuple[int, int], frozenset[str]] = {}
    for part in _chunks(sorted(set(documents))):
        q = select(CorpusEvent.document_id, CorpusEvent.idx, CorpusEvent.words).where(
            CorpusEvent.document_id.in_(part))
        found.update(((d, i), frozenset(w)) for d, i, w in s.execute(q))
    return found


def _plain(db: Connection, q: Executable) -> Iterator[Sequence[Any]]:
    """The rows of `q` (plain strings and numbers) as the driver gives them: read by the hundred thousand, the
    result's row objects cost about as much as the query."""
    result = db.execute(q)
    try:
        while rows := result.cursor.fetchmany(5000):
            yield from rows
    finally:
        result.close()


def stored_names(s: Session, documents: Sequence[int]) -> Names:
    """`identity.Names` of these documents (every stored one, in corpus order), from the entity mention table as
    `identity.names_of` reads them off the documents: which ids too many reports name is counted by the database,
    persons' and acronyms' names are read in corpus order (`_names_in_order`), and only the reports asking a name a
    decision reads are read whole (at 30,000 stored: 762 names, 13,000 reports; their 200,000 ids, not the 783,000
    mentions as objects)."""
    db = s.connection()
    limit = too_common(len(documents))
    common: set[str] = set() if limit is None else set(db.execute(
        select(MentionRow.canonical).group_by(MentionRow.canonical).having(
            func.count(distinct(MentionRow.document_id)) > limit)).scalars())
    read = _names_in_order(db)
    people, acronyms, wanted = read.wanted()
    asking: dict[str, set[int]] = defaultdict(set)
    for part in _chunks(sorted(wanted)):
        for c, d, label, text in _plain(db, select(
                MentionRow.canonical, MentionRow.document_id, MentionRow.label, MentionRow.text).where(
                MentionRow.canonical.in_(part))):
            if asks(label, text):
                asking[c].add(d)
    position = {d: n for n, d in enumerate(documents)}
    return Names(len(documents), read.fullest, people, acronyms,
                 {x: sorted(position[d] for d in ds) for x, ds in asking.items()},
                 _asking_context(db, asking, common))


def _names_in_order(db: Connection) -> NamesInOrder:
    """The persons' and acronyms' names of the mention table read in corpus order, each name once, where it first
    comes (a name met again decides nothing more)."""
    acronym_like = and_(MentionRow.label == "ORG", func.upper(MentionRow.text) == MentionRow.text)  # upper() folds
    # ASCII only: what `is_acronym` takes passes it. Each (id, label, text) row is kept once, where it first comes.
    first = dict.fromkeys(_plain(db, select(MentionRow.canonical, MentionRow.label, MentionRow.text).where(
        or_(MentionRow.label == "PER", acronym_like)).order_by(MentionRow.document_id, MentionRow.id)))
    read = NamesInOrder()
    for c, label, text in first:
        if label == "PER" or is_acronym(label, text):
            read.add(c, label, text)
    return read


def _asking_context(db: Connection, asking: dict[str, set[int]], common: set[str]) -> dict[str, set[str]]:
    """Per asked id, the other ids of the reports asking it but the too common ones, gathered row by row: the
    reports' own id sets are not held (13,000 sets of fresh strings at 30,000 stored), and each id is one string."""
    askers: dict[int, list[str]] = defaultdict(list)
    for x, ds in asking.items():
        for d in ds:
            askers[d].append(x)
    context: dict[str, set[str]] = {x: set() for x in asking}
    one: dict[str, str] = {}
    for docs in _chunks(sorted(askers)):
        for d, c in _plain(db, select(MentionRow.document_id, MentionRow.canonical).where(
                MentionRow.document_id.in_(docs)).distinct()):  # a report names an id several times: half the rows
            if c not in common:
                c = one.setdefault(c, c)
                for x in askers[d]:
                    context[x].add(c)
    for x, ids in context.items():
        ids.discard(x)
    return context


def stored_clusters(s: Session) -> dict[int, set[str]]:
    """The event clusters each stored document reports (absent: none)."""
    found: dict[int, set[str]] = defaultdict(set)
    for doc, cluster in s.connection().execute(select(EventRow.document_id, EventRow.cluster)):
        if cluster:
            found[doc].add(cluster)
    return dict(found)


def naming(s: Session, ids: Iterable[str]) -> set[int]:
    """Documents whose entities name any of these ids (through the covering mentions index)."""
    found: set[int] = set()
    for part in _chunks(sorted(set(ids))):
        found.update(s.scalars(select(MentionRow.document_id).where(MentionRow.canonical.in_(part))))
    return found


def write(s: Session, rows: dict[str, int], docs: Sequence[DocResult], analysis: Analysis, *, full: bool,
          new_words: Counter[str], same: Collection[str] = (), new: Collection[int] = ()) -> None:
    """Rewrite the index of `docs` (all of it when `full`) from their analysis; `new_words` adds to the counts.

    A neighbourhood rewrites only the documents whose keys or event rows differ from the stored ones: most of a
    neighbourhood is read for context and comes out as it was, and deleting and inserting its rows cost more than
    comparing them. Band keys are neither compared nor rewritten but for the `new` documents (by row id): a stored
    document's text and so its bands do not change (the neighbourhood reads only those it shares with a new one,
    `band_holders`), and they are most of the index. Nor are the keys of a document left as stored (`same`, by id)
    that reports no event: its one other key is its group's, which is the stored one.
    """
    linking = analysis.linking
    ids = [rows[d.id] for d in docs]
    by_doc: dict[int, list[int]] = defaultdict(list)
    mentions = linking.mentions if linking else []
    for n, m in enumerate(mentions):
        by_doc[m.key[0]].append(n)
    keys: dict[int, Counter[str]] = {}
    events: dict[int, list[tuple[int, str, list[str]]]] = {}

    def index_of(part: Iterable[int], with_bands: bool = True
                 ) -> tuple[dict[int, Counter[str]], dict[int, list[tuple[int, str, list[str]]]]]:
        """The keys (but for the band keys unless `with_bands`) and event rows of these documents (by position in
        `docs`), by row id."""
        part_keys, part_events = {}, {}
        for di in part:
            own = [mentions[n] for n in by_doc[di]]
            comps = [linking.components[n] for n in by_doc[di]] if linking else []
            bands = analysis.bands[di] if analysis.bands and with_bands else []
            part_keys[ids[di]] = doc_keys(docs[di], bands, own, comps)
            part_events[ids[di]] = [(m.key[1], fingerprint(m), sorted(m.words)) for m in own]
        return part_keys, part_events

    if full:
        keys, events = index_of(range(len(docs)))
        for model in (CorpusKey, CorpusEvent, CorpusSimilar, CorpusWord):
            s.execute(delete(model))
        changed = ids
    else:
        changed = []
        compared = [di for di in range(len(docs)) if docs[di].events or docs[di].id not in same]
        for part in _chunks(sorted(compared, key=ids.__getitem__)):  # only the changed ones' rows are kept
            part_keys, part_events = index_of(part, with_bands=False)
            found = set(_changed(s, part_keys, part_events))
            keys.update((d, part_keys[d]) for d in found)
            keys.update(index_of([di for di in part if ids[di] in found and ids[di] in new])[0])
            events.update((d, part_events[d]) for d in found)
            changed += sorted(found)
        for part in _chunks(changed):
            s.execute(delete(CorpusKey).where(CorpusKey.document_id.in_(part), not_(CorpusKey.key.like("b:%"))))
            s.execute(delete(CorpusEvent).where(CorpusEvent.document_id.in_(part)))
        _drop_similar(s, set(ids))
    # in the order of the keys' own index: inserted at random places, the rows read back most of its pages from the
    # file into SQLite's small page cache (at 30,000 stored, half the insert's time went to the system)
    key_rows = sorted(({"key": k, "document_id": d, "n": c} for d in changed for k, c in keys[d].items()),
                      key=lambda row: (row["key"], row["document_id"]))
    event_rows = [{"document_id": d, "idx": i, "fingerprint": f, "words": w} for d in changed for i, f, w in events[d]]
    similar = [{"a_document": ids[a[0]], "a_idx": a[1], "b_document": ids[b[0]], "b_idx": b[1], "similar": sim}
               for a, b, sim in (linking.similar if linking else [])]
    for model, values in ((CorpusKey, key_rows), (CorpusEvent, event_rows), (CorpusSimilar, similar)):
        if values:  # Core: see `models.table`
            s.execute(insert(table(model)), values)
    _add_words(s, Counter(w for m in mentions for w in m.words) if full else new_words)
    s.flush()
    analysed = s.scalar(select(Meta.value).where(Meta.key == ANALYSED))
    if analysed is not None:
        s.merge(Meta(key=INDEXED, value=analysed))


def _changed(s: Session, keys: dict[int, Counter[str]], events: dict[int, list[tuple[int, str, list[str]]]]
             ) -> list[int]:
    """The documents whose keys (but for band keys) or event rows differ from the stored ones (new documents have
    none stored), in the order of their ids."""
    stored_keys: dict[int, Counter[str]] = {d: Counter() for d in keys}
    stored_events: dict[int, list[tuple[int, str, list[str]]]] = {d: [] for d in keys}
    for part in _chunks(sorted(keys)):
        for d, k, n in _plain(s.connection(), select(CorpusKey.document_id, CorpusKey.key, CorpusKey.n).where(
                CorpusKey.document_id.in_(part), not_(CorpusKey.key.like("b:%")))):
            stored_keys[d][k] = n
        q = select(CorpusEvent.document_id, CorpusEvent.idx, CorpusEvent.fingerprint, CorpusEvent.words).where(
            CorpusEvent.document_id.in_(part)).order_by(CorpusEvent.document_id, CorpusEvent.idx)
        for d, i, f, w in s.execute(q):
            stored_events[d].append((i, f, list(w)))
    return [d for d in sorted(keys) if keys[d] != stored_keys[d] or sorted(events[d]) != stored_events[d]]


def _drop_similar(s: Session, inside: set[int]) -> None:
    """Delete the stored similarity-bound pairs with both mentions in these documents (the analysis lists them
    again), found through the index on the first document rather than by reading every pair."""
    stale: list[int] = []
    for part in _chunks(sorted(inside)):
        q = select(CorpusSimilar.id, CorpusSimilar.b_document).where(CorpusSimilar.a_document.in_(part))
        stale += [r for r, b in s.execute(q) if b in inside]
    for part in _chunks(stale):
        s.execute(delete(CorpusSimilar).where(CorpusSimilar.id.in_(part)))


def _add_words(s: Session, counts: Counter[str]) -> None:
    """Add to the stored document frequencies."""
    words = sorted(counts)
    stored: dict[str, int] = {}
    for part in _chunks(words):
        stored.update((w, n) for w, n in s.execute(select(CorpusWord.word, CorpusWord.df).where(
            CorpusWord.word.in_(part))))
    old = [{"word": w, "df": stored[w] + counts[w]} for w in words if w in stored]
    new = [{"word": w, "df": counts[w]} for w in words if w not in stored]
    if old:
        s.execute(update(CorpusWord), old)
    if new:
        s.execute(insert(table(CorpusWord)), new)
