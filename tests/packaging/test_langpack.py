"""The optional language pack (packaging/build_langpack.sh): shipped apart from the bundle, found by the
bundle's entry point by itself, and its fonts reach Qt."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENTRY = ROOT / "packaging" / "lantern_entry.py"
PROBE_FAMILY = "Lantern Pack Probe"


def _entry():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("lantern_entry", ENTRY)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _pack(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "fonts.conf").write_text("<fontconfig/>\n")
    return folder


def test_the_pack_is_found_inside_the_bundle_next_to_it_or_where_the_variable_points(tmp_path: Path):
    entry = _entry()
    bundle = tmp_path / "opt" / "lantern"
    bundle.mkdir(parents=True)
    assert entry.find_language_pack(bundle, {}) is None
    beside = _pack(tmp_path / "opt" / "lantern-langpack")
    assert entry.find_language_pack(bundle, {}) == beside
    inside = _pack(bundle / "langpack")
    assert entry.find_language_pack(bundle, {}) == inside
    elsewhere = _pack(tmp_path / "media" / "usb" / "pack")
    assert entry.find_language_pack(bundle, {"LANTERN_LANGPACK": str(elsewhere)}) == elsewhere
    (elsewhere / "fonts.conf").unlink()       # a variable naming no pack does not fall back to another
    assert entry.find_language_pack(bundle, {"LANTERN_LANGPACK": str(elsewhere)}) is None


def test_using_the_pack_keeps_a_fontconfig_file_the_pc_already_sets(tmp_path: Path):
    entry = _entry()
    env: dict[str, str] = {}
    entry.use_language_pack(tmp_path, env)
    assert env == {"LANTERN_LANGPACK": str(tmp_path), "FONTCONFIG_FILE": str(tmp_path / "fonts.conf")}
    env = {"FONTCONFIG_FILE": "/etc/school/fonts.conf"}
    entry.use_language_pack(tmp_path, env)
    assert env["FONTCONFIG_FILE"] == "/etc/school/fonts.conf"


def _probe_font(path: Path) -> None:
    """A one-glyph TrueType font with a family name no system has."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    pen = TTGlyphPen(None)
    pen.moveTo((100, 0)), pen.lineTo((100, 700)), pen.lineTo((500, 700)), pen.lineTo((500, 0)), pen.closePath()
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "A"])
    fb.setupCharacterMap({ord("A"): "A"})
    fb.setupGlyf({".notdef": TTGlyphPen(None).glyph(), "A": pen.glyph()})
    fb.setupHorizontalMetrics({".notdef": (600, 0), "A": (600, 100)})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": PROBE_FAMILY, "styleName": "Regular"})
    fb.setupOS2()
    fb.setupPost()
    fb.save(str(path))


@pytest.mark.slow
def test_a_font_in_the_built_pack_reaches_qt_through_the_entry_points_setting(tmp_path: Path):
    pack = tmp_path / "lantern-langpack"
    subprocess.run(["bash", str(ROOT / "packaging" / "build_langpack.sh"), str(pack)], check=True,
                   capture_output=True, timeout=300)
    assert {p.name for p in (pack / "fonts").iterdir()} >= {"NotoSansCJK-Regular.ttc", "NotoSansArabic-Regular.ttf",
                                                            "NotoSansDevanagari-Regular.ttf"}
    assert "SIL" in (pack / "licences" / "fonts-noto-cjk.txt").read_text()
    _probe_font(pack / "fonts" / "LanternPackProbe.ttf")

    list_families = ("import sys; from PySide6.QtGui import QFontDatabase, QGuiApplication; "
                     "app = QGuiApplication(sys.argv); print('\\n'.join(QFontDatabase.families()))")
    base = {k: v for k, v in os.environ.items() if k not in ("FONTCONFIG_FILE", "LANTERN_LANGPACK")}
    base.update(QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"))
    with_pack = dict(base)
    entry = _entry()
    found = entry.find_language_pack(tmp_path / "lantern", with_pack)     # the bundle folder next to the pack
    assert found == pack
    entry.use_language_pack(found, with_pack)

    def families(env: dict[str, str]) -> set[str]:
        out = subprocess.run([sys.executable, "-c", list_families], env=env, capture_output=True, text=True,
                             timeout=120, check=True)
        return set(out.stdout.splitlines())

    without, with_ = families(base), families(with_pack)
    assert PROBE_FAMILY not in without
    assert PROBE_FAMILY in with_
    assert without <= with_          # the system's own fonts stay
