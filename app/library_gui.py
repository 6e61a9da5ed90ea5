"""Wires the class library into the window: the Library panel, cited chat answers, first-start set-up.

Chat answers come from app/chat_gui.py (the engine's turn service, engine/turn), which streams
checked sentences and then a `Citations` item that the panel wired here shows under the answer.
`attach_library(ctx, window, chat, runner, on_error)` adds the panel and, off the GUI thread,
builds the library, imports the bundled sample course into an empty library, finishes imports a
restart interrupted, and rebuilds a missing or damaged vector index. What that first-start work
changed (the engine's `Changes`) goes to `on_changes`, as an import's does.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.context import AppContext
from engine.cancel import CancelToken

if TYPE_CHECKING:
    from engine.changes import ChangeTally, Changes


def prepare_library(ctx: AppContext, *, cancel: CancelToken, tally: ChangeTally | None = None,
                    built: list[Any] | None = None) -> Any:
    """First-start work, on the "db" lane: sample course, interrupted imports, vector index. `built` gets the
    library as soon as it exists, for a caller whose later step fails."""
    from app.resources import assets_dir
    from engine.library import ensure_sample_course

    library = ctx.library
    if built is not None:
        built.append(library)
    ensure_sample_course(library, assets_dir(), cancel=cancel, tally=tally)
    for _ in library.resume(cancel=cancel, tally=tally):
        pass
    if ctx.retriever.needs_sync():
        for _ in ctx.retriever.sync_vectors(cancel=cancel):
            pass
    return library


def attach_library(ctx: AppContext, window: Any, chat: Any, runner: Any, *,
                   on_error: Callable[[BaseException], None], teacher: bool = False, start: bool = True) -> Any:
    """Add the Library panel (to the teacher's screens with `teacher`) and show citations under chat
    answers. Returns the panel."""
    from ui.citations import attach_citations
    from PySide6.QtCore import QCoreApplication

    from ui.library_view import LibraryView

    view = LibraryView(runner)
    view.error.connect(on_error)
    (window.add_teacher_panel if teacher else window.add_panel)(
        lambda: QCoreApplication.translate("MainWindow", "Library"), view)
    chat.answer_item.connect(lambda message, item: attach_citations(
        message, item, runner=runner, context_fn=lambda chunk_id: ctx.retriever.passage_context(chunk_id)))
    if start:
        start_library(ctx, view, runner, on_error=on_error)
    return view


def start_library(ctx: AppContext, view: Any, runner: Any, *, on_error: Callable[[BaseException], None],
                  on_changes: Callable[[Changes], None] | None = None) -> None:
    """The first-start library work (sample course, interrupted imports, vector index) on the "db" lane;
    `on_changes` gets what it changed (the sample course, a finished import), when it changed anything. When a
    later step fails, the view still gets the library and `on_changes` what went in before, then `on_error`."""
    from engine.changes import ChangeTally

    tally = ChangeTally()
    built: list[Any] = []

    def ready(library: Any) -> None:
        view.set_library(library)
        if on_changes is not None and tally.changes:
            on_changes(tally.changes)

    def failed(exc: BaseException) -> None:
        # A later step failed (the vector index): what went in before it (the sample course) is in the library,
        # and the panel can show it and import more.
        if built:
            ready(built[0])
        on_error(exc)

    (runner.single(prepare_library, ctx, tally=tally, built=built, lane="db", pass_cancel=True)
     .on_done(ready).on_error(failed).start())
