"""The hub refuses with `engine.wire.HubCode` members only: every code it can put in an error body is
one, read from the source (so a new free-string code fails here by file and line) and from the bodies
it builds for every status."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from engine.wire import HubCode
from hub.errors import BodyTooLarge, HubRefusal, error_body
from hub.escalation.orchestrator import Refused
from hub.escalation.request import BadRequest, parse_chat_request

ROOT = Path(__file__).resolve().parents[2]
REFUSALS = {"HubRefusal", "Refused", "BadRequest", "error_body"}


def _code_arguments() -> list[tuple[str, ast.expr]]:
    """Every expression the hub passes as a code: `code=` of a refusal or body, `Refused`'s second
    argument, and a class's `code = ...`."""
    found = []
    for path in sorted((ROOT / "hub").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT).as_posix()}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in REFUSALS:
                found += [(where, kw.value) for kw in node.keywords if kw.arg == "code"]
                if node.func.id == "Refused" and len(node.args) >= 2:
                    found.append((where, node.args[1]))
            elif isinstance(node, ast.ClassDef):
                for stmt in node.body:
                    if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "code"
                                                            for t in stmt.targets):
                        found.append((f"{where}:{node.name}", stmt.value))
    return found


def test_every_code_the_hub_refuses_with_is_a_hubcode_member() -> None:
    args = _code_arguments()
    assert len(args) >= 20         # the scan finds the refusals (escalation, enrollment, metrics, errors)
    named = [(w, a) for w, a in args if isinstance(a, ast.Attribute) and isinstance(a.value, ast.Name)
             and a.value.id == "HubCode"]
    passed_on = [(w, a) for w, a in args if isinstance(a, ast.Attribute) and ast.unparse(a) in
                 {"exc.code", "self.code"}]   # a refusal's own code, passed on into its body
    assert [f"{w}: {ast.unparse(a)}" for w, a in args if (w, a) not in named + passed_on] == []
    assert [f"{w}: {a.attr}" for w, a in named if a.attr not in HubCode.__members__] == []


@pytest.mark.parametrize("status", [*range(400, 430), *range(500, 512)])
def test_a_body_for_any_status_carries_a_member(status: int) -> None:
    assert HubCode(error_body(status, "No.")["error"]["code"])


def test_the_refusals_the_hub_raises_carry_members() -> None:
    assert HubRefusal("No.", status=409, code=HubCode.CONFLICT).code is HubCode.CONFLICT
    assert error_body(404, "No.")["error"]["code"] == "not_found"     # a refusal naming none: its status's
    assert isinstance(BodyTooLarge(10).code, HubCode)
    assert Refused(403, HubCode.NOT_ALLOWED, "No.").body()["error"]["code"] == "not_allowed"
    with pytest.raises(BadRequest) as caught:
        parse_chat_request({"messages": [{"role": "user", "content": "hi"}], "n": 2}, max_tokens_cap=8, max_chars=99)
    assert caught.value.code is HubCode.UNSUPPORTED_PARAMETER
