"""Wires the teacher's screens (ui/teacher/) to the engine's teacher workspace (engine/teacher/).

`TeacherCalls` is the only thing the screens call: each method is a thin, blocking call over
this kiosk's store, run by the screens on a worker lane (never on the GUI thread). The screens
are added to the window's teacher area, which only the teacher PIN opens.

A call that changes data passes the screen's `tally` (engine.changes.ChangeTally) to the engine,
which adds what it changed; the screen sends that on through its `changed` signal, connected here
straight to the window's one `changed` signal.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.context import AppContext

if TYPE_CHECKING:
    from engine.changes import ChangeTally

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
        """By name, with the kiosk language's default course first: the teacher's screens open on the
        first one (alphabetically, an English kiosk opened on the Spanish sample course)."""
        courses = self._ctx.learners.courses()
        first = self._ctx.learners.default_course(None, courses, language=self._ctx.settings.kiosk_language)
        return [c.name for c in courses if c is first] + [c.name for c in courses if c is not first]

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

    def edit_item(self, item_id: str, *, question: str, answer: str, choices: Sequence[str] | None,
                  tally: ChangeTally | None = None) -> Any:
        from engine.teacher.quiz_review import edit_item

        return edit_item(self.store, item_id, question=question, answer=answer, choices=choices, tally=tally)

    def approve(self, item_ids: Sequence[str], *, tally: ChangeTally | None = None) -> int:
        from engine.teacher.quiz_review import approve

        return approve(self.store, item_ids, tally=tally)

    def reject(self, item_ids: Sequence[str], *, tally: ChangeTally | None = None) -> int:
        from engine.teacher.quiz_review import reject

        return reject(self.store, item_ids, tally=tally)

    def approve_all_drafts(self, course: str, *, tally: ChangeTally | None = None) -> int:
        from engine.teacher.quiz_review import approve_all_drafts

        return approve_all_drafts(self.store, course, tally=tally)

    def add_item(self, course: str, *, chunk_id: int, question: str, answer: str, kind: str,
                 choices: Sequence[str], tally: ChangeTally | None = None) -> Any:
        from engine.teacher.quiz_review import add_item

        return add_item(self.store, course, chunk_id=chunk_id, question=question, answer=answer, kind=kind,
                        choices=choices, tally=tally)

    def generate(self, course: str, *, n_items: int, cancel: Any, tally: ChangeTally | None = None) -> Iterator[Any]:
        """Progress per lesson (engine GenerationProgress); the model only if the settings allow it."""
        from engine.teacher.quiz_review import generate_steps

        s = self._ctx.settings
        llm = self._ctx.llm() if s.quiz_model_items > 0 else None
        yield from generate_steps(self.store, course, llm=llm, n_items=n_items, max_model_items=s.quiz_model_items,
                                  auto_approve=False, cancel=cancel, bank=self._ctx.quiz_bank, tally=tally)

    # -- outline --------------------------------------------------------------------------------
    def _outline_view(self, course: str, outline: Any) -> dict[str, Any]:
        from engine.teacher.outline import OutlineBook, order_warnings

        published = OutlineBook(self.store).published(course)
        return {"outline": outline, "warnings": order_warnings(outline),
                "published": published is not None and published.to_json() == outline.to_json()}

    def outline(self, course: str) -> dict[str, Any]:
        from engine.teacher.outline import OutlineBook

        return self._outline_view(course, OutlineBook(self.store).draft(course))

    def outline_edit(self, course: str, action: str, target: str, *, title: str = "", position: int = 0,
                     tally: ChangeTally | None = None) -> dict[str, Any]:
        """action: rename-lesson, rename-unit, move-lesson, move-unit, rebuild (the draft), publish."""
        from engine.teacher.outline import OutlineBook

        book = OutlineBook(self.store)
        outline = {"rename-lesson": lambda: book.rename_lesson(course, target, title),
                   "rename-unit": lambda: book.rename_unit(course, target, title),
                   "move-lesson": lambda: book.move_lesson(course, target, position),
                   "move-unit": lambda: book.move_unit(course, target, position),
                   "rebuild": lambda: book.rebuild(course),
                   "publish": lambda: book.publish(course, tally=tally)}[action]()
        return self._outline_view(course, outline)

    # -- differentiated reading ----------------------------------------------------------------
    def reading_drafts(self, course: str) -> list[Any]:
        from engine.teacher.material import course_row
        from engine.teacher.simplify import reading_drafts

        cid = course_row(self.store, course)["id"]
        return [d for d in reading_drafts(self.store) if d.course_id == cid]

    def simplify(self, chunk_id: int, *, grade: int, dyslexia: bool) -> Any:
        from engine.teacher.simplify import simplify_chunk

        return simplify_chunk(self.store, chunk_id, grade=grade, dyslexia=dyslexia)

    def approve_reading(self, draft_id: str, *, force: bool = False, tally: ChangeTally | None = None) -> Any:
        from engine.teacher.simplify import approve_reading

        return approve_reading(self.store, draft_id, force=force, tally=tally)

    # -- material check -------------------------------------------------------------------------
    def check(self, course: str, grade: int | None) -> list[Any]:
        from engine.teacher.check import check_course

        with self._journal() as journal:
            return check_course(self.store, course, grade=grade, journal=journal)

    # -- open questions -------------------------------------------------------------------------
    def open_questions(self) -> list[Any]:
        from engine.teacher.questions import open_questions

        with self._journal() as journal:
            return open_questions(self.store, journal=journal)

    def answer_question(self, question_id: str, answer: str, *, tally: ChangeTally | None = None) -> str:
        from engine.teacher.questions import answer_yourself

        with self._journal() as journal:
            return answer_yourself(self.store, question_id, answer, journal=journal, tally=tally)

    def cloud_question(self, question_id: str, *, tally: ChangeTally | None = None) -> Any:
        from engine.teacher.questions import approve_for_cloud

        with self._journal() as journal:
            return approve_for_cloud(self.store, question_id, journal=journal, tally=tally)

    def material_question(self, question_id: str, note: str, *, tally: ChangeTally | None = None) -> Any:
        from engine.teacher.questions import mark_add_material

        with self._journal() as journal:
            return mark_add_material(self.store, question_id, note=note, journal=journal, tally=tally)

    # -- worksheet ------------------------------------------------------------------------------
    def worksheet_lessons(self, course: str) -> list[tuple[str, str]]:
        """(outline lesson id, title) of the course's path, in order."""
        from engine.teacher.outline import OutlineBook

        book = OutlineBook(self.store)
        outline = book.published(course) or book.current(course)
        return [(x.id, x.title) for x in outline.lessons]

    def worksheet_items(self, course: str, lesson: str | None) -> list[Any]:
        from engine.teacher.worksheet import lesson_items

        return lesson_items(self.store, course, lesson)

    def save_worksheet(self, course: str, lesson: str | None, title: str, path: Path, *, large_print: bool,
                       answer_key: bool) -> Path:
        from engine.teacher.material import course_row
        from engine.teacher.worksheet import lesson_items, render_worksheet

        c = course_row(self.store, course)
        items = lesson_items(self.store, course, lesson)
        path.write_bytes(render_worksheet(title, items, large_print=large_print, answer_key=answer_key,
                                          language=c["language"] or "en", font_path=self._font(c["language"])))
        return path

    @staticmethod
    def _font(language: str | None) -> Path | None:
        """A TrueType font for scripts outside Latin-1 (fpdf2's core fonts have none): a common system
        font when one is installed, else None (the engine then writes Latin-1 only)."""
        if (language or "en").split("-")[0] in ("en", "es", "fr", "de", "it", "pt"):
            return None
        for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                          "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                          "C:/Windows/Fonts/arial.ttf", "/Library/Fonts/Arial Unicode.ttf"):
            if Path(candidate).is_file():
                return Path(candidate)
        return None

    # -- class ----------------------------------------------------------------------------------
    def class_view(self, course: str, source: str = "kiosk") -> dict[str, Any]:
        """{"rows", "difficult", "trend", "source": "kiosk"|"hub", "problem": why the hub's view is not
        shown (then the rows are this kiosk's), "at": when the hub made it}."""
        from engine.teacher.classview import class_rows, class_trend, difficult_questions

        out: dict[str, Any] = {"source": "kiosk", "problem": None, "at": None}
        if source == "hub":
            hub = self._hub_view(course)
            if isinstance(hub, dict):
                return {**out, **hub, "source": "hub"}
            out["problem"] = hub
        return {**out, "rows": class_rows(self.store, course), "difficult": difficult_questions(self.store, course),
                "trend": class_trend(self.store, course)}

    def _hub_view(self, course: str) -> dict[str, Any] | str:
        from engine.sync.teacher_report import fetch_class_view
        from engine.teacher.hubview import TeacherTokenStore, hub_class, hub_view_rows
        from engine.teacher.material import course_row

        s = self._ctx.settings
        url = self._ctx.sync_client.hub_url
        token = TeacherTokenStore(s.home, storage=s.sync_token_storage).load()
        class_ref = hub_class(s.home)
        if not (url and token and class_ref):
            return "not_signed_in" if url else "not_enrolled"
        view = fetch_class_view(url, token, class_ref, course_id=course_row(self.store, course)["id"])
        if not hasattr(view, "rows"):
            return f"{view.kind}: {view.message}"          # TeacherReportError
        return {**hub_view_rows(view, self.store), "at": view.generated_at.isoformat()}

    def hub_sign_in(self, token: str, class_ref: str) -> str:
        """Keep the teacher's hub token in the keyring and the class to read; returns where the token went."""
        from engine.errors import LanternError
        from engine.teacher.hubview import TeacherTokenStore, save_hub_class

        if not token.strip() or not class_ref.strip():
            raise LanternError("Type the teacher token and the class.", hint="The hub's admin gives both.")
        s = self._ctx.settings
        tokens = TeacherTokenStore(s.home, storage=s.sync_token_storage)
        tokens.save(token.strip())
        save_hub_class(s.home, class_ref)
        return tokens.backend

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

    def acknowledge(self, event_id: str, note: str, *, tally: ChangeTally | None = None) -> Any:
        from engine.teacher.alerts import acknowledge

        return acknowledge(self.store, event_id, note=note, tally=tally)


