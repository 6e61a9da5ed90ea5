"""Where Lantern's data files (assets/) are, in a source checkout and in a PyInstaller bundle."""
from __future__ import annotations

import sys
from pathlib import Path


def assets_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def licenses_dir() -> Path:
    return assets_dir() / "licenses"
