"""Teacher screen: the course's learning path — units and lessons in order, with why each lesson
comes where it is (the engine's reason: "after 'Fractions' because it uses 'fraction'"); rename,
move up or down, build again from the material, publish to learners.

Ordering, reasons and warnings are the engine's (engine/teacher/outline.py), and so is what publishing
changed: `changed` carries the `Changes` the engine reported.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from engine.changes import ChangeTally
from ui.tasks import TaskRunner
from ui.teacher.common import CourseChooser, Message, TeacherScreen

UNIT, LESSON = "unit", "lesson"


class OutlineScreen(TeacherScreen):
    error = Signal(object)
    loaded = Signal(object)         # the engine Outline on screen
    published = Signal()
    changed = Signal(object)        # engine.changes.Changes publishing reported (a draft edit changes nothing else)

    def __init__(self, runner: TaskRunner, calls: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._calls = runner, calls
        self.outline: Any = None
        self.course = CourseChooser(runner, calls)
        self.course.error.connect(self.error.emit)
        self.course.chosen.connect(lambda _n: self.refresh())
        self.course_label = QLabel()
        self.state = QLabel()
        self.state.setProperty("role", "muted")
        self.rebuild_button = QPushButton()
        self.rebuild_button.setProperty("role", "secondary")
        self.rebuild_button.clicked.connect(lambda: self._edit("rebuild"))
        self.publish_button = QPushButton()
        self.publish_button.clicked.connect(lambda: self._edit("publish"))
        top = QHBoxLayout()
        top.addWidget(self.course_label)
        top.addWidget(self.course, 1)
        top.addWidget(self.state, 2)
        top.addWidget(self.rebuild_button)
        top.addWidget(self.publish_button)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setAccessibleName(self.tr("Learning path"))
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setAccessibleName(self.tr("Column titles"))
        self.tree.currentItemChanged.connect(lambda *_: self._selected())

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("New title"))
        self.rename_button = QPushButton()
        self.rename_button.setProperty("role", "secondary")
        self.rename_button.clicked.connect(self.rename_selected)
        self.up_button = QPushButton()
        self.up_button.setProperty("role", "secondary")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton()
        self.down_button.setProperty("role", "secondary")
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        edit = QHBoxLayout()
        edit.addWidget(self.title, 1)
        edit.addWidget(self.rename_button)
        edit.addWidget(self.up_button)
        edit.addWidget(self.down_button)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setProperty("role", "muted")
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setProperty("role", "kind-error")
        self.warnings.hide()
        self.message = Message()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.why)
        layout.addLayout(edit)
        layout.addWidget(self.warnings)
        layout.addWidget(self.message)
        self.retranslate_ui()
        self._selected()

    def retranslate_ui(self) -> None:
        self.course_label.setText(self.tr("Course"))
        self.rebuild_button.setText(self.tr("Build again from the material"))
        self.publish_button.setText(self.tr("Publish to learners"))
        self.tree.setHeaderLabels([self.tr("Lesson"), self.tr("Why it is here"), self.tr("Key terms it defines")])
        self.title.setPlaceholderText(self.tr("New title for the chosen unit or lesson"))
        self.rename_button.setText(self.tr("Rename"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))

    def refresh(self) -> None:
        course = self.course.currentText()
        if course:
            self._runner.single(self._calls.outline, course, lane="session").on_done(self._fill) \
                .on_error(self.error.emit).start()

    def _fill(self, view: dict[str, Any]) -> None:
        keep = self.selected()
        self.outline = outline = view["outline"]
        self.tree.blockSignals(True)
        self.tree.clear()
        current = None
        for unit in outline.units:
            top = QTreeWidgetItem([unit.title, "", ""])
            top.setData(0, Qt.ItemDataRole.UserRole, (UNIT, unit.id))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            if keep == (UNIT, unit.id):
                current = top
            for k, lesson in enumerate(unit.lessons, start=1):
                row = QTreeWidgetItem([self.tr("{n}. {title}").replace("{n}", str(k)).replace("{title}", lesson.title),
                                       lesson.reason, ", ".join(lesson.defines)])
                row.setData(0, Qt.ItemDataRole.UserRole, (LESSON, lesson.id))
                row.setToolTip(1, lesson.reason)
                top.addChild(row)
                if keep == (LESSON, lesson.id):
                    current = row
        self.tree.expandAll()
        self._fit_columns()
        self.tree.blockSignals(False)
        if current is not None:
            self.tree.setCurrentItem(current)
        self._selected()
        self.state.setText(self.tr("Learners follow this path.") if view["published"]
                           else self.tr("Draft: learners do not see these changes until you publish."))
        self.publish_button.setEnabled(not view["published"])
        warnings = view["warnings"]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self.loaded.emit(outline)

    def _fit_columns(self) -> None:
        width = max(self.tree.viewport().width(), 600)
        self.tree.setColumnWidth(0, width * 3 // 10)
        self.tree.setColumnWidth(1, width * 45 // 100)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def selected(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return tuple(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, kind: str, target: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for item in (top, *(top.child(k) for k in range(top.childCount()))):
                if tuple(item.data(0, Qt.ItemDataRole.UserRole)) == (kind, target):
                    self.tree.setCurrentItem(item)
                    return
        raise KeyError(target)

    def _selected(self) -> None:
        sel = self.selected()
        has = sel is not None
        lesson = next((x for x in self.outline.lessons if sel == (LESSON, x.id)), None) if self.outline else None
        self.why.setText(self.tr("Why “{title}” is here: {reason}").replace("{title}", lesson.title)
                         .replace("{reason}", lesson.reason) if lesson is not None else "")
        for w in (self.title, self.rename_button, self.up_button, self.down_button):
            w.setEnabled(has)

    def _position(self, kind: str, target: str) -> int:
        if kind == UNIT:
            return [u.id for u in self.outline.units].index(target)
        unit = next(u for u in self.outline.units if any(x.id == target for x in u.lessons))
        return [x.id for x in unit.lessons].index(target)

    def move_selected(self, step: int) -> None:
        sel = self.selected()
        if sel is None or self.outline is None:
            return
        kind, target = sel
        self._edit("move-unit" if kind == UNIT else "move-lesson", target,
                   position=max(0, self._position(kind, target) + step))

    def rename_selected(self) -> None:
        sel = self.selected()
        if sel is None or not self.title.text().strip():
            return
        kind, target = sel
        self._edit("rename-unit" if kind == UNIT else "rename-lesson", target, title=self.title.text())
        self.title.clear()

    def _edit(self, action: str, target: str = "", *, title: str = "", position: int = 0) -> None:
        course = self.course.currentText()
        if not course:
            return

        tally = ChangeTally()

        def done(view: dict[str, Any]) -> None:
            self._fill(view)
            if action == "publish":
                self.message.say(self.tr("Published: learners' lessons follow this path now."))
                self.published.emit()
            else:
                self.message.say("")
            if tally.changes:
                self.changed.emit(tally.changes)

        self._runner.single(self._calls.outline_edit, course, action, target, title=title, position=position,
                            tally=tally, lane="session").on_done(done).on_error(self.message.problem).start()
