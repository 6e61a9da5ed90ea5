"""Class view data from this kiosk's store: one row per learner and lesson, the questions most
learners miss, and a CSV of exactly those rows.

A lesson is the quiz items' skill (engine/tutor/progress.py keeps mastery per skill). Rows cover
every learner of the kiosk and every lesson of the course that has approved questions or answers,
so a learner who has not started shows zeros rather than vanishing. Time spent sums
`quiz_attempts.duration_ms`. A learner "misses" a question when their first answer to it was
wrong (later answers are practice).
"""
from __future__ import annotations

import csv
import io
from dataclasses import astuple, dataclass, fields
from datetime import UTC, datetime
from typing import Any

from engine.store import Store
from engine.teacher.material import course_row
from engine.tutor.mastery import mastery_label

__all__ = ["ClassRow", "DifficultQuestion", "TrendPoint", "class_csv", "class_rows", "class_trend", "difficult_questions"]


@dataclass(frozen=True)
class ClassRow:
    learner_id: str
    learner: str
    lesson: str
    attempts: int
    correct: int
    mastery: float | None          # 0..1 (BKT), None before any answer
    mastery_label: str
    due_reviews: int
    last_activity: str | None      # ISO-8601 UTC of the last answer in this lesson
    time_spent_s: float


@dataclass(frozen=True)
class DifficultQuestion:
    item_id: str
    question: str
    lesson: str
    learners_answered: int
    learners_missed: int
    miss_rate: float


@dataclass(frozen=True)
class TrendPoint:
    day: str             # YYYY-MM-DD (UTC)
    attempts: int
    correct: int
    learners: int        # learners who answered that day

    @property
    def percent_correct(self) -> float:
        return round(100 * self.correct / self.attempts, 1) if self.attempts else 0.0


def _iso(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def class_rows(store: Store, course: str, *, now: datetime | None = None) -> list[ClassRow]:
    """One row per learner and lesson of the course, learners by name, lessons in course order."""
    c = course_row(store, course)
    db = store.db
    learners = db.execute("SELECT id, name FROM learners WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"
                          ).fetchall()
    lesson_rows = db.execute(
        "SELECT q.skill, MIN(COALESCE(l.ordinal, 1000000)), MIN(q.created_at) FROM quiz_items q"
        " LEFT JOIN lessons l ON l.document_id = q.document_id WHERE q.course_id = ? AND q.skill IS NOT NULL"
        " AND (q.status = 'approved' OR EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.quiz_item_id = q.id))"
        " GROUP BY q.skill ORDER BY 2, 3, 1", [c["id"]]).fetchall()
    lessons = [r[0] for r in lesson_rows]
    stats = {(r[0], r[1]): r[2:] for r in db.execute(
        "SELECT a.learner_id, q.skill, count(*), COALESCE(SUM(a.correct), 0), MAX(a.created_at),"
        " COALESCE(SUM(a.duration_ms), 0) FROM quiz_attempts a JOIN quiz_items q ON q.id = a.quiz_item_id"
        " WHERE q.course_id = ? GROUP BY a.learner_id, q.skill", [c["id"]])}
    mastery = {(r[0], r[1]): float(r[2]) for r in db.execute("SELECT learner_id, skill, level FROM mastery")}
    due = {(r[0], r[1]): int(r[2]) for r in db.execute(
        "SELECT r.learner_id, q.skill, count(*) FROM review_cards r JOIN quiz_items q ON q.id = r.quiz_item_id"
        " WHERE q.course_id = ? AND r.due <= ? GROUP BY r.learner_id, q.skill",
        [c["id"], _iso(now or datetime.now(UTC))])}
    rows = []
    for lid, name in learners:
        for lesson in lessons:
            attempts, correct, last, ms = stats.get((lid, lesson), (0, 0, None, 0))
            level = mastery.get((lid, lesson))
            rows.append(ClassRow(lid, name, lesson, int(attempts), int(correct), level,
                                 mastery_label(level) if level is not None else "not started",
                                 due.get((lid, lesson), 0), last, round(int(ms) / 1000, 1)))
    return rows


def difficult_questions(store: Store, course: str, *, min_learners: int = 2, min_miss_rate: float = 0.5,
                        limit: int = 20) -> list[DifficultQuestion]:
    """Questions most learners missed on their first try (at least `min_learners` answered)."""
    c = course_row(store, course)
    rows = store.db.execute(
        "WITH firsts AS (SELECT a.learner_id, a.quiz_item_id, a.correct, ROW_NUMBER() OVER"
        " (PARTITION BY a.learner_id, a.quiz_item_id ORDER BY a.created_at, a.rowid) AS n FROM quiz_attempts a)"
        " SELECT q.id, q.question, COALESCE(q.skill, ''), count(*), SUM(1 - f.correct) FROM firsts f"
        " JOIN quiz_items q ON q.id = f.quiz_item_id WHERE f.n = 1 AND q.course_id = ? GROUP BY q.id",
        [c["id"]]).fetchall()
    out = [DifficultQuestion(r[0], r[1], r[2], int(r[3]), int(r[4]), round(int(r[4]) / int(r[3]), 3))
           for r in rows if int(r[3]) >= min_learners and int(r[4]) / int(r[3]) >= min_miss_rate]
    return sorted(out, key=lambda d: (-d.miss_rate, -d.learners_missed, d.question))[:limit]


def class_trend(store: Store, course: str, *, days: int = 30) -> list[TrendPoint]:
    """Answers per day in the course (the last `days` days that had any), oldest first."""
    c = course_row(store, course)
    rows = store.db.execute(
        "SELECT substr(a.created_at, 1, 10) AS day, count(*), COALESCE(SUM(a.correct), 0),"
        " count(DISTINCT a.learner_id) FROM quiz_attempts a JOIN quiz_items q ON q.id = a.quiz_item_id"
        " WHERE q.course_id = ? GROUP BY day ORDER BY day DESC LIMIT ?", [c["id"], days]).fetchall()
    return [TrendPoint(r[0], int(r[1]), int(r[2]), int(r[3])) for r in reversed(rows)]


def class_csv(rows: list[ClassRow]) -> str:
    """The rows as CSV, one column per field, in the order the view shows them."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f.name for f in fields(ClassRow)])
    for r in rows:
        w.writerow(["" if v is None else v for v in astuple(r)])
    return buf.getvalue()


def row_json(row: Any) -> dict[str, Any]:
    return dict(row.__dict__)
