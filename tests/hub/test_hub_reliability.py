"""Crashes mid-sync: kill -9 the hub mid-push, kill -9 the client mid-sync; every event arrives once."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from hub import schema as t
from hub.db import make_engine
from hubkit import REPO, Kiosk, ProcessHub, Seed, count_events


def hub_event_ids(url: str) -> list[str]:
    engine = make_engine(url, pool_size=1, max_overflow=0)
    with engine.connect() as conn:
        ids = [r[0] for r in conn.execute(sa.select(t.events.c.id))]
    engine.dispose()
    return ids


def wait_until(predicate, timeout: float, step: float = 0.02) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


@pytest.mark.slow
def test_kill_9_of_the_hub_mid_push_then_restart_delivers_every_event_exactly_once(
        seed: Seed, tmp_path: Path) -> None:
    total = 4000
    hub = ProcessHub(seed.url, workers=1, log=tmp_path / "hub.log").start()
    kiosk = Kiosk(tmp_path / "kiosk", batch_size=25)
    try:
        kiosk.sync.enroll(hub.url, seed.codes["5B"])
        learner = kiosk.add_learner("Ana")
        kiosk.answer_quiz(learner, total - 1)
        kiosk.sync.start()
        assert wait_until(lambda: count_events(seed.url) > 200, 120)
        hub.kill9()                                   # the whole server, mid-push
        at_kill = count_events(seed.url)
        assert at_kill < total, "push finished before the kill; the test did not exercise a crash"
        assert wait_until(lambda: kiosk.sync.state.phase == "offline", 60)
        assert kiosk.sync.pending_count() > 0
        hub.start()                                   # same port, same database
        assert wait_until(lambda: kiosk.sync.pending_count() == 0 and kiosk.sync.state.phase == "synced", 300), \
            kiosk.sync.state
    finally:
        kiosk.sync.stop()
        hub.stop()
    ids = hub_event_ids(seed.url)
    assert len(ids) == total == len(set(ids))
    assert set(ids) == kiosk.outbox_ids()
    kiosk.close()


@pytest.mark.slow
def test_kill_9_of_the_client_mid_sync_then_rerun_delivers_every_event_exactly_once(
        seed: Seed, tmp_path: Path) -> None:
    total = 1500
    home = tmp_path / "kiosk"
    with ProcessHub(seed.url, workers=2) as hub:
        kiosk = Kiosk(home)
        kiosk.sync.enroll(hub.url, seed.codes["5B"])
        kiosk.answer_quiz(kiosk.add_learner("Ben"), total - 1)
        kiosk.close()
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("LANTERN_")},
               "LANTERN_HOME": str(home), "LANTERN_SYNC_TOKEN_STORAGE": "file", "LANTERN_SYNC_BATCH_SIZE": "10"}
        cmd = [sys.executable, "-m", "app.cli", "sync", "now", "--json"]
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert wait_until(lambda: count_events(seed.url) > 50, 120)
        proc.send_signal(signal.SIGKILL)              # the kiosk dies mid-sync
        proc.wait(10)
        at_kill = count_events(seed.url)
        assert at_kill < total, "sync finished before the kill; the test did not exercise a crash"
        done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        import json

        report = json.loads(done.stdout)
        assert report["pushed"] + report["duplicates"] >= total - at_kill
        ids = hub_event_ids(seed.url)
        assert len(ids) == total == len(set(ids))
        kiosk = Kiosk(home)
        assert set(ids) == kiosk.outbox_ids()
        assert kiosk.sync.pending_count() == 0
        kiosk.close()
