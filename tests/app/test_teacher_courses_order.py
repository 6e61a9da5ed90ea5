"""The teacher's screens open on the kiosk language's course (TeacherCalls.courses, app/teacher_gui.py)."""
from __future__ import annotations


def test_the_teachers_course_lists_open_on_the_kiosk_languages_course(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.context import AppContext
    from app.settings import load_settings
    from app.teacher_gui import TeacherCalls

    home = tmp_path / "home"
    home.mkdir()
    with AppContext(load_settings(home=home, cloud_enabled=False, sync_enabled=False)) as ctx:
        from engine.library.importer import Library

        library = Library(ctx.store)
        library.ensure_course("Ciencias", language="es")
        library.ensure_course("Science", language="en")
        assert TeacherCalls(ctx).courses() == ["Science", "Ciencias"]
