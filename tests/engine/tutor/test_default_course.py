"""A learner whose language has no course starts on an English one, not on the alphabetically first."""
from __future__ import annotations

from types import SimpleNamespace

from engine.tutor.learners import LearnerBook

COURSES = [SimpleNamespace(id="c-es", name="Ciencias", language="es"),
           SimpleNamespace(id="c-fr", name="Découvertes", language="fr"),
           SimpleNamespace(id="c-en", name="Science", language="en")]


def test_an_arabic_learner_without_an_arabic_course_gets_the_english_one(store) -> None:  # type: ignore[no-untyped-def]
    book = LearnerBook(store)
    layla = book.create("Layla", language="ar")
    assert book.default_course(layla.id, COURSES).id == "c-en"        # not "Ciencias", the first


def test_the_last_used_course_still_comes_before_english(store) -> None:  # type: ignore[no-untyped-def]
    book = LearnerBook(store)
    layla = book.create("Layla", language="ar")
    book.remember_course(layla.id, "c-fr")
    assert book.default_course(layla.id, COURSES).id == "c-fr"


def test_without_an_english_course_the_first_is_kept(store) -> None:  # type: ignore[no-untyped-def]
    book = LearnerBook(store)
    layla = book.create("Layla", language="ar")
    assert book.default_course(layla.id, COURSES[:2]).id == "c-es"


def test_with_no_learner_the_kiosk_language_picks_the_course(store) -> None:  # type: ignore[no-untyped-def]
    book = LearnerBook(store)
    assert book.default_course(None, COURSES, language="fr").id == "c-fr"
    assert book.default_course(None, COURSES).id == "c-en"            # an English kiosk: not "Ciencias"

