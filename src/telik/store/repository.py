"""`Store`: the library API over the database; every read returns plain JSON-ready dicts."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, String, Text, and_, cast, delete, func, insert, literal, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from telik.corpus.credibility import outlet_credibility, outlet_name
from telik.model import Conflict, Credibility, DocResult
from telik.settings import get_settings
from telik.store import cache, fts
from telik.store.db import make_engine, migrate, normalize_url
from telik.store.models import (
    Alias,
    ClaimRow,
    ConflictRow,
    Document,
    Entity,
    EventRow,
    EvidenceRow,
    FigureReport,
    Mention,
    Meta,
    Participant,
    QuoteRow,
    table,
)
from telik.store.real_events import real_event
from telik.store.write import delete_facts, document_columns, drop_orphan_entities, norm, row_columns, write_facts

T = TypeVar("T")

#: Columns a caller may sort by, per listing (anything else is refused).
DOCUMENT_SORTS = {"published": Document.published, "title": Document.title, "outlet": Document.outlet,
                  "credibility": Document.credibility, "ingested": Document.id}
EVENT_SORTS = {"date": EventRow.date, "type": EventRow.type, "location": EventRow.location,
               "killed": EventRow.killed, "injured": EventRow.injured, "id": EventRow.id}
ENTITY_SORTS = {"mentions": "mentions", "name": Entity.name, "label": Entity.label, "canonical": Entity.canonical}

_CHUNK = 500
#: The columns of a document summary: listings read these, never the text or the `data` JSON.
_SUMMARY = (Document.id, Document.doc_id, Document.hash, Document.title, Document.outlet, Document.dateline,
            Document.published, Document.url, Document.source, Document.wire, Document.credibility,
            Document.duplicate_of, Document.ingested_at)
#: The columns of an event dict, read as plain rows (no ORM objects).
_EVENT_COLUMNS = (EventRow.id, EventRow.document_id, EventRow.type, EventRow.subtype, EventRow.trigger, EventRow.date,
                  EventRow.date_precision, EventRow.date_basis, EventRow.location, EventRow.location_basis,
                  EventRow.certainty, EventRow.killed, EventRow.killed_qualifier, EventRow.injured,
                  EventRow.injured_qualifier, EventRow.weapon, EventRow.evidence, EventRow.start, EventRow.end,
                  EventRow.cluster)
#: store_meta key: the newest document id the last finished corpus analysis covered.
ANALYSED = "corpus_analysed_upto"
#: store_meta key: the `ANALYSED` mark the corpus index was last written at (see `telik.store.corpus_index`).
INDEXED = "corpus_indexed_upto"
#: Event fields a timeline entry carries (from its first mention).
_TIMELINE_KEYS = ("id", "cluster", "type", "subtype", "date", "date_precision", "location", "certainty", "killed",
                  "injured", "actors", "targets", "evidence")


@dataclass
class Page:
    """One page of a listing: `items` plus the `total` number of matches."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


@dataclass
class Stats:
    """Counts over the whole store."""

    documents: int = 0
    entities: int = 0
    mentions: int = 0
    events: int = 0
    real_world_events: int = 0
    quotes: int = 0
    claims: int = 0
    conflicts: int = 0
    duplicates: int = 0
    events_by_type: dict[str, int] = field(default_factory=dict)
    entities_by_label: dict[str, int] = field(default_factory=dict)
    first_published: str | None = None
    last_published: str | None = None


def _like(value: str) -> str:
    """A LIKE pattern matching `value` anywhere, with LIKE's wildcards escaped."""
    escaped = value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _doc_key(key: str) -> ColumnElement[bool]:
    """Matches the document whose id or content hash is `key`."""
    return or_(Document.doc_id == key, Document.hash == key)


def _sort(columns: dict[str, Any], sort: str) -> Any:
    if sort not in columns:
        raise ValueError(f"cannot sort by {sort!r}; choose one of {sorted(columns)}")
    return columns[sort]


