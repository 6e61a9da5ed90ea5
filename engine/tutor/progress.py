"""A learner's progress: attempts → mastery (BKT) + review cards (FSRS), in one transaction.

`record_attempt` writes the attempt, the new mastery of the item's skill and, for an item answered
wrong or marked hard (or already under review), its FSRS review card — each with a sync event —
all in one `store.write()` transaction: either everything is saved or nothing is. Every read takes
a learner id: a learner sees only their own history.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from engine.store import Store, new_id, utc_now
from engine.tutor.grading import Grade
from engine.tutor.mastery import BKTParams, DEFAULT_PARAMS, mastery_label, update_for_item
from engine.tutor.quiz import QuizItem
from engine.tutor.review import ReviewScheduler, needs_card, rating_for


@dataclass(frozen=True)
class AttemptResult:
    attempt_id: str
    skill: str
    mastery_before: float | None
    mastery_after: float
    review_due: datetime | None     # when the item comes back (None: no review card)
    rating: str | None


@dataclass(frozen=True)
class SkillMastery:
    skill: str
    level: float
    evidence: int
    label: str
    course_id: str | None


@dataclass(frozen=True)
class DueReview:
    item_id: str
    due: datetime
    question: str
    skill: str | None


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def skill_of(item: QuizItem) -> str:
    return item.skill or item.citation or "general"


def record_attempt(store: Store, learner_id: str, item: QuizItem, response: str, grade: Grade, *,
                   marked_hard: bool = False, duration_ms: int | None = None, now: datetime | None = None,
                   params: BKTParams = DEFAULT_PARAMS, scheduler: ReviewScheduler | None = None) -> AttemptResult:
    """Save one answer and everything it changes (mastery, review card, sync events) atomically."""
    if item.id is None:
        raise ValueError("the quiz item must be saved (have an id) before attempts are recorded")
    now = now or datetime.now(UTC)
    stamp = _iso(now)
    skill = skill_of(item)
    scheduler = scheduler or ReviewScheduler()
    with store.write() as db:
        aid = new_id()
        db.execute("INSERT INTO quiz_attempts (id, learner_id, quiz_item_id, answer, correct, score, duration_ms,"
                   " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [aid, learner_id, item.id, response, int(grade.correct), grade.score, duration_ms, stamp, stamp])
        timing = {} if duration_ms is None else {"duration_ms": max(0, min(int(duration_ms), 86_400_000))}  # hub class view
        store.record_event(db, "quiz_attempt", aid, {"quiz_item_id": item.id, "correct": grade.correct,
                                                     "score": grade.score, "skill": skill, "method": grade.method,
                                                     **timing}, learner_id=learner_id)
        row = db.execute("SELECT id, level, evidence_count FROM mastery WHERE learner_id = ? AND skill = ?",
                         [learner_id, skill]).fetchone()
        before = float(row[1]) if row else None
        after = update_for_item(before, grade.correct, kind=item.kind, n_choices=len(item.choices), params=params)
        if row:
            db.execute("UPDATE mastery SET level = ?, evidence_count = evidence_count + 1, updated_at = ? WHERE id = ?",
                       [after, stamp, row[0]])
            mid = row[0]
        else:
            mid = new_id()
            db.execute("INSERT INTO mastery (id, learner_id, course_id, skill, level, evidence_count, created_at,"
                       " updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                       [mid, learner_id, item.course_id, skill, after, stamp, stamp])
        store.record_event(db, "mastery", mid, {"skill": skill, "level": round(after, 4), "course_id": item.course_id},
                           learner_id=learner_id)
        card_row = db.execute("SELECT id, card FROM review_cards WHERE learner_id = ? AND quiz_item_id = ?",
                              [learner_id, item.id]).fetchone()
        due: datetime | None = None
        rating_name: str | None = None
        if card_row or needs_card(correct=grade.correct, marked_hard=marked_hard):
            upd = scheduler.review(card_row[1] if card_row else None,
                                   rating_for(correct=grade.correct, marked_hard=marked_hard), now=now)
            due, rating_name = upd.due, upd.rating
            card_json = json.dumps(upd.card)
            if card_row:
                cid = card_row[0]
                db.execute("UPDATE review_cards SET due = ?, card = ?, last_review = ?, updated_at = ? WHERE id = ?",
                           [_iso(upd.due), card_json, stamp, stamp, cid])
            else:
                cid = new_id()
                db.execute("INSERT INTO review_cards (id, learner_id, quiz_item_id, due, card, last_review, created_at,"
                           " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           [cid, learner_id, item.id, _iso(upd.due), card_json, stamp, stamp, stamp])
            store.record_event(db, "review_card", cid, {"quiz_item_id": item.id, "due": _iso(upd.due),
                                                        "rating": upd.rating}, learner_id=learner_id)
    return AttemptResult(aid, skill, before, after, due, rating_name)


def mastery_of(store: Store, learner_id: str, *, course_id: str | None = None) -> list[SkillMastery]:
    sql = "SELECT skill, level, evidence_count, course_id FROM mastery WHERE learner_id = ?"
    args: list[Any] = [learner_id]
    if course_id:
        sql += " AND course_id = ?"
        args.append(course_id)
    rows = store.db.execute(sql + " ORDER BY skill", args).fetchall()
    return [SkillMastery(r[0], float(r[1]), int(r[2]), mastery_label(float(r[1])), r[3]) for r in rows]


def due_reviews(store: Store, learner_id: str, *, now: datetime | None = None, course_id: str | None = None,
                include_future: bool = False) -> list[DueReview]:
    """Review cards due now (or all, soonest first, with `include_future`)."""
    now = now or datetime.now(UTC)
    sql = ("SELECT r.quiz_item_id, r.due, q.question, q.skill FROM review_cards r JOIN quiz_items q ON q.id = r.quiz_item_id"
           " WHERE r.learner_id = ?")
    args: list[Any] = [learner_id]
    if not include_future:
        sql += " AND r.due <= ?"
        args.append(_iso(now))
    if course_id:
        sql += " AND q.course_id = ?"
        args.append(course_id)
    rows = store.db.execute(sql + " ORDER BY r.due", args).fetchall()
    return [DueReview(r[0], _parse(r[1]), r[2], r[3]) for r in rows]


def attempt_history(store: Store, learner_id: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """This learner's latest answers (never anyone else's)."""
    rows = store.db.execute(
        "SELECT a.created_at, q.question, a.answer, a.correct, q.skill FROM quiz_attempts a"
        " JOIN quiz_items q ON q.id = a.quiz_item_id WHERE a.learner_id = ? ORDER BY a.created_at DESC LIMIT ?",
        [learner_id, limit]).fetchall()
    return [{"at": r[0], "question": r[1], "answer": r[2], "correct": bool(r[3]), "skill": r[4]} for r in rows]


def record_alert(store: Store, learner_id: str | None, *, category: str, source: str = "tutor") -> str:
    """A teacher alert (distress, self-harm, ...) queued for sync; the learner's words are not included."""
    with store.write() as db:
        return store.record_event(db, "teacher_alert", None, {"category": category, "source": source,
                                                               "at": utc_now()}, learner_id=learner_id)
