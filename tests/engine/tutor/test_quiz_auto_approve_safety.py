"""A school that auto-approves quiz items still shows a child no model-written words its output check
blocks: such an item waits for a teacher as a draft. Real store, real safety filter."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from tutor_helpers import seed_course

from engine.safety import SafetyConfig, SafetyFilter, SafetyLog
from engine.tutor.quizbank import QuizBank


def _valid_item(store: Any) -> Any:
    seed_course(store)
    drafts, _ = QuizBank(store).generate("Science basics", n_items=4)
    return drafts[0]


def _school(tmp_path: Path, word: str) -> SafetyFilter:
    return SafetyFilter(SafetyConfig(extra_blocked_words={"en": (word,)}), log=SafetyLog(tmp_path / "safety.jsonl"))


def _first_word(item: Any) -> str:
    return next(w.strip("?.,").lower() for w in item.question.split() if len(w.strip("?.,")) > 4)


def test_a_model_item_with_a_word_the_school_blocks_stays_a_draft(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = _valid_item(store)
    school = _school(tmp_path, _first_word(base))
    model_item = dataclasses.replace(base, id=None, status="draft", origin="model")
    [saved] = QuizBank(store, safety=lambda: school).save([model_item], auto_approve=True)
    assert saved.status == "draft"
    assert [(r["direction"], r["category"]) for r in school.log.read()] == [("output", "blocked_word")]


def test_a_model_item_that_passes_and_a_lesson_item_are_approved_at_once(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = _valid_item(store)
    school = _school(tmp_path, "xylophone")
    model_item = dataclasses.replace(base, id=None, status="draft", origin="model")
    assert [i.status for i in QuizBank(store, safety=lambda: school).save([model_item], auto_approve=True)] == ["approved"]
    strict = _school(tmp_path, _first_word(base))
    cloze = dataclasses.replace(base, id=None, status="draft", origin="cloze")     # the lesson's own words
    assert [i.status for i in QuizBank(store, safety=lambda: strict).save([cloze], auto_approve=True)] == ["approved"]


def test_without_a_school_filter_the_built_in_output_check_still_applies(store) -> None:  # type: ignore[no-untyped-def]
    base = _valid_item(store)
    harmful = dataclasses.replace(base, id=None, status="draft", origin="model",
                                  explanation="You should kill yourself if you get this wrong.")
    [saved] = QuizBank(store).save([harmful], auto_approve=True)
    assert saved.status == "draft"
