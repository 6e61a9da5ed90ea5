"""Wires the teacher's screens (ui/teacher/) to the engine's teacher workspace (engine/teacher/).

`TeacherCalls` is the only thing the screens call: each method is a thin, blocking call over
this kiosk's store, run by the screens on a worker lane (never on the GUI thread). The screens
are added to the window's teacher area, which only the teacher PIN opens.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from app.context import AppContext

JOURNAL_FILE = "escalation.sqlite"     # the escalation service's journal in the data folder (app/context.py)


class TeacherCalls:
    """Blocking calls the teacher screens make (on workers). Results are the engine's typed values."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    @property
    def store(self) -> Any:
        return self._ctx.store

    def _journal(self) -> Any:
        from engine.escalation.journal import EscalationJournal

        return EscalationJournal(self._ctx.settings.home / JOURNAL_FILE)

    # -- courses --------------------------------------------------------------------------------
    def courses(self) -> list[str]:
        return [c.name for c in self._ctx.learners.courses()]

    def passages(self, course: str) -> list[tuple[int, str]]:
        """(chunk id, a short label) for each passage of the course, in order."""
        from engine.teacher.material import course_row
        from engine.tutor.quizbank import course_chunks

        out = []
        for ch in course_chunks(self.store, course_row(self.store, course)["id"]):
            words = " ".join(ch.text.split()[:10])
            out.append((ch.id, f"{ch.citation or ch.skill or ''} — {words}…"))
        return out

    # -- quizzes --------------------------------------------------------------------------------
    def review_items(self, course: str, status: str | None = None) -> list[Any]:
        from engine.teacher.quiz_review import review_items

        return review_items(self.store, course, status=status)

    def edit_item(self, item_id: str, *, question: str, answer: str, choices: Sequence[str] | None) -> Any:
        from engine.teacher.quiz_review import edit_item

        return edit_item(self.store, item_id, question=question, answer=answer, choices=choices)

    def approve(self, item_ids: Sequence[str]) -> int:
        from engine.teacher.quiz_review import approve

        return approve(self.store, item_ids)

    def reject(self, item_ids: Sequence[str]) -> int:
        from engine.teacher.quiz_review import reject

        return reject(self.store, item_ids)

    def approve_all_drafts(self, course: str) -> int:
        from engine.teacher.quiz_review import approve_all_drafts

        return approve_all_drafts(self.store, course)

    def add_item(self, course: str, *, chunk_id: int, question: str, answer: str, kind: str,
                 choices: Sequence[str]) -> Any:
        from engine.teacher.quiz_review import add_item

        return add_item(self.store, course, chunk_id=chunk_id, question=question, answer=answer, kind=kind,
                        choices=choices)

    def generate(self, course: str, *, n_items: int, cancel: Any) -> Iterator[Any]:
        """Progress per lesson (engine GenerationProgress); the model only if the settings allow it."""
        from engine.teacher.quiz_review import generate_steps

        s = self._ctx.settings
        llm = self._ctx.llm() if s.quiz_model_items > 0 else None
        yield from generate_steps(self.store, course, llm=llm, n_items=n_items, max_model_items=s.quiz_model_items,
                                  auto_approve=False, cancel=cancel)

    # -- outline --------------------------------------------------------------------------------
    def _outline_view(self, course: str, outline: Any) -> dict[str, Any]:
        from engine.teacher.outline import OutlineBook, order_warnings

        published = OutlineBook(self.store).published(course)
        return {"outline": outline, "warnings": order_warnings(outline),
                "published": published is not None and published.to_json() == outline.to_json()}

    def outline(self, course: str) -> dict[str, Any]:
        from engine.teacher.outline import OutlineBook

        return self._outline_view(course, OutlineBook(self.store).draft(course))

    def outline_edit(self, course: str, action: str, target: str, *, title: str = "", position: int = 0) -> dict[str, Any]:
        """action: rename-lesson, rename-unit, move-lesson, move-unit, rebuild, publish."""
        from engine.teacher.outline import OutlineBook

        book = OutlineBook(self.store)
        outline = {"rename-lesson": lambda: book.rename_lesson(course, target, title),
                   "rename-unit": lambda: book.rename_unit(course, target, title),
                   "move-lesson": lambda: book.move_lesson(course, target, position),
                   "move-unit": lambda: book.move_unit(course, target, position),
                   "rebuild": lambda: book.rebuild(course),
                   "publish": lambda: book.publish(course)}[action]()
        return self._outline_view(course, outline)

    # -- class ----------------------------------------------------------------------------------
    def class_view(self, course: str) -> dict[str, Any]:
        from engine.teacher.classview import class_rows, class_trend, difficult_questions

        return {"rows": class_rows(self.store, course), "difficult": difficult_questions(self.store, course),
                "trend": class_trend(self.store, course)}

    def export_class_csv(self, rows: list[Any], path: Path) -> Path:
        from engine.teacher.classview import class_csv

        path.write_text(class_csv(rows), encoding="utf-8")
        return path

    # -- alerts ---------------------------------------------------------------------------------
    def alerts(self, *, unread_only: bool = False) -> tuple[list[Any], int]:
        from engine.teacher.alerts import alerts, unread_count

        return alerts(self.store, unread_only=unread_only), unread_count(self.store)

    def unread_alerts(self) -> int:
        from engine.teacher.alerts import unread_count

        return unread_count(self.store)

    def acknowledge(self, event_id: str, note: str) -> Any:
        from engine.teacher.alerts import acknowledge

        return acknowledge(self.store, event_id, note=note)


