"""Drop the indexes another index of the same table already leads with: `mentions (canonical)` is the first column of
`mentions (canonical, document_id)`, `events (document_id)` of `events (document_id, idx)`, `aliases (canonical)` of
the unique `(canonical, norm)`. A look-up reads the longer index as well, but every insert and delete kept both up to
date: at 30,000 stored the corpus stage's write-back rewrote the mention rows of 5,020 documents, whose canonical ids
land at random places of the index, so each kept index cost its own reads from the file.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08
"""
from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: (index, table, column) of each index dropped.
_DROPPED = (("ix_mentions_canonical", "mentions", "canonical"), ("ix_events_document_id", "events", "document_id"),
            ("ix_aliases_canonical", "aliases", "canonical"))


def upgrade() -> None:
    """Drop the three prefix indexes."""
    for name, table, _ in _DROPPED:
        op.drop_index(name, table)


def downgrade() -> None:
    for name, table, column in _DROPPED:
        op.create_index(name, table, [column])
