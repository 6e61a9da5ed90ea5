"""Help → Licences: the window shows every licence and notice from app.notices, offline, one section at a time."""
from __future__ import annotations

from app.notices import notices
from app.resources import licenses_dir
from ui.main_window import MainWindow
from ui.notices_view import NoticesDialog

LOAD_MS = 30_000   # reading every package's metadata takes seconds on a loaded 2-core CI box
SECTIONS = ["Lantern (GPL-3.0-or-later)", "Gemma Terms of Use", "Qt and Qt for Python (LGPL-3.0)", "FFmpeg (LGPL)",
            "espeak-ng (GPL-3.0-or-later)", "Fonts", "Third-party software"]


def _open(qtbot, window: MainWindow, action) -> NoticesDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(window)
    action.trigger()
    dialog = window.findChild(NoticesDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.loaded, timeout=LOAD_MS):
        pass
    return dialog


def _section(dialog: NoticesDialog, title: str) -> str:
    dialog.sections.setCurrentRow(dialog.section_titles().index(title))
    return dialog.text.toPlainText()


def test_help_licences_shows_each_licence_and_notice_in_its_own_section(qtbot, runner):  # type: ignore[no-untyped-def]
    window = MainWindow(runner, notices=notices)
    assert window.licences_action in window.help_menu.actions()
    dialog = _open(qtbot, window, window.licences_action)

    assert dialog.section_titles() == SECTIONS
    assert dialog.sections.currentRow() == 0
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    qt = _section(dialog, "Qt and Qt for Python (LGPL-3.0)")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt and "Version 3" in qt and "replace them" in qt
    ffmpeg = _section(dialog, "FFmpeg (LGPL)")
    assert "PyAV" in ffmpeg and "Version 2.1" in ffmpeg and "Version 3" in ffmpeg
    assert "GNU General Public License version 3 or later" in _section(dialog, "espeak-ng (GPL-3.0-or-later)")
    assert _section(dialog, "Fonts") == next(n.text for n in notices() if n.title == "Fonts")
    third = _section(dialog, "Third-party software")
    assert "llama-cpp-python" in third and "chromadb" in third
    # offline: a link in a licence never opens a browser
    assert not dialog.text.openLinks() and not dialog.text.openExternalLinks()


def test_model_licence_opens_the_gemma_terms_text_not_a_saved_web_page(qtbot, runner):  # type: ignore[no-untyped-def]
    window = MainWindow(runner, notices=notices)
    dialog = _open(qtbot, window, window.terms_action)

    assert dialog.sections.currentItem().text() == "Gemma Terms of Use"
    text = dialog.text.toPlainText()
    assert text.startswith("Gemma is provided under and subject to the Gemma Terms of Use")
    assert "3.2 USE RESTRICTIONS" in text
    for web_page_part in ("devsite", "Sign in", "<div"):
        assert web_page_part not in text


def test_a_window_given_no_notices_still_shows_the_gemma_terms_text(qtbot, runner):  # type: ignore[no-untyped-def]
    window = MainWindow(runner, licenses_dir=licenses_dir())
    dialog = _open(qtbot, window, window.licences_action)

    assert dialog.section_titles() == ["Gemma Terms of Use"]
    assert "3.2 USE RESTRICTIONS" in dialog.text.toPlainText()


def test_unreadable_notices_are_said_in_the_dialog_not_left_loading(qtbot, runner):  # type: ignore[no-untyped-def]
    def broken() -> list:  # type: ignore[type-arg]
        raise OSError("THIRD_PARTY_NOTICES.txt: permission denied")

    window = MainWindow(runner, notices=broken)
    dialog = _open(qtbot, window, window.licences_action)

    assert dialog.section_titles() == []
    assert "could not be read" in dialog.text.toPlainText()
    assert "permission denied" in dialog.text.toPlainText()
