"""Citations under an answer; clicking one shows the exact passage, highlighted, with its page."""
from __future__ import annotations

from engine.tutor.library_answer import Citation, Citations

CITE = Citation(1, 42, "doc-1", "Penguins", "Penguins › Keeping warm", 2,
                "Emperor penguins huddle together to stay warm in winter.", "Penguins › Keeping warm, p. 2")


def test_each_source_is_listed_with_title_heading_and_page(qtbot) -> None:
    from ui.citations import CitationsView

    view = CitationsView(Citations((CITE,), covered=True))
    qtbot.addWidget(view)
    assert [b.text() for b in view.buttons] == ["[1] Penguins › Keeping warm, p. 2"]


def test_clicking_a_source_shows_the_passage_highlighted_with_its_neighbours(qtbot) -> None:
    from ui.citations import CitationsView
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    context = [(41, "Penguins live in the south.", False), (42, CITE.text, True), (43, "Chicks hatch in spring.", False)]
    view = CitationsView(Citations((CITE,), covered=True), runner=runner, context_fn=lambda cid: context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.opened, timeout=30_000) as opened:
        view.buttons[0].click()
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    assert "Page 2" in dialog.where.text() and "Keeping warm" in dialog.where.text()
    qtbot.waitUntil(lambda: "Chicks hatch" in dialog.text.toPlainText(), timeout=30_000)
    assert dialog.highlighted_text() == CITE.text            # exactly the cited passage is marked
    text = dialog.text.toPlainText()
    assert text.index("Penguins live") < text.index("Emperor") < text.index("Chicks hatch")
    runner.shutdown()


def test_an_uncovered_answer_says_so_instead_of_listing_sources(qtbot) -> None:
    from ui.citations import CitationsView

    view = CitationsView(Citations((), covered=False))
    qtbot.addWidget(view)
    assert view.buttons == []
    assert "Not found in the class materials" in view.findChild(type(view.layout().itemAt(0).widget())).text()


def test_citations_attach_under_a_chat_message(qtbot) -> None:
    from ui.chat_view import MessageWidget
    from ui.citations import attach_citations

    message = MessageWidget("tutor", "They huddle together.")
    qtbot.addWidget(message)
    assert attach_citations(message, "not citations") is None
    view = attach_citations(message, Citations((CITE,), covered=True))
    assert view is not None and message.citations_view is view
    assert message.footer.indexOf(view) >= 0


def test_the_answering_sentence_is_marked_inside_the_cited_passage(qtbot) -> None:
    from ui.citations import PassageDialog

    text = "Penguins live in the south. Emperor penguins huddle together to stay warm in winter. Chicks hatch."
    start = text.index("Emperor")
    cite = Citation(1, 42, "doc-1", "Penguins", "Penguins › Keeping warm", 2, text, "Penguins, p. 2",
                    highlight=(start, text.index(" Chicks")))
    dialog = PassageDialog(cite)
    qtbot.addWidget(dialog)
    assert dialog.highlighted_text() == text                      # the passage used is marked ...
    assert dialog.answer_text() == "Emperor penguins huddle together to stay warm in winter."   # ... and its answer
