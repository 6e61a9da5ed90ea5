"""Class view numbers match the store; difficult questions; CSV of the same rows; alerts inbox."""
from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from engine.errors import LanternError
from engine.teacher.alerts import acknowledge, alerts, unread_count
from engine.teacher.classview import class_csv, class_rows, difficult_questions
from engine.teacher.quiz_review import approve_all_drafts, generate_items
from engine.tutor.grading import Grade
from engine.tutor.learners import LearnerBook
from engine.tutor.progress import record_alert, record_attempt
from engine.tutor.quizbank import QuizBank

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _answer(store, learner, item, correct: bool, *, at: datetime, ms: int):  # type: ignore[no-untyped-def]
    grade = Grade(correct, 1.0 if correct else 0.0, "exact", item.answer)
    return record_attempt(store, learner.id, item, item.answer if correct else "no", grade, duration_ms=ms, now=at)


@pytest.fixture
def classroom(store, fractions):  # type: ignore[no-untyped-def]
    generate_items(store, "Fractions", n_items=6, max_model_items=0)
    approve_all_drafts(store, "Fractions")
    items = QuizBank(store).items(fractions)
    book = LearnerBook(store)
    ama, kofi, esi = book.create("Ama", grade=4), book.create("Kofi", grade=4), book.create("Esi", grade=4)
    hard = items[0]
    easy = next(i for i in items if i.skill != hard.skill)
    _answer(store, ama, hard, False, at=T0, ms=12_000)
    _answer(store, ama, hard, True, at=T0 + timedelta(minutes=1), ms=8_000)
    _answer(store, kofi, hard, False, at=T0 + timedelta(minutes=2), ms=20_000)
    _answer(store, esi, hard, True, at=T0 + timedelta(minutes=3), ms=5_000)
    _answer(store, ama, easy, True, at=T0 + timedelta(minutes=4), ms=3_000)
    _answer(store, kofi, easy, True, at=T0 + timedelta(minutes=5), ms=4_000)
    return {"ama": ama, "kofi": kofi, "esi": esi, "hard": hard, "easy": easy}


def test_class_rows_match_the_store(store, classroom):
    rows = class_rows(store, "Fractions", now=T0 + timedelta(days=60))
    ama_hard = next(r for r in rows if r.learner == "Ama" and r.lesson == classroom["hard"].skill)
    assert (ama_hard.attempts, ama_hard.correct, ama_hard.time_spent_s) == (2, 1, 20.0)
    assert ama_hard.last_activity == "2026-03-02T09:01:00.000Z"
    level = store.db.execute("SELECT level FROM mastery WHERE learner_id = ? AND skill = ?",
                             [classroom["ama"].id, classroom["hard"].skill]).fetchone()[0]
    assert ama_hard.mastery == level
    assert ama_hard.due_reviews == 1          # answered wrong once: a review card, long due by then
    esi_easy = next(r for r in rows if r.learner == "Esi" and r.lesson == classroom["easy"].skill)
    assert (esi_easy.attempts, esi_easy.mastery, esi_easy.mastery_label) == (0, None, "not started")
    lessons = {r.lesson for r in rows}
    assert len(rows) == 3 * len(lessons)
    assert sum(r.attempts for r in rows) == store.db.execute("SELECT count(*) FROM quiz_attempts").fetchone()[0]


def test_difficult_questions_are_the_ones_most_learners_miss_first_time(store, classroom):
    hard = difficult_questions(store, "Fractions")
    assert [(d.item_id, d.learners_answered, d.learners_missed) for d in hard] == [(classroom["hard"].id, 3, 2)]


def test_csv_has_exactly_the_rows_of_the_view(store, classroom):
    rows = class_rows(store, "Fractions", now=T0)
    parsed = list(csv.DictReader(io.StringIO(class_csv(rows))))
    assert len(parsed) == len(rows)
    for r, p in zip(rows, parsed, strict=True):
        assert p["learner"] == r.learner and p["lesson"] == r.lesson
        assert int(p["attempts"]) == r.attempts and float(p["time_spent_s"]) == r.time_spent_s


def test_alerts_inbox_shows_category_not_words_and_acknowledge_is_stored_and_synced(store, classroom):
    ama = classroom["ama"]
    event = record_alert(store, ama.id, category="distress", source="chat")
    assert unread_count(store) == 1
    [alert] = alerts(store)
    assert (alert.event_id, alert.learner, alert.category, alert.acknowledged_at) == (event, "Ama", "distress", None)
    done = acknowledge(store, event, note="Talked with Ama after class.")
    assert done.note == "Talked with Ama after class." and done.acknowledged_at is not None
    assert unread_count(store) == 0 and alerts(store, unread_only=True) == []
    kind, entity, payload = store.db.execute(
        "SELECT kind, entity_id, payload FROM outbox WHERE kind = 'alert.acknowledged'").fetchone()
    from engine.wire.teacher import AlertAcknowledgedPayload

    assert entity == event
    assert AlertAcknowledgedPayload.model_validate(json.loads(payload)).note == "Talked with Ama after class."
    with pytest.raises(LanternError):
        acknowledge(store, "no-such-alert")


def test_class_trend_counts_answers_per_day(store, classroom):
    from engine.teacher.classview import class_trend

    (day,) = class_trend(store, "Fractions")
    assert (day.day, day.attempts, day.correct, day.learners) == ("2026-03-02", 6, 4, 3)
    assert day.percent_correct == 66.7
