"""Learner picker, quiz view, mastery view and the Tutor tab — offscreen, over a real SQLite store."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engine.store import Store, new_id, utc_now
from engine.tutor.learners import LearnerBook
from engine.tutor.plan import progress_report
from engine.tutor.quiz import normalise
from engine.tutor.quizbank import QuizBank
from engine.tutor.session import QuizSession

LESSONS = {
    "The water cycle": "The Sun heats water in oceans and lakes, and the water turns into water vapour. This process "
                       "is called evaporation. When water vapour cools it forms tiny droplets. This is called "
                       "condensation. Water falling from clouds is called precipitation.",
    "Simple machines": "A lever is a stiff bar that turns around a fixed point called the fulcrum. A ramp is also "
                       "known as an inclined plane. A pulley uses a wheel and a rope to change the direction of a force.",
}


def engine_quiz_answer(store: Store) -> Any:
    """The engine's quiz turn over `store`, as the window is given it (safety and feelings first; the
    rules' filter); a quiz answer never asks the model."""
    from engine.safety import SafetyFilter
    from engine.turn import TurnService

    def no_model() -> Any:
        raise AssertionError("a quiz answer never asks the model")

    return TurnService(safety=SafetyFilter, llm=no_model, store=lambda: store).quiz_answer


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "home") as s:
        now = utc_now()
        cid = new_id()
        with s.write() as db:
            db.execute("INSERT INTO courses (id, name, language, created_at, updated_at) VALUES (?, 'Science', 'en', ?, ?)",
                       [cid, now, now])
            for i, (title, text) in enumerate(LESSONS.items()):
                did = new_id()
                db.execute("INSERT INTO documents (id, course_id, source_path, sha256, type, title, status, created_at,"
                           " updated_at) VALUES (?, ?, ?, ?, 'md', ?, 'ready', ?, ?)",
                           [did, cid, f"/l/{i}.md", f"h{i}", title, now, now])
                db.execute("INSERT INTO chunks (document_id, ordinal, text, heading_path) VALUES (?, 0, ?, ?)",
                           [did, text, title])
        QuizBank(s).generate("Science", n_items=6, auto_approve=True)
        yield s


def test_teacher_adds_a_learner_with_a_picture_and_sign_in_checks_the_pin(qtbot, runner, store) -> None:  # type: ignore[no-untyped-def]
    from ui.kiosk.avatars import Avatars
    from ui.kiosk.learner_admin import LearnerAdmin
    from ui.kiosk.sign_in import SignInScreen

    avatars = Avatars(Path(__file__).resolve().parents[2] / "assets" / "avatars")
    admin = LearnerAdmin(runner, LearnerBook(store), avatars)
    qtbot.addWidget(admin)
    admin.name.setText("Ana")
    admin.grade.setCurrentText("3")
    admin.avatar.setCurrentIndex(admin.avatar.findData("kite"))
    admin.needs["adhd"].setChecked(True)
    admin.new_pin.setText("2468")
    with qtbot.waitSignal(admin.changed, timeout=30_000):
        admin.add_button.click()
    qtbot.waitUntil(lambda: admin.list.count() == 1, timeout=30_000)
    assert "Ana" in admin.list.item(0).text()

    screen = SignInScreen(runner, LearnerBook(store), avatars)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: [c.text() for c in screen.cards] == ["Ana", "Guest"], timeout=30_000)
    screen.cards[0].click()
    assert screen.pages.currentWidget() is screen.pin_page
    for digit in "1111":
        screen.pad[digit].click()
    screen.pad["ok"].click()
    qtbot.waitUntil(lambda: "PIN is not right" in screen.pin_message.text(), timeout=30_000)
    screen.pin.setText("2468")
    with qtbot.waitSignal(screen.chosen, timeout=30_000) as sig:
        screen.pad["ok"].click()
    assert sig.args[0].name == "Ana" and sig.args[0].needs == {"adhd"} and sig.args[0].avatar == "kite"


def test_wrong_pins_rest_the_pad_and_say_so_kindly(qtbot, runner, store) -> None:  # type: ignore[no-untyped-def]
    from engine.tutor.learners import PIN_FREE_TRIES
    from ui.kiosk.avatars import Avatars
    from ui.kiosk.sign_in import SignInScreen

    LearnerBook(store).create("Leo", pin="1357")
    screen = SignInScreen(runner, LearnerBook(store), Avatars(None))
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: len(screen.cards) == 2, timeout=30_000)
    screen.cards[0].click()
    for _ in range(PIN_FREE_TRIES):
        screen.pin.setText("9999")
        screen.pad["ok"].click()
        qtbot.waitUntil(lambda: screen.pin.text() == "" and screen.pin_message.isVisibleTo(screen), timeout=30_000)
    qtbot.waitUntil(lambda: screen.locked, timeout=30_000)
    assert "little break" in screen.pin_message.text() and "teacher" in screen.pin_message.text()
    assert not screen.pad["ok"].isEnabled() and not screen.pin.isEnabled()


