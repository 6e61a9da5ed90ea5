"""Fixtures for tutor tests (material in tutor_helpers.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from tutor_helpers import course_chunks

from engine.tutor.quiz import SourceChunk


@pytest.fixture(scope="session")
def chunks() -> list[SourceChunk]:
    return course_chunks()


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from engine.store import Store

    with Store.open(tmp_path / "home") as s:
        yield s
