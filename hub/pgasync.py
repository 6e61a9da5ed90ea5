"""asyncio connections to the hub's PostgreSQL, for the push route (POST /v1/events) alone.

A push on PostgreSQL is two short statements (the token lookup, the INSERT). Run from a sync route
they cost a hop to a worker thread and back, and a GIL hand-over at every round trip while the
event loop parses other requests: ~0.5 ms of CPU per push on a 2-core box, a fifth of the hub's
whole cost per request (profiled), which a burst of 200 kiosks pays 400 times. On the event loop
with psycopg's asyncio connection they cost neither.

A small pool per worker process (psycopg_pool is not a dependency): connections open on demand up
to `size`, autocommit, and are closed when broken, after an error, when older than `recycle_s`, or
when the event loop changes (each loop owns its sockets' waits). `close()` is synchronous, so the
app's engine disposal closes them too.
"""
from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import psycopg
import sqlalchemy as sa
from psycopg import pq


APPLICATION_NAME = "lantern-hub-push"     # in pg_stat_activity, unless the database URL names one


class AsyncConnections:
    def __init__(self, url: sa.URL, *, size: int, recycle_s: float = 1800.0) -> None:
        self._params: dict[str, Any] = {"application_name": APPLICATION_NAME,
                                        **url.translate_connect_args(username="user", database="dbname"),
                                        **{k: v for k, v in url.query.items() if isinstance(v, str)}}
        self._size = size
        self._recycle_s = recycle_s
        self._idle: list[tuple[psycopg.AsyncConnection[Any], float]] = []
        self._born: dict[int, float] = {}         # id(connection) -> when it was opened (monotonic)
        self._open = 0
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._loop: asyncio.AbstractEventLoop | None = None

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
        """A connection for one request. One that saw an error (or a cancel) is closed, never reused:
        its state is unknown; a refusal raised by the caller between statements is no error for it."""
        conn = await self._take()
        try:
            yield conn
        except (psycopg.Error, asyncio.CancelledError):
            self._discard(conn)
            raise
        except BaseException:
            self._give_back(conn)
            raise
        self._give_back(conn)

    async def _take(self) -> psycopg.AsyncConnection[Any]:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:      # connections in use on the old loop are closed when given back
            self.close()
            self._born.clear()
            self._open = 0
            self._loop = loop
        while True:
            while self._idle:
                conn, born = self._idle.pop()           # the most recently used: its backend is warm
                if conn.closed or time.monotonic() - born > self._recycle_s:
                    self._discard(conn)
                    continue
                return conn
            if self._open < self._size:
                self._open += 1
                try:
                    conn = await psycopg.AsyncConnection.connect(**self._params, autocommit=True)
                except BaseException:
                    self._open -= 1
                    self._wake_one()
                    raise
                self._born[id(conn)] = time.monotonic()
                return conn
            waiter = loop.create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
                elif waiter.done() and not waiter.cancelled():
                    self._wake_one()        # it was woken for a connection it will not take: pass it on
                raise

    def _give_back(self, conn: psycopg.AsyncConnection[Any]) -> None:
        if not conn.closed and conn.info.transaction_status == pq.TransactionStatus.IDLE and id(conn) in self._born:
            self._idle.append((conn, self._born[id(conn)]))
            self._wake_one()
        else:
            self._discard(conn)

    def _discard(self, conn: psycopg.AsyncConnection[Any]) -> None:
        if self._born.pop(id(conn), None) is not None:
            self._open -= 1
        conn.pgconn.finish()          # synchronous close: no round trip, nothing to await
        self._wake_one()

    def _wake_one(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def close(self) -> None:
        """Close the idle connections (those in use are closed when given back)."""
        idle, self._idle = self._idle, []
        for conn, _ in idle:
            self._discard(conn)
        for waiter in self._waiters:
            if not waiter.done():
                waiter.cancel()
        self._waiters.clear()