def attach_teacher(ctx: AppContext, window: Any, runner: Any, *, on_error: Any) -> Any:
    """Add the teacher screens to the window's teacher area; returns the `TeacherCalls` they use."""
    from engine.changes import Changes
    from ui.teacher.alerts import AlertsInbox
    from ui.teacher.classview import ClassScreen
    from ui.teacher.outline import OutlineScreen
    from ui.teacher.common import screen_title
    from ui.teacher.quizzes import QuizReview

    calls = TeacherCalls(ctx)
    quizzes = QuizReview(runner, calls)
    klass = ClassScreen(runner, calls)
    inbox = AlertsInbox(runner, calls)
    outline = OutlineScreen(runner, calls)
    for screen in (quizzes, klass, inbox, outline):
        screen.error.connect(on_error)
    window.add_teacher_panel(lambda: screen_title("quizzes"), quizzes)
    window.add_teacher_panel(lambda: screen_title("class"), klass)
    window.add_teacher_panel(lambda: inbox.title(inbox.unread), inbox)
    window.add_teacher_panel(lambda: screen_title("outline"), outline)
    window.teacher_quizzes, window.teacher_class, window.teacher_alerts = quizzes, klass, inbox
    window.teacher_outline = outline
    outline.published.connect(lambda: window.changed.emit(Changes(library=True)))

    def badge(count: int) -> None:
        window.teacher_tabs.setTabText(window.teacher_tabs.indexOf(inbox), inbox.title(count))

    inbox.unread_changed.connect(badge)
    quizzes.changed.connect(lambda: window.changed.emit(Changes(quiz_bank=True)))

    def refresh(changes: Any) -> None:
        if window.current_page != "teacher":
            return
        if changes.library:
            quizzes.refresh_courses()
            klass.refresh_courses()
            outline.refresh_courses()
        if changes.progress:
            inbox.refresh()
            klass.refresh()

    window.changed.connect(refresh)
    return calls


def refresh_teacher(window: Any) -> None:
    """The teacher just unlocked: every teacher screen reloads from the store."""
    for screen in (window.teacher_quizzes, window.teacher_class, window.teacher_alerts, window.teacher_outline):
        screen.refresh_all()
