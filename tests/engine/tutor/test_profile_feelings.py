"""Accessibility styles change replies concretely; feelings are noticed in every language."""
from __future__ import annotations

import pytest

from engine.tutor.feelings import detect_feeling
from engine.tutor.profile import LearnerProfile, shape_reply, split_sentences, style_for
from engine.tutor.readability import fk_grade, mean_sentence_words

LONG = ("Photosynthesis is the process by which green plants utilize sunlight, water and carbon dioxide in order "
        "to produce glucose, which they consume for energy. In a nutshell, it is a piece of cake for plants. "
        "However, numerous factors such as light intensity and temperature substantially affect the rate of the "
        "reaction; consequently, plants in deep shade grow slowly. Farmers therefore utilize greenhouses.")


def _p(grade: int = 8, *needs: str, lang: str = "en") -> LearnerProfile:
    return LearnerProfile("id", "Ana", grade=grade, language=lang, needs=frozenset(needs))


def test_adhd_replies_are_shorter_and_end_with_one_next_step() -> None:
    plain, adhd = shape_reply(LONG, style_for(_p())), shape_reply(LONG, style_for(_p(8, "adhd")))
    assert len(adhd.split()) < len(plain.split())
    assert adhd.endswith("Next: say it in your own words.")
    assert len(split_sentences(adhd)) <= 3


def test_dyslexia_and_autism_get_plain_literal_words_and_short_sentences() -> None:
    for need in ("dyslexia", "autism"):
        out = shape_reply(LONG, style_for(_p(8, need)))
        assert "nutshell" not in out and "piece of cake" not in out and "utilize" not in out
        assert mean_sentence_words(out) < mean_sentence_words(shape_reply(LONG, style_for(_p(8))))


def test_anxiety_aware_style_encourages_and_never_shows_a_timer() -> None:
    st = style_for(_p(10, "anxiety"))
    assert not st.show_timer and st.encouraging
    assert shape_reply("A cell is the smallest unit of life.", st).startswith("You're doing well.")


def test_low_vision_scales_text() -> None:
    assert style_for(_p(5, "low_vision")).font_scale > 1.0 and style_for(_p(5)).font_scale == 1.0


def test_readability_grade_of_shaped_text_goes_down_with_the_learners_grade() -> None:
    grades = [fk_grade(shape_reply(LONG, style_for(_p(g)))) for g in (1, 5, 8, 11)]
    assert grades == sorted(grades) and grades[0] + 3 < grades[-1]


def test_reading_level_overrides_grade() -> None:
    p = LearnerProfile("id", "Ana", grade=9, reading_level=2)
    assert style_for(p).max_sentences == style_for(_p(2)).max_sentences


def test_fk_grade_is_offline_and_orders_simple_below_hard_text() -> None:
    assert fk_grade("The cat sat on the mat. It was fun.") < 2 < 10 < fk_grade(LONG)


@pytest.mark.parametrize("text,lang,kind", [
    ("I give up, this is so hard", "en", "frustrated"), ("ugh I don't get it", "en", "frustrated"),
    ("I have anxiety about tests", "en", "anxious"), ("I'm nervous about the quiz", "en", "anxious"),
    ("I feel so alone", "en", "distressed"), ("nobody likes me", "en", "distressed"),
    ("no entiendo nada", "es", "frustrated"), ("j'abandonne", "fr", "frustrated"), ("ich gebe auf", "de", "frustrated"),
    ("non capisco", "it", "frustrated"), ("não entendo", "pt", "frustrated"), ("я не понимаю", "ru", "frustrated"),
    ("太难了", "zh", "frustrated"), ("わからない", "ja", "frustrated"), ("모르겠어요", "ko", "frustrated"),
    ("لا أفهم", "ar", "frustrated"), ("समझ नहीं आया", "hi", "frustrated"), ("estoy muy triste", "es", "distressed"),
    ("What is a cell?", "en", "ok"), ("we argued", "en", "ok"), ("How do plants grow?", "es", "ok"),
])
def test_feelings_are_detected_across_languages(text: str, lang: str, kind: str) -> None:
    f = detect_feeling(text, lang)
    assert f.kind == kind
    assert (f.response is not None) == (kind != "ok")


def test_only_distress_raises_a_teacher_alert_and_it_can_be_switched_off() -> None:
    assert detect_feeling("I feel so alone").alert
    assert not detect_feeling("this is so hard").alert
    assert not detect_feeling("I feel so alone", alert_on_distress=False).alert


def test_feeling_response_is_in_the_learners_language() -> None:
    assert "descanso" in detect_feeling("me rindo", "es").response
