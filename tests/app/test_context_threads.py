"""AppContext builds each engine once, however many threads ask for it at the same moment."""
from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.context import AppContext

# What AppContext calls to build each engine (module, attribute on it, attribute of that or None),
# and how a caller asks the context for it.
BUILDS: dict[str, tuple[str, str, str | None, Callable[[AppContext], Any]]] = {
    "llm": ("engine.llm.local", "LocalLLM", "load", lambda c: c.llm()),
    "transcriber": ("engine.speech.transcriber", "Transcriber", None, lambda c: c.transcriber()),
    "synthesizer": ("engine.speech.espeak", "open_synthesizer", None, lambda c: c.synthesizer()),
    "safety": ("engine.safety", "SafetyFilter", None, lambda c: c.safety),
    "store": ("engine.store", "Store", "open", lambda c: c.store),
    "turns": ("engine.turn", "TurnService", None, lambda c: c.turns),
}


@pytest.mark.parametrize("name", list(BUILDS))
def test_an_engine_asked_for_from_four_threads_at_once_is_built_once(
        name: str, bundled_model_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module, attr, method, ask = BUILDS[name]
    owner: Any = importlib.import_module(module)
    if method is not None:
        owner = getattr(owner, attr)
        attr = method
    real = getattr(owner, attr)
    builds: list[str] = []
    asked = 0
    all_asked = threading.Event()
    counting = threading.Lock()

    def counted_build(*args: Any, **kwargs: Any) -> Any:
        with counting:
            builds.append(threading.current_thread().name)
        # The first build waits until all four threads have asked, so that without the context's lock
        # the others would reach the "not built yet" test while this one is still building.
        all_asked.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, attr, counted_build)
    ctx = AppContext()   # the session's data folder (its bundled model is already provisioned)
    start = threading.Barrier(4)
    got: list[Any] = []
    errors: list[BaseException] = []

    def worker() -> None:
        nonlocal asked
        start.wait()
        with counting:
            asked += 1
            if asked == 4:
                all_asked.set()
        try:
            got.append(ask(ctx))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=worker, name=f"asker-{i}") for i in range(4)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not errors
        assert len(builds) == 1, builds            # built once ...
        assert len(got) == 4 and all(g is got[0] for g in got)   # ... and all four got that one
    finally:
        ctx.close()


def test_closing_releases_only_what_was_built(bundled_model_path: Path) -> None:
    ctx = AppContext()
    assert ctx.store is ctx.store
    assert ctx.built("store") and not ctx.built("llm")
    ctx.close()
    assert not ctx.built("store")


def test_work_done_ahead_waits_while_a_learners_turn_runs(tmp_path: Path) -> None:
    from app.settings import load_settings

    ctx = AppContext(load_settings(home=tmp_path / "home"))

    class Watched:
        """A cancel token that counts how often the waiting loop looked at it (only while a turn runs)."""

        def __init__(self) -> None:
            self.looks = 0
            self.looked_twice = threading.Event()

        @property
        def cancelled(self) -> bool:
            self.looks += 1
            if self.looks >= 2:
                self.looked_twice.set()
            return False

    order: list[str] = []
    token = Watched()

    def ahead() -> None:
        ctx.wait_for_no_turn(cancel=token)
        order.append("resumed")

    with ctx.turn_running():
        worker = threading.Thread(target=ahead)
        worker.start()
        # Looked at twice: it waited once and went round again instead of returning, a turn running.
        assert token.looked_twice.wait(30)
        order.append("turn ended")
    worker.join(timeout=30)
    assert order == ["turn ended", "resumed"]
    ctx.wait_for_no_turn()                     # no turn now: returns at once
