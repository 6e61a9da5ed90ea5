"""The teacher's class view from the hub (GET /v1/classes/{class}/view) on SQLite and PostgreSQL, its
client (engine/sync/teacher_report.py) against a real hub on loopback, and a teacher's published
learning path reaching the other kiosks of the class through the feed."""
from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from engine.errors import SyncErrorKind
from engine.sync.teacher_report import TeacherReportError, fetch_class_view
from engine.wire import ClassView
from hub import schema as t
from hub.db import make_engine
from hub.pgtemp import free_port
from hubkit import Seed, ThreadHub

NOW = datetime.now(UTC).replace(microsecond=0)
_clock = iter(range(1_790_000_000_000, 1_790_000_000_000 + 10**9))


def teacher(seed: Seed) -> dict[str, str]:
    return {"Authorization": f"Bearer {seed.teacher_token}"}


def enroll(client: TestClient, code: str, name: str) -> dict[str, str]:
    r = client.post("/v1/enroll", json={"code": code, "device_name": name})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def ev(kind: str, learner: str | None, payload: dict[str, Any], *, entity: str | None = None,
       at: datetime = NOW, ms: int | None = None, node: str = "k1") -> dict[str, Any]:
    stamp = ms if ms is not None else next(_clock)
    return {"id": str(uuid.uuid4()), "kind": kind, "entity_id": entity or str(uuid.uuid4()), "learner_id": learner,
            "hlc": f"{stamp:013d}-0000-{node}", "created_at": at.isoformat().replace("+00:00", "Z"), "payload": payload}


def push(client: TestClient, device: dict[str, str], events: list[dict[str, Any]]) -> None:
    r = client.post("/v1/events", headers=device, json={"batch_id": str(uuid.uuid4()), "events": events})
    assert r.status_code == 200, r.text


def attempt(learner: str, item: str, correct: bool, *, skill: str = "fractions", ms: int = 0,
            at: datetime = NOW, **kw: Any) -> dict[str, Any]:
    return ev("quiz_attempt", learner, {"quiz_item_id": item, "correct": correct, "skill": skill, "duration_ms": ms},
              at=at, **kw)


def view(client: TestClient, seed: Seed, query: str = "") -> ClassView:
    r = client.get(f"/v1/classes/5B/view{query}", headers=teacher(seed))
    assert r.status_code == 200, r.text
    return ClassView.model_validate_json(r.content)


def test_class_view_counts_each_learner_and_lesson_across_two_kiosks(client: TestClient, seed: Seed) -> None:
    a, b = enroll(client, seed.codes["5B"], "kiosk-a"), enroll(client, seed.codes["5B"], "kiosk-b")
    push(client, a, [ev("learner.profile", "amara", {"display_name": "Amara"}, entity="amara"),
                     attempt("amara", "q1", True, ms=30_000), attempt("amara", "q2", False, ms=12_500),
                     ev("mastery", "amara", {"skill": "fractions", "level": 0.9, "course_id": "math"}, ms=1_790_500_000_000),
                     ev("review_card", "amara", {"quiz_item_id": "q2", "due": "2020-01-01T00:00:00.000Z"}, entity="card-1"),
                     ev("review_card", "amara", {"quiz_item_id": "q1", "due": "2100-01-01T00:00:00.000Z"}, entity="card-2"),
                     ev("lesson_completion", "amara", {"course_id": "math"}, entity="lesson-1")])
    # The other kiosk: the same learner on another lesson, and a mastery stamped EARLIER that arrives later.
    push(client, b, [attempt("amara", "w1", True, skill="weather", ms=5_000),
                     ev("mastery", "amara", {"skill": "fractions", "level": 0.1}, ms=1_790_000_000_001, node="k2"),
                     ev("learner.profile", "ben", {"display_name": "Ben"}, entity="ben")])
    v = view(client, seed)
    rows = {(r.learner, r.lesson): r for r in v.rows}
    assert set(rows) == {("Amara", "fractions"), ("Amara", "weather"), ("Ben", "fractions"), ("Ben", "weather")}
    frac = rows[("Amara", "fractions")]
    assert (frac.attempts, frac.correct, frac.due_reviews, frac.time_spent_s) == (2, 1, 1, 42.5)
    assert frac.mastery == 0.9 and frac.course_id == "math"          # the later stamp wins, not the later push
    assert frac.last_activity == NOW
    assert (rows[("Ben", "weather")].attempts, rows[("Ben", "weather")].mastery) == (0, None)   # not started: zeros
    amara = next(s for s in v.learners if s.learner == "Amara")
    assert (amara.attempts, amara.correct, amara.lessons_completed, amara.due_reviews, amara.time_spent_s) == (3, 2, 1, 1, 47.5)
    assert [s.learner for s in v.learners] == ["Amara", "Ben"] and v.skipped_rows == 0
    math = view(client, seed, "?course_id=math")                         # one course: its lessons only
    assert {r.lesson for r in math.rows} == {"fractions"} and math.course_id == "math"


