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


def test_queue_send_says_how_many_were_not_sendable_and_the_learner_is_told_once(
        home: Path, tmp_path: Path, bundled_model_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A saved question too long for the hub (over its 32,000 characters), sent with `lantern cloud queue send`
    on an enrolled device: the command's first look at the hub starts the device's own flush, and the
    command waits for that one instead of sending beside it - the hub is asked once, the learner told once."""
    from datetime import datetime

    from app.context import AppContext
    from app.settings import load_settings
    from engine.i18n import message
    from engine.i18n.formats import format_date
    from hubkit import ThreadHub, fresh_database, seed_school

    monkeypatch.setenv("LANTERN_SYNC_TOKEN_STORAGE", "file")
    (home / "models").symlink_to(bundled_model_path.parent, target_is_directory=True)   # the safety check's model
    page = "Las hojas cambian de color en otoño porque la clorofila se descompone con el frío. " * 400
    question = page + "¿Me lo explicas con palabras fáciles?"
    assert len(question) > 32_000
    db = fresh_database("sqlite", tmp_path)
    with ThreadHub(db) as hub:
        ctx = AppContext(load_settings(home=home, sync_token_storage="file", sync_enabled=False))
        try:
            ctx.sync_client.enroll(hub.url, seed_school(db).codes["5B"], device_name="kiosk-7")
            sofia = ctx.learners.create("Sofía Martínez", language="es")
            saved = ctx.escalation.saved.save(question, learner_id=sofia.id)
        finally:
            ctx.close()
        capsys.readouterr()

        assert main(["cloud", "queue", "send", "--json"]) == 0
        out = capsys.readouterr()
        asked = hub.app.state.metrics.registry.get_sample_value("lantern_escalation_requests_total",
                                                                {"outcome": "invalid", "provider": ""})
    report = json.loads(out.out)
    assert (report["not_sendable"], report["answered"], report["stopped_because"]) == (1, 0, None)
    assert "1 saved question(s) too long for the hub" in out.err
    assert asked == 1
    with AppContext(load_settings(home=home, sync_token_storage="file", sync_enabled=False)) as ctx:
        said = ctx.store.db.execute("SELECT role, text FROM messages ORDER BY rowid").fetchall()
    notice = message("saved.not_sendable", "es", date=format_date(datetime.fromtimestamp(saved.created_at), "es"))
    assert said == [("user", question), ("system", notice)]            # one conversation: her question, a notice
