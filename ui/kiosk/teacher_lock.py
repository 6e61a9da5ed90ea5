"""The teacher PIN: set once (first run), then asked before the teacher screens open or the kiosk quits.

The check and its growing delay after wrong tries are the engine's (`engine.tutor.learners.TeacherLock`);
calls run on the "db" lane.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from engine.errors import LanternError
from ui.tasks import TaskRunner


def _pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(r"\d{0,8}"))
    field.setMaxLength(8)
    field.setAccessibleName(name)
    return field


class TeacherPinDialog(QDialog):
    """`mode`: "set" (choose a PIN, typed twice) or "unlock". Emits `unlocked` when it is done."""

    unlocked = Signal()

    def __init__(self, runner: TaskRunner, lock: Any, *, mode: str, reason: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._lock, self.mode = runner, lock, mode
        self.setWindowTitle(self.tr("Teacher PIN"))
        self.setModal(True)
        self.pin = _pin_field(self.tr("Teacher PIN"))
        self.repeat = _pin_field(self.tr("Teacher PIN again"))
        intro = (self.tr("Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the "
                         "settings, and closing the kiosk.") if mode == "set"
                 else reason or self.tr("Type the teacher PIN."))
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "kind-error")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.pin)
        if mode == "set":
            form.addRow(self.tr("Again"), self.repeat)
        else:
            self.repeat.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Set PIN") if mode == "set" else self.tr("Open"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        pin = self.pin.text()
        if self.mode == "set":
            if pin != self.repeat.text():
                self._say(self.tr("The two PINs are different. Type the same PIN twice."))
                return
            task = self._runner.single(self._lock.set_pin, pin, lane="session")
            task.on_done(lambda _r: self._done(True))
        else:
            task = self._runner.single(self._lock.unlock, pin, lane="session")
            task.on_done(self._done)
        self.buttons.setEnabled(False)
        task.on_error(self._failed).start()

    def _done(self, ok: bool) -> None:
        self.buttons.setEnabled(True)
        if not ok:
            self.pin.clear()
            self._say(self.tr("That PIN is not right. Try again."))
            return
        self.unlocked.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.pin.clear()
        self._say(str(exc) if isinstance(exc, LanternError) else self.tr("The PIN could not be checked."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
