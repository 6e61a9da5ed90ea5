"""The sync exchange on the hub: store pushed events exactly once, serve the class feed, publish.

Push is all-or-nothing per batch: every event is checked (class scope, learner ownership, privacy)
before anything is written, then inserted with ON CONFLICT DO NOTHING on the event id, so a
replayed, duplicated or reordered batch stores each event once.
"""
from __future__ import annotations

import json
import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
import sqlalchemy as sa
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import TypeAdapter, ValidationError
from sqlalchemy.dialects.postgresql.psycopg import dialect as psycopg_dialect

from engine.wire import (MAX_FEED_PAGE_ITEMS, MAX_SKEW_MS, ORIGINAL_FEED_KINDS, Event, FeedItem, FeedPage,
                         PublishRequest, PushBatch, PushResult, format_hlc, hlc_key, is_conversation_kind, merge_rule)
from hub import schema as t
from hub.db import as_utc, insert_ignoring_duplicates, utcnow
from hub.deps import DeviceIdentity, lookup_device
from hub.errors import HubRefusal
from hub.tokens import hash_secret

log = logging.getLogger(__name__)


def arrival_stamps(events: list[Event], ids: list[str], now: datetime) -> dict[str, tuple[str, str | None]]:
    """Event id -> (stamp to store, original stamp if it was changed). `ids`: the events' ids as text,
    in the same order (the caller writes each UUID as text once; it is a Python call per event).

    Stored stamps have a fixed-width counter, so text order is clock order. A stamp more than
    MAX_SKEW_MS ahead of the hub's clock (a kiosk whose clock runs fast, or a forged
    9999999999999) is clamped to the hub's time, keeping the batch's own order in the counter;
    the original is kept for audit. Nothing is refused: a kiosk with a wrong clock loses nothing."""
    now_ms = int(now.timestamp() * 1000)
    out: dict[str, tuple[str, str | None]] = {}
    ahead: list[tuple[tuple[int, int, str], str, str]] = []
    latest = now_ms + MAX_SKEW_MS
    for ev, eid in zip(events, ids, strict=True):
        key = hlc_key(ev.hlc)
        if key[0] > latest:
            ahead.append((key, eid, ev.hlc))
        else:
            out[eid] = (format_hlc(*key), None)
    for i, (key, eid, original) in enumerate(sorted(ahead)):
        out[eid] = (format_hlc(now_ms, i, key[2]), original)
    return out


def _lock_class(conn: sa.Connection, class_id: str) -> None:
    """Serialise feed writers per class so feed seqs commit in order (a cursor never skips one).

    FOR NO KEY UPDATE does not conflict with the KEY SHARE locks that foreign keys to the class
    take, so two transactions that both inserted rows pointing at the class cannot deadlock here."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT id FROM classes WHERE id = :id FOR NO KEY UPDATE"), {"id": class_id})


def _append_feed(conn: sa.Connection, class_id: str, kind: str, entity_id: str, payload: dict[str, Any],
                 *, deleted: bool = False) -> int:
    _lock_class(conn, class_id)
    res = conn.execute(t.feed.insert().values(class_id=class_id, kind=kind, entity_id=entity_id, payload=payload,
                                              deleted=deleted, published_at=utcnow()).returning(t.feed.c.seq))
    return int(res.scalar_one())


class _KnownLearners:
    """Learners already stored, with their class, per hub database: a learner never changes class and is
    never deleted, so a device's later batches need no lookup (one database round trip less per push,
    which is most of a push's time on a busy PostgreSQL). Bounded; only committed rows go in."""

    def __init__(self, max_entries: int = 200_000) -> None:
        self._max = max_entries
        self._known: OrderedDict[tuple[sa.URL, str], str] = OrderedDict()
        self._lock = threading.Lock()

    def classes(self, conn: sa.Connection, learner_ids: set[str]) -> dict[str, str]:
        db = conn.engine.url     # hashable; rendering it as text cost more than the lookups
        with self._lock:
            found = {lid: self._known[(db, lid)] for lid in learner_ids if (db, lid) in self._known}
        missing = learner_ids - found.keys()
        if missing:
            rows = {r.id: r.class_id for r in conn.execute(
                sa.select(t.learners.c.id, t.learners.c.class_id).where(t.learners.c.id.in_(missing)))}
            with self._lock:   # rows we read were committed by someone: safe to remember
                for lid, cid in rows.items():
                    self._known[(db, lid)] = cid
                while len(self._known) > self._max:
                    self._known.popitem(last=False)
            found |= rows
        return found


