"""The chat's first checked sentence reaches the screen as soon as it arrives (issue 11: first sentence < 1 s)."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from engine.cancel import CancelToken
from engine.turn.items import Text


def test_the_first_checked_sentence_shows_without_waiting_for_the_redraw_timer(qtbot, runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui import chat_view
    from ui.chat_view import ChatView

    monkeypatch.setattr(chat_view, "STREAM_REDRAW_MS", 3_600_000)   # the redraw timer does not fire in this test

    release = threading.Event()

    def answer(question: str, *, cancel: CancelToken) -> Iterator[Any]:
        yield Text("Evaporation is water turning into vapour. ")
        release.wait(60)
        yield Text("It needs heat.")

    chat = ChatView(runner, answer)
    qtbot.addWidget(chat)
    chat.send("What is evaporation?")
    reply = chat.messages()[-1]
    qtbot.waitUntil(lambda: reply.text != "…", timeout=30_000)
    assert reply.text == "Evaporation is water turning into vapour. "
    with qtbot.waitSignal(chat.answer_finished, timeout=30_000):
        release.set()
    assert reply.text == "Evaporation is water turning into vapour. It needs heat."
