"""The task runner never lets a worker thread free what the GUI thread owns.

A widget whose last reference is dropped on a worker thread is destroyed off its thread and Qt crashes
(CI's run of 2026-12-03 died with a segmentation fault in pytest-qt's event processing right after a
teacher-screen test, a worker thread at `del work_item`). Here a plain object stands in for the widget:
its `__del__` records which thread freed it.
"""
from __future__ import annotations

import threading

from ui.tasks import TaskRunner


class _Owner:
    """Stands in for a screen: the work and the callbacks are its methods."""

    def __init__(self, gate: threading.Event, freed_on: list[str]) -> None:
        self.gate, self.freed_on = gate, freed_on

    def slow(self) -> int:
        self.gate.wait(30)
        return 1

    def done(self, _result: int) -> None:
        pass

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def test_a_cancelled_tasks_owner_is_freed_on_the_gui_thread_not_the_worker(qtbot, runner: TaskRunner):
    gate, freed_on = threading.Event(), []
    owner = _Owner(gate, freed_on)
    task = runner.single(owner.slow, lane="default").on_done(owner.done).start()
    task.cancel()                 # the GUI side forgets the task while the worker still runs it
    del task, owner
    gate.set()
    qtbot.waitUntil(lambda: bool(freed_on), timeout=10_000)
    assert freed_on == [threading.main_thread().name]



def test_stream_items_already_sent_when_the_task_is_cancelled_are_never_delivered(qtbot, runner: TaskRunner):
    burst_sent, release = threading.Event(), threading.Event()

    def items(*, cancel) -> object:  # type: ignore[no-untyped-def]
        yield from range(50)
        burst_sent.set()          # all 50 are emitted: queued for the GUI thread, not yet delivered
        release.wait(30)
        yield "late"

    got: list[object] = []
    task = runner.stream(items, lane="llm").on_item(got.append).start()
    assert burst_sent.wait(30)    # the GUI thread has processed no event since start()
    task.cancel()
    release.set()
    # The lane runs one task at a time, and its signals arrive in order: when the next task's result is
    # delivered, every item of the cancelled one has reached the GUI thread (and been dropped).
    after: list[str] = []
    runner.single(lambda: "next", lane="llm").on_done(after.append).start()
    qtbot.waitUntil(lambda: after == ["next"], timeout=30_000)
    assert got == []
