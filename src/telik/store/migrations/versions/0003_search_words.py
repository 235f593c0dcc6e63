"""Search means the same on both backends: PostgreSQL indexes runs of letters and digits, unstemmed, like FTS5.

The first index used the `indonesian` configuration where it existed: stemmed (`kepolisian` found `polisi`)
and over PostgreSQL's own tokens (`kompas.com` one word), so SQLite and PostgreSQL answered differently.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: The same expression as `telik.store.fts.PG_VECTOR` at this revision (a migration keeps its own copy).
VECTOR = ("to_tsvector('simple'::regconfig, regexp_replace(coalesce(title, '') || ' ' || clean_text, "
          "'[^[:alnum:]]+', ' ', 'g'))")


def upgrade() -> None:
    """PostgreSQL: replace the full-text index; SQLite's FTS5 table already indexes words this way."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_documents_fulltext")
    op.execute(f"CREATE INDEX ix_documents_search ON documents USING gin ({VECTOR})")
    op.execute(sa.text("UPDATE store_meta SET value = 'simple' WHERE key = 'fts_config'"))


def downgrade() -> None:
    """Back to the index of revision 0001 (with the configuration it recorded)."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_documents_search")
    have = {r[0] for r in bind.execute(sa.text("SELECT cfgname FROM pg_ts_config"))}
    config = "indonesian" if "indonesian" in have else "simple"
    op.execute(sa.text("UPDATE store_meta SET value = :c WHERE key = 'fts_config'").bindparams(c=config))
    op.execute(f"CREATE INDEX ix_documents_fulltext ON documents USING gin "
               f"(to_tsvector('{config}'::regconfig, coalesce(title, '') || ' ' || clean_text))")
