"""Wires the class library into the window: the Library panel, cited chat answers, first-start set-up.

`make_library_answer_fn(ctx, fallback)` answers from the library when it has documents (streaming
tokens, then a `Citations` item the chat shows under the answer), else uses `fallback`. A question
the lessons don't cover gets that said first, then a general answer labelled as such.
`attach_library(ctx, window, chat, runner, on_error)` adds the panel and, off the GUI thread,
builds the library, imports the bundled sample course into an empty library, finishes imports a
restart interrupted, and rebuilds a missing or damaged vector index.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from app.context import AppContext
from engine.cancel import CancelToken

AnswerFn = Callable[..., Iterator[Any]]


def make_library_answer_fn(ctx: AppContext, fallback: AnswerFn) -> AnswerFn:
    from engine.llm.backend import GenerationParams
    from engine.tutor.library_answer import stream_library_answer

    def answer(question: str, *, cancel: CancelToken) -> Iterator[Any]:
        if not ctx.library.documents():
            yield from fallback(question, cancel=cancel)
            return
        s = ctx.settings
        params = GenerationParams(max_tokens=s.max_answer_tokens, temperature=s.temperature, seed=s.seed)
        # The chat keeps talking when the lessons don't cover a question, but says so first and
        # shows "Not found in the class materials" instead of sources.
        yield from stream_library_answer(ctx.llm(), ctx.retriever, question, params=params, cancel=cancel,
                                         open_fallback=True)

    return answer


def prepare_library(ctx: AppContext, *, cancel: CancelToken) -> Any:
    """First-start work, on the "db" lane: sample course, interrupted imports, vector index."""
    from app.resources import assets_dir
    from engine.library import ensure_sample_course

    library = ctx.library
    ensure_sample_course(library, assets_dir(), cancel=cancel)
    for _ in library.resume(cancel=cancel):
        pass
    if ctx.retriever.needs_sync():
        for _ in ctx.retriever.sync_vectors(cancel=cancel):
            pass
    return library


def attach_library(ctx: AppContext, window: Any, chat: Any, runner: Any, *,
                   on_error: Callable[[BaseException], None]) -> Any:
    """Add the Library panel and show citations under chat answers. Returns the panel."""
    from ui.citations import attach_citations
    from ui.library_view import LibraryView

    view = LibraryView(runner)
    view.error.connect(on_error)
    window.add_panel("Library", view)
    chat.answer_item.connect(lambda message, item: attach_citations(
        message, item, runner=runner, context_fn=lambda chunk_id: ctx.retriever.passage_context(chunk_id)))
    runner.single(prepare_library, ctx, lane="db", pass_cancel=True).on_done(view.set_library).on_error(on_error).start()
    return view
