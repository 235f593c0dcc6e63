"""The store's tables: documents keyed by content hash, the facts extracted from them, and corpus results.

Every fact keeps `start`/`end` character offsets into its document's original text. The full
`DocResult` is kept as JSON in `documents.data` (lossless); the other tables are normalised views
of it for querying, rebuilt from it whenever the corpus stage changes a document.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


def table(model: type[Base]) -> Table:
    """A model's Core table: rows inserted through it skip the ORM's bulk insert, which costs twice as much."""
    found = model.__table__
    assert isinstance(found, Table)
    return found


class Meta(Base):
    """Key/value facts about the store itself (e.g. the PostgreSQL text-search configuration)."""

    __tablename__ = "store_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Document(Base):
    """One article; `hash` (sha256 of the original text) makes ingesting twice a no-op."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    doc_id: Mapped[str] = mapped_column(String(512), unique=True)  # DocResult.id, unique in the store
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(256), index=True)
    dateline: Mapped[str | None] = mapped_column(String(256))
    published: Mapped[str | None] = mapped_column(String(32), index=True)
    reference_date: Mapped[str | None] = mapped_column(String(32))
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    wire: Mapped[list[str]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text)
    clean_text: Mapped[str] = mapped_column(Text)
    duplicate_of: Mapped[str | None] = mapped_column(String(512))
    credibility: Mapped[float | None] = mapped_column(Float, index=True)
    credibility_signals: Mapped[list[str]] = mapped_column(JSON, default=list)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Entity(Base):
    """One real-world entity: the canonical id every alias links to."""

    __tablename__ = "entities"
    canonical: Mapped[str] = mapped_column(String(256), primary_key=True)
    label: Mapped[str] = mapped_column(String(8), index=True)
    name: Mapped[str] = mapped_column(String(512))


class Alias(Base):
    """A surface form seen for an entity; `norm` (casefolded) is what look-ups match."""

    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("canonical", "norm", name="uq_alias_canonical_norm"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # looked up through the unique (canonical, norm): no index of its own (migration 0006)
    canonical: Mapped[str] = mapped_column(ForeignKey("entities.canonical", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(512))
    norm: Mapped[str] = mapped_column(String(512), index=True)


class Mention(Base):
    """One entity mention in one document."""

    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    # looked up through ix_mentions_canonical_document: no index of its own (migration 0006)
    canonical: Mapped[str] = mapped_column(ForeignKey("entities.canonical", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class EventRow(Base):
    """One event mention as extracted from one document; `cluster` joins mentions of one real-world event."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # looked up through ix_events_doc_idx: no index of its own (migration 0006)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    idx: Mapped[int] = mapped_column(Integer)  # position in DocResult.events
    type: Mapped[str] = mapped_column(String(32), index=True)
    subtype: Mapped[str | None] = mapped_column(String(64))
    trigger: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(32), index=True)
    date_precision: Mapped[str | None] = mapped_column(String(16))
    date_basis: Mapped[str | None] = mapped_column(String(16))  # see model.Event.date_basis
    location: Mapped[str | None] = mapped_column(String(512), index=True)
    location_basis: Mapped[str | None] = mapped_column(String(16))  # see model.Event.location_basis
    certainty: Mapped[str] = mapped_column(String(16), default="asserted")
    killed: Mapped[int | None] = mapped_column(Integer)
    killed_qualifier: Mapped[str | None] = mapped_column(String(32))
    injured: Mapped[int | None] = mapped_column(Integer)
    injured_qualifier: Mapped[str | None] = mapped_column(String(32))
    weapon: Mapped[str | None] = mapped_column(String(256))
    evidence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    cluster: Mapped[str | None] = mapped_column(String(256), index=True)


class Participant(Base):
    """An actor or target of an event, as named in the text."""

    __tablename__ = "event_participants"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(8))  # actor, target
    name: Mapped[str] = mapped_column(String(512))
    norm: Mapped[str] = mapped_column(String(512), index=True)


class EvidenceRow(Base):
    """Every span of one document restating an event (headline, lead, quote, recap)."""

    __tablename__ = "event_evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class FigureReport(Base):
    """One reported value of one figure of one real-world event: the figure's history."""

    __tablename__ = "figure_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    cluster: Mapped[str] = mapped_column(String(256), index=True)
    field: Mapped[str] = mapped_column(String(32))  # killed, injured
    value: Mapped[float] = mapped_column(Float)
    qualifier: Mapped[str | None] = mapped_column(String(32))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    outlet: Mapped[str | None] = mapped_column(String(256))
    published: Mapped[str | None] = mapped_column(String(32))


class QuoteRow(Base):
    """A direct quotation with its speaker."""

    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    speaker: Mapped[str | None] = mapped_column(String(512), index=True)
    speaker_canonical: Mapped[str | None] = mapped_column(String(256))
    speaker_role: Mapped[str | None] = mapped_column(Text)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class ClaimRow(Base):
    """An indirect attribution ("X mengatakan bahwa …") with its source."""

    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    source: Mapped[str | None] = mapped_column(String(512))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class ConflictRow(Base):
    """Sources disagree on (or revise) a figure of one real-world event."""

    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    cluster: Mapped[str] = mapped_column(String(256), index=True)
    field: Mapped[str] = mapped_column(String(32))
    values: Mapped[list[float]] = mapped_column(JSON)
    reports: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    best: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="conflict")


class CorpusKey(Base):
    """A key the corpus stage joins documents by: an LSH band (`b:`), a near-duplicate group (`d:`), an event block
    (`c:`) and a component of linked events (`g:`); `n` counts the document's events filed under an event block.

    An ingest looks up the stored documents that share a key with the new ones (see `telik.store.incremental`).
    """

    __tablename__ = "corpus_keys"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True,
                                             index=True)
    n: Mapped[int] = mapped_column(Integer, default=1)


class CorpusEvent(Base):
    """What clustering last read of one event mention: its digest (see `clusters.fingerprint`) and its words."""

    __tablename__ = "corpus_events"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(16))
    words: Mapped[list[str]] = mapped_column(JSON)


class CorpusWord(Base):
    """In how many stored event mentions a word occurs: the clusters' IDF weights without reading the corpus."""

    __tablename__ = "corpus_words"
    word: Mapped[str] = mapped_column(Text, primary_key=True)  # a run of letters has no length limit
    df: Mapped[int] = mapped_column(Integer)


class CorpusSimilar(Base):
    """A pair of event mentions whose merge turns on their similarity, and whether it reached the threshold.

    The IDF weights move with every ingest; the pairs whose side of the threshold moved are analysed again.
    """

    __tablename__ = "corpus_similar"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    a_document: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    a_idx: Mapped[int] = mapped_column(Integer)
    b_document: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    b_idx: Mapped[int] = mapped_column(Integer)
    similar: Mapped[bool] = mapped_column(Boolean)


Index("ix_events_doc_idx", EventRow.document_id, EventRow.idx, unique=True)
#: Covers "which documents name this entity" without reading the table (entity pages, identity look-ups).
Index("ix_mentions_canonical_document", Mention.canonical, Mention.document_id)
