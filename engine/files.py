"""Small file helpers every registry uses: checksums, write-then-rename copies and JSON, slugs.

A crash or a cancel at any point leaves either the old file or the new one, never half of one.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Progress = Callable[[int, int], None]   # (bytes done, bytes in all)
_BLOCK = 4 * 1024 * 1024


def sha256_files(paths: Iterable[Path], *, progress: Progress | None = None) -> str:
    """The sha256 of the files' bytes one after another (one file: its ordinary sha256)."""
    paths = list(paths)
    total = sum(p.stat().st_size for p in paths)
    digest, done = hashlib.sha256(), 0
    for p in paths:
        with p.open("rb") as f:
            while block := f.read(_BLOCK):
                digest.update(block)
                done += len(block)
                if progress:
                    progress(done, total)
    return digest.hexdigest()


def copy_atomic(sources: list[Path], target: Path, *, progress: Progress | None = None) -> str:
    """Concatenate `sources` into `target` through a temporary file, fsync, rename; returns the sha256."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.partial")
    total = sum(s.stat().st_size for s in sources)
    digest, done = hashlib.sha256(), 0
    try:
        with tmp.open("wb") as dst:
            for src in sources:
                with src.open("rb") as f:
                    while block := f.read(_BLOCK):
                        dst.write(block)
                        digest.update(block)
                        done += len(block)
                        if progress:
                            progress(done, total)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return digest.hexdigest()


def write_json_atomic(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def slug(text: str, *, default: str = "model") -> str:
    """A lowercase id made of letters, digits and dashes."""
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p) or default
