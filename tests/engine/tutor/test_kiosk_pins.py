"""Kiosk sign-in rules in the engine: PIN throttling with a growing delay, avatars, the teacher PIN,
the course a learner starts on. Real SQLite store; time comes from an injected clock."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from engine.tutor.learners import (PIN_FREE_TRIES, LearnerBook, LearnerError, PinLocked, TeacherLock,
                                   pin_delay_s)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def test_delay_grows_after_the_free_tries_and_is_capped() -> None:
    assert [pin_delay_s(n) for n in range(PIN_FREE_TRIES)] == [0] * PIN_FREE_TRIES
    delays = [pin_delay_s(n) for n in range(PIN_FREE_TRIES, PIN_FREE_TRIES + 10)]
    assert delays[:3] == [5, 10, 20]
    assert delays == sorted(delays) and delays[-1] == 300


def test_wrong_pins_lock_with_a_growing_wait_and_the_wait_is_not_a_try(store) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    book = LearnerBook(store, clock=clock)
    ana = book.create("Ana", pin="2468")
    for _ in range(PIN_FREE_TRIES - 1):
        with pytest.raises(LearnerError, match="PIN is not right"):
            book.sign_in(ana.id, "1111")
    with pytest.raises(PinLocked) as locked:
        book.sign_in(ana.id, "1111")
    assert locked.value.retry_after_s == 5
    # Even the right PIN is not checked during the wait, and the try does not count.
    with pytest.raises(PinLocked):
        book.sign_in(ana.id, "2468")
    clock.advance(5)
    with pytest.raises(PinLocked) as longer:
        book.sign_in(ana.id, "0000")
    assert longer.value.retry_after_s == 10
    clock.advance(10)
    assert book.sign_in(ana.id, "2468").name == "Ana"
    # A right PIN clears the count: the next wrong one is a free try again.
    with pytest.raises(LearnerError, match="PIN is not right"):
        book.sign_in(ana.id, "1111")


def test_twenty_fast_wrong_pins_are_mostly_refused_unchecked(store) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    book = LearnerBook(store, clock=clock)
    leo = book.create("Leo", pin="1357")
    refused = 0
    for _ in range(20):
        try:
            book.sign_in(leo.id, "9999")
        except PinLocked:
            refused += 1
        except LearnerError:
            pass
    assert refused == 20 - (PIN_FREE_TRIES - 1)
    # the lock survives a new LearnerBook (an app restart)
    with pytest.raises(PinLocked):
        LearnerBook(store, clock=clock).sign_in(leo.id, "1357")


def test_avatar_is_saved_and_checked(store) -> None:  # type: ignore[no-untyped-def]
    book = LearnerBook(store)
    sam = book.create("Sam", avatar="fox")
    assert book.get(sam.id).avatar == "fox"
    assert book.update(sam.id, avatar="owl").avatar == "owl"
    with pytest.raises(LearnerError):
        book.create("Mia", avatar="../../etc/passwd")


def test_teacher_pin_is_open_until_set_then_throttled(store) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    lock = TeacherLock(store, clock=clock)
    assert not lock.is_set and lock.unlock(None)
    lock.set_pin("97531")
    assert lock.is_set
    assert lock.unlock("97531")
    results = [lock.unlock("11111") for _ in range(PIN_FREE_TRIES - 1)]
    assert results == [False] * (PIN_FREE_TRIES - 1)
    with pytest.raises(PinLocked):
        lock.unlock("11111")
    clock.advance(5)
    assert lock.unlock("97531")


def test_default_course_is_the_learners_language_then_the_last_used(store) -> None:  # type: ignore[no-untyped-def]
    book = LearnerBook(store)
    courses = [SimpleNamespace(id="c-es", name="Ciencias", language="es"),
               SimpleNamespace(id="c-en1", name="Science", language="en"),
               SimpleNamespace(id="c-en2", name="Spelling", language="en")]
    ana = book.create("Ana", language="en")
    assert book.default_course(ana.id, courses).id == "c-en1"       # not alphabetical "Ciencias"
    book.remember_course(ana.id, "c-en2")
    assert book.default_course(ana.id, courses).id == "c-en2"
    book.remember_course(ana.id, "c-es")                               # last used, not her language
    assert book.default_course(ana.id, courses).id == "c-en1"
    pablo = book.create("Pablo", language="es")
    assert book.default_course(pablo.id, courses).id == "c-es"
    assert book.default_course(None, courses).id == "c-en1"
