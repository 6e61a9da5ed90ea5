"""Learner profiles, quiz bank, attempts → mastery + review cards, study plan — on a real SQLite store."""
from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from tutor_helpers import seed_course

from engine.errors import LanternError
from engine.tutor.grading import grade_answer
from engine.tutor.learners import LearnerBook, LearnerError, check_pin, hash_pin
from engine.tutor.plan import study_plan
from engine.tutor.progress import attempt_history, due_reviews, mastery_of, record_attempt, record_alert
from engine.tutor.quizbank import QuizBank, course_chunks
from engine.tutor.session import QuizSession


def _events(store, kind: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [{"learner_id": r[0], "payload": json.loads(r[1])}
            for r in store.db.execute("SELECT learner_id, payload FROM outbox WHERE kind = ? ORDER BY hlc", [kind])]


def test_pin_is_stored_hashed_and_checked(store) -> None:  # type: ignore[no-untyped-def]
    book = LearnerBook(store)
    ana = book.create("Ana", grade="K", language="es", needs=["dyslexia", "anxiety-aware"], pin="2468")
    raw = store.db.execute("SELECT pin_hash FROM learners WHERE id = ?", [ana.id]).fetchone()[0]
    assert "2468" not in raw and raw.startswith("scrypt$")
    assert ana.grade == 0 and ana.language == "es" and ana.needs == {"dyslexia", "anxiety"} and ana.has_pin
    assert book.verify_pin("ana", "2468") and not book.verify_pin("Ana", "1111")
    with pytest.raises(LearnerError, match="PIN"):
        book.sign_in("Ana", "0000")
    assert book.sign_in("Ana", "2468").id == ana.id
    assert hash_pin("1234") != hash_pin("1234") and check_pin("1234", hash_pin("1234"))


def test_profile_changes_are_validated_and_queued_for_sync_without_the_pin(store) -> None:  # type: ignore[no-untyped-def]
    book = LearnerBook(store)
    sam = book.create("Sam", grade=3, pin="1234")
    for bad in (dict(grade=13), dict(language="xx"), dict(needs=["telepathy"])):
        with pytest.raises(LearnerError):
            book.update("Sam", **bad)  # type: ignore[arg-type]
    with pytest.raises(LearnerError, match="already"):
        book.create("sam")
    with pytest.raises(LearnerError, match="PIN"):
        book.create("Bo", pin="12")
    book.update("Sam", grade=4, reading_level=2, needs=["adhd"])
    assert book.get(sam.id).level == 2
    events = _events(store, "learner.profile")
    assert [e["payload"]["grade"] for e in events] == [3, 4]
    assert all("pin" not in json.dumps(e["payload"]) for e in events)
    book.remove("Sam")
    assert [p.name for p in book.list()] == []
    with pytest.raises(LearnerError, match="No learner"):
        book.get("Sam")


def test_quiz_items_stay_drafts_until_approved_unless_auto_approve(store) -> None:  # type: ignore[no-untyped-def]
    cid = seed_course(store)
    bank = QuizBank(store)
    saved, gen = bank.generate("science BASICS", n_items=6)
    assert len(saved) == 6 and all(i.status == "draft" for i in saved) and all(i.citation for i in saved)
    assert bank.items(cid) == []
    assert bank.set_status([saved[0].id, saved[1].id], "approved") == 2
    assert {i.id for i in bank.items(cid)} == {saved[0].id, saved[1].id}
    auto, _ = bank.generate("Science basics", n_items=3, auto_approve=True)
    assert auto and all(i.status == "approved" for i in auto)
    assert len({i.question for i in bank.items(cid, status=None)}) == len(bank.items(cid, status=None))


def test_unknown_course_and_empty_course_say_what_to_do(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LanternError, match="No course"):
        QuizBank(store).generate("Nope")
    from engine.store import new_id, utc_now

    with store.write() as db:
        db.execute("INSERT INTO courses (id, name, created_at, updated_at) VALUES (?, 'Empty', ?, ?)",
                   [new_id(), utc_now(), utc_now()])
    with pytest.raises(LanternError, match="no imported material"):
        QuizBank(store).generate("Empty")


def test_skills_are_lessons(store) -> None:  # type: ignore[no-untyped-def]
    cid = seed_course(store)
    assert [c.skill for c in course_chunks(store, cid)] == ["The water cycle", "Plants and photosynthesis",
                                                            "The solar system", "Simple machines"]


def test_wrong_answer_lowers_mastery_and_schedules_review_in_one_transaction(store) -> None:  # type: ignore[no-untyped-def]
    seed_course(store)
    ana = LearnerBook(store).create("Ana")
    items, _ = QuizBank(store).generate("Science basics", n_items=4, auto_approve=True)
    item = next(i for i in items if i.kind == "choice")
    now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    ok = record_attempt(store, ana.id, item, item.answer, grade_answer(item, item.answer), now=now)
    assert ok.mastery_before is None and ok.mastery_after > 0.2 and ok.review_due is None
    wrong_pick = next(c for c in item.choices if c != item.answer)
    bad = record_attempt(store, ana.id, item, wrong_pick, grade_answer(item, wrong_pick), now=now)
    assert bad.mastery_after < ok.mastery_after
    assert bad.review_due is not None and now < bad.review_due <= now + timedelta(minutes=15)
    assert [d.item_id for d in due_reviews(store, ana.id, now=now + timedelta(hours=1))] == [item.id]
    assert due_reviews(store, ana.id, now=now) == []
    kinds = [r[0] for r in store.db.execute("SELECT kind FROM outbox WHERE learner_id = ? ORDER BY hlc", [ana.id])]
    assert kinds.count("quiz_attempt") == 2 and kinds.count("mastery") == 2 and kinds.count("review_card") == 1
    assert _events(store, "mastery")[-1]["payload"]["skill"] == item.skill


def test_failed_write_leaves_no_partial_attempt(store) -> None:  # type: ignore[no-untyped-def]
    seed_course(store)
    ana = LearnerBook(store).create("Ana")
    items, _ = QuizBank(store).generate("Science basics", n_items=2, auto_approve=True)
    from dataclasses import replace

    ghost = replace(items[0], id="no-such-item")   # foreign key fails after the first insert attempt
    with pytest.raises(sqlite3.IntegrityError):
        record_attempt(store, ana.id, ghost, "x", grade_answer(ghost, "x"))
    assert store.db.execute("SELECT count(*) FROM quiz_attempts").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM outbox WHERE kind='quiz_attempt'").fetchone()[0] == 0


def test_each_learner_sees_only_their_own_history(store) -> None:  # type: ignore[no-untyped-def]
    seed_course(store)
    book = LearnerBook(store)
    ana, ben = book.create("Ana"), book.create("Ben")
    items, _ = QuizBank(store).generate("Science basics", n_items=2, auto_approve=True)
    record_attempt(store, ana.id, items[0], "zzz", grade_answer(items[0], "zzz"))
    assert len(attempt_history(store, ana.id)) == 1 and attempt_history(store, ben.id) == []
    assert mastery_of(store, ben.id) == [] and len(mastery_of(store, ana.id)) == 1
    assert due_reviews(store, ben.id, include_future=True) == []


def test_quiz_session_gives_feedback_with_citation_and_brings_back_missed_items(store) -> None:  # type: ignore[no-untyped-def]
    seed_course(store)
    ana = LearnerBook(store).create("Ana", needs=["anxiety"])
    QuizBank(store).generate("Science basics", n_items=6, auto_approve=True)
    clock = [datetime(2026, 3, 2, 10, 0, tzinfo=UTC)]
    s = QuizSession(store, ana, "Science basics", now=lambda: clock[0])
    first = s.next_item()
    fb = s.answer(first, "definitely not this")
    assert not fb.correct and "The answer is" in fb.message and first.citation in fb.message
    assert "Mistakes help us learn" in fb.message
    second = s.next_item()
    assert second.id != first.id            # not due yet: a new item
    fb2 = s.answer(second, second.answer)
    assert fb2.correct and fb2.message.startswith("Correct!")
    clock[0] += timedelta(hours=2)
    assert s.next_item().id == first.id     # the missed item is due: it comes back first


def test_study_plan_puts_due_reviews_first_then_weak_then_new_lessons(store) -> None:  # type: ignore[no-untyped-def]
    cid = seed_course(store)
    ana = LearnerBook(store).create("Ana")
    items, _ = QuizBank(store).generate("Science basics", n_items=4, auto_approve=True)
    now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    record_attempt(store, ana.id, items[0], "zzz", grade_answer(items[0], "zzz"), now=now)
    lessons = [c.skill for c in course_chunks(store, cid)]
    plan = study_plan(mastery_of(store, ana.id), due_reviews(store, ana.id, now=now + timedelta(hours=1)), lessons)
    assert [p.kind for p in plan] == ["review", "practise", "start"]
    assert plan[1].skill == items[0].skill and plan[2].skill != items[0].skill
    assert len(study_plan(mastery_of(store, ana.id), [], lessons, one_step=True)) == 1
    assert study_plan([], [], [])[0].kind == "empty"          # no lessons yet: nothing was mastered


def test_teacher_alert_is_queued_for_sync_without_words(store) -> None:  # type: ignore[no-untyped-def]
    ana = LearnerBook(store).create("Ana")
    record_alert(store, ana.id, category="distress")
    (ev,) = _events(store, "teacher_alert")
    assert ev["learner_id"] == ana.id and ev["payload"]["category"] == "distress"


def test_a_course_with_no_lessons_yet_is_not_called_mastered() -> None:
    empty = study_plan([], [], [], language="es")
    assert [s.kind for s in empty] == ["empty"] and "lecciones" in empty[0].text
    done = study_plan([], [], ["Fractions"], language="en")
    assert [s.kind for s in done] == ["start"]
