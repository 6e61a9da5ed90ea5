"""Write the bundle's notices: THIRD_PARTY_NOTICES.txt (every Python package with version and licence,
and the native libraries PyInstaller copied from the build system) at the top of the bundle.

    build/bundle/venv/bin/python packaging/notices.py dist/lantern

Run it with the bundle's build environment: the package list is that environment's.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from app.notices import THIRD_PARTY_FILE, third_party_notices


def _debian_origin(name: str) -> str:
    """'libstdc++6 12.2.0-14 (GPL-3 with GCC runtime exception)' for a library found on this system."""
    try:
        out = subprocess.run(["dpkg", "-S", f"*/{name}"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return "origin unknown (not a Debian system)"
    pkg = out.split(":", 1)[0].strip() if out else ""
    if not pkg:
        return "origin unknown"
    ver = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True,
                         check=False).stdout.strip()
    copyright_file = Path("/usr/share/doc") / pkg.split(":")[0] / "copyright"
    licences: list[str] = []
    if copyright_file.is_file():
        for m in re.finditer(r"^License:\s*(\S.*)$", copyright_file.read_text(errors="replace"), re.M):
            if m.group(1) not in licences:
                licences.append(m.group(1))
    return f"Debian {pkg} {ver}" + (f" ({', '.join(licences[:4])})" if licences else "")


def native_libraries(internal: Path) -> list[tuple[str, str]]:
    """Shared libraries at the top of _internal: the ones PyInstaller took from the build system
    (those inside package folders, which the top level only links to, came with, and are covered
    by, their package: Qt and ICU with PySide6, FFmpeg with PyAV and PySide6, ...)."""
    rows = []
    for lib in sorted(internal.glob("*.so*")):
        if lib.is_file() and not lib.is_symlink() and not lib.name.startswith("libpython"):
            rows.append((lib.name, _debian_origin(lib.name)))
    py = next(internal.glob("libpython*.so*"), None)
    if py is not None:
        rows.append((py.name, f"CPython {sys.version.split()[0]} (PSF-2.0)"))
    return rows


if __name__ == "__main__":
    top = Path(sys.argv[1])
    text = third_party_notices(native_libraries=native_libraries(top / "_internal"))
    (top / THIRD_PARTY_FILE).write_text(text, encoding="utf-8")
    print(f"{top / THIRD_PARTY_FILE}: {text.count(chr(10))} lines")
