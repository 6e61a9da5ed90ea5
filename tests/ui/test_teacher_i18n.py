"""The teacher screens' translations (assets/i18n/teacher_<lang>.ts, made with pyside6-lupdate over
ui/teacher only): every tr() string translated in all 12 languages, placeholders and plural forms
kept, nothing stale; and a language switch re-reads the screens' words.

Refresh after changing a string (then translate the new entries in each file):
    for l in en es fr de it pt ru zh ja ko ar hi; do .venv/bin/pyside6-lupdate ui/teacher/*.py \
      -ts assets/i18n/teacher_$l.ts -no-obsolete -locations none -target-language $l -source-language en; done
"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar", "hi")
PLURAL_FORMS = {"en": 2, "es": 2, "fr": 2, "de": 2, "it": 2, "pt": 2, "ru": 3, "zh": 1, "ja": 1, "ko": 1, "ar": 6,
                "hi": 2}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages(ts: Path) -> dict[tuple[str, str, bool], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            out[(context.findtext("name") or "", message.findtext("source") or "",
                 message.get("numerus") == "yes")] = message
    return out


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, bool], ET.Element]:
    ts = tmp_path_factory.mktemp("lupdate") / "teacher.ts"
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui" / "teacher").glob("*.py"))
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), *files, "-ts", str(ts), "-no-obsolete",
                    "-locations", "none", "-silent"], cwd=ROOT, check=True)
    return _messages(ts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_teacher_string_is_translated_with_its_placeholders(lang, fresh):
    committed = _messages(ROOT / "assets" / "i18n" / f"teacher_{lang}.ts")
    assert sorted(set(fresh) - set(committed)) == [], "new strings: refresh and translate (see the module doc)"
    assert sorted(set(committed) - set(fresh)) == [], "stale strings: refresh with -no-obsolete"
    problems = []
    for (_context, source, numerus), message in committed.items():
        tr = message.find("translation")
        forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not all(f.strip() for f in forms):
            problems.append(("untranslated", source))
        if numerus and (len(forms) != PLURAL_FORMS[lang] or "%n" not in forms[-1]):
            problems.append(("plural forms", source))
        if any(set(PLACEHOLDER.findall(f)) != set(PLACEHOLDER.findall(source)) for f in forms):
            problems.append(("placeholders", source))
    assert problems == []


def test_the_teacher_screens_switch_language_with_the_window(qtbot, runner, tmp_path):
    from PySide6.QtWidgets import QApplication

    from ui.common.i18n import set_language
    from ui.teacher.alerts import AlertsInbox
    from ui.teacher.common import screen_title
    from ui.teacher.quizzes import QuizReview

    qm = tmp_path / "i18n"
    qm.mkdir()
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
                    str(ROOT / "assets" / "i18n" / "teacher_es.ts"), "-qm", str(qm / "teacher_es.qm")], check=True)
    quizzes, inbox = QuizReview(runner, object()), AlertsInbox(runner, object())
    qtbot.addWidget(quizzes)
    qtbot.addWidget(inbox)
    app = QApplication.instance()
    try:
        assert set_language(app, "es", qm) == ["teacher_es.qm"]
        qtbot.waitUntil(lambda: quizzes.approve_button.text() == "Aprobar", timeout=30_000)
        assert (screen_title("quizzes"), inbox.title(2), inbox.ack_button.text()) == \
            ("Pruebas", "Alertas (2 nuevas)", "Marcar como vista")
    finally:
        set_language(app, "en", None)
    qtbot.waitUntil(lambda: quizzes.approve_button.text() == "Approve", timeout=30_000)
