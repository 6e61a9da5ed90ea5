"""`lantern teacher ...` headless, in-process on a real data folder (real store, real importer)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.cli import main

DATA = Path(__file__).resolve().parents[1] / "engine" / "teacher" / "data"


@pytest.fixture
def course(home: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("LANTERN_QUIZ_MODEL_ITEMS", "0")     # cloze items only: no model loads here
    from engine.library.importer import Library
    from engine.store import Store
    from engine.tutor.learners import LearnerBook
    from engine.tutor.library_answer import NOT_COVERED, Citations, record_turn
    from engine.tutor.progress import record_alert

    with Store.open(home) as store:
        lib = Library(store)
        for _ in lib.import_paths([DATA / "fractions"], course="Fractions"):
            pass
        ama = LearnerBook(store).create("Ama", grade=4)
        record_turn(store, question="Why do volcanoes erupt?", answer=NOT_COVERED["en"],
                    citations=Citations((), covered=False), learner_id=ama.id, course_id=lib.course_id("Fractions"))
        record_alert(store, ama.id, category="distress", source="chat")
    return "Fractions"


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_outline_show_and_publish(course, capsys):
    data = _json(capsys, "teacher", "outline", "show", "--course", course)
    assert [x["title"] for u in data["units"] for x in u["lessons"]] == ["Fractions", "Improper fractions",
                                                                       "Mixed numbers"]
    lesson = data["units"][0]["lessons"][2]
    moved = _json(capsys, "teacher", "outline", "move", "--course", course, "--id", lesson["id"][:8], "--position", "1")
    assert moved["units"][0]["lessons"][0]["id"] == lesson["id"] and moved["warnings"]
    published = _json(capsys, "teacher", "outline", "publish", "--course", course)
    assert published["units"][0]["lessons"][0]["title"] == "Mixed numbers"


def test_quiz_generate_list_approve_all_and_print_a_worksheet(course, capsys, tmp_path):
    made = _json(capsys, "teacher", "quiz", "generate", "--course", course, "--count", "4")
    assert made["saved"] == 4
    items = _json(capsys, "teacher", "quiz", "list", "--course", course, "--status", "draft")
    assert len(items) == 4 and all(i["highlight_text"] for i in items)
    assert _json(capsys, "teacher", "quiz", "approve", "--course", course, "--ids", "all") == {"approved": 4}
    out = tmp_path / "sheet.pdf"
    sheet = _json(capsys, "teacher", "worksheet", "--course", course, "--large-print", "-o", str(out))
    assert sheet["questions"] == 4 and out.read_bytes().startswith(b"%PDF")


def test_check_class_csv_alerts_and_questions(course, capsys, tmp_path):
    findings = _json(capsys, "teacher", "check", "--course", course)
    assert {f["kind"] for f in findings} >= {"no_quiz", "not_covered"}
    out = tmp_path / "class.csv"
    rows = _json(capsys, "teacher", "class", "--course", course, "--csv", str(out))
    assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))) == len(rows)
    inbox = _json(capsys, "teacher", "alerts", "list")
    assert inbox["unread"] == 1 and inbox["alerts"][0]["category"] == "distress"
    _json(capsys, "teacher", "alerts", "ack", inbox["alerts"][0]["event_id"], "--note", "spoke with her")
    assert _json(capsys, "teacher", "alerts", "list")["unread"] == 0
    [q] = _json(capsys, "teacher", "questions", "list")
    assert q["question"] == "Why do volcanoes erupt?"
    _json(capsys, "teacher", "questions", "answer", q["id"], "Hot magma pushes up.")
    assert _json(capsys, "teacher", "questions", "list") == []


def test_simplify_make_and_approve(course, capsys, home):
    from engine.store import Store

    with Store.open(home) as store:
        chunk = store.db.execute("SELECT id FROM chunks ORDER BY id LIMIT 1").fetchone()[0]
    draft = _json(capsys, "teacher", "simplify", "make", str(chunk), "--grade", "3")
    assert draft["status"] == "draft" and draft["missing_facts"] == []
    assert _json(capsys, "teacher", "simplify", "approve", draft["id"])["status"] == "approved"


def test_errors_are_one_line(course, capsys):
    capsys.readouterr()
    assert main(["teacher", "alerts", "ack", "nope"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("lantern: error: No alert") and len(err.strip().splitlines()) == 1


def test_hub_login_keeps_the_token_and_class_view_from_the_hub_falls_back_to_this_kiosk(course, home, capsys,
                                                                                     monkeypatch):
    monkeypatch.setenv("LANTERN_SYNC_TOKEN_STORAGE", "file")
    monkeypatch.setattr("sys.stdin", io.StringIO("teacher-secret\n"))
    saved = _json(capsys, "teacher", "hub-login", "--class", "5B")
    assert saved["class"] == "5B" and saved["token_storage"].startswith("file:")
    assert (home / "sync" / "teacher-token").read_text() == "teacher-secret"
    local = _json(capsys, "teacher", "class", "--course", course)
    capsys.readouterr()
    assert main(["teacher", "class", "--course", course, "--hub", "--json"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out) == local                   # not enrolled: this kiosk's rows, and it says so
    assert "Hub class view not available (not_enrolled)" in out.err
