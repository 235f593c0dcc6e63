"""The incremental corpus stage's index: keys joining documents, clustered mentions' digests and words, word counts,
similarity-bound pairs; and a covering index for "which documents name this entity".

Existing stores get empty tables: the next ingest runs a full analysis, which fills them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None



def _doc() -> sa.ForeignKey:
    return sa.ForeignKey("documents.id", ondelete="CASCADE")


def upgrade() -> None:
    """Create the corpus index tables and the covering index on `mentions`."""
    op.create_table(
        "corpus_keys",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("document_id", sa.Integer, _doc(), primary_key=True),
        sa.Column("n", sa.Integer, nullable=False),
    )
    op.create_index("ix_corpus_keys_document_id", "corpus_keys", ["document_id"])
    op.create_table(
        "corpus_events",
        sa.Column("document_id", sa.Integer, _doc(), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("fingerprint", sa.String(16), nullable=False),
        sa.Column("words", sa.JSON, nullable=False),
    )
    op.create_table(
        "corpus_words",
        sa.Column("word", sa.Text, primary_key=True),
        sa.Column("df", sa.Integer, nullable=False),
    )
    op.create_table(
        "corpus_similar",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("a_document", sa.Integer, _doc(), nullable=False),
        sa.Column("a_idx", sa.Integer, nullable=False),
        sa.Column("b_document", sa.Integer, _doc(), nullable=False),
        sa.Column("b_idx", sa.Integer, nullable=False),
        sa.Column("similar", sa.Boolean, nullable=False),
    )
    op.create_index("ix_corpus_similar_a_document", "corpus_similar", ["a_document"])
    op.create_index("ix_corpus_similar_b_document", "corpus_similar", ["b_document"])
    op.create_index("ix_mentions_canonical_document", "mentions", ["canonical", "document_id"])


def downgrade() -> None:
    op.drop_index("ix_mentions_canonical_document", "mentions")
    for table in ("corpus_similar", "corpus_words", "corpus_events", "corpus_keys"):
        op.drop_table(table)
