"""Fixtures for the teacher workspace tests: a real store with material imported by the real importer."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "home") as s:
        yield s


@pytest.fixture
def fractions(store: Store) -> str:
    return import_course(store, DATA / "fractions", "Fractions")
