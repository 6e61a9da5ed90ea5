"""Voice is wired into the real window: microphone row, speaker button on every message."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from voice_fixtures import speech_registry  # noqa: F401

from app.context import AppContext
from app.settings import load_settings
from ui.audio_io import microphone_problem, speaker_problem


@pytest.fixture(scope="module")
def ctx(bundled_model_path: Path, speech_registry) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    with AppContext(load_settings(home=bundled_model_path.parent.parent, max_answer_tokens=40)) as c:
        yield c


def test_window_has_a_microphone_and_a_speaker_button_on_each_message(qtbot, ctx: AppContext):
    from app.gui import build_window

    win = build_window(ctx)
    qtbot.addWidget(win)
    win.show()
    try:
        voice, chat = win.voice, win.chat
        assert voice.options.isVisibleTo(chat) and voice.mic.isVisibleTo(chat)
        problem = microphone_problem()
        assert voice.mic.button.isEnabled() == (problem is None)
        if problem:
            assert voice.mic.button.toolTip() == problem and problem in voice.mic.status.text()
        with qtbot.waitSignal(chat.answer_finished, timeout=150_000):
            chat.send("What is the capital of France?")
        messages = chat.messages()
        assert [m.role for m in messages][:2] == ["learner", "tutor"]
        for msg in messages:
            button = voice.button_for(msg)
            assert button.text() == "Read aloud"
            assert button.isEnabled() == (speaker_problem() is None)
        # the home's lesson reader: no Read aloud button where nothing can be heard
        assert win.home.read_aloud_button.isVisibleTo(win.home) == (speaker_problem() is None)
    finally:
        win.runner.shutdown()
