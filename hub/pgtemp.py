"""A throwaway PostgreSQL cluster on loopback, for the test suite and `lantern bench sync`.

Uses the Debian/Ubuntu server binaries (`apt-get install postgresql`). PostgreSQL refuses to run as
root, so as root the cluster lives in a temp folder owned by the `postgres` user and every command
runs through `runuser -u postgres --`. It listens only on 127.0.0.1 on a free port, with fsync off
(throwaway data), and `stop()` deletes it. `durable=True` keeps PostgreSQL's production defaults
(fsync, synchronous_commit, full_page_writes on), for benchmarks whose cost is a commit's WAL flush.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

from engine.wire import StorageError

INSTALL_HINT = "Install PostgreSQL: apt-get install postgresql (scripts/install.sh does it)."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempPostgres:
    def __init__(self, *, durable: bool = False) -> None:
        self.durable = durable
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
        initdb = bins[0] if bins else shutil.which("initdb")
        if not initdb:
            raise StorageError("PostgreSQL is not installed on this machine.", hint=INSTALL_HINT)
        self.bin = Path(initdb).parent
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="lantern-pg-"))
        self.data = self.root / "data"
        self._as: list[str] = []
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise StorageError("Running as root, but there is no 'postgres' user.", hint=INSTALL_HINT) from exc
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        self.started = False
        self._template_ready = False

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=120)

    def start(self) -> TempPostgres:
        r = self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                      "-E", "UTF8", "--locale=C", *(() if self.durable else ("--no-sync",)))
        if r.returncode:
            raise StorageError(f"initdb failed: {r.stderr.strip()[-500:]}", hint=INSTALL_HINT)
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
                + ("" if self.durable else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off ")
                + "-c max_connections=400 -c shared_buffers=64MB")
        r = self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"),
                      "-w", "-t", "60", "start")
        if r.returncode:
            log = (self.root / "log").read_text(errors="replace")[-800:] if (self.root / "log").exists() else ""
            raise StorageError(f"PostgreSQL did not start: {r.stderr.strip()[-400:]} {log}", hint=INSTALL_HINT)
        self.started = True
        return self

    def stop(self) -> None:
        if self.started:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def postmaster_pid(self) -> int:
        """The server's main process (its backends are its children)."""
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def __enter__(self) -> TempPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, *, migrated: bool = True) -> str:
        """A new, empty database; `migrated` copies a template that already has the hub schema (fast)."""
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
