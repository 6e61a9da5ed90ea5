"""Loopback helpers for tests and `lantern bench escalation`: a real OpenAI-compatible upstream
(llama-cpp-python's own server with a local GGUF), a recording/fault-injecting proxy in front of
it, and a uvicorn server in a thread. Nothing here is used by the running hub.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LlamaServer:
    """`python -m llama_cpp.server` serving `model_path` on a free loopback port.

    The bundled base model has no chat template, so a named `chat_format` is used.
    """

    def __init__(self, model_path: Path, *, chat_format: str = "gemma", n_ctx: int = 1024, n_threads: int = 2,
                 log_path: Path | None = None) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self._log = open(log_path, "wb") if log_path else subprocess.DEVNULL
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--chat_format", chat_format,
             "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(n_ctx), "--n_threads", str(n_threads),
             "--seed", "0", "--verbose", "False",
             # A real cloud queues concurrent requests; llama-cpp-python's default cuts the running
             # stream short instead, which the hub (rightly) reports as a truncated answer.
             "--interrupt_requests", "False"],
            stdout=self._log, stderr=subprocess.STDOUT)
        self._wait_ready()

    def _wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with code {self._proc.returncode}")
            try:
                if httpx.get(self.base_url + "/models", timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.close()
        raise RuntimeError("llama_cpp.server did not start within a minute")

    def close(self) -> None:
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
        if self._log is not subprocess.DEVNULL:
            self._log.close()

    def __enter__(self) -> LlamaServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ServerThread:
    """Serve an ASGI app with uvicorn on a free loopback port in a daemon thread."""

    def __init__(self, app: Any, *, port: int | None = None) -> None:
        import uvicorn

        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off",
                                timeout_keep_alive=30, limit_concurrency=1000, backlog=2048)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True, name=f"uvicorn-{self.port}")
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the loopback server did not start")
            time.sleep(0.01)

    def close(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)

    def __enter__(self) -> ServerThread:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class RecordingProxy:
    """An ASGI app that records each JSON request body and forwards it to `target` (an OpenAI-style
    base URL). Set `fail_status` to answer every request with that HTTP status instead, or
    `delay_s` to answer slowly, or `cut_after_events` to end a streamed answer after that many SSE
    events, as a crashed upstream or a dropped connection would (no finish_reason, no [DONE]).
    Set `hold_done` (a threading.Event) to keep a streamed answer's `[DONE]` back until it is set:
    a test can then drop its client between the last chunk and the end. Used to see exactly what
    left the hub."""

    def __init__(self, target: str) -> None:
        self.target = target.rstrip("/")
        self.received: list[dict[str, Any]] = []
        self.responses: list[bytes] = []      # raw bodies the target sent back, in order
        self.fail_status: int | None = None
        self.delay_s = 0.0
        self.cut_after_events: int | None = None
        self.hold_done: threading.Event | None = None
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self.received.clear()
            self.cut_after_events = None
            self.hold_done = None

    def app(self) -> Any:
        import asyncio
        import json

        from starlette.applications import Starlette
        from starlette.requests import Request
        from starlette.responses import JSONResponse, Response, StreamingResponse
        from starlette.routing import Route

        client_holder: dict[str, httpx.AsyncClient] = {}

        def client() -> httpx.AsyncClient:
            if "c" not in client_holder:
                client_holder["c"] = httpx.AsyncClient(timeout=120)
            return client_holder["c"]

        async def forward(request: Request) -> Response:
            raw = await request.body()
            try:
                body = json.loads(raw)
            except ValueError:
                body = {"_raw": raw.decode("utf-8", "replace")}
            with self._lock:
                self.received.append({"path": request.url.path, "body": body,
                                      "authorization": request.headers.get("authorization")})
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
            if self.fail_status:
                return JSONResponse({"error": {"message": "injected failure"}}, status_code=self.fail_status)
            sub = request.url.path.split("/v1", 1)[-1]
            req = client().build_request(request.method, self.target + sub, content=raw,
                                         headers={"content-type": "application/json"})
            resp = await client().send(req, stream=True)

            async def body_iter() -> Any:
                got = bytearray()
                cut = self.cut_after_events
                gate = self.hold_done
                try:
                    if gate is not None:   # line by line; [DONE] waits for the gate (at most a minute)
                        async for line in resp.aiter_lines():
                            if line.strip() == "data: [DONE]":
                                for _ in range(6000):
                                    if gate.is_set():
                                        break
                                    await asyncio.sleep(0.01)
                            got += (line + "\n").encode("utf-8")
                            yield (line + "\n").encode("utf-8")
                        return
                    if cut is not None:   # whole events only, then stop: a truncated stream
                        async for line in resp.aiter_lines():
                            if line.startswith("data:"):
                                if cut == 0:
                                    break
                                cut -= 1
                            got += (line + "\n").encode("utf-8")
                            yield (line + "\n").encode("utf-8")
                        return
                    async for chunk in resp.aiter_raw():
                        got += chunk
                        yield chunk
                finally:
                    await resp.aclose()
                    with self._lock:
                        self.responses.append(bytes(got))
            return StreamingResponse(body_iter(), status_code=resp.status_code,
                                     media_type=resp.headers.get("content-type"))

        return Starlette(routes=[Route("/v1/{path:path}", forward, methods=["GET", "POST"])])


class LoopbackHub:
    """A hub app that only has the escalation router, served on loopback (tests and the bench)."""

    def __init__(self, db_path: Path, providers: list[Any], *, identities: dict[str, Any], options: Any = None,
                 admin_token: str | None = None, default_daily_cap: float = 100.0, clock: Any = None,
                 port: int | None = None) -> None:
        from fastapi import FastAPI

        from hub.escalation.router import bearer_token_identity, create_escalation_router
        from hub.escalation.store import EscalationStore

        self.store = EscalationStore(f"sqlite:///{db_path}", default_daily_cap=default_daily_cap)
        for p in providers:
            self.store.add_provider(p)
        self.router = create_escalation_router(self.store, identify=bearer_token_identity(identities),
                                               options=options, admin_token=admin_token, clock=clock)
        app = FastAPI()
        app.include_router(self.router)
        self.server = ServerThread(app, port=port)
        self.url = self.server.url

    @property
    def orchestrator(self) -> Any:
        return self.router.orchestrator

    def close(self) -> None:
        self.server.close()
        self.store.engine.dispose()

    def __enter__(self) -> LoopbackHub:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