_KNOWN_LEARNERS = _KnownLearners()


def _check_learners(conn: sa.Connection, device: DeviceIdentity, learner_ids: set[str]) -> set[str]:
    """Every learner in a batch must belong to the device's class (403 before anything is written);
    returns those not stored yet."""
    if not learner_ids:
        return set()
    owners = _KNOWN_LEARNERS.classes(conn, learner_ids)
    foreign = sorted(lid for lid, cid in owners.items() if cid != device.class_id)
    if foreign:
        raise HubRefusal(f"Learner {foreign[0]!r} belongs to another class; this device may not write for it.",
                         status=403, hint="Nothing from this batch was stored.")
    return learner_ids - owners.keys()


def _claim_learners(conn: sa.Connection, device: DeviceIdentity, new_ids: set[str], names: dict[str, str]) -> set[str]:
    """New learners join the device's class (returned: those this batch added)."""
    if not new_ids:
        return set()
    new = [{"id": lid, "class_id": device.class_id, "display_name": names.get(lid), "created_at": utcnow()}
           for lid in sorted(new_ids)]
    if conn.dialect.name == "postgresql":
        inserted = _claim_in_one_statement(conn, device.class_id, new)
    else:   # SQLite: the write lock already serialises writers
        inserted = set(insert_ignoring_duplicates(conn, t.learners, new, key=t.learners.c.id))
        for lid in sorted(inserted):
            _append_feed(conn, device.class_id, "roster.learner", lid, {"learner_id": lid, "display_name": names.get(lid)})
    if len(inserted) != len(new):  # another device of some class claimed one between our read and insert
        raced = conn.execute(sa.select(t.learners.c.id).where(
            t.learners.c.id.in_([r["id"] for r in new if r["id"] not in inserted]),
            t.learners.c.class_id != device.class_id)).first()
        if raced:
            raise HubRefusal(f"Learner {raced.id!r} belongs to another class.", status=403)
    return inserted


# The class lock, the new learners and their roster feed rows in one statement (PostgreSQL): the lock
# is then held for this statement and the COMMIT only. It was five round trips (lock, learners, lock,
# feed, commit); on a loaded 2-core box each one waits for a CPU and for its worker's GIL, and every
# new kiosk of the class queues behind the holder (measured at load 6: the lock wait p95 443 ms, the
# whole push p95 531 ms for 200 devices). Data-modifying CTEs always run to completion; `locked` is
# read before any learner row is produced, so feed seqs are still taken under the class lock.
_CLAIM_PG = sa.text("""
WITH locked AS (SELECT id FROM classes WHERE id = :class_id FOR NO KEY UPDATE),
new AS (SELECT * FROM json_to_recordset(CAST(:rows AS json)) AS r(id text, display_name text)),
ins AS (INSERT INTO learners (id, class_id, display_name, created_at)
        SELECT new.id, locked.id, new.display_name, :now FROM locked, new ORDER BY new.id
        ON CONFLICT (id) DO NOTHING RETURNING id, display_name),
roster AS (INSERT INTO feed (class_id, kind, entity_id, payload, deleted, published_at)
           SELECT :class_id, 'roster.learner', ins.id,
                  json_build_object('learner_id', ins.id, 'display_name', ins.display_name), false, :now
           FROM ins ORDER BY ins.id RETURNING seq)
SELECT id FROM ins""")


def _claim_in_one_statement(conn: sa.Connection, class_id: str, new: list[dict[str, Any]]) -> set[str]:
    rows = json.dumps([{"id": r["id"], "display_name": r["display_name"]} for r in new])
    return {r.id for r in conn.execute(_CLAIM_PG, {"class_id": class_id, "rows": rows, "now": utcnow()})}


