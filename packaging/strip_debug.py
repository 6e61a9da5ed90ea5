"""Remove debugging information from the shared libraries of a bundle (Linux).

Some wheels ship their libraries with DWARF debug sections: ctranslate2's Python extension alone is
68 MB, of which 65 MB are debug info; libpython carries 17 MB. Nothing reads them at run time.
Only files that have `.debug_*` sections are touched, and only with `strip --strip-debug`: the symbol
tables the dynamic loader and Qt's plugin loader use stay as they are. Models are not ELF files and
are never opened.

    python packaging/strip_debug.py dist/lantern
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def has_debug_info(path: Path) -> bool:
    out = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=False).stdout
    return ".debug_info" in out or ".debug_line" in out


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == ELF_MAGIC


def strip_bundle(top: Path) -> tuple[int, int]:
    """Strips every ELF file with debug sections under `top/_internal` and the executable.
    Returns (files stripped, bytes saved)."""
    if not shutil.which("strip") or not shutil.which("readelf"):
        raise SystemExit("strip_debug: binutils (strip, readelf) are needed")
    candidates = [p for p in (top / "_internal").rglob("*") if p.is_file() and not p.is_symlink()]
    candidates += [p for p in top.iterdir() if p.is_file() and not p.is_symlink()]
    count = saved = 0
    for path in candidates:
        if path.stat().st_size < 16_384 or not _is_elf(path) or not has_debug_info(path):
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-debug", str(path)], check=True)
        count += 1
        saved += before - path.stat().st_size
    return count, saved


if __name__ == "__main__":
    n, saved = strip_bundle(Path(sys.argv[1]))
    print(f"strip_debug: {n} files, {saved / 1e6:.1f} MB of debug information removed")
