"""`lantern learners ...`: learner profiles on this device (add, list, show, set, pin, remove)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from engine.errors import LanternError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("learners", help="learner profiles: add, list, show progress and what to do next")
    lsub = p.add_subparsers(dest="learners_command", metavar="ACTION")

    def profile_options(q: argparse.ArgumentParser, *, defaults: bool) -> None:
        q.add_argument("--grade", default="5" if defaults else None, help="K or 1-12")
        q.add_argument("--language", default="en" if defaults else None,
                       help="en es fr de it pt ru zh ja ko ar hi")
        q.add_argument("--needs", default=None,
                       help="comma-separated: dyslexia,low_vision,adhd,autism,anxiety (empty to clear)")
        q.add_argument("--reading-level", default=None, help="grade-equivalent reading level (K or 1-12)")

    a = lsub.add_parser("add", help="add a learner")
    a.add_argument("name")
    profile_options(a, defaults=True)
    a.add_argument("--pin-stdin", action="store_true", help="read a 4-8 digit PIN from the first line of stdin")
    a.set_defaults(handler=run_add)

    ls = lsub.add_parser("list", help="list learners")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)

    sh = lsub.add_parser("show", help="a learner's profile, mastery per lesson, due reviews and study plan")
    sh.add_argument("name")
    sh.add_argument("--course", default=None, help="only this course")
    sh.add_argument("--pin-stdin", action="store_true", help="read the learner's PIN from stdin")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(handler=run_show)

    st = lsub.add_parser("set", help="change a learner's profile")
    st.add_argument("name")
    st.add_argument("--rename", default=None, help="new name")
    profile_options(st, defaults=False)
    st.set_defaults(handler=run_set)

    pn = lsub.add_parser("pin", help="set a learner's PIN from stdin (an empty line removes it)")
    pn.add_argument("name")
    pn.set_defaults(handler=run_pin)

    rm = lsub.add_parser("remove", help="remove a learner from this device's list")
    rm.add_argument("name")
    rm.set_defaults(handler=run_remove)
    p.set_defaults(handler=lambda args: (p.print_help(), 2)[1])


def _needs(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [n for n in (x.strip() for x in value.split(",")) if n]


def _read_pin() -> str:
    line = sys.stdin.readline()
    return line.strip()


def _profile_dict(p: Any) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "grade": "K" if p.grade == 0 else p.grade, "language": p.language,
            "needs": sorted(p.needs), "reading_level": p.reading_level, "has_pin": p.has_pin}


def run_add(args: argparse.Namespace) -> int:
    from app.context import AppContext

    pin = _read_pin() if args.pin_stdin else None
    if args.pin_stdin and not pin:
        raise LanternError("No PIN was given on stdin.", hint="Pipe it in: echo 2468 | lantern learners add NAME --pin-stdin")
    with AppContext() as ctx:
        p = ctx.learners.create(args.name, grade=args.grade, language=args.language, needs=_needs(args.needs) or [],
                                reading_level=args.reading_level, pin=pin)
    print(f"Added {p.name} ({'K' if p.grade == 0 else 'grade ' + str(p.grade)}, {p.language}"
          f"{', ' + ', '.join(sorted(p.needs)) if p.needs else ''}{', PIN set' if p.has_pin else ''}).")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.context import AppContext

    with AppContext() as ctx:
        rows = [_profile_dict(p) for p in ctx.learners.list()]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif not rows:
        print("No learners yet. Add one: lantern learners add NAME --grade 5")
    else:
        for r in rows:
            needs = f" [{', '.join(r['needs'])}]" if r["needs"] else ""
            print(f"{r['name']}: grade {r['grade']}, {r['language']}{needs}{' (PIN)' if r['has_pin'] else ''}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from app.context import AppContext

    pin = _read_pin() if args.pin_stdin else None
    with AppContext() as ctx:
        from engine.tutor.plan import progress_report

        profile = ctx.learners.sign_in(args.name, pin)
        report = progress_report(ctx.store, profile, course=args.course)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    lp = report["learner"]
    print(f"{lp['name']} (grade {lp['grade']}, {lp['language']})")
    print("Mastery:" if report["mastery"] else "Mastery: no answers yet.")
    for m in report["mastery"]:
        print(f"  {m['skill']}: {m['label']} ({round(m['level'] * 100)}%, {m['answers']} answers)")
    print(f"Reviews due now: {report['reviews_due_now']}")
    for r in report["next_reviews"]:
        print(f"  {r['due']}  {r['question'][:70]}")
    print("What to do next:")
    for i, s in enumerate(report["plan"], 1):
        print(f"  {i}. {s['text']}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    from app.context import AppContext

    with AppContext() as ctx:
        p = ctx.learners.update(args.name, name=args.rename, grade=args.grade, language=args.language,
                                needs=_needs(args.needs), reading_level=args.reading_level)
    print(f"Updated {p.name}.")
    return 0


def run_pin(args: argparse.Namespace) -> int:
    from app.context import AppContext

    pin = _read_pin()
    with AppContext() as ctx:
        ctx.learners.set_pin(args.name, pin or None)
    print("PIN set." if pin else "PIN removed.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from app.context import AppContext

    with AppContext() as ctx:
        ctx.learners.remove(args.name)
    print(f"Removed {args.name}.")
    return 0


def doctor_report(ctx: Any) -> dict[str, Any]:
    """`lantern doctor` section: learners, quiz items by status, pending teacher alerts, safety log."""
    counts = ctx.store.counts()
    s = ctx.settings
    log = s.home / "logs" / "safety.jsonl"
    return {"learners": counts.learners,
            "quiz_items": counts.quiz_items, "quiz_auto_approve": s.quiz_auto_approve,
            "quiz_model_items": s.quiz_model_items, "model_judge": s.tutor_model_judge,
            "teacher_alerts_pending_sync": counts.teacher_alerts_pending_sync,
            "safety_log": str(log), "safety_log_entries": sum(1 for _ in log.open(encoding="utf-8")) if log.exists() else 0}
