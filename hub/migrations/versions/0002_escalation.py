"""Cloud escalation: providers (keys stay on the hub), school policies, the daily cost ledger.

Revision ID: 0002_escalation
Revises: 0001_initial
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_escalation"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "escalation_providers",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("base_url", sa.String(500), nullable=False),
        sa.Column("api_key", sa.String(500), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("timeout_s", sa.Float, nullable=False),
        sa.Column("max_retries", sa.Integer, nullable=False),
        sa.Column("price_prompt_per_1k", sa.Float, nullable=False),
        sa.Column("price_completion_per_1k", sa.Float, nullable=False),
        sa.Column("enabled", sa.Boolean, nullable=False),
        sa.Column("breaker_reset_at", sa.Float, nullable=False),
    )
    op.create_table(
        "escalation_policies",
        sa.Column("school_id", sa.String(64), primary_key=True),
        sa.Column("allowed", sa.Boolean, nullable=False),
        sa.Column("require_approval", sa.Boolean, nullable=False),
        sa.Column("daily_cap", sa.Float, nullable=True),
    )
    op.create_table(
        "escalation_cost_ledger",
        sa.Column("school_id", sa.String(64), primary_key=True),
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("requests", sa.Integer, nullable=False),
        sa.Column("prompt_tokens", sa.Integer, nullable=False),
        sa.Column("completion_tokens", sa.Integer, nullable=False),
        sa.Column("cost", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("escalation_cost_ledger")
    op.drop_table("escalation_policies")
    op.drop_table("escalation_providers")
