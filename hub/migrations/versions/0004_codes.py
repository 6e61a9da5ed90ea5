"""Enrollment codes with a use count and revocation; codes hashed with the hub's key (HMAC); room for
sealed provider keys.

Codes issued before this migration were plain SHA-256 hashes: they are revoked here (codes live
minutes to days; the teacher issues a new one).

Revision ID: 0004_codes
Revises: 0003_door
"""
from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004_codes"
down_revision = "0003_door"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enrollment_codes") as batch:
        batch.add_column(sa.Column("max_uses", sa.Integer, nullable=False, server_default="30"))
        batch.add_column(sa.Column("uses", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))
    # Sealed provider keys (hub/secrets.py) are longer than the plaintext ones.
    with op.batch_alter_table("escalation_providers") as batch:
        batch.alter_column("api_key", type_=sa.String(2000), existing_type=sa.String(500), existing_nullable=False)
    codes = sa.table("enrollment_codes", sa.column("revoked_at", sa.DateTime(timezone=True)))
    op.execute(codes.update().values(revoked_at=datetime.now(UTC)))


def downgrade() -> None:
    with op.batch_alter_table("enrollment_codes") as batch:
        batch.drop_column("revoked_at")
        batch.drop_column("uses")
        batch.drop_column("max_uses")
