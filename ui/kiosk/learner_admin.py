"""Teacher screen: the learners of this kiosk — add (with a picture, needs and an optional PIN), remove.

Store work runs on the "session" lane; an add or a removal ends in `changed`, carrying the `Changes` the
learner book reported, so the sign-in cards reload.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from engine import LANGUAGE_NAMES, LANGUAGES, NEED_LABELS, NEEDS, LanternError
from engine.changes import ChangeTally
from ui.kiosk.avatars import Avatars
from ui.tasks import TaskRunner

GRADES = ["K", *[str(g) for g in range(1, 13)]]


class LearnerAdmin(QWidget):
    changed = Signal(object)        # engine.changes.Changes the learner book reported
    error = Signal(object)

    def __init__(self, runner: TaskRunner, book: Any, avatars: Avatars, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._book, self._avatars = runner, book, avatars
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Learners"))
        self.list.setIconSize(QSize(32, 32))
        self.remove_button = QPushButton(self.tr("Remove learner"))
        self.remove_button.setProperty("role", "secondary")
        self.remove_button.clicked.connect(self.remove_selected)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name or nickname"))
        self.grade = QComboBox()
        self.grade.addItems(GRADES)
        self.grade.setCurrentText("5")
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.avatar = QComboBox()
        self.avatar.setIconSize(QSize(28, 28))
        for avatar_id in avatars.ids():
            self.avatar.addItem(avatars.icon(avatar_id), avatar_id.capitalize(), avatar_id)
        self.needs = {n: QCheckBox(self.tr(NEED_LABELS[n])) for n in NEEDS}
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText(self.tr("optional, 4-8 digits"))
        self.add_button = QPushButton(self.tr("Add learner"))
        self.add_button.clicked.connect(self.add)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Picture"), self.avatar)
        form.addRow(self.tr("Grade"), self.grade)
        form.addRow(self.tr("Language"), self.language)
        needs = QGridLayout()
        for i, box in enumerate(self.needs.values()):
            needs.addWidget(box, i // 2, i % 2)
        form.addRow(self.tr("Needs"), needs)
        form.addRow(self.tr("PIN"), self.new_pin)
        form.addRow("", self.add_button)
        form_holder = QWidget()
        fl = QVBoxLayout(form_holder)
        title = QLabel(self.tr("New learner"))
        title.setProperty("role", "title")
        fl.addWidget(title)
        fl.addLayout(form)
        fl.addWidget(self.message)
        fl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_holder)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(scroll, 3)

    def refresh(self) -> None:
        self._runner.single(self._book.list, lane="session").on_done(self._show).on_error(self.error.emit).start()

    def _show(self, profiles: list[Any]) -> None:
        self.list.clear()
        for p in profiles:
            grade = "K" if p.grade == 0 else str(p.grade)
            text = self.tr("{name} (grade {grade})").replace("{name}", p.name).replace("{grade}", grade)
            item = QListWidgetItem(self._avatars.icon(p.avatar or self._avatars.for_name(p.name)), text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)

    def add(self) -> None:
        needs = [n for n, box in self.needs.items() if box.isChecked()]
        tally = ChangeTally()
        (self._runner.single(self._book.create, self.name.text(), grade=self.grade.currentText(),
                             language=self.language.currentData(), needs=needs, pin=self.new_pin.text() or None,
                             avatar=self.avatar.currentData(), tally=tally, lane="session")
         .on_done(lambda profile: self._added(profile, tally)).on_error(self._fail).start())

    def _added(self, profile: Any, tally: ChangeTally) -> None:
        self.name.clear()
        self.new_pin.clear()
        for box in self.needs.values():
            box.setChecked(False)
        self.message.setText(self.tr("Added {name}.").replace("{name}", profile.name))
        self.refresh()
        self._report(tally)

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        tally = ChangeTally()
        (self._runner.single(self._book.remove, item.data(Qt.ItemDataRole.UserRole), tally=tally, lane="session")
         .on_done(lambda _r: (self.refresh(), self._report(tally))).on_error(self._fail).start())

    def _report(self, tally: ChangeTally) -> None:
        if tally.changes:
            self.changed.emit(tally.changes)

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, LanternError):
            self.message.setText(str(exc))      # duplicate name, bad PIN ...: said next to the form
        else:
            self.error.emit(exc)
