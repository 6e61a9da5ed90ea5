"""`lantern ...`: the command line. With no command it opens the window.

Each command group lives in its own module under app/commands and exposes `register(subparsers)`;
its handler gets the parsed args and returns an exit code. Errors Lantern raises on purpose print
one line (what went wrong, what to do) and exit non-zero, never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from engine.errors import Cancelled, LanternError

# Command modules, in the order `lantern --help` lists them.
COMMAND_MODULES = [
    "app.commands.ask",
    "app.commands.library",
    "app.commands.models",
    "app.commands.doctor",
    "app.commands.selftest",
    "app.commands.bench",
    "app.commands.voice",
    "app.commands.sync",
    "app.commands.hub",
    "app.commands.escalation",
    "app.commands.learners",
    "app.commands.quiz",
    "app.commands.teacher",
]

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lantern", description="Lantern: an offline AI tutor. Run with no command to open the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lantern-tutor")
    except PackageNotFoundError:
        return "dev"


def main(argv: list[str] | None = None) -> int:
    # In a frozen bundle, worker processes (hub workers, multiprocessing) re-run this executable; this
    # turns such a child into the worker instead of parsing its arguments as a command.
    import multiprocessing

    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv == ["--kiosk"]:
        from app.gui import run_window

        return run_window(kiosk=bool(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.handler(args) or 0)
    except Cancelled:
        print("lantern: cancelled", file=sys.stderr)
        return EXIT_INTERRUPTED
    except LanternError as exc:
        print(f"lantern: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("lantern: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
