"""The first window, driven offscreen with the real bundled model."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.context import AppContext
from app.settings import load_settings
from engine.cancel import CancelToken
from engine.errors import ModelError
from engine.turn import Text


@pytest.fixture(scope="module")
def ctx(bundled_model_path: Path) -> Iterator[AppContext]:
    with AppContext(load_settings(home=bundled_model_path.parent.parent, max_answer_tokens=120)) as c:
        yield c


@pytest.fixture
def window(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    from app.gui import build_window

    win = build_window(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "Tutor ready" in win.tutor_details.text(), timeout=60_000)   # the teacher's place
    win.session.sign_in(None, guest=True)       # the chat belongs to whoever signed in
    yield win
    win.runner.shutdown()


def test_window_shows_model_and_device_to_the_teacher_and_a_friendly_status_to_the_child(window, ctx: AppContext):
    info = ctx.llm().info
    assert f"{info.name} · {info.device.upper()} · {info.n_threads} threads" in window.tutor_details.text()
    assert window.model_label.text() == "Your tutor is ready"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Home", "Ask", "Tutor"]


def test_question_streams_an_answer_without_blocking_the_window(qtbot, window):
    chat = window.chat
    chat.input.setPlainText("What is the capital of France?")
    with qtbot.waitSignal(chat.answer_finished, timeout=60_000) as finished:
        chat.send_button.click()
        assert chat.stop_button.isEnabled()           # returned at once: the work is on a worker
    reply, reason = finished.args
    assert reason in {"stop", "length"}
    assert reply.text.strip() and reply.text != "…"
    assert chat.send_button.isEnabled() and not chat.stop_button.isEnabled()


@pytest.mark.parametrize("cloud", [True, False])
def test_a_deeper_answer_is_offered_only_when_the_cloud_is_on(qtbot, window, ctx: AppContext, monkeypatch, cloud):
    # with the cloud off a "deeper" answer re-asked the device and repeated the same answer
    monkeypatch.setattr(ctx.settings, "cloud_enabled", cloud)
    chat = window.chat
    chat.input.setPlainText("What is evaporation?")
    with qtbot.waitSignal(chat.answer_finished, timeout=60_000):
        chat.send_button.click()
    assert window.escalation_bar.deeper_button.isHidden() is not cloud


def test_stop_ends_a_long_answer_early(qtbot, window):
    import threading

    chat = window.chat
    real = chat.answer_fn
    pressed, over = threading.Event(), threading.Event()
    ended: list[str] = []

    def watched(question: str, **options):  # type: ignore[no-untyped-def]
        turn = real(question, **options)      # the real turn, on the real model
        pressed.wait(30)                      # Stop is pressed before the turn's first sentence: no race
        try:
            yield from turn
            ended.append("ran to the end")
        finally:
            if not ended:
                ended.append("closed early")
            turn.close()
            over.set()

    chat.answer_fn = watched
    chat.input.setPlainText("Tell me a very long story about a dragon and a castle.")
    chat.send_button.click()
    assert chat.busy and chat.stop_button.isEnabled()
    with qtbot.waitSignal(chat.answer_finished, timeout=60_000) as finished:
        chat.stop_button.click()
    pressed.set()
    assert finished.args[1] == "cancelled"
    assert not chat.busy and chat.send_button.isEnabled()
    assert over.wait(60) and ended == ["closed early"]     # the model was stopped, not left to finish


def test_an_engine_error_is_shown_once_and_the_chat_recovers(qtbot, runner):
    from ui.chat_view import ChatView

    def failing(question: str, *, cancel: CancelToken) -> Iterator[Text]:
        yield Text("Partial ")
        raise ModelError("The model file is damaged.", hint="Reinstall it.")

    chat = ChatView(runner, failing)
    qtbot.addWidget(chat)
    with qtbot.waitSignal(chat.error, timeout=30_000) as err:
        chat.send("Why?")
    assert isinstance(err.args[0], ModelError)
    assert "went wrong" in chat.messages()[-1].text
    assert chat.send_button.isEnabled()


def test_stale_items_after_stop_are_dropped(qtbot, runner):
    import threading

    from ui.chat_view import ChatView

    go, burst_sent, release = threading.Event(), threading.Event(), threading.Event()

    def slow(question: str, *, cancel: CancelToken) -> Iterator[Text]:
        if question == "again":
            yield Text("A new answer.")
            return
        yield Text("w0 ")
        go.wait(30)
        yield from (Text(f"w{i} ") for i in range(1, 50))
        burst_sent.set()            # sent, queued for the GUI thread, not yet shown
        release.wait(30)
        yield Text("late ")

    chat = ChatView(runner, slow)
    qtbot.addWidget(chat)
    chat.send("go")
    qtbot.waitUntil(lambda: chat.messages()[-1].text == "w0 ", timeout=30_000)
    go.set()
    assert burst_sent.wait(30)      # w1..w49 are queued; the GUI thread has not processed them
    chat.stop()
    frozen = chat.messages()[-1].text
    release.set()
    # One answer at a time on the model's lane, its items in order: once the next answer has finished,
    # every item the stopped one sent has reached the window.
    with qtbot.waitSignal(chat.answer_finished, timeout=30_000):
        chat.send("again")
    assert frozen == "w0" and chat.messages()[1].text == frozen
    assert chat.messages()[-1].text == "A new answer."


def test_a_signed_in_learner_owns_the_chat_and_gets_their_reading_look(qtbot, window, ctx: AppContext):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    window.session.sign_out()
    base = app.font().pointSizeF()
    learner = ctx.learners.create("Lena Test", grade=4, needs=["low_vision"])
    window.session.sign_in(learner)
    assert window.chat_turns.learner == learner
    assert app.font().pointSizeF() >= base * 1.4
    window.sign_out_button.click()
    assert window.chat_turns.learner is None
    assert app.font().pointSizeF() == base
