"""`lantern learners ...` and `lantern quiz ...` headless, as real subprocesses on a real data folder."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "courses" / "sample-en"
COURSE = "Sample: Science and Maths"


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    home = tmp_path_factory.mktemp("quiz-home")

    def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        # No model items: quizzes come from the deterministic generator, so no model loads here.
        e = {**os.environ, "LANTERN_HOME": str(home), "LANTERN_QUIZ_MODEL_ITEMS": "0", **(env or {})}
        return subprocess.run([sys.executable, "-m", "app.cli", *args], input=stdin, capture_output=True, text=True,
                              env=e, timeout=180)

    r = run("import", str(SAMPLE), "--course", COURSE)
    assert r.returncode == 0, r.stderr
    run.home = home   # type: ignore[attr-defined]
    return run


def _one_line_error(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    return r.stderr


def test_learner_profiles_from_the_command_line(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("learners", "add", "Ana", "--grade", "K", "--language", "es", "--needs", "dyslexia,adhd", "--pin-stdin",
            stdin="2468\n")
    assert r.returncode == 0, r.stderr
    assert "PIN set" in r.stdout
    listed = json.loads(cli("learners", "list", "--json").stdout)
    ana = next(p for p in listed if p["name"] == "Ana")
    assert ana["grade"] == "K" and ana["needs"] == ["adhd", "dyslexia"] and ana["has_pin"]
    assert "That PIN is not right" in _one_line_error(cli("learners", "show", "Ana", "--pin-stdin", stdin="1111\n"))
    shown = json.loads(cli("learners", "show", "Ana", "--pin-stdin", "--json", stdin="2468\n").stdout)
    assert shown["learner"]["name"] == "Ana" and shown["plan"]
    assert "must be K or a number" in _one_line_error(cli("learners", "set", "Ana", "--grade", "14"))
    assert "Unknown accessibility need" in _one_line_error(cli("learners", "add", "Bo", "--needs", "flying"))


def test_quiz_needs_teacher_approval_then_runs_on_stdin_and_updates_mastery(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("learners", "add", "Sam", "--grade", "6").returncode == 0
    err = _one_line_error(cli("quiz", "--course", COURSE, "--learner", "Sam"))
    assert "drafts wait for a teacher" in err
    items = json.loads(cli("quiz", "--course", COURSE, "--list", "--json").stdout)["items"]
    assert items and all(i["status"] == "draft" and i["citation"] for i in items)
    assert cli("quiz", "--course", COURSE, "--approve", "all").returncode == 0
    first = items[0]
    letters = "abcdef"
    right = letters[first["choices"].index(first["answer"])] if first["choices"] else first["answer"]
    r = cli("quiz", "--course", COURSE, "--learner", "Sam", "--count", "2", stdin=f"hint\n{right}\nzzzz\n")
    assert r.returncode == 0, r.stderr
    assert "[nudge]" in r.stdout and "Correct!" in r.stdout and "Not quite." in r.stdout
    assert "Source:" in r.stdout and "comes back for review" in r.stdout
    assert "What to do next:" in r.stdout
    report = json.loads(cli("learners", "show", "Sam", "--json").stdout)
    assert report["mastery"] and report["next_reviews"]
    assert report["plan"][0]["text"]


def test_quiz_json_mode_prints_only_the_summary(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("learners", "add", "Lee").returncode == 0
    r = cli("quiz", "--course", COURSE, "--learner", "Lee", "--count", "1", "--json", stdin="a\n")
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["asked"] == 1 and summary["results"][0]["citation"]


def test_risky_answer_text_gets_a_kind_reply_and_a_teacher_alert(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("learners", "add", "Kit").returncode == 0
    r = cli("quiz", "--course", COURSE, "--learner", "Kit", "--count", "1", stdin="I want to kill myself\nquit\n")
    assert r.returncode == 0, r.stderr
    assert "trusted adult" in r.stdout and "Not quite" not in r.stdout   # not graded as a wrong answer
    import sqlite3

    kit_id = json.loads(cli("learners", "show", "Kit", "--json").stdout)["learner"]["id"]
    with sqlite3.connect(cli.home / "lantern.db") as db:
        alerts = [json.loads(p) for (p,) in db.execute(
            "SELECT payload FROM outbox WHERE kind = 'teacher_alert' AND learner_id = ?", [kit_id])]
        attempts = db.execute("SELECT COUNT(*) FROM quiz_attempts WHERE learner_id = ?", [kit_id]).fetchone()[0]
    assert [(a["category"], a["source"]) for a in alerts] == [("self_harm", "quiz")] and attempts == 0
    rows = [json.loads(line) for line in (cli.home / "logs" / "safety.jsonl").read_text().splitlines()]
    assert any(r["category"] == "self_harm" and r["learner_id"] == kit_id for r in rows)


def test_quiz_errors_are_one_line(cli) -> None:  # type: ignore[no-untyped-def]
    assert "No course called" in _one_line_error(cli("quiz", "--course", "Nope", "--learner", "Sam"))
    assert "Who is taking the quiz" in _one_line_error(cli("quiz", "--course", COURSE))
    assert "No learner called" in _one_line_error(cli("quiz", "--course", COURSE, "--learner", "Ghost"))


def _first_item(cli) -> dict:  # type: ignore[no-untyped-def]
    """The item a new learner is asked first (teacher-approved; unanswered items in the bank's order)."""
    if not json.loads(cli("quiz", "--course", COURSE, "--list", "--json").stdout)["items"]:   # run on its own
        assert cli("quiz", "--course", COURSE, "--generate", "6").returncode == 0
    assert cli("quiz", "--course", COURSE, "--approve", "all").returncode == 0
    return json.loads(cli("quiz", "--course", COURSE, "--list", "--status", "approved", "--json").stdout)["items"][0]


def test_quiz_json_mode_lists_the_kind_replies_it_does_not_print(cli) -> None:  # type: ignore[no-untyped-def]
    _first_item(cli)
    assert cli("learners", "add", "Jo").returncode == 0
    r = cli("quiz", "--course", COURSE, "--learner", "Jo", "--count", "1", "--json",
            stdin="I want to kill myself\nI feel so alone\nquit\n")
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)                     # still one JSON document, the old keys as they were
    assert summary["asked"] == 0 and summary["results"] == [] and "plan" in summary
    replies = summary["replies"]
    assert [(m["number"], m["kind"]) for m in replies] == [(1, "safety"), (1, "feeling"), (1, "hint")]
    safety, feeling, hint = replies
    assert "trusted adult" in safety["text"] and (safety["category"], safety["alert"]) == ("self_harm", "self_harm")
    assert feeling["text"].startswith("I'm sorry you feel this way") and feeling["alert"] == "distress"
    assert hint["rung"] == "nudge" and hint["text"] and safety["question"] == hint["question"]


