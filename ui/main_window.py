"""The main window: a tab per activity, a status bar with model and device, licences in Help."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMainWindow, QMessageBox, QTabWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(self, runner: TaskRunner, *, licenses_dir: Path | None = None) -> None:
        super().__init__()
        self.runner = runner
        self._licenses_dir = licenses_dir
        self.setWindowTitle("Lantern — your offline tutor")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.model_label = QLabel("Loading the model…")
        self.model_label.setObjectName("model-status")
        self.statusBar().addWidget(self.model_label, 1)
        self._build_menu()
        self.resize(980, 720)
        geometry = QSettings("Lantern", "Lantern").value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def add_panel(self, title: str, widget: QWidget) -> None:
        self.tabs.addTab(widget, title)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def set_model_status(self, text: str) -> None:
        self.model_label.setText(text)

    def _build_menu(self) -> None:
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("About Lantern", self)
        about.triggered.connect(self.show_about)
        terms = QAction("Model licence (Gemma Terms of Use)", self)
        terms.triggered.connect(self.show_model_terms)
        help_menu.addAction(about)
        help_menu.addAction(terms)

    def show_about(self) -> None:
        QMessageBox.about(self, "About Lantern",
                          "<b>Lantern</b> — an offline AI tutor.<br><br>"
                          "Lantern is free software under the GNU General Public License, version 3 or later.<br>"
                          "The bundled Gemma model is provided under and subject to the Gemma Terms of Use "
                          "(Help → Model licence).")

    def show_model_terms(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle("Gemma Terms of Use")
        view = QTextBrowser()
        view.setOpenExternalLinks(False)
        path = self._licenses_dir / "GEMMA_TERMS.html" if self._licenses_dir else None
        if path and path.exists():
            view.setHtml(path.read_text(encoding="utf-8", errors="replace"))
        else:
            view.setPlainText("The Gemma Terms of Use file is missing from this installation: see https://ai.google.dev/gemma/terms")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(buttons)
        dialog.resize(760, 560)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings("Lantern", "Lantern").setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
