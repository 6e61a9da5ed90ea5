"""Device endpoints: enroll with a class code, push outbox batches, pull the class feed."""
from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials
from starlette.concurrency import run_in_threadpool

from engine.wire import (MAX_FEED_KINDS, MAX_FEED_PAGE_ITEMS, ORIGINAL_FEED_KINDS, DeviceInfo, EnrollRequest,
                         EnrollResponse, FeedPage, HubCode, PushBatch, PushResult)
from hub import accounts, exchange
from hub.deps import (CurrentDevice, Db, DeviceCreds, client_address, device_write, get_metrics, json_body,
                      openapi_body)
from hub.errors import HubRefusal
from hub.escalation.shared import DbRateLimiter

router = APIRouter(prefix="/v1", tags=["sync"])
_KINDS = r"^[a-z][a-z0-9_.:-]{0,31}(,[a-z][a-z0-9_.:-]{0,31})*$"   # FeedItem.kind, comma-separated


@router.post("/enroll", response_model=EnrollResponse, summary="Enroll a device with a class code")
def enroll(body: EnrollRequest, request: Request, db: Db) -> EnrollResponse:
    # Codes are short (2^40): wrong ones are counted in the hub database (every worker and host shares
    # one count; rows are purged), at two levels. Per kiosk (address + the kiosk's install key): a
    # pupil guessing on one kiosk slows only that kiosk. Per address, with a much larger allowance:
    # a guesser who invents a new install key per try is still bounded, and a whole school behind one
    # NAT is never locked out by one guesser (they would need ~10 kiosks guessing at once).
    # A kiosk that sends no install key (older versions) is counted with the others that send none.
    settings = request.app.state.settings
    (kiosk_burst, kiosk_rate), (addr_burst, addr_rate) = settings.enroll_wrong_per_kiosk, settings.enroll_wrong_per_address
    per_kiosk = DbRateLimiter(db, per_minute=kiosk_rate, burst=kiosk_burst, prefix="enroll:kiosk:")
    per_address = DbRateLimiter(db, per_minute=addr_rate, burst=addr_burst, prefix="enroll:addr:")
    client = client_address(request)
    kiosk = f"{client}|{body.install_key or '-'}"
    # A refused try is not counted, so a lockout ends on its own however often the guesser retries:
    # a kiosk waits one refill (1 minute by default), a school's address one refill (6 s), and the whole
    # allowance is back after burst / rate (10 minutes for the address). Retry-After says how long.
    if (wait := per_kiosk.peek(kiosk)) > 0:
        raise HubRefusal("Too many wrong enrollment codes from this kiosk.", status=429, code=HubCode.TOO_MANY_WRONG_CODES,
                         hint="Wait a minute, then type the code again.", retry_after=wait)
    if (wait := per_address.peek(client)) > 0:
        raise HubRefusal("Too many wrong enrollment codes from this network.", status=429,
                         code=HubCode.TOO_MANY_WRONG_CODES, hint="Wait a few seconds, then type the code again.",
                         retry_after=wait)
    try:
        with db.begin() as conn:
            return accounts.enroll_device(conn, body.code, body.device_name, secrets=request.app.state.secrets)
    except HubRefusal:
        per_kiosk.acquire(kiosk)
        per_address.acquire(client)
        raise


@router.get("/device", response_model=DeviceInfo, summary="Who this token belongs to, and the school's privacy setting")
def whoami(device: CurrentDevice, db: Db) -> DeviceInfo:
    with db.begin() as conn:
        exchange.touch_device(conn, device.device_id)
        return accounts.device_info(conn, device.device_id)


@router.post("/events", response_model=PushResult, summary="Push a batch of outbox events (idempotent)",
             openapi_extra=openapi_body(PushBatch))
async def push_events(request: Request, creds: DeviceCreds,
                      body: Annotated[PushBatch, Depends(json_body(PushBatch))]) -> Response:
    # The busiest route: the body is parsed and validated in one pass (`json_body`, after the
    # credentials dependency: no token is a 401 before the body is read), on the event loop;
    # authentication and the write share one worker thread. The engine is read from the app's state,
    # not through `Db`: each dependency FastAPI solves costs a push 10-50 us of CPU.
    return await run_in_threadpool(_store_push, body, request, creds, request.app.state.engine)


def _store_push(body: PushBatch, request: Request, creds: HTTPAuthorizationCredentials, db: sa.Engine) -> Response:
    # The reply is serialised once here (a returned model would be validated and encoded again by FastAPI).
    if db.dialect.name == "postgresql":
        result = exchange.push_postgres(db, creds, body)
    else:
        with device_write(db, creds) as (device, conn):
            result = exchange.store_batch(conn, device, body)
    get_metrics(request).count_pushed(accepted=result.accepted, duplicates=result.duplicates)
    return Response(result.model_dump_json(), media_type="application/json")


@router.get("/feed", response_model=FeedPage, summary="Roster and published courses/lessons/quizzes after a cursor")
def pull_feed(request: Request, device: CurrentDevice, db: Db,
              cursor: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
              limit: Annotated[int, Query(ge=1, le=MAX_FEED_PAGE_ITEMS)] = 200,
              kinds: Annotated[str | None, Query(max_length=MAX_FEED_KINDS * 33, pattern=_KINDS,
                                                 description="Comma-separated feed kinds this kiosk understands "
                                                             "(only those are served). Absent: the original "
                                                             "kinds (roster.learner, course, lesson, quiz), so an "
                                                             "older kiosk never gets a kind it would refuse.")] = None
              ) -> FeedPage:
    wanted = ORIGINAL_FEED_KINDS if kinds is None else tuple(dict.fromkeys(k for k in kinds.split(",") if k))
    if len(wanted) > MAX_FEED_KINDS:
        raise HubRefusal(f"At most {MAX_FEED_KINDS} feed kinds may be asked for.", status=422, code=HubCode.INVALID_REQUEST)
    with db.begin() as conn:
        return exchange.read_feed(conn, device.class_id, cursor=cursor, limit=limit, kinds=wanted,
                                  max_bytes=request.app.state.settings.feed_page_bytes)
