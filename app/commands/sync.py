"""`lantern sync ...`: connect this device to a school hub and sync now.

    lantern sync enroll HUB_URL CODE [--name NAME]
    lantern sync now [--json]
    lantern sync status [--json]
"""
from __future__ import annotations

import argparse
import json
from dataclasses import asdict


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="connect to a school hub and send progress / receive courses")
    ssub = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    e = ssub.add_parser("enroll", help="enroll this device in a class with the teacher's code")
    e.add_argument("hub_url", metavar="HUB_URL", help="e.g. http://hub.school.lan:8765")
    e.add_argument("code", metavar="CODE", help="enrollment code from the teacher")
    e.add_argument("--name", help="this device's name on the hub (default: the host name)")
    e.set_defaults(handler=run_enroll)
    n = ssub.add_parser("now", help="send pending progress and fetch what the teacher published")
    n.add_argument("--json", action="store_true")
    n.set_defaults(handler=run_now)
    s = ssub.add_parser("status", help="hub, class, pending events, last sync, token storage")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=run_status)


def _client():
    from app.context import AppContext

    ctx = AppContext()
    return ctx, ctx.sync_client


def run_enroll(args: argparse.Namespace) -> int:
    ctx, client = _client()
    with ctx:
        info = client.enroll(args.hub_url, args.code, device_name=args.name)
        print(f"Enrolled as {info.device_name!r} in class {info.class_name} ({info.school_name}). "
              f"Token stored in {client.tokens.backend}.")
        print("This school receives " + ("progress and conversation text." if info.allow_conversation_text
                                         else "progress only (no conversation text)."))
    return 0


def run_now(args: argparse.Namespace) -> int:
    ctx, client = _client()
    with ctx:
        report = client.sync_once()
        if args.json:
            print(json.dumps(asdict(report)))
        else:
            print(f"Sent {report.pushed} new event(s) ({report.duplicates} already there), "
                  f"received {report.pulled} item(s)" + (f", {report.rejected} kept back (refused)" if report.rejected else "")
                  + (f", {report.withheld} conversation event(s) kept on this device" if report.withheld else "") + ".")
    return 0


def run_status(args: argparse.Namespace) -> int:
    ctx, client = _client()
    with ctx:
        info = client.device_info()
        data = {**info, "enrolled": client.enrolled, "pending": client.pending_count(),
                "rejected": len(client.rejected()), "token_storage": client.tokens.backend,
                "state": client.state.label}
        if args.json:
            print(json.dumps(data, indent=2))
        else:
            for k, v in data.items():
                print(f"{k:24} {v}")
    return 0


def doctor_report(ctx) -> dict:
    """`lantern doctor` section: hub, class, queue, and where the device token lives (keyring or 0600 file)."""
    client = ctx.sync_client
    info = client.device_info()
    return {"enrolled": client.enrolled, "hub": info["hub_url"], "class": info["class_name"],
            "school": info["school_name"], "pending_events": client.pending_count(),
            "kept_back_events": len(client.rejected()), "last_synced_at": info["last_synced_at"],
            "conversation_text_sent": info["allow_conversation_text"] == "1",
            "token_storage": client.tokens.backend}
