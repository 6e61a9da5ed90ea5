"""Each teacher operation reports the `Changes` it made to the caller's `ChangeTally`: the quiz bank
for an edit, an addition, an approval, a rejection and a generation; the library for publishing an
outline; readings for an approved easier version; progress for an acknowledged alert. One that
changed nothing reports nothing. Real store, the fractions course imported by the real importer."""
from __future__ import annotations

import pytest
from teacher_helpers import DATA, import_course

from engine.cancel import CancelToken
from engine.changes import NOTHING, Changes, ChangeTally
from engine.errors import Cancelled
from engine.store import Store
from engine.teacher.alerts import acknowledge
from engine.teacher.outline import OutlineBook
from engine.teacher.quiz_review import (GenerationProgress, add_item, approve, approve_all_drafts, edit_item,
                                        generate_items, reject)
from engine.teacher.simplify import approve_reading, simplify_chunk
from engine.tutor.learners import LearnerBook
from engine.tutor.progress import record_alert
from engine.tutor.quizbank import QuizBank

QUIZ_BANK = Changes(quiz_bank=True)


def _generate(store: Store, n: int = 4) -> tuple[list, ChangeTally]:
    tally = ChangeTally()
    return generate_items(store, "Fractions", n_items=n, max_model_items=0, tally=tally), tally


def test_making_questions_reports_the_quiz_bank(store, fractions):
    made, tally = _generate(store)
    assert made
    assert tally.changes == QUIZ_BANK


def test_a_generation_cancelled_after_one_lesson_reports_the_questions_it_kept(store, fractions):
    token, tally = CancelToken(), ChangeTally()

    def stop(_p: GenerationProgress) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        generate_items(store, "Fractions", n_items=6, max_model_items=0, cancel=token, progress=stop, tally=tally)
    assert QuizBank(store).items(fractions, status=None) != []
    assert tally.changes == QUIZ_BANK


def test_a_generation_cancelled_before_any_lesson_reports_nothing(store, fractions):
    token, tally = CancelToken(), ChangeTally()
    token.cancel()
    with pytest.raises(Cancelled):
        generate_items(store, "Fractions", n_items=6, max_model_items=0, cancel=token, tally=tally)
    assert QuizBank(store).items(fractions, status=None) == []
    assert tally.changes == NOTHING


def test_editing_approving_and_rejecting_an_item_each_report_the_quiz_bank(store, fractions):
    made, _ = _generate(store)
    item = next(i for i in made if i.kind in ("short", "choice"))
    tallies = [ChangeTally() for _ in range(3)]
    edit_item(store, item.id, question=item.question.replace("Fill in the blank:", "Complete:"), tally=tallies[0])
    assert approve(store, [item.id], tally=tallies[1]) == 1
    assert reject(store, [item.id], tally=tallies[2]) == 1
    assert [t.changes for t in tallies] == [QUIZ_BANK] * 3


def test_approving_or_rejecting_items_the_bank_does_not_hold_reports_nothing(store, fractions):
    approved, rejected = ChangeTally(), ChangeTally()
    assert approve(store, ["no-such-item"], tally=approved) == 0
    assert reject(store, ["no-such-item"], tally=rejected) == 0
    assert (approved.changes, rejected.changes) == (NOTHING, NOTHING)


def test_approving_all_drafts_reports_the_quiz_bank_and_nothing_when_none_are_left(store, fractions):
    _generate(store)
    first, second = ChangeTally(), ChangeTally()
    assert approve_all_drafts(store, "Fractions", tally=first) > 0
    assert approve_all_drafts(store, "Fractions", tally=second) == 0
    assert (first.changes, second.changes) == (QUIZ_BANK, NOTHING)


def test_adding_a_question_reports_the_quiz_bank_and_a_refused_one_nothing(store, fractions):
    from engine.errors import LanternError

    chunk_id = store.db.execute("SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id"
                                " WHERE d.title = 'Fractions'").fetchone()[0]
    question = "What is the number on the bottom of a fraction called?"
    added, refused = ChangeTally(), ChangeTally()
    add_item(store, "Fractions", chunk_id=chunk_id, question=question, answer="denominator", tally=added)
    with pytest.raises(LanternError):
        add_item(store, "Fractions", chunk_id=chunk_id, question=question, answer="volcano", tally=refused)
    assert (added.changes, refused.changes) == (QUIZ_BANK, NOTHING)


def test_publishing_an_outline_reports_the_library(store, fractions):
    tally = ChangeTally()
    OutlineBook(store).publish("Fractions", tally=tally)
    assert tally.changes == Changes(library=True)


def test_approving_an_easier_reading_reports_readings(store):
    import_course(store, DATA / "reading", "Weather")
    chunk = store.db.execute("SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id"
                             " WHERE d.title = 'Clouds'").fetchone()[0]
    draft = simplify_chunk(store, chunk, grade=3)
    tally = ChangeTally()
    approve_reading(store, draft.id, force=True, tally=tally)
    assert tally.changes == Changes(readings=True)


def test_acknowledging_an_alert_reports_progress(store, fractions):
    ama = LearnerBook(store).create("Ama")
    event = record_alert(store, ama.id, category="distress", source="chat")
    tally = ChangeTally()
    acknowledge(store, event, note="Talked with her.", tally=tally)
    assert tally.changes == Changes(progress=True)
