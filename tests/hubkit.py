"""Shared test kit for the hub and sync: a throwaway PostgreSQL, real hubs on loopback, kiosks.

PostgreSQL runs from the Debian package (`apt-get install postgresql`; scripts/install.sh does it):
one cluster per test session, in a temp folder owned by the `postgres` user (PostgreSQL refuses to
run as root), listening only on 127.0.0.1 on a free port, fsync off, stopped at exit.
"""
from __future__ import annotations

import atexit
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from engine.errors import StorageError
from hub.pgtemp import TempPostgres, free_port

REPO = Path(__file__).resolve().parents[1]
INSTALL_HINT = "PostgreSQL 15 is required for the hub tests: apt-get install postgresql (scripts/install.sh does it)."


# -- PostgreSQL ---------------------------------------------------------------------------------
_CLUSTER: TempPostgres | None = None
_CLUSTER_LOCK = threading.Lock()


def stop_postgres() -> None:
    global _CLUSTER
    with _CLUSTER_LOCK:
        if _CLUSTER is not None:
            _CLUSTER.stop()
            _CLUSTER = None


def postgres() -> TempPostgres:
    """The session's cluster (hub/pgtemp.py), started on first use and stopped when the tests exit.

    No PostgreSQL installed is a test failure with the install hint, never a skip."""
    global _CLUSTER
    with _CLUSTER_LOCK:
        if _CLUSTER is None:
            try:
                _CLUSTER = TempPostgres().start()
            except StorageError as exc:
                pytest.fail(f"{exc} {INSTALL_HINT}", pytrace=False)
            atexit.register(_CLUSTER.stop)
        return _CLUSTER


def fresh_database(backend: str, tmp: Path) -> str:
    """An empty, migrated hub database on `backend` ('sqlite' or 'postgresql')."""
    from hub.db import migrate

    if backend == "postgresql":
        return postgres().create_database()
    url = f"sqlite:///{tmp / 'hub.db'}"
    migrate(url)
    return url


# -- accounts ---------------------------------------------------------------------------------
@dataclass
class Seed:
    url: str
    school_id: str
    class_ids: dict[str, str]
    teacher_token: str
    codes: dict[str, str] = field(default_factory=dict)


def seed_school(url: str, *, school: str = "Hill School", classes: tuple[str, ...] = ("5B", "6A"),
                allow_conversation_text: bool = False) -> Seed:
    from hub import accounts
    from hub.db import make_engine

    engine = make_engine(url, pool_size=1, max_overflow=0)
    with engine.begin() as conn:
        sid = accounts.create_school(conn, school, allow_conversation_text=allow_conversation_text)
        cids = {name: accounts.create_class(conn, school, name) for name in classes}
        _, token = accounts.add_teacher(conn, school, "Ms Ada")
        codes = {name: accounts.issue_enrollment_code(conn, cid, minutes=30).code for name, cid in cids.items()}
    engine.dispose()
    return Seed(url, sid, cids, token, codes)


def count_events(url: str, **where: Any) -> int:
    import sqlalchemy as sa

    from hub import schema as t
    from hub.db import make_engine

    engine = make_engine(url, pool_size=1, max_overflow=0)
    q = sa.select(sa.func.count()).select_from(t.events)
    for k, v in where.items():
        q = q.where(t.events.c[k] == v)
    with engine.connect() as conn:
        n = int(conn.execute(q).scalar_one())
    engine.dispose()
    return n


# -- hubs on loopback ---------------------------------------------------------------------------
def wait_healthy(url: str, timeout: float = 40.0) -> None:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.1)
    raise AssertionError(f"hub at {url} never became healthy: {last}")


class ThreadHub:
    """The real app under uvicorn, in a thread of the test process (fast start)."""

    def __init__(self, database_url: str, *, port: int | None = None, **settings: Any) -> None:
        import uvicorn

        from hub.app import create_app
        from hub.settings import HubSettings

        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(HubSettings(database_url=database_url, **settings))
        # proxy_headers=False as `lantern hub serve` runs it: the hub decides whom to believe (trusted_proxies)
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off", timeout_graceful_shutdown=1, proxy_headers=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ThreadHub:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:   # listening (the database may be down on purpose)
            assert time.monotonic() < deadline and self.thread.is_alive(), "uvicorn did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.app.state.engine.dispose()