def _rename_if_newest(conn: sa.Connection, class_id: str, learner_id: str, hlc: str, name: str,
                      *, batch: list[str]) -> None:
    """A profile name change reaches the roster unless a later profile event (by HLC) was stored before
    this batch (`batch`: the event ids this transaction inserted)."""
    current = conn.execute(sa.select(t.learners.c.display_name).where(t.learners.c.id == learner_id)).scalar()
    if current == name:
        return
    later = conn.execute(sa.select(t.events.c.id).where(
        t.events.c.class_id == class_id, t.events.c.learner_id == learner_id, t.events.c.hlc > hlc,
        sa.or_(t.events.c.kind.like("profile%"), t.events.c.kind.like("learner%")),
        t.events.c.id.not_in(batch)).limit(1)).first()
    if later is not None:
        return
    conn.execute(t.learners.update().where(t.learners.c.id == learner_id).values(display_name=name))
    _append_feed(conn, class_id, "roster.learner", learner_id, {"learner_id": learner_id, "display_name": name})


@dataclass
class _Batch:
    """A pushed batch read into rows, before anyone is asked whose it is: every event's arrival stamp
    and row (without the device and class columns), the learners it names, the newest profile name
    per learner, and the first conversation kind it holds (a school may refuse those)."""

    now: datetime
    rows: dict[str, dict[str, Any]]
    learner_ids: set[str]
    newest_name: dict[str, tuple[str, str]]   # learner -> (hlc, name) of the batch's newest profile name
    conversation_kind: str | None

    @property
    def events_only(self) -> bool:
        """No name to settle and no outline to forward: if its learners are known, one INSERT stores it."""
        return not self.newest_name and all(row["kind"] != OUTLINE_EVENT for row in self.rows.values())


def _read_batch(batch: PushBatch) -> _Batch:
    now = utcnow()
    ids = [str(ev.id) for ev in batch.events]
    stamps = arrival_stamps(batch.events, ids, now)
    rows: dict[str, dict[str, Any]] = {}
    learner_ids: set[str] = set()
    newest_name: dict[str, tuple[str, str]] = {}
    conversation: str | None = None
    lww: dict[str, bool] = {}     # per kind: a batch holds a few kinds, many events
    for ev, eid in zip(batch.events, ids, strict=True):
        kind = ev.kind
        if (is_lww := lww.get(kind)) is None:
            if conversation is None and is_conversation_kind(kind):
                conversation = kind
            is_lww = lww[kind] = merge_rule(kind) == "lww"
        hlc, original = stamps[eid]
        if ev.learner_id:
            learner_ids.add(ev.learner_id)
            if is_lww:
                name = ev.payload.get("display_name") or ev.payload.get("name")
                if isinstance(name, str) and name.strip() and (
                        ev.learner_id not in newest_name or hlc > newest_name[ev.learner_id][0]):
                    newest_name[ev.learner_id] = (hlc, name.strip()[:200])
        if eid not in rows:
            # created_at is already UTC (Event's `When` type converts it)
            rows[eid] = {"id": eid, "learner_id": ev.learner_id, "kind": kind, "entity_id": ev.entity_id, "hlc": hlc,
                         "hlc_original": original, "created_at": ev.created_at, "payload": ev.payload}
    return _Batch(now, rows, learner_ids, newest_name, conversation)


@dataclass
class _Prepared:
    """A batch checked against its device, before anything is written."""

    read: _Batch
    new_learners: set[str]

    @property
    def one_statement(self) -> bool:
        """Only events to insert: no learner to claim, no name to settle, no outline to forward."""
        return not self.new_learners and self.read.events_only


def _prepare(conn: sa.Connection, device: DeviceIdentity, read: _Batch) -> _Prepared:
    """Refuse before writing: conversation text the school does not accept, learners of another class."""
    if read.conversation_kind is not None and not device.allow_conversation_text:
        raise HubRefusal(f"This school does not accept conversation text (event kind {read.conversation_kind!r}).",
                         status=403, hint="Nothing from this batch was stored.")
    return _Prepared(read, _check_learners(conn, device, read.learner_ids))


