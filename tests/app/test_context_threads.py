"""AppContext builds each engine once, however many threads ask for it at the same moment."""
from __future__ import annotations

import threading
from pathlib import Path

from app.context import AppContext


def test_engines_asked_for_from_four_threads_at_once_are_each_built_once(bundled_model_path: Path) -> None:
    ctx = AppContext()   # the session's data folder (its bundled model is already provisioned)
    getters = {"llm": ctx.llm, "transcriber": ctx.transcriber, "synthesizer": ctx.synthesizer,
               "safety": lambda: ctx.safety, "store": lambda: ctx.store, "turns": lambda: ctx.turns}
    start = threading.Barrier(4)
    got: dict[str, list[int]] = {name: [] for name in getters}
    errors: list[BaseException] = []

    def worker(order: list[str]) -> None:
        start.wait()
        try:
            for name in order:
                got[name].append(id(getters[name]()))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    names = list(getters)
    threads = [threading.Thread(target=worker, args=(names[i:] + names[:i],)) for i in range(4)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not errors
        for name, ids in got.items():
            assert len(ids) == 4 and len(set(ids)) == 1, name
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
