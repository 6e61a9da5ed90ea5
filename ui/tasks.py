"""The task runner: every blocking call a widget makes goes through here, never the GUI thread.

Two builders: `runner.single(fn, ...)` for one result and `runner.stream(gen_fn, ...)` for a
generator; both chain `.on_item / .on_done / .on_error` and then `.start()`. Work runs on a
*lane*: one single-thread executor per resource that is not thread-safe ("llm", "db", "speech"),
and a small pool for network work ("net"). Results cross back to the GUI thread as queued
signals tagged with a request id; a cancelled or superseded request's late output is dropped.
"""
from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from engine.cancel import CancelToken
from engine.errors import Cancelled

log = logging.getLogger(__name__)

# "session": short store reads and writes of the kiosk (sign-in, home); never queued behind an import.
# "warm": work done ahead of a learner's need (e.g. embedding lesson sentences), one piece at a time.
LANES = {"llm": 1, "db": 1, "session": 1, "speech": 1, "net": 4, "default": 2, "warm": 1}


@dataclass
class _Callbacks:
    on_item: Callable[[Any], None] | None = None
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    on_cancelled: Callable[[], None] | None = None


@dataclass
class Task:
    """A started (or about to start) piece of background work."""

    runner: TaskRunner
    id: int
    lane: str
    work: Callable[[CancelToken], Any]
    streaming: bool
    cancel_token: CancelToken = field(default_factory=CancelToken)
    callbacks: _Callbacks = field(default_factory=_Callbacks)

    def on_item(self, cb: Callable[[Any], None]) -> Task:
        self.callbacks.on_item = cb
        return self

    def on_done(self, cb: Callable[[Any], None]) -> Task:
        self.callbacks.on_done = cb
        return self

    def on_error(self, cb: Callable[[BaseException], None]) -> Task:
        self.callbacks.on_error = cb
        return self

    def on_cancelled(self, cb: Callable[[], None]) -> Task:
        self.callbacks.on_cancelled = cb
        return self

    def start(self) -> Task:
        self.runner._start(self)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; from now on its output is dropped and on_cancelled fires once."""
        self.cancel_token.cancel()
        self.runner._cancelled(self)

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled


class TaskRunner(QObject):
    """Owns the worker lanes. Create one per application and hand it to widgets."""

    _item = Signal(int, object)
    _finished = Signal(int)      # the outcome waits in `_outcomes` (see `_start`)

    def __init__(self, parent: QObject | None = None, *, error_handler: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._executors = {name: ThreadPoolExecutor(n, thread_name_prefix=f"lantern-{name}") for name, n in LANES.items()}
        self._live: dict[int, Task] = {}
        self._running: dict[int, Callable[[CancelToken], Any]] = {}   # work a worker runs, until it is done
        self._outcomes: dict[int, tuple[bool, Any]] = {}               # (ok, result or exception), until delivered
        self._error_handler = error_handler
        # Signals emitted from worker threads reach these slots queued, on the GUI thread.
        self._item.connect(self._deliver_item)
        self._finished.connect(self._deliver_finished)

    # -- builders -----------------------------------------------------------------------------
    def single(self, fn: Callable[..., Any], *args: Any, lane: str = "default", pass_cancel: bool = False,
               **kwargs: Any) -> Task:
        """Run `fn(*args, **kwargs)` (plus `cancel=token` when pass_cancel) and deliver its result."""
        def work(token: CancelToken) -> Any:
            return fn(*args, **kwargs, cancel=token) if pass_cancel else fn(*args, **kwargs)

        return Task(self, next(self._ids), lane, work, streaming=False)

    def stream(self, gen_fn: Callable[..., Iterator[Any]], *args: Any, lane: str = "default", **kwargs: Any) -> Task:
        """Iterate `gen_fn(*args, cancel=token, **kwargs)`, delivering each item, then on_done(None)."""
        def work(token: CancelToken) -> Any:
            gen = gen_fn(*args, cancel=token, **kwargs)
            try:
                for item in gen:
                    if token.cancelled:
                        break
                    self._item.emit(task_id, item)
            finally:
                close = getattr(gen, "close", None)
                if close:
                    close()
            return None

        task_id = next(self._ids)
        return Task(self, task_id, lane, work, streaming=True)

    # -- plumbing -----------------------------------------------------------------------------
    def _start(self, task: Task) -> None:
        if task.lane not in self._executors:
            raise ValueError(f"unknown lane {task.lane!r}")
        self._live[task.id] = task
        self._running[task.id] = task.work
        task_id, token = task.id, task.cancel_token

        # A worker must never hold the last reference to something the GUI thread owns: a widget (say a
        # screen a callback or the work's closure names, closed meanwhile) freed on a worker thread is
        # destroyed off its thread, and Qt crashes. So the worker keeps no Task (its callbacks name
        # widgets), reads the work from `_running`, drops it, leaves the outcome in `_outcomes` and only
        # then signals; the GUI thread drops the rest in `_deliver_finished`.
        def run() -> None:
            work = self._running[task_id]
            outcome: tuple[bool, Any]
            try:
                outcome = (True, work(token))
            except Cancelled:
                outcome = (True, None)
            except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
                outcome = (False, exc)
            del work
            self._outcomes[task_id] = outcome
            del outcome
            self._finished.emit(task_id)

        self._executors[task.lane].submit(run)

    def _cancelled(self, task: Task) -> None:
        if self._live.pop(task.id, None) is not None and task.callbacks.on_cancelled:
            task.callbacks.on_cancelled()

    def _deliver_item(self, task_id: int, item: Any) -> None:
        task = self._live.get(task_id)
        if task and task.callbacks.on_item and not task.cancelled:
            task.callbacks.on_item(item)

    def _deliver_finished(self, task_id: int) -> None:
        self._running.pop(task_id, None)
        ok, value = self._outcomes.pop(task_id)
        if ok:
            self._deliver_done(task_id, value)
        else:
            self._deliver_error(task_id, value)

    def _deliver_done(self, task_id: int, result: Any) -> None:
        task = self._live.pop(task_id, None)
        if task and task.callbacks.on_done and not task.cancelled:
            task.callbacks.on_done(result)

    def _deliver_error(self, task_id: int, exc: BaseException) -> None:
        task = self._live.pop(task_id, None)
        if task is None or task.cancelled:
            return
        if task.callbacks.on_error:
            task.callbacks.on_error(exc)
        elif self._error_handler:
            self._error_handler(exc)
        else:
            log.error("background task failed", exc_info=exc)

    def set_error_handler(self, handler: Callable[[BaseException], None] | None) -> None:
        """Where errors of tasks without their own on_error go (the window's one error display)."""
        self._error_handler = handler

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def shutdown(self) -> None:
        for task in list(self._live.values()):
            task.cancel_token.cancel()
        for ex in self._executors.values():
            ex.shutdown(wait=True, cancel_futures=True)


class Stages(QObject):
    """GUI-thread work cut into pieces (e.g. building screens), one piece per turn of the event loop, so
    the window keeps reacting in between. `finish()` runs what is left at once (someone needs it now);
    `when_done(fn)` runs `fn` after the last piece, at once if that was already; `ready` fires then."""

    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[Callable[[], None]] = []
        self._after: list[Callable[[], None]] = []
        self.done = False

    def add(self, step: Callable[[], None]) -> None:
        self._steps.append(step)

    def when_done(self, fn: Callable[[], None]) -> None:
        if self.done:
            fn()
        else:
            self._after.append(fn)

    def start(self) -> None:
        """Run the pieces one per event-loop turn from now on."""
        QTimer.singleShot(0, self._next)

    def finish(self) -> None:
        while self._steps:
            self._steps.pop(0)()
        self._finished()

    def _next(self) -> None:
        if self._steps:
            self._steps.pop(0)()
        if self._steps:
            # A 1 ms timer, not a 0 ms call: a queued call runs in the same pass of the event loop, so two
            # pieces ran back to back with no input or timer in between (one stall twice as long).
            QTimer.singleShot(1, self._next)
        else:
            self._finished()

    def _finished(self) -> None:
        if self.done:
            return
        self.done = True
        after, self._after = self._after, []
        for fn in after:
            fn()
        self.ready.emit()