def test_difficult_items_are_first_answers_most_learners_miss_with_the_published_question(
        client: TestClient, seed: Seed) -> None:
    r = client.post("/v1/classes/5B/publish", headers=teacher(seed), json={
        "kind": "quiz", "entity_id": "quiz-1",
        "payload": {"course_id": "math", "items": [{"id": "q1", "question": "What is half of 10?", "skill": "fractions"}]}})
    assert r.status_code == 200, r.text
    k = enroll(client, seed.codes["5B"], "kiosk")
    push(client, k, [attempt("amara", "q1", False), attempt("amara", "q1", True),    # missed first, then practised
                     attempt("ben", "q1", False), attempt("cleo", "q1", True),
                     attempt("amara", "q2", True), attempt("ben", "q2", True),     # everybody right: not difficult
                     attempt("amara", "q3", False)])                               # one learner only: not enough
    d = view(client, seed).difficult_items
    assert len(d) == 1
    assert (d[0].quiz_item_id, d[0].question, d[0].lesson) == ("q1", "What is half of 10?", "fractions")
    assert (d[0].learners_answered, d[0].learners_missed, d[0].miss_rate) == (3, 2, 0.667)


def test_alerts_show_time_learner_and_category_and_the_teachers_acknowledgement(client: TestClient, seed: Seed) -> None:
    k = enroll(client, seed.codes["5B"], "kiosk")
    first, guest = str(uuid.uuid4()), str(uuid.uuid4())
    push(client, k, [ev("learner.profile", "amara", {"display_name": "Amara"}, entity="amara"),
                     {**ev("teacher_alert", "amara", {"category": "distress", "source": "tutor",
                                                      "at": "2026-11-20T09:00:00.000Z"}), "id": first, "entity_id": None},
                     {**ev("teacher_alert", None, {"category": "self_harm", "source": "chat",
                                                   "at": "2026-11-21T09:00:00.000Z"}), "id": guest, "entity_id": None},
                     ev("alert.acknowledged", "amara", {"alert_event_id": first, "note": "Talked with her",
                                                        "acknowledged_at": "2026-11-20T10:00:00.000Z"}, entity=first)])
    alerts = view(client, seed).alerts
    assert [(a.event_id, a.learner, a.category) for a in alerts] == [(guest, None, "self_harm"), (first, "Amara", "distress")]
    assert alerts[1].at == datetime(2026, 11, 20, 9, tzinfo=UTC)
    assert (alerts[1].acknowledged_at, alerts[1].note) == (datetime(2026, 11, 20, 10, tzinfo=UTC), "Talked with her")
    assert alerts[0].learner_id is None and alerts[0].acknowledged_at is None


