"""`lantern doctor [--json] [--tune]`: what this machine has and what Lantern will use.

Exits non-zero when it reports a problem (a section that failed, a model file missing or damaged, a
package without its metadata), so an install or a release can be gated on it. `lantern selftest`
goes further and runs each part once.
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import sys
from collections.abc import Callable, Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

PACKAGES = ["lantern-tutor", "llama-cpp-python", "PySide6-Essentials", "chromadb", "onnxruntime",
            "faster-whisper", "ctranslate2", "piper-tts", "sqlite-utils", "fastapi", "keyring"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="report versions, hardware, models and the data folder")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--tune", action="store_true",
                   help="measure the best thread count and context size once and store them")
    p.set_defaults(handler=run)


def _versions(ctx: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"python": platform.python_version(), "platform": platform.platform()}
    for name in PACKAGES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def _hardware(ctx: Any) -> dict[str, Any]:
    hw = ctx.hardware
    tuning = ctx.tuning
    return {"accelerator": hw.accelerator, "gpu_offload": hw.gpu_offload, "physical_cores": hw.physical_cores,
            "logical_cores": hw.logical_cores, "tuning": tuning.__dict__ if tuning else None}


def _models(ctx: Any) -> dict[str, Any]:
    from engine.model_folders import describe_model_folders

    reg = ctx.registry
    recs = reg.list()
    out: dict[str, Any] = {"selected": reg.selected_id,
                           "registered": [{"id": r.id, "kind": r.kind, "architecture": r.architecture,
                                           "size_mb": round(r.size_bytes / 1e6), "path": r.path} for r in recs],
                           "machine_wide_folders": describe_model_folders(reg.shared_dirs)}
    if recs:
        out["runtime"] = ctx.runtime_options(ctx.model_record())
    return out


def _model_files(ctx: Any) -> dict[str, Any]:
    """Each registered model's file: there, and its sha256 as recorded (about 1 s per 500 MB)."""
    out: dict[str, Any] = {}
    reg, speech = ctx.registry, ctx.speech_registry
    # A fresh account registers the bundled models first (in place, checksums checked), as a start would.
    for provision in (lambda: reg.list() or reg.provision_bundled(),
                      lambda: (speech.asr_models() and speech.voices()) or speech.provision_bundled()):
        try:
            provision()
        except Exception as exc:  # noqa: BLE001 - a damaged or missing bundled model is a finding
            out.setdefault("error", str(exc))
    items = [(r.id, r.path, lambda i=r.id: reg.verify(i)) for r in reg.list()]
    items += [(m.id, m.path, lambda i=m.id: speech.verify(i)) for m in speech.asr_models()]
    items += [(v.id, v.path, lambda i=v.id: speech.verify(i)) for v in speech.voices()]
    for item_id, path, verify in items:
        if not Path(path).exists():
            out[item_id] = {"error": f"missing: {path}"}
        elif not verify():
            out[item_id] = {"error": f"damaged: {path} does not match its recorded sha256"}
        else:
            out[item_id] = "ok"
    if not items:
        out.setdefault("error", "no model is installed ('lantern models provision')")
    return out


def _data(ctx: Any) -> dict[str, Any]:
    home = ctx.settings.home
    usage = shutil.disk_usage(home)
    return {"folder": str(home), "free_disk_gb": round(usage.free / 1e9, 1)}


# Each section is a (title, function(ctx) -> dict); later capabilities append theirs.
SECTIONS: list[tuple[str, Callable[[Any], dict[str, Any]]]] = [
    ("versions", _versions), ("hardware", _hardware), ("models", _models), ("model_files", _model_files),
    ("data", _data),
]


def _voice(ctx: Any) -> dict[str, Any]:
    from app.commands.voice import doctor_report

    return doctor_report(ctx)


SECTIONS.append(("voice", _voice))


def _sync(ctx: Any) -> dict[str, Any]:
    from app.commands.sync import doctor_report

    return doctor_report(ctx)


SECTIONS.append(("sync", _sync))


def _cloud(ctx: Any) -> dict[str, Any]:
    from app.commands.escalation import doctor_report

    return doctor_report(ctx)


SECTIONS.append(("cloud", _cloud))


def _tutor(ctx: Any) -> dict[str, Any]:
    from app.commands.learners import doctor_report

    return doctor_report(ctx)


SECTIONS.append(("tutor", _tutor))


def run(args: argparse.Namespace) -> int:
    from app.context import AppContext

    with AppContext() as ctx:
        if args.tune:
            from pathlib import Path

            from engine.llm.hardware import choose_gpu_layers
            from engine.llm.tuning import tune

            rec = ctx.model_record()
            print("Measuring this machine (about a minute)...", file=sys.stderr)
            layers = choose_gpu_layers(ctx.hardware, setting=ctx.settings.n_gpu_layers)
            t = tune(Path(rec.path), ctx.hardware, n_gpu_layers=layers, model_ctx=rec.context_length)
            t.save(ctx.settings.tuning_file)
            print(f"Stored: {t.n_threads} threads, context {t.n_ctx} ({t.decode_tok_s} tokens/s).", file=sys.stderr)
        report: dict[str, Any] = {}
        for title, fn in SECTIONS:
            try:
                report[title] = fn(ctx)
            except Exception as exc:  # noqa: BLE001 - doctor reports every problem, it never stops at one
                report[title] = {"error": str(exc)}
    report["problems"] = list(find_problems(report))
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        for title, section in report.items():
            print(f"[{title}]")
            for key, value in (section.items() if isinstance(section, dict) else enumerate(section)):
                print(f"  {key}: {value}")
    return 1 if report["problems"] else 0


def find_problems(report: dict[str, Any]) -> Iterator[str]:
    """Every `error` anywhere in the report ("section.key: message"), and packages without metadata."""
    def walk(node: Any, where: str) -> Iterator[str]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "error" and value:
                    yield f"{where}: {value}"
                else:
                    yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{where}[{i}]")

    for title, section in report.items():
        yield from walk(section, title)
    for name in PACKAGES:
        if report.get("versions", {}).get(name, "") is None:
            yield f"versions.{name}: no package metadata (a broken install or an incomplete bundle)"


def _library(ctx: Any) -> dict[str, Any]:
    from app.commands.library import doctor_report

    return doctor_report(ctx)


SECTIONS.append(("library", _library))
