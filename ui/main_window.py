"""The kiosk window: sign-in first; then the learner's own space; the teacher's screens behind a PIN.

A top bar shows who is signed in with Sign out and Teacher; below it one stack of pages:
sign-in, the learner area (Home · Ask · Tutor) and the teacher area (Library · Learners · Settings).
The window builds no engine and holds no rule: app/gui.py fills it and decides what each button does.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QResizeEvent
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QStackedWidget,
                               QTabWidget, QVBoxLayout, QWidget)

from ui.kiosk.first_start import FirstStartPanel
from ui.notices_view import NoticeLike, NoticesDialog, Section
from ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    teacher_requested = Signal()        # the Teacher button: the app asks for the teacher PIN
    sign_out_requested = Signal()
    still_here = Signal()               # the learner answered the idle warning
    height_class_changed = Signal(int)  # the window's height (px) crossed a size step: re-apply the theme
    changed = Signal(object)            # engine.changes.Changes after any operation; views refresh from it
    sign_in_ready = Signal()            # the learner cards are on screen and take input

    def __init__(self, runner: TaskRunner, *, licenses_dir: Path | None = None,
                 notices: Callable[[], Sequence[NoticeLike]] | None = None) -> None:
        super().__init__()
        self.runner = runner
        self._licenses_dir = licenses_dir
        self._notices = notices      # app.notices.notices: Help → Licences
        self._height_step = 0
        self.close_guard: Callable[[], bool] | None = None   # kiosk: False keeps the window open
        self._titles: list[tuple[QTabWidget, QWidget, Callable[[], str]]] = []   # tab titles, set again per language
        self._who_key = "lantern"      # what the top bar names: "lantern" | "teacher" | "learner"

        # -- top bar: who is here, Teacher, Sign out
        self.topbar = QWidget()
        self.topbar.setObjectName("topbar")
        self.who_icon = QLabel()
        self.who_icon.setFixedSize(40, 40)
        self.who_icon.hide()          # only a learner has a picture; an empty 40 px slot pushed "Lantern" right
        self.who = QLabel()
        self.who.setProperty("role", "title")
        self.teacher_button = QPushButton()
        self.teacher_button.setProperty("role", "secondary")
        self.teacher_button.clicked.connect(self.teacher_requested.emit)
        self.sign_out_button = QPushButton()
        self.sign_out_button.clicked.connect(self.sign_out_requested.emit)
        self.sign_out_button.hide()
        bar = QHBoxLayout(self.topbar)
        bar.setContentsMargins(10, 6, 10, 6)
        bar.addWidget(self.who_icon)
        bar.addWidget(self.who)       # beside the picture in either direction (with a stretch it took the
        bar.addStretch(1)             # whole bar, and a Latin name sat at the far end of a right-to-left bar)
        bar.addWidget(self.teacher_button)
        bar.addWidget(self.sign_out_button)

        # -- "Are you still there?"
        self.idle_warning = QFrame()
        self.idle_warning.setObjectName("idle-warning")
        self.idle_text = QLabel()
        self.idle_text.setWordWrap(True)
        self.still_here_button = QPushButton()
        self.still_here_button.clicked.connect(self.still_here.emit)
        warn = QHBoxLayout(self.idle_warning)
        warn.addWidget(self.idle_text, 1)
        warn.addWidget(self.still_here_button)
        self.idle_warning.hide()

        # -- pages
        self.pages = QStackedWidget()
        self.sign_in_page = QWidget()
        QVBoxLayout(self.sign_in_page).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()               # the learner area
        self.tabs.setDocumentMode(True)
        self.teacher_tabs = QTabWidget()
        self.teacher_tabs.setDocumentMode(True)
        self.teacher_back = QPushButton()
        self.teacher_back.setProperty("role", "secondary")
        self.teacher_page = QWidget()
        tl = QVBoxLayout(self.teacher_page)
        tl.setContentsMargins(0, 0, 10, 6)      # the last button keeps off the screen's edge, like the top bar's
        tl.addWidget(self.teacher_tabs, 1)
        tl.addWidget(self.teacher_back, 0, Qt.AlignmentFlag.AlignRight)
        for page in (self.sign_in_page, self.tabs, self.teacher_page):
            self.pages.addWidget(page)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.topbar)
        column.addWidget(self.idle_warning)
        self.first_start = FirstStartPanel()      # a first start's model assembly (hidden otherwise)
        column.addWidget(self.first_start)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.model_label = QLabel()
        self.model_label.setObjectName("model-status")
        self._model_status: Callable[[], str] = lambda: self.tr("Loading the tutor…")
        self.statusBar().addWidget(self.model_label, 1)
        self._build_menu()
        self.retranslate_ui()
        self.setMinimumSize(640, 480)
        self.resize(1024, 600)
        geometry = QSettings("Lantern", "Lantern").value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Lantern — your offline tutor"))
        self.who_icon.setAccessibleName(self.tr("Learner picture"))
        self.who.setAccessibleName(self.tr("Who is signed in"))
        if self._who_key == "lantern":
            self.who.setText(self.tr("Lantern"))
        elif self._who_key == "teacher":
            self.who.setText(self.tr("Teacher"))
        self.teacher_button.setText(self.tr("Teacher"))
        self.teacher_button.setAccessibleDescription(self.tr("Screens for the teacher; asks for the teacher PIN."))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.sign_out_button.setAccessibleDescription(
            self.tr("Ends your turn and clears the screen for the next learner."))
        self.idle_text.setText(self.tr("Are you still there? Touch the screen or press a key to keep going. "
                                       "Otherwise you will be signed out soon to keep your work private."))
        self.still_here_button.setText(self.tr("I'm still here"))
        self.tabs.setAccessibleName(self.tr("Learning"))
        self.teacher_tabs.setAccessibleName(self.tr("Teacher screens"))
        self.teacher_back.setText(self.tr("Leave the teacher screens"))
        self.model_label.setText(self._model_status())
        self.model_label.setAccessibleName(self.tr("Tutor model status"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("About Lantern"))
        self.terms_action.setText(self.tr("Model licence (Gemma Terms of Use)"))
        self.licences_action.setText(self.tr("Licences"))
        for tabs, widget, title in self._titles:
            tabs.setTabText(tabs.indexOf(widget), title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- filling ------------------------------------------------------------------------------
    def set_sign_in(self, widget: QWidget) -> None:
        self.sign_in_page.layout().addWidget(widget)
        self.sign_in = widget

    def add_panel(self, title: str | Callable[[], str], widget: QWidget) -> None:
        """A tab in the learner's area; a callable title (returning a tr() text) is asked again per language."""
        self._add_tab(self.tabs, title, widget)

    def add_teacher_panel(self, title: str | Callable[[], str], widget: QWidget) -> None:
        self._add_tab(self.teacher_tabs, title, widget)

    def _add_tab(self, tabs: QTabWidget, title: str | Callable[[], str], widget: QWidget) -> None:
        if callable(title):
            self._titles.append((tabs, widget, title))
            tabs.addTab(widget, title())
        else:
            tabs.addTab(widget, title)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def set_model_status(self, text: str | Callable[[], str]) -> None:
        """A callable (returning a tr() text) is asked again when the language changes."""
        self._model_status = text if callable(text) else (lambda: text)
        self.model_label.setText(self._model_status())

    # -- pages --------------------------------------------------------------------------------
    def show_sign_in(self) -> None:
        self._who_key = "lantern"
        self.who.setText(self.tr("Lantern"))
        self.who_icon.clear()
        self.who_icon.hide()
        self.sign_out_button.hide()
        self.teacher_button.show()
        self.idle_warning.hide()
        self.pages.setCurrentWidget(self.sign_in_page)

    def show_learner(self, name: str, icon: QIcon | None = None) -> None:
        self._who_key = "learner"
        self.who.setText(name)
        self.who_icon.setPixmap(icon.pixmap(36, 36) if icon is not None else QIcon().pixmap(1, 1))
        self.who_icon.setVisible(icon is not None)
        self.sign_out_button.show()
        self.teacher_button.hide()       # the teacher signs the learner out first: nothing mixes
        self.tabs.setCurrentIndex(0)
        self.pages.setCurrentWidget(self.tabs)

    def show_teacher(self) -> None:
        self._who_key = "teacher"
        self.who.setText(self.tr("Teacher"))
        self.who_icon.clear()
        self.who_icon.hide()
        self.sign_out_button.hide()
        self.teacher_button.hide()
        self.pages.setCurrentWidget(self.teacher_page)

    def set_idle_warning(self, on: bool) -> None:
        self.idle_warning.setVisible(on)

    @property
    def current_page(self) -> str:
        w = self.pages.currentWidget()
        return "sign_in" if w is self.sign_in_page else "learner" if w is self.tabs else "teacher"

    # -- kiosk --------------------------------------------------------------------------------
    def set_kiosk(self, on: bool) -> None:
        """Full screen and frameless; the menu (with Quit-like entries) hidden."""
        self.menuBar().setVisible(not on)
        if on:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.showFullScreen()
        else:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        step = event.size().height() // 120      # re-theme only when the height changes by a step
        if step != self._height_step:
            self._height_step = step
            self.height_class_changed.emit(event.size().height())

    def _build_menu(self) -> None:
        self.help_menu = help_menu = self.menuBar().addMenu("")
        self.about_action = about = QAction(self)
        about.triggered.connect(self.show_about)
        self.terms_action = terms = QAction(self)
        terms.triggered.connect(self.show_model_terms)
        self.licences_action = licences = QAction(self)
        licences.triggered.connect(lambda: self.show_licences())
        help_menu.addAction(about)
        help_menu.addAction(terms)
        help_menu.addAction(licences)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Lantern"),
                          self.tr("<b>Lantern</b> — an offline AI tutor.<br><br>"
                                  "Lantern is free software under the GNU General Public License, "
                                  "version 3 or later.<br>"
                                  "The bundled Gemma model is provided under and subject to the Gemma Terms of Use "
                                  "(Help → Model licence)."))

    def show_model_terms(self) -> NoticesDialog:
        return self.show_licences(first="Gemma Terms of Use")

    def show_licences(self, *, first: str | None = None) -> NoticesDialog:
        """Help → Licences: every licence and notice, read on a worker; `first` is the section shown first."""
        source = self._notices or self._gemma_terms_only
        dialog = NoticesDialog(self.runner, source, parent=self, first=first)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _gemma_terms_only(self) -> list[NoticeLike]:
        # Without the app's notices (a window built by hand): the Gemma terms text shipped in assets.
        path = self._licenses_dir / "GEMMA_TERMS.txt" if self._licenses_dir else None
        text = path.read_text(encoding="utf-8") if path and path.is_file() else "https://ai.google.dev/gemma/terms"
        return [Section("Gemma Terms of Use", text)]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        QSettings("Lantern", "Lantern").setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