def test_trends_have_one_point_per_active_day_inside_the_window(client: TestClient, seed: Seed) -> None:
    k = enroll(client, seed.codes["5B"], "kiosk")
    old = NOW - timedelta(days=40)
    push(client, k, [attempt("amara", "q1", True, ms=2_000), attempt("ben", "q2", False, ms=1_000),
                     attempt("amara", "q3", True, at=NOW - timedelta(days=2)), attempt("amara", "q4", True, at=old)])
    v = view(client, seed, "?days=30")
    assert [(p.day, p.attempts, p.correct, p.active_learners) for p in v.trends] == [
        ((NOW - timedelta(days=2)).date(), 1, 1, 1), (NOW.date(), 2, 1, 2)]
    assert v.trends[-1].time_spent_s == 3.0
    assert next(s for s in v.learners if s.learner_id == "amara").attempts == 3   # totals are not windowed
    # the window is the 30 days ending on the day the hub made the view (not this module's NOW: a run that
    # crosses midnight UTC between the import and this request moved the hub's day on, and the test failed)
    assert isinstance(v.since, datetime) and v.since.date() == date.fromordinal(v.generated_at.date().toordinal() - 29)


@pytest.mark.parametrize("query", ["?days=0", "?days=367", "?days=abc", "?days=1e400", "?course_id=", "?course_id=%00x",
                                   "?course_id=" + "x" * 129, "?course_id=a%0Ab"])
def test_hostile_class_view_queries_are_refused_with_4xx(client: TestClient, seed: Seed, query: str) -> None:
    r = client.get(f"/v1/classes/5B/view{query}", headers=teacher(seed))
    assert r.status_code == 422, r.text


def test_class_view_is_for_the_teachers_own_school_only(client: TestClient, seed: Seed) -> None:
    assert client.get("/v1/classes/5B/view").status_code == 401
    assert client.get("/v1/classes/5B/view", headers={"Authorization": "Bearer wrong"}).status_code == 401
    engine = make_engine(seed.url, pool_size=1, max_overflow=0)
    from hub import accounts
    with engine.begin() as conn:
        accounts.create_school(conn, "Other School")
        other = accounts.create_class(conn, "Other School", "7C")
    engine.dispose()
    assert client.get(f"/v1/classes/{other}/view", headers=teacher(seed)).status_code == 404


def test_one_unreadable_stored_row_never_breaks_the_class_view(client: TestClient, seed: Seed) -> None:
    k = enroll(client, seed.codes["5B"], "kiosk")
    push(client, k, [attempt("amara", "q1", True)])
    engine = make_engine(seed.url, pool_size=1, max_overflow=0)
    cid = seed.class_ids["5B"]
    junk: list[dict[str, Any]] = [
        {"quiz_item_id": ["x"], "skill": {"a": 1}, "correct": "yes", "duration_ms": -5},
        {"skill": 123, "level": "high"}, {"quiz_item_id": "q1", "due": "not a date"},
        {"category": ["x"], "at": 5}, {"skill": "fractions", "level": 7.5}, {"alert_event_id": {"x": 1}},
        {"quiz_item_id": "q1", "skill": "fractions", "duration_ms": 10**15}]
    kinds = ["quiz_attempt", "mastery", "review_card", "teacher_alert", "mastery", "alert.acknowledged", "quiz_attempt"]
    with engine.begin() as conn:   # straight into the table: what an older hub might have stored
        conn.execute(t.events.insert(), [
            {"id": str(uuid.uuid4()), "class_id": cid, "device_id": "d", "learner_id": "amara", "kind": kind,
             "entity_id": None, "hlc": f"{1_790_900_000_000 + i:013d}-00000000-zz", "created_at": NOW,
             "received_at": NOW, "payload": payload} for i, (kind, payload) in enumerate(zip(kinds, junk, strict=True))])
        conn.execute(t.feed.insert().values(class_id=cid, kind="quiz", entity_id="bad", payload={"items": "nope"},
                                            published_at=NOW))
    engine.dispose()
    v = view(client, seed)
    row = next(r for r in v.rows if r.learner_id == "amara" and r.lesson == "fractions")
    assert (row.attempts, row.correct, row.mastery, row.due_reviews, row.time_spent_s) == (2, 1, None, 0, 0.0)
    assert [a.category for a in v.alerts] == ["unknown"]


