"""Honest when silent: a model answers from its own knowledge only after passing the check."""
from __future__ import annotations

from pathlib import Path

from engine.answers.general_check import (GENERAL_QUESTIONS, GeneralCheck, general_answers_allowed, load_checks,
                                          reply_is_right, save_check)


def test_the_check_has_at_least_fifty_questions() -> None:
    assert len(GENERAL_QUESTIONS) >= 50


def test_a_model_without_a_recorded_check_may_not_answer_generally() -> None:
    assert not general_answers_allowed("gemma-3-270m-q4_k_m")
    assert not general_answers_allowed("gemma-3-270m-q4_k_m", {})


def test_below_ninety_percent_fails_and_at_ninety_passes(tmp_path: Path) -> None:
    path = tmp_path / "checks.json"
    save_check(path, GeneralCheck("small", correct=30, total=55))
    save_check(path, GeneralCheck("big", correct=50, total=55))
    checks = load_checks(path)
    assert not general_answers_allowed("small", checks)
    assert general_answers_allowed("big", checks)


def test_reply_grading_wants_the_word_not_a_longer_number() -> None:
    assert reply_is_right("A spider has eight legs.", ("eight", "8"))
    assert not reply_is_right("A spider has 10 legs.", ("eight", "8"))
    assert not reply_is_right("It has 18 legs.", ("eight", "8"))
