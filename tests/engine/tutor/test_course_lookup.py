"""One course lookup for every surface: the window's Tutor tab and home, `lantern ask --course` and
`lantern quiz --course` find the same course for the same words (they used three lookups that differed
on letter case and spaces)."""
from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import LanternError
from engine.store import Store, utc_now
from engine.tutor.quizbank import course_row, find_course


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path)
    with s.write() as db:
        for cid, name in (("c-sci", "Sample: Science and Maths"), ("c-his", "History")):
            db.execute("INSERT INTO courses (id, name, language, created_at, updated_at) VALUES (?, ?, 'en', ?, ?)",
                       [cid, name, utc_now(), utc_now()])
    return s


@pytest.mark.parametrize("words", ["c-sci", "Sample: Science and Maths", "sample: science AND maths",
                                   "  Sample:  Science and   Maths "])
def test_a_course_is_found_by_id_or_by_name_in_any_case_and_spacing(store: Store, words: str) -> None:
    assert course_row(store, words) == {"id": "c-sci", "name": "Sample: Science and Maths", "language": "en"}
    assert find_course(store, words)["id"] == "c-sci"


def test_an_unknown_course_is_none_or_an_error_that_names_the_courses(store: Store) -> None:
    assert course_row(store, "Geography") is None
    with pytest.raises(LanternError) as err:
        find_course(store, "Geography")
    assert err.value.hint == "Courses here: History, Sample: Science and Maths."


def test_the_window_uses_the_same_lookup(store: Store, tmp_path: Path) -> None:
    from app.tutor_gui import _course_id

    class Ctx:   # the one thing the window's lookup reads from the app context
        def __init__(self, s: Store) -> None:
            self.store = s

    assert _course_id(Ctx(store), "history") == "c-his"      # it compared names exactly before
    assert _course_id(Ctx(store), "Geography") is None and _course_id(Ctx(store), None) is None
