"""The hub's tables (SQLAlchemy Core). Changes go through a new Alembic migration in hub/migrations."""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

schools = sa.Table(
    "schools", metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("allow_conversation_text", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

classes = sa.Table(
    "classes", metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("school_id", sa.String(36), sa.ForeignKey("schools.id"), nullable=False, index=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("school_id", "name", name="uq_classes_school_name"),
)

teachers = sa.Table(
    "teachers", metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("school_id", sa.String(36), sa.ForeignKey("schools.id"), nullable=False, index=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("revoked_at", sa.DateTime(timezone=True)),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

enrollment_codes = sa.Table(
    "enrollment_codes", metadata,
    sa.Column("code_hash", sa.String(64), primary_key=True),
    sa.Column("class_id", sa.String(36), sa.ForeignKey("classes.id"), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("max_uses", sa.Integer, nullable=False, server_default="30"),   # kiosks one code may enroll
    sa.Column("uses", sa.Integer, nullable=False, server_default="0"),
    sa.Column("revoked_at", sa.DateTime(timezone=True)),
)

devices = sa.Table(
    "devices", metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("class_id", sa.String(36), sa.ForeignKey("classes.id"), nullable=False, index=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("revoked_at", sa.DateTime(timezone=True)),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen_at", sa.DateTime(timezone=True)),
)

learners = sa.Table(
    "learners", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("class_id", sa.String(36), sa.ForeignKey("classes.id"), nullable=False, index=True),
    sa.Column("display_name", sa.String(200)),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.String(36), primary_key=True),   # the device's UUID: the idempotency key
    sa.Column("class_id", sa.String(36), nullable=False),
    sa.Column("device_id", sa.String(36), nullable=False),
    sa.Column("learner_id", sa.String(64)),
    sa.Column("kind", sa.String(64), nullable=False),
    sa.Column("entity_id", sa.String(128)),
    sa.Column("hlc", sa.String(96), nullable=False),    # canonical: 13-digit ms, 8-digit counter (hub.exchange)
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("hlc_original", sa.String(96)),           # the device's stamp when it was clamped on arrival
    sa.Index("ix_events_class_learner", "class_id", "learner_id"),
)

# Stored rows that stopped validating (migration 0003): moved aside, with the reason, never deleted.
quarantine = sa.Table(
    "quarantine", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.String(16), nullable=False),      # 'events' or 'feed'
    sa.Column("row_id", sa.String(64), nullable=False),
    sa.Column("class_id", sa.String(36)),
    sa.Column("reason", sa.String(500), nullable=False),
    sa.Column("row_json", sa.Text, nullable=False),          # the whole row, ASCII-escaped JSON text
    sa.Column("quarantined_at", sa.DateTime(timezone=True), nullable=False),
)

feed = sa.Table(
    "feed", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("class_id", sa.String(36), sa.ForeignKey("classes.id"), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.String(128), nullable=False),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_feed_class_seq", "class_id", "seq"),
)
