"""The library panel: documents per course, import with progress and Cancel, remove.

Constructed with the task runner; the `Library` engine arrives through `set_library` (the app
builds it off the GUI thread). Every engine call runs on the "db" lane. An import or a removal ends
in one `changed` signal carrying the `Changes` the engine reported (none when it changed nothing).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from engine.changes import ChangeTally
from engine.library.readers import SUPPORTED_TYPES   # the engine owns what can be imported
from ui.tasks import Task, TaskRunner

DEFAULT_COURSE = "My library"

PATTERNS = " ".join(f"*{suffix}" for suffix in SUPPORTED_TYPES)
DOC_ROLE = Qt.ItemDataRole.UserRole


class LibraryView(QWidget):
    changed = Signal(object)       # engine.changes.Changes an import or a removal reported (never empty)
    error = Signal(object)         # an exception, for the window's one error display
    import_finished = Signal(str)  # a one-line summary of the last import ("cancelled" included)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *,
                 confirm: Callable[[str], bool] | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._library: Any = None
        self._task: Task | None = None
        self._confirm = confirm or self._ask
        self._failures: list[str] = []
        self._imported = 0

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Document"), self.tr("Type"), self.tr("Language"), self.tr("Passages")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAccessibleName(self.tr("Documents in the library"))
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.course = QComboBox()
        self.course.setEditable(True)
        self.course.setToolTip(self.tr("Course to import into (type a new name to create one)"))
        self.course.setAccessibleName(self.tr("Course to import into"))
        self.course.addItem(DEFAULT_COURSE)
        self.import_files_button = QPushButton(self.tr("Import files…"))
        self.import_folder_button = QPushButton(self.tr("Import folder…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.import_files_button.clicked.connect(self._choose_files)
        self.import_folder_button.clicked.connect(self._choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel(self.tr("Loading the library…"))
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_import)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Course:")))
        top.addWidget(self.course, 1)
        top.addWidget(self.import_files_button)
        top.addWidget(self.import_folder_button)
        top.addWidget(self.remove_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        self._set_busy(False)
        self._update_buttons()

    # -- engine ------------------------------------------------------------------------------
    def set_library(self, library: Any) -> None:
        """Hand over the `Library` engine (built by the app) and show its documents."""
        self._library = library
        self.status.setText("")
        self._update_buttons()
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        if self._library is None:
            return
        self._runner.single(self._library.documents, lane="db").on_done(self._show).on_error(self.error.emit).start()

    def _show(self, docs: Sequence[Any]) -> None:
        self.tree.clear()
        courses: dict[str, QTreeWidgetItem] = {}
        for d in docs:
            parent = courses.get(d.course)
            if parent is None:
                parent = QTreeWidgetItem([d.course, "", "", ""])
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                courses[d.course] = parent
                self.tree.addTopLevelItem(parent)
            item = QTreeWidgetItem([d.title, d.type, d.language or "?", str(d.chunk_count)])
            item.setData(0, DOC_ROLE, d.id)
            item.setToolTip(0, d.source_path)
            parent.addChild(item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        current = self.course.currentText()
        self.course.clear()
        names = list(dict.fromkeys([*courses, DEFAULT_COURSE]))
        self.course.addItems(names)
        self.course.setCurrentText(current or DEFAULT_COURSE)
        if not docs and not self.busy:
            self.status.setText(self.tr("The library is empty. Import your class material to start."))

    def documents_shown(self) -> list[tuple[str, str]]:
        """(course, title) of every listed document, in order (for tests and accessibility)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            course = self.tree.topLevelItem(i)
            for j in range(course.childCount()):
                out.append((course.text(0), course.child(j).text(0)))
        return out

    def select_document(self, title: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            course = self.tree.topLevelItem(i)
            for j in range(course.childCount()):
                if course.child(j).text(0) == title:
                    self.tree.setCurrentItem(course.child(j))
                    return True
        return False

    # -- import -------------------------------------------------------------------------------
    def _choose_files(self) -> None:
        file_filter = self.tr("Class material ({patterns});;All files (*)").replace("{patterns}", PATTERNS)
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import class material"), str(Path.home()), file_filter)
        if files:
            self.import_paths([Path(f) for f in files])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of class material"), str(Path.home()))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path], course: str | None = None) -> None:
        """Import in the background; the progress bar follows, Cancel stops it cleanly."""
        if self._library is None or self.busy:
            return
        course = (course or self.course.currentText() or DEFAULT_COURSE).strip() or DEFAULT_COURSE
        self._failures, self._imported = [], 0
        self.progress.setValue(0)
        self.status.setText(self.tr("Importing into {course}…").replace("{course}", course))
        self._set_busy(True)
        # The engine adds what it changed as it commits, so a cancelled or failed import still reports the
        # documents it kept (progress items sent after a cancel are dropped).
        tally = ChangeTally()
        self._task = (self._runner.stream(self._library.import_paths, list(paths), course=course, tally=tally,
                                          lane="db")
                      .on_item(self._on_progress).on_done(lambda _r: self._on_done(tally))
                      .on_error(lambda exc: self._on_error(exc, tally))
                      .on_cancelled(lambda: self._on_cancelled(tally)).start())

    def cancel_import(self) -> None:
        if self._task is not None:
            self.status.setText(self.tr("Cancelling…"))
            self._task.cancel()

    def _on_progress(self, item: Any) -> None:
        self.progress.setValue(int(item.fraction * 1000))
        name = Path(item.path).name if item.path else ""
        if item.stage == "reading":
            self.status.setText(self.tr("Reading {name}… (%n passage(s))", "", item.chunks).replace("{name}", name))
        elif item.stage == "indexing":
            self.status.setText(self.tr("Indexing {name} for search… (%n passage(s))", "", item.chunks)
                                .replace("{name}", name))
        elif item.stage == "imported":
            self._imported += 1
        elif item.stage == "failed":
            self._failures.append(item.message)

    def _summary(self) -> str:
        text = self.tr("Imported %n document(s).", "", self._imported)
        if self._failures:
            text += " " + self.tr("%n could not be imported: {reason}", "", len(self._failures)).replace(
                "{reason}", self._failures[0])
        return text

    def _on_done(self, tally: ChangeTally) -> None:
        self._finish(self._summary())
        self._report(tally)

    def _on_error(self, exc: BaseException, tally: ChangeTally) -> None:
        self._finish(self.tr("The import stopped; nothing half-imported was kept."))
        self.error.emit(exc)
        self._report(tally)           # documents finished before the error are kept

    def _on_cancelled(self, tally: ChangeTally) -> None:
        # The worker removes the unfinished document before it stops; refresh (and read its tally) after it has.
        self._finish(self.tr("Import cancelled. Documents finished before the cancel are kept; nothing half-imported is."))
        (self._runner.single(lambda: None, lane="db")
         .on_done(lambda _: (self.refresh(), self._report(tally))).start())

    def _report(self, tally: ChangeTally) -> None:
        """Pass on what the engine said it changed; nothing when it changed nothing."""
        if tally.changes:
            self.changed.emit(tally.changes)

    def _finish(self, message: str) -> None:
        self._task = None
        self._set_busy(False)
        self.status.setText(message)
        self.import_finished.emit(message)
        self.refresh()

    # -- remove -------------------------------------------------------------------------------
    def selected_document_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, DOC_ROLE) if item is not None else None

    def remove_selected(self) -> None:
        doc_id = self.selected_document_id()
        if doc_id is None or self._library is None or self.busy:
            return
        title = self.tree.currentItem().text(0)
        if not self._confirm(self.tr("Remove '{title}' from the library? Its passages leave the tutor's search too.")
                             .replace("{title}", title)):
            return
        self._set_busy(True, cancellable=False)
        self.status.setText(self.tr("Removing {title}…").replace("{title}", title))

        tally = ChangeTally()

        def removed(doc: Any) -> None:
            self._set_busy(False)
            self.status.setText(self.tr("Removed '{title}'.").replace("{title}", doc.title))
            self.refresh()
            self._report(tally)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.status.setText("")
            self.error.emit(exc)

        self._runner.single(self._library.remove, doc_id, tally=tally, lane="db").on_done(removed).on_error(failed).start()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove document"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- state --------------------------------------------------------------------------------
    def _set_busy(self, busy: bool, *, cancellable: bool = True) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy and cancellable)
        for b in (self.import_files_button, self.import_folder_button, self.course):
            b.setEnabled(not busy and self._library is not None)
        self._update_buttons(busy=busy)

    def _update_buttons(self, *, busy: bool | None = None) -> None:
        busy = self.busy if busy is None else busy
        self.remove_button.setEnabled(not busy and self._library is not None
                                      and self.selected_document_id() is not None)
        for b in (self.import_files_button, self.import_folder_button):
            b.setEnabled(not busy and self._library is not None)
