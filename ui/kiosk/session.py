"""Who is at the kiosk right now, and the idle timer that signs them out.

`KioskSession` holds the signed-in learner (or a guest). Signing out — the button, the idle timer or
the kiosk lock — runs every registered reset (chat, tutor turns, quiz, inputs, scroll-back) and then
emits `signed_out`, on which the window puts the kiosk's default theme back. Nothing of one learner
is left on screen for the next.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

# Input that counts as "someone is still here".
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.InputMethod}


class KioskSession(QObject):
    """The current learner (None with `guest` True for a guest; None and not guest: nobody)."""

    signed_in = Signal(object)        # LearnerProfile, or None for a guest
    signed_out = Signal(str)          # reason: "button" | "idle" | "lock"
    idle_warning = Signal(bool)       # True: show "Are you still there?"; False: hide it

    def __init__(self, *, idle_s: float = 600.0, warn_s: float = 60.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.learner: Any | None = None
        self.guest = False
        self._resets: list[Callable[[], None]] = []
        self._warn_timer = QTimer(self)
        self._warn_timer.setSingleShot(True)
        self._warn_timer.timeout.connect(lambda: self._set_warning(True))
        self._out_timer = QTimer(self)
        self._out_timer.setSingleShot(True)
        self._out_timer.timeout.connect(lambda: self.sign_out("idle"))
        self._warning = False
        self.set_idle(idle_s, warn_s)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- state --------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.learner is not None or self.guest

    @property
    def learner_id(self) -> str | None:
        return self.learner.id if self.learner is not None else None

    def set_idle(self, idle_s: float, warn_s: float = 60.0) -> None:
        """Sign out after `idle_s` seconds without input; warn `warn_s` seconds before (0 = never)."""
        self.idle_s = max(0.0, idle_s)
        self.warn_s = min(max(0.0, warn_s), self.idle_s / 2) if self.idle_s else 0.0
        if self.active:
            self._restart_idle()

    def on_reset(self, fn: Callable[[], None]) -> None:
        """Run `fn` at every sign-out, before `signed_out` is emitted (clear what the learner left)."""
        self._resets.append(fn)

    # -- actions ------------------------------------------------------------------------------
    def sign_in(self, learner: Any | None, *, guest: bool = False) -> None:
        if self.active:
            self.sign_out("switch")
        self.learner, self.guest = (None, True) if guest or learner is None else (learner, False)
        self._restart_idle()
        self.signed_in.emit(self.learner)

    def sign_out(self, reason: str = "button") -> None:
        self._warn_timer.stop()
        self._out_timer.stop()
        self._set_warning(False)
        self.learner, self.guest = None, False
        for reset in self._resets:
            reset()
        self.signed_out.emit(reason)

    def still_here(self) -> None:
        """The learner answered the idle warning."""
        if self.active:
            self._restart_idle()

    # -- idle ---------------------------------------------------------------------------------
    def _restart_idle(self) -> None:
        self._set_warning(False)
        if not self.idle_s:
            return
        self._out_timer.start(int(self.idle_s * 1000))
        if self.warn_s:
            self._warn_timer.start(int((self.idle_s - self.warn_s) * 1000))

    def _set_warning(self, on: bool) -> None:
        if self._warning != on:
            self._warning = on
            self.idle_warning.emit(on)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY and self.active and self._out_timer.isActive():
            # Cheap: restarting two timers; no allocation per mouse move.
            self._out_timer.start()
            if self.warn_s:
                self._warn_timer.start()
            if self._warning:
                self._set_warning(False)
        return False
