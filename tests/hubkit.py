"""Shared test kit for the hub and sync: a throwaway PostgreSQL, real hubs on loopback, kiosks.

PostgreSQL runs from the Debian package (`apt-get install postgresql`; scripts/install.sh does it):
one cluster per test session, in a temp folder owned by the `postgres` user (PostgreSQL refuses to
run as root), listening only on 127.0.0.1 on a free port, fsync off, stopped at exit.
"""
from __future__ import annotations

import atexit
import glob
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
INSTALL_HINT = "PostgreSQL 15 is required for the hub tests: apt-get install postgresql (scripts/install.sh does it)."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- PostgreSQL ---------------------------------------------------------------------------------
class PostgresCluster:
    def __init__(self) -> None:
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
        if not bins and shutil.which("initdb") is None:
            pytest.fail(INSTALL_HINT, pytrace=False)
        self.bin = Path(bins[0]).parent if bins else Path(shutil.which("initdb")).parent  # type: ignore[arg-type]
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="lantern-pg-"))
        self.data = self.root / "data"
        self._as: list[str] = []
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                pytest.fail("Running as root but there is no 'postgres' user. " + INSTALL_HINT, pytrace=False)
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        self.started = False
        self._template_ready = False

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=120)

    def start(self) -> PostgresCluster:
        r = self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                      "-E", "UTF8", "--locale=C", "--no-sync")
        if r.returncode:
            pytest.fail(f"initdb failed: {r.stderr[-2000:]}\n{INSTALL_HINT}", pytrace=False)
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=400 -c shared_buffers=64MB")
        r = self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"),
                      "-w", "-t", "60", "start")
        if r.returncode:
            log = (self.root / "log").read_text(errors="replace")[-2000:] if (self.root / "log").exists() else ""
            pytest.fail(f"PostgreSQL did not start: {r.stderr[-1000:]}\n{log}", pytrace=False)
        self.started = True
        return self

    def stop(self) -> None:
        if self.started:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, *, migrated: bool = True) -> str:
        """A new database; `migrated` copies a template that already has the hub schema (fast)."""
        import psycopg

        from hub.db import migrate

        dsn = f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"
        with psycopg.connect(dsn, autocommit=True) as c:
            if migrated and not self._template_ready:
                c.execute('CREATE DATABASE "hub_template"')
                migrate(self.url("hub_template"))
                self._template_ready = True
            name = "t_" + uuid.uuid4().hex[:12]
            c.execute(f'CREATE DATABASE "{name}"' + (' TEMPLATE "hub_template"' if migrated else ""))
        return self.url(name)


_CLUSTER: PostgresCluster | None = None
_CLUSTER_LOCK = threading.Lock()


def postgres() -> PostgresCluster:
    """The session's cluster, started on first use and stopped when the test process exits."""
    global _CLUSTER
    with _CLUSTER_LOCK:
        if _CLUSTER is None:
            _CLUSTER = PostgresCluster().start()
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
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off", timeout_graceful_shutdown=1))
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
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL  # noqa: SIM115
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

    def outbox_ids(self) -> set[str]:
        return {r[0] for r in self.store.db.execute("SELECT id FROM outbox")}

    def close(self) -> None:
        self.sync.close()
        self.store.close()
