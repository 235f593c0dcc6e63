"""Watch state: feed validators, items seen, alerts sent (so `telik watch` restarts lose and repeat nothing).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-20
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the tables `telik watch` keeps its state in."""
    op.create_table(
        "watch_feeds",
        sa.Column("url", sa.String(2048), primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_polled", sa.DateTime(timezone=True)),
        sa.Column("last_error", sa.Text),
    )
    op.create_table(
        "watch_items",
        sa.Column("key", sa.String(2048), primary_key=True),
        sa.Column("doc_id", sa.String(512)),
        sa.Column("alerted", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "watch_alerts",
        sa.Column("key", sa.String(1024), primary_key=True),
        sa.Column("rule", sa.String(256), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_watch_alerts_created", "watch_alerts", ["created"])


def downgrade() -> None:
    """Drop the watch tables."""
    op.drop_index("ix_watch_alerts_created", "watch_alerts")
    op.drop_table("watch_alerts")
    op.drop_table("watch_items")
    op.drop_table("watch_feeds")