class ProcessHub:
    """`lantern hub serve` in its own process group, so a test can kill -9 all of it and restart."""

    def __init__(self, database_url: str, *, workers: int = 1, port: int | None = None, log: Path | None = None) -> None:
        self.database_url = database_url
        self.workers = workers
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, *, wait: bool = True) -> ProcessHub:
        env = {**os.environ, "LANTERN_HUB_DATABASE_URL": self.database_url}
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "hub", "serve", "--port", str(self.port), "--workers", str(self.workers)],
            cwd=REPO, env=env, stdout=out, stderr=out, start_new_session=True)
        if wait:
            wait_healthy(self.url)
        return self

    def kill9(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(2)
            except subprocess.TimeoutExpired:
                self.kill9()

    def __enter__(self) -> ProcessHub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def hub_get(url: str, path: str, token: str) -> Any:
    r = httpx.get(url + path, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    r.raise_for_status()
    return r.json()


def hub_post(url: str, path: str, token: str, body: dict[str, Any]) -> Any:
    r = httpx.post(url + path, headers={"Authorization": f"Bearer {token}"}, json=body, timeout=10)
    r.raise_for_status()
    return r.json()


# -- kiosks -------------------------------------------------------------------------------------
class Kiosk:
    """One Lantern data folder: its Store and a SyncClient with test-friendly timings."""

    def __init__(self, home: Path, **client_options: Any) -> None:
        from engine.store import Store
        from engine.sync import SyncClient

        self.home = home
        self.store = Store.open(home)
        opts = {"token_storage": "file", "interval_s": 0.3, "backoff_base_s": 0.1, "backoff_max_s": 0.5,
                "poll_s": 0.1, "timeout_s": 5.0} | client_options
        self.sync = SyncClient(self.store, home, **opts)

    def add_learner(self, name: str) -> str:
        from engine.store import new_id, utc_now

        lid = new_id()
        with self.store.write() as db:
            now = utc_now()
            db.execute("INSERT INTO learners (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)", [lid, name, now, now])
            self.store.record_event(db, "profile", lid, {"display_name": name}, learner_id=lid)
        return lid

    def answer_quiz(self, learner_id: str, n: int, *, correct_every: int = 2) -> list[str]:
        """`n` quiz attempts, each written with its outbox event in one transaction."""
        ids = []
        with self.store.write() as db:
            for i in range(n):
                ids.append(self.store.record_event(db, "quiz_attempt", f"item-{i}",
                                                   {"quiz_item_id": f"item-{i}", "correct": i % correct_every == 0},
                                                   learner_id=learner_id))
        return ids

    def tutor_learner_does_quiz(self, name: str, answers: list[bool], *, skill: str = "fractions") -> str:
        """The real tutor engine: a learner profile, then graded quiz attempts (each saves the attempt,
        BKT mastery and FSRS card with their outbox events in one transaction)."""
        from engine.store import new_id, utc_now
        from engine.tutor.grading import Grade
        from engine.tutor.learners import LearnerBook
        from engine.tutor.progress import record_attempt
        from engine.tutor.quiz import QuizItem

        learner = LearnerBook(self.store).create(name)
        item = QuizItem(kind="choice", question="What is half of 10?", answer="5", chunk_id=0, citation="Halves",
                        choices=("5", "2"), skill=skill, id=new_id(), origin="teacher", status="approved")
        with self.store.write() as db:
            db.execute("INSERT INTO quiz_items (id, kind, question, choices, answer, skill, status, origin, created_at,"
                       " updated_at) VALUES (?, 'choice', ?, '[\"5\", \"2\"]', '5', ?, 'approved', 'teacher', ?, ?)",
                       [item.id, item.question, skill, utc_now(), utc_now()])
        for ok in answers:
            record_attempt(self.store, learner.id, item, "5" if ok else "2",
                           Grade(correct=ok, score=1.0 if ok else 0.0, method="choice", expected="5"))
        return learner.id

    def outbox_ids(self) -> set[str]:
        return {r[0] for r in self.store.db.execute("SELECT id FROM outbox")}

    def close(self) -> None:
        self.sync.close()
        self.store.close()
