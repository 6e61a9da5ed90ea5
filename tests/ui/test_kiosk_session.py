"""Sessions on a shared kiosk: sign-out clears everything of a learner, themes reset, guest, idle timer."""
from __future__ import annotations

from typing import Any

from kiosk_fixtures import card, kiosk_ctx, scripted_chat, scripted_tutor, texts_of, window  # noqa: F401
from PySide6.QtWidgets import QApplication


def _sign_in(qtbot: Any, win: Any, name: str) -> Any:
    qtbot.waitUntil(lambda: any(c.text() == name for c in win.sign_in.cards), timeout=60_000)
    with qtbot.waitSignal(win.session.signed_in, timeout=60_000) as sig:
        card(win, name).click()
    qtbot.waitUntil(lambda: win.home.welcome.text().startswith("Hi"), timeout=60_000)
    return sig.args[0]


def _use_everything(qtbot: Any, win: Any, marker: str) -> None:
    """Ask in the chat, ask the tutor in Socratic mode, take the next hint: text with `marker` on screen."""
    win.chat.answer_fn = scripted_chat
    win.tabs.setCurrentWidget(win.chat)
    win.chat.input.setPlainText(f"{marker} why do volcanoes erupt")
    with qtbot.waitSignal(win.chat.answer_finished, timeout=60_000):
        win.chat.send_button.click()
    win.chat.input.setPlainText(f"{marker} draft not sent")
    tutor = win.tutor
    win.tabs.setCurrentWidget(tutor)
    tutor.ask_view.stream_fn = scripted_tutor
    tutor.modes.set_mode("socratic")
    tutor.ask_view.input.setText(f"{marker} what is a lever")
    with qtbot.waitSignal(tutor.ask_view.replied, timeout=60_000):
        tutor.ask_view.ask_button.click()
    assert tutor.ask_view.hint_button.isVisible()
    with qtbot.waitSignal(tutor.ask_view.replied, timeout=60_000):
        tutor.ask_view.hint_button.click()
    assert marker in tutor.ask_view.reply.text() and "step 1" in tutor.ask_view.reply.text()


def test_second_learner_sees_nothing_of_the_first(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    kiosk_ctx.learners.create("Anabel", avatar="fish")
    kiosk_ctx.learners.create("Leo", avatar="kite")
    window.sign_in.refresh()
    _sign_in(qtbot, window, "Anabel")
    _use_everything(qtbot, window, "ANAMARK")
    held = [w for w, t in texts_of(window) if "ANAMARK" in t]
    assert held, "the test must first put Anabel's text on screen"

    with qtbot.waitSignal(window.session.signed_out, timeout=30_000):
        window.sign_out_button.click()
    assert window.current_page == "sign_in"
    _sign_in(qtbot, window, "Leo")

    learner_area = [window.tabs, window.topbar, window.idle_warning]
    leaks = [(type(w).__name__, w.objectName(), t) for root in learner_area for w, t in texts_of(root)
             if "ANAMARK" in t or "Anabel" in t]
    assert leaks == []
    # nothing anywhere else in the window either (the sign-in cards list names, never what was said)
    assert [t for w, t in texts_of(window) if "ANAMARK" in t] == []
    assert window.chat.messages() == [] and window.chat.last_question is None
    assert window.chat.scroll.verticalScrollBar().value() == 0


def test_sign_out_puts_the_kiosk_theme_back_after_each_learner(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    default = (app.font().toString(), app.styleSheet())
    default_size = app.font().pointSizeF()
    kiosk_ctx.learners.create("Dara", needs=["dyslexia"])
    kiosk_ctx.learners.create("Vin", needs=["low_vision"])
    kiosk_ctx.learners.create("Pat")
    window.sign_in.refresh()

    _sign_in(qtbot, window, "Dara")
    assert app.font().family() == "OpenDyslexic" and app.font().letterSpacing() > 100
    window.sign_out_button.click()
    assert (app.font().toString(), app.styleSheet()) == default

    _sign_in(qtbot, window, "Vin")
    assert app.font().pointSizeF() >= 1.4 * default_size
    assert app.property("lantern_theme") == "low_vision" and "#000000" in app.styleSheet()
    window.sign_out_button.click()

    _sign_in(qtbot, window, "Pat")            # no needs: exactly the kiosk's look, nothing left over
    assert (app.font().toString(), app.styleSheet()) == default


def test_guest_saves_no_progress_and_cannot_take_a_quiz(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(c.text() == "Guest" for c in window.sign_in.cards), timeout=60_000)
    with qtbot.waitSignal(window.session.signed_in, timeout=30_000) as sig:
        card(window, "Guest").click()
    assert sig.args[0] is None and window.session.guest
    assert window.chat_turns.learner is None
    qtbot.waitUntil(lambda: window.home.welcome.text().startswith("Hi"), timeout=60_000)
    assert not window.home.practise_button.isEnabled()
    assert not window.tabs.isTabEnabled(window.tabs.indexOf(window.tutor))
    assert window.who.text() == "Guest"


def test_idle_warns_then_signs_out_and_input_keeps_the_session(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QPushButton

    from ui.kiosk.session import KioskSession

    cleared: list[str] = []
    session = KioskSession(idle_s=0.6, warn_s=0.3)
    session.on_reset(lambda: cleared.append("chat"))
    target = QPushButton("x")
    qtbot.addWidget(target)
    target.show()
    session.sign_in(object())
    with qtbot.waitSignal(session.idle_warning, timeout=30_000) as warned:
        pass
    assert warned.args == [True]
    with qtbot.waitSignal(session.idle_warning, timeout=30_000) as back:
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))   # someone is still here
    assert back.args == [False] and session.active
    with qtbot.waitSignal(session.signed_out, timeout=30_000) as out:
        pass
    assert out.args == ["idle"] and cleared == ["chat"] and not session.active
