"""`lantern hub ...`: run the school hub, administer it, and print a class report.

    lantern hub serve [--host H] [--port P] [--workers N]
    lantern hub admin add-school NAME | add-class SCHOOL NAME | add-teacher SCHOOL NAME
    lantern hub admin code CLASS [--minutes M] [--uses N] # enrollment code for N kiosks
    lantern hub admin revoke-code CODE | revoke-device ID | revoke-teacher ID | list | migrate
    lantern hub admin new-secret-key | rotate-secrets     # sealed provider keys (README: rotation)
    lantern hub admin publish CLASS FILE.json --kind course|lesson|quiz [--id ID]
    lantern hub admin privacy SCHOOL --allow-conversation-text|--progress-only
    lantern hub report CLASS [--json]

Admin commands talk to the hub's database directly (LANTERN_HUB_DATABASE_URL or --database-url).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from engine.errors import LanternError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hub", help="run and administer the school hub (central sync server)")
    p.add_argument("--database-url", help="SQLAlchemy URL of the hub database (default: LANTERN_HUB_DATABASE_URL, "
                                          "else SQLite in the data folder)")
    hsub = p.add_subparsers(dest="hub_command", metavar="ACTION", required=True)

    serve = hsub.add_parser("serve", help="start the hub (uvicorn)")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1; 0.0.0.0 for the school network)")
    serve.add_argument("--port", type=int, help="TCP port (default 8765)")
    serve.add_argument("--workers", type=int, help="worker processes (default 2)")
    serve.set_defaults(handler=run_serve)

    rep = hsub.add_parser("report", help="per-learner progress and mastery for a class")
    rep.add_argument("class_ref", metavar="CLASS", help="class id, name, or SCHOOL/CLASS")
    rep.add_argument("--json", action="store_true", help="print JSON")
    rep.set_defaults(handler=run_report)

    admin = hsub.add_parser("admin", help="create schools, classes, teachers, codes; revoke tokens")
    asub = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    asub.add_parser("migrate", help="create or update the hub database schema").set_defaults(handler=run_admin)
    x = asub.add_parser("add-school", help="create a school")
    x.add_argument("name")
    x.add_argument("--allow-conversation-text", action="store_true",
                   help="also accept conversation transcripts from devices (default: progress only)")
    x.set_defaults(handler=run_admin)
    x = asub.add_parser("privacy", help="change what a school's devices send")
    x.add_argument("school")
    g = x.add_mutually_exclusive_group(required=True)
    g.add_argument("--allow-conversation-text", dest="allow", action="store_true")
    g.add_argument("--progress-only", dest="allow", action="store_false")
    x.set_defaults(handler=run_admin)
    x = asub.add_parser("add-class", help="create a class in a school")
    x.add_argument("school")
    x.add_argument("name")
    x.set_defaults(handler=run_admin)
    x = asub.add_parser("add-teacher", help="create a teacher; prints their token once")
    x.add_argument("school")
    x.add_argument("name")
    x.set_defaults(handler=run_admin)
    x = asub.add_parser("add-learner", help="put a learner on a class roster (devices receive it)")
    x.add_argument("class_ref", metavar="CLASS")
    x.add_argument("learner_id")
    x.add_argument("display_name")
    x.set_defaults(handler=run_admin)
    x = asub.add_parser("code", help="a short-lived enrollment code for a class")
    x.add_argument("class_ref", metavar="CLASS")
    x.add_argument("--minutes", type=int, help="how long it stays valid, 1 to 10080 (default from settings: 30)")
    x.add_argument("--uses", type=int, help="how many devices it may enroll (default from settings: 30)")
    x.set_defaults(handler=run_admin)
    x = asub.add_parser("revoke-code", help="revoke an enrollment code at once")
    x.add_argument("code")
    x.set_defaults(handler=run_admin)
    asub.add_parser("new-secret-key", help="print a new Fernet key for LANTERN_HUB_SECRET_KEY").set_defaults(
        handler=run_admin)
    asub.add_parser("rotate-secrets", help="re-seal every provider key with the newest secret key").set_defaults(
        handler=run_admin)
    x = asub.add_parser("revoke-device", help="revoke a device token")
    x.add_argument("device_id")
    x.set_defaults(handler=run_admin)
    x = asub.add_parser("revoke-teacher", help="revoke a teacher token")
    x.add_argument("teacher_id")
    x.set_defaults(handler=run_admin)
    x = asub.add_parser("publish", help="publish a course, lesson or quiz (a JSON file) to a class")
    x.add_argument("class_ref", metavar="CLASS")
    x.add_argument("file", type=Path)
    x.add_argument("--kind", choices=["course", "lesson", "quiz"], required=True)
    x.add_argument("--id", dest="entity_id", help="stable id (default: the file's 'id' field, else its name)")
    x.set_defaults(handler=run_admin)
    x = asub.add_parser("list", help="schools, classes, teachers and devices")
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=run_admin)


def _settings(args: argparse.Namespace) -> Any:
    from hub.settings import load_hub_settings

    overrides = {"database_url": args.database_url} if getattr(args, "database_url", None) else {}
    for key in ("host", "port", "workers"):
        if getattr(args, key, None) is not None:
            overrides[key] = getattr(args, key)
    return load_hub_settings(**overrides)


def _engine(settings: Any) -> Any:
    from hub.db import make_engine, migrate

    migrate(settings.database_url)
    return make_engine(settings.database_url, pool_size=1, max_overflow=0)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from hub.db import migrate

    s = _settings(args)
    rev = migrate(s.database_url)
    os.environ["LANTERN_HUB_DATABASE_URL"] = s.database_url   # each worker reads its settings from the env
    if s.workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="lantern-hub-metrics-")
    print(f"Lantern hub on http://{s.host}:{s.port} ({s.workers} workers, schema {rev})",
          file=sys.stderr, flush=True)
    # proxy_headers=False: uvicorn would otherwise believe X-Forwarded-For from 127.0.0.1; the hub
    # decides whom to believe itself (LANTERN_HUB_TRUSTED_PROXIES, hub/deps.py client_address).
    # access_log=False: at log level warning its lines were never shown, but each request still
    # built them; /metrics counts requests by route and status.
    uvicorn.run("hub.app:app_from_env", factory=True, host=s.host, port=s.port, workers=s.workers,
                log_level="warning", access_log=False, timeout_graceful_shutdown=5, proxy_headers=False)
    return 0


def run_report(args: argparse.Namespace) -> int:
    from hub import accounts, report

    engine = _engine(_settings(args))
    with engine.begin() as conn:
        rep = report.class_report(conn, accounts.find_class(conn, args.class_ref).id)
    engine.dispose()
    if args.json:
        print(rep.model_dump_json(indent=2))
        return 0
    print(f"Class {rep.class_name}: {len(rep.learners)} learner(s)")
    print(f"{'learner':24} {'attempts':>8} {'correct':>8} {'lessons':>7}  mastery")
    for lp in rep.learners:
        mastery = ", ".join(f"{k} {v:.2f}" for k, v in sorted(lp.mastery.items())) or "-"
        print(f"{(lp.display_name or lp.learner_id)[:24]:24} {lp.attempts:8} {lp.correct:8} {lp.lessons_completed:7}  {mastery}")
    return 0


def _read_publish_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LanternError(f"Cannot read {path}: {exc.strerror}.", hint="Check the path.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LanternError(f"{path} is not valid JSON ({exc}).", hint="Publish a JSON object.") from exc
    if not isinstance(data, dict):
        raise LanternError(f"{path} must hold a JSON object.", hint='e.g. {"id": "fractions", "name": "Fractions"}')
    return data


def run_admin(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from engine.wire import PublishRequest
    from hub import accounts, exchange

    s = _settings(args)
    cmd = args.admin_command
    if cmd == "new-secret-key":
        from hub.secrets import new_key

        print(new_key())
        return 0
    engine = _engine(s)
    try:
        with engine.begin() as conn:
            if cmd == "migrate":
                print("Hub database is up to date.")
            elif cmd == "add-school":
                sid = accounts.create_school(conn, args.name, allow_conversation_text=args.allow_conversation_text)
                print(f"School {args.name!r} created: {sid}")
            elif cmd == "privacy":
                accounts.set_school_privacy(conn, args.school, allow_conversation_text=args.allow)
                print(f"{args.school}: devices now send "
                      + ("progress and conversation text." if args.allow else "progress events only."))
            elif cmd == "add-class":
                print(f"Class {args.name!r} created: {accounts.create_class(conn, args.school, args.name)}")
            elif cmd == "add-teacher":
                tid, token = accounts.add_teacher(conn, args.school, args.name)
                print(f"Teacher {args.name!r} created: {tid}\nToken (shown once, keep it safe): {token}")
            elif cmd == "add-learner":
                cls = accounts.find_class(conn, args.class_ref)
                exchange.add_learner(conn, cls.id, args.learner_id, args.display_name)
                print(f"{args.display_name} is on the roster of {cls.name}.")
            elif cmd == "code":
                cls = accounts.find_class(conn, args.class_ref)
                code = accounts.issue_enrollment_code(
                    conn, cls.id, minutes=s.enrollment_code_minutes if args.minutes is None else args.minutes,
                    max_uses=s.enrollment_code_uses if args.uses is None else args.uses)
                print(code.code)
                print(f"Valid for class {cls.name} until {code.expires_at:%Y-%m-%d %H:%M} UTC. "
                      f"On each kiosk: lantern sync enroll HUB_URL {code.code}", file=sys.stderr)
            elif cmd == "revoke-code":
                accounts.revoke_code(conn, args.code)
                print("Code revoked; devices it already enrolled keep working.")
            elif cmd == "rotate-secrets":
                from hub.escalation.store import EscalationStore

                n = EscalationStore(engine, create_tables=False).reseal_keys()
                print(f"{n} provider key(s) sealed with the newest secret key. Old keys may now be removed.")
            elif cmd == "revoke-device":
                accounts.revoke_device(conn, args.device_id)
                print(f"Device {args.device_id} revoked, and its class's earlier enrollment codes with it.")
            elif cmd == "revoke-teacher":
                accounts.revoke_teacher(conn, args.teacher_id)
                print(f"Teacher {args.teacher_id} revoked.")
            elif cmd == "publish":
                data = _read_publish_file(args.file)
                entity_id = args.entity_id or str(data.get("id") or args.file.stem)
                try:
                    req = PublishRequest(kind=args.kind, entity_id=entity_id, payload=data)
                except ValidationError as exc:
                    raise LanternError(f"Cannot publish {args.file}: {exc.errors()[0]['msg']}.",
                                       hint="Use a short id (letters, digits, - _ .) and a JSON object under 1 MB.") from exc
                cls = accounts.find_class(conn, args.class_ref)
                seq = exchange.publish(conn, cls.id, req)
                print(f"Published {args.kind} {entity_id!r} to {cls.name} (feed #{seq}).")
            elif cmd == "list":
                data = accounts.list_accounts(conn)
                if args.json:
                    print(json.dumps(data, indent=2))
                else:
                    for school in data["schools"]:
                        print(f"{school['name']} ({school['id']}) conversation text: "
                              f"{'allowed' if school['allow_conversation_text'] else 'not sent'}")
                        for t in school["teachers"]:
                            print(f"  teacher {t['name']} ({t['id']}){' REVOKED' if t['revoked'] else ''}")
                        for c in school["classes"]:
                            print(f"  class {c['name']} ({c['id']}), {len(c['devices'])} device(s)")
                            for d in c["devices"]:
                                print(f"    device {d['name']} ({d['id']}){' REVOKED' if d['revoked'] else ''}")
    finally:
        engine.dispose()
    return 0
