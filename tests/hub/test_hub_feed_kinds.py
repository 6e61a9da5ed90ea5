"""Older kiosks and newer feed kinds (issue 15 leftovers): a kiosk says which feed kinds it applies
(`GET /v1/feed?kinds=...`, sent by engine/sync/transport.py) and the hub serves only those; a kiosk
that says nothing predates the negotiation and gets the original kinds, so a page never holds a kind
its closed FeedItem model refuses (it could never move its cursor again). SQLite and PostgreSQL."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, Literal

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, Field

from engine.wire import FEED_KINDS
from hubkit import Seed


class OldFeedItem(BaseModel):
    """FeedItem as kiosks before the `outline` kind shipped it (engine/wire/models.py at 6d78e58^)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    seq: int = Field(ge=1)
    kind: Literal["roster.learner", "course", "lesson", "quiz"]
    entity_id: str = Field(min_length=1, max_length=128)
    payload: dict[str, Any] = Field(default_factory=dict)
    deleted: bool = False
    published_at: datetime


class OldFeedPage(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    items: list[OldFeedItem]
    cursor: int = Field(ge=0)
    more: bool


def enroll(client: TestClient, seed: Seed, name: str) -> dict[str, str]:
    r = client.post("/v1/enroll", json={"code": seed.codes["5B"], "device_name": name})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def publish_outline_and_course(client: TestClient, seed: Seed, kiosk: dict[str, str]) -> None:
    """The class feed gets: Ana (roster), an outline (from a teacher's kiosk), then a course."""
    stamp = int(datetime.now(UTC).timestamp() * 1000)
    outline = {"course_id": "math", "course_name": "Math",
               "units": [{"id": "u1", "title": "Numbers", "lessons": [{"id": "l1", "title": "Halves"}]}]}
    events = [{"id": str(uuid.uuid4()), "kind": "learner.profile", "entity_id": "ana", "learner_id": "ana",
               "hlc": f"{stamp:013d}-0000-k1", "created_at": "2026-11-23T10:00:00Z", "payload": {"display_name": "Ana"}},
              {"id": str(uuid.uuid4()), "kind": "outline.published", "entity_id": "math", "learner_id": None,
               "hlc": f"{stamp:013d}-0001-k1", "created_at": "2026-11-23T10:00:00Z", "payload": outline}]
    r = client.post("/v1/events", headers=kiosk, json={"batch_id": str(uuid.uuid4()), "events": events})
    assert r.status_code == 200, r.text
    r = client.post("/v1/classes/5B/publish", headers={"Authorization": f"Bearer {seed.teacher_token}"},
                    json={"kind": "course", "entity_id": "math", "payload": {"name": "Math"}})
    assert r.status_code == 200, r.text


def test_an_older_kiosk_is_never_sent_a_kind_its_feed_model_refuses_and_its_cursor_moves_on(
        client: TestClient, seed: Seed) -> None:
    teacher_kiosk, old_kiosk = enroll(client, seed, "teacher-kiosk"), enroll(client, seed, "old-kiosk")
    publish_outline_and_course(client, seed, teacher_kiosk)
    # Exactly what the previous client sent: cursor and limit, no kinds.
    r = client.get("/v1/feed", headers=old_kiosk, params={"cursor": 0, "limit": 200})
    assert r.status_code == 200, r.text
    page = OldFeedPage.model_validate_json(r.content)          # the old model reads the whole page
    assert [(i.kind, i.entity_id) for i in page.items] == [("roster.learner", "ana"), ("course", "math")]
    assert page.cursor == page.items[-1].seq and page.more is False
    again = OldFeedPage.model_validate_json(client.get("/v1/feed", headers=old_kiosk,
                                                       params={"cursor": page.cursor}).content)
    assert again.items == [] and again.cursor == page.cursor


def test_a_kiosk_that_names_its_kinds_gets_exactly_those(client: TestClient, seed: Seed) -> None:
    teacher_kiosk, kiosk = enroll(client, seed, "teacher-kiosk"), enroll(client, seed, "new-kiosk")
    publish_outline_and_course(client, seed, teacher_kiosk)
    every = client.get("/v1/feed", headers=kiosk, params={"kinds": ",".join(FEED_KINDS)}).json()
    assert [i["kind"] for i in every["items"]] == ["roster.learner", "outline", "course"]
    only = client.get("/v1/feed", headers=kiosk, params={"kinds": "outline"}).json()
    assert [i["kind"] for i in only["items"]] == ["outline"]
    future = client.get("/v1/feed", headers=kiosk, params={"kinds": "course,poster.new"}).json()   # unknown: none yet
    assert [i["kind"] for i in future["items"]] == ["course"]


@pytest.mark.parametrize("kinds", ["Course", "course,,quiz", "course;drop", ",".join(f"k{i}" for i in range(33))])
def test_a_malformed_kinds_list_is_a_422_that_names_it(client: TestClient, seed: Seed, kinds: str) -> None:
    kiosk = enroll(client, seed, "kiosk")
    r = client.get("/v1/feed", headers=kiosk, params={"kinds": kinds})
    assert r.status_code == 422, r.text
    assert "kinds" in r.json()["error"]["message"]
