"""`lantern cloud ...`: cloud escalation — on a device (status, ask, saved questions, decisions) and,
on the hub, the admin's providers, school policies and spending (`lantern cloud providers ...`)."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from engine.errors import LanternError

if TYPE_CHECKING:
    from engine.escalation.queue import SendReport


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cloud", help="hard questions to the school's cloud model through the hub")
    cs = p.add_subparsers(dest="cloud_command", metavar="ACTION")

    s = cs.add_parser("status", help="can this device escalate now? (checks the hub once)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=_status)

    a = cs.add_parser("ask", help="answer one question, locally or through the cloud, and say why")
    a.add_argument("question")
    a.add_argument("--deeper", action="store_true", help='as if the learner pressed "Ask for a deeper answer"')
    a.add_argument("--context", type=Path, metavar="FILE", help="course text the answer should come from")
    a.add_argument("--learner", help="learner id (for the record)")
    a.set_defaults(handler=_ask)

    sv = cs.add_parser("save", help="keep a question for the cloud; it is sent when the hub is reachable")
    sv.add_argument("question")
    sv.add_argument("--learner", help="learner id whose history gets the answer")
    sv.set_defaults(handler=_save)

    q = cs.add_parser("queue", help="saved questions: list, approve, reject, send")
    qs = q.add_subparsers(dest="queue_command", metavar="ACTION")
    ql = qs.add_parser("list", help="saved questions and their state")
    ql.add_argument("--json", action="store_true")
    ql.set_defaults(handler=_queue_list)
    for name, helptext in (("approve", "a teacher approves a saved question"), ("reject", "a teacher declines it")):
        x = qs.add_parser(name, help=helptext)
        x.add_argument("id", help="the id (or its first characters) from 'lantern cloud queue list'")
        x.add_argument("--by", default="teacher", help="who approved")
        x.set_defaults(handler=_queue_decide, decision=name)
    qsend = qs.add_parser("send", help="send approved questions now (needs the hub)")
    qsend.add_argument("--json", action="store_true")
    qsend.set_defaults(handler=_queue_send)

    d = cs.add_parser("decisions", help="recent local/cloud decisions and why")
    d.add_argument("--limit", type=int, default=20)
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=_decisions)

    # -- hub admin (run on the hub machine; talks to the hub database) ----------------------------
    pr = cs.add_parser("providers", help="(hub admin) upstream cloud providers in fallback order")
    pr.add_argument("--database-url", help="hub database (default: LANTERN_HUB_DATABASE_URL or the hub's default)")
    ps = pr.add_subparsers(dest="providers_command", metavar="ACTION")
    add = ps.add_parser("add", help="add or update an OpenAI-compatible provider")
    add.add_argument("name")
    add.add_argument("--base-url", required=True, help="e.g. https://api.openai.com/v1 or http://gpu-box:8000/v1")
    add.add_argument("--model", required=True, help="the provider's model name")
    add.add_argument("--key-env", metavar="VAR", help="read the API key from this environment variable")
    add.add_argument("--key-stdin", action="store_true", help="read the API key from standard input")
    add.add_argument("--position", type=int, default=0, help="fallback order, lowest first")
    add.add_argument("--timeout", type=float, default=30.0, help="seconds per attempt")
    add.add_argument("--retries", type=int, default=2, help="retries after a failed attempt")
    add.add_argument("--price-prompt", type=float, default=0.0, help="cost per 1000 prompt tokens")
    add.add_argument("--price-completion", type=float, default=0.0, help="cost per 1000 completion tokens")
    add.add_argument("--disabled", action="store_true")
    add.set_defaults(handler=_providers_add)
    ls = ps.add_parser("list", help="providers (keys never shown)")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_providers_list)
    rm = ps.add_parser("remove", help="remove a provider")
    rm.add_argument("name")
    rm.set_defaults(handler=_providers_remove)
    rb = ps.add_parser("reset-breaker", help="close a provider's circuit breaker (running hubs pick it up)")
    rb.add_argument("name")
    rb.set_defaults(handler=_providers_reset)

    po = cs.add_parser("policy", help="(hub admin) a school's escalation policy and daily cap")
    po.add_argument("school_id")
    po.add_argument("--database-url")
    po.add_argument("--deny", action="store_true", help="turn cloud answers off for this school")
    po.add_argument("--require-approval", action="store_true", help="saved questions need a teacher's approval")
    po.add_argument("--daily-cap", type=float, help="daily spending cap (price table units)")
    po.set_defaults(handler=_policy)

    us = cs.add_parser("usage", help="(hub admin) a school's cloud use today")
    us.add_argument("school_id")
    us.add_argument("--database-url")
    us.set_defaults(handler=_usage)
    p.set_defaults(handler=lambda _a: (p.print_help(), 2)[1])


# -- device ------------------------------------------------------------------------------------
def _service() -> Any:
    from app.context import AppContext

    return AppContext()


def _status(args: argparse.Namespace) -> int:
    from engine.escalation.journal import STATUSES

    with _service() as ctx:
        esc = ctx.escalation
        state = esc.monitor.check_now()
        out = {"hub": esc.client.base_url, "online": state.online,
               "problem": state.problem, "status": state.status.__dict__ if state.status else None,
               "cloud_possible": esc.router.gate() is None, "why_not": esc.router.gate(),
               "saved_questions": {k: len(esc.journal.queued(status=k)) for k in STATUSES}}
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        from engine.escalation.router import FALLBACK_TEXT

        print(f"hub: {out['hub'] or 'not enrolled'}")
        why_not = FALLBACK_TEXT.get(out["why_not"], out["why_not"])
        print("cloud answers: " + ("available" if out["cloud_possible"] else f"not now ({why_not})"))
        print("saved questions: " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in out["saved_questions"].items()))
    return 0


def _ask(args: argparse.Namespace) -> int:
    from engine.escalation.router import Turn

    question = args.question.strip()
    if not question:
        raise LanternError("The question is empty.", hint='Use: lantern cloud ask "Why is the sky blue?"')
    material = None
    if args.context:
        try:
            material = args.context.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LanternError(f"Cannot read {args.context}: {exc}.", hint="Pass a UTF-8 text file.") from exc
    with _service() as ctx:
        esc = ctx.escalation
        esc.monitor.check_now()     # a CLI has no background monitor yet
        decision = None
        for chunk in esc.router.answer(Turn(question, material=material, searched_material=args.context is not None,
                                            deeper=args.deeper, learner_id=args.learner)):
            sys.stdout.write(chunk.text)
            sys.stdout.flush()
            decision = chunk.decision or decision
        sys.stdout.write("\n")
        if decision is not None:
            print(f"[{decision.route}] {decision.explanation}", file=sys.stderr)
            if decision.note:
                print(decision.note, file=sys.stderr)
    return 0


def _save(args: argparse.Namespace) -> int:
    with _service() as ctx:
        esc = ctx.escalation
        esc.monitor.check_now()
        q = esc.saved.save(args.question, learner_id=args.learner)
        print(f"saved {q.id[:8]} ({q.status.replace('_', ' ')})")
        if q.status == "ready" and esc.monitor.state.online:
            report = esc.send_saved()
            print(f"sent: {report.answered} answered, {report.failed} failed, {report.not_sendable} not sendable")
            _explain_not_sendable(report)
    return 0


def _queue_list(args: argparse.Namespace) -> int:
    with _service() as ctx:
        items = ctx.escalation.journal.queued()
    if args.json:
        print(json.dumps([q.__dict__ for q in items], indent=2, default=str))
        return 0
    if not items:
        print("no saved questions")
    for q in items:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(q.created_at))
        print(f"{q.id[:8]}  {q.status:<16} {when}  {q.question[:60]}")
    return 0


def _find(journal: Any, prefix: str) -> str:
    matches = [q.id for q in journal.queued() if q.id.startswith(prefix.strip())]
    if len(matches) != 1:
        raise LanternError(f"{'No' if not matches else 'More than one'} saved question matches {prefix!r}.",
                           hint="Use more characters of the id from 'lantern cloud queue list'.")
    return matches[0]


def _queue_decide(args: argparse.Namespace) -> int:
    with _service() as ctx:
        j = ctx.escalation.journal
        qid = _find(j, args.id)
        q = j.approve(qid, by=args.by) if args.decision == "approve" else j.reject(qid, by=args.by)
        print(f"{q.id[:8]} {q.status.replace('_', ' ')}")
    return 0


def _queue_send(args: argparse.Namespace) -> int:
    with _service() as ctx:
        esc = ctx.escalation
        esc.monitor.check_now()     # finding the hub online starts the service's own flush: this waits for it
        r = esc.send_saved()
    if args.json:
        print(json.dumps({"answered": r.answered, "failed": r.failed, "not_sendable": r.not_sendable,
                          "waiting_for_approval": r.waiting_for_approval, "stopped_because": r.stopped_because},
                         indent=2))
    else:
        print(f"answered {r.answered}, failed {r.failed}, not sendable {r.not_sendable}, "
              f"waiting for approval {r.waiting_for_approval}"
              + (f" (stopped: {r.stopped_because})" if r.stopped_because else ""))
    _explain_not_sendable(r)
    return 0 if r.stopped_because is None else 1


def _explain_not_sendable(report: SendReport) -> None:
    """For the adult running the send (on standard error, beside --json too): questions given up on for good."""
    if report.not_sendable:
        print(f"{report.not_sendable} saved question(s) too long for the hub will not be sent; their learners were "
              "told in their history. See them with 'lantern cloud queue list' (status not_sendable).",
              file=sys.stderr)


def _decisions(args: argparse.Namespace) -> int:
    with _service() as ctx:
        rows = ctx.escalation.journal.decisions(limit=args.limit)
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], indent=2))
        return 0
    for r in rows:
        when = time.strftime("%H:%M:%S", time.localtime(r.at))
        print(f"{when}  {r.route:<5}  {r.reason:<16}  {r.explanation}")
    return 0


# -- hub admin ---------------------------------------------------------------------------------
def _hub_store(args: argparse.Namespace) -> Any:
    from hub.db import make_engine, migrate
    from hub.escalation.settings import load_escalation_settings
    from hub.escalation.store import EscalationStore
    from hub.settings import load_hub_settings

    url = args.database_url or load_hub_settings().database_url
    migrate(url)
    return EscalationStore(make_engine(url, pool_size=1, max_overflow=0),
                           default_daily_cap=load_escalation_settings().default_daily_cap, create_tables=False)


def _providers_add(args: argparse.Namespace) -> int:
    from hub.escalation.store import ProviderConfig

    key = ""
    if args.key_env:
        key = os.environ.get(args.key_env, "")
        if not key:
            raise LanternError(f"The environment variable {args.key_env} is empty.", hint="Export the key first.")
    elif args.key_stdin:
        key = sys.stdin.readline().strip()
    store = _hub_store(args)
    store.add_provider(ProviderConfig(name=args.name, base_url=args.base_url, model=args.model, api_key=key,
                                      position=args.position, timeout_s=args.timeout, max_retries=args.retries,
                                      price_prompt_per_1k=args.price_prompt,
                                      price_completion_per_1k=args.price_completion, enabled=not args.disabled))
    print(f"provider {args.name} saved (key {'set' if key else 'none'})")
    return 0


def _providers_list(args: argparse.Namespace) -> int:
    rows = [p.public() for p in _hub_store(args).providers()]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("no providers; add one with 'lantern cloud providers add NAME --base-url URL --model MODEL'")
    for r in rows:
        print(f"{r['position']:>3}  {r['name']:<16} {r['model']:<24} {r['base_url']}  "
              f"{'enabled' if r['enabled'] else 'disabled'}  key:{'yes' if r['has_key'] else 'no'}  "
              f"price/1k: {r['price_prompt_per_1k']:g}/{r['price_completion_per_1k']:g}")
    return 0


def _providers_remove(args: argparse.Namespace) -> int:
    _hub_store(args).remove_provider(args.name)
    print(f"provider {args.name} removed")
    return 0


def _providers_reset(args: argparse.Namespace) -> int:
    _hub_store(args).request_breaker_reset(args.name)
    print(f"breaker reset requested for {args.name} (running hubs close it within a few seconds)")
    return 0


def _policy(args: argparse.Namespace) -> int:
    store = _hub_store(args)
    store.set_policy(args.school_id, allowed=not args.deny, require_approval=args.require_approval,
                     daily_cap=args.daily_cap)
    p = store.policy(args.school_id)
    print(f"{p.school_id}: cloud {'allowed' if p.allowed else 'off'}, approval "
          f"{'required' if p.require_approval else 'not required'}, daily cap {p.daily_cap:g}")
    return 0


def _usage(args: argparse.Namespace) -> int:
    store = _hub_store(args)
    u, p = store.usage(args.school_id), store.policy(args.school_id)
    print(json.dumps({"school_id": args.school_id, "requests": u.requests, "prompt_tokens": u.prompt_tokens,
                      "completion_tokens": u.completion_tokens, "cost": round(u.cost, 6), "daily_cap": p.daily_cap},
                     indent=2))
    return 0


def doctor_report(ctx: Any) -> dict[str, Any]:
    """For `lantern doctor`: hub, whether cloud answers are possible now, saved questions."""
    esc = ctx.escalation
    state = esc.monitor.check_now()
    return {"hub": esc.client.base_url, "online": state.online,
            "cloud_possible": esc.router.gate() is None, "why_not": esc.router.gate(),
            "learner_setting_enabled": ctx.settings.cloud_enabled, "safety_policy": ctx.settings.cloud_safety_policy,
            "saved_questions_waiting": len(esc.journal.queued(status="ready"))
            + len(esc.journal.queued(status="pending_approval"))}
