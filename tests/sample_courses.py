"""The bundled Spanish sample course as the engine's SourceChunks, for tests that need real
non-English material without a store (one chunk per `## ` section, lines joined as the importer does)."""
from __future__ import annotations

import re
from pathlib import Path

from engine.tutor.quiz import SourceChunk

SAMPLE_ES = Path(__file__).resolve().parents[1] / "assets" / "courses" / "sample-es"


def spanish_chunks() -> list[SourceChunk]:
    chunks: list[SourceChunk] = []
    for path in sorted(SAMPLE_ES.glob("*.md")):
        title = ""
        for section in re.split(r"(?m)^## ", path.read_text(encoding="utf-8")):
            lines = section.strip().splitlines()
            if lines and lines[0].startswith("# "):
                title = lines[0][2:]
                continue
            chunks.append(SourceChunk(len(chunks) + 1, " ".join(line.strip() for line in lines[1:]),
                                      document_id=path.stem, title=title, heading=lines[0], skill=title))
    return chunks
