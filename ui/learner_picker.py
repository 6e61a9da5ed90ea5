"""Choose who is learning (PIN if set), or add a learner. Store work runs on the "db" lane."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from engine import LANGUAGE_NAMES, LANGUAGES, NEED_LABELS, NEEDS, LanternError
from ui.tasks import TaskRunner

GRADES = ["K", *[str(g) for g in range(1, 13)]]


class LearnerPicker(QWidget):
    learner_chosen = Signal(object)     # LearnerProfile, after the PIN (if any) was checked
    error = Signal(object)

    def __init__(self, runner: TaskRunner, book: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._book = book
        self._profiles: list[Any] = []

        self.list = QListWidget()
        self.list.setAccessibleName("Learners")
        self.list.currentRowChanged.connect(self._on_selected)
        self.list.itemActivated.connect(lambda _i: self.choose())
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText("PIN")
        self.pin.setAccessibleName("PIN")
        self.pin.returnPressed.connect(self.choose)
        self.pin.hide()
        self.start_button = QPushButton("Start learning")
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.choose)
        self.message = QLabel("")
        self.message.setWordWrap(True)

        # Add a learner
        self.name = QLineEdit()
        self.name.setPlaceholderText("Name or nickname")
        self.grade = QComboBox()
        self.grade.addItems(GRADES)
        self.grade.setCurrentText("5")
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.needs = {n: QCheckBox(NEED_LABELS[n]) for n in NEEDS}
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText("optional, 4-8 digits")
        self.add_button = QPushButton("Add learner")
        self.add_button.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Grade", self.grade)
        form.addRow("Language", self.language)
        needs_row = QHBoxLayout()
        for box in self.needs.values():
            needs_row.addWidget(box)
        form.addRow("Needs", needs_row)
        form.addRow("PIN", self.new_pin)
        form.addRow("", self.add_button)
        add_box = QGroupBox("New learner")
        add_box.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Who is learning?"))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.pin)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(add_box)

    # -- actions ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.single(self._book.list, lane="db").on_done(self._show).on_error(self._fail).start()

    def _show(self, profiles: list[Any]) -> None:
        self._profiles = list(profiles)
        self.list.clear()
        for p in self._profiles:
            grade = "K" if p.grade == 0 else f"grade {p.grade}"
            item = QListWidgetItem(f"{p.name}  ({grade}){'  🔒' if p.has_pin else ''}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        self.start_button.setEnabled(False)
        self.pin.hide()

    def _on_selected(self, row: int) -> None:
        p = self._profiles[row] if 0 <= row < len(self._profiles) else None
        self.start_button.setEnabled(p is not None)
        self.pin.clear()
        self.pin.setVisible(bool(p and p.has_pin))
        self.message.setText("")
        if p and p.has_pin:
            self.pin.setFocus()

    def selected(self) -> Any | None:
        row = self.list.currentRow()
        return self._profiles[row] if 0 <= row < len(self._profiles) else None

    def choose(self) -> None:
        p = self.selected()
        if p is None:
            return
        (self._runner.single(self._book.sign_in, p.id, self.pin.text() or None, lane="db")
         .on_done(self._signed_in).on_error(self._fail).start())

    def _signed_in(self, profile: Any) -> None:
        self.pin.clear()
        self.message.setText(f"Hello, {profile.name}!")
        self.learner_chosen.emit(profile)

    def add(self) -> None:
        needs = [n for n, box in self.needs.items() if box.isChecked()]
        (self._runner.single(self._book.create, self.name.text(), grade=self.grade.currentText(),
                             language=self.language.currentData(), needs=needs, pin=self.new_pin.text() or None,
                             lane="db")
         .on_done(self._added).on_error(self._fail).start())

    def _added(self, profile: Any) -> None:
        self.name.clear()
        self.new_pin.clear()
        for box in self.needs.values():
            box.setChecked(False)
        self.message.setText(f"Added {profile.name}.")
        self.refresh()

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, LanternError):
            # Wrong PIN, duplicate name...: say it here, calmly, next to the form.
            self.message.setText(str(exc))
        else:
            self.error.emit(exc)
