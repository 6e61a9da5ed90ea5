"""Keyboard and screen readers; the teacher PIN in front of the teacher screens and of quitting a kiosk."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kiosk_fixtures import card, kiosk_ctx, scripted_chat, window  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _pages(qtbot: Any, win: Any, ctx: Any) -> Iterator[str]:
    """Walk the window through every screen a person can reach; yield a label per screen shown."""
    shown = ["sign-in"]
    yield "sign-in"
    ctx.learners.create("Mia", avatar="sun", needs=["low_vision"])
    win.sign_in.refresh()
    qtbot.waitUntil(lambda: any(c.text() == "Mia" for c in win.sign_in.cards), timeout=60_000)
    with qtbot.waitSignal(win.session.signed_in, timeout=30_000):
        card(win, "Mia").click()
    qtbot.waitUntil(lambda: win.home.welcome.text().startswith("Hi"), timeout=60_000)
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        shown.append(win.tabs.tabText(i))
        yield win.tabs.tabText(i)
    win.tutor.modes.set_mode("quiz")
    yield "Tutor (quiz)"
    win.tutor.modes.set_mode("explain")
    win.sign_out_button.click()
    win.show_teacher()
    for i in range(win.teacher_tabs.count()):
        win.teacher_tabs.setCurrentIndex(i)
        yield "teacher " + win.teacher_tabs.tabText(i)
    win.show_sign_in()


def test_every_control_on_every_screen_has_an_accessible_name(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.common.a11y import unnamed_controls

    seen = []
    for screen in _pages(qtbot, window, kiosk_ctx):
        QApplication.processEvents()
        unnamed = [(type(w).__name__, w.objectName(), w.parent().__class__.__name__) for w in unnamed_controls(window)]
        assert unnamed == [], f"on {screen}"
        seen.append(screen)
    assert {"sign-in", "Home", "Ask", "Tutor", "teacher Library", "teacher Learners", "teacher Settings"} <= set(seen)


def test_tab_leaves_the_question_box_and_enter_sends_and_the_answer_is_announced(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.session.sign_in(None, guest=True)
    chat = window.chat
    chat.answer_fn = scripted_chat
    window.tabs.setCurrentWidget(chat)
    window.activateWindow()
    chat.input.setFocus()
    qtbot.waitUntil(chat.input.hasFocus, timeout=30_000)
    qtbot.keyClicks(chat.input, "Why is the sky blue")
    qtbot.keyClick(chat.input, Qt.Key.Key_Tab)
    assert "\t" not in chat.input.toPlainText()
    assert not chat.input.hasFocus()
    chat.input.setFocus()
    with qtbot.waitSignal(chat.answer_finished, timeout=60_000) as finished:
        qtbot.keyClick(chat.input, Qt.Key.Key_Return)
    reply = finished.args[0]
    assert chat.messages()[0].text == "Why is the sky blue"
    assert reply.body.property("announced") == reply.text and "sky blue" in reply.text
    chat.input.setPlainText("And the sea?")
    with qtbot.waitSignal(chat.answer_finished, timeout=60_000):
        qtbot.keyClick(chat.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert chat.messages()[-2].text == "And the sea?"


def test_sign_in_cards_work_from_the_keyboard(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    kiosk_ctx.learners.create("Ola", avatar="boat")
    window.sign_in.refresh()
    qtbot.waitUntil(lambda: any(c.text() == "Ola" for c in window.sign_in.cards), timeout=60_000)
    window.activateWindow()
    first = window.sign_in.cards[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=30_000)
    assert first.text() == "Ola"
    with qtbot.waitSignal(window.session.signed_in, timeout=30_000) as sig:
        qtbot.keyClick(first, Qt.Key.Key_Space)
    assert sig.args[0].name == "Ola"


def test_teacher_screens_need_the_teacher_pin_set_on_first_use(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.teacher_button.click()
    qtbot.waitUntil(lambda: getattr(window, "teacher_dialog", None) is not None, timeout=30_000)
    first = window.teacher_dialog
    assert first.mode == "set"
    first.pin.setText("8642")
    first.repeat.setText("8642")
    with qtbot.waitSignal(first.unlocked, timeout=30_000):
        first.submit()
    assert window.current_page == "teacher"
    window.teacher_back.click()
    assert window.current_page == "sign_in"

    window.teacher_button.click()
    qtbot.waitUntil(lambda: window.teacher_dialog is not first, timeout=30_000)
    dialog = window.teacher_dialog
    assert dialog.mode == "unlock"
    dialog.pin.setText("1111")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=30_000)
    assert window.current_page == "sign_in" and "not right" in dialog.message.text()
    dialog.pin.setText("8642")
    with qtbot.waitSignal(dialog.unlocked, timeout=30_000):
        dialog.submit()
    assert window.current_page == "teacher"


def test_kiosk_does_not_close_without_the_teacher_pin(qtbot, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    from app.gui import build_window
    from engine.tutor.learners import TeacherLock

    TeacherLock(kiosk_ctx.store).set_pin("97531")
    win = build_window(kiosk_ctx, kiosk=True)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.sign_in_ready, timeout=30_000):
        win.set_kiosk(True)
    try:
        assert win.isFullScreen() and win.windowFlags() & Qt.WindowType.FramelessWindowHint
        assert not win.menuBar().isVisible()
        win.close()
        assert win.isVisible()
        dialog = win.teacher_dialog
        dialog.pin.setText("12345")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=30_000)
        assert win.isVisible()
        dialog.pin.setText("97531")
        dialog.submit()
        qtbot.waitUntil(lambda: not win.isVisible(), timeout=30_000)
    finally:
        win.runner.shutdown()


def test_teacher_settings_are_saved_and_applied_at_once(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    import json

    screen = window.settings_screen
    window.show_teacher()
    window.teacher_tabs.setCurrentWidget(screen)
    screen.idle.setValue(3)
    screen.theme.setCurrentIndex(screen.theme.findData("dyslexia"))
    with qtbot.waitSignal(screen.saved, timeout=30_000):
        screen.save_button.click()
    saved = json.loads((kiosk_ctx.settings.home / "settings.json").read_text())
    assert saved["kiosk_idle_minutes"] == 3.0 and saved["kiosk_theme"] == "dyslexia"
    assert window.session.idle_s == 180
    assert QApplication.instance().property("lantern_theme") == "dyslexia"
    assert QApplication.instance().font().family() == "OpenDyslexic"
