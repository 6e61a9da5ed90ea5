"""`lantern bench sync`: the hub under load on loopback, on SQLite and on PostgreSQL.

1. One device pushes 10,000 outbox events through the real SyncClient (batches of 500): time, events/s.
2. 200 simulated devices push concurrently (each: three batches of 20, then one replayed batch as a
   retry would), their syncs spread over a 10 s window as the client's jittered interval spreads
   them: throughput, p50/p95/max request latency, and a count check: 0 lost, 0 duplicated.
   `burst` repeats it with all 200 devices firing at the same instant (the worst case).

The hub runs as `lantern hub serve` (uvicorn, 2 workers) in its own process; the devices share this
machine's cores with it, so the numbers are pessimistic for a real school network.
3. A baseline in the same run: one device alone pushing the same batches; `p95_vs_alone` is the
   200-device p95 over it (the machine may be shared and loaded: ratios travel better than ms).
4. The teacher's reads over the pushed data: class report and class view (median ms).
5. Where the time goes, per phase: the hub's CPU per request (all its worker processes), the
   simulated devices' CPU (are the clients the bottleneck?), and the load average before and after.
   CPU per request does not depend on how loaded the machine is: cores x 1000 / it bounds requests/s.
Targets: 10k events < 5 s; 200 devices with p95 < 250 ms on PostgreSQL (issue 15: < 500 ms with 4 workers).
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]


def _serve(url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LANTERN_HUB_DATABASE_URL": url}      # the hub's own pool settings
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "hub", "serve", "--port", str(port),
                             "--workers", str(workers)], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    raise RuntimeError("the hub did not start")


def _seed(url: str, devices: int) -> tuple[str, list[str], str]:
    from hub import accounts
    from hub.db import make_engine

    engine = make_engine(url, pool_size=1, max_overflow=0)
    with engine.begin() as conn:
        accounts.create_school(conn, "Bench School")
        cid = accounts.create_class(conn, "Bench School", "Bench")
        code = accounts.issue_enrollment_code(conn, cid, minutes=60, max_uses=1000).code
        tokens = [accounts.enroll_device(conn, code, f"sim-{i}").token for i in range(devices)]
        _, teacher = accounts.add_teacher(conn, "Bench School", "Bench teacher")
    engine.dispose()
    return code, tokens, teacher


def _count(url: str) -> tuple[int, int]:
    import sqlalchemy as sa

    from hub import schema as t
    from hub.db import make_engine

    engine = make_engine(url, pool_size=1, max_overflow=0)
    with engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(t.events)).scalar_one()
        distinct = conn.execute(sa.select(sa.func.count(sa.distinct(t.events.c.id)))).scalar_one()
    engine.dispose()
    return int(total), int(distinct)


def _one_device(hub_url: str, code: str, events: int, tmp: Path) -> dict[str, Any]:
    from engine.store import Store
    from engine.sync import SyncClient

    home = tmp / "device"
    with Store.open(home) as store:
        client = SyncClient(store, home, token_storage="file", batch_size=500, timeout_s=60)
        client.enroll(hub_url, code, device_name="bench-device")
        learner = "bench-learner"
        with store.write() as db:
            for i in range(events):
                store.record_event(db, "quiz_attempt", f"item-{i % 50}", {"quiz_item_id": f"item-{i % 50}",
                                                                          "correct": i % 3 == 0}, learner_id=learner)
        start = time.perf_counter()
        report = client.sync_once()
        elapsed = time.perf_counter() - start
        client.close()
    return {"events": events, "seconds": round(elapsed, 3), "events_per_s": round(events / elapsed),
            "stored": report.pushed, "batches": report.batches}


def _event(learner: str, n: int, node: str) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "kind": "quiz_attempt", "entity_id": f"item-{n}", "learner_id": learner,
            "hlc": f"{int(time.time() * 1000):013d}-{n % 10000:04d}-{node}", "created_at": "2026-11-23T10:00:00Z",
            "payload": {"quiz_item_id": f"item-{n}", "correct": n % 2 == 0, "skill": f"skill-{n % 5}", "duration_ms": 9000}}


class _Connection:
    """A bare HTTP/1.1 keep-alive connection over asyncio streams: the simulated devices must not
    spend the CPU the hub needs (httpx with 200 connections costs more than the hub itself here)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, token: str, body: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = (f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nAuthorization: Bearer {token}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
        self.writer.write(head + body)
        await self.writer.drain()
        assert self.reader is not None
        status = int((await self.reader.readline()).split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def _many_devices(hub_url: str, tokens: list[str], batches: int, per_batch: int,
                        spread_s: float) -> dict[str, Any]:
    rng = random.Random(0)
    host, port = hub_url.removeprefix("http://").split(":")
    # Every request body is built before the clock starts; the last one of each device is a replay.
    plans: list[list[tuple[bytes, list[str]]]] = []
    for i in range(len(tokens)):
        bodies = []
        for b in range(batches):
            events = [_event(f"sim-learner-{i}", b * per_batch + k, f"d{i}") for k in range(per_batch)]
            raw = json.dumps({"batch_id": str(uuid.uuid4()), "events": events}).encode()
            bodies.append((raw, [e["id"] for e in events]))
        plans.append(bodies + [bodies[-1]])
    latencies: list[float] = []
    failures = 0
    sent_ids: set[str] = set()

    async def device(i: int, token: str) -> None:
        nonlocal failures
        await asyncio.sleep(rng.uniform(0, spread_s))   # the client's jittered interval spreads devices out
        conn = _Connection(host, int(port))
        try:
            for raw, ids in plans[i]:
                t0 = time.perf_counter()
                try:
                    status = await conn.post("/v1/events", token, raw)
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    failures += 1
                    conn = _Connection(host, int(port))
                    continue
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    failures += 1
                else:
                    sent_ids.update(ids)
        finally:
            await conn.close()

    start = time.perf_counter()
    await asyncio.gather(*(device(i, tok) for i, tok in enumerate(tokens)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {"devices": len(tokens), "arrival_spread_s": spread_s, "requests": len(latencies),
            "failed_requests": failures, "replayed_batches": len(tokens),
            "seconds": round(elapsed, 3), "events_per_s": round(len(sent_ids) / elapsed),
            "p50_ms": round(statistics.median(latencies) * 1000, 1),
            "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))] * 1000, 1),
            "max_ms": round(latencies[-1] * 1000, 1), "_sent_ids": len(sent_ids)}


def _tree_cpu_s(pid: int) -> float | None:
    """CPU seconds used so far by process `pid` and its children (Linux /proc; None elsewhere)."""
    try:
        tick = os.sysconf("SC_CLK_TCK")
        pids = {pid}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    if int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                        pids.add(int(entry))
                except (OSError, IndexError, ValueError):
                    continue
        total = 0.0
        for p in pids:
            try:
                fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / tick
            except (OSError, IndexError, ValueError):
                continue
        return total
    except (OSError, ValueError, AttributeError):
        return None


class _PostgresProbe:
    """What the database server spent during a phase: its processes' CPU (the postmaster and its
    backends; a backend that exits takes its CPU along, so this is a lower bound) and how many
    sessions the hub opened (each one a new server process)."""

    def __init__(self, url: str, postmaster_pid: int) -> None:
        from hub.db import make_engine

        self.pid = postmaster_pid
        self.engine = make_engine(url, pool_size=1, max_overflow=0)

    def snapshot(self) -> tuple[float | None, int]:
        import sqlalchemy as sa

        with self.engine.connect() as conn:
            sessions = conn.execute(sa.text("SELECT sessions FROM pg_stat_database "
                                            "WHERE datname = current_database()")).scalar_one()
        return _tree_cpu_s(self.pid), int(sessions)

    def close(self) -> None:
        self.engine.dispose()


def _measured(hub_pid: int, phase: Any, db: _PostgresProbe | None = None) -> dict[str, Any]:
    """Run `phase()` and add where its CPU went: the hub's per request, the clients', the database
    server's (PostgreSQL), the load average."""
    import resource

    load_before = os.getloadavg()[0]
    db0 = db.snapshot() if db else None
    hub0, me0 = _tree_cpu_s(hub_pid), resource.getrusage(resource.RUSAGE_SELF)
    result: dict[str, Any] = phase()
    hub1, me1 = _tree_cpu_s(hub_pid), resource.getrusage(resource.RUSAGE_SELF)
    if db and db0:
        cpu1, sessions1 = db.snapshot()
        if db0[0] is not None and cpu1 is not None and result["requests"]:
            result["db_cpu_ms_per_request"] = round((cpu1 - db0[0]) / result["requests"] * 1000, 1)
        result["db_sessions_opened"] = sessions1 - db0[1]
    client = (me1.ru_utime + me1.ru_stime) - (me0.ru_utime + me0.ru_stime)
    result["client_cpu_s"] = round(client, 2)
    if hub0 is not None and hub1 is not None and result["requests"]:
        result["hub_cpu_ms_per_request"] = round((hub1 - hub0) / result["requests"] * 1000, 1)
        result["hub_cpu_s"] = round(hub1 - hub0, 2)
    result["load_avg_before_after"] = [round(load_before, 1), round(os.getloadavg()[0], 1)]
    return result


def _bench_backend(name: str, url: str, tmp: Path, *, events: int, devices: int, workers: int,
                   spread_s: float = 10.0, postmaster_pid: int | None = None) -> dict[str, Any]:
    from hub.db import migrate
    from hub.pgtemp import free_port

    migrate(url)
    port = free_port()
    proc = _serve(url, port, workers)
    hub_url = f"http://127.0.0.1:{port}"
    try:
        code, tokens, teacher = _seed(url, devices)
        single = _one_device(hub_url, code, events, tmp / name)
        before, _ = _count(url)
        # The baseline, in the same run on the same (shared, loaded) machine: one device alone pushing
        # the same batches one after another. Ratios against it cancel out much of the machine's load.
        db = _PostgresProbe(url, postmaster_pid) if postmaster_pid else None
        alone = _measured(proc.pid, lambda: asyncio.run(
            _many_devices(hub_url, tokens[:1], batches=30, per_batch=20, spread_s=0.0)), db)
        # steady: each device's sync starts somewhere in a 10 s window (the real client jitters);
        # burst: all of them at the same instant, the worst case.
        steady = _measured(proc.pid, lambda: asyncio.run(
            _many_devices(hub_url, tokens, batches=3, per_batch=20, spread_s=spread_s)), db)
        burst = _measured(proc.pid, lambda: asyncio.run(
            _many_devices(hub_url, tokens, batches=1, per_batch=20, spread_s=0.0)), db)
        if db:
            db.close()
        for run_ in (steady, burst):
            run_["p95_vs_alone"] = round(run_["p95_ms"] / max(alone["p95_ms"], 0.1), 2)
        views = _teacher_reads(hub_url, teacher)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
    total, distinct = _count(url)
    stored = total - before
    sent = steady.pop("_sent_ids") + burst.pop("_sent_ids") + alone.pop("_sent_ids")
    integrity = {"events_sent": sent, "events_stored": stored, "lost": max(0, sent - stored),
                 "duplicated": (total - distinct) + max(0, stored - sent)}
    return {"one_device": single, "alone_baseline": alone, "concurrent_devices": steady, "burst": burst,
            "teacher_reads": views, "integrity_200_devices": integrity}


def _teacher_reads(hub_url: str, teacher: str, rounds: int = 5) -> dict[str, Any]:
    """The teacher's class report and class view over everything the devices pushed (median of `rounds`)."""
    out: dict[str, Any] = {"events_in_class": _count_class(hub_url, teacher)}
    with httpx.Client(base_url=hub_url, headers={"Authorization": f"Bearer {teacher}"}, timeout=300) as http:
        for name, path in (("report", "/v1/classes/Bench/report"), ("class_view", "/v1/classes/Bench/view")):
            samples = []
            for _ in range(rounds):
                t0 = time.perf_counter()
                r = http.get(path)
                samples.append(time.perf_counter() - t0)
                r.raise_for_status()
            out[f"{name}_median_ms"] = round(statistics.median(samples) * 1000, 1)
    return out


def _count_class(hub_url: str, teacher: str) -> int:
    r = httpx.get(hub_url + "/v1/classes/Bench/report", headers={"Authorization": f"Bearer {teacher}"}, timeout=300)
    r.raise_for_status()
    return sum(lp["events"] for lp in r.json()["learners"])


def run(quick: bool = False) -> dict[str, Any]:
    from hub.pgtemp import TempPostgres

    events = 2000 if quick else 10_000
    devices = 50 if quick else 200
    workers = int(os.environ.get("LANTERN_BENCH_HUB_WORKERS", "2"))   # issue 15 measured with 4
    out: dict[str, Any] = {"hub_workers": workers, "cpu_count": os.cpu_count(),
                           "targets": {"one_device_10k_s": 5.0, "pg_p95_ms": 250}}
    with tempfile.TemporaryDirectory(prefix="lantern-bench-sync-") as d:
        tmp = Path(d)
        out["sqlite"] = _bench_backend("sqlite", f"sqlite:///{tmp / 'hub.db'}", tmp, events=events,
                                       devices=devices, workers=workers)
        with TempPostgres() as pg:
            out["postgresql"] = _bench_backend("postgresql", pg.create_database(migrated=False), tmp,
                                               postmaster_pid=pg.postmaster_pid(),
                                               events=events, devices=devices, workers=workers)
    out["meets_targets"] = {
        "one_device_under_5s": all(out[b]["one_device"]["seconds"] < 5.0 for b in ("sqlite", "postgresql"))
        if events == 10_000 else None,
        "pg_p95_under_250ms": out["postgresql"]["concurrent_devices"]["p95_ms"] < 250 if devices == 200 else None,
        "nothing_lost_or_duplicated": all(out[b]["integrity_200_devices"]["lost"] == 0
                                          and out[b]["integrity_200_devices"]["duplicated"] == 0
                                          for b in ("sqlite", "postgresql")),
    }
    return out
