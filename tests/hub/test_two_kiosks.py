"""The issue's "Done means": two kiosks offline, the hub comes up, both sync, the teacher sees both
learners exactly once, and a course the teacher publishes appears on both kiosks."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hubkit import REPO, Kiosk, ProcessHub, Seed, ThreadHub, hub_get, hub_post


def wait_until(predicate, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


@pytest.mark.slow
def test_two_kiosks_sync_progress_once_and_both_receive_the_published_course(seed: Seed, tmp_path: Path) -> None:
    hub = ProcessHub(seed.url, workers=2, log=tmp_path / "hub.log")
    a, b = Kiosk(tmp_path / "kiosk-a"), Kiosk(tmp_path / "kiosk-b")
    try:
        # Morning: the teacher enrolled both kiosks while the hub was up (here: briefly, in-process).
        with ThreadHub(seed.url, port=hub.port) as morning:
            a.sync.enroll(morning.url, seed.codes["5B"], device_name="kiosk-a")
            b.sync.enroll(morning.url, seed.codes["5B"], device_name="kiosk-b")
        # Offline all day: learners answer quizzes with the real tutor engine; the workers see no hub.
        a.sync.start()
        b.sync.start()
        ana = a.tutor_learner_does_quiz("Ana", [True, False, True, True, False, True])   # 4 of 6
        ben = b.tutor_learner_does_quiz("Ben", [True, True, False])                       # 2 of 3
        a.sync.wake()
        b.sync.wake()
        # Each worker may have gone offline before its learner's quiz was saved: wait for the count to catch up.
        assert wait_until(lambda: a.sync.state.phase == "offline" and b.sync.state.phase == "offline"
                          and (a.sync.state.pending, b.sync.state.pending)
                          == (len(a.outbox_ids()), len(b.outbox_ids())), 60)
        # The hub (`lantern hub serve`, two workers) comes up; both kiosks sync by themselves.
        hub.start()
        assert wait_until(lambda: a.sync.state.phase == "synced" and b.sync.state.phase == "synced", 120), \
            (a.sync.state, b.sync.state)
        report = hub_get(hub.url, "/v1/classes/5B/report", seed.teacher_token)
        by_name = {lp["display_name"]: lp for lp in report["learners"]}
        assert sorted(by_name) == ["Ana", "Ben"]
        assert (by_name["Ana"]["attempts"], by_name["Ana"]["correct"]) == (6, 4)
        assert (by_name["Ben"]["attempts"], by_name["Ben"]["correct"]) == (2 + 1, 2)
        for kiosk, lid, name in ((a, ana, "Ana"), (b, ben, "Ben")):
            level = kiosk.store.db.execute("SELECT level FROM mastery WHERE learner_id=?", [lid]).fetchone()[0]
            assert by_name[name]["mastery"] == {"fractions": round(level, 4)}
            assert by_name[name]["events"] == len(kiosk.outbox_ids())
        # A second round of syncing changes nothing: exactly once.
        # (wait for a whole new round on both kiosks: a fixed sleep proves nothing on a loaded machine)
        before = (a.sync.state.last_synced_at, b.sync.state.last_synced_at)
        a.sync.wake()
        b.sync.wake()
        assert wait_until(lambda: a.sync.state.last_synced_at != before[0] and b.sync.state.last_synced_at != before[1]
                          and a.sync.state.phase == b.sync.state.phase == "synced", 120), (a.sync.state, b.sync.state)
        assert hub_get(hub.url, "/v1/classes/5B/report", seed.teacher_token)["learners"] == report["learners"]
        # The teacher's CLI report says the same.
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("LANTERN_")},
               "LANTERN_HUB_DATABASE_URL": seed.url}
        cli = subprocess.run([sys.executable, "-m", "app.cli", "hub", "report", "5B"], cwd=REPO, env=env,
                             capture_output=True, text=True, timeout=60)
        assert cli.returncode == 0, cli.stderr
        assert "2 learner(s)" in cli.stdout
        assert [ln.split()[:3] for ln in cli.stdout.splitlines() if ln.startswith(("Ana", "Ben"))] == \
            [["Ana", "6", "4"], ["Ben", "3", "2"]]
        # The teacher publishes a course; it appears on both kiosks.
        hub_post(hub.url, "/v1/classes/5B/publish", seed.teacher_token,
                 {"kind": "course", "entity_id": "water-cycle",
                  "payload": {"name": "The Water Cycle", "language": "en", "description": "Rain, rivers, clouds"}})
        a.sync.wake()
        b.sync.wake()
        for k in (a, b):
            assert wait_until(lambda k=k: k.store.db.execute(
                "SELECT name FROM courses WHERE id='water-cycle'").fetchone() is not None, 60)
            assert [p.payload["name"] for p in k.sync.published("course")] == ["The Water Cycle"]
        # Each kiosk also learned the other's learner from the roster.
        assert a.store.db.execute("SELECT name FROM learners WHERE id=?", [ben]).fetchone()[0] == "Ben"
        assert b.store.db.execute("SELECT name FROM learners WHERE id=?", [ana]).fetchone()[0] == "Ana"
    finally:
        a.close()
        b.close()
        hub.stop()
