"""Error kinds and fallback reasons are enums, and every exception Lantern raises on purpose has one
root (`engine.errors.LanternError`; the hub takes it from `engine.wire`). Read from the source, so a
new free-string kind or a new exception outside the root fails here by name."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from engine.errors import LanternError, SyncError, SyncErrorKind
from engine.escalation.cloud import _SYNC_KIND_TO_CODE, CloudUnavailable
from engine.escalation.router import (FALLBACK_TEXT, HARDNESS_TEXT, EscalationRouter, Fallback, Hardness, RouterOptions,
                                      Turn, assess)

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [p for d in ("engine", "app", "ui") for p in sorted((ROOT / d).rglob("*.py"))]
# Every package whose exceptions must share the root: the hub too (it imports the root from engine.wire).
ROOTED = [p for d in ("engine", "app", "ui", "hub") for p in sorted((ROOT / d).rglob("*.py"))]


def _calls(name: str) -> list[tuple[Path, ast.Call]]:
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
                found.append((path, node))
    return found


def test_a_sync_error_kind_outside_the_enum_is_refused_where_it_is_raised() -> None:
    with pytest.raises(ValueError):
        SyncError("The hub is down.", kind="down")
    assert SyncError("The hub is down.", kind="offline").kind is SyncErrorKind.OFFLINE


def test_every_sync_error_raised_names_a_documented_kind() -> None:
    kinds = []
    for path, call in _calls("SyncError"):
        for kw in call.keywords:
            if kw.arg == "kind" and isinstance(kw.value, ast.Constant):
                kinds.append((path.relative_to(ROOT).as_posix(), kw.value.value))
    assert len(kinds) >= 10      # the scan finds the raise sites
    assert [k for k in kinds if k[1] not in set(SyncErrorKind)] == []


def test_every_cloud_fallback_code_is_a_fallback_member_with_words_for_it() -> None:
    # mypy checks the types (`CloudUnavailable(code: Fallback)`); this catches a plain string that
    # happens to equal a member, which mypy would also refuse, in code mypy does not read.
    calls = [call for _p, call in _calls("CloudUnavailable")]
    assert len(calls) >= 4      # the scan finds the raise sites
    assert [ast.unparse(c.args[0]) for c in calls if c.args and isinstance(c.args[0], ast.Constant)] == []
    assert all(type(code) is Fallback for code in _SYNC_KIND_TO_CODE.values())
    assert set(FALLBACK_TEXT) == set(Fallback) and set(HARDNESS_TEXT) == set(Hardness)
    assert issubclass(CloudUnavailable, LanternError)


def test_the_router_decides_with_enum_members_not_strings() -> None:
    assert type(assess(Turn("why?", deeper=True))) is Hardness
    assert type(assess(Turn("why do leaves fall?", searched_material=True))) is Hardness
    router = EscalationRouter(lambda: None, asker=None, monitor=None, options=RouterOptions(enabled=False))
    assert type(router.gate()) is Fallback
    assert type(EscalationRouter(lambda: None, asker=None, monitor=None).gate()) is Fallback


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_every_exception_class_lantern_defines_derives_from_the_one_root() -> None:
    # Module-level classes are imported and checked by their real ancestry, so an exception
    # reached through any base (a builtin, Starlette's HTTPException, a library's error) counts;
    # classes defined inside functions are read from the source by their bases' names.
    roots = {"Exception", "BaseException", "RuntimeError", "ValueError", "KeyError", "OSError", "TypeError",
             "LookupError", "IOError", "ArithmeticError", "HTTPException", "StarletteHTTPException"}
    outside, checked = [], 0
    for path in ROOTED:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.bases]
        module = importlib.import_module(_module_name(path)) if top else None
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef) or node.name == "LanternError":
                continue
            where = f"{path.relative_to(ROOT).as_posix()}:{node.name}"
            if node in top:
                cls = getattr(module, node.name)
                if issubclass(cls, BaseException):
                    checked += 1
                    if not issubclass(cls, LanternError):
                        outside.append(where)
            else:
                bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                if bases & roots:
                    outside.append(where)
    assert checked >= 12     # the scan finds the exception classes (engine, hub)
    assert outside == []


@pytest.mark.parametrize("name", ["hub.escalation.orchestrator.Refused", "hub.escalation.orchestrator._Failed",
                                  "hub.escalation.orchestrator._ClientError", "hub.escalation.request.BadRequest",
                                  "hub.errors.HubRefusal", "hub.errors.BodyTooLarge"])
def test_the_hubs_exceptions_share_the_root(name: str) -> None:
    module, _, attr = name.rpartition(".")
    assert issubclass(getattr(importlib.import_module(module), attr), LanternError)
