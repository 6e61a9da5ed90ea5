"""The teacher's alerts inbox: distress and safety alerts recorded on this kiosk (`teacher_alert`
events in the outbox), with time, learner and category — never the learner's words, which the
alert event does not carry. Acknowledging stores a note and queues an `alert.acknowledged` event,
and reports `Changes(progress=True)` (alerts are progress data) to the caller's `ChangeTally`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from engine.changes import ChangeTally, Changes, tally_changes
from engine.errors import LanternError
from engine.store import Store, utc_now

__all__ = ["Alert", "acknowledge", "alerts", "unread_count"]


@dataclass(frozen=True)
class Alert:
    event_id: str
    at: str
    learner_id: str | None
    learner: str | None
    category: str
    source: str
    acknowledged_at: str | None
    note: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def alerts(store: Store, *, unread_only: bool = False) -> list[Alert]:
    """Alerts, newest first."""
    rows = store.db.execute(
        "SELECT o.id, o.created_at, o.learner_id, l.name, o.payload, k.acknowledged_at, k.note FROM outbox o"
        " LEFT JOIN learners l ON l.id = o.learner_id LEFT JOIN alert_acks k ON k.event_id = o.id"
        " WHERE o.kind = 'teacher_alert' ORDER BY o.created_at DESC, o.hlc DESC").fetchall()
    out = []
    for eid, created, lid, name, payload, acked, note in rows:
        data = json.loads(payload or "{}")
        if unread_only and acked:
            continue
        out.append(Alert(eid, str(data.get("at") or created), lid, name, str(data.get("category") or "unknown"),
                         str(data.get("source") or ""), acked, note or ""))
    return out


def unread_count(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM outbox o WHERE o.kind = 'teacher_alert' AND NOT EXISTS"
                                " (SELECT 1 FROM alert_acks k WHERE k.event_id = o.id)").fetchone()[0])


def acknowledge(store: Store, event_id: str, *, note: str = "", tally: ChangeTally | None = None) -> Alert:
    """Mark an alert seen, with the teacher's note (stored and synced)."""
    note = note.strip()[:2000]
    with store.write() as db:
        row = db.execute("SELECT learner_id FROM outbox WHERE id = ? AND kind = 'teacher_alert'", [event_id]).fetchone()
        if row is None:
            raise LanternError(f"No alert {event_id!r}.", hint="See the alerts with: lantern teacher alerts list")
        now = utc_now()
        db.execute("INSERT INTO alert_acks (event_id, note, acknowledged_at) VALUES (?, ?, ?) ON CONFLICT(event_id)"
                   " DO UPDATE SET note = excluded.note, acknowledged_at = excluded.acknowledged_at",
                   [event_id, note, now])
        store.record_event(db, "alert.acknowledged", event_id,
                           {"alert_event_id": event_id, "note": note, "acknowledged_at": now}, learner_id=row[0])
    tally_changes(tally, Changes(progress=True))
    return next(a for a in alerts(store) if a.event_id == event_id)
