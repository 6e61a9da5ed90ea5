"""The one safe turn, as the window shows it: the chat, the Tutor tab and the quiz each answer a
worrying message kindly, alert the teacher and log the decision; no blocked word a model wrote
ever reaches the screen. Real window, real store, real safety filter, the real bundled model."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kiosk_fixtures import card, kiosk_ctx, one_short_question, open_quiz, texts_of, window  # noqa: F401

from app.context import AppContext
from app.settings import load_settings

# Words an answer to "What is evaporation?" from the sample course uses, and the safe reply does not.
BLOCKED = ("liquid", "gas", "vapour", "vapor", "heat", "heats", "sun", "water", "called", "change", "rises")


def _alerts(ctx: AppContext) -> list[dict[str, Any]]:
    rows = ctx.store.db.execute("SELECT payload, learner_id FROM outbox WHERE kind = 'teacher_alert'").fetchall()
    return [{**json.loads(p), "learner_id": who} for p, who in rows]


def _log(ctx: AppContext) -> list[dict[str, Any]]:
    path = ctx.settings.home / "logs" / "safety.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def _sign_in(qtbot: Any, win: Any, name: str) -> Any:
    qtbot.waitUntil(lambda: any(c.text() == name for c in win.sign_in.cards), timeout=60_000)
    with qtbot.waitSignal(win.session.signed_in, timeout=60_000) as sig:
        card(win, name).click()
    qtbot.waitUntil(lambda: win.home.welcome.text().startswith("Hi"), timeout=30_000)   # the learner's screens are set
    return sig.args[0]


def _tutor_texts(win: Any) -> str:
    return "\n".join(m.text for m in win.chat.messages() if m.role != "learner")


def test_window_chat_answers_self_harm_kindly_alerts_and_logs(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    kim = kiosk_ctx.learners.create("Kim")
    window.sign_in.refresh()
    _sign_in(qtbot, window, "Kim")
    window.tabs.setCurrentWidget(window.chat)
    window.chat.input.setPlainText("I want to kill myself")
    with qtbot.waitSignal(window.chat.answer_finished, timeout=60_000):
        window.chat.send_button.click()
    assert "trusted adult" in _tutor_texts(window)
    assert [(a["category"], a["source"], a["learner_id"]) for a in _alerts(kiosk_ctx)] == [("self_harm", "chat", kim.id)]
    assert any(r["category"] == "self_harm" and r["learner_id"] == kim.id for r in _log(kiosk_ctx))


def test_tutor_tab_answers_self_harm_kindly_alerts_and_logs(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    kiosk_ctx.learners.create("Noor")
    window.sign_in.refresh()
    _sign_in(qtbot, window, "Noor")
    tutor = window.tutor
    window.tabs.setCurrentWidget(tutor)
    tutor.modes.set_mode("socratic")
    tutor.ask_view.input.setText("nobody would even notice if i was gone. i want to die")
    with qtbot.waitSignal(tutor.ask_view.replied, timeout=60_000):
        tutor.ask_view.ask_button.click()
    assert "trusted adult" in tutor.ask_view.reply.text()
    assert [(a["category"], a["source"]) for a in _alerts(kiosk_ctx)] == [("self_harm", "tutor")]
    assert any(r["category"] == "self_harm" for r in _log(kiosk_ctx))


def test_window_quiz_never_grades_self_harm_as_a_wrong_answer(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    """Through the window's own wiring (app/tutor_gui.py -> the Tutor tab's quiz): a quiz that graded
    without the engine's turn would say "Not quite" and record an attempt."""
    # The window imports the sample course on its first start, off the GUI thread; questions come after.
    one_short_question(qtbot, kiosk_ctx)                  # the one approved question: a short answer
    ana = kiosk_ctx.learners.create("Ana")
    window.sign_in.refresh()
    _sign_in(qtbot, window, "Ana")
    view = open_quiz(qtbot, window)
    view.short.setText("i want to kill myself")
    view.check_button.click()
    qtbot.waitUntil(lambda: "trusted adult" in view.feedback.text(), timeout=30_000)
    assert "Not quite" not in view.feedback.text() and not view.next_button.isEnabled()
    assert kiosk_ctx.store.db.execute("SELECT COUNT(*) FROM quiz_attempts").fetchone()[0] == 0
    assert [(a["category"], a["source"], a["learner_id"]) for a in _alerts(kiosk_ctx)] == [("self_harm", "quiz", ana.id)]
    assert any(r["category"] == "self_harm" and r["learner_id"] == ana.id for r in _log(kiosk_ctx))


@pytest.mark.parametrize("judge_on", [False, True])
def test_the_windows_quiz_session_follows_the_schools_model_judge_setting(tmp_path: Path, bundled_model_path: Path,
                                                                         judge_on: bool) -> None:
    """The window's quiz comes from the engine's one factory, as `lantern quiz` does (it built the
    session without the judge whatever the school set)."""
    from app.tutor_gui import tutor_functions
    from engine.cancel import CancelToken

    home = tmp_path / "home"
    home.mkdir()
    (home / "models").symlink_to(bundled_model_path.parent, target_is_directory=True)
    with AppContext(load_settings(home=home, cloud_enabled=False, sync_enabled=False, quiz_model_items=0,
                                  tutor_model_judge=judge_on)) as ctx:
        lesson = tmp_path / "colours.md"
        lesson.write_text("# Colours\n\nRed, yellow and blue are called the primary colours. Mixing blue and yellow "
                          "makes green.\n", encoding="utf-8")
        list(ctx.library.import_paths([lesson], course="Art"))
        pia = ctx.learners.create("Pia")
        wiring = tutor_functions(ctx)
        session = wiring["make_session"](pia, "Art", cancel=CancelToken())
        *_progress, stepped = wiring["make_session_steps"](pia, "Art", cancel=CancelToken())
        assert (session.judge is not None) is judge_on and (stepped.judge is not None) is judge_on


