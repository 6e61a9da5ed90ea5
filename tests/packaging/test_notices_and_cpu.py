"""Licence texts for Help > Licences, and the bundle's refusal of CPUs its llama.cpp cannot run on."""
from __future__ import annotations

import importlib.util
from importlib.metadata import version
from pathlib import Path

from app.notices import notices, third_party_notices

ENTRY = Path(__file__).resolve().parents[2] / "packaging" / "lantern_entry.py"


def _entry_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("lantern_entry", ENTRY)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_gemma_terms_are_the_terms_text_not_a_saved_web_page():
    gemma = next(n for n in notices() if n.title == "Gemma Terms of Use")
    assert gemma.text.startswith("Gemma is provided under and subject to the Gemma Terms of Use")
    assert "3.2 USE RESTRICTIONS" in gemma.text and "Prohibited Use Policy" in gemma.text
    for web_page_part in ("<", "devsite", "Sign in", "google-signin"):
        assert web_page_part not in gemma.text


def test_help_shows_lantern_gemma_and_third_party_licences():
    titles = [n.title for n in notices()]
    assert titles == ["Lantern (GPL-3.0-or-later)", "Gemma Terms of Use", "Qt and Qt for Python (LGPL-3.0)", "FFmpeg (LGPL)",
                      "espeak-ng (GPL-3.0-or-later)", "Fonts", "Third-party software"]
    assert "GNU GENERAL PUBLIC LICENSE" in notices()[0].text


def test_fonts_shipped_in_assets_are_listed_with_their_licence_text(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    import app.notices

    fonts = tmp_path / "assets" / "fonts" / "noto-arabic"
    fonts.mkdir(parents=True)
    (fonts / "NotoNaskhArabic-Regular.ttf").write_bytes(b"\0\1\0\0")
    (fonts / "OFL.txt").write_text("SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007\n")
    monkeypatch.setattr(app.notices, "assets_dir", lambda: tmp_path / "assets")

    text = next(n.text for n in notices() if n.title == "Fonts")
    assert "- NotoNaskhArabic-Regular.ttf" in text
    assert "noto-arabic/OFL.txt" in text and "SIL OPEN FONT LICENSE Version 1.1" in text


def test_without_font_files_the_notice_names_the_system_fonts(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    import app.notices

    monkeypatch.setattr(app.notices, "assets_dir", lambda: tmp_path / "assets")
    text = next(n.text for n in notices() if n.title == "Fonts")
    assert "carries no font files" in text and "SIL Open Font License 1.1" in text


def test_third_party_notices_name_version_and_licence_of_bundled_packages():
    text = third_party_notices(native_libraries=[("libstdc++.so.6", "Debian libstdc++6 (GPL-3 with exception)")])
    # one row per package, keyed by its normalised name (metadata spells names either way)
    rows = {ln.split()[0].lower().replace("_", "-"): ln.split() for ln in text.splitlines()
            if ln and not ln.startswith(" ") and len(ln.split()) >= 3}
    assert rows["llama-cpp-python"][1:3] == [version("llama-cpp-python"), "MIT"]
    assert rows["pyside6-essentials"][2].startswith("LGPL-3.0")
    assert "pytest" not in rows and "pyinstaller" not in rows
    assert "libstdc++.so.6" in text


def test_a_bundles_notices_leave_out_the_packages_the_bundle_does_not_carry():
    def names(text: str) -> set[str]:
        return {ln.split()[0].lower() for ln in text.splitlines() if ln and not ln.startswith(" ")}

    installed = names(third_party_notices())            # a source checkout: what is installed here
    assert "grpcio" in installed                         # chromadb's dependency, installed in this venv
    assert "grpcio" not in names(third_party_notices(native_libraries=[]))


def test_every_package_a_bundles_notices_leave_out_is_one_build_spec_excludes():
    # A bundle's THIRD_PARTY_NOTICES skips LEFT_OUT_OF_BUNDLE; should build.spec stop excluding one of
    # them, the bundle would ship a package its notices do not name.
    import re
    from importlib.metadata import PackageNotFoundError, distribution

    from app.notices import LEFT_OUT_OF_BUNDLE

    spec = (ENTRY.parents[1] / "build.spec").read_text(encoding="utf-8")
    block = re.search(r"^EXCLUDES = \[(.*?)^\]", spec, re.MULTILINE | re.DOTALL)
    assert block, "build.spec must list what it leaves out in EXCLUDES"
    excluded = re.findall(r'"([A-Za-z0-9_.]+)"', re.sub(r"#.*", "", block.group(1)))
    checked = []
    for name in sorted(LEFT_OUT_OF_BUNDLE):
        try:
            files = distribution(name).files or []
        except PackageNotFoundError:       # not installed here (lingua since py3langid): nothing to ship
            continue
        modules = {str(f).removesuffix(".py").removesuffix("/__init__").replace("/", ".")
                   for f in files if str(f).endswith(".py")}
        shipped = sorted(m for m in modules if not any(m == e or m.startswith(e + ".") for e in excluded))
        assert shipped == [], f"{name}: build.spec does not exclude {shipped[:3]}"
        checked.append(name)
    assert "grpcio" in checked


def test_a_cpu_without_avx2_is_refused_with_words_not_an_illegal_instruction(tmp_path: Path):
    entry = _entry_module()
    old = tmp_path / "cpuinfo-nehalem"
    old.write_text("processor\t: 0\nflags\t\t: fpu sse sse2 ssse3 sse4_1 sse4_2 popcnt\n")
    haswell = tmp_path / "cpuinfo-haswell"
    haswell.write_text("processor\t: 0\nflags\t\t: fpu sse sse2 sse4_2 avx avx2 fma f16c bmi2\n")
    assert entry.missing_cpu_flags(str(old)) == ["avx", "avx2", "fma", "f16c"]
    assert entry.missing_cpu_flags(str(haswell)) == []