def _write(conn: sa.Connection, device: DeviceIdentity, batch: PushBatch, p: _Prepared) -> PushResult:
    # The events first (no lock: they reference nothing); the class lock, which every kiosk of the
    # class queues on, is taken last, so it is held for the roster rows and the commit only (200 new
    # kiosks at once waited seconds behind each other's event inserts).
    read = p.read
    inserted = _insert_events(conn, device, read)
    names = {lid: name for lid, (_, name) in read.newest_name.items()}
    created = _claim_learners(conn, device, p.new_learners, names)
    for lid, (hlc, name) in read.newest_name.items():
        if lid not in created:
            _rename_if_newest(conn, device.class_id, lid, hlc, name, batch=[str(i) for i in inserted])
    _forward_outlines(conn, device.class_id, [read.rows[str(eid)] for eid in inserted])
    return _result(batch, len(inserted), read.now)


def _result(batch: PushBatch, inserted: int, now: datetime) -> PushResult:
    return PushResult(batch_id=batch.batch_id, accepted=inserted, duplicates=len(batch.events) - inserted, hub_time=now)


# A batch's events as one JSON parameter (PostgreSQL). The multi-row VALUES statement it replaces was
# 11 parameters per event, and over 4 KB of SQL for 20 events, which psycopg neither caches nor
# prepares: it re-parsed the statement for every push (a third of the push's CPU in the hub's worker,
# profiled). This statement is the same text for every batch, so it is converted once and prepared.
_EVENT_COLUMNS = """id text, learner_id text, kind text, entity_id text, hlc text, hlc_original text,
     created_at timestamptz, payload json"""
_INSERT_EVENTS_PG = sa.text(f"""
INSERT INTO events (id, class_id, device_id, learner_id, kind, entity_id, hlc, hlc_original, created_at,
                    received_at, payload)
SELECT id, :class_id, :device_id, learner_id, kind, entity_id, hlc, hlc_original, created_at, :now, payload
FROM json_to_recordset(CAST(:rows AS json)) AS r({_EVENT_COLUMNS})
ON CONFLICT (id) DO NOTHING RETURNING id""")


def _insert_events(conn: sa.Connection, device: DeviceIdentity, read: _Batch) -> list[Any]:
    """Insert events, ignoring ids already stored; returns the ids inserted now."""
    if conn.dialect.name != "postgresql":
        return insert_ignoring_duplicates(conn, t.events, [
            {**row, "class_id": device.class_id, "device_id": device.device_id, "received_at": read.now}
            for row in read.rows.values()], key=t.events.c.id)
    if not read.rows:
        return []
    return list(conn.execute(_INSERT_EVENTS_PG, {"rows": _events_document(read), "class_id": device.class_id,
                                                 "device_id": device.device_id, "now": read.now}).scalars())


def _events_document(read: _Batch) -> str:
    """The rows as the JSON array `_INSERT_EVENTS_PG` and `_PUSH_PG` read (pydantic's encoder: a quarter
    of `json.dumps`' time for 20 events, dates in ISO 8601 as PostgreSQL reads them)."""
    return _ROWS_JSON.dump_json(list(read.rows.values())).decode()


_ROWS_JSON = TypeAdapter(list[dict[str, Any]])


def store_batch(conn: sa.Connection, device: DeviceIdentity, batch: PushBatch) -> PushResult:
    """Store a pushed batch inside the caller's transaction (all or nothing)."""
    return _write(conn, device, batch, _prepare(conn, device, _read_batch(batch)))


# A kiosk's usual push on PostgreSQL (events of learners its class already has; no name, no
# outline) in one statement, one round trip: the token is looked up (and must not be revoked), the
# school's conversation setting and every learner's class are checked, and the events are inserted
# only when all of that holds; the counts say which. When a check fails nothing is inserted, and the
# push takes the full path, which names the refusal (401, 403) or claims the new learners. (Two round
# trips before: the token lookup, then the INSERT; each waits for a CPU on a loaded hub.)
_PUSH_PG = sa.text(f"""
WITH device AS (
    SELECT devices.id, devices.class_id FROM devices
    JOIN classes ON classes.id = devices.class_id JOIN schools ON schools.id = classes.school_id
    WHERE devices.token_hash = :token_hash AND devices.revoked_at IS NULL
      AND (schools.allow_conversation_text OR NOT :conversation)
      AND (SELECT count(*) FROM learners WHERE learners.id = ANY(string_to_array(CAST(:learners AS text), ','))
           AND learners.class_id = devices.class_id) = :learner_count),
stored AS (
    INSERT INTO events (id, class_id, device_id, learner_id, kind, entity_id, hlc, hlc_original, created_at,
                        received_at, payload)
    SELECT r.id, device.class_id, device.id, r.learner_id, r.kind, r.entity_id, r.hlc, r.hlc_original,
           r.created_at, :now, r.payload
    FROM device, json_to_recordset(CAST(:rows AS json)) AS r({_EVENT_COLUMNS})
    ON CONFLICT (id) DO NOTHING RETURNING 1)
SELECT (SELECT count(*) FROM device) AS checked, (SELECT count(*) FROM stored) AS inserted""")


