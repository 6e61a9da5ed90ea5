"""Device endpoints: enroll with a class code, push outbox batches, pull the class feed."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from engine.wire import (MAX_FEED_PAGE_ITEMS, DeviceInfo, EnrollRequest, EnrollResponse, FeedPage, PushBatch,
                         PushResult)
from hub import accounts, exchange
from hub.deps import CurrentDevice, Db, client_address, get_metrics
from hub.errors import HubRefusal
from hub.escalation.shared import DbRateLimiter

router = APIRouter(prefix="/v1", tags=["sync"])


WRONG_CODES_AT_ONCE = 10      # a class typing a code wrong now and then never hits this
WRONG_CODES_PER_MINUTE = 1    # after that, one more guess a minute


@router.post("/enroll", response_model=EnrollResponse, summary="Enroll a device with a class code")
def enroll(body: EnrollRequest, request: Request, db: Db) -> EnrollResponse:
    # Codes are short (8 characters): slow down guessing per client address, counted in the hub
    # database so every worker and host shares one count (and the table is purged, not ever-growing).
    guesses = DbRateLimiter(db, per_minute=WRONG_CODES_PER_MINUTE, burst=WRONG_CODES_AT_ONCE, prefix="enroll:")
    client = client_address(request)
    if guesses.peek(client) > 0:
        raise HubRefusal("Too many wrong enrollment codes from this address.", status=429,
                         hint="Wait a minute, then type the code again.")
    try:
        with db.begin() as conn:
            return accounts.enroll_device(conn, body.code, body.device_name, secrets=request.app.state.secrets)
    except HubRefusal:
        guesses.acquire(client)
        raise


@router.get("/device", response_model=DeviceInfo, summary="Who this token belongs to, and the school's privacy setting")
def whoami(device: CurrentDevice, db: Db) -> DeviceInfo:
    with db.begin() as conn:
        exchange.touch_device(conn, device.device_id)
        return accounts.device_info(conn, device.device_id)


@router.post("/events", response_model=PushResult, summary="Push a batch of outbox events (idempotent)")
def push_events(body: PushBatch, request: Request, device: CurrentDevice, db: Db) -> PushResult:
    with db.begin() as conn:
        result = exchange.store_batch(conn, device, body)
    m = get_metrics(request)
    m.sync_events.labels(result="accepted").inc(result.accepted)
    m.sync_events.labels(result="duplicate").inc(result.duplicates)
    return result


@router.get("/feed", response_model=FeedPage, summary="Roster and published courses/lessons/quizzes after a cursor")
def pull_feed(request: Request, device: CurrentDevice, db: Db,
              cursor: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
              limit: Annotated[int, Query(ge=1, le=MAX_FEED_PAGE_ITEMS)] = 200) -> FeedPage:
    with db.begin() as conn:
        return exchange.read_feed(conn, device.class_id, cursor=cursor, limit=limit,
                                  max_bytes=request.app.state.settings.feed_page_bytes)