def test_duplicate_name_is_explained_next_to_the_form(qtbot, runner, store) -> None:  # type: ignore[no-untyped-def]
    from ui.kiosk.avatars import Avatars
    from ui.kiosk.learner_admin import LearnerAdmin

    LearnerBook(store).create("Sam")
    admin = LearnerAdmin(runner, LearnerBook(store), Avatars(None))
    qtbot.addWidget(admin)
    admin.name.setText("sam")
    admin.add_button.click()
    qtbot.waitUntil(lambda: "already a learner" in admin.message.text(), timeout=30_000)


def _pick(view: Any, text: str) -> None:
    for b in view.choice_buttons():
        if normalise(b.text()) == normalise(text):
            b.setChecked(True)
            return
    view.short.setText(text)


def test_quiz_gives_immediate_feedback_with_source_and_updates_mastery(qtbot, runner, store) -> None:  # type: ignore[no-untyped-def]
    from ui.mastery_view import MasteryView
    from ui.quiz_view import QuizView

    ana = LearnerBook(store).create("Ana", needs=["anxiety"])
    quiz = QuizView(runner, answer_fn=engine_quiz_answer(store))
    mastery = MasteryView(runner, lambda learner: progress_report(store, learner))
    qtbot.addWidget(quiz)
    qtbot.addWidget(mastery)
    quiz.answered.connect(lambda _fb: mastery.refresh())
    quiz.start(QuizSession(store, ana, "Science"))
    qtbot.waitUntil(lambda: quiz.item is not None, timeout=30_000)
    first = quiz.item
    quiz.hint_button.click()
    assert quiz.hint_label.text().startswith("Nudge:")
    assert normalise(first.answer) not in normalise(quiz.hint_label.text())
    _pick(quiz, first.answer)
    mastery.set_learner(ana)
    with qtbot.waitSignal(quiz.answered, timeout=30_000) as sig:
        quiz.check_button.click()
    assert sig.args[0].correct and "Correct!" in quiz.feedback.text() and "Source:" in quiz.feedback.text()
    qtbot.waitUntil(lambda: bool(mastery.bars()), timeout=30_000)
    assert mastery.bars()[first.skill].value() > 0
    quiz.next_button.click()
    qtbot.waitUntil(lambda: quiz.item is not None and quiz.item.id != first.id, timeout=30_000)
    second = quiz.item
    _pick(quiz, "definitely wrong answer" if not second.choices else next(
        c for c in second.choices if normalise(c) != normalise(second.answer)))
    with qtbot.waitSignal(quiz.answered, timeout=30_000):
        quiz.check_button.click()
    text = quiz.feedback.text()
    assert "The answer is" in text and "comes back for review" in text and "Mistakes help us learn" in text
    qtbot.waitUntil(lambda: "Reviews due now" in mastery.reviews.text() and "•" in mastery.reviews.text(),
                    timeout=30_000)
    assert mastery.plan.count() >= 1


def test_tutor_tab_streams_switches_modes_and_socratic_holds_back_the_answer(qtbot, runner, store, llm) -> None:  # type: ignore[no-untyped-def]
    from engine.turn.items import Text, TurnDone, TurnKind
    from engine.tutor.quiz import SourceChunk
    from engine.tutor.tutor import Tutor
    from ui.tutor_panel import TutorPanel

    ana = LearnerBook(store).create("Ana")
    tutor = Tutor(llm)
    material = [SourceChunk(1, LESSONS["Simple machines"], title="Science", heading="Simple machines")]

    def stream(learner: Any, question: str, *, mode: str, course: str | None, hint_level: int, cancel: Any) -> Any:
        reply = tutor.respond(learner, question, mode=mode, material=material, hint_level=hint_level)
        yield Text(reply.text)
        yield TurnDone(kind=TurnKind.GUIDE if reply.kind == "guide" else TurnKind.ANSWER, hint_level=reply.hint_level,
                       reveals_answer=reply.reveals_answer, alert=reply.alert, citations=tuple(reply.citations))

    panel = TutorPanel(runner, stream=stream,
                       make_session=lambda learner, course, cancel: QuizSession(store, learner, course),
                       report=lambda learner, course=None: progress_report(store, learner),
                       quiz_answer=engine_quiz_answer(store))
    qtbot.addWidget(panel)
    panel.set_courses(["Science"], "Science")
    panel.set_learner(ana, course="Science")

    panel.modes.set_mode("socratic")
    ask = panel.ask_view
    ask.input.setText("What is the fixed point a lever turns around called?")
    with qtbot.waitSignal(ask.replied, timeout=120_000) as sig:
        ask.ask_button.click()
        assert ask.stop_button.isEnabled()        # the turn runs on a worker and can be stopped
    assert "fulcrum" not in ask.reply.text().lower() and sig.args[0].hint_level == 0
    assert not ask.hint_button.isHidden() and ask.hint_button.isEnabled()

    panel.modes.set_mode("quiz")
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.quiz_view and panel.quiz_view.item is not None,
                    timeout=30_000)
    panel.modes.set_mode("explain")
    assert panel.stack.currentWidget() is panel.ask_view and ask.hint_button.isHidden()
    panel.reset()
    assert ask.reply.text() == "" and ask.input.text() == "" and panel.quiz_view.item is None
