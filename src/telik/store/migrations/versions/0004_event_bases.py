"""Events say where their date and place come from: the text, the story, another report of the event, or (dates)
the report itself.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add `events.date_basis` and `events.location_basis` (existing rows keep NULL until rewritten)."""
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("date_basis", sa.String(16)))
        batch.add_column(sa.Column("location_basis", sa.String(16)))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("location_basis")
        batch.drop_column("date_basis")
