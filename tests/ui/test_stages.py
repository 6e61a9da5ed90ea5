"""Screens built in stages leave the event loop a turn between pieces (issue 11: no freeze after the window shows)."""
from __future__ import annotations

import time


def _busy(ms: float) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:      # a piece of GUI work that takes a while
        pass


def test_timers_and_input_get_a_turn_between_every_two_stages(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt, QTimer

    from ui.tasks import Stages

    log: list[str] = []
    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.setInterval(10)
    tick.timeout.connect(lambda: log.append("tick"))
    stages = Stages()
    for i in range(4):
        stages.add(lambda i=i: (log.append(f"stage{i}"), _busy(30)))
    tick.start()
    try:
        with qtbot.waitSignal(stages.ready, timeout=30_000):
            stages.start()
    finally:
        tick.stop()
    order = list(log)
    pieces = [i for i, e in enumerate(order) if e.startswith("stage")]
    assert len(pieces) == 4
    for a, b in zip(pieces, pieces[1:], strict=False):
        assert "tick" in order[a + 1:b], order
