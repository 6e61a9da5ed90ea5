"""`lantern quiz --course X --learner NAME`: take a quiz on stdin/stdout (headless), or manage items.

Answer with the option's letter, number or text. Type `hint` for the next hint (nudge → hint →
worked step → answer), `skip` to skip, `quit` to stop; end an answer with ` !hard` to have it
come back for review even when right. Teachers: `--generate N`, `--list`, `--approve ID...|all`,
`--reject ID...`.

A program driving the quiz (a kiosk's own front end) uses `--events`: one JSON object per line, flushed, as
the quiz goes - `question` (number, id, kind: "choice" | "true_false" | "short", question, choices; a
true_false item's choices are the engine's "True"/"False", the front end words them in the learner's language)
before each answer is read, `reply` (a hint, the kind safety reply or the feelings notice, when the engine
gives it), `graded`, `skipped` (number, id), `stopped` (number, id, reason "quit" | "end_of_input": the
learner quit, or stdin ended, while that question was asked), and last `summary` (what `--json` prints alone
at the end). A LanternError (no such learner, no approved items, the store busy...) ends the events with
`error` (message, hint) - the same one line on stderr and exit code 1 as without `--events`. Nothing else is
written to stdout.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from engine.errors import Cancelled, LanternError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quiz", help="take a quiz from a course (stdin), or generate/approve quiz items")
    p.add_argument("--course", required=True, help="course name or id")
    p.add_argument("--learner", help="who is taking the quiz")
    p.add_argument("--pin-stdin", action="store_true", help="the first stdin line is the learner's PIN")
    p.add_argument("--count", type=int, default=5, help="questions to ask (default 5)")
    p.add_argument("--generate", type=int, metavar="N", help="make N new draft items from the course")
    p.add_argument("--list", action="store_true", help="list the course's items and their status")
    p.add_argument("--status", choices=["draft", "approved", "rejected"], help="with --list: only this status")
    p.add_argument("--approve", nargs="+", metavar="ID", help="approve items (or 'all' drafts)")
    p.add_argument("--reject", nargs="+", metavar="ID", help="reject items")
    p.add_argument("--json", action="store_true", help="print results as JSON")
    p.add_argument("--events", action="store_true",
                   help="taking a quiz: one JSON object per line as it happens "
                        "(question, reply, graded, skipped, stopped, summary; error)")
    p.set_defaults(handler=run)


def _item_dict(i: Any) -> dict[str, Any]:
    return {"id": i.id, "status": i.status, "kind": i.kind, "question": i.question, "choices": list(i.choices),
            "answer": i.answer, "skill": i.skill, "citation": i.citation, "origin": i.origin}


def _manage(ctx: Any, args: argparse.Namespace) -> int:
    from engine.tutor.quizbank import find_course

    bank = ctx.quiz_bank
    course = find_course(ctx.store, args.course)
    s = ctx.settings
    out: dict[str, Any] = {}
    if args.generate:
        llm = ctx.llm() if s.quiz_model_items > 0 else None
        saved, gen = bank.generate(args.course, llm=llm, n_items=args.generate, auto_approve=s.quiz_auto_approve,
                                   max_model_items=s.quiz_model_items)
        out["generated"] = {"saved": len(saved), "model_attempts": gen.model_attempts, "model_chunks": gen.model_chunks,
                            "model_valid": gen.model_valid,
                            "seconds": round(gen.seconds, 2), "status": "approved" if s.quiz_auto_approve else "draft"}
        if not args.json:
            print(f"Made {len(saved)} items ({gen.model_valid} of {gen.model_chunks} asked of the model, the rest "
                  f"cloze), status: {out['generated']['status']}.")
    if args.approve:
        ids = ([i.id for i in bank.items(course["id"], status="draft")] if args.approve == ["all"] else args.approve)
        n = bank.set_status(ids, "approved")
        out["approved"] = n
        if not args.json:
            print(f"Approved {n} items.")
    if args.reject:
        n = bank.set_status(args.reject, "rejected")
        out["rejected"] = n
        if not args.json:
            print(f"Rejected {n} items.")
    if args.list:
        items = bank.items(course["id"], status=args.status)
        out["items"] = [_item_dict(i) for i in items]
        if not args.json:
            for i in items:
                print(f"{i.id}  [{i.status}] ({i.kind}) {i.question}\n    answer: {i.answer}   source: {i.citation}")
            if not items:
                print("No items.")
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


def _ask(prompt: str) -> str | None:
    sys.stdout.write(prompt)
    sys.stdout.flush()
    line = sys.stdin.readline()
    return None if line == "" else line.rstrip("\n")


def _print_event(kind: str, body: dict[str, Any]) -> None:
    """One line of JSON, flushed, as it happens (a front end shows it before reading on)."""
    print(json.dumps({"event": kind, **body}, ensure_ascii=False), flush=True)


def run(args: argparse.Namespace) -> int:
    if not args.events:
        return _run(args)
    args.json = True               # nothing for people on stdout: the events are the whole output
    try:
        return _run(args)
    except Cancelled:
        raise                      # a cancel is not an error (app/cli.py reports it)
    except LanternError as exc:
        # The front end reads only stdout: without this its stream just ends. app/cli.py still writes the
        # one line on stderr and exits 1.
        _print_event("error", {"message": exc.message, "hint": exc.hint})
        raise


def _run(args: argparse.Namespace) -> int:
    from app.context import AppContext

    if args.count < 1:
        raise LanternError("--count must be at least 1.", hint="Use e.g. --count 5.")
    with AppContext() as ctx:
        if args.generate or args.list or args.approve or args.reject:
            return _manage(ctx, args)
        if not args.learner:
            raise LanternError("Who is taking the quiz?", hint="Add --learner NAME (see: lantern learners list).")
        pin = sys.stdin.readline().strip() if args.pin_stdin else None
        profile = ctx.learners.sign_in(args.learner, pin)
        return _take_quiz(ctx, profile, args)


def _take_quiz(ctx: Any, profile: Any, args: argparse.Namespace) -> int:
    from engine.tutor.plan import study_plan
    from engine.tutor.progress import due_reviews, mastery_of
    from engine.tutor.quizbank import course_chunks
    from engine.tutor.session import open_quiz_session

    s = ctx.settings
    turns = ctx.turns
    # What the learner is told besides the grades (hints, the kind safety reply, the feelings notice):
    # printed, or in JSON mode (which prints only the final summary) listed in the summary's "replies".
    replies: list[dict[str, Any]] = []

    def event(kind: str, body: dict[str, Any]) -> None:
        if args.events:
            _print_event(kind, body)

    def say(number: int, item: Any, kind: str, text: str, **about: Any) -> None:
        """`kind`: "hint" (with `rung`), "safety" (with `category`, `alert`) or "feeling" (with `alert`)."""
        replies.append({"number": number, "question": item.question, "kind": kind, "text": text, **about})
        event("reply", replies[-1])
        if not args.json:
            print(f"[{about['rung']}] {text}" if kind == "hint" else text)

    bank = ctx.quiz_bank
    llm_for_items = ctx.llm() if s.quiz_model_items > 0 and not bank.items(
        _course_id(ctx, args.course), status=None) else None
    bank.ensure(args.course, llm=llm_for_items, n_items=s.quiz_batch_size, auto_approve=s.quiz_auto_approve,
                max_model_items=s.quiz_model_items)
    session = open_quiz_session(ctx.store, profile, args.course, llm=ctx.llm, model_judge_on=s.tutor_model_judge)
    if not session.items():
        drafts = bank.items(session.course["id"], status="draft")
        raise LanternError(f"The course {session.course['name']!r} has no approved quiz items yet"
                           f" ({len(drafts)} drafts wait for a teacher).",
                           hint=f"A teacher approves them with: lantern quiz --course \"{session.course['name']}\" "
                                "--list, then --approve ID... (or all)")
    before = {m.skill: m.level for m in mastery_of(ctx.store, profile.id)}
    style = session.style
    results: list[dict[str, Any]] = []
    quit_now = False
    for n in range(1, args.count + 1):
        item = session.next_item()
        if item is None or quit_now:
            break
        event("question", {"number": n, "id": item.id, "kind": item.kind, "question": item.question,
                           "choices": list(item.choices)})
        if not args.json:
            print(f"\nQuestion {n}: {item.question}")
            for i, c in enumerate(item.choices):
                print(f"  {'abcdef'[i]}) {c}")
        level = 0
        started = time.monotonic()
        while True:
            line = _ask("Your answer (or 'hint'): " if not args.json else "")
            if line is None or line.strip().lower() in ("quit", "exit", "q"):
                quit_now = True
                event("stopped", {"number": n, "id": item.id, "reason": "end_of_input" if line is None else "quit"})
                break
            text = line.strip()
            if not text or text.lower() == "skip":
                event("skipped", {"number": n, "id": item.id})
                break
            hard = text.endswith("!hard")
            answer = text.removesuffix("!hard").strip()
            if answer.lower() in ("hint", "?", "help"):
                rung = turns.quiz_hint(item, level)
                say(n, item, "hint", rung.text, rung=rung.name)
                level += 1
                continue
            # Safety and feelings first (engine/turn): a worrying message is never just graded wrong.
            # `level` rungs were shown; the engine marks the item hard when one gave the answer away.
            turn = turns.quiz_answer(session, item, answer, marked_hard=hard, hints_shown=level,
                                     duration_ms=int((time.monotonic() - started) * 1000))
            if turn.safety is not None:
                say(n, item, "safety", turn.safety.text, category=turn.safety.category, alert=turn.alert)
                continue
            if turn.notice is not None:
                say(n, item, "feeling", turn.notice.text, alert=turn.alert)
                rung = turns.quiz_hint(item, level)   # slow down: the next small step instead of a grade
                say(n, item, "hint", rung.text, rung=rung.name)
                level += 1
                continue
            fb = turn.feedback
            results.append({"question": item.question, "answer": answer, "correct": fb.correct,
                            "expected": item.answer, "citation": item.citation, "hints_used": level,
                            "mastery": round(fb.result.mastery_after, 3),
                            "review_due": fb.result.review_due.isoformat(timespec="minutes") if fb.result.review_due else None})
            event("graded", {"number": n, **results[-1], "message": fb.message})
            if not args.json:
                print(fb.message)
                if fb.result.review_due:
                    print(f"This question comes back for review at {fb.result.review_due:%Y-%m-%d %H:%M} UTC.")
            break
    after = mastery_of(ctx.store, profile.id)
    lessons = list(dict.fromkeys(c.skill for c in course_chunks(ctx.store, session.course["id"]) if c.skill))
    plan = study_plan(after, due_reviews(ctx.store, profile.id), lessons, one_step=style.one_step)
    summary = {"learner": profile.name, "course": session.course["name"], "asked": len(results),
               "correct": sum(r["correct"] for r in results), "results": results,
               "mastery": [{"skill": m.skill, "before": round(before.get(m.skill, 0.0), 3), "after": round(m.level, 3),
                            "label": m.label} for m in after],
               "plan": [p.text for p in plan], "replies": replies}
    if args.events:
        event("summary", summary)
        return 0
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0
    print(f"\nYou answered {summary['correct']} of {summary['asked']} correctly.")
    for m in summary["mastery"]:
        print(f"  {m['skill']}: {m['label']} ({round(m['before'] * 100)}% → {round(m['after'] * 100)}%)")
    print("What to do next:")
    for i, t in enumerate(summary["plan"], 1):
        print(f"  {i}. {t}")
    return 0


def _course_id(ctx: Any, course: str) -> str:
    from engine.tutor.quizbank import find_course

    return find_course(ctx.store, course)["id"]
