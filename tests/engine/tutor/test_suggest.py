"""First questions from the course's headings, worded in the material's language."""
from __future__ import annotations

from engine.tutor.suggest import suggested_questions


def test_english_headings_become_what_is_questions_and_question_headings_stay() -> None:
    got = suggested_questions(["The water cycle › Evaporation", "Where water goes", "How does rain form?", "DNA"],
                              language="en")
    assert got == ["What is evaporation?", "How does rain form?", "What is DNA?"]


def test_a_spanish_course_gets_spanish_questions_without_being_told() -> None:
    got = suggested_questions(["El ciclo del agua › Evaporación", "Condensación", "Precipitación"])
    assert got == ["¿Qué es «Evaporación»?", "¿Qué es «Condensación»?", "¿Qué es «Precipitación»?"]


def test_arabic_and_chinese_questions_keep_the_heading_whole() -> None:
    assert suggested_questions(["البخر"], language="ar") == ["ماذا تعني «البخر»؟"]
    assert suggested_questions(["光合作用"], language="zh") == ["什么是“光合作用”？"]


def test_long_headings_and_repeats_are_skipped_and_the_limit_holds() -> None:
    long = "A very long heading that goes on and on about many different things at once"
    got = suggested_questions([long, "Magnets", "Magnets", "Light", "Sound", "Heat"], language="en", limit=3)
    assert got == ["What is magnets?", "What is light?", "What is sound?"]
