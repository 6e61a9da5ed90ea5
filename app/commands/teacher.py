"""`lantern teacher ...`: the teacher's workspace, headless. Thin over engine/teacher.

    lantern teacher outline show|rebuild|publish|rename|move|rename-unit|move-unit --course C
    lantern teacher quiz list|generate|edit|add|approve|reject --course C
    lantern teacher check --course C [--grade N]
    lantern teacher simplify make CHUNK --grade N [--dyslexia] | list | approve DRAFT [--force]
    lantern teacher class --course C [--csv FILE] [--difficult] [--hub]
    lantern teacher hub-login --class 5B   (the teacher token is read from stdin; kept in the keyring)
    lantern teacher alerts list [--unread] | ack EVENT [--note TEXT]
    lantern teacher questions list | answer ID TEXT | cloud ID | material ID [--note TEXT]
    lantern teacher worksheet --course C [--lesson L] [--large-print] [--no-key] -o OUT.pdf

Every command takes `--json` for scripts.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

JOURNAL_FILE = "escalation.sqlite"     # the escalation service's journal in the data folder (app/context.py)


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON")


def _course(p: argparse.ArgumentParser) -> None:
    p.add_argument("--course", required=True, help="course name or id")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("teacher", help="teacher workspace: outline, quiz review, material check, easier reading, "
                                       "class view, alerts, open questions")
    tsub = p.add_subparsers(dest="teacher_command", metavar="AREA")
    p.set_defaults(handler=lambda args: (p.print_help(), 2)[1])

    o = tsub.add_parser("outline", help="the course's learning path: show, rebuild, edit, publish")
    o.add_argument("action", choices=["show", "rebuild", "publish", "rename", "move", "rename-unit", "move-unit"])
    _course(o)
    o.add_argument("--id", help="lesson id (rename, move) or unit id (rename-unit, move-unit); a 6+ character prefix")
    o.add_argument("--title", help="new title (rename, rename-unit)")
    o.add_argument("--position", type=int, help="new place, 1 = first (move, move-unit)")
    o.add_argument("--unit", help="move: into this unit")
    o.add_argument("--published", action="store_true", help="show: the published path instead of the draft")
    _json_flag(o)
    o.set_defaults(handler=run_outline)

    q = tsub.add_parser("quiz", help="review the quiz bank: list, generate, edit, add, approve, reject")
    q.add_argument("action", choices=["list", "generate", "edit", "add", "approve", "reject"])
    _course(q)
    q.add_argument("--ids", nargs="+", default=[], metavar="ID", help="item ids (edit: one; approve: ids or 'all')")
    q.add_argument("--status", choices=["draft", "approved", "rejected"], help="list: only this status")
    q.add_argument("--count", type=int, default=10, help="generate: how many items (default 10)")
    q.add_argument("--question")
    q.add_argument("--answer")
    q.add_argument("--choices", help="options separated by '|'")
    q.add_argument("--kind", default="short", choices=["short", "choice", "true_false"], help="add: the kind")
    q.add_argument("--chunk", type=int, help="add: the passage id the question is about")
    _json_flag(q)
    q.set_defaults(handler=run_quiz)

    c = tsub.add_parser("check", help="material check: duplicates, too-hard passages, lessons without "
                                      "questions, questions the material does not cover")
    _course(c)
    c.add_argument("--grade", type=int, help="the class's grade (default: the learners' median)")
    _json_flag(c)
    c.set_defaults(handler=run_check)

    s = tsub.add_parser("simplify", help="easier versions of a passage for a grade (drafts the teacher approves)")
    s.add_argument("action", choices=["make", "list", "approve"])
    s.add_argument("ref", nargs="?", help="make: passage (chunk) id; approve: draft id")
    s.add_argument("--grade", type=int, help="make: target grade (0-12)")
    s.add_argument("--dyslexia", action="store_true", help="make: shorter sentences, one per line")
    s.add_argument("--model", action="store_true", help="make: let the app's model rewrite it first (instruct "
                                                         "models only; kept only if every fact survives)")
    s.add_argument("--force", action="store_true", help="approve even though facts were lost")
    _json_flag(s)
    s.set_defaults(handler=run_simplify)

    v = tsub.add_parser("class", help="class view: per learner and lesson; difficult questions; CSV export")
    _course(v)
    v.add_argument("--csv", type=Path, help="write the rows to this CSV file")
    v.add_argument("--difficult", action="store_true", help="the questions most learners miss")
    v.add_argument("--hub", action="store_true", help="every kiosk of the class, from the school hub (after "
                                                      "'lantern teacher hub-login'); this kiosk's numbers if not")
    _json_flag(v)
    v.set_defaults(handler=run_class)

    h = tsub.add_parser("hub-login", help="keep the teacher's hub token (from stdin) in the keyring for the "
                                          "class view from the hub")
    h.add_argument("--class", dest="class_ref", required=True, help="the class name or id on the hub")
    _json_flag(h)
    h.set_defaults(handler=run_hub_login)

    a = tsub.add_parser("alerts", help="alerts inbox: list, acknowledge with a note")
    a.add_argument("action", choices=["list", "ack"])
    a.add_argument("event", nargs="?", help="ack: the alert's id")
    a.add_argument("--note", default="", help="ack: what you did")
    a.add_argument("--unread", action="store_true", help="list: only alerts not acknowledged")
    _json_flag(a)
    a.set_defaults(handler=run_alerts)

    qs = tsub.add_parser("questions", help="open questions: list, answer yourself, approve for the cloud, "
                                           "mark 'add material'")
    qs.add_argument("action", choices=["list", "answer", "cloud", "material"])
    qs.add_argument("id", nargs="?", help="the question's id")
    qs.add_argument("text", nargs="?", help="answer: your answer")
    qs.add_argument("--note", default="", help="material: what to add")
    _json_flag(qs)
    qs.set_defaults(handler=run_questions)

    w = tsub.add_parser("worksheet", help="a printable PDF of a lesson's approved quiz with an answer key")
    _course(w)
    w.add_argument("--lesson", help="lesson id (from the outline) or title; default: the whole course")
    w.add_argument("--large-print", action="store_true", help="bigger type and more space")
    w.add_argument("--no-key", action="store_true", help="leave out the answer key page")
    w.add_argument("--font", type=Path, help="a TrueType font for scripts outside Latin-1")
    w.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    _json_flag(w)
    w.set_defaults(handler=run_worksheet)


def _context(fn: Callable[[Any, argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from app.context import AppContext

        with AppContext() as ctx:
            return fn(ctx, args)
    return run


def _need(value: Any, what: str) -> Any:
    from engine.errors import LanternError

    if value is None or value == [] or value == "":
        raise LanternError(f"This action needs {what}.", hint="See: lantern teacher --help")
    return value


def _print(args: argparse.Namespace, data: Any, lines: list[str]) -> int:
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print("\n".join(lines))
    return 0


# -- outline ----------------------------------------------------------------------------------
@_context
def run_outline(ctx: Any, args: argparse.Namespace) -> int:
    from engine.teacher.outline import OutlineBook, order_warnings

    book = OutlineBook(ctx.store)
    act = args.action
    if act == "show":
        outline = book.published(args.course) if args.published else book.draft(args.course)
    elif act == "rebuild":
        outline = book.rebuild(args.course)
    elif act == "publish":
        outline = book.publish(args.course)
    elif act == "rename":
        outline = book.rename_lesson(args.course, _need(args.id, "--id"), _need(args.title, "--title"))
    elif act == "rename-unit":
        outline = book.rename_unit(args.course, _need(args.id, "--id"), _need(args.title, "--title"))
    elif act == "move":
        outline = book.move_lesson(args.course, _need(args.id, "--id"), _need(args.position, "--position") - 1,
                                   unit_id=args.unit)
    else:
        outline = book.move_unit(args.course, _need(args.id, "--id"), _need(args.position, "--position") - 1)
    if outline is None:
        return _print(args, None, ["This course has no published path yet: lantern teacher outline publish"])
    warnings = order_warnings(outline)
    lines = [f"{outline.course_name}{' (published)' if act == 'publish' else ''}"]
    for u in outline.units:
        lines.append(f"  Unit {u.id[:8]}  {u.title}")
        for k, lesson in enumerate(u.lessons, start=1):
            lines.append(f"    {k}. {lesson.id[:8]}  {lesson.title}  — {lesson.reason}")
            if lesson.defines:
                lines.append(f"         key terms: {', '.join(lesson.defines)}")
    lines += [f"  note: {n}" for n in outline.notes] + [f"  warning: {w}" for w in warnings]
    return _print(args, {**outline.to_json(), "warnings": warnings}, lines)


# -- quiz -------------------------------------------------------------------------------------
@_context
def run_quiz(ctx: Any, args: argparse.Namespace) -> int:
    from engine.teacher import quiz_review as qr

    store, act = ctx.store, args.action
    if act == "list":
        items = qr.review_items(store, args.course, status=args.status)
        lines = []
        for r in items:
            i = r.item
            marked = r.passage
            if r.highlight:
                a, b = r.highlight
                marked = f"{r.passage[:a]}[[{r.passage[a:b]}]]{r.passage[b:]}"
            lines += [f"{i.id}  [{i.status}] ({i.kind}) {i.question}", f"    answer: {i.answer}"
                      + (f"   options: {' | '.join(i.choices)}" if i.choices else ""),
                      f"    passage {i.chunk_id} ({i.citation}): {' '.join(marked.split())}"]
        return _print(args, [r.to_json() for r in items], lines or ["No items."])
    if act == "generate":
        s = ctx.settings
        llm = ctx.llm() if s.quiz_model_items > 0 else None

        def progress(p: qr.GenerationProgress) -> None:
            print(f"lesson {p.done}/{p.total} ({p.lesson}): {p.saved} items so far", file=sys.stderr)

        saved = qr.generate_items(store, args.course, llm=llm, n_items=args.count, max_model_items=s.quiz_model_items,
                                  auto_approve=s.quiz_auto_approve, progress=progress, bank=ctx.quiz_bank)
        return _print(args, {"saved": len(saved), "ids": [i.id for i in saved]}, [f"Made {len(saved)} items."])
    if act == "edit":
        ids = _need(args.ids, "an item id")
        item = qr.edit_item(store, ids[0], question=args.question, answer=args.answer,
                            choices=args.choices.split("|") if args.choices else None)
        return _print(args, {"id": item.id, "status": item.status, "question": item.question},
                      [f"Saved {item.id} (draft again until approved)."])
    if act == "add":
        item = qr.add_item(store, args.course, chunk_id=_need(args.chunk, "--chunk"),
                           question=_need(args.question, "--question"), answer=_need(args.answer, "--answer"),
                           kind=args.kind, choices=args.choices.split("|") if args.choices else ())
        return _print(args, {"id": item.id, "status": item.status}, [f"Added {item.id} (draft)."])
    ids = _need(args.ids, "item ids")
    if act == "approve":
        n = qr.approve_all_drafts(store, args.course) if ids == ["all"] else qr.approve(store, ids)
        return _print(args, {"approved": n}, [f"Approved {n} items."])
    n = qr.reject(store, ids)
    return _print(args, {"rejected": n}, [f"Rejected {n} items."])


# -- material check ---------------------------------------------------------------------------
@_context
def run_check(ctx: Any, args: argparse.Namespace) -> int:
    from engine.escalation.journal import EscalationJournal
    from engine.teacher.check import check_course

    with EscalationJournal(ctx.settings.home / JOURNAL_FILE) as journal:
        findings = check_course(ctx.store, args.course, grade=args.grade, journal=journal)
    lines = [f"[{f.severity}] {f.kind}: {f.message}\n    → {f.action_text}" for f in findings]
    return _print(args, [f.to_json() for f in findings], lines or ["No problems found."])


# -- differentiated reading -------------------------------------------------------------------
@_context
def run_simplify(ctx: Any, args: argparse.Namespace) -> int:
    from engine.teacher.simplify import approve_reading, reading_drafts, simplify_chunk

    if args.action == "list":
        drafts = reading_drafts(ctx.store)
        lines = [f"{d.id}  [{d.status}] passage {d.chunk_id}, grade {d.target_grade}"
                 f"{' (dyslexia)' if d.dyslexia else ''}: {d.before.get('grade')} -> {d.after.get('grade')}"
                 for d in drafts]
        return _print(args, [d.to_json() for d in drafts], lines or ["No reading drafts."])
    if args.action == "approve":
        d = approve_reading(ctx.store, _need(args.ref, "a draft id"), force=args.force)
        return _print(args, d.to_json(), [f"Approved {d.id}: learners of grade {d.target_grade} now see it."])
    d = simplify_chunk(ctx.store, int(_need(args.ref, "a passage id")), grade=_need(args.grade, "--grade"),
                       dyslexia=args.dyslexia, llm=ctx.llm() if args.model else None)
    lines = [d.simplified, ""]
    if d.glossary:
        lines += ["Words to know:"] + [f"  {t}: {s}" for t, s in d.glossary] + [""]
    lines += [f"Made by: {d.after.get('method', 'rules')}", f"Reading: {json.dumps(d.before)} -> {json.dumps(d.after)}",
              "Facts kept." if not d.missing_facts else f"Facts missing: {', '.join(d.missing_facts)}",
              f"Draft {d.id}: approve with: lantern teacher simplify approve {d.id}"]
    return _print(args, d.to_json(), lines)


# -- class view ---------------------------------------------------------------------------------
@_context
def run_class(ctx: Any, args: argparse.Namespace) -> int:
    from app.teacher_gui import TeacherCalls
    from engine.teacher.classview import class_csv

    view = TeacherCalls(ctx).class_view(args.course, "hub" if args.hub else "kiosk")
    if view["problem"]:
        print(f"Hub class view not available ({view['problem']}): this kiosk's numbers.", file=sys.stderr)
    if args.difficult:
        hard = view["difficult"]
        return _print(args, [h.__dict__ for h in hard],
                      [f"{round(h.miss_rate * 100)}% missed ({h.learners_missed}/{h.learners_answered})  {h.question}"
                       for h in hard] or ["No question is missed by most learners."])
    rows = view["rows"]
    if args.csv:
        args.csv.write_text(class_csv(rows), encoding="utf-8")
    lines = [f"{r.learner:<16} {r.lesson[:30]:<30} {r.attempts:>3} tried {r.correct:>3} right  {r.mastery_label:<12}"
             f" {r.due_reviews} due  {r.time_spent_s:.0f}s  last {r.last_activity or '-'}" for r in rows]
    return _print(args, [r.__dict__ for r in rows], lines or ["No learners or no approved questions yet."])


@_context
def run_hub_login(ctx: Any, args: argparse.Namespace) -> int:
    from app.teacher_gui import TeacherCalls

    token = sys.stdin.readline().strip()
    where = TeacherCalls(ctx).hub_sign_in(token, args.class_ref)
    return _print(args, {"class": args.class_ref, "token_storage": where},
                  [f"Teacher token kept ({where}); class {args.class_ref}. See it with: lantern teacher class --hub"])


# -- alerts -----------------------------------------------------------------------------------
@_context
def run_alerts(ctx: Any, args: argparse.Namespace) -> int:
    from engine.teacher.alerts import acknowledge, alerts, unread_count

    if args.action == "ack":
        a = acknowledge(ctx.store, _need(args.event, "an alert id"), note=args.note)
        return _print(args, a.to_json(), [f"Acknowledged {a.event_id}."])
    found = alerts(ctx.store, unread_only=args.unread)
    lines = [f"{a.event_id}  {a.at}  {a.learner or 'guest'}  {a.category}"
             f"{'  (seen: ' + a.note + ')' if a.acknowledged_at else '  NEW'}" for a in found]
    return _print(args, {"unread": unread_count(ctx.store), "alerts": [a.to_json() for a in found]},
                  lines or ["No alerts."])


# -- open questions ---------------------------------------------------------------------------
# OpenQuestion.status in words for the list (--json keeps the status itself).
_QUESTION_STATES = {"open": "open", "add_material": "material to add", "pending_approval": "waiting for your approval",
                    "ready": "saved for the cloud tutor", "not_sendable": "too long for the cloud tutor"}


def _question_state(q: Any) -> str:
    state = _QUESTION_STATES.get(q.status, q.status.replace("_", " "))
    return f"{state}: {q.note}" if q.status == "add_material" and q.note else state


@_context
def run_questions(ctx: Any, args: argparse.Namespace) -> int:
    from engine.escalation.journal import EscalationJournal
    from engine.teacher import questions as oq

    with EscalationJournal(ctx.settings.home / JOURNAL_FILE) as journal:
        if args.action == "list":
            found = oq.open_questions(ctx.store, journal=journal)
            return _print(args, [q.to_json() for q in found],
                          [f"{q.id}  [{_question_state(q)}] {q.learner_name or 'guest'}: {q.question}" for q in found]
                          or ["No open questions."])
        qid = _need(args.id, "a question id")
        if args.action == "answer":
            conv = oq.answer_yourself(ctx.store, qid, _need(args.text, "your answer"), journal=journal)
            return _print(args, {"conversation_id": conv}, ["Answered: it is in the learner's history now."])
        if args.action == "cloud":
            saved = oq.approve_for_cloud(ctx.store, qid, journal=journal)
            return _print(args, {"saved_id": saved.id, "status": saved.status},
                          ["Approved for the cloud tutor: it is asked when the hub is reachable."])
        q = oq.mark_add_material(ctx.store, qid, note=args.note, journal=journal)
        return _print(args, q.to_json(), ["Marked: the material check lists it until material is added."])


# -- worksheet --------------------------------------------------------------------------------
@_context
def run_worksheet(ctx: Any, args: argparse.Namespace) -> int:
    from engine.teacher.material import course_row
    from engine.teacher.worksheet import lesson_items, render_worksheet

    c = course_row(ctx.store, args.course)
    items = lesson_items(ctx.store, args.course, args.lesson)
    title = items[0].skill if args.lesson and items[0].skill else c["name"]
    pdf = render_worksheet(title or c["name"], items, large_print=args.large_print, answer_key=not args.no_key,
                           language=c["language"] or "en", font_path=args.font)
    args.output.write_bytes(pdf)
    return _print(args, {"path": str(args.output), "questions": len(items), "bytes": len(pdf)},
                  [f"Wrote {args.output} ({len(items)} questions)."])
