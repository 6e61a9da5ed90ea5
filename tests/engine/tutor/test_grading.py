"""Lenient, explainable grading of learners' answers."""
from __future__ import annotations

import pytest

from engine.tutor.grading import canonical, grade_answer, synonyms_from_text
from engine.tutor.quiz import FALSE, TRUE, QuizItem

SOURCE = ("A ramp is also known as an inclined plane; it lets people lift heavy loads. The Sun heats water and it "
          "turns into water vapour (or steam). The cycle repeats about four times in a month.")


def _short(answer: str, question: str = "What is the word for it?") -> QuizItem:
    return QuizItem(kind="short", question=question, answer=answer, chunk_id=1, citation="c", explanation=SOURCE)


@pytest.mark.parametrize("response", ["Evaporation", "  evaporation. ", "the evaporation", "it is called evaporation",
                                      "evaporaton", "EVAPORATION!"])
def test_short_answers_are_graded_leniently(response: str) -> None:
    assert grade_answer(_short("evaporation"), response).correct


@pytest.mark.parametrize("response", ["condensation", "water", "", "   ", "evaporation is not it at all, no, no way really"])
def test_wrong_or_empty_short_answers_are_wrong(response: str) -> None:
    assert not grade_answer(_short("evaporation"), response).correct


def test_number_words_and_digits_match_but_other_numbers_do_not() -> None:
    assert grade_answer(_short("four"), "4").correct
    assert not grade_answer(_short("four"), "5").correct


def test_synonyms_come_from_the_source_text() -> None:
    assert "inclined plane" in {s.lower() for s in synonyms_from_text("ramp", SOURCE)}
    assert "steam" in {s.lower() for s in synonyms_from_text("water vapour", SOURCE)}
    g = grade_answer(_short("water vapour"), "steam", source=SOURCE)
    assert g.correct and g.method == "synonym"


@pytest.mark.parametrize(("expected", "response"), [("plants", "plant"), ("clouds", "cloud"), ("leaves", "leave")])
def test_plural_and_stem_variants_count(expected: str, response: str) -> None:
    assert grade_answer(_short(expected), response).correct


def test_choice_items_accept_text_letter_or_number() -> None:
    item = QuizItem(kind="choice", question="Which?", answer="orbit", choices=("fulcrum", "orbit", "stomata"),
                    chunk_id=1, citation="c")
    for r in ("orbit", "B", "b)", "2", " Orbit "):
        assert grade_answer(item, r).correct, r
    for r in ("a", "3", "fulcrum", "zzz"):
        assert not grade_answer(item, r).correct, r


@pytest.mark.parametrize("response,ok", [("true", True), ("T", True), ("verdadero", True), ("vrai", True),
                                          ("正确", True), ("false", False), ("no", False), ("maybe", False)])
def test_true_false_in_many_languages(response: str, ok: bool) -> None:
    item = QuizItem(kind="true_false", question="True or false: x", answer=TRUE, choices=(TRUE, FALSE),
                    chunk_id=1, citation="c")
    assert grade_answer(item, response).correct is ok


def test_model_judge_is_only_used_when_given_and_after_rules() -> None:
    calls: list[str] = []

    def judge(q: str, e: str, r: str) -> bool:
        calls.append(r)
        return True

    assert grade_answer(_short("evaporation"), "evaporation", judge=judge).method == "exact"
    assert calls == []
    g = grade_answer(_short("evaporation"), "when water goes up as gas", judge=judge)
    assert g.correct and g.method == "model" and calls == ["when water goes up as gas"]


def test_canonical_drops_articles_and_punctuation() -> None:
    assert canonical("The  Great-Red Spot!") == "great red spot"
