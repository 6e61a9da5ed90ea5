"""Connect this device to the school hub: hub address + the teacher's enrollment code.

The enrollment call runs on the task runner's network lane; errors (unknown or expired code, hub
unreachable) show inline in the dialog, which stays open so the person can fix the input.
"""
from __future__ import annotations

import socket
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from engine.errors import LanternError


class EnrollDialog(QDialog):
    enrolled = Signal(object)   # engine.wire.DeviceInfo

    def __init__(self, client: Any, runner: Any, *, hub_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to the school hub"))
        self._client = client
        self._runner = runner
        self.hub_url = QLineEdit(hub_url or (client.hub_url or ""))
        self.hub_url.setPlaceholderText("http://hub.school.lan:8765")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("ABCD-EFGH (from your teacher)"))
        self.device_name = QLineEdit(socket.gethostname())
        self.message = QLabel(self.tr("Progress is sent to your school; conversations stay on this computer "
                                      "unless your school allows more."))
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Hub address"), self.hub_url)
        form.addRow(self.tr("Enrollment code"), self.code)
        form.addRow(self.tr("This computer's name"), self.device_name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        url, code = self.hub_url.text().strip(), self.code.text().strip()
        if not url or not code:
            self.message.setText(self.tr("Enter the hub address and the code your teacher gave you."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Connecting…"))
        (self._runner.single(self._client.enroll, url, code, device_name=self.device_name.text().strip() or None,
                             lane="net")
         .on_done(self._done).on_error(self._failed).start())

    def _done(self, info: Any) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("Connected to class {class_name} ({school}).")
                             .replace("{class_name}", info.class_name).replace("{school}", info.school_name))
        self.enrolled.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(str(exc) if isinstance(exc, LanternError)
                             else self.tr("Could not connect: {error}").replace("{error}", str(exc)))
