"""A first start on a fresh data folder: the bundled model is assembled on a worker with its steps and
percent on screen, and a question asked meanwhile is answered once the tutor is ready (never lost).

The question's answer function asks for the real model (`ctx.llm()`), as the chat's turn does; the
library, embedder and safety check are left out so the test's length does not depend on them."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.context import AppContext
from app.settings import load_settings
from engine.turn import Text
from engine.models import BUNDLED_ID


@pytest.mark.slow
def test_first_start_shows_progress_and_answers_a_question_asked_meanwhile(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.gui import build_window

    home = tmp_path / "home"          # fresh: no models folder, no store
    with AppContext(load_settings(home=home, max_answer_tokens=40, cloud_enabled=False, sync_enabled=False)) as ctx:
        ctx.learners.create("Ana", avatar="star")
        assert ctx.registry.needs_assembly()
        # The test decides the order: the assembly pauses after its first step until the question is queued.
        queued = threading.Event()
        real_steps = ctx.model_steps

        def gated_steps(**kwargs: Any) -> Iterator[Any]:
            for i, step in enumerate(real_steps(**kwargs)):
                yield step
                if i == 0:
                    assert queued.wait(600)

        ctx.model_steps = gated_steps  # type: ignore[method-assign]
        window = build_window(ctx)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        with qtbot.waitSignal(window.sign_in_ready, timeout=60_000):
            window.show()
        panel = window.first_start
        qtbot.waitUntil(lambda: bool(panel.shown_percents), timeout=120_000)
        assert panel.isVisible()
        assert panel.detail.text() == "Unpacking the tutor…" and panel.bar.value() == panel.shown_percents[-1]

        next(c for c in window.sign_in.cards if c.text() == "Ana").click()
        qtbot.waitUntil(lambda: window.current_page == "learner", timeout=60_000)
        finished: list[Any] = []
        window.chat.answer_finished.connect(lambda reply, reason: finished.append((reply.text, reason)))

        def answer(question: str, *, cancel: Any, **_options: Any) -> Iterator[Any]:
            # The real model, as the chat's turn asks for it (the library and safety are other tests' work).
            llm = ctx.llm()
            assembled = not ctx.registry.needs_assembly()
            yield Text(f"{question} -> {llm.info.id} assembled={assembled}")

        window.chat.answer_fn = answer
        window.chat.send("What is evaporation?")
        assert not finished and panel.isVisible()      # asked while the tutor is still being unpacked
        queued.set()

        qtbot.waitUntil(lambda: bool(finished), timeout=600_000)
        text, reason = finished[0]
        assert reason == "stop"
        assert text == f"What is evaporation? -> {BUNDLED_ID} assembled=True"
        assert not panel.isVisible()
        assert panel.shown_percents == sorted(panel.shown_percents)
        assert panel.shown_percents[-1] >= 95
        assert [r.id for r in ctx.registry.list()] == [BUNDLED_ID]
        assert not ctx.registry.needs_assembly()
        window.session.sign_out("test")
        window.runner.shutdown()
