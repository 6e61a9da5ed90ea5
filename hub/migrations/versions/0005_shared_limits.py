"""State shared by every hub worker and host: rate limits, breakers, response cache, cost-cap holds.

Revision ID: 0005_shared_limits
Revises: 0004_codes
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_shared_limits"
down_revision = "0004_codes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("escalation_limits",
                    sa.Column("key", sa.String(200), primary_key=True),
                    sa.Column("tat", sa.Float, nullable=False))
    op.create_table("escalation_breakers",
                    sa.Column("provider", sa.String(64), primary_key=True),
                    sa.Column("state", sa.String(16), nullable=False),
                    sa.Column("failures", sa.Integer, nullable=False),
                    sa.Column("opened_at", sa.Float, nullable=False),
                    sa.Column("probe_at", sa.Float, nullable=False))
    op.create_table("escalation_cache",
                    sa.Column("key", sa.String(64), primary_key=True),
                    sa.Column("stored_at", sa.Float, nullable=False),
                    sa.Column("reply", sa.Text, nullable=False))
    with op.batch_alter_table("escalation_cost_ledger") as batch:
        batch.add_column(sa.Column("reserved", sa.Float, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("escalation_cost_ledger") as batch:
        batch.drop_column("reserved")
    op.drop_table("escalation_cache")
    op.drop_table("escalation_breakers")
    op.drop_table("escalation_limits")
