"""Material for the teacher workspace tests (a module of its own: every test folder has a
`conftest`, so importing names from "conftest" picks whichever folder's was imported first)."""
from __future__ import annotations

from pathlib import Path

from engine.store import Store

DATA = Path(__file__).parent / "data"


def import_course(store: Store, folder: Path, name: str) -> str:
    """Import every file of `folder` into course `name` (real importer, no vector index)."""
    from engine.library.importer import Library

    lib = Library(store)
    for _ in lib.import_paths([folder], course=name):
        pass
    cid = lib.course_id(name)
    assert cid is not None
    return cid
