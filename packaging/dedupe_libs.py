"""Replace byte-identical copies of shared libraries in a bundle with relative symlinks.

Wheels cannot hold symlinks, so llama-cpp-python ships libllama.so and libllama.so.0 as two copies,
and PyInstaller may copy a library a second time next to the one that needs it. Linux only.

    python packaging/dedupe_libs.py dist/lantern
"""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path


def dedupe(root: Path, *, min_bytes: int = 16_384) -> int:
    """Returns the bytes saved."""
    seen: dict[tuple[int, str], Path] = {}
    saved = 0
    for path in sorted(root.rglob("*.so*"), key=lambda p: (len(p.parts), str(p))):
        if path.is_symlink() or not path.is_file() or path.stat().st_size < min_bytes:
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        key = (path.stat().st_size, digest)
        first = seen.setdefault(key, path)
        if first is path:
            continue
        rel = os.path.relpath(first, path.parent)
        saved += path.stat().st_size
        path.unlink()
        path.symlink_to(rel)
    return saved


if __name__ == "__main__":
    saved = dedupe(Path(sys.argv[1]))
    print(f"dedupe: {saved / 1e6:.1f} MB of identical libraries replaced by symlinks")
