"""The teacher's screens in the real window: a learner cannot reach any of them; the teacher PIN
opens them, each loads from the store, and the alerts tab shows the unread count until the
alerts are marked as seen."""
from __future__ import annotations

from typing import Any

from kiosk_fixtures import card, kiosk_ctx, window  # noqa: F401
from PySide6.QtWidgets import QWidget

from engine.tutor.learners import TeacherLock
from engine.tutor.progress import record_alert

TEACHER_SCREENS = ("teacher_quizzes", "teacher_class", "teacher_alerts", "learner_admin", "settings_screen")


def _visible_teacher_screens(win: Any) -> list[str]:
    return [name for name in TEACHER_SCREENS if getattr(win, name).isVisible()]


def _unlock(qtbot: Any, win: Any, pin: str) -> Any:
    win.teacher_requested.emit()
    qtbot.waitUntil(lambda: getattr(win, "teacher_dialog", None) is not None and win.teacher_dialog.isVisible(),
                    timeout=30_000)
    dialog = win.teacher_dialog
    dialog.pin.setText(pin)
    return dialog


def test_a_learner_reaches_no_teacher_screen_and_the_pin_opens_them_with_the_alert_count(qtbot, window, kiosk_ctx):
    TeacherLock(kiosk_ctx.store).set_pin("2468")
    mia = kiosk_ctx.learners.create("Mia", grade=3)
    record_alert(kiosk_ctx.store, mia.id, category="self_harm", source="chat")
    window.sign_in.refresh()
    qtbot.waitUntil(lambda: any(c.text() == "Mia" for c in window.sign_in.cards), timeout=30_000)
    with qtbot.waitSignal(window.session.signed_in, timeout=30_000):
        card(window, "Mia").click()
    assert window.current_page == "learner"
    assert not window.teacher_button.isVisible()
    assert _visible_teacher_screens(window) == []
    reachable = {w for i in range(window.tabs.count()) for w in [window.tabs.widget(i),
                                                                 *window.tabs.widget(i).findChildren(QWidget)]}
    assert not reachable & {getattr(window, n) for n in TEACHER_SCREENS}

    # Asking for the teacher screens signs the learner out first; a wrong PIN opens nothing.
    dialog = _unlock(qtbot, window, "1111")
    assert window.session.learner is None and window.current_page == "sign_in"
    dialog.submit()
    qtbot.waitUntil(lambda: "not right" in dialog.message.text(), timeout=30_000)
    assert window.current_page == "sign_in"
    assert _visible_teacher_screens(window) == []

    dialog.pin.setText("2468")
    alerts_tab = window.teacher_tabs.indexOf(window.teacher_alerts)
    with qtbot.waitSignal(window.teacher_alerts.unread_changed, timeout=30_000):
        dialog.submit()
    assert window.current_page == "teacher"
    assert window.teacher_tabs.tabText(alerts_tab) == "Alerts (1 new)"
    window.teacher_tabs.setCurrentWidget(window.teacher_alerts)
    inbox = window.teacher_alerts
    inbox.table.selectRow(0)
    with qtbot.waitSignal(inbox.unread_changed, timeout=30_000, check_params_cb=lambda n: n == 0):
        inbox.ack_button.click()
    assert window.teacher_tabs.tabText(alerts_tab) == "Alerts"

    window.teacher_back.click()
    assert window.current_page == "sign_in"
    assert _visible_teacher_screens(window) == []
