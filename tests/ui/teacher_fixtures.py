"""A teacher's kiosk for the teacher-screen tests: a real data folder and store with the fractions
course imported by the real importer (tests/engine/teacher/data), quiz items made by the engine's
rules (no model: `quiz_model_items=0`), and the real `TeacherCalls` the window uses."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.context import AppContext
from app.settings import load_settings

FRACTIONS = Path(__file__).resolve().parents[1] / "engine" / "teacher" / "data" / "fractions"


def import_fractions(ctx: AppContext) -> str:
    from engine.library.importer import Library

    lib = Library(ctx.store)
    for _ in lib.import_paths([FRACTIONS], course="Fractions"):
        pass
    cid = lib.course_id("Fractions")
    assert cid is not None
    return cid


@pytest.fixture
def teacher_ctx(tmp_path: Path) -> Iterator[AppContext]:
    home = tmp_path / "home"
    home.mkdir()
    with AppContext(load_settings(home=home, cloud_enabled=False, sync_enabled=False, quiz_model_items=0)) as c:
        import_fractions(c)
        yield c


@pytest.fixture
def calls(teacher_ctx: AppContext) -> Any:
    from app.teacher_gui import TeacherCalls

    return TeacherCalls(teacher_ctx)


def drafts(ctx: AppContext, n: int = 4) -> list[Any]:
    from engine.teacher.quiz_review import generate_items

    return generate_items(ctx.store, "Fractions", n_items=n, max_model_items=0)
