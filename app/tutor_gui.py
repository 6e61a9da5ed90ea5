"""Wires the learner's screens (Home, Tutor tab) to the engines: turns, quizzes, progress, lessons."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.context import AppContext
from engine.cancel import CancelToken

SUGGESTIONS = 3
# Lesson sentences embedded ahead of questions, per warm-up (the kiosk language's courses at start, then each
# signed-in learner's course once): ~30 ms of one core each, ~18 s at most.
WARM_SENTENCES = 600


def _course_id(ctx: AppContext, course: str | None) -> str | None:
    """The id of a course the window names (the engine's one lookup), or None."""
    from engine.tutor.quizbank import course_row

    row = course_row(ctx.store, course) if course else None
    return row["id"] if row else None


def tutor_functions(ctx: AppContext) -> dict[str, Any]:
    """The callables the Tutor tab runs on its lanes (model turns on "llm", store work on "db").
    Engine modules are imported inside them, so on the worker, not while the window is built."""

    def stream(learner: Any, message: str, *, mode: str, course: str | None, hint_level: int,
               cancel: CancelToken) -> Iterator[Any]:
        """One Tutor-tab turn as the engine's items (safety, feelings, alerts and saving are the engine's)."""
        with ctx.turn_running():
            yield from ctx.turns.tutor(learner, message, mode=mode, course_id=_course_id(ctx, course),
                                       hint_level=hint_level, cancel=cancel)

    def open_session(learner: Any, course: str) -> Any:
        """The engine's one quiz factory, as `lantern quiz` uses it (the school's model-judge setting)."""
        from engine.tutor.session import open_quiz_session

        return open_quiz_session(ctx.store, learner, course, llm=ctx.llm, model_judge_on=ctx.settings.tutor_model_judge)

    def make_session(learner: Any, course: str, *, cancel: CancelToken) -> Any:
        from engine.tutor.quizbank import find_course

        s = ctx.settings
        bank = ctx.quiz_bank
        if not bank.items(find_course(ctx.store, course)["id"], status=None):
            bank.ensure(course, llm=ctx.llm() if s.quiz_model_items > 0 else None, n_items=s.quiz_batch_size,
                        auto_approve=s.quiz_auto_approve, max_model_items=s.quiz_model_items, cancel=cancel)
        return open_session(learner, course)

    def make_session_steps(learner: Any, course: str, *, cancel: CancelToken) -> Iterator[Any]:
        """As `make_session`, with the engine's progress: a `GenerationProgress` after each lesson while a
        course's first questions are made (engine/teacher/quiz_review.generate_steps), then the session."""
        from engine.teacher.quiz_review import generate_steps
        from engine.tutor.quizbank import find_course

        s = ctx.settings
        if not ctx.quiz_bank.items(find_course(ctx.store, course)["id"], status=None):
            yield from generate_steps(ctx.store, course, llm=ctx.llm() if s.quiz_model_items > 0 else None,
                                      n_items=s.quiz_batch_size, max_model_items=s.quiz_model_items,
                                      auto_approve=s.quiz_auto_approve, cancel=cancel, bank=ctx.quiz_bank)
        yield open_session(learner, course)

    def report(learner: Any, course: str | None = None) -> dict[str, Any]:
        from engine.tutor.plan import progress_report

        return progress_report(ctx.store, learner, course=_course_id(ctx, course) if course else None)

    def quiz_answer(session: Any, item: Any, response: str, *, marked_hard: bool = False, hints_shown: int = 0) -> Any:
        """The engine's quiz turn: safety and feelings before grading, the "needed the answer" rule."""
        with ctx.turn_running():
            return ctx.turns.quiz_answer(session, item, response, marked_hard=marked_hard, hints_shown=hints_shown)

    return {"stream": stream, "make_session": make_session, "make_session_steps": make_session_steps,
            "report": report, "quiz_answer": quiz_answer}


def home_functions(ctx: AppContext) -> dict[str, Any]:
    """`home(learner, course)` for the learner's home, and `choose_course(learner)`; on a worker."""

    def choose_course(learner: Any | None) -> tuple[list[str], str | None, str | None]:
        """(course names, the learner's default course name, its id)."""
        courses = list(ctx.learners.courses())
        chosen = ctx.learners.default_course(learner.id if learner is not None else None, courses)
        return [c.name for c in courses], chosen.name if chosen else None, chosen.id if chosen else None

    def home(learner: Any | None, course: str | None) -> dict[str, Any]:
        from engine.tutor.plan import progress_report
        from engine.tutor.suggest import suggested_questions
        from engine.tutor.quizbank import course_chunks

        names, default, _ = choose_course(learner)
        course = course or default
        course_id = _course_id(ctx, course)
        lessons: dict[str, list[str]] = {}
        headings: list[str] = []
        if course_id:
            for chunk in course_chunks(ctx.store, course_id):
                lessons.setdefault(chunk.skill or chunk.title, []).append(chunk.text)
                if chunk.heading:
                    headings.append(chunk.heading)
                elif chunk.title:
                    headings.append(chunk.title)
        data: dict[str, Any] = {"course": course, "courses": names, "next_step": "", "reviews_due": 0,
                                "suggestions": suggested_questions(list(dict.fromkeys(headings)), limit=SUGGESTIONS),
                                "lessons": [{"title": t, "text": "\n\n".join(texts)} for t, texts in lessons.items()]}
        if learner is not None:
            report = progress_report(ctx.store, learner, course=course_id) if course_id else \
                progress_report(ctx.store, learner)
            data["next_step"] = report["plan"][0]["text"] if report["plan"] else ""
            data["reviews_due"] = report["reviews_due_now"]
            if course_id:
                ctx.learners.remember_course(learner.id, course_id)
        return data

    return {"home": home, "choose_course": choose_course}


def warm_answers(ctx: AppContext, *, course_id: str | None = None, cancel: CancelToken | None = None) -> int:
    """On a worker, once the library's vectors are in step: embed the lesson sentences answers are
    ranked by, so a child's first questions wait only for the question's own vector. The lessons of
    `course_id` (a learner's course), else of the courses in the kiosk's language."""
    from engine.tutor.library_answer import warm_answers as warm

    if course_id is not None:
        courses = [course_id]
    else:
        language = ctx.settings.kiosk_language or "en"
        courses = [c.id for c in ctx.learners.courses() if (c.language or "en") == language]
    return warm(ctx.retriever, course_ids=courses, limit=WARM_SENTENCES, cancel=cancel,
                pause=lambda: ctx.wait_for_no_turn(cancel=cancel))


def attach_tutor(ctx: AppContext, window: Any, runner: Any, *, on_error: Any) -> Any:
    """Add the Tutor tab to the learner area."""
    from ui.tutor_panel import TutorPanel

    from PySide6.QtCore import QCoreApplication

    panel = TutorPanel(runner, **tutor_functions(ctx))
    panel.error.connect(on_error)
    window.add_panel(lambda: QCoreApplication.translate("MainWindow", "Tutor"), panel)
    return panel
