"""Start-up: the sign-in cards come first, the other screens are built after them (or at once when a child
is quicker); a child reads a friendly tutor status, the teacher the model's technical one."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from kiosk_fixtures import card, kiosk_ctx, window  # noqa: F401


def _staged(qtbot: Any, ctx: Any) -> Any:
    from app.gui import build_window

    win = build_window(ctx, staged=True)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    return win


def test_staged_window_takes_sign_in_before_any_learner_screen_is_built(qtbot, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    win = _staged(qtbot, kiosk_ctx)
    at_ready: list[tuple[bool, bool, int]] = []
    win.sign_in_ready.connect(lambda: at_ready.append((win.screens.done, hasattr(win, "chat"), win.tabs.count())))
    with qtbot.waitSignal(win.sign_in_ready, timeout=60_000):
        win.show()
    assert at_ready == [(False, False, 0)]      # the cards were usable before the learner screens existed
    assert win.sign_in.cards                   # (the Guest card at least)
    with qtbot.waitSignal(win.screens.ready, timeout=120_000):
        pass
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == ["Home", "Ask", "Tutor"]
    assert win.teacher_tabs.indexOf(win.library) >= 0 and win.teacher_tabs.indexOf(win.settings_screen) >= 0
    assert "teacher_calls" not in win.__dict__          # the teacher's own screens wait for the Teacher button
    win.teacher_requested.emit()
    assert "teacher_calls" in win.__dict__ and win.teacher_tabs.indexOf(win.teacher_alerts) >= 0
    assert win.teacher_tabs.indexOf(win.settings_screen) == win.teacher_tabs.count() - 1
    win.runner.shutdown()


def test_a_child_who_signs_in_before_the_screens_are_built_gets_a_working_home(qtbot, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    kiosk_ctx.learners.create("Quick", avatar="kite")
    win = _staged(qtbot, kiosk_ctx)
    clicked: list[bool] = []

    def click_at_once() -> None:       # in the same event-loop turn the cards appear: no screen is built yet
        clicked.append(win.screens.done)
        card(win, "Quick").click()

    win.sign_in_ready.connect(click_at_once)
    with qtbot.waitSignal(win.session.signed_in, timeout=60_000):
        win.show()
    assert clicked == [False]
    assert win.screens.done and win.current_page == "learner"
    qtbot.waitUntil(lambda: win.home.welcome.text().startswith("Hi"), timeout=60_000)
    assert "Quick" in win.home.welcome.text()
    win.session.sign_out("test")
    win.runner.shutdown()


def test_a_child_sees_a_friendly_tutor_status_and_the_teacher_sees_the_model_details(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: "·" in window.tutor_details.text(), timeout=300_000)    # the model loaded
    info = kiosk_ctx.llm().info
    status = window.model_label.text()
    assert status == "Your tutor is ready"
    assert info.name not in status and "CPU" not in status.upper() and "thread" not in status
    assert info.name in window.tutor_details.text() and info.device.upper() in window.tutor_details.text()
    assert window.settings_screen.isAncestorOf(window.tutor_details)     # a teacher screen (behind the PIN)


@pytest.mark.parametrize("machine", ["no QtMultimedia", "no devices"])
def test_sound_device_problems_tell_a_child_who_helps_and_no_command(monkeypatch, qtbot, machine: str) -> None:  # type: ignore[no-untyped-def]
    import ui.audio_io as audio_io

    def missing() -> Any:
        raise ImportError("QtMultimedia")

    empty = SimpleNamespace(QMediaDevices=SimpleNamespace(audioInputs=list, audioOutputs=list))
    monkeypatch.setattr(audio_io, "_multimedia", missing if machine == "no QtMultimedia" else lambda: empty)
    for text in (audio_io.microphone_problem(), audio_io.speaker_problem()):
        assert text is not None and "teacher" in text
        for adult_word in ("restart", "make ", "lantern ", "PySide", "install"):
            assert adult_word not in text