def test_three_hints_do_not_mark_an_item_hard_and_the_answer_rung_does(cli) -> None:  # type: ignore[no-untyped-def]
    first = _first_item(cli)
    right = "abcdef"[first["choices"].index(first["answer"])] if first["choices"] else first["answer"]
    for name, hints, comes_back in (("Max", 3, False), ("Mia", 4, True)):
        assert cli("learners", "add", name).returncode == 0
        r = cli("quiz", "--course", COURSE, "--learner", name, "--count", "1", "--json",
                stdin="hint\n" * hints + f"{right}\n")
        assert r.returncode == 0, r.stderr
        summary = json.loads(r.stdout)
        result = summary["results"][0]
        assert result["question"] == first["question"] and result["correct"] and result["hints_used"] == hints
        assert (result["review_due"] is not None) is comes_back, (name, result)
        assert [m["rung"] for m in summary["replies"]][-1] == ("answer" if comes_back else "worked step")


def test_quiz_events_show_each_question_before_its_answer_is_read(cli) -> None:  # type: ignore[no-untyped-def]
    """`--events` is for a program driving the quiz: each line is shown before stdin is read for it, so the
    front end can put the question (and then the hint) on screen while the child thinks."""
    import queue
    import threading

    first = _first_item(cli)
    right = "abcdef"[first["choices"].index(first["answer"])] if first["choices"] else first["answer"]
    assert cli("learners", "add", "Ren").returncode == 0
    env = {**os.environ, "LANTERN_HOME": str(cli.home), "LANTERN_QUIZ_MODEL_ITEMS": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "quiz", "--course", COURSE, "--learner", "Ren",
                             "--count", "1", "--events"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()  # type: ignore[union-attr]

    def next_event() -> dict:  # type: ignore[type-arg]
        return json.loads(lines.get(timeout=120))      # queue.Empty: the line never came while stdin waited

    try:
        question = next_event()                         # nothing has been typed yet
        assert question == {"event": "question", "number": 1, "id": first["id"], "kind": first["kind"],
                            "question": first["question"], "choices": first["choices"]}
        proc.stdin.write("hint\n")                      # type: ignore[union-attr]
        proc.stdin.flush()                              # type: ignore[union-attr]
        hint = next_event()
        assert (hint["event"], hint["kind"], hint["rung"]) == ("reply", "hint", "nudge") and hint["text"]
        proc.stdin.write(f"{right}\n")                  # type: ignore[union-attr]
        proc.stdin.close()                              # type: ignore[union-attr]
        graded = next_event()
        assert (graded["event"], graded["number"], graded["correct"], graded["hints_used"]) == ("graded", 1, True, 1)
        assert graded["message"]
        summary = next_event()
        assert (summary["event"], summary["asked"], summary["correct"]) == ("summary", 1, 1)
        assert [r["kind"] for r in summary["replies"]] == ["hint"]
        assert proc.wait(timeout=60) == 0, proc.stderr.read()   # type: ignore[union-attr]
    finally:
        proc.kill()


def _events(r: subprocess.CompletedProcess[str]) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_quiz_events_questions_carry_the_item_id_and_kind(cli) -> None:  # type: ignore[no-untyped-def]
    """A front end words a true/false item's "True"/"False" in the learner's language from `kind`; `choices`
    stay as the engine has them."""
    _first_item(cli)
    approved = {i["id"]: i for i in json.loads(
        cli("quiz", "--course", COURSE, "--list", "--status", "approved", "--json").stdout)["items"]}
    assert cli("learners", "add", "Ivy").returncode == 0
    r = cli("quiz", "--course", COURSE, "--learner", "Ivy", "--count", "6", "--events", stdin="skip\n" * 6)
    assert r.returncode == 0, r.stderr
    questions = [e for e in _events(r) if e["event"] == "question"]
    assert questions
    for q in questions:
        item = approved[q["id"]]
        assert (q["kind"], q["question"], q["choices"]) == (item["kind"], item["question"], item["choices"])
    assert {q["kind"] for q in questions} <= {"choice", "true_false", "short"}


def test_quiz_events_skip_sends_skipped_then_the_next_question(cli) -> None:  # type: ignore[no-untyped-def]
    _first_item(cli)
    assert cli("learners", "add", "Oli").returncode == 0
    r = cli("quiz", "--course", COURSE, "--learner", "Oli", "--count", "2", "--events", stdin="skip\n\n")
    assert r.returncode == 0, r.stderr
    events = _events(r)
    assert [e["event"] for e in events] == ["question", "skipped", "question", "skipped", "summary"]
    first, skipped, second, blank = events[:4]
    assert skipped == {"event": "skipped", "number": 1, "id": first["id"]}
    assert second["number"] == 2
    assert blank == {"event": "skipped", "number": 2, "id": second["id"]}   # an empty line skips too
    assert events[-1]["asked"] == 0


def test_quiz_events_quit_or_end_of_input_sends_stopped_before_the_summary(cli) -> None:  # type: ignore[no-untyped-def]
    _first_item(cli)
    assert cli("learners", "add", "Uma").returncode == 0
    for stdin, reason in (("quit\n", "quit"), ("", "end_of_input")):
        r = cli("quiz", "--course", COURSE, "--learner", "Uma", "--count", "3", "--events", stdin=stdin)
        assert r.returncode == 0, r.stderr
        events = _events(r)
        assert [e["event"] for e in events] == ["question", "stopped", "summary"], (reason, events)
        assert events[1] == {"event": "stopped", "number": 1, "id": events[0]["id"], "reason": reason}
        assert events[2]["asked"] == 0


def test_quiz_events_end_with_an_error_event_on_a_lantern_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The front end reads stdout only: an error must not just end the stream. stderr and the exit code stay
    as without `--events`."""
    fresh = {"LANTERN_HOME": str(tmp_path)}          # a course whose items no teacher has approved yet
    assert cli("import", str(SAMPLE), "--course", "Fresh", env=fresh).returncode == 0
    assert cli("learners", "add", "Vic", env=fresh).returncode == 0
    plain = cli("quiz", "--course", "Fresh", "--learner", "Vic", env=fresh)
    r = cli("quiz", "--course", "Fresh", "--learner", "Vic", "--events", env=fresh)
    assert _one_line_error(r) == _one_line_error(plain)
    [error] = _events(r)
    assert error["event"] == "error" and "no approved quiz items" in error["message"] and "--approve" in error["hint"]
    assert r.stderr.strip() == f"lantern: error: {error['message']} {error['hint']}"
    ghost = cli("quiz", "--course", "Fresh", "--learner", "Ghost", "--events", env=fresh)   # before any quiz too
    assert _one_line_error(ghost) and [e["event"] for e in _events(ghost)] == ["error"]
