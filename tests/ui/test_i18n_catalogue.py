"""The window's translation sources: every tr() string is translated in all 12 languages, nothing is stale.

The message list is made fresh with pyside6-lupdate from the window's sources (the same file list
`scripts/update_translations.py` uses) and compared with each committed assets/i18n/lantern_<lang>.ts.
"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from update_translations import LANGUAGES, lupdate  # noqa: E402

# Plural forms Qt expects per language (Qt's numerus rules): Russian one/few/many, Arabic six, CJK one.
PLURAL_FORMS = {"en": 2, "es": 2, "fr": 2, "de": 2, "it": 2, "pt": 2, "ru": 3, "zh": 1, "ja": 1, "ko": 1, "ar": 6,
                "hi": 2}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

Key = tuple[str, str, bool]     # (context, source, numerus)


def _messages(ts: Path) -> dict[Key, ET.Element]:
    out: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "", message.get("numerus") == "yes")] = message
    return out


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """Every tr() message in the window's sources today, from a fresh lupdate run."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    lupdate(ts, "en")
    return _messages(ts)


def test_the_window_has_translatable_strings(fresh: dict[Key, ET.Element]) -> None:
    contexts = {context for context, _source, _n in fresh}
    assert {"MainWindow", "LearnerHome", "ChatView", "QuizView", "SignInScreen"} <= contexts
    assert ("MainWindow", "Sign out", False) in fresh


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_tr_string_is_translated_and_none_is_stale(lang: str, fresh: dict[Key, ET.Element]) -> None:
    ts = ROOT / "assets" / "i18n" / f"lantern_{lang}.ts"
    committed = _messages(ts)
    missing = sorted(set(fresh) - set(committed))
    stale = sorted(set(committed) - set(fresh))
    assert not missing, f"run scripts/update_translations.py and translate these in {ts.name}: {missing[:10]}"
    assert not stale, f"{ts.name} holds strings no source uses any more: {stale[:10]}"
    untranslated = []
    for key, message in committed.items():
        tr = message.find("translation")
        assert tr is not None
        forms = [f.text or "" for f in tr.iter("numerusform")] if key[2] else [tr.text or ""]
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not all(f.strip() for f in forms):
            untranslated.append(key[1])
        elif key[2]:
            assert len(forms) == PLURAL_FORMS[lang], f"{lang}: {key[1]!r} needs {PLURAL_FORMS[lang]} plural forms"
    assert not untranslated, f"{ts.name}: untranslated {untranslated[:10]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_every_placeholder(lang: str) -> None:
    """{name}, {count} ... are filled in after tr(): a translation that drops or renames one shows a hole."""
    broken = []
    for (_context, source, numerus), message in _messages(ROOT / "assets" / "i18n" / f"lantern_{lang}.ts").items():
        tr = message.find("translation")
        assert tr is not None
        forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
        wanted = set(PLACEHOLDER.findall(source))
        for form in forms:
            if set(PLACEHOLDER.findall(form)) != wanted:
                broken.append((source, form))
        if numerus:
            count = "%Ln" if "%Ln" in source else "%n"
            assert count in forms[-1], f"{lang}: the last plural form of {source!r} must show the number"
    assert not broken, f"{lang}: {broken[:5]}"


def test_every_catalogue_compiles(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in LANGUAGES:
        ts = ROOT / "assets" / "i18n" / f"lantern_{lang}.ts"
        qm = tmp_path / f"lantern_{lang}.qm"
        out = subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=True)
        done = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", out.stdout)
        assert done is not None, out.stdout
        assert int(done.group(3)) == 0 and int(done.group(2)) == int(done.group(1)) > 200, out.stdout
