"""`lantern ask "QUESTION"`: one tutor turn, streamed to stdout."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from engine.errors import LanternError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="ask the tutor one question; the answer streams to stdout")
    p.add_argument("question", help="the question, in quotes")
    p.add_argument("--context", type=Path, metavar="FILE", help="answer only from this text file")
    p.add_argument("--max-tokens", type=int, default=None, help="longest answer, in tokens")
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
    if not question:
        raise LanternError("The question is empty.", hint='Use: lantern ask "What is photosynthesis?"')
    context = _read_context(args.context) if args.context else None
    with AppContext() as ctx:
        s = ctx.settings
        params = GenerationParams(max_tokens=args.max_tokens or s.max_answer_tokens, temperature=s.temperature,
                                  seed=s.seed)
        for chunk in stream_answer(ctx.llm(), question, context=context, params=params):
            if chunk.text:
                sys.stdout.write(chunk.text)
                sys.stdout.flush()
        sys.stdout.write("\n")
    return 0
