"""Test material for tutor tests: a small four-lesson course, as chunks or seeded into a store."""
from __future__ import annotations

import re
from pathlib import Path

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


def seed_course(store, name: str = "Science basics") -> str:  # type: ignore[no-untyped-def]
    """Put the test course into a real store as one course, one document per lesson, one chunk each."""
    from engine.store import new_id, utc_now

    now = utc_now()
    course_id = new_id()
    with store.write() as db:
        db.execute("INSERT INTO courses (id, name, language, created_at, updated_at) VALUES (?, ?, 'en', ?, ?)",
                   [course_id, name, now, now])
        for i, ch in enumerate(course_chunks()):
            doc_id = new_id()
            db.execute("INSERT INTO documents (id, course_id, source_path, sha256, type, title, language, status,"
                       " chunk_count, created_at, updated_at) VALUES (?, ?, ?, ?, 'md', ?, 'en', 'ready', 1, ?, ?)",
                       [doc_id, course_id, f"/lessons/{i:02d}.md", f"sha{i}", ch.heading, now, now])
            db.execute("INSERT INTO lessons (id, course_id, document_id, title, ordinal, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)", [new_id(), course_id, doc_id, ch.heading, i, now, now])
            db.execute("INSERT INTO chunks (document_id, ordinal, text, heading_path) VALUES (?, 0, ?, ?)",
                       [doc_id, ch.text, ch.heading])
    return course_id
