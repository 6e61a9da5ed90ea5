"""Help → Licences: Lantern's licence, the Gemma Terms of Use and the notices of everything it carries.

The texts come from app/notices.py (files at the top of a bundle, or the installed packages from a
source checkout) through a function the app hands in; the dialog loads them on a worker (reading the
metadata of every package takes a few seconds on a busy PC) and shows one section at a time:
the list of sections on one side, the plain text on the other. Everything is local: no link opens.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QSplitter, QTextBrowser, QVBoxLayout,
                               QWidget)

from ui.tasks import TaskRunner


class NoticeLike(Protocol):
    """What the dialog shows: a title in the list and plain text (app.notices.Notice)."""

    @property
    def title(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def preformatted(self) -> bool: ...   # laid out in columns: shown unwrapped, in a fixed-width font


@dataclass(frozen=True)
class Section:
    title: str
    text: str
    preformatted: bool = False


class NoticesDialog(QDialog):
    """The licences, one section at a time. `loaded` fires once the sections are on screen."""

    loaded = Signal()

    def __init__(self, runner: TaskRunner, source: Callable[[], Sequence[NoticeLike]], *,
                 parent: QWidget | None = None, first: str | None = None) -> None:
        super().__init__(parent)
        self._first = first
        self._notices: list[NoticeLike] = []
        self.setWindowTitle(self.tr("Licences"))
        self.intro = QLabel(self.tr("Lantern is free software. These are the licences of Lantern, of the Gemma "
                                    "model and of the other software it carries."))
        self.intro.setWordWrap(True)
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Licence sections"))
        self.sections.currentRowChanged.connect(self._show)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setOpenLinks(False)           # offline: nothing here opens a browser
        # The licences are English legal texts: left to right even in an Arabic window (a right-to-left
        # viewport would scroll the unwrapped package table out of sight).
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.text.setOpenExternalLinks(False)
        self._prose_font = self.text.font()
        self._columns_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._columns_font.setPointSizeF(self._prose_font.pointSizeF())
        self.text.setPlainText(self.tr("Loading the licences…"))
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.sections)
        split.addWidget(self.text)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self._fit_to(parent)
        runner.single(source, lane="default").on_done(self._fill).on_error(self._failed).start()

    def _fit_to(self, parent: QWidget | None) -> None:
        screen = (parent.window() if parent else self).screen().availableGeometry()
        width = min(1280, max(screen.width() * 4 // 5, min(980, screen.width() - 40)))
        height = min(860, max(screen.height() * 4 // 5, min(680, screen.height() - 60)))
        self.resize(width, height)

    def _fill(self, notices: Sequence[NoticeLike]) -> None:
        self._notices = list(notices)
        self.sections.clear()
        titles = [n.title for n in notices]
        self.sections.addItems(titles)
        # The list as wide as its longest title (at most 2/5 of the dialog), the text takes the rest.
        wanted = self.sections.sizeHintForColumn(0) + 2 * self.sections.frameWidth() + 16 if titles else 0
        list_width = min(wanted, self.width() * 2 // 5)
        self.sections.setMinimumWidth(list_width)
        self.split.setSizes([list_width, max(1, self.width() - list_width)])
        self.sections.setCurrentRow(titles.index(self._first) if self._first in titles else 0)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.text.setPlainText(self.tr("The licence texts could not be read: {error}").format(error=exc))
        self.loaded.emit()

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._notices):
            notice = self._notices[row]
            columns = notice.preformatted
            self.text.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap if columns
                                      else QTextBrowser.LineWrapMode.WidgetWidth)
            self.text.setFont(self._columns_font if columns else self._prose_font)
            self.text.setPlainText(notice.text)
            self.text.verticalScrollBar().setValue(0)
            self.text.horizontalScrollBar().setValue(0)

    def section_titles(self) -> list[str]:
        return [self.sections.item(i).text() for i in range(self.sections.count())]
