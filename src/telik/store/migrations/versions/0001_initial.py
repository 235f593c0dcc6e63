"""The initial schema: documents, entities, events, quotes, figure history, conflicts, full-text search.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

#: Text-search configurations tried on PostgreSQL, best first.
PG_TS_CONFIGS = ("indonesian", "simple")


def _doc_fk() -> sa.Column[int]:
    return sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    """Create the document, fact and full-text tables."""
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
        sa.Column("doc_id", sa.String(512), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(256)),
        sa.Column("dateline", sa.String(256)),
        sa.Column("published", sa.String(32)),
        sa.Column("reference_date", sa.String(32)),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("wire", sa.JSON, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("clean_text", sa.Text, nullable=False),
        sa.Column("duplicate_of", sa.String(512)),
        sa.Column("credibility", sa.Float),
        sa.Column("credibility_signals", sa.JSON, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_documents_outlet", "documents", ["outlet"])
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_credibility", "documents", ["credibility"])
    op.create_table(
        "entities",
        sa.Column("canonical", sa.String(256), primary_key=True),
        sa.Column("label", sa.String(8), nullable=False),
        sa.Column("name", sa.String(512), nullable=False),
    )
    op.create_index("ix_entities_label", "entities", ["label"])
    op.create_table(
        "aliases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("canonical", sa.String(256), sa.ForeignKey("entities.canonical", ondelete="CASCADE"), nullable=False),
        sa.Column("alias", sa.String(512), nullable=False),
        sa.Column("norm", sa.String(512), nullable=False),
        sa.UniqueConstraint("canonical", "norm", name="uq_alias_canonical_norm"),
    )
    op.create_index("ix_aliases_canonical", "aliases", ["canonical"])
    op.create_index("ix_aliases_norm", "aliases", ["norm"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("canonical", sa.String(256), sa.ForeignKey("entities.canonical", ondelete="CASCADE"), nullable=False),
        sa.Column("label", sa.String(8), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"])
    op.create_index("ix_mentions_canonical", "mentions", ["canonical"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("subtype", sa.String(64)),
        sa.Column("trigger", sa.Text),
        sa.Column("date", sa.String(32)),
        sa.Column("date_precision", sa.String(16)),
        sa.Column("location", sa.String(512)),
        sa.Column("certainty", sa.String(16), nullable=False),
        sa.Column("killed", sa.Integer),
        sa.Column("killed_qualifier", sa.String(32)),
        sa.Column("injured", sa.Integer),
        sa.Column("injured_qualifier", sa.String(32)),
        sa.Column("weapon", sa.String(256)),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("cluster", sa.String(256)),
    )
    op.create_index("ix_events_document_id", "events", ["document_id"])
    op.create_index("ix_events_doc_idx", "events", ["document_id", "idx"], unique=True)
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_location", "events", ["location"])
    op.create_index("ix_events_cluster", "events", ["cluster"])
    op.create_table(
        "event_participants",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("norm", sa.String(512), nullable=False),
    )
    op.create_index("ix_event_participants_event_id", "event_participants", ["event_id"])
    op.create_index("ix_event_participants_norm", "event_participants", ["norm"])
    op.create_table(
        "event_evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_event_evidence_event_id", "event_evidence", ["event_id"])
    op.create_table(
        "figure_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("cluster", sa.String(256), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("qualifier", sa.String(32)),
        _doc_fk(),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE")),
        sa.Column("outlet", sa.String(256)),
        sa.Column("published", sa.String(32)),
    )
    op.create_index("ix_figure_history_cluster", "figure_history", ["cluster"])
    op.create_index("ix_figure_history_document_id", "figure_history", ["document_id"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("speaker", sa.String(512)),
        sa.Column("speaker_canonical", sa.String(256)),
        sa.Column("speaker_role", sa.Text),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_quotes_document_id", "quotes", ["document_id"])
    op.create_index("ix_quotes_speaker", "quotes", ["speaker"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("source", sa.String(512)),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_claims_document_id", "claims", ["document_id"])
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("cluster", sa.String(256), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("values", sa.JSON, nullable=False),
        sa.Column("reports", sa.JSON, nullable=False),
        sa.Column("best", sa.Float),
        sa.Column("reason", sa.Text),
        sa.Column("kind", sa.String(16), nullable=False),
    )
    op.create_index("ix_conflicts_cluster", "conflicts", ["cluster"])
    _create_fulltext()


def _create_fulltext() -> None:
    """SQLite: an FTS5 table over title + clean text; PostgreSQL: a GIN index on a tsvector expression."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "title, clean_text, tokenize = 'unicode61 remove_diacritics 2')"
        )
    elif bind.dialect.name == "postgresql":
        have = {r[0] for r in bind.execute(sa.text("SELECT cfgname FROM pg_ts_config"))}
        config = next(c for c in PG_TS_CONFIGS if c in have)
        op.execute(
            f"CREATE INDEX ix_documents_fulltext ON documents USING gin "
            f"(to_tsvector('{config}'::regconfig, coalesce(title, '') || ' ' || clean_text))"
        )
        op.bulk_insert(
            sa.table("store_meta", sa.column("key", sa.String), sa.column("value", sa.Text)),
            [{"key": "fts_config", "value": config}],
        )


def downgrade() -> None:
    """Drop every table this revision created."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in (
        "conflicts", "claims", "quotes", "figure_history", "event_evidence", "event_participants",
        "events", "mentions", "aliases", "entities", "documents", "store_meta",
    ):
        op.drop_table(table)