_PUSH_SQL = str(_PUSH_PG.compile(dialect=psycopg_dialect()))    # the driver's own placeholders, converted once


def _push_in_one_statement(engine: sa.Engine, params: dict[str, Any]) -> tuple[int, int]:
    """Run `_PUSH_PG` on a pooled connection's psycopg connection, in autocommit: (checked, inserted).

    The engine's Connection around one statement (the isolation level set and reset, the execution
    context, the result wrapper) cost more CPU than the statement's own round trip (0.2 of 0.35 ms,
    measured). A connection that saw an error is closed, never pooled again (its state is unknown;
    one the server dropped costs its push one 503), and a driver error comes back as SQLAlchemy's
    DBAPIError: the app's 503 "database unavailable", as for every other statement."""
    try:
        pooled = engine.raw_connection()
    except psycopg.Error as exc:       # no connection to the server
        raise sa.exc.DBAPIError.instance(None, None, exc, psycopg.Error) from exc
    try:
        pg = pooled.driver_connection
        pg.autocommit = True       # idle when pooled: psycopg sends nothing for either switch
        row = pg.execute(_PUSH_SQL, params).fetchone()
        pg.autocommit = False
    except BaseException as exc:
        pooled.invalidate(exc if isinstance(exc, Exception) else None)
        if isinstance(exc, psycopg.Error):
            raise sa.exc.DBAPIError.instance(_PUSH_SQL, params, exc, psycopg.Error, hide_parameters=True) from exc
        raise
    finally:
        pooled.close()
    return row[0], row[1]


def push_postgres(engine: sa.Engine, creds: HTTPAuthorizationCredentials | None, batch: PushBatch) -> PushResult:
    """A push on PostgreSQL in as few round trips as its batch allows, on one pooled connection.

    A kiosk's usual push is one autocommit statement (`_PUSH_PG`), atomic on its own. Anything more
    (new learners, a name, an outline), or a push that statement refused, takes the full path: the
    token lookup and the checks as autocommit reads, then a batch of events only as one INSERT, else
    a transaction, all or nothing."""
    read = _read_batch(batch)
    if read.events_only and creds is not None and creds.credentials:
        checked, inserted = _push_in_one_statement(engine, {
            "token_hash": hash_secret(creds.credentials), "conversation": read.conversation_kind is not None,
            # One text, split by PostgreSQL: a learner id has no comma (Event.learner_id's pattern), and
            # psycopg's list-to-array adaptation cost more than the rest of the parameters.
            "learners": ",".join(read.learner_ids), "learner_count": len(read.learner_ids),
            "rows": _events_document(read), "now": read.now})
        if checked:
            return _result(batch, inserted, read.now)
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT")
        device = lookup_device(conn, creds)
        prepared = _prepare(conn, device, read)
        if prepared.one_statement:
            return _write(conn, device, batch, prepared)
        conn.commit()          # ends the autocommit reads (psycopg sends nothing: no transaction is open)
        conn.execution_options(isolation_level=conn.default_isolation_level)
        with conn.begin():
            return _write(conn, device, batch, prepared)


OUTLINE_EVENT = "outline.published"
OUTLINE_FEED = "outline"
_FEED_ENTITY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$")   # FeedItem.entity_id


