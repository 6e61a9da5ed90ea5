"""Quiz bank review: passage + highlight, edit/approve/reject/add, bulk approve, generation progress + cancel."""
from __future__ import annotations

import pytest

from engine.cancel import CancelToken
from engine.errors import Cancelled, LanternError
from engine.teacher.quiz_review import (GenerationProgress, add_item, approve, approve_all_drafts, edit_item,
                                        generate_items, reject, review_items)
from engine.tutor.quizbank import QuizBank


def test_generation_reports_progress_per_lesson_and_spreads_items(store, fractions):
    seen: list[GenerationProgress] = []
    saved = generate_items(store, "Fractions", n_items=6, max_model_items=0, progress=seen.append)
    assert [p.done for p in seen] == [1, 2, 3] and all(p.total == 3 for p in seen)
    assert seen[-1].saved == len(saved) > 0
    assert len({i.skill for i in saved}) == 3, "every lesson gets items"
    assert all(i.status == "draft" for i in saved)


def test_cancel_stops_generation_between_lessons_keeping_finished_lessons(store, fractions):
    token = CancelToken()
    seen: list[GenerationProgress] = []

    def on_progress(p: GenerationProgress) -> None:
        seen.append(p)
        token.cancel()

    with pytest.raises(Cancelled):
        generate_items(store, "Fractions", n_items=6, max_model_items=0, cancel=token, progress=on_progress)
    assert len(seen) == 1
    stored = QuizBank(store).items(fractions, status=None)
    assert len(stored) == seen[0].saved and {i.skill for i in stored} == {seen[0].lesson}


def test_review_shows_the_source_passage_with_the_answer_highlighted(store, fractions):
    generate_items(store, "Fractions", n_items=6, max_model_items=0)
    reviewed = review_items(store, "Fractions", status="draft")
    assert reviewed
    for r in reviewed:
        assert r.passage and r.highlight is not None
        start, end = r.highlight
        if r.item.kind != "true_false":
            assert r.passage[start:end].lower() == r.item.answer.lower()
        assert r.sentence is not None and r.sentence[0] <= start and end <= r.sentence[1]


def test_edit_is_validated_then_approve_makes_it_visible_to_learners(store, fractions):
    generate_items(store, "Fractions", n_items=6, max_model_items=0)
    item = next(r.item for r in review_items(store, "Fractions") if r.item.kind in ("short", "choice"))
    with pytest.raises(LanternError, match="gives the answer away"):
        edit_item(store, item.id, question=f"Which word is {item.answer}?")
    edited = edit_item(store, item.id, question=item.question.replace("Fill in the blank:", "Complete:"))
    assert edited.status == "draft" and edited.question.startswith("Complete:")
    assert QuizBank(store).items(fractions) == []
    assert approve(store, [item.id]) == 1
    assert [i.id for i in QuizBank(store).items(fractions)] == [item.id]
    assert reject(store, [item.id]) == 1
    assert QuizBank(store).items(fractions) == []


def test_teacher_adds_own_question_and_bulk_approves(store, fractions):
    generate_items(store, "Fractions", n_items=4, max_model_items=0)
    chunk_id = store.db.execute("SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id"
                                " WHERE d.title = 'Fractions'").fetchone()[0]
    question = "What is the number on the bottom of a fraction called?"
    mine = add_item(store, "Fractions", chunk_id=chunk_id, question=question, answer="denominator")
    assert mine.origin == "teacher" and mine.status == "draft"
    with pytest.raises(LanternError, match="not supported"):
        add_item(store, "Fractions", chunk_id=chunk_id, question=question, answer="volcano")
    drafts = QuizBank(store).items(fractions, status="draft")
    assert approve_all_drafts(store, "Fractions") == len(drafts)
    assert QuizBank(store).items(fractions, status="draft") == []


def test_generation_with_the_bundled_model_saves_only_valid_cited_items(store, fractions, llm):
    from engine.tutor.quiz import validate_item

    seen: list[GenerationProgress] = []
    saved = generate_items(store, "Fractions", llm=llm, n_items=3, max_model_items=1, progress=seen.append)
    assert len(saved) == 3 and seen[-1].saved == 3
    for item in saved:
        text = store.db.execute("SELECT text FROM chunks WHERE id = ?", [item.chunk_id]).fetchone()[0]
        assert validate_item(item, text) == [] and item.citation


def test_auto_approved_model_items_are_checked_with_the_bank_the_app_passes(store, fractions, llm, tmp_path):
    """A school that auto-approves: the model-written item is checked by the school's filter (the app's
    quiz bank), not the built-in rules only. The school blocks the item's own answer, so it stays a draft
    while the lesson's own cloze items are approved at once."""
    from engine.safety import SafetyConfig, SafetyFilter, SafetyLog

    probe = generate_items(store, "Fractions", llm=llm, n_items=3, max_model_items=3)   # what the model writes
    model_answers = sorted(i.answer for i in probe if i.origin == "model")
    assert model_answers, [(i.origin, i.question) for i in probe]
    with store.write() as db:
        db.execute("DELETE FROM quiz_items")
    words = tuple({max(a.split(), key=len).lower() for a in model_answers})
    school = SafetyFilter(SafetyConfig(extra_blocked_words={"en": words}), log=SafetyLog(tmp_path / "safety.jsonl"))
    saved = generate_items(store, "Fractions", llm=llm, n_items=3, max_model_items=3, auto_approve=True,
                           bank=QuizBank(store, safety=lambda: school))
    assert sorted((i.answer, i.status) for i in saved if i.origin == "model") == [(a, "draft") for a in model_answers]
    assert {i.status for i in saved if i.origin != "model"} == {"approved"}
    assert [r["direction"] for r in school.log.read()] == ["output"] * len(model_answers)