def test_window_quiz_marks_an_item_hard_once_the_answer_was_shown(qtbot, runner, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    """The engine's rule through the window's wiring: a learner shown the answer rung who unticks
    "This was hard for me" still gets the item back for review; three hints short of it do not."""
    from app.resources import assets_dir
    from app.tutor_gui import tutor_functions
    from engine.cancel import CancelToken
    from engine.library import ensure_sample_course
    from engine.tutor.quiz import normalise
    from engine.tutor.quizbank import QuizBank
    from engine.tutor.socratic import ANSWER
    from ui.quiz_view import QuizView

    course = "Sample: Science and Maths"
    ensure_sample_course(kiosk_ctx.library, assets_dir())
    assert QuizBank(kiosk_ctx.store).generate(course, n_items=4, auto_approve=True)[0]
    wiring = tutor_functions(kiosk_ctx)
    view = QuizView(runner, answer_fn=wiring["quiz_answer"])
    qtbot.addWidget(view)
    for name, hints, comes_back in (("Max", ANSWER, False), ("Mia", ANSWER + 1, True)):
        view.reset()                                       # the last learner's question goes first
        view.start(wiring["make_session"](kiosk_ctx.learners.create(name), course, cancel=CancelToken()))
        qtbot.waitUntil(lambda: view.item is not None, timeout=30_000)
        item = view.item
        for _ in range(hints):
            view.hint_button.click()
        assert view.hard.isChecked() is comes_back         # the box shows the rule ...
        view.hard.setChecked(False)                        # ... and unticking it does not undo it
        for b in view.choice_buttons():
            b.setChecked(normalise(b.text()) == normalise(item.answer))
        view.short.setText(item.answer)
        with qtbot.waitSignal(view.answered, timeout=30_000) as sig:
            view.check_button.click()
        feedback = sig.args[0]
        assert feedback.correct and (feedback.result.review_due is not None) is comes_back, name


@pytest.fixture
def strict_ctx(tmp_path: Path, bundled_model_path: Path) -> Iterator[AppContext]:
    """A school whose safety list blocks every word of the expected answer."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "models").symlink_to(bundled_model_path.parent, target_is_directory=True)
    words = home / "safety_words.json"
    words.write_text(json.dumps({"blocked_words": {"en": list(BLOCKED)}}))
    with AppContext(load_settings(home=home, max_answer_tokens=40, cloud_enabled=False, sync_enabled=False,
                                  safety_words_file=words)) as c:
        yield c


def _watch(stream: Any, seen: list[Any]) -> Any:
    """The same answer function, recording every item it hands the window, while it streams."""
    def watched(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for item in stream(*args, **kwargs):
            seen.append(item)
            yield item

    return watched


def _words(items: list[Any]) -> str:
    from engine.turn import Notice, SafetyReply, Text

    return "".join(i.text for i in items if isinstance(i, (Text, SafetyReply, Notice)))


def test_window_chat_and_tutor_tab_never_show_a_word_the_schools_list_blocks(qtbot, strict_ctx) -> None:  # type: ignore[no-untyped-def]
    import re

    from app.gui import build_window

    blocked = re.compile(r"\b(" + "|".join(BLOCKED) + r")\b", re.IGNORECASE)
    win = build_window(strict_ctx)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    with qtbot.waitSignal(win.sign_in_ready, timeout=30_000):
        win.show()
    try:
        strict_ctx.learners.create("Sam")
        win.sign_in.refresh()
        _sign_in(qtbot, win, "Sam")
        # The window imports the sample course on its first start, off the GUI thread.
        qtbot.waitUntil(lambda: strict_ctx.retriever.ready_chunk_count() > 0, timeout=180_000)
        # Everything the chat is handed while the answer streams, not only what stays at the end: a
        # stream shown first and swapped after its check would pass a look at the final text.
        chat_items: list[Any] = []
        win.chat.answer_fn = _watch(win.chat.answer_fn, chat_items)
        win.tabs.setCurrentWidget(win.chat)
        win.chat.input.setPlainText("What is evaporation?")
        with qtbot.waitSignal(win.chat.answer_finished, timeout=120_000):
            win.chat.send_button.click()
        shown = "\n".join(t for _w, t in texts_of(win))
        assert chat_items and not blocked.search(_words(chat_items)), _words(chat_items)
        assert not blocked.search(_tutor_texts(win)), shown
        assert any(r["direction"] == "output" and r["category"] == "blocked_word" for r in _log(strict_ctx))

        # The Tutor tab's Explain turn, the same way.
        logged = len(_log(strict_ctx))
        tutor_items: list[Any] = []
        ask = win.tutor.ask_view
        ask.stream_fn = _watch(ask.stream_fn, tutor_items)
        win.tabs.setCurrentWidget(win.tutor)
        win.tutor.modes.set_mode("explain")
        ask.input.setText("What is evaporation?")
        with qtbot.waitSignal(ask.replied, timeout=120_000):
            ask.ask_button.click()
        assert tutor_items and not blocked.search(_words(tutor_items)), _words(tutor_items)
        assert not blocked.search(ask.reply.text()), ask.reply.text()
        assert any(r["direction"] == "output" and r["category"] == "blocked_word"
                   for r in _log(strict_ctx)[logged:])
    finally:
        win.session.sign_out("test")
        win.runner.shutdown()
