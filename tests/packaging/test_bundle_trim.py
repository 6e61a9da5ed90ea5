"""What the bundle build leaves out must never be something Lantern reads at run time.

`make bundle-test` proves a built bundle works (a release job, see packaging/README.md); these checks
run in the normal suite and catch the cheap mistakes early: a language the engine speaks whose Babel
data the spec would drop, and debug stripping that touches more than debug information.
"""
from __future__ import annotations

import ctypes
import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

from engine.text.tokens import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")


def _strip_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("strip_debug", ROOT / "packaging" / "strip_debug.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _kept_languages() -> set[str]:
    match = re.search(r'^KEEP_LANGS = "([a-z|]+)"$', SPEC, re.MULTILINE)
    assert match, "build.spec must name the languages whose Babel and Qt data it keeps"
    return set(match.group(1).split("|"))


def test_the_bundle_keeps_babel_and_qt_data_for_every_language_lantern_speaks():
    assert set(LANGUAGES) <= _kept_languages()


def test_the_babel_data_kept_includes_regional_variants_and_the_root_locale():
    kept = _kept_languages()
    pattern = next(line for line in SPEC.splitlines() if "babel/locale-data/" in line)
    regex = re.compile(eval(pattern.strip().removeprefix("re.compile(").removesuffix("),"),  # the spec line itself
                            {"KEEP_LANGS": "|".join(sorted(kept))}))
    for name in ("root.dat", "en.dat", "pt_BR.dat", "zh_Hant_TW.dat", "ar_EG.dat", "hi.dat"):
        assert not regex.match(f"babel/locale-data/{name}"), name
    for name in ("fy.dat", "qu_PE.dat", "enx.dat"):
        assert regex.match(f"babel/locale-data/{name}"), name


def _library(tmp_path: Path, *, debug: bool) -> Path:
    src = tmp_path / "answer.c"
    src.write_text("int answer(int x) { int y = x * 2; return y + 40; }\n")
    out = tmp_path / ("libanswer-g.so" if debug else "libanswer.so")
    cc = shutil.which("cc") or shutil.which("gcc")
    assert cc, "a C compiler is needed to make a test library (the bundle build needs one too)"
    subprocess.run([cc, "-shared", "-fPIC", *(["-g"] if debug else ["-s"]), "-o", str(out), str(src)], check=True)
    # over strip_debug's 16 KB floor, so it is looked at (bytes after the ELF sections are ignored by the loader)
    out.write_bytes(out.read_bytes() + bytes(20_000))
    return out


def test_stripping_removes_debug_information_and_the_library_still_loads(tmp_path: Path):
    strip = _strip_module()
    internal = tmp_path / "bundle" / "_internal"
    internal.mkdir(parents=True)
    debug = shutil.copy(_library(tmp_path, debug=True), internal / "libanswer.so")
    plain = shutil.copy(_library(tmp_path, debug=False), internal / "libplain.so")
    model = internal / "model.gguf"
    model.write_bytes(b"GGUF" + bytes(40_000))
    model_before, plain_before = model.read_bytes(), Path(plain).read_bytes()
    assert strip.has_debug_info(Path(debug))

    count, saved = strip.strip_bundle(tmp_path / "bundle")

    assert count == 1 and saved > 0
    assert not strip.has_debug_info(Path(debug))
    assert ctypes.CDLL(str(debug)).answer(1) == 42
    # a model file and a library without debug information stay byte for byte as they were
    assert model.read_bytes() == model_before and Path(plain).read_bytes() == plain_before


def test_the_bundle_keeps_the_hyphenation_dictionary_of_every_language_readability_counts_in():
    from engine.text.readability import _PYPHEN_LANG

    line = next(line for line in SPEC.splitlines() if "pyphen/dictionaries/" in line and "re.compile" in line)
    regex = re.compile(eval(line.strip().removeprefix("re.compile(").removesuffix("),")))  # the spec line itself
    for lang in set(_PYPHEN_LANG.values()):
        assert not regex.match(f"pyphen/dictionaries/hyph_{lang}.dic"), lang
    assert regex.match("pyphen/dictionaries/hyph_nl_NL.dic")
    assert regex.match("pyphen/dictionaries/hyph_de_CH.dic")
