"""`lantern ask "QUESTION"`: one tutor turn, streamed to stdout."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from engine.errors import LanternError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="ask the tutor one question; the answer streams to stdout")
    p.add_argument("question", nargs="?", default="", help="the question, in quotes (or use --voice-in)")
    p.add_argument("--voice-in", type=Path, metavar="FILE.wav", help="ask with a spoken recording instead of text")
    p.add_argument("--context", type=Path, metavar="FILE", help="answer only from this text file")
    p.add_argument("--max-tokens", type=int, default=None, help="longest answer, in tokens")
    p.add_argument("--course", default=None, help="answer from this course's material (default: the whole library)")
    p.set_defaults(handler=run)


def _read_context(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LanternError(f"Cannot read {path}: {exc.strerror}.", hint="Check the path.") from exc
    if b"\x00" in data[:8192]:
        raise LanternError(f"{path} is not a text file.", hint="Pass a plain-text (.txt or .md) file.")
    text = data.decode("utf-8", errors="replace").strip()
    if not text:
        raise LanternError(f"{path} is empty.", hint="Pass a file with the text to answer from.")
    return text


def run(args: argparse.Namespace) -> int:
    from app.context import AppContext
    from engine.llm.backend import GenerationParams
    from engine.tutor.grounded import stream_answer

    question = args.question.strip()
    if not question and not args.voice_in:
        raise LanternError("The question is empty.", hint='Use: lantern ask "What is photosynthesis?"')
    context = _read_context(args.context) if args.context else None
    with AppContext() as ctx:
        s = ctx.settings
        if args.voice_in:  # voice: the recording becomes the question
            heard = ctx.transcriber().transcribe_file(args.voice_in, language=s.speech_language).text
            if not heard:
                raise LanternError(f"No speech was heard in {args.voice_in.name}.",
                                   hint="Record the question again, closer to the microphone.")
            print(f"You asked: {heard}", file=sys.stderr)
            question = f"{question} {heard}".strip()
        params = GenerationParams(max_tokens=args.max_tokens or s.max_answer_tokens, temperature=s.temperature,
                                  seed=s.seed)
        if context is None and _library_has_documents(ctx):   # the class library answers, with citations
            return _ask_library(ctx, question, params, course=args.course)
        for chunk in stream_answer(ctx.llm(), question, context=context, params=params,
                                   answer_mode=s.grounded_answers):
            if chunk.text:
                sys.stdout.write(chunk.text)
                sys.stdout.flush()
        sys.stdout.write("\n")
    return 0


def _library_has_documents(ctx) -> bool:  # type: ignore[no-untyped-def]
    from engine.library import Library

    if Library(ctx.store).documents():
        return True
    print("(The library is empty, so this answer is not from class material: lantern import PATH adds some.)",
          file=sys.stderr)
    return False


def _ask_library(ctx, question: str, params, *, course: str | None) -> int:  # type: ignore[no-untyped-def]
    from engine.tutor.library_answer import Citations, record_turn, stream_library_answer

    course_id = ctx.library.course_id(course) if course else None
    if course and course_id is None:
        raise LanternError(f"No course named '{course}'.", hint="See `lantern library list`.")
    if ctx.retriever.needs_sync():
        print("(Indexing the library for search…)", file=sys.stderr)
        for _ in ctx.retriever.sync_vectors():
            pass
    text, cites = [], Citations((), covered=False)
    for item in stream_library_answer(ctx.llm(), ctx.retriever, question, course_id=course_id, params=params,
                                      answer_mode=ctx.settings.grounded_answers):
        if isinstance(item, Citations):
            cites = item
        elif item.text:
            text.append(item.text)
            sys.stdout.write(item.text)
            sys.stdout.flush()
    sys.stdout.write("\n")
    if cites.items:
        sys.stdout.write("\nSources:\n" + cites.render() + "\n")
    record_turn(ctx.store, question=question, answer="".join(text).strip(), citations=cites, course_id=course_id)
    return 0
