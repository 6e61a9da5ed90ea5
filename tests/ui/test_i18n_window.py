"""The whole window speaks the signed-in learner's language, right to left for Arabic, and the kiosk's
language again after sign-out (real window, real store, the compiled catalogues)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from kiosk_fixtures import card, kiosk_ctx, window  # noqa: F401
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.common.i18n import LANGUAGES

I18N = Path(__file__).resolve().parents[2] / "assets" / "i18n"

# A few words checked by hand (the rest is read from the .ts files): what a learner would see.
SPOT = {"es": ("Salir", "Enviar"), "ar": ("خروج", "أرسل"), "zh": ("退出", "发送"), "hi": ("बाहर निकलो", "भेजो"),
        "de": ("Abmelden", "Senden"), "ru": ("Выйти", "Отправить")}
# A letter of each script, to prove a font with its glyphs is installed (no boxes).
SAMPLES = {"emoji": "🔒", "ru": "Выйти", "zh": "退出", "ja": "きく", "ko": "보내기", "ar": "خروج", "hi": "भेजो", "es": "¿Qué?"}


def _translation(lang: str, context: str, source: str) -> str:
    root = ET.parse(I18N / f"lantern_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"{source!r} is not in lantern_{lang}.ts")


def _sign_in(qtbot: Any, win: Any, name: str) -> None:
    qtbot.waitUntil(lambda: any(c.text() == name for c in win.sign_in.cards), timeout=60_000)
    with qtbot.waitSignal(win.session.signed_in, timeout=60_000):
        card(win, name).click()


def _sign_out(qtbot: Any, win: Any) -> None:
    with qtbot.waitSignal(win.session.signed_out, timeout=30_000):
        win.sign_out_button.click()


@pytest.mark.slow
def test_each_learner_gets_the_window_in_their_language_and_sign_out_restores_english(
        qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    for lang in LANGUAGES:
        kiosk_ctx.learners.create(f"Kid {lang}", language=lang)
    window.sign_in.refresh()
    english_title = window.windowTitle()
    assert english_title == "Lantern — your offline tutor"

    for lang in LANGUAGES:
        _sign_in(qtbot, window, f"Kid {lang}")
        title = _translation(lang, "MainWindow", "Lantern — your offline tutor")
        # Qt posts QEvent.LanguageChange to every window: the texts change on the next turn of the event loop.
        qtbot.waitUntil(lambda t=title: window.windowTitle() == t, timeout=30_000)
        want = {
            "title": title,
            "sign out": _translation(lang, "MainWindow", "Sign out"),
            "home tab": _translation(lang, "MainWindow", "Home"),
            "ask tab": _translation(lang, "MainWindow", "Ask"),
            "send": _translation(lang, "ChatView", "Send"),
            "practise": _translation(lang, "LearnerHome", "Practise"),
            "quiz mode": _translation(lang, "ModeSwitch", "Quiz me"),
        }
        seen = {
            "title": window.windowTitle(),
            "sign out": window.sign_out_button.text(),
            "home tab": window.tabs.tabText(window.tabs.indexOf(window.home)),
            "ask tab": window.tabs.tabText(window.tabs.indexOf(window.chat)),
            "send": window.chat.send_button.text(),
            "practise": window.home.practise_button.text(),
            "quiz mode": window.tutor.modes.buttons["quiz"].text(),
        }
        assert seen == want, lang
        if lang in SPOT:
            assert (seen["sign out"], seen["send"]) == SPOT[lang]
        if lang != "en":
            assert seen["title"] != english_title, f"{lang}: the title is still English"
        rtl = lang == "ar"
        assert window.isRightToLeft() is rtl, lang
        assert window.chat.send_button.isRightToLeft() is rtl, lang
        assert QLocale().name().split("_")[0] == lang
        _sign_out(qtbot, window)
        qtbot.waitUntil(lambda: window.windowTitle() == english_title, timeout=30_000)
        assert window.sign_in.title.text() == "Who is learning today?"
        assert not window.isRightToLeft()


def test_a_guest_keeps_the_kiosk_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(c.text() == "Guest" for c in window.sign_in.cards), timeout=60_000)
    with qtbot.waitSignal(window.session.signed_in, timeout=60_000):
        card(window, "Guest").click()
    assert window.sign_out_button.text() == "Sign out" and window.who.text() == "Guest"
    assert not QApplication.instance().isRightToLeft()


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_a_font_with_the_glyphs_of_each_script_is_installed(qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The theme's family list ends in one face per script; at least one installed face has every letter."""
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.common.i18n import script_families

    installed = set(QFontDatabase.families())
    faces = [f for f in script_families(lang) if f in installed]
    text = SAMPLES[lang]
    covering = [f for f in faces if all(QFontMetrics(QFont(f)).inFontUcs4(ord(ch)) for ch in text if not ch.isspace())]
    assert covering, f"no installed font draws {text!r} ({lang}); installed script faces: {faces}"
