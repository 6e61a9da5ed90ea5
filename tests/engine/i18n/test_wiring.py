"""The tutor's fixed sentences come from the catalogue everywhere they are written."""
from __future__ import annotations

import pytest

from engine.i18n import LANGUAGES, message


@pytest.mark.parametrize(("question", "language"), [("ما هو البركان؟", "ar"), ("¿Qué es un volcán?", "es"),
                                                    ("ज्वालामुखी क्या है?", "hi"), ("火山是什么？", "zh"),
                                                    ("What is a volcano?", "en")])
def test_a_question_the_library_does_not_cover_is_answered_in_its_own_language(question: str, language: str) -> None:
    from engine.tutor.library_answer import NOT_COVERED, question_language

    assert question_language(question) == language
    assert NOT_COVERED[language] == message("not_covered.library", language)


def test_safety_replies_are_the_catalogues_in_every_language() -> None:
    from engine.safety import rules

    for category, replies in rules.RESPONSES_BY_CATEGORY.items():
        assert set(replies) == set(LANGUAGES), category
    assert rules.SAFE_RESPONSE_HARM["hi"] == message("safety.harm", "hi")
    assert rules.SAFE_RESPONSE_OUTPUT["ja"] == message("safety.output", "ja")


def test_the_english_note_is_for_every_learner_but_an_english_one() -> None:
    from engine.tutor.tutor import LANGUAGE_NOTE, NOT_COVERED

    assert LANGUAGE_NOTE.get("en") is None
    assert LANGUAGE_NOTE["ko"] == message("answer.language_note", "ko")
    assert NOT_COVERED["ar"] == message("not_covered.tutor", "ar")


def test_encouragement_and_quiz_feedback_words_come_from_the_catalogue() -> None:
    from engine.tutor.profile import ENCOURAGE, NEXT_STEP
    from engine.tutor.session import KIND_WRONG, NOT_YET, RIGHT

    assert RIGHT["es"] == "¡Correcto!"
    assert NOT_YET["ru"] == message("quiz.not_yet", "ru")
    assert KIND_WRONG["ar"] == message("quiz.kind_wrong", "ar")
    assert ENCOURAGE["zh"] == message("encourage.doing_well", "zh")
    assert NEXT_STEP["hi"] == message("encourage.next_step", "hi")