def test_client_fetches_the_class_view_with_the_teacher_token_from_a_real_hub(seed: Seed) -> None:
    with ThreadHub(seed.url) as hub:
        k = enroll_http(hub.url, seed.codes["5B"])
        r = sa_push(hub.url, k, [attempt("amara", "q1", True, ms=4_000)])
        assert r.status_code == 200, r.text
        got = fetch_class_view(hub.url, seed.teacher_token, "5B", timeout=30)
        assert isinstance(got, ClassView), got
        assert [(r.learner_id, r.lesson, r.attempts, r.time_spent_s) for r in got.rows] == [("amara", "fractions", 1, 4.0)]
        wrong = fetch_class_view(hub.url, "not-a-token", "5B", timeout=30)
        assert isinstance(wrong, TeacherReportError) and wrong.kind == SyncErrorKind.AUTH and wrong.status == 401
        missing = fetch_class_view(hub.url, seed.teacher_token, "no-such-class", timeout=30)
        assert isinstance(missing, TeacherReportError) and (missing.kind, missing.status) == (SyncErrorKind.REFUSED, 404)
        bad_days = fetch_class_view(hub.url, seed.teacher_token, "5B", days=0)
        assert isinstance(bad_days, TeacherReportError) and bad_days.kind == SyncErrorKind.CONFIG
    down = fetch_class_view(f"http://127.0.0.1:{free_port()}", seed.teacher_token, "5B", timeout=30)
    assert isinstance(down, TeacherReportError) and down.kind == SyncErrorKind.OFFLINE
    not_url = fetch_class_view("hub.school.lan", seed.teacher_token, "5B")
    assert isinstance(not_url, TeacherReportError) and not_url.kind == SyncErrorKind.CONFIG


def enroll_http(url: str, code: str) -> dict[str, str]:
    import httpx

    r = httpx.post(url + "/v1/enroll", json={"code": code, "device_name": "kiosk"}, timeout=30)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def sa_push(url: str, device: dict[str, str], events: list[dict[str, Any]]) -> Any:
    import httpx

    return httpx.post(url + "/v1/events", headers=device, timeout=30,
                      json={"batch_id": str(uuid.uuid4()), "events": events})


def outline(course: str, title: str) -> dict[str, Any]:
    return {"course_id": course, "course_name": "Math",
            "units": [{"id": "u1", "title": "Numbers", "lessons": [{"id": "l1", "title": title, "key_terms": ["half"]}]}]}


def test_a_published_outline_reaches_the_other_kiosks_through_the_feed_newest_stamp_wins(
        client: TestClient, seed: Seed) -> None:
    teacher_kiosk, other = enroll(client, seed.codes["5B"], "teacher-kiosk"), enroll(client, seed.codes["5B"], "kiosk-2")
    newer = ev("outline.published", None, outline("math", "Halves"), entity="math", ms=1_790_600_000_000)
    push(client, teacher_kiosk, [newer])
    push(client, teacher_kiosk, [newer])                                             # a resend forwards nothing new
    push(client, other, [ev("outline.published", None, outline("math", "Stale"), entity="math",
                            ms=1_790_100_000_000)])                                   # published earlier, arrived late
    items = [i for i in client.get("/v1/feed", headers=other, params={"kinds": "outline"}).json()["items"]]
    assert len(items) == 1
    assert (items[0]["entity_id"], items[0]["payload"]["units"][0]["lessons"][0]["title"]) == ("math", "Halves")
    assert items[0]["payload"]["hlc"] == "1790600000000-00000000-k1"
    other_class = enroll(client, seed.codes["6A"], "kiosk-6a")                       # another class sees nothing
    assert client.get("/v1/feed", headers=other_class, params={"kinds": "outline"}).json()["items"] == []
    engine = make_engine(seed.url, pool_size=1, max_overflow=0)
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(t.events)
                            .where(t.events.c.kind == "outline.published")).scalar_one() == 2
    engine.dispose()
