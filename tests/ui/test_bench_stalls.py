"""`bench ui`'s stall diagnostic names what held the GUI thread when its 10 ms tick came late."""
from __future__ import annotations

import time


def test_a_gui_thread_stall_is_reported_with_the_function_that_held_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from bench.ui import GapMeter, StallSampler

    meter = GapMeter()
    sampler = StallSampler(after_ms=60)
    meter.on_tick = sampler.tick
    meter.step = "stalling"

    def hold_the_gui_thread_for_a_while() -> None:
        time.sleep(1.5)      # the stall under test (not a wait for a result)

    meter.start()
    try:
        QTimer.singleShot(50, hold_the_gui_thread_for_a_while)
        qtbot.waitUntil(lambda: any(s["gap_ms"] >= 1000 for s in sampler.stalls), timeout=30_000)
    finally:
        meter.stop()
        sampler.stop()
    stall = sampler.report()["stalling"][0]
    assert stall["gap_ms"] >= 1000
    assert any(any("hold_the_gui_thread_for_a_while" in frame for frame in stack) for stack in stall["gui"])
