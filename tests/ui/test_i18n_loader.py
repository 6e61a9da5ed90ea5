"""ui.common.i18n: every `*_<lang>.qm` of a folder is installed (the window's and the teacher screens'),
the previous language's are removed, the layout turns right to left for Arabic only, the locale follows."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from ui.common.i18n import bidi_marked, set_language

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}" sourcelanguage="en">
<context><name>{context}</name>
<message><source>Hello</source><translation>{text}</translation></message>
</context>
</TS>
"""


def _catalogue(folder: Path, name: str, lang: str, context: str, text: str) -> None:
    ts = folder / f"{name}_{lang}.ts"
    ts.write_text(TS.format(lang=lang, context=context, text=text), encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def test_every_catalogue_of_the_language_is_installed_and_the_last_ones_removed(qapp, tmp_path: Path) -> None:
    _catalogue(tmp_path, "lantern", "es", "Window", "Hola")
    _catalogue(tmp_path, "teacher", "es", "Teacher", "Hola, profe")
    _catalogue(tmp_path, "lantern", "ar", "Window", "مرحبًا")
    try:
        assert set_language(qapp, "es", tmp_path) == ["lantern_es.qm", "teacher_es.qm"]
        assert QCoreApplication.translate("Window", "Hello") == "Hola"
        assert QCoreApplication.translate("Teacher", "Hello") == "Hola, profe"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert QLocale().name().startswith("es")

        assert set_language(qapp, "ar-EG", tmp_path) == ["lantern_ar.qm"]
        assert QCoreApplication.translate("Window", "Hello") == "مرحبًا"
        assert QCoreApplication.translate("Teacher", "Hello") == "Hello"      # the Spanish one is gone
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft

        assert set_language(qapp, "xx", tmp_path) == []                       # unknown: English, no catalogue
        assert QCoreApplication.translate("Window", "Hello") == "Hello"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        from app.resources import assets_dir

        set_language(qapp, "en", assets_dir() / "i18n")     # the other UI tests' English window


def test_a_sentence_keeps_its_own_direction_inside_another() -> None:
    assert bidi_marked("What is rain?") == "\u200eWhat is rain?\u200e"
    assert bidi_marked("ما هو المطر؟") == "\u200fما هو المطر؟\u200f"
    assert bidi_marked("123 ?") == "123 ?"
