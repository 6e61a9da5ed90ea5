"""Teacher's quiz review in the window's Quizzes screen, over a real store: edit → approve → a
learner's quiz gets that item; an edit the passage does not support is refused with the engine's
reason; bulk approve; making questions shows "n of N" and can be cancelled."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from teacher_fixtures import calls, drafts, teacher_ctx  # noqa: F401

from engine.changes import Changes
from engine.tutor.quizbank import QuizBank
from engine.tutor.session import QuizSession


def _screen(qtbot: Any, runner: Any, calls: Any) -> Any:
    from ui.teacher.quizzes import QuizReview

    screen = QuizReview(runner, calls)
    qtbot.addWidget(screen)
    screen.resize(1024, 560)
    screen.show()
    return screen


def _load(qtbot: Any, screen: Any) -> int:
    with qtbot.waitSignal(screen.loaded, timeout=30_000) as sig:
        screen.refresh_all()
    return sig.args[0]


def test_edit_then_approve_puts_the_teachers_wording_in_a_learners_quiz(qtbot, runner, teacher_ctx, calls):
    made = drafts(teacher_ctx)
    screen = _screen(qtbot, runner, calls)
    assert _load(qtbot, screen) == len(made)
    target = next(i for i in made if i.kind == "choice")
    screen.select(target.id)
    shown = screen._items[screen.list.currentRow()]
    a, b = shown.highlight
    assert shown.passage[a:b].lower() == target.answer.lower()        # the answer is marked in its passage
    cursor = screen.passage.textCursor()
    cursor.setPosition(a + 1)
    assert screen.passage.toPlainText() == shown.passage
    assert cursor.charFormat().fontUnderline() and cursor.charFormat().fontWeight() >= 700
    cursor.setPosition(b + 2 if b + 2 < len(shown.passage) else a - 1)
    assert not cursor.charFormat().fontUnderline()
    distractor = next(c for c in target.choices if c != target.answer)
    new_choices = [("numerator" if distractor != "numerator" else "whole number") if c == distractor else c
                   for c in target.choices]
    screen.choices.setText(" | ".join(new_choices))
    with qtbot.waitSignal(screen.changed, timeout=30_000):
        screen.save_button.click()
    saved = QuizBank(teacher_ctx.store).get(target.id)
    assert (list(saved.choices), saved.status) == (new_choices, "draft")

    learner = teacher_ctx.learners.create("Ama", grade=4)
    assert QuizSession(teacher_ctx.store, learner, "Fractions").next_item() is None     # nothing approved yet
    qtbot.waitUntil(lambda: screen.current_id() == target.id, timeout=30_000)
    with qtbot.waitSignal(screen.changed, timeout=30_000):
        screen.approve_button.click()
    item = QuizSession(teacher_ctx.store, learner, "Fractions").next_item()
    assert item is not None
    assert (item.id, list(item.choices), item.status) == (target.id, new_choices, "approved")


def test_an_edit_that_gives_the_answer_away_is_refused_with_the_engines_reason(qtbot, runner, teacher_ctx, calls):
    made = drafts(teacher_ctx)
    screen = _screen(qtbot, runner, calls)
    _load(qtbot, screen)
    target = next(i for i in made if i.kind != "true_false")
    screen.select(target.id)
    screen.question.setText(f"Is the answer {target.answer}?")
    screen.save_button.click()
    qtbot.waitUntil(lambda: "cannot be used" in screen.message.text(), timeout=30_000)
    assert screen.message.isVisible()
    assert QuizBank(teacher_ctx.store).get(target.id).question == target.question


def test_approve_all_drafts_approves_every_draft_of_the_course(qtbot, runner, teacher_ctx, calls):
    made = drafts(teacher_ctx)
    screen = _screen(qtbot, runner, calls)
    _load(qtbot, screen)
    with qtbot.waitSignal(screen.loaded, timeout=30_000) as sig:
        screen.approve_all_button.click()
    assert sig.args[0] == 0                        # the "Drafts to review" list is empty now
    statuses = {i.status for i in QuizBank(teacher_ctx.store).items(made[0].course_id, status=None)}
    assert statuses == {"approved"}


def test_making_questions_reports_each_lesson_and_ends_with_the_new_drafts_listed(qtbot, runner, teacher_ctx, calls):
    screen = _screen(qtbot, runner, calls)
    _load(qtbot, screen)
    formats: list[str] = []
    screen.progress.valueChanged.connect(lambda _v: formats.append(screen.progress.format()))
    screen.count.setValue(6)
    screen.generate_button.click()
    assert screen.progress_row.isVisible() and not screen.generate_button.isEnabled()
    with qtbot.waitSignal(screen.generation_finished, timeout=120_000) as sig:
        pass
    made, cancelled = sig.args
    assert not cancelled and made == 6
    assert formats[-1] == "Making questions… 3 of 3"           # three lessons in the fractions course
    qtbot.waitUntil(lambda: screen.list.count() == 6, timeout=30_000)
    assert not screen.progress_row.isVisible()


class _HeldAfterTheFirstLesson:
    """The window's real teacher calls; `generate` is the real generator, held after it has handed out its
    first lesson until the test lets it go on, so Cancel lands between the first and second lesson."""

    def __init__(self, calls: Any) -> None:
        self._calls = calls
        self.first_lesson_out = threading.Event()
        self.go_on = threading.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._calls, name)

    def generate(self, course: str, *, n_items: int, cancel: Any, tally: Any = None) -> Iterator[Any]:
        for k, step in enumerate(self._calls.generate(course, n_items=n_items, cancel=cancel, tally=tally)):
            yield step
            if k == 0:
                self.first_lesson_out.set()
                assert self.go_on.wait(60)


def test_cancel_stops_making_questions_and_keeps_the_screen_usable(qtbot, runner, teacher_ctx, calls):
    held = _HeldAfterTheFirstLesson(calls)
    screen = _screen(qtbot, runner, held)
    _load(qtbot, screen)
    course = teacher_ctx.learners.courses()[0].id
    bank = QuizBank(teacher_ctx.store)
    assert bank.items(course, status=None) == []
    screen.count.setValue(6)                       # the full run makes 6: 2 in each of the 3 lessons
    reported: list[Changes] = []
    screen.changed.connect(reported.append)
    screen.generate_button.click()
    qtbot.waitUntil(held.first_lesson_out.is_set, timeout=60_000)
    qtbot.waitUntil(lambda: screen.progress.value() == 1, timeout=30_000)   # "1 of 3" shown
    first_lesson = len(bank.items(course, status=None))
    assert first_lesson == 2
    with qtbot.waitSignal(screen.generation_finished, timeout=30_000) as sig:
        screen.cancel_button.click()
    held.go_on.set()                               # the generator goes on only after Cancel was pressed
    assert sig.args == [2, True]
    assert screen.generate_button.isEnabled() and not screen.progress_row.isVisible()
    drained: list[bool] = []
    runner.single(lambda: True, lane="llm").on_done(drained.append).start()     # queued behind the generation
    qtbot.waitUntil(lambda: drained == [True], timeout=60_000)
    # Generation really stopped: no lesson after the first was made, though the run was for 6 items.
    assert len(bank.items(course, status=None)) == first_lesson < 6
    assert reported == [Changes(quiz_bank=True)]   # the engine's report of the kept lesson, read once it stopped
    with qtbot.waitSignal(screen.loaded, timeout=30_000) as listed:
        screen.refresh()
    assert listed.args[0] == first_lesson          # and the screen is usable: it lists the kept drafts
