"""Validation at the door for stored rows: quarantine rows that no longer validate; canonical clocks.

Events and published items are checked with the same engine.wire models the door uses now; a row
that fails is copied (as ASCII-escaped JSON text, with the reason) into `quarantine` and removed
from `events`/`feed`, so reports and feeds never trip on it. Stored clock stamps are rewritten with a
fixed-width counter (text order = clock order); `events.hlc_original` keeps a device's stamp when the
hub clamps one that was too far ahead.

Revision ID: 0003_door
Revises: 0002_escalation
"""
from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from engine.wire import (MAX_EVENT_PAYLOAD_BYTES, MAX_PUBLISH_PAYLOAD_BYTES, canonical_hlc, check_event,
                         check_published)

revision = "0003_door"
down_revision = "0002_escalation"
branch_labels = None
depends_on = None

_PAGE = 1000


def _events_problem(row: Any) -> str | None:
    try:
        check_event(row.kind, row.entity_id, row.payload, max_bytes=MAX_EVENT_PAYLOAD_BYTES)
        canonical_hlc(row.hlc)
    except (ValueError, TypeError, RecursionError) as exc:
        return str(exc)[:500]
    return None


def _feed_problem(row: Any) -> str | None:
    try:
        check_published(row.kind, row.payload, deleted=bool(row.deleted), max_bytes=MAX_PUBLISH_PAYLOAD_BYTES)
    except (ValueError, TypeError, RecursionError) as exc:
        return str(exc)[:500]
    return None


def _as_text(row: Any) -> str:
    try:
        return json.dumps(dict(row._mapping), ensure_ascii=True, default=str)
    except (ValueError, TypeError, RecursionError):
        return json.dumps({"unreadable": repr(dict(row._mapping))[:100_000]}, ensure_ascii=True)


def upgrade() -> None:
    op.add_column("events", sa.Column("hlc_original", sa.String(96), nullable=True))
    quarantine = op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("row_id", sa.String(64), nullable=False),
        sa.Column("class_id", sa.String(36)),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("row_json", sa.Text, nullable=False),
        sa.Column("quarantined_at", sa.DateTime(timezone=True), nullable=False),
    )
    conn = op.get_bind()
    meta = sa.MetaData()
    events = sa.Table("events", meta, autoload_with=conn)
    feed = sa.Table("feed", meta, autoload_with=conn)
    now = datetime.now(UTC)

    last = ""
    while True:   # keyset pages: bounded memory on a district's millions of events
        rows = conn.execute(sa.select(events).where(events.c.id > last).order_by(events.c.id).limit(_PAGE)).all()
        if not rows:
            break
        last = rows[-1].id
        for row in rows:
            problem = _events_problem(row)
            if problem is not None:
                conn.execute(quarantine.insert().values(source="events", row_id=row.id, class_id=row.class_id,
                                                        reason=problem, row_json=_as_text(row), quarantined_at=now))
                conn.execute(events.delete().where(events.c.id == row.id))
            elif canonical_hlc(row.hlc) != row.hlc:
                conn.execute(events.update().where(events.c.id == row.id).values(hlc=canonical_hlc(row.hlc)))

    last_seq = 0
    while True:
        rows = conn.execute(sa.select(feed).where(feed.c.seq > last_seq).order_by(feed.c.seq).limit(_PAGE)).all()
        if not rows:
            break
        last_seq = rows[-1].seq
        for row in rows:
            problem = _feed_problem(row)
            if problem is not None:
                conn.execute(quarantine.insert().values(source="feed", row_id=str(row.seq), class_id=row.class_id,
                                                        reason=problem, row_json=_as_text(row), quarantined_at=now))
                conn.execute(feed.delete().where(feed.c.seq == row.seq))


def downgrade() -> None:
    op.drop_table("quarantine")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("hlc_original")
