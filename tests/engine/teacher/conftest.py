"""Fixtures for the teacher workspace tests: a real store with material imported by the real importer."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.store import Store
from teacher_helpers import DATA, import_course


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "home") as s:
        yield s


@pytest.fixture
def fractions(store: Store) -> str:
    return import_course(store, DATA / "fractions", "Fractions")
