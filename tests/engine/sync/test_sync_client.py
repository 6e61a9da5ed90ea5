"""SyncClient against a real hub on loopback: push, pull, privacy, refusals, offline, concurrency."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from engine.errors import SyncError
from hubkit import Kiosk, Seed, ThreadHub, count_events, free_port, hub_post


def test_enrolled_kiosk_pushes_its_outbox_once_and_reports_synced(kiosk: Kiosk, hub: ThreadHub, seed: Seed) -> None:
    assert kiosk.sync.state.phase == "not_enrolled"
    info = kiosk.sync.enroll(hub.url, seed.codes["5B"], device_name="kiosk-a")
    assert info.class_name == "5B" and kiosk.sync.enrolled
    ana = kiosk.add_learner("Ana")
    kiosk.answer_quiz(ana, 30)
    assert kiosk.sync.pending_count() == 31
    report = kiosk.sync.sync_once()
    assert (report.pushed, report.duplicates, report.rejected) == (31, 0, 0)
    assert count_events(seed.url) == 31
    assert kiosk.store.db.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0] == 0
    state = kiosk.sync.state
    assert state.phase == "synced" and state.pending == 0 and state.label.startswith("Synced at ")
    again = kiosk.sync.sync_once()
    assert (again.pushed, again.duplicates) == (0, 0)


def test_outbox_marked_unsent_is_pushed_again_and_the_hub_ignores_duplicates(kiosk: Kiosk, hub: ThreadHub, seed: Seed) -> None:
    kiosk.sync.enroll(hub.url, seed.codes["5B"])
    kiosk.answer_quiz(kiosk.add_learner("Ben"), 40)
    kiosk.sync.sync_once()
    with kiosk.store.write() as db:   # as if we crashed after the hub committed but before we did
        db.execute("UPDATE outbox SET sent_at = NULL")
    report = kiosk.sync.sync_once()
    assert (report.pushed, report.duplicates) == (0, 41)
    assert count_events(seed.url) == 41


def test_conversation_text_stays_on_the_device_unless_the_school_allows_it(kiosk: Kiosk, hub: ThreadHub,
                                                                            seed: Seed) -> None:
    from hub import accounts
    from hub.db import make_engine

    kiosk.sync.enroll(hub.url, seed.codes["5B"])
    ana = kiosk.add_learner("Ana")
    with kiosk.store.write() as db:
        kiosk.store.record_event(db, "message", "m1", {"text": "I find fractions hard"}, learner_id=ana)
    assert kiosk.sync.pending_count() == 1       # the profile only
    report = kiosk.sync.sync_once()
    assert (report.pushed, report.withheld) == (1, 1)
    assert count_events(seed.url, kind="message") == 0
    engine = make_engine(seed.url)
    with engine.begin() as conn:
        accounts.set_school_privacy(conn, "Hill School", allow_conversation_text=True)
    engine.dispose()
    report = kiosk.sync.sync_once()
    assert (report.pushed, report.withheld) == (1, 0)
    assert count_events(seed.url, kind="message") == 1


def test_credentials_in_a_profile_never_leave_the_device(kiosk: Kiosk, hub: ThreadHub, seed: Seed) -> None:
    import sqlalchemy as sa

    from hub import schema as t
    from hub.db import make_engine

    kiosk.sync.enroll(hub.url, seed.codes["5B"])
    with kiosk.store.write() as db:
        kiosk.store.record_event(db, "profile", "l1", {"display_name": "Ana", "pin_hash": "scrypt$abc", "grade": 4},
                                 learner_id="l1")
    kiosk.sync.sync_once()
    engine = make_engine(seed.url)
    with engine.connect() as conn:
        (payload,) = conn.execute(sa.select(t.events.c.payload)).scalars()
    engine.dispose()
    assert payload == {"display_name": "Ana", "grade": 4}


def test_an_event_the_hub_refuses_is_kept_aside_and_the_rest_still_syncs(tmp_path: Path, hub: ThreadHub,
                                                                         seed: Seed) -> None:
    a, b = Kiosk(tmp_path / "a"), Kiosk(tmp_path / "b")
    try:
        a.sync.enroll(hub.url, seed.codes["5B"])
        b.sync.enroll(hub.url, seed.codes["6A"])
        ana = a.add_learner("Ana")
        a.sync.sync_once()
        # kiosk b (class 6A) holds progress for 5B's learner: the hub refuses that one event only
        b.answer_quiz(b.add_learner("Cleo"), 9)
        with b.store.write() as db:
            forged = b.store.record_event(db, "quiz_attempt", "x", {"correct": True}, learner_id=ana)
            bad_kind = b.store.record_event(db, "Quiz Attempt!", "y", {}, learner_id=None)
        report = b.sync.sync_once()
        assert (report.pushed, report.rejected) == (10, 2)
        rejected = {r["event_id"]: r["reason"] for r in b.sync.rejected()}
        assert "another class" in rejected[forged] and "invalid on this device" in rejected[bad_kind]
        assert b.sync.pending_count() == 0
        assert count_events(seed.url, learner_id=ana) == 1    # only kiosk a's profile event
        # the refused rows are still in the outbox: nothing a learner did is deleted
        assert {forged, bad_kind} <= b.outbox_ids()
    finally:
        a.close()
        b.close()


def test_pull_applies_roster_and_published_courses_and_resumes_from_the_cursor(tmp_path: Path, hub: ThreadHub,
                                                                              seed: Seed) -> None:
    a, b = Kiosk(tmp_path / "a"), Kiosk(tmp_path / "b")
    try:
        a.sync.enroll(hub.url, seed.codes["5B"])
        b.sync.enroll(hub.url, seed.codes["5B"])
        ana = a.add_learner("Ana")
        a.sync.sync_once()
        course = {"name": "Fractions", "language": "en", "description": "Halves and quarters",
                  "lessons": [{"id": "l1", "title": "Halves", "text": "A half is one of two equal parts."}]}
        hub_post(hub.url, "/v1/classes/5B/publish", seed.teacher_token,
                 {"kind": "course", "entity_id": "fractions", "payload": course})
        report = b.sync.sync_once()
        assert report.pulled == 2                          # Ana on the roster + the course
        assert b.store.db.execute("SELECT name FROM learners WHERE id=?", [ana]).fetchone()[0] == "Ana"
        assert b.store.db.execute("SELECT name, description FROM courses WHERE id='fractions'").fetchone() == \
            ("Fractions", "Halves and quarters")
        (item,) = b.sync.published("course")
        assert item.payload["lessons"][0]["title"] == "Halves"
        assert b.sync.sync_once().pulled == 0              # the cursor remembers
        hub_post(hub.url, "/v1/classes/5B/publish", seed.teacher_token,
                 {"kind": "course", "entity_id": "fractions", "payload": course | {"name": "Fractions 2"}})
        assert b.sync.sync_once().pulled == 1
        assert b.store.db.execute("SELECT name FROM courses WHERE id='fractions'").fetchone()[0] == "Fractions 2"
    finally:
        a.close()
        b.close()


def test_unreachable_hub_keeps_the_outbox_and_background_sync_catches_up(kiosk: Kiosk, seed: Seed) -> None:
    port = free_port()
    with ThreadHub(seed.url, port=port) as hub:
        kiosk.sync.enroll(hub.url, seed.codes["5B"])
    ben = kiosk.add_learner("Ben")
    kiosk.answer_quiz(ben, 12)
    with pytest.raises(SyncError) as err:
        kiosk.sync.sync_once()
    assert err.value.kind == "offline"
    assert kiosk.sync.pending_count() == 13
    states: list[str] = []
    kiosk.sync.add_listener(lambda s: states.append(s.phase))
    kiosk.sync.start()
    deadline = time.monotonic() + 10
    while kiosk.sync.state.phase != "offline" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert kiosk.sync.state.phase == "offline" and kiosk.sync.state.pending == 13
    assert kiosk.sync.state.label == "Offline · 13 waiting"
    with ThreadHub(seed.url, port=port):
        deadline = time.monotonic() + 15
        while kiosk.sync.state.phase != "synced" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert kiosk.sync.state.phase == "synced", kiosk.sync.state
    kiosk.sync.stop()
    assert count_events(seed.url) == 13
    assert "syncing" in states and "offline" in states


def test_hub_database_down_is_a_retryable_error_and_nothing_is_marked_sent(kiosk: Kiosk, hub: ThreadHub,
                                                                          seed: Seed) -> None:
    kiosk.sync.enroll(hub.url, seed.codes["5B"])
    kiosk.answer_quiz(kiosk.add_learner("Ana"), 5)
    with ThreadHub(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/gone") as broken:
        with kiosk.store.write() as db:
            db.execute("UPDATE sync_state SET value=? WHERE key='hub_url'", [broken.url])
        with pytest.raises(SyncError) as err:
            kiosk.sync.sync_once()
    assert err.value.kind == "server" and "retry" in str(err.value).lower()
    assert kiosk.sync.pending_count() == 6
    with kiosk.store.write() as db:
        db.execute("UPDATE sync_state SET value=? WHERE key='hub_url'", [hub.url])
    assert kiosk.sync.sync_once().pushed == 6


def test_revoked_device_gets_an_auth_error_telling_it_to_enroll_again(kiosk: Kiosk, hub: ThreadHub, seed: Seed) -> None:
    from hub import accounts
    from hub.db import make_engine

    info = kiosk.sync.enroll(hub.url, seed.codes["5B"])
    engine = make_engine(seed.url)
    with engine.begin() as conn:
        accounts.revoke_device(conn, info.device_id)
    engine.dispose()
    kiosk.answer_quiz(kiosk.add_learner("Ana"), 2)
    with pytest.raises(SyncError) as err:
        kiosk.sync.sync_once()
    assert err.value.kind == "auth" and "enroll" in str(err.value).lower()
    assert kiosk.sync.pending_count() == 3


def test_tutoring_writes_while_syncing_never_hit_database_locked(kiosk: Kiosk, hub: ThreadHub, seed: Seed) -> None:
    kiosk.sync.enroll(hub.url, seed.codes["5B"])
    ana = kiosk.add_learner("Ana")
    errors: list[BaseException] = []

    def tutor() -> None:
        try:
            for _ in range(150):
                kiosk.answer_quiz(ana, 4)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    worker = threading.Thread(target=tutor)
    worker.start()
    while worker.is_alive():
        kiosk.sync.sync_once()
    worker.join()
    kiosk.sync.sync_once()
    assert errors == []
    assert count_events(seed.url) == 601


def test_the_hybrid_clock_never_goes_back_after_a_restart(tmp_path: Path) -> None:
    from engine.store import Store
    from engine.sync import SyncClient

    home = tmp_path / "k"
    with Store.open(home) as store:
        with store.write() as db:
            store.record_event(db, "profile", "l1", {"display_name": "A"}, learner_id="l1")
            # as if an earlier run had a clock a day ahead
            db.execute("UPDATE outbox SET hlc = ?", [f"{9_999_999_999_999:013d}-0007-{store.clock.node}"])
    with Store.open(home) as store:
        SyncClient(store, home, token_storage="file")
        with store.write() as db:
            store.record_event(db, "profile", "l1", {"display_name": "B"}, learner_id="l1")
        stamps = [r[0] for r in store.db.execute("SELECT hlc FROM outbox ORDER BY created_at, rowid")]
    assert stamps[1] > stamps[0]


def test_published_lessons_and_quizzes_land_in_the_library_tables(kiosk: Kiosk, hub: ThreadHub, seed: Seed) -> None:
    import json

    kiosk.sync.enroll(hub.url, seed.codes["5B"])
    with kiosk.store.write() as db:   # a local course already called "Fractions": the hub's copy stays in sync_feed
        db.execute("INSERT INTO courses (id, name, created_at, updated_at) VALUES ('local', 'Fractions', 'x', 'x')")
    post = lambda kind, eid, payload: hub_post(hub.url, "/v1/classes/5B/publish", seed.teacher_token,  # noqa: E731
                                               {"kind": kind, "entity_id": eid, "payload": payload})
    post("course", "fractions", {"name": "Fractions"})
    post("course", "decimals", {"name": "Decimals"})
    post("lesson", "tenths", {"course_id": "decimals", "title": "Tenths", "ordinal": 1})
    post("quiz", "decimals-quiz", {"course_id": "decimals", "items": [
        {"id": "q1", "question": "What is 0.5 as a fraction?", "choices": ["1/2", "1/5"], "answer": "1/2",
         "skill": "decimals"}, {"question": "no id: skipped"}]})
    report = kiosk.sync.sync_once()
    assert report.pulled == 4
    db = kiosk.store.db
    assert db.execute("SELECT id FROM courses ORDER BY name").fetchall() == [("decimals",), ("local",)]
    assert {p.entity_id for p in kiosk.sync.published("course")} == {"fractions", "decimals"}
    assert db.execute("SELECT course_id, title FROM lessons WHERE id='tenths'").fetchone() == ("decimals", "Tenths")
    q = db.execute("SELECT course_id, question, choices, answer, status, origin FROM quiz_items WHERE id='q1'").fetchone()
    assert q[:2] == ("decimals", "What is 0.5 as a fraction?") and json.loads(q[2]) == ["1/2", "1/5"]
    assert q[3:] == ("1/2", "approved", "teacher")


def test_a_kiosk_updated_to_know_outlines_fetches_the_ones_its_older_version_was_not_sent(
        tmp_path: Path, hub: ThreadHub, seed: Seed) -> None:
    import httpx

    a, b = Kiosk(tmp_path / "a"), Kiosk(tmp_path / "b")
    try:
        a.sync.enroll(hub.url, seed.codes["5B"])
        b.sync.enroll(hub.url, seed.codes["5B"])
        outline = {"course_id": "math", "course_name": "Math",
                   "units": [{"id": "u1", "title": "Numbers", "lessons": [{"id": "l1", "title": "Halves"}]}]}
        with a.store.write() as db:
            a.store.record_event(db, "outline.published", "math", outline)
        a.add_learner("Ana")
        a.sync.sync_once()
        # Kiosk b pulls as its previous version did (no kinds named): no outline, and its cursor moves past it.
        old = httpx.get(hub.url + "/v1/feed", params={"cursor": 0, "limit": 200}, timeout=30,
                        headers={"Authorization": f"Bearer {b.sync.tokens.load()}"}).json()
        assert [i["kind"] for i in old["items"]] == ["roster.learner"]
        with b.store.write() as db:
            db.execute("INSERT INTO sync_state (key, value) VALUES ('cursor', ?) ON CONFLICT(key) DO UPDATE "
                       "SET value=excluded.value", [str(old["cursor"])])
            db.execute("DELETE FROM sync_state WHERE key='feed_kinds'")
        assert b.sync.published("outline") == []
        assert b.sync.sync_once().pulled == 1             # the updated version fetches what it was not sent
        (item,) = b.sync.published("outline")
        assert item.payload["units"][0]["lessons"][0]["title"] == "Halves"
        assert b.sync.sync_once().pulled == 0             # once: the kinds it knows are remembered
    finally:
        a.close()
        b.close()