class Store:
    """A Telik database (SQLite or PostgreSQL); the schema is migrated to the newest revision on open."""

    def __init__(self, url: str | None = None, *, migrate_schema: bool = True) -> None:
        self.url = normalize_url(url or get_settings().db_url)
        self.engine = make_engine(self.url)
        self.dialect = self.engine.dialect.name
        if migrate_schema:
            migrate(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._cache = cache.GenerationCache()

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def session(self) -> Session:
        """A new ORM session (for callers that need their own queries)."""
        return self._sessions()

    # ---------------------------------------------------------------- writing

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are already stored (checked before running the pipeline)."""
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        with self._sessions() as s:
            for i in range(0, len(wanted), _CHUNK):
                found.update(s.scalars(select(Document.hash).where(Document.hash.in_(wanted[i : i + _CHUNK]))))
        return found

    def add_document(self, doc: DocResult) -> bool:
        """Store one document and its facts in one transaction; False when its content is already stored.

        When another stored document already uses `doc.id`, the id gets a hash suffix (the DocResult is
        updated in place) so ids stay unique in the store.
        """
        return self.add_documents([doc])[0]

    def add_documents(self, docs: list[DocResult]) -> list[bool]:
        """Store a batch of documents in one transaction; per document, False when its content was stored already.

        Entities are resolved through one in-memory map per batch and every table gets one bulk insert. A
        failure rolls the whole batch back and raises: callers retry its documents one by one (`add_document`).
        """
        try:
            return self._add_batch(docs)
        except IntegrityError:
            if len(docs) == 1 and docs[0].content_hash in self.known_hashes([docs[0].content_hash]):
                return [False]  # a concurrent ingest stored it first
            raise

    def _add_batch(self, docs: list[DocResult]) -> list[bool]:
        stored = self.known_hashes(d.content_hash for d in docs)
        added: list[bool] = []
        with self._sessions.begin() as s:
            taken = self._taken_ids(s, [d.id for d in docs])
            pairs: list[tuple[Document, DocResult]] = []
            for doc in docs:
                digest = doc.content_hash
                if digest in stored:
                    added.append(False)
                    continue
                stored.add(digest)
                if doc.id in taken:
                    doc.id = f"{doc.id}-{digest[:8]}"
                taken.add(doc.id)
                added.append(True)
                pairs.append((Document(hash=digest, **document_columns(doc)), doc))
            s.add_all([row for row, _ in pairs])
            s.flush()
            write_facts(s, [(row.id, doc) for row, doc in pairs])
            cache.stamp(s)
            for row, doc in pairs:
                fts.index_document(s, self.dialect, row.id, doc.title, doc.clean_text)
        return added

    @staticmethod
    def _taken_ids(s: Session, ids: list[str]) -> set[str]:
        """Which of these document ids the store already uses."""
        found: set[str] = set()
        for i in range(0, len(ids), _CHUNK):
            found.update(s.scalars(select(Document.doc_id).where(Document.doc_id.in_(ids[i : i + _CHUNK]))))
        return found

    def corpus_stale(self) -> bool:
        """True when documents were stored after the last finished corpus analysis (say, an ingest was killed)."""
        with self._sessions() as s:
            newest = s.scalar(select(func.max(Document.id)))
            done = s.scalar(select(Meta.value).where(Meta.key == ANALYSED))
        return newest is not None and (done is None or newest > int(done))

    def all_results(self) -> list[DocResult]:
        """Every stored DocResult, in ingestion order (the input of corpus re-analysis and exports)."""
        with self._sessions() as s:
            return [DocResult.from_dict(d) for d in s.scalars(select(Document.data).order_by(Document.id))]

    def apply_corpus(self, docs: list[DocResult], conflicts: list[Conflict], *, partial: bool = False,
                     index: Callable[[Session, dict[str, int]], None] | None = None,
                     same: Mapping[str, int] | None = None) -> int:
        """Write back what the corpus stage changed (clusters, duplicates, credibility, dates); returns docs changed.

        Only changed documents are rewritten (their facts and figure history). Conflicts are replaced in the same
        transaction: all of them, or with `partial` (the stage ran over a neighbourhood) those of the clusters these
        documents were or are in. `index` writes the corpus index in the same transaction (document ids by row
        id); without it the index is marked out of date. `same`: the documents known to be as stored and analysed
        before (document id -> row id; most of a neighbourhood), neither read nor compared again: of these, only the id,
        `duplicate_of` and events are read (the index's keys, the conflicts' clusters).
        """
        rewrite: list[tuple[int, DocResult]] = []  # by row id, in the order of `docs`, as the entity map reads them
        fresh: list[int] = []  # unchanged, but stored since the last analysis: no figure history yet
        with self._sessions.begin() as s:
            done = int(s.scalar(select(Meta.value).where(Meta.key == ANALYSED)) or 0)
            rows: dict[str, int] = dict(same or {})
            compared = [d for d in docs if d.id not in rows]
            for k in range(0, len(compared), _CHUNK):  # a portion's stored text at a time, not the neighbourhood's
                portion = compared[k : k + _CHUNK]
                stored = self._stored_data(s, [d.id for d in portion])
                updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
                for doc in portion:  # compared as documents first: serialising every one (`to_dict`) costs more
                    if doc.id not in stored:
                        continue
                    row_id, raw = stored[doc.id]
                    rows[doc.id] = row_id
                    data = json.loads(raw)
                    was = DocResult.from_dict(data)
                    columns = None if was == doc else document_columns(doc)
                    if columns is None or data == columns["data"]:
                        if row_id > done:
                            fresh.append(row_id)
                        continue
                    rewrite.append((row_id, doc))
                    if (was.title, was.clean_text) != (doc.title, doc.clean_text):  # the row mirrors its `data`
                        fts.reindex_document(s, self.dialect, row_id, doc.title, doc.clean_text)
                    stale = row_columns(was)  # only the columns that changed are set, as the ORM would
                    columns = {c: v for c, v in columns.items() if c == "data" or stale[c] != v}
                    updates.setdefault(tuple(columns), []).append({"id": row_id, **columns})
                for values in updates.values():  # by primary key, a portion at a time: no whole rows loaded
                    s.execute(update(Document), values)
            topics = self._topics(s, list(rows.values()), docs) if partial else set()
            delete_facts(s, [row_id for row_id, _ in rewrite])
            s.flush()
            write_facts(s, rewrite)
            self._write_figures(s, sorted(fresh + [row_id for row_id, _ in rewrite]))
            drop_orphan_entities(s)
            if partial:
                ordered = sorted(topics)
                for i in range(0, len(ordered), _CHUNK):
                    s.execute(delete(ConflictRow).where(ConflictRow.cluster.in_(ordered[i : i + _CHUNK])))
            else:
                s.execute(delete(ConflictRow))
            cache.stamp(s)
            for c in conflicts:
                s.add(ConflictRow(cluster=c.cluster, field=c.field, values=list(c.values), reports=list(c.reports),
                                  best=c.best, reason=c.reason, kind=c.kind))
            covered = [rows[d.id] for d in docs if d.id in rows]
            if covered:  # in the same transaction: a kill before commit leaves the corpus marked stale
                s.merge(Meta(key=ANALYSED, value=str(max(covered + [done]))))
            if index is not None:
                index(s, rows)
            else:  # the corpus index no longer describes the documents: the next update runs in full
                s.execute(delete(Meta).where(Meta.key == INDEXED))
        return len(rewrite)

    @staticmethod
    def _stored_data(s: Session, doc_ids: list[str]) -> dict[str, tuple[int, str]]:
        """Per document id, its row id and its stored result as JSON text (not the whole row: most of a
        neighbourhood comes out of the stage as it was, and the changed rows are updated by row id, never loaded)."""
        found: dict[str, tuple[int, str]] = {}
        for i in range(0, len(doc_ids), _CHUNK):
            q = select(Document.doc_id, Document.id, cast(Document.data, Text)).where(
                Document.doc_id.in_(doc_ids[i : i + _CHUNK]))
            found.update((doc_id, (row_id, raw)) for doc_id, row_id, raw in s.execute(q))
        return found

    @staticmethod
    def _topics(s: Session, row_ids: list[int], docs: list[DocResult]) -> set[str]:
        """What the conflicts of these documents are filed under: the clusters their events were and are in, and
        (a claim about no clustered event) the documents themselves."""
        topics = {ev.cluster for d in docs for ev in d.events if ev.cluster} | {f"doc:{d.id}" for d in docs}
        for i in range(0, len(row_ids), _CHUNK):
            topics.update(c for c in s.scalars(select(EventRow.cluster).where(
                EventRow.document_id.in_(row_ids[i : i + _CHUNK]), EventRow.cluster.is_not(None))) if c)
        return topics

    def analysed_upto(self) -> int:
        """The newest document id the last finished corpus analysis covered (0 before the first)."""
        with self._sessions() as s:
            return int(s.scalar(select(Meta.value).where(Meta.key == ANALYSED)) or 0)

    def conflicts(self) -> list[Conflict]:
        """The stored conflicts as model objects (for exports)."""
        with self._sessions() as s:
            return [Conflict(cluster=r.cluster, field=r.field, values=list(r.values), reports=list(r.reports),
                             best=r.best, reason=r.reason, kind=r.kind)
                    for r in s.scalars(select(ConflictRow).order_by(ConflictRow.id))]

    @staticmethod
    def _write_figures(s: Session, document_ids: list[int]) -> None:
        """Figure history rows of these documents' events (their old rows went with `delete_facts`)."""
        for i in range(0, len(document_ids), _CHUNK):
            q = select(EventRow, Document.doc_id, Document.outlet, Document.published).join(Document).where(
                EventRow.document_id.in_(document_ids[i : i + _CHUNK]),
                or_(EventRow.killed.is_not(None), EventRow.injured.is_not(None))).order_by(EventRow.id)
            rows = []
            for ev, doc_id, outlet, published in s.execute(q):
                cluster = ev.cluster or f"{doc_id}#{ev.idx}"
                figures = (("killed", ev.killed, ev.killed_qualifier), ("injured", ev.injured, ev.injured_qualifier))
                rows += [{"cluster": cluster, "field": name, "value": value, "qualifier": qualifier,
                          "document_id": ev.document_id, "event_id": ev.id, "outlet": outlet, "published": published}
                         for name, value, qualifier in figures if value is not None]
            if rows:
                s.execute(insert(table(FigureReport)), rows)

    # ---------------------------------------------------------------- documents

    @staticmethod
    def _doc_summary(row: Any) -> dict[str, Any]:  # a Document, or a row of its _SUMMARY columns
        return {
            "id": row.doc_id, "hash": row.hash, "title": row.title, "outlet": row.outlet, "dateline": row.dateline,
            "published": row.published, "url": row.url, "source": row.source, "wire": list(row.wire or []),
            "credibility": row.credibility, "duplicate_of": row.duplicate_of,
            "ingested_at": row.ingested_at.isoformat() if row.ingested_at else None,
        }

    def list_documents(
        self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
        min_credibility: float | None = None, max_credibility: float | None = None,
        sort: str = "published", descending: bool = True, limit: int = 50, offset: int = 0,
    ) -> Page:
        """Documents filtered by outlet (case-insensitive), publication date range and credibility."""
        _sort(DOCUMENT_SORTS, sort)
        key = ("documents", outlet, since, until, min_credibility, max_credibility, sort, descending, limit, offset)
        return self._cached(key, lambda: self._list_documents(outlet, since, until, min_credibility, max_credibility,
                                                              sort, descending, limit, offset))

    def _list_documents(self, outlet: str | None, since: str | None, until: str | None,
                        min_credibility: float | None, max_credibility: float | None, sort: str, descending: bool,
                        limit: int, offset: int) -> Page:
        conds = []
        if outlet:  # its name in any case, or the host of an article whose outlet is unknown
            host = outlet.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            by_host = and_(Document.outlet.is_(None), func.lower(Document.url).like(f"%://{host}/%", escape="\\"))
            conds.append(or_(func.lower(Document.outlet) == outlet.casefold(), by_host))
        if since:
            conds.append(Document.published >= since)
        if until:
            conds.append(func.substr(Document.published, 1, len(until)) <= until)
        if min_credibility is not None:
            conds.append(Document.credibility >= min_credibility)
        if max_credibility is not None:
            conds.append(Document.credibility <= max_credibility)
        col = _sort(DOCUMENT_SORTS, sort)
        order = (col.desc() if descending else col.asc()).nulls_last()
        with self._sessions() as s:
            total = s.scalar(select(func.count(Document.id)).where(*conds)) or 0
            # the page's ids first (from an index, however many documents tie on the sort key), then their rows
            ids = list(s.scalars(select(Document.id).where(*conds).order_by(order, Document.id)
                                 .limit(limit).offset(offset)))
            rows = {r.id: r for r in s.execute(select(*_SUMMARY).where(Document.id.in_(ids)))}
            return Page([self._doc_summary(rows[i]) for i in ids], total, limit, offset)

    def _find_document(self, s: Session, key: str) -> Document | None:
        return s.scalar(select(Document).where(_doc_key(key)))

    def get_result(self, key: str) -> DocResult | None:
        """The full DocResult of a document, by its id or content hash."""
        with self._sessions() as s:
            row = self._find_document(s, key)
            return DocResult.from_dict(row.data) if row else None

    def get_document(self, key: str) -> dict[str, Any] | None:
        """One document by id or hash: metadata, text, clean text, credibility signals and every annotation.

        Annotations are character spans into `text`: entities, dates, figures, quotes, claims, and
        events (each with its store `id`, cluster, actors, targets and evidence spans).
        """
        with self._sessions() as s:
            row = self._find_document(s, key)
            if row is None:
                return None
            data = row.data
            events = self._event_dicts(s, select(EventRow).where(EventRow.document_id == row.id)
                                       .order_by(EventRow.idx))
            return {
                **self._doc_summary(row), "text": row.text, "clean_text": row.clean_text,
                "reference_date": row.reference_date, "credibility_signals": list(row.credibility_signals or []),
                "entities": data.get("entities", []), "dates": data.get("dates", []),
                "figures": data.get("figures", []), "quotes": data.get("quotes", []),
                "claims": data.get("claims", []), "events": events, "warnings": data.get("warnings", []),
            }

    def search(self, query: str, *, limit: int = 20, offset: int = 0, marks: tuple[str, str] = ("[", "]")) -> Page:
        """Full-text search over title + clean text; each item is a document summary plus a `snippet`.

        The snippet wraps matched words in `marks` (raw text: escape it before showing it as HTML).
        """
        with self._sessions() as s:
            hits, total = fts.search_ids(s, self.dialect, query, limit, offset, marks)
            rows = {r.id: r for r in s.execute(select(*_SUMMARY).where(Document.id.in_([h[0] for h in hits])))}
            items = [{**self._doc_summary(rows[pk]), "snippet": snip} for pk, snip in hits if pk in rows]
            return Page(items, total, limit, offset)

    def outlets(self) -> list[dict[str, Any]]:
        """Per outlet (wire or host when the outlet is unknown): documents and the aggregated credibility."""
        return self._cached(("outlets",), self._outlets)

    def _cached(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """`compute()`, or its answer from the last call since which nothing was written."""
        with self._sessions() as s:
            current = cache.generation(s)
        return self._cache.get(key, current, compute)

    def _outlets(self) -> list[dict[str, Any]]:
        """Per outlet (wire or host when the outlet is unknown): documents and the aggregated credibility.

        `credibility` and `signals` come from `telik.corpus.outlet_credibility` (mean over the outlet's
        independent articles, with how many of them carry each signal); most documents first.
        """
        with self._sessions() as s:
            rows = s.execute(select(Document.doc_id, Document.outlet, Document.url,
                                    Document.duplicate_of, Document.credibility, Document.credibility_signals))
            # a wire credit (Reuters, AFP) is not the outlet that published the article: it is left out here
            docs = [DocResult(id=d, text="", clean_text="", outlet=o, url=u, duplicate_of=dup,
                              credibility=Credibility(c, list(sig or [])) if c is not None else None)
                    for d, o, u, dup, c, sig in rows]
        spellings: dict[str, Counter[str]] = {}
        for d in docs:  # one outlet however its name is cased: shown in its most frequent spelling
            if d.outlet:
                spellings.setdefault(d.outlet.casefold(), Counter())[d.outlet] += 1
        for d in docs:
            if d.outlet:
                d.outlet = spellings[d.outlet.casefold()].most_common(1)[0][0]
        per = outlet_credibility(docs)
        counts = Counter(outlet_name(d) for d in docs)
        out = []
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or "")):
            cred = per.get(name) if name else None
            out.append({"outlet": name, "documents": n, "credibility": cred.score if cred else None,
                        "signals": list(cred.signals) if cred else []})
        return out

    # ---------------------------------------------------------------- entities

    def resolve_entity(self, key: str) -> str | None:
        """The canonical id of an entity given its canonical id or any alias (the most-mentioned wins)."""
        with self._sessions() as s:
            return self._resolve(s, key)

    @staticmethod
    def _resolve(s: Session, key: str) -> str | None:
        if s.get(Entity, key) is not None:
            return key
        mentions = select(func.count(Mention.id)).where(Mention.canonical == Alias.canonical).scalar_subquery()
        return s.scalar(select(Alias.canonical).where(Alias.norm == norm(key))
                        .order_by(mentions.desc(), Alias.canonical).limit(1))

    def _alias_norms(self, s: Session, key: str) -> tuple[str | None, set[str]]:
        canonical = self._resolve(s, key)
        norms = {norm(key)}
        if canonical:
            norms.update(s.scalars(select(Alias.norm).where(Alias.canonical == canonical)))
        return canonical, norms

    def list_entities(
        self, *, alias: str | None = None, query: str | None = None, label: str | None = None,
        sort: str = "mentions", limit: int = 50, offset: int = 0,
    ) -> Page:
        """Entities with aliases and mention/document counts.

        `alias`: exact (case-insensitive) match on any alias or the canonical id; `query`: substring of any alias.
        """
        _sort(ENTITY_SORTS, sort)
        key = ("entities", alias, query, label, sort, limit, offset)
        return self._cached(key, lambda: self._list_entities(alias, query, label, sort, limit, offset))

    def _list_entities(self, alias: str | None, query: str | None, label: str | None, sort: str, limit: int,
                       offset: int) -> Page:
        counts = (select(Mention.canonical, func.count(Mention.id).label("mentions"),
                         func.count(func.distinct(Mention.document_id)).label("documents"))
                  .group_by(Mention.canonical).subquery())
        conds = []
        if alias:
            named = select(Alias.canonical).where(Alias.norm == norm(alias))
            conds.append(or_(Entity.canonical == alias, Entity.canonical.in_(named)))
        if query:
            containing = select(Alias.canonical).where(Alias.norm.like(_like(query), escape="\\"))
            conds.append(Entity.canonical.in_(containing))
        if label:
            conds.append(Entity.label == label.upper())
        col = _sort(ENTITY_SORTS, sort)
        order = [counts.c.mentions.desc(), Entity.name] if col == "mentions" else [col, Entity.canonical]
        with self._sessions() as s:
            total = s.scalar(select(func.count()).select_from(Entity).where(*conds)) or 0
            q = (select(Entity, func.coalesce(counts.c.mentions, 0), func.coalesce(counts.c.documents, 0))
                 .outerjoin(counts, counts.c.canonical == Entity.canonical).where(*conds).order_by(*order)
                 .limit(limit).offset(offset))
            rows = s.execute(q).all()
            aliases = self._aliases(s, [r[0].canonical for r in rows])
            items = [{"canonical": e.canonical, "label": e.label, "name": e.name,
                      "aliases": aliases.get(e.canonical, []), "mentions": m, "documents": d} for e, m, d in rows]
            return Page(items, total, limit, offset)

    @staticmethod
    def _aliases(s: Session, canonicals: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        q = select(Alias.canonical, Alias.alias).where(Alias.canonical.in_(canonicals)).order_by(Alias.alias)
        for c, a in s.execute(q):
            out.setdefault(c, []).append(a)
        return out

    def get_entity(self, key: str, *, mention_limit: int = 200) -> dict[str, Any] | None:
        """One entity by canonical id or any alias: aliases, mentions, co-occurring entities, timeline."""
        with self._sessions() as s:
            canonical = self._resolve(s, key)
            if canonical is None:
                return None
            entity = s.get(Entity, canonical)
            assert entity is not None
            q = (select(Mention, Document.doc_id, Document.title, Document.outlet, Document.published).join(Document)
                 .where(Mention.canonical == canonical).order_by(Document.published, Document.id, Mention.start)
                 .limit(mention_limit))
            mentions = [{"document": d, "title": t, "outlet": o, "published": p, "text": m.text, "label": m.label,
                         "start": m.start, "end": m.end} for m, d, t, o, p in s.execute(q)]
            total = s.scalar(select(func.count(Mention.id)).where(Mention.canonical == canonical)) or 0
            return {"canonical": canonical, "label": entity.label, "name": entity.name,
                    "aliases": self._aliases(s, [canonical]).get(canonical, []), "mention_count": total,
                    "mentions": mentions, "cooccurring": self._cooccurring(s, canonical),
                    "timeline": self._timeline(s, key, dated_only=False)}

    @staticmethod
    def _cooccurring(s: Session, canonical: str, limit: int = 15) -> list[dict[str, Any]]:
        docs = select(Mention.document_id).where(Mention.canonical == canonical)
        q = (select(Entity.canonical, Entity.name, Entity.label, func.count(func.distinct(Mention.document_id)))
             .join(Mention, Mention.canonical == Entity.canonical)
             .where(Mention.document_id.in_(docs), Entity.canonical != canonical)
             .group_by(Entity.canonical, Entity.name, Entity.label)
             .order_by(func.count(func.distinct(Mention.document_id)).desc(), Entity.name).limit(limit))
        return [{"canonical": c, "name": n, "label": lab, "documents": k} for c, n, lab, k in s.execute(q)]

    # ---------------------------------------------------------------- events

    def _event_dicts(self, s: Session, query: Any) -> list[dict[str, Any]]:
        """The event dicts of `query` (a `select(EventRow)…`), read as plain rows of the columns they need."""
        rows = s.execute(query.with_only_columns(*_EVENT_COLUMNS)).all()
        if not rows:
            return []
        ids = [r.id for r in rows]
        parts: dict[int, dict[str, list[str]]] = {}
        for eid, role, name in s.execute(select(Participant.event_id, Participant.role, Participant.name)
                                         .where(Participant.event_id.in_(ids)).order_by(Participant.id)):
            parts.setdefault(eid, {"actor": [], "target": []})[role].append(name)
        spans: dict[int, list[dict[str, Any]]] = {}
        for eid, text, start, end in s.execute(select(EvidenceRow.event_id, EvidenceRow.text, EvidenceRow.start,
                                                      EvidenceRow.end)
                                               .where(EvidenceRow.event_id.in_(ids)).order_by(EvidenceRow.id)):
            spans.setdefault(eid, []).append({"text": text, "start": start, "end": end})
        docs = {d.id: d for d in s.execute(select(Document.id, Document.doc_id, Document.title, Document.outlet,
                                                  Document.published)
                                           .where(Document.id.in_({r.document_id for r in rows})))}
        out = []
        for r in rows:
            d = docs[r.document_id]
            p = parts.get(r.id, {"actor": [], "target": []})
            out.append({
                "id": r.id, "document": d.doc_id, "title": d.title, "outlet": d.outlet, "published": d.published,
                "type": r.type, "subtype": r.subtype, "trigger": r.trigger, "date": r.date,
                "date_precision": r.date_precision, "date_basis": r.date_basis, "location": r.location,
                "location_basis": r.location_basis, "certainty": r.certainty,
                "killed": r.killed, "killed_qualifier": r.killed_qualifier, "injured": r.injured,
                "injured_qualifier": r.injured_qualifier, "weapon": r.weapon, "actors": p["actor"],
                "targets": p["target"], "evidence": r.evidence, "start": r.start, "end": r.end,
                "mentions": spans.get(r.id, []), "cluster": r.cluster,
            })
        return out

    def list_events(
        self, *, type: str | None = None, since: str | None = None, until: str | None = None,
        place: str | None = None, actor: str | None = None, certainty: str | None = None,
        cluster: str | None = None, document: str | None = None,
        sort: str = "date", descending: bool = False, limit: int = 50, offset: int = 0,
    ) -> Page:
        """Event mentions with evidence, filtered by type, date range (any precision), place, actor, certainty.

        `place` and `actor` match the name or any alias of the entity it resolves to (and, for places,
        any location containing the name).
        """
        with self._sessions() as s:
            conds = self._event_conds(s, type=type, since=since, until=until, place=place, actor=actor,
                                      certainty=certainty, cluster=cluster, document=document)
            col = _sort(EVENT_SORTS, sort)
            order = (col.desc() if descending else col.asc()).nulls_last()
            total = s.scalar(select(func.count(EventRow.id)).where(*conds)) or 0
            items = self._event_dicts(s, select(EventRow).where(*conds).order_by(order, EventRow.id)
                                      .limit(limit).offset(offset))
            return Page(items, total, limit, offset)

    def list_real_events(
        self, *, type: str | None = None, since: str | None = None, until: str | None = None,
        place: str | None = None, actor: str | None = None, certainty: str | None = None,
        cluster: str | None = None, document: str | None = None,
        sort: str = "date", descending: bool = False, limit: int = 50, offset: int = 0,
    ) -> Page:
        """Real-world events (a cluster of mentions, or a mention on its own) any of whose mentions matches the
        filters: one item each, with its most informative mention's fields, its best figures and the reason
        for them, and every report (`reports`)."""
        cache_key = ("real_events", type, since, until, place, actor, certainty, cluster, document, sort, descending,
                     limit, offset)
        return self._cached(cache_key, lambda: self._list_real_events(
            type=type, since=since, until=until, place=place, actor=actor, certainty=certainty, cluster=cluster,
            document=document, sort=sort, descending=descending, limit=limit, offset=offset))

    def _list_real_events(
        self, *, type: str | None, since: str | None, until: str | None, place: str | None, actor: str | None,
        certainty: str | None, cluster: str | None, document: str | None, sort: str, descending: bool, limit: int,
        offset: int,
    ) -> Page:
        key = func.coalesce(EventRow.cluster, literal("event:", String).concat(func.cast(EventRow.id, String)))
        sorts = {"date": func.min(EventRow.date), "type": func.min(EventRow.type),
                 "location": func.min(EventRow.location), "killed": func.max(EventRow.killed),
                 "injured": func.max(EventRow.injured), "id": func.min(EventRow.id)}
        col = _sort(sorts, sort)
        with self._sessions() as s:
            conds = self._event_conds(s, type=type, since=since, until=until, place=place, actor=actor,
                                      certainty=certainty, cluster=cluster, document=document)
            total = s.scalar(select(func.count(func.distinct(key))).where(*conds)) or 0
            order = (col.desc() if descending else col.asc()).nulls_last()
            keys = [k for (k,) in s.execute(select(key).where(*conds).group_by(key)
                                            .order_by(order, func.min(EventRow.id)).limit(limit).offset(offset))]
            clusters = [k for k in keys if not k.startswith("event:")]
            ids = [int(k.split(":", 1)[1]) for k in keys if k.startswith("event:")]
            mentions = self._event_dicts(s, select(EventRow).where(or_(EventRow.cluster.in_(clusters),
                                                                       EventRow.id.in_(ids)))
                                         .order_by(EventRow.id))
            conflicts: dict[str, list[ConflictRow]] = {}
            for c in s.scalars(select(ConflictRow).where(ConflictRow.cluster.in_(clusters))):
                conflicts.setdefault(c.cluster, []).append(c)
            grouped: dict[str, list[dict[str, Any]]] = {}
            for m in mentions:
                grouped.setdefault(m["cluster"] or f"event:{m['id']}", []).append(m)
            items = [real_event(k, grouped[k], conflicts.get(k, [])) for k in keys if k in grouped]
            return Page(items, total, limit, offset)

    def event_places(self, limit: int = 10) -> list[str]:
        """The places with the most event mentions (for naming the allowed values of a place filter)."""
        with self._sessions() as s:
            q = (select(EventRow.location).where(EventRow.location.is_not(None)).group_by(EventRow.location)
                 .order_by(func.count(EventRow.id).desc(), EventRow.location).limit(limit))
            return [p for p in s.scalars(q) if p]

    def _event_conds(
        self, s: Session, *, type: str | None, since: str | None, until: str | None, place: str | None,
        actor: str | None, certainty: str | None, cluster: str | None, document: str | None,
    ) -> list[Any]:
        """The WHERE conditions of an event listing's filters."""
        conds: list[Any] = []
        if type:
            conds.append(EventRow.type == type.upper())
        if since:
            conds.append(or_(EventRow.date >= since, literal(since, String).startswith(EventRow.date)))
        if until:
            conds.append(func.substr(EventRow.date, 1, len(until)) <= until)
        if place:
            _, norms = self._alias_norms(s, place)
            conds.append(or_(func.lower(EventRow.location).in_(norms),
                             func.lower(EventRow.location).like(_like(place), escape="\\")))
        if actor:
            _, norms = self._alias_norms(s, actor)
            acting = select(Participant.event_id).where(Participant.role == "actor", Participant.norm.in_(norms))
            conds.append(EventRow.id.in_(acting))
        if certainty:
            conds.append(EventRow.certainty == certainty)
        if cluster:
            conds.append(EventRow.cluster == cluster)
        if document:
            conds.append(EventRow.document_id.in_(select(Document.id).where(_doc_key(document))))
        return conds

    def get_event(self, event_id: int) -> dict[str, Any] | None:
        """One event mention with the other mentions of its real-world event, its figure history and conflicts."""
        with self._sessions() as s:
            found = self._event_dicts(s, select(EventRow).where(EventRow.id == event_id))
            if not found:
                return None
            event = found[0]
            row = s.get(EventRow, event_id)
            assert row is not None
            key = row.cluster or f"{event['document']}#{row.idx}"
            others = (self._event_dicts(s, select(EventRow).where(EventRow.cluster == row.cluster)
                                        .order_by(EventRow.id))
                      if row.cluster else [event])
            conflicts = s.scalars(select(ConflictRow).where(ConflictRow.cluster == key))
            return {**event, "cluster_mentions": others, "figures": self._figures(s, key),
                    "conflicts": [self._conflict_dict(c) for c in conflicts]}

    @staticmethod
    def _figures(s: Session, cluster: str) -> list[dict[str, Any]]:
        q = (select(FigureReport, Document.doc_id).join(Document, Document.id == FigureReport.document_id)
             .where(FigureReport.cluster == cluster)
             .order_by(FigureReport.field, FigureReport.published.nulls_last(), FigureReport.event_id,
                       FigureReport.id))
        return [{"field": f.field, "value": f.value, "qualifier": f.qualifier, "document": d, "event_id": f.event_id,
                 "outlet": f.outlet, "published": f.published} for f, d in s.execute(q)]

    def figure_history(self, cluster: str) -> list[dict[str, Any]]:
        """Every reported value of every figure of one real-world event, by field then publication date."""
        with self._sessions() as s:
            return self._figures(s, cluster)

    @staticmethod
    def _conflict_dict(c: ConflictRow) -> dict[str, Any]:
        return {"id": c.id, "cluster": c.cluster, "field": c.field, "values": list(c.values),
                "reports": list(c.reports), "best": c.best, "reason": c.reason, "kind": c.kind}

    def list_conflicts(self) -> list[dict[str, Any]]:
        """Every conflict (and rising count) with the events of its cluster summarised and its figure history."""
        with self._sessions() as s:
            out = []
            for c in s.scalars(select(ConflictRow).order_by(ConflictRow.id)):
                first = s.scalar(select(EventRow).where(EventRow.cluster == c.cluster)
                                 .order_by(EventRow.date.nulls_last(), EventRow.id).limit(1))
                summary = ({"type": first.type, "date": first.date, "location": first.location, "event_id": first.id}
                           if first else {})
                out.append({**self._conflict_dict(c), "event": summary, "figures": self._figures(s, c.cluster)})
            return out

    # ---------------------------------------------------------------- timelines

    def timeline(self, key: str, *, dated_only: bool = True) -> list[dict[str, Any]]:
        """Events an entity or place took part in, one per real-world event, ordered by date, with sources.

        An event belongs to the entity when the entity (any alias) is an actor, a target or the location,
        or when one of its mentions lies inside the event's evidence span.
        """
        with self._sessions() as s:
            return self._timeline(s, key, dated_only)

    def _timeline(self, s: Session, key: str, dated_only: bool) -> list[dict[str, Any]]:
        canonical, norms = self._alias_norms(s, key)
        involved: list[ColumnElement[bool]] = [
            EventRow.id.in_(select(Participant.event_id).where(Participant.norm.in_(norms))),
            func.lower(EventRow.location).in_(norms)]
        if canonical:
            inside = select(Mention.id).where(Mention.canonical == canonical,
                                              Mention.document_id == EventRow.document_id,
                                              Mention.start >= EventRow.start, Mention.end <= EventRow.end)
            involved.append(inside.exists())
        conds = [or_(*involved)]
        if dated_only:
            conds.append(EventRow.date.is_not(None))
        events = self._event_dicts(s, select(EventRow).where(and_(*conds))
                                   .order_by(EventRow.date.nulls_last(), EventRow.id))
        grouped: dict[str, dict[str, Any]] = {}
        mentions: dict[str, list[dict[str, Any]]] = {}
        for ev in events:
            k = ev["cluster"] or f"event:{ev['id']}"
            mentions.setdefault(k, []).append(ev)
            entry = grouped.get(k)
            if entry is None:
                entry = grouped[k] = {key_: ev[key_] for key_ in _TIMELINE_KEYS}
                entry["sources"] = []
            entry["sources"].append({"event_id": ev["id"], "document": ev["document"], "title": ev["title"],
                                     "outlet": ev["outlet"], "published": ev["published"], "evidence": ev["evidence"]})
        conflicts: dict[str, list[ConflictRow]] = {}
        for c in s.scalars(select(ConflictRow).where(ConflictRow.cluster.in_(list(grouped)))):
            conflicts.setdefault(c.cluster, []).append(c)
        for k, entry in grouped.items():  # the event's best figures, not its first report's
            best = real_event(k, mentions[k], conflicts.get(k, []))
            entry.update(killed=best["killed"], injured=best["injured"], figures_reason=best["figures_reason"])
        return sorted(grouped.values(), key=lambda e: (e["date"] is None, e["date"] or "", e["id"]))

    # ---------------------------------------------------------------- quotes

    def list_quotes(
        self, *, speaker: str | None = None, document: str | None = None, anonymous: bool | None = None,
        limit: int = 50, offset: int = 0,
    ) -> Page:
        """Direct quotations; `speaker` matches part of the speaker's name or any alias of its entity."""
        conds: list[Any] = []
        with self._sessions() as s:
            if speaker:
                canonical, norms = self._alias_norms(s, speaker)
                alts: list[ColumnElement[bool]] = [func.lower(QuoteRow.speaker).like(_like(speaker), escape="\\"),
                                                   func.lower(QuoteRow.speaker).in_(norms)]
                if canonical:
                    alts.append(QuoteRow.speaker_canonical == canonical)
                conds.append(or_(*alts))
            if document:
                conds.append(QuoteRow.document_id.in_(select(Document.id).where(_doc_key(document))))
            if anonymous is not None:
                conds.append(QuoteRow.anonymous.is_(anonymous))
            total = s.scalar(select(func.count(QuoteRow.id)).where(*conds)) or 0
            q = (select(QuoteRow, Document.doc_id, Document.title, Document.outlet, Document.published).join(Document)
                 .where(*conds).order_by(Document.published.desc().nulls_last(), QuoteRow.id)
                 .limit(limit).offset(offset))
            items = [{"id": r.id, "document": d, "title": t, "outlet": o, "published": p, "speaker": r.speaker,
                      "speaker_canonical": r.speaker_canonical, "speaker_role": r.speaker_role,
                      "anonymous": r.anonymous,
                      "text": r.text, "start": r.start, "end": r.end} for r, d, t, o, p in s.execute(q)]
            return Page(items, total, limit, offset)

    # ---------------------------------------------------------------- statistics

    def stats(self) -> Stats:
        """Counts of everything stored, events by type and entities by label."""
        return self._cached(("stats",), self._stats)

    def _stats(self) -> Stats:
        with self._sessions() as s:
            def count(col: Any, *where: Any) -> int:
                return s.scalar(select(func.count(col)).where(*where)) or 0

            def by(group: Any, col: Any) -> dict[str, int]:
                rows = s.execute(select(group, func.count(col)).group_by(group)).all()
                return dict(Counter(dict(rows)).most_common())

            clusters = s.scalar(select(func.count(func.distinct(EventRow.cluster)))) or 0
            return Stats(
                documents=count(Document.id), entities=count(Entity.canonical), mentions=count(Mention.id),
                events=count(EventRow.id),
                real_world_events=clusters + count(EventRow.id, EventRow.cluster.is_(None)),
                quotes=count(QuoteRow.id), claims=count(ClaimRow.id), conflicts=count(ConflictRow.id),
                duplicates=count(Document.id, Document.duplicate_of.is_not(None)),
                events_by_type=by(EventRow.type, EventRow.id),
                entities_by_label=by(Entity.label, Entity.canonical),
                first_published=s.scalar(select(func.min(Document.published))),
                last_published=s.scalar(select(func.max(Document.published))),
            )
