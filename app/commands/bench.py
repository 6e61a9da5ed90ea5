"""`lantern bench NAME [--json]`: run a benchmark from bench/ and print its JSON."""
from __future__ import annotations

import argparse
import importlib
import json

# name -> module with `run(quick: bool) -> dict`
BENCHES = {
    "retrieval": "bench.retrieval",
    "llm": "bench.llm",
    "voice": "bench.voice",
    "sync": "bench.sync",
    "escalation": "bench.escalation",
    "tutor": "bench.tutor",
    "safety": "bench.safety",
    "answers": "bench.answers",
    "turn": "bench.turn",
    "teacher": "bench.teacher",
    "ui": "bench.ui",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure speed and quality; prints JSON")
    p.add_argument("name", choices=sorted(BENCHES))
    p.add_argument("--json", action="store_true", help="print JSON only (the default output is JSON too)")
    p.add_argument("--quick", action="store_true", help="fewer rounds, for a smoke test")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.context import quiet_environment

    quiet_environment()
    result = importlib.import_module(BENCHES[args.name]).run(quick=args.quick)
    print(json.dumps(result, indent=2))
    return 0
