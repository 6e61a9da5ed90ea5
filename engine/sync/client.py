"""`SyncClient`: moves a device's outbox to the hub and the hub's class feed to the device.

Push: pending outbox rows (sent_at NULL) in HLC order, validated into wire `Event`s, sent in batches
of at most `batch_size`; a batch is marked sent only after the hub answered, in one short write. A
crash between the hub's commit and ours means the batch goes again and the hub ignores the
duplicates (it keys events by their UUID), so every event arrives exactly once. A batch the hub
refuses (4xx) is split in halves until the offending event is found; that one is kept locally in
`sync_rejected` and never blocks the rest.

Pull: `GET /v1/feed?cursor=N` pages (bounded in items and bytes); each page is applied and the
cursor saved in the same transaction, so an interrupted pull resumes where it stopped.

Privacy: conversation events (engine.wire.is_conversation_kind) stay on the device unless the
hub says this school allows conversation text.

Background: `start()` runs a daemon thread that syncs every `interval_s` while the hub is reachable,
backs off exponentially with jitter while it is not, and publishes `SyncState` snapshots to
listeners (called on the worker thread; the UI forwards them through a queued signal). All HTTP
happens outside database transactions, so the tutor's writes are never held up by the network.
"""
from __future__ import annotations

import json
import logging
import socket
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from pydantic import ValidationError

from engine.cancel import CancelToken
from engine.errors import StorageError, SyncError
from engine.store import Store, utc_now
from engine.sync.apply import apply_feed_item
from engine.sync.credentials import TokenStorage, TokenStore
from engine.sync.state import SyncReport, SyncState, backoff_delay
from engine.sync.transport import HubConnection, normalize_hub_url
from engine.wire import FEED_KINDS, MAX_BATCH_EVENTS, ORIGINAL_FEED_KINDS, DeviceInfo, Event, PushBatch, is_conversation_kind

log = logging.getLogger(__name__)

# Never leave the device, whatever the event: credentials a learner model may keep in a profile.
MAX_BATCH_BYTES = 1024 * 1024   # well under the hub's default 4 MB request limit
SECRET_PAYLOAD_KEYS = frozenset({"pin", "pin_hash", "password", "password_hash", "secret", "token"})

_PENDING_SQL = """
SELECT id, hlc, kind, entity_id, learner_id, payload, created_at FROM outbox
WHERE sent_at IS NULL AND (hlc > ? OR (hlc = ? AND id > ?))
  AND NOT EXISTS (SELECT 1 FROM sync_rejected r WHERE r.event_id = outbox.id)
ORDER BY hlc, id LIMIT ?
"""

_NEWEST_HLC_SQL = """
SELECT hlc FROM outbox
ORDER BY substr(hlc, 1, 13) DESC, CAST(substr(hlc, 15, instr(substr(hlc, 15), '-') - 1) AS INTEGER) DESC
LIMIT 1
"""


@dataclass(frozen=True, slots=True)
class PublishedItem:
    """A course, lesson, quiz or roster entry the hub published to this device's class."""

    kind: str
    entity_id: str
    seq: int
    payload: dict[str, Any]
    deleted: bool
    published_at: str


