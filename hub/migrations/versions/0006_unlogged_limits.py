"""The shared rate limiter's table is UNLOGGED on PostgreSQL: a decision no longer waits for a WAL flush.

Every rate-limit decision is one UPDATE that commits. On a PostgreSQL with its production defaults
(fsync and synchronous_commit on), that commit waited for the write-ahead log to reach the disk:
3.7 ms p50 per escalated request on the shared 2-core box, against 0.8 ms unlogged (and 0.5 ms for a
`SELECT 1`). What an unlogged table gives up, and why that is honest here: after a PostgreSQL crash
(not a clean restart) the table is emptied, and it is not copied to a streaming replica. Losing it
only means every bucket is full again: each device and address gets one fresh burst (10 wrong
enrollment codes per kiosk, its escalation burst), as after a long pause. No learner data, no spend
(the cost ledger stays logged), no breaker or cache state lives in it. SQLite: nothing changes.

Revision ID: 0006_unlogged_limits
Revises: 0005_shared_limits
"""
from __future__ import annotations

from alembic import op

revision = "0006_unlogged_limits"
down_revision = "0005_shared_limits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE escalation_limits SET UNLOGGED")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE escalation_limits SET LOGGED")
