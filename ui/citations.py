"""Citations under a tutor answer; clicking one shows the exact passage used, highlighted, with its page.

`attach_citations(message, item, ...)` is connected to the chat's `answer_item` signal: for a
`Citations` item it adds a `CitationsView` to the message's footer. Surrounding passages (same
page) are loaded through the task runner when a `context_fn` is given.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from engine.tutor.library_answer import Citation, Citations
from ui.tasks import TaskRunner

ContextFn = Callable[[int], list[tuple[int, str, bool]]]   # chunk id -> [(chunk id, text, is_cited)]
HIGHLIGHT = "#fff3a3"


class PassageDialog(QDialog):
    """The cited passage, highlighted among its neighbours, with title, heading and page."""

    def __init__(self, citation: Citation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.citation = citation
        self.setWindowTitle(self.tr("Source [{number}]").replace("{number}", str(citation.number)))
        self.heading = QLabel(f"<b>{html.escape(citation.title)}</b>")
        where = " › ".join(p for p in citation.heading_path.split(" › ")[1:] if p) or citation.heading_path
        page = (self.tr("Page {page}").replace("{page}", str(citation.page)) if citation.page
                else self.tr("No page numbers in this document"))
        self.where = QLabel(f"{html.escape(where)}<br><i>{page}</i>" if where else f"<i>{page}</i>")
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.show_context([(citation.chunk_id, citation.text, True)])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def show_context(self, parts: list[tuple[int, str, bool]]) -> None:
        blocks = []
        for _cid, text, cited in parts:
            body = html.escape(text).replace("\n\n", "<br><br>")
            span = self.citation.highlight
            if cited and span is not None and text == self.citation.text and 0 <= span[0] < span[1] <= len(text):
                # the answering sentence, bold and underlined inside the marked passage
                a, b = span
                body = "".join([html.escape(text[:a]), "<b><u>", html.escape(text[a:b]), "</u></b>",
                                html.escape(text[b:])]).replace("\n\n", "<br><br>")
            if cited:
                style = f"background-color:{HIGHLIGHT}; color:#000000"
                blocks.append(f'<p><a name="cited"></a><span style="{style}">{body}</span></p>')
            else:
                blocks.append(f'<p style="color:#555">{body}</p>')
        self.text.setHtml("".join(blocks))
        self.text.scrollToAnchor("cited")

    def answer_text(self) -> str:
        """The answering span shown bold inside the marked passage ('' when the citation has none)."""
        return self._read_back(lambda f: f.fontUnderline() and f.fontWeight() >= 700)

    def highlighted_text(self) -> str:
        """The text shown marked in the dialog, read back from the rendered document."""
        from PySide6.QtGui import QColor

        return self._read_back(lambda f: f.background().color() == QColor(HIGHLIGHT))

    def _read_back(self, shown: Callable[[QTextCharFormat], bool]) -> str:
        """The rendered document's text in the fragments whose format `shown` accepts, joined."""
        marked: list[str] = []
        block = self.text.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid() and shown(frag.charFormat()):
                    marked.append(frag.text())
                it += 1
            block = block.next()
        return " ".join("".join(marked).split())


class CitationsView(QWidget):
    """One button per source ("[1] Title › Heading, p. 3"), or a note that the materials don't cover it."""

    opened = Signal(object)   # the PassageDialog shown

    def __init__(self, citations: Citations, *, runner: TaskRunner | None = None, context_fn: ContextFn | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.citations = citations
        self._runner = runner
        self._context_fn = context_fn
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        if not citations.covered:
            note = QLabel(self.tr("Not found in the class materials."))
            note.setObjectName("citations-none")
            layout.addWidget(note)
            return
        title = QLabel(self.tr("Sources:"))
        title.setObjectName("citations-title")
        layout.addWidget(title)
        for c in citations.items:
            b = QPushButton(f"[{c.number}] {c.label}")
            b.setObjectName("citation")
            b.setFlat(True)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setToolTip(self.tr("Show the passage this answer used"))
            b.setStyleSheet("text-align: left;" if self.isLeftToRight() else "text-align: right;")
            b.clicked.connect(lambda _checked=False, c=c: self.open(c))
            layout.addWidget(b)
            self.buttons.append(b)

    def open(self, citation: Citation) -> PassageDialog:
        dialog = PassageDialog(citation, self)
        if self._runner is not None and self._context_fn is not None:
            (self._runner.single(self._context_fn, citation.chunk_id, lane="default")
             .on_done(lambda parts: parts and dialog.show_context(parts)).start())
        dialog.setModal(False)
        dialog.show()
        self.opened.emit(dialog)
        return dialog


def attach_citations(message: Any, item: Any, *, runner: TaskRunner | None = None,
                     context_fn: ContextFn | None = None) -> CitationsView | None:
    """For a `Citations` item, put a `CitationsView` under the message (its `footer` layout)."""
    if not isinstance(item, Citations):
        return None
    view = CitationsView(item, runner=runner, context_fn=context_fn)
    message.footer.addWidget(view)
    message.citations_view = view
    return view
