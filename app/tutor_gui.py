"""Wires the Tutor tab (ui/tutor_panel.py) to the app's engines: learners, tutor, quizzes, progress."""
from __future__ import annotations

from typing import Any

from app.context import AppContext


def tutor_functions(ctx: AppContext) -> dict[str, Any]:
    """The callables the Tutor tab runs on its lanes (model turns on "llm", store work on "db")."""
    from engine.tutor.plan import progress_report
    from engine.tutor.progress import record_alert
    from engine.tutor.quizbank import find_course
    from engine.tutor.session import QuizSession

    tutors: list[Any] = []

    def respond(learner: Any, question: str, *, mode: str, course: str | None, hint_level: int) -> Any:
        if not tutors:
            tutors.append(ctx.tutor())
        course_id = find_course(ctx.store, course)["id"] if course else None
        return tutors[0].respond(learner, question, mode=mode, course_id=course_id, hint_level=hint_level)

    def make_session(learner: Any, course: str) -> Any:
        s = ctx.settings
        bank = ctx.quiz_bank
        if not bank.items(find_course(ctx.store, course)["id"], status=None):
            bank.ensure(course, llm=ctx.llm() if s.quiz_model_items > 0 else None, n_items=s.quiz_batch_size,
                        auto_approve=s.quiz_auto_approve, max_model_items=s.quiz_model_items)
        return QuizSession(ctx.store, learner, course)

    def courses() -> list[str]:
        return [r[0] for r in ctx.store.db.execute("SELECT name FROM courses ORDER BY name").fetchall()]

    def report(learner: Any) -> dict[str, Any]:
        return progress_report(ctx.store, learner)

    def on_alert(learner: Any, category: str) -> None:
        if ctx.settings.teacher_alerts:
            record_alert(ctx.store, learner.id, category=category, source="tutor")

    return {"respond": respond, "make_session": make_session, "courses": courses, "report": report,
            "on_alert": on_alert}


def attach_tutor(ctx: AppContext, window: Any, runner: Any, *, on_error: Any) -> Any:
    """Add the Tutor tab to the window and start it (learner list and courses load off the GUI thread)."""
    from ui.tutor_panel import TutorPanel

    panel = TutorPanel(runner, book=ctx.learners, **tutor_functions(ctx))
    panel.error.connect(on_error)
    window.add_panel("Tutor", panel)
    panel.start()
    return panel
