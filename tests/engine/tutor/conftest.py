"""Shared material for tutor tests: a small four-lesson course (tests/engine/tutor/data/course.md)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.tutor.quiz import SourceChunk

COURSE_MD = Path(__file__).parent / "data" / "course.md"


def course_chunks() -> list[SourceChunk]:
    text = COURSE_MD.read_text(encoding="utf-8")
    sections = [s for s in re.split(r"^# ", text, flags=re.M) if s.strip()]
    out = []
    for i, sec in enumerate(sections, start=1):
        heading, body = sec.split("\n", 1)
        out.append(SourceChunk(i, body.strip(), document_id="doc-1", title="Science basics", heading=heading.strip(),
                               skill=heading.strip()))
    return out


@pytest.fixture(scope="session")
def chunks() -> list[SourceChunk]:
    return course_chunks()
