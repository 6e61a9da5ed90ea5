"""The class view from the school hub (every kiosk of the class), in the same typed rows as this
kiosk's own view (engine/teacher/classview.py), so the screen and the CSV do not care where they
came from. The teacher's hub token is a secret: it lives in the OS keyring (or a 0600 file on a box
without one), like the device token (engine/sync/credentials.py), under its own account name.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from engine.store import Store
from engine.sync.credentials import TokenStorage, TokenStore
from engine.teacher.classview import ClassRow, DifficultQuestion, TrendPoint
from engine.tutor.mastery import mastery_label

__all__ = ["TeacherTokenStore", "hub_class", "hub_view_rows", "save_hub_class"]

CLASS_FILE = "teacher-class"      # which class the teacher reads (not a secret)


class TeacherTokenStore(TokenStore):
    """The teacher's hub token for one data folder (never a learner's reach: only teacher mode asks)."""

    def __init__(self, home: Path, *, storage: TokenStorage = "auto") -> None:
        super().__init__(home, storage=storage)
        self._account = "teacher-" + hashlib.sha256(str(self.home.resolve()).encode()).hexdigest()[:16]
        self.file = self.home / "sync" / "teacher-token"


def save_hub_class(home: Path, class_ref: str) -> None:
    path = Path(home) / "sync" / CLASS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(class_ref.strip(), encoding="utf-8")


def hub_class(home: Path) -> str | None:
    path = Path(home) / "sync" / CLASS_FILE
    return (path.read_text(encoding="utf-8").strip() or None) if path.exists() else None


def _iso(moment: Any) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z" if moment is not None else None


def hub_view_rows(view: Any, store: Store) -> dict[str, Any]:
    """The hub's `ClassView` as {"rows": [ClassRow], "difficult": [DifficultQuestion], "trend": [TrendPoint]};
    a difficult question the hub has no text for takes it from this kiosk's quiz bank by id."""
    rows = [ClassRow(r.learner_id, r.learner or r.learner_id[:8], r.lesson, r.attempts, r.correct, r.mastery,
                     mastery_label(r.mastery) if r.mastery is not None else "not started", r.due_reviews,
                     _iso(r.last_activity), round(r.time_spent_s, 1))
            for r in sorted(view.rows, key=lambda r: ((r.learner or "").casefold(), r.learner_id))]
    difficult = []
    for d in view.difficult_items:
        text = d.question
        if text is None:
            row = store.db.execute("SELECT question FROM quiz_items WHERE id = ?", [d.quiz_item_id]).fetchone()
            text = row[0] if row else d.quiz_item_id
        difficult.append(DifficultQuestion(d.quiz_item_id, text, d.lesson or "", d.learners_answered,
                                           d.learners_missed, round(d.miss_rate, 3)))
    trend = [TrendPoint(t.day.isoformat(), t.attempts, t.correct, t.active_learners) for t in view.trends]
    return {"rows": rows, "difficult": difficult, "trend": trend}
