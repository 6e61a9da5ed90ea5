"""The window's language: Qt translators for the learner's language, its layout direction and locale.

Sources are `assets/i18n/<domain>_<lang>.ts` (`lantern_*` for the window, `teacher_*` for the teacher
screens, ...), compiled to `.qm` by `make translations` / scripts/install.sh with pyside6-lrelease.
`set_language(app, lang, i18n_dir)` removes the translators it installed before and installs every
`*_<lang>.qm` it finds, plus Qt's own (standard buttons); Qt then sends `QEvent.LanguageChange` to
every widget, which sets its texts again in `retranslate_ui()`. Arabic turns the whole layout right to
left. Text a learner types or the tutor writes keeps its own direction (Qt's bidi algorithm per
paragraph), so an English term inside Arabic reads correctly.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar", "hi")
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})

# Families that hold each script's glyphs, tried after the theme's own font (OpenDyslexic and Atkinson
# Hyperlegible are Latin only). The CJK face for the learner's language goes first, so Japanese kanji
# get Japanese shapes and Chinese hanzi Chinese ones.
_CJK = {"zh": "Noto Sans CJK SC", "ja": "Noto Sans CJK JP", "ko": "Noto Sans CJK KR"}
SCRIPT_FAMILIES = ("Noto Sans", "DejaVu Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans Devanagari",
                   "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Droid Sans Fallback",
                   "Noto Color Emoji", "Symbola")

_installed: list[QTranslator] = []
_current: dict[str, object] = {}      # {"key": (app, language, folder), "loaded": [file names]} of the last switch


def base_language(lang: str | None) -> str:
    """'pt-BR' -> 'pt'; unknown or empty -> 'en'."""
    code = (lang or "en").replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def direction_for(lang: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if base_language(lang) in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight


def script_families(lang: str | None = None) -> list[str]:
    """Fallback families for every script, the learner's CJK face first."""
    first = _CJK.get(base_language(lang or QLocale().name()))
    return ([first] if first else []) + [f for f in SCRIPT_FAMILIES if f != first]


def catalogues(i18n_dir: Path | None, lang: str) -> list[Path]:
    """Every compiled catalogue for `lang` in `i18n_dir` (lantern_es.qm, teacher_es.qm, ...)."""
    if i18n_dir is None or not i18n_dir.is_dir():
        return []
    return sorted(i18n_dir.glob(f"*_{base_language(lang)}.qm"))


def set_language(app: QCoreApplication, lang: str | None, i18n_dir: Path | None) -> list[str]:
    """Switch the whole window to `lang` at once. Returns the catalogue file names it installed."""
    code = base_language(lang)
    key = (id(app), code, str(i18n_dir))
    if _current.get("key") == key:      # the same language again (most sign-ins): nothing to redraw
        return list(_current["loaded"])  # type: ignore[call-overload]
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    loaded: list[str] = []
    if code != "en":
        qt = QTranslator(app)
        if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for path in catalogues(i18n_dir, code):
        translator = QTranslator(app)
        if translator.load(str(path)):
            _installed.append(translator)
            loaded.append(path.name)
    for translator in _installed:
        app.installTranslator(translator)
    set_direction = getattr(app, "setLayoutDirection", None)     # a QGuiApplication (not a bare core app)
    if set_direction is not None:
        set_direction(direction_for(code))
    if not _installed:       # nothing installed or removed: Qt sent no LanguageChange, but the locale moved
        QCoreApplication.postEvent(app, _language_change())
    _current.update(key=key, loaded=loaded)
    return loaded


def current_language() -> str:
    return base_language(QLocale().name())


def _language_change():
    from PySide6.QtCore import QEvent

    return QEvent(QEvent.Type.LanguageChange)


def bidi_marked(text: str) -> str:
    """`text` between two marks of its own direction, so a sentence in another script keeps its end
    punctuation where it belongs ("What is rain?" in an Arabic window, not "?What is rain")."""
    import unicodedata

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return f"\u200e{text}\u200e"
        if kind in ("R", "AL"):
            return f"\u200f{text}\u200f"
    return text
