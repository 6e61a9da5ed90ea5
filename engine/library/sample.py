"""The bundled sample course: imported on the first start when the library is empty."""
from __future__ import annotations

import json
from pathlib import Path

from engine.cancel import CancelToken
from engine.changes import ChangeTally
from engine.library.importer import Library
from engine.store import new_id, utc_now


def sample_course_folders(assets_dir: Path) -> list[Path]:
    """Course folders under `<assets>/courses` (each has a course.json)."""
    root = Path(assets_dir) / "courses"
    return sorted(p for p in root.iterdir() if (p / "course.json").is_file()) if root.is_dir() else []


def ensure_sample_course(library: Library, assets_dir: Path, *, cancel: CancelToken | None = None,
                         tally: ChangeTally | None = None) -> int:
    """Import the bundled courses once, on a first start with an empty library. Returns documents
    imported (the library changes in `tally`, as the import reports them). A teacher who later
    removes them does not get them back. Each lesson file also becomes a row in `lessons` (in
    file-name order)."""
    db = library.store.db
    if db.execute("SELECT 1 FROM meta WHERE key = 'sample_course_imported'").fetchone() or library.documents():
        return 0
    imported = 0
    for folder in sample_course_folders(assets_dir):
        meta = json.loads((folder / "course.json").read_text(encoding="utf-8"))
        name = meta.get("name") or folder.name
        course_id = library.ensure_course(name, language=meta.get("language"), tally=tally)
        for item in library.import_paths([folder], course=name, cancel=cancel, tally=tally):
            if item.stage == "imported":
                imported += 1
        docs = sorted((d for d in library.documents(course=name)), key=lambda d: d.source_path)
        with library.store.write() as db:
            for ordinal, doc in enumerate(docs):
                if not db.execute("SELECT 1 FROM lessons WHERE document_id = ?", [doc.id]).fetchone():
                    now = utc_now()
                    db.execute("INSERT INTO lessons (id, course_id, document_id, title, ordinal, created_at, updated_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)", [new_id(), course_id, doc.id, doc.title, ordinal, now, now])
    with library.store.write() as db:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sample_course_imported', ?)", [utc_now()])
    return imported
