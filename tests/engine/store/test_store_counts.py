"""`Store.counts()`: what `lantern doctor` reports about the database, on a real SQLite file."""
from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from engine.store import Store, new_id, utc_now


def _learner(db: Database, name: str, *, removed: bool = False) -> None:
    now = utc_now()
    db["learners"].insert({"id": new_id(), "name": name, "created_at": now, "updated_at": now,
                           "deleted_at": now if removed else None})


def _quiz_item(db: Database, status: str) -> None:
    now = utc_now()
    db["quiz_items"].insert({"id": new_id(), "question": "What is 2 + 2?", "status": status,
                             "created_at": now, "updated_at": now})


def _outbox(db: Database, kind: str, *, sent: bool) -> None:
    now = utc_now()
    db["outbox"].insert({"id": new_id(), "hlc": now, "kind": kind, "created_at": now,
                         "sent_at": now if sent else None})


def test_an_empty_database_counts_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        counts = store.counts()
    assert (counts.learners, counts.quiz_items, counts.teacher_alerts_pending_sync) == (0, {}, 0)


def test_counts_leave_out_removed_learners_sent_alerts_and_other_events(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as db:
            for name in ("Amara", "Will", "Sofia"):
                _learner(db, name)
            _learner(db, "Gone", removed=True)
            for status in ("draft", "draft", "approved", "rejected", "approved", "approved"):
                _quiz_item(db, status)
            _outbox(db, "teacher_alert", sent=False)
            _outbox(db, "teacher_alert", sent=False)
            _outbox(db, "teacher_alert", sent=True)
            _outbox(db, "message.created", sent=False)
        counts = store.counts()
    assert counts.learners == 3
    assert counts.quiz_items == {"approved": 3, "draft": 2, "rejected": 1}
    assert counts.teacher_alerts_pending_sync == 2
