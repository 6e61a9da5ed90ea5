"""`lantern hub ...` and `lantern sync ...` as a person runs them: subprocesses, a real hub on loopback."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hubkit import REPO, Kiosk, ThreadHub, fresh_database


def lantern(*args: str, home: Path, hub_db: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTERN_")}
    env |= {"LANTERN_HOME": str(home), "LANTERN_HUB_DATABASE_URL": hub_db, "LANTERN_SYNC_TOKEN_STORAGE": "file"}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)


def one_line_error(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 1, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert "Traceback" not in r.stderr and lines[-1].startswith("lantern: error: "), r.stderr
    return lines[-1]


def test_admin_enroll_sync_and_report_from_the_command_line(tmp_path: Path) -> None:
    db = fresh_database("sqlite", tmp_path)
    home = tmp_path / "kiosk"
    run = lambda *a: lantern(*a, home=home, hub_db=db)  # noqa: E731

    assert run("hub", "admin", "add-school", "Hill School").returncode == 0
    assert run("hub", "admin", "add-class", "Hill School", "5B").returncode == 0
    teacher = run("hub", "admin", "add-teacher", "Hill School", "Ms Ada")
    assert "Token (shown once" in teacher.stdout
    code = run("hub", "admin", "code", "5B")
    assert code.returncode == 0 and "lantern sync enroll" in code.stderr
    code_text = code.stdout.strip()

    assert "not enrolled" in one_line_error(run("sync", "now"))
    with ThreadHub(db) as hub:
        assert "not known" in one_line_error(run("sync", "enroll", hub.url, "ABCD-EFGH"))
        enrolled = run("sync", "enroll", hub.url, code_text, "--name", "kiosk-7")
        assert enrolled.returncode == 0 and "class 5B" in enrolled.stdout and "0600" in enrolled.stdout
        assert "progress only" in enrolled.stdout

        kiosk = Kiosk(home)
        kiosk.answer_quiz(kiosk.add_learner("Ana"), 5, correct_every=5)
        kiosk.close()
        status = json.loads(run("sync", "status", "--json").stdout)
        assert status["enrolled"] and status["pending"] == 6 and status["class_name"] == "5B"
        assert status["token_storage"].startswith("file:")
        now = json.loads(run("sync", "now", "--json").stdout)
        assert (now["pushed"], now["duplicates"]) == (6, 0)
        assert json.loads(run("sync", "status", "--json").stdout)["pending"] == 0

    report = json.loads(run("hub", "report", "5B", "--json").stdout)
    (ana,) = report["learners"]
    assert (ana["display_name"], ana["attempts"], ana["correct"]) == ("Ana", 5, 1)
    listing = json.loads(run("hub", "admin", "list", "--json").stdout)
    device = listing["schools"][0]["classes"][0]["devices"][0]
    assert device["name"] == "kiosk-7"
    assert run("hub", "admin", "revoke-device", device["id"]).returncode == 0
    with ThreadHub(db):
        pass
    assert "No class 'Nope'" in one_line_error(run("hub", "report", "Nope"))


def test_publish_refuses_a_broken_file_with_one_line(tmp_path: Path) -> None:
    db = fresh_database("sqlite", tmp_path)
    home = tmp_path / "h"
    run = lambda *a: lantern(*a, home=home, hub_db=db)  # noqa: E731
    run("hub", "admin", "add-school", "S")
    run("hub", "admin", "add-class", "S", "C")
    bad = tmp_path / "course.json"
    bad.write_text("{not json", encoding="utf-8")
    assert "not valid JSON" in one_line_error(run("hub", "admin", "publish", "C", str(bad), "--kind", "course"))
    good = tmp_path / "fractions.json"
    good.write_text(json.dumps({"id": "fractions", "name": "Fractions"}), encoding="utf-8")
    ok = run("hub", "admin", "publish", "C", str(good), "--kind", "course")
    assert ok.returncode == 0 and "Published course 'fractions'" in ok.stdout