class SyncClient:
    """Sync for one data folder. Construct with the folder's open `Store`; `close()` stops the worker."""

    def __init__(self, store: Store, home: Path, *, token_storage: TokenStorage = "auto",
                 batch_size: int = MAX_BATCH_EVENTS, timeout_s: float = 15.0, interval_s: float = 30.0,
                 backoff_base_s: float = 2.0, backoff_max_s: float = 300.0, poll_s: float = 5.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.store = store
        self.home = Path(home)
        self.tokens = TokenStore(self.home, storage=token_storage)
        self.batch_size = max(1, min(batch_size, MAX_BATCH_EVENTS))
        self.timeout_s = timeout_s
        self.interval_s = interval_s
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self.poll_s = poll_s
        self._transport = transport
        self._sync_lock = threading.Lock()          # one sync at a time (worker or `sync now`)
        self._state_lock = threading.Lock()
        self._listeners: list[Callable[[SyncState], None]] = []
        self._wake = threading.Event()
        self._stop = CancelToken()
        self._thread: threading.Thread | None = None
        self._failures = 0
        self._state = SyncState(phase="not_enrolled")
        self._catch_up_clock()
        self._refresh_state()

    def _catch_up_clock(self) -> None:
        """Keep the hybrid clock monotonic across restarts: never stamp below the newest saved event,
        even if the wall clock was set back meanwhile (profile fields merge by these stamps)."""
        # Numeric, not max(hlc): after 10,000 stamps in one millisecond the counter has 5 digits and
        # "…-10000-…" sorts before "…-9999-…" as text.
        try:
            row = self.store.db.execute(_NEWEST_HLC_SQL).fetchone()
        except sqlite3.Error:
            return
        if row and row[0]:
            self.store.clock.observe(row[0])

    # -- bookkeeping in sync_state ----------------------------------------------------------------
    def _get(self, key: str) -> str | None:
        row = self.store.db.execute("SELECT value FROM sync_state WHERE key=?", [key]).fetchone()
        return row[0] if row else None

    @staticmethod
    def _put(db: Any, values: dict[str, Any]) -> None:
        for k, v in values.items():
            db.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value=excluded.value", [k, None if v is None else str(v)])

    @property
    def hub_url(self) -> str | None:
        return self._get("hub_url")

    @property
    def enrolled(self) -> bool:
        return self.hub_url is not None and self.tokens.load() is not None

    @property
    def allow_conversation_text(self) -> bool:
        return self._get("allow_conversation_text") == "1"

    def device_info(self) -> dict[str, str | None]:
        keys = ("hub_url", "device_id", "device_name", "class_id", "class_name", "school_name",
                "allow_conversation_text", "cursor", "last_synced_at")
        return {k: self._get(k) for k in keys}

    # -- enrollment ----------------------------------------------------------------------------
    def enroll(self, hub_url: str, code: str, *, device_name: str | None = None) -> DeviceInfo:
        """Trade a class enrollment code for a device token (kept in the keyring) and remember the hub."""
        url = normalize_hub_url(hub_url)
        install_key = self._get("install_key")
        if install_key is None:   # random, kept: the hub counts wrong codes per kiosk, not per school network
            install_key = uuid.uuid4().hex
            with self.store.write() as db:
                self._put(db, {"install_key": install_key})
        with HubConnection(url, timeout=self.timeout_s, transport=self._transport) as hub:
            answer = hub.enroll(code, device_name or socket.gethostname() or "kiosk", install_key=install_key)
        self.tokens.save(answer.token)
        d = answer.device
        with self.store.write() as db:
            same_class = self._get("class_id") == d.class_id and self._get("hub_url") == url
            self._put(db, {"hub_url": url, "device_id": d.device_id, "device_name": d.device_name,
                           "class_id": d.class_id, "class_name": d.class_name, "school_name": d.school_name,
                           "allow_conversation_text": int(d.allow_conversation_text)})
            if not same_class:
                self._put(db, {"cursor": 0})
        self._failures = 0
        self._refresh_state()
        self.wake()
        return d

    def forget(self) -> None:
        """Leave the hub: delete the token and the hub address (the outbox is kept)."""
        self.tokens.delete()
        with self.store.write() as db:
            db.execute("DELETE FROM sync_state WHERE key IN ('hub_url', 'device_id')")
        self._refresh_state()

    def _connection(self) -> HubConnection:
        # No hub address: not enrolled, and the token store (the OS keyring: ~0.1 s of imports that hold
        # the interpreter lock, a stall in the kiosk window) is never opened.
        url = self.hub_url
        token = self.tokens.load() if url is not None else None
        if url is None or token is None:
            raise SyncError("This device is not enrolled with a hub.", kind="not_enrolled",
                            hint="Ask the teacher for a code, then: lantern sync enroll HUB_URL CODE")
        return HubConnection(url, token=token, timeout=self.timeout_s, transport=self._transport)

    # -- counting ------------------------------------------------------------------------------
    def pending_count(self) -> int:
        """Events waiting to be sent (conversation events count only if the school accepts them)."""
        rows = self.store.db.execute(
            "SELECT kind, count(*) FROM outbox WHERE sent_at IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM sync_rejected r WHERE r.event_id = outbox.id) GROUP BY kind").fetchall()
        allow = self.allow_conversation_text
        return sum(n for kind, n in rows if allow or not is_conversation_kind(kind))

    def rejected(self) -> list[dict[str, str]]:
        return [{"event_id": r[0], "reason": r[1], "rejected_at": r[2]}
                for r in self.store.db.execute("SELECT event_id, reason, rejected_at FROM sync_rejected")]

    def published(self, kind: str | None = None) -> list[PublishedItem]:
        """What the hub published to this class, newest version of each item."""
        q = "SELECT kind, entity_id, seq, payload, deleted, published_at FROM sync_feed"
        args: list[Any] = []
        if kind:
            q += " WHERE kind = ?"
            args.append(kind)
        return [PublishedItem(r[0], r[1], r[2], json.loads(r[3]), bool(r[4]), r[5])
                for r in self.store.db.execute(q + " ORDER BY seq", args)]

    # -- one sync ------------------------------------------------------------------------------
    def sync_once(self, *, cancel: CancelToken | None = None) -> SyncReport:
        """Push everything pending, then pull the feed. Raises SyncError when the hub is unusable."""
        cancel = cancel or CancelToken()
        with self._sync_lock:
            self._set_state(phase="syncing")
            with self._connection() as hub:
                info = hub.device()
                with self.store.write() as db:
                    self._put(db, {"allow_conversation_text": int(info.allow_conversation_text),
                                   "class_name": info.class_name, "school_name": info.school_name})
                pushed = self._push_all(hub, cancel, allow_text=info.allow_conversation_text)
                pulled = self._pull_all(hub, cancel)
            now = datetime.now(UTC)
            with self.store.write() as db:
                self._put(db, {"last_synced_at": now.isoformat()})
            self._failures = 0
            self._refresh_state(last_synced_at=now)
            return SyncReport(pushed=pushed["accepted"], duplicates=pushed["duplicates"],
                              rejected=pushed["rejected"], batches=pushed["batches"], withheld=pushed["withheld"],
                              pulled=pulled)

    def _pending_events(self, allow_text: bool, counts: dict[str, int]) -> Iterator[list[tuple[str, Event]]]:
        """Batches of (outbox id, Event), in HLC order; invalid rows are quarantined on the way."""
        last_hlc, last_id = "", ""
        while True:
            rows = self.store.db.execute(_PENDING_SQL, [last_hlc, last_hlc, last_id, self.batch_size * 2]).fetchall()
            if not rows:
                return
            batch: list[tuple[str, Event]] = []
            bad: list[tuple[str, str]] = []
            size = 0
            for oid, hlc, kind, entity_id, learner_id, payload, created_at in rows:
                if batch and size + len(payload) + 300 > MAX_BATCH_BYTES:
                    break   # bounded request size; the rest goes in the next batch
                last_hlc, last_id = hlc, oid
                if not allow_text and is_conversation_kind(kind):
                    counts["withheld"] += 1
                    continue
                try:
                    data = json.loads(payload)
                    if isinstance(data, dict):
                        data = {k: v for k, v in data.items() if k not in SECRET_PAYLOAD_KEYS}
                    batch.append((oid, Event(id=uuid.UUID(oid), kind=kind, entity_id=entity_id, learner_id=learner_id,
                                             hlc=hlc, created_at=created_at, payload=data)))
                except (ValueError, ValidationError) as exc:
                    bad.append((oid, f"invalid on this device: {str(exc).splitlines()[0][:300]}"))
                size += len(payload) + 300
                if len(batch) >= self.batch_size:
                    break
            if bad:
                self._quarantine(bad)
                counts["rejected"] += len(bad)
            if batch:
                yield batch

    def _push_all(self, hub: HubConnection, cancel: CancelToken, *, allow_text: bool) -> dict[str, int]:
        counts = {"accepted": 0, "duplicates": 0, "rejected": 0, "batches": 0, "withheld": 0}
        for batch in self._pending_events(allow_text, counts):
            cancel.raise_if_cancelled()
            self._push_batch(hub, batch, counts)
            self._set_state(pending=self.pending_count())
        return counts

    def _push_batch(self, hub: HubConnection, batch: list[tuple[str, Event]], counts: dict[str, int]) -> None:
        try:
            result = hub.push(PushBatch(batch_id=uuid.uuid4(), events=[e for _, e in batch]))
        except SyncError as exc:
            if exc.kind not in ("refused", "too_large"):
                raise            # offline / server / auth: keep everything, retry later
            if len(batch) == 1:
                self._quarantine([(batch[0][0], f"refused by the hub: {exc.message}"[:500])])
                counts["rejected"] += 1
                return
            half = len(batch) // 2   # find the event the hub refuses; send the rest
            self._push_batch(hub, batch[:half], counts)
            self._push_batch(hub, batch[half:], counts)
            return
        self._mark_sent([oid for oid, _ in batch])
        counts["accepted"] += result.accepted
        counts["duplicates"] += result.duplicates
        counts["batches"] += 1
        hub_ms = int(result.hub_time.timestamp() * 1000)
        self.store.clock.observe(f"{hub_ms:013d}-0000-hub")   # a slow device clock catches up

    def _mark_sent(self, ids: list[str]) -> None:
        now = utc_now()
        with self.store.write() as db:
            for i in range(0, len(ids), 400):
                part = ids[i:i + 400]
                db.execute(f"UPDATE outbox SET sent_at = ?, attempts = attempts + 1 WHERE id IN "
                           f"({','.join('?' * len(part))})", [now, *part])

    def _quarantine(self, rows: list[tuple[str, str]]) -> None:
        log.warning("Sync: %d event(s) kept on this device, not sent: %s", len(rows), rows[0][1])
        with self.store.write() as db:
            for oid, reason in rows:
                db.execute("INSERT OR REPLACE INTO sync_rejected (event_id, reason, rejected_at) VALUES (?, ?, ?)",
                           [oid, reason, utc_now()])

    def _pull_all(self, hub: HubConnection, cancel: CancelToken) -> int:
        applied = self._catch_up_new_kinds(hub, cancel)
        while True:
            cancel.raise_if_cancelled()
            cursor = int(self._get("cursor") or 0)
            page = hub.feed(cursor)
            with self.store.write() as db:
                for item in page.items:
                    apply_feed_item(db, item)
                self._put(db, {"cursor": page.cursor})
            applied += len(page.items)
            if not page.more or not page.items:
                return applied

    def _catch_up_new_kinds(self, hub: HubConnection, cancel: CancelToken) -> int:
        """After an update that taught this kiosk new feed kinds, fetch the items of those kinds that lie
        behind its cursor (the older version was served without them), once."""
        wanted = ",".join(FEED_KINDS)
        known = self._get("feed_kinds")
        if known == wanted:
            return 0
        before = tuple(known.split(",")) if known else ORIGINAL_FEED_KINDS
        new = tuple(k for k in FEED_KINDS if k not in before)
        end = int(self._get("cursor") or 0)
        applied, cursor = 0, 0
        while new and cursor < end:
            cancel.raise_if_cancelled()
            page = hub.feed(cursor, kinds=new)
            with self.store.write() as db:
                for item in page.items:
                    if item.seq <= end:     # later ones come with the ordinary pull
                        apply_feed_item(db, item)
                        applied += 1
            if not page.more or not page.items:
                break
            cursor = page.cursor
        with self.store.write() as db:
            self._put(db, {"feed_kinds": wanted})
        return applied

    # -- state and listeners ---------------------------------------------------------------------
    @property
    def state(self) -> SyncState:
        with self._state_lock:
            return self._state

    def add_listener(self, fn: Callable[[SyncState], None]) -> None:
        """`fn(state)` runs on the sync worker thread after every change."""
        self._listeners.append(fn)

    def remove_listener(self, fn: Callable[[SyncState], None]) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def _set_state(self, **changes: Any) -> None:
        with self._state_lock:
            old = self._state
            fields = {"phase": old.phase, "pending": old.pending, "last_synced_at": old.last_synced_at,
                      "message": old.message, "next_attempt_at": old.next_attempt_at} | changes
            new = SyncState(**fields)
            if new == old:
                return
            self._state = new
        for fn in list(self._listeners):
            try:
                fn(new)
            except Exception:
                log.exception("sync state listener failed")

    def _refresh_state(self, **extra: Any) -> None:
        try:
            pending = self.pending_count()
            last = self._get("last_synced_at")
            enrolled = self.enrolled
        except SyncError as exc:            # e.g. a token file others can read: say so, do not crash
            self._set_state(phase="error", message=str(exc))
            return
        except (StorageError, sqlite3.Error):
            return
        last_dt = extra.pop("last_synced_at", None) or (datetime.fromisoformat(last) if last else None)
        if not enrolled:
            phase = "not_enrolled"
        elif pending:
            phase = "queued"
        else:
            phase = "synced" if last_dt else "queued"
        self._set_state(phase=phase, pending=pending,
                        last_synced_at=last_dt.astimezone() if last_dt else None, message=None,
                        next_attempt_at=None, **extra)

    # -- background ----------------------------------------------------------------------------
    def start(self) -> None:
        """Sync in the background from now on (idempotent)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop = CancelToken()
        self._thread = threading.Thread(target=self._run, name="lantern-sync", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Sync soon (after a learner finished something, or the person pressed "Sync now")."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.cancel()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def close(self) -> None:
        self.stop()

    def next_delay(self) -> float:
        if self._failures == 0:
            return self.interval_s
        return backoff_delay(self._failures, base=self.backoff_base_s, cap=self.backoff_max_s)

    def _run(self) -> None:
        stop = self._stop
        while not stop.cancelled:
            delay = self.interval_s
            try:
                enrolled = self.enrolled
            except SyncError as exc:
                enrolled = False
                self._set_state(phase="error", message=str(exc))
            if enrolled:
                try:
                    self.sync_once(cancel=stop)
                except SyncError as exc:
                    self._failures += 1
                    delay = self.next_delay()
                    phase = "offline" if exc.kind in ("offline", "server") else "error"
                    self._refresh_state()
                    self._set_state(phase=phase, message=exc.message,
                                    next_attempt_at=datetime.now().astimezone() + timedelta(seconds=delay))
                except StorageError as exc:
                    self._failures += 1
                    delay = self.next_delay()
                    self._set_state(phase="error", message=exc.message)
                except Exception as exc:
                    if stop.cancelled:
                        return
                    log.exception("sync failed")
                    self._failures += 1
                    delay = self.next_delay()
                    self._set_state(phase="error", message=str(exc))
            else:
                self._refresh_state()
            self._sleep(delay, stop)

    def _sleep(self, delay: float, stop: CancelToken) -> None:
        """Wait `delay` seconds, waking early for wake()/stop(); refresh the pending count meanwhile."""
        remaining = delay
        while remaining > 0 and not stop.cancelled:
            step = min(self.poll_s, remaining)
            if self._wake.wait(step):
                self._wake.clear()
                return
            remaining -= step
            try:
                pending = self.pending_count()
            except (StorageError, sqlite3.Error):
                continue
            if pending != self.state.pending:
                phase = self.state.phase
                self._set_state(pending=pending, phase="queued" if phase == "synced" and pending else phase)