def _forward_outlines(conn: sa.Connection, class_id: str, stored: list[dict[str, Any]]) -> None:
    """A learning path a teacher published on a kiosk (`outline.published`) goes to every kiosk of the
    class as the feed item `outline` (entity: the course id), with the event's stamp as `hlc`. The
    newest stamp wins: a publish that arrives late from a kiosk that was offline is kept as an event
    but not forwarded over a newer one. Only newly stored events count (a resend forwards nothing)."""
    newest: dict[str, dict[str, Any]] = {}
    for row in stored:
        if row["kind"] != OUTLINE_EVENT:
            continue
        course = row["payload"].get("course_id") or row["entity_id"]
        if not isinstance(course, str) or not _FEED_ENTITY.match(course):
            log.warning("outline.published event %s not forwarded: course id %r is not a feed id", row["id"],
                        str(course)[:60])
            continue
        if course not in newest or row["hlc"] > newest[course]["hlc"]:
            newest[course] = row
    for course, row in sorted(newest.items()):
        _lock_class(conn, class_id)   # read-then-append under the class lock (SQLite: the write lock)
        last = conn.execute(sa.select(t.feed.c.payload).where(t.feed.c.class_id == class_id, t.feed.c.kind == OUTLINE_FEED,
                                                              t.feed.c.entity_id == course)
                            .order_by(t.feed.c.seq.desc()).limit(1)).scalar()
        if isinstance(last, dict) and isinstance(last.get("hlc"), str) and last["hlc"] >= row["hlc"]:
            continue
        _append_feed(conn, class_id, OUTLINE_FEED, course, {**row["payload"], "hlc": row["hlc"]})


def touch_device(conn: sa.Connection, device_id: str) -> None:
    """Remember when a device last synced (once per sync, from GET /v1/device, not per batch)."""
    conn.execute(t.devices.update().where(t.devices.c.id == device_id).values(last_seen_at=utcnow()))


def read_feed(conn: sa.Connection, class_id: str, *, cursor: int, limit: int, max_bytes: int,
              kinds: tuple[str, ...] = ORIGINAL_FEED_KINDS) -> FeedPage:
    """Items of `kinds` after `cursor`, at most `limit` and about `max_bytes` of JSON (always at least one).

    Other kinds are left out as if absent (the page's cursor is the last item served), so a kiosk
    is never sent a kind it does not know; when it learns one, it asks for that kind from 0."""
    limit = max(1, min(limit, MAX_FEED_PAGE_ITEMS))
    q = (sa.select(t.feed).where(t.feed.c.class_id == class_id, t.feed.c.seq > cursor, t.feed.c.kind.in_(kinds))
         .order_by(t.feed.c.seq).limit(limit + 1))
    items: list[FeedItem] = []
    size = 0
    more = False
    last_seq = cursor
    for row in conn.execute(q):
        if len(items) >= limit:
            more = True
            break
        try:   # a stored row that no longer validates is skipped (and logged), never a 500 for every kiosk
            row_size = len(json.dumps(row.payload, separators=(",", ":"), default=str))
            item = FeedItem(seq=row.seq, kind=row.kind, entity_id=row.entity_id,
                            payload=row.payload if isinstance(row.payload, dict) else {},
                            deleted=bool(row.deleted), published_at=as_utc(row.published_at))
        except (ValidationError, ValueError, TypeError, RecursionError, OverflowError) as exc:
            log.warning("feed row %s of class %s skipped: %s", row.seq, class_id, str(exc)[:200])
            last_seq = row.seq
            continue
        if items and size + row_size > max_bytes:
            more = True
            break
        size += row_size
        items.append(item)
        last_seq = row.seq
    return FeedPage(items=items, cursor=last_seq, more=more)


def publish(conn: sa.Connection, class_id: str, req: PublishRequest) -> int:
    return _append_feed(conn, class_id, req.kind, req.entity_id, req.payload, deleted=req.deleted)


def add_learner(conn: sa.Connection, class_id: str, learner_id: str, display_name: str | None) -> None:
    owner = conn.execute(sa.select(t.learners.c.class_id).where(t.learners.c.id == learner_id)).first()
    if owner is not None and owner.class_id != class_id:
        raise HubRefusal(f"Learner {learner_id!r} already belongs to another class.", status=409)
    if owner is None:
        conn.execute(t.learners.insert().values(id=learner_id, class_id=class_id, display_name=display_name,
                                                created_at=utcnow()))
    else:
        conn.execute(t.learners.update().where(t.learners.c.id == learner_id).values(display_name=display_name))
    _append_feed(conn, class_id, "roster.learner", learner_id, {"learner_id": learner_id, "display_name": display_name})
