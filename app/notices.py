"""Licences and notices: Lantern's own licence, the Gemma Terms of Use and every third-party package.

Help → Licences shows `notices()`. In a bundle the texts are files at the top of the bundle folder
(written by packaging/build_bundle.sh, which calls `third_party_notices()` in the bundle's build
environment); from a source checkout they are read from the repository and the notices are made
from the installed packages on the spot.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib.metadata import Distribution, distributions
from pathlib import Path

from app.resources import assets_dir, licenses_dir

LICENSE_FILE = "LICENSE"
GEMMA_TERMS_FILE = "GEMMA_TERMS.txt"
GEMMA_NOTICE = "Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms"
THIRD_PARTY_FILE = "THIRD_PARTY_NOTICES.txt"
# Build and test tools that are never part of a bundle.
NOT_BUNDLED = {"pip", "setuptools", "wheel", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "pytest",
               "pytest-qt", "pytest-timeout", "hypothesis", "schemathesis", "fpdf2", "cyclonedx-bom",
               "cyclonedx-python-lib", "ruff", "mypy"}


@dataclass(frozen=True)
class Notice:
    title: str
    text: str


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
    third = _read(top / THIRD_PARTY_FILE) if top else None
    out.append(Notice("Third-party software", third or third_party_notices()))
    return out


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
    the native libraries it carries: (file, origin and licence))."""
    rows = {}
    for dist in distributions():
        name = dist.metadata.get("Name") or ""
        if not name or name.lower() in NOT_BUNDLED or name.lower() == "lantern-tutor":
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
              "Piper voice en_US-joe-medium (see its MODEL_CARD); all-MiniLM-L6-v2 (Apache-2.0)."]
    return "\n".join(lines) + "\n"