def attach_teacher(ctx: AppContext, window: Any, runner: Any, *, on_error: Any) -> Any:
    """Add the teacher screens to the window's teacher area; returns the `TeacherCalls` they use."""
    from ui.teacher.alerts import AlertsInbox
    from ui.teacher.check import CheckScreen
    from ui.teacher.classview import ClassScreen
    from ui.teacher.common import screen_title
    from ui.teacher.outline import OutlineScreen
    from ui.teacher.questions import QuestionsScreen
    from ui.teacher.quizzes import QuizReview
    from ui.teacher.reading import ReadingScreen
    from ui.teacher.worksheet import WorksheetScreen

    calls = TeacherCalls(ctx)
    quizzes = QuizReview(runner, calls)
    klass = ClassScreen(runner, calls)
    inbox = AlertsInbox(runner, calls)
    outline = OutlineScreen(runner, calls)
    reading = ReadingScreen(runner, calls)
    check = CheckScreen(runner, calls)
    questions = QuestionsScreen(runner, calls)
    worksheet = WorksheetScreen(runner, calls)
    screens = {"teacher_quizzes": quizzes, "teacher_class": klass, "teacher_alerts": inbox,
               "teacher_outline": outline, "teacher_reading": reading, "teacher_check": check,
               "teacher_questions": questions, "teacher_worksheet": worksheet}
    window.add_teacher_panel(lambda: screen_title("quizzes"), quizzes)
    window.add_teacher_panel(lambda: screen_title("class"), klass)
    window.add_teacher_panel(lambda: inbox.title(inbox.unread), inbox)
    for key in ("outline", "reading", "check", "questions", "worksheet"):
        window.add_teacher_panel(lambda key=key: screen_title(key), screens[f"teacher_{key}"])
    for name, screen in screens.items():
        screen.error.connect(on_error)
        setattr(window, name, screen)
    window.teacher_screens = list(screens.values())

    def badge(count: int) -> None:
        window.teacher_tabs.setTabText(window.teacher_tabs.indexOf(inbox), inbox.title(count))

    inbox.unread_changed.connect(badge)
    # What the engine reported changing goes on as it is: the screens construct no Changes of their own.
    for screen in (quizzes, outline, reading, inbox, questions):
        screen.changed.connect(window.changed.emit)

    def refresh(changes: Any) -> None:
        if window.current_page != "teacher":
            return
        if changes.library:
            for screen in (quizzes, klass, outline, reading, check, worksheet):
                screen.refresh_courses()
        if changes.quiz_bank:
            worksheet.refresh()
        if changes.progress:
            inbox.refresh()
            klass.refresh()
        if changes.questions:          # the material check lists the questions marked as gaps: reload when shown
            window.teacher_stale.add(check)

    window.changed.connect(refresh)

    # Unlocking reloads the screen on show and the alerts (for the count); the others reload when their
    # tab is first shown, so the material check and the outline do not all run at once.
    window.teacher_stale = set()

    def shown(index: int) -> None:
        screen = window.teacher_tabs.widget(index)
        if screen in window.teacher_stale:
            window.teacher_stale.discard(screen)
            screen.refresh_all()

    window.teacher_tabs.currentChanged.connect(shown)
    return calls


def refresh_teacher(window: Any) -> None:
    """The teacher just unlocked: the alerts and the screen on show reload now, the rest when shown."""
    current = window.teacher_tabs.currentWidget()
    window.teacher_stale = set(window.teacher_screens)
    for screen in (window.teacher_alerts, current):
        if screen in window.teacher_stale:
            window.teacher_stale.discard(screen)
            screen.refresh_all()
