"""`lantern cloud ...`: the hub admin's provider/policy commands and the device's status/queue."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def test_admin_adds_lists_resets_and_removes_providers_without_ever_printing_the_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = ["--database-url", f"sqlite:///{tmp_path / 'hub.db'}"]
    monkeypatch.setenv("SCHOOL_OPENAI_KEY", "sk-very-secret")
    assert main(["cloud", "providers", *db, "add", "main", "--base-url", "https://api.example.com/v1", "--model",
                 "big-model", "--key-env", "SCHOOL_OPENAI_KEY", "--price-prompt", "0.5", "--price-completion", "1.5"]) == 0
    assert main(["cloud", "providers", *db, "add", "backup", "--base-url", "http://gpu-box:8000/v1", "--model", "m",
                 "--position", "1"]) == 0
    capsys.readouterr()
    assert main(["cloud", "providers", *db, "list", "--json"]) == 0
    out = capsys.readouterr().out
    rows = json.loads(out)
    assert [r["name"] for r in rows] == ["main", "backup"] and rows[0]["has_key"] and not rows[1]["has_key"]
    assert "sk-very-secret" not in out
    assert main(["cloud", "providers", *db, "reset-breaker", "main"]) == 0
    assert main(["cloud", "providers", *db, "remove", "backup"]) == 0
    assert main(["cloud", "providers", *db, "remove", "backup"]) == 1
    err = capsys.readouterr().err
    assert "No provider named 'backup'" in err and "Traceback" not in err


def test_bad_provider_url_and_empty_key_variable_are_clear_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = ["--database-url", f"sqlite:///{tmp_path / 'hub.db'}"]
    assert main(["cloud", "providers", *db, "add", "x", "--base-url", "ftp://nope", "--model", "m"]) == 1
    assert "http(s) base URL" in capsys.readouterr().err
    monkeypatch.delenv("MISSING_KEY", raising=False)
    assert main(["cloud", "providers", *db, "add", "x", "--base-url", "https://a/v1", "--model", "m",
                 "--key-env", "MISSING_KEY"]) == 1
    assert "MISSING_KEY is empty" in capsys.readouterr().err


def test_school_policy_and_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--database-url", f"sqlite:///{tmp_path / 'hub.db'}"]
    assert main(["cloud", "policy", "school-9", *db, "--require-approval", "--daily-cap", "2.5"]) == 0
    assert "approval required, daily cap 2.5" in capsys.readouterr().out
    assert main(["cloud", "usage", "school-9", *db]) == 0
    usage = json.loads(capsys.readouterr().out)
    assert usage["requests"] == 0 and usage["daily_cap"] == 2.5


def test_device_without_a_hub_reports_why_and_keeps_saved_questions(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cloud", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["cloud_possible"] is False and status["why_not"] == "no_hub"
    # every state a saved question can be in is counted, the hub's "too long to send" included
    assert status["saved_questions"] == {"pending_approval": 0, "ready": 0, "answered": 0, "rejected": 0,
                                         "not_sendable": 0}
    assert main(["cloud", "save", "Why is the sea salty?"]) == 0
    assert "ready" in capsys.readouterr().out
    assert main(["cloud", "status"]) == 0
    assert "saved questions: 0 pending approval, 1 ready, 0 answered, 0 rejected, 0 not sendable" in \
        capsys.readouterr().out
    assert main(["cloud", "queue", "list", "--json"]) == 0
    (q,) = json.loads(capsys.readouterr().out)
    assert q["question"] == "Why is the sea salty?" and q["status"] == "ready"
    assert main(["cloud", "queue", "send"]) == 1
    assert "stopped: no_hub" in capsys.readouterr().out
    assert main(["cloud", "queue", "approve", "zzz"]) == 1
    assert "No saved question matches" in capsys.readouterr().err


def test_hub_escalation_imports_nothing_from_engine_but_engine_wire() -> None:
    import ast

    root = Path(__file__).resolve().parents[2] / "hub" / "escalation"
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.name}: {n}" for n in names if n.startswith("engine") and not n.startswith("engine.wire")]
    assert offenders == []
