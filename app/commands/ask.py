"""`lantern ask "QUESTION"`: one tutor turn, streamed to stdout."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from engine.errors import LanternError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="ask the tutor one question; the answer streams to stdout")
    p.add_argument("question", nargs="?", default="", help="the question, in quotes (or use --voice-in)")
    p.add_argument("--voice-in", type=Path, metavar="FILE.wav", help="ask with a spoken recording instead of text")
    p.add_argument("--context", type=Path, metavar="FILE", help="answer only from this text file")
    p.add_argument("--max-tokens", type=int, default=None, help="longest answer, in tokens")
    p.add_argument("--course", default=None, help="answer from this course's material (default: the whole library)")
    p.add_argument("--learner", default=None, help="ask as this learner (their language; the turn is saved under them)")
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
        learner = ctx.learners.get(args.learner) if args.learner else None
        course_id = None
        if context is None:
            if args.course:
                from engine.tutor.quizbank import find_course

                course_id = find_course(ctx.store, args.course)["id"]   # as `lantern quiz --course`
            if _library_has_documents(ctx) and ctx.retriever.needs_sync():
                print("(Indexing the library for search…)", file=sys.stderr)
                for _ in ctx.retriever.sync_vectors():
                    pass
        params = GenerationParams(max_tokens=args.max_tokens or s.max_answer_tokens, temperature=s.temperature,
                                  seed=s.seed)
        items = ctx.turns.chat(question, learner=learner, course_id=course_id, context=context, params=params,
                               save=context is None)
        return _print_turn(items)


def _print_turn(items: Iterator[object]) -> int:
    """Print what the turn says, as it comes; sources at the end. Exit 1 when nothing came out."""
    from engine.tutor.library_answer import Citations
    from engine.turn import Notice, SafetyReply, Text

    shown = False
    sources = ""
    for item in items:
        if isinstance(item, (Text, SafetyReply)):
            sys.stdout.write(item.text)
            shown = shown or bool(item.text.strip())
        elif isinstance(item, Notice):
            sys.stdout.write(f"{item.text}\n")
        elif isinstance(item, Citations) and item.items:
            sources = item.render()
        sys.stdout.flush()
    sys.stdout.write("\n")
    if sources:
        sys.stdout.write("\nSources:\n" + sources + "\n")
    if not shown:
        print("No answer came out for this question.", file=sys.stderr)
        return 1
    return 0


def _library_has_documents(ctx) -> bool:
    """The library has material; on a first use with an empty library the bundled sample course is
    imported, as the window does on its first start (a teacher who removed it does not get it back)."""
    if ctx.library.documents():
        return True
    from app.resources import assets_dir
    from engine.library import ensure_sample_course

    print("(First use: adding the sample course to the empty library…)", file=sys.stderr)
    if ensure_sample_course(ctx.library, assets_dir()):
        return True
    print("(The library is empty: lantern import PATH adds class material.)", file=sys.stderr)
    return False
