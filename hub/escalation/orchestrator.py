"""Forwarding escalated chat requests to upstream providers, safely and within budget.

Per request: school policy → per-device rate limit → exact-match cache → daily cost cap (the
request's worst-case cost is held against the cap first, then settled with the real cost) → the
providers in order (each behind a circuit breaker, with a timeout and retries with exponential
backoff) → usage recorded in the ledger (token usage × the provider's price table).

Limits, breakers and the cache live in the hub database (hub/escalation/shared.py), so every
worker process and every hub host enforces one limit, sees one breaker and shares one cache.
A stream can fall back to the next provider only before its first byte reaches the device.
"""
from __future__ import annotations

import asyncio
import json
import math
import random
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx

from engine.wire import HubCode, LanternError
from hub.escalation.breaker import STATE_VALUES
from hub.escalation.cache import CachedReply, request_key
from hub.escalation.metrics import EscalationMetrics
from hub.escalation.request import BadRequest, ChatRequest, parse_chat_request
from hub.escalation.shared import DbBreaker, DbRateLimiter, DbResponseCache
from hub.escalation.store import EscalationStore, ProviderConfig


@dataclass(frozen=True)
class Identity:
    device_id: str
    school_id: str


@dataclass(frozen=True)
class OrchestratorOptions:
    failure_threshold: int = 3          # consecutive failed requests that open a provider's breaker
    reset_after_s: float = 30.0         # open → half-open after this long
    backoff_base_s: float = 0.2         # retry n waits base × 2^n (± 20 % jitter), at most backoff_max_s
    backoff_max_s: float = 4.0
    rate_per_minute: float = 20.0       # per device; 0 disables
    rate_burst: int | None = None
    cache_entries: int = 2048
    cache_ttl_s: float = 24 * 3600
    max_tokens_cap: int = 1024          # a device cannot ask for longer answers than this
    max_messages_chars: int = 32_000
    provider_reload_s: float = 2.0      # provider config is re-read from the DB this often


class Refused(LanternError):
    """The hub says no: carries the HTTP status, a machine code and a sentence for people."""

    def __init__(self, status: int, code: HubCode, message: str, *, retry_after: float | None = None,
                 param: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.retry_after, self.param = status, code, retry_after, param

    def body(self) -> dict[str, Any]:
        kind = "invalid_request_error" if self.status in (400, 413) else "escalation_refused"
        return {"error": {"message": self.message, "type": kind, "code": self.code.value, "param": self.param}}


class _Failed(LanternError):
    """Every try at one provider failed (timeout, connection, 429/5xx): the next provider is tried."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _ClientError(LanternError):
    """A provider answered 4xx: the request was wrong, not the provider (its breaker stays closed)."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status, self.text = status, text


@dataclass
class _Provider:
    cfg: ProviderConfig
    breaker: DbBreaker
    reset_seen: float = 0.0


@dataclass
class OpenStream:
    """An upstream stream that has answered with 200; iterate `events()` for SSE bytes."""

    provider: str
    events: Callable[[], AsyncIterator[bytes]]
    cached: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def estimate_tokens(text: str) -> int:
    """~4 characters per token; used only when a provider reports no usage (some streams)."""
    return max(1, math.ceil(len(text) / 4)) if text else 0


class Orchestrator:
    def __init__(self, store: EscalationStore, *, options: OrchestratorOptions | None = None,
                 metrics: EscalationMetrics | None = None, transport: httpx.AsyncBaseTransport | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.options = o = options or OrchestratorOptions()
        self.metrics = metrics or EscalationMetrics()
        # Wall-clock time: the one clock that worker processes (and hosts) share.
        self.cache = DbResponseCache(store.engine, max_entries=o.cache_entries, ttl_s=o.cache_ttl_s, clock=clock)
        self.limiter = DbRateLimiter(store.engine, per_minute=o.rate_per_minute, burst=o.rate_burst, clock=clock)
        self._clock = clock
        self._transport = transport
        self._providers: dict[str, _Provider] = {}
        self._order: list[str] = []
        self._loaded_at = -math.inf
        self._client: httpx.AsyncClient | None = None
        self._client_loop: asyncio.AbstractEventLoop | None = None

    # -- providers ----------------------------------------------------------------------------
    def providers(self, *, refresh: bool = False) -> list[_Provider]:
        """Enabled providers in fallback order, each with its breaker (config re-read every few s)."""
        if refresh or self._clock() - self._loaded_at >= self.options.provider_reload_s:
            configs = self.store.providers(enabled_only=True)
            fresh: dict[str, _Provider] = {}
            for cfg in configs:
                prev = self._providers.get(cfg.name)
                if prev is None:
                    prev = _Provider(cfg, DbBreaker(self.store.engine, cfg.name,
                                                    failure_threshold=self.options.failure_threshold,
                                                    reset_after_s=self.options.reset_after_s, clock=self._clock),
                                     reset_seen=cfg.breaker_reset_at)
                elif cfg.breaker_reset_at > prev.reset_seen:   # an admin asked for a reset
                    prev.breaker.reset(opened_before=cfg.breaker_reset_at)
                    prev.reset_seen = cfg.breaker_reset_at
                prev.cfg = cfg
                fresh[cfg.name] = prev
            self._providers = fresh
            self._order = [c.name for c in configs]
            self._loaded_at = self._clock()
        for p in self._providers.values():
            self.metrics.breaker_state.labels(p.cfg.name).set(STATE_VALUES[p.breaker.state])
        return [self._providers[n] for n in self._order]

    def reset_breaker(self, name: str) -> None:
        self.store.request_breaker_reset(name)
        self.providers(refresh=True)

    def provider_status(self) -> list[dict[str, Any]]:
        return [{**p.cfg.public(), "breaker": p.breaker.state, "failures": p.breaker.failures}
                for p in self.providers(refresh=True)]

    # -- admission ----------------------------------------------------------------------------
    def _validate(self, body: Any) -> ChatRequest:
        """Every forwarded parameter checked here, so only upstream faults ever reach a breaker."""
        try:
            return parse_chat_request(body, max_tokens_cap=self.options.max_tokens_cap,
                                      max_chars=self.options.max_messages_chars)
        except BadRequest as exc:
            self.metrics.requests.labels("invalid", "").inc()
            raise Refused(413 if exc.code is HubCode.TOO_LONG else 400, exc.code, exc.message, param=exc.param) from None

    async def _admit(self, body: Any, ident: Identity) -> tuple[ChatRequest, str | None, CachedReply | None, float]:
        request = self._validate(body)
        payload = request.payload
        policy = await anyio.to_thread.run_sync(self.store.policy, ident.school_id)
        if not policy.allowed:
            self.metrics.requests.labels("refused_policy", "").inc()
            raise Refused(403, HubCode.NOT_ALLOWED, "Your school has not enabled cloud answers.")
        wait = await anyio.to_thread.run_sync(self.limiter.acquire, ident.device_id)
        if wait > 0:
            self.metrics.requests.labels("rate_limited", "").inc()
            raise Refused(429, HubCode.RATE_LIMITED, f"Too many cloud questions from this device; try again in "
                                               f"{wait:.0f} s.", retry_after=wait)
        key = request_key(ident.school_id, payload)
        hit = await anyio.to_thread.run_sync(self.cache.get, key)
        if hit is not None:
            self.metrics.cache_hits.inc()
            self.metrics.requests.labels("cache_hit", hit.provider).inc()
            return request, key, hit, 0.0
        worst = await anyio.to_thread.run_sync(self._worst_case_cost, payload)
        held = await anyio.to_thread.run_sync(
            lambda: self.store.reserve(ident.school_id, worst, cap=policy.daily_cap))
        if not held:
            self.metrics.requests.labels("refused_cost_cap", "").inc()
            raise Refused(402, HubCode.DAILY_COST_CAP_REACHED,
                          f"Your school's daily cloud budget ({policy.daily_cap:g}) is used up; "
                          "cloud answers resume tomorrow (UTC). Local answers still work.")
        return request, key, None, worst

    def _worst_case_cost(self, payload: dict[str, Any]) -> float:
        """What this request could cost at most with the dearest enabled provider: the prompt
        estimate doubled plus 32 (chat templates add tokens) and every allowed completion token."""
        prompt = 2 * _estimate_prompt(payload) + 32
        return max((p.cfg.cost(prompt, payload["max_tokens"]) for p in self.providers()), default=0.0)

    async def _release(self, ident: Identity, held: float) -> None:
        if held:
            with anyio.CancelScope(shield=True):   # runs in `finally` blocks of requests being cancelled
                await anyio.to_thread.run_sync(lambda: self.store.release(ident.school_id, held))

    # -- upstream -----------------------------------------------------------------------------
    def _http(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop:
            self._client = httpx.AsyncClient(transport=self._transport, limits=httpx.Limits(
                max_connections=256, max_keepalive_connections=64))
            self._client_loop = loop
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _backoff(self, attempt: int) -> float:
        o = self.options
        return min(o.backoff_max_s, o.backoff_base_s * 2 ** attempt) * random.uniform(0.8, 1.2)

    async def _call(self, p: ProviderConfig, payload: dict[str, Any], *, stream: bool) -> httpx.Response:
        """One provider, with retries. Returns a 2xx response (unread when streaming)."""
        url = p.base_url.rstrip("/") + "/chat/completions"
        headers = {"Authorization": f"Bearer {p.api_key}"} if p.api_key else {}
        body = {**payload, "model": p.model, "stream": stream}
        timeout = httpx.Timeout(p.timeout_s, connect=min(p.timeout_s, 5.0))
        reason = "unknown"
        for attempt in range(p.max_retries + 1):
            if attempt:
                await asyncio.sleep(self._backoff(attempt - 1))
            start = time.perf_counter()
            try:
                req = self._http().build_request("POST", url, json=body, headers=headers, timeout=timeout)
                resp = await self._http().send(req, stream=stream)
            except httpx.TimeoutException:
                reason = "timeout"
            except httpx.HTTPError:
                reason = "connect"
            else:
                self.metrics.upstream_seconds.labels(p.name).observe(time.perf_counter() - start)
                if resp.status_code < 400:
                    return resp
                text = (await resp.aread()).decode("utf-8", "replace")[:500]
                await resp.aclose()
                if resp.status_code != 429 and resp.status_code < 500:
                    raise _ClientError(resp.status_code, text)
                reason = f"http_{resp.status_code}"
            self.metrics.upstream_failures.labels(p.name, reason).inc()
        raise _Failed(reason)

    async def _first_available(self, payload: dict[str, Any], *, stream: bool) -> tuple[_Provider, httpx.Response]:
        tried: list[str] = []
        providers = await anyio.to_thread.run_sync(self.providers)
        for prov in providers:
            if not await anyio.to_thread.run_sync(prov.breaker.allow):
                tried.append(f"{prov.cfg.name}: paused after repeated failures")
                continue
            try:
                resp = await self._call(prov.cfg, payload, stream=stream)
            except _Failed as exc:
                await anyio.to_thread.run_sync(prov.breaker.record_failure)
                await self._gauge(prov)
                tried.append(f"{prov.cfg.name}: {exc.reason}")
                continue
            except _ClientError as exc:
                await anyio.to_thread.run_sync(prov.breaker.record_success)   # it answered; the request was wrong
                await self._gauge(prov)
                self.metrics.requests.labels("upstream_rejected", prov.cfg.name).inc()
                raise Refused(502, HubCode.UPSTREAM_REJECTED,
                              f"The cloud provider rejected the request (HTTP {exc.status}): {exc.text}") from exc
            return prov, resp
        self.metrics.requests.labels("no_provider", "").inc()
        detail = "; ".join(tried) if tried else "none is configured"
        raise Refused(503, HubCode.NO_PROVIDER_AVAILABLE, f"No cloud provider is available right now ({detail}).")

    async def _gauge(self, prov: _Provider) -> None:
        state = await anyio.to_thread.run_sync(lambda: prov.breaker.state)
        self.metrics.breaker_state.labels(prov.cfg.name).set(STATE_VALUES[state])

    async def _account(self, ident: Identity, prov: ProviderConfig, prompt_tokens: int, completion_tokens: int,
                       *, held: float = 0.0) -> float:
        cost = prov.cost(prompt_tokens, completion_tokens)
        await anyio.to_thread.run_sync(lambda: self.store.record_usage(
            ident.school_id, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, cost=cost, held=held))
        self.metrics.tokens.labels(prov.name, "prompt").inc(prompt_tokens)
        self.metrics.tokens.labels(prov.name, "completion").inc(completion_tokens)
        self.metrics.cost.labels(ident.school_id).inc(cost)
        self.metrics.requests.labels("ok", prov.name).inc()
        return cost

    # -- the two entry points -----------------------------------------------------------------
    async def complete(self, body: Any, ident: Identity) -> dict[str, Any]:
        request, key, hit, held = await self._admit(body, ident)
        payload = request.payload
        if hit is not None:
            return _completion_json(hit, cached=True)
        try:
            prov, resp = await self._first_available(payload, stream=False)
            try:
                data = resp.json()
                choice = data["choices"][0]
                content = choice["message"].get("content") or ""
                if not isinstance(content, str):
                    raise TypeError("content is not text")
            except (ValueError, KeyError, IndexError, TypeError, AttributeError):
                await anyio.to_thread.run_sync(prov.breaker.record_failure)
                await self._gauge(prov)
                raise Refused(502, HubCode.UPSTREAM_MALFORMED, "The cloud provider sent an unreadable answer.") from None
            await anyio.to_thread.run_sync(prov.breaker.record_success)
            await self._gauge(prov)
            usage = _usage(data.get("usage"))
            prompt_tokens = _tokens(usage.get("prompt_tokens"), _estimate_prompt(payload))
            completion_tokens = _tokens(usage.get("completion_tokens"), estimate_tokens(content))
            with anyio.CancelScope(shield=True):   # charged and the hold ended together, or neither
                await self._account(ident, prov.cfg, prompt_tokens, completion_tokens, held=held)
                held = 0.0
        finally:
            await self._release(ident, held)
        reply = CachedReply(prov.cfg.name, content, _text_or(choice.get("finish_reason"), "stop"), prompt_tokens,
                            completion_tokens, model=_text_or(data.get("model"), prov.cfg.model))
        await anyio.to_thread.run_sync(self.cache.put, key, reply)
        # What was charged, in OpenAI's shape (an upstream's garbage usage is not passed on).
        data["usage"] = {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                         "total_tokens": prompt_tokens + completion_tokens}
        data["lantern"] = {"provider": prov.cfg.name, "cached": False}
        return data

    async def open_stream(self, body: Any, ident: Identity) -> OpenStream:
        request, key, hit, held = await self._admit(body, ident)
        payload = request.payload
        if hit is not None:
            async def replay() -> AsyncIterator[bytes]:
                for event in _sse_from_reply(hit, include_usage=request.include_usage):
                    yield event
            return OpenStream(hit.provider, replay, cached=True)
        try:
            prov, resp = await self._first_available(payload, stream=True)
        except BaseException:
            await self._release(ident, held)
            raise

        async def relay() -> AsyncIterator[bytes]:
            """Upstream events pass through as they come; the ending is ours. An answer is complete
            only with a finish_reason: a stream that stops before one (connection cut, upstream
            crash) ends in an error event, never in a [DONE] that would make it look whole."""
            parts: list[str] = []
            usage: dict[str, Any] = {}
            finish = None
            model = prov.cfg.model
            failed = accounted = False

            async def settle() -> None:
                # Before the device sees [DONE]: the ledger is up to date when its request ends.
                nonlocal accounted
                accounted = True
                await anyio.to_thread.run_sync(prov.breaker.record_success)
                await self._gauge(prov)
                content = "".join(parts)
                p_tok = _tokens(usage.get("prompt_tokens"), _estimate_prompt(payload))
                c_tok = _tokens(usage.get("completion_tokens"), sum(1 for x in parts if x) or estimate_tokens(content))
                usage.update(prompt_tokens=p_tok, completion_tokens=c_tok, total_tokens=p_tok + c_tok)
                await self._account(ident, prov.cfg, p_tok, c_tok, held=held)
                await anyio.to_thread.run_sync(self.cache.put, key, CachedReply(
                    prov.cfg.name, content, finish or "stop", p_tok, c_tok, model=model))

            try:
                async for line in resp.aiter_lines():
                    if line.startswith("data:"):
                        data = line[5:].strip()
                        if data == "[DONE]":
                            break
                        try:
                            event = json.loads(data)
                            if event.get("error"):
                                break      # the upstream gave up mid-answer: treated as cut off below
                            model = _text_or(event.get("model"), model)
                            if event.get("usage"):
                                usage = _usage(event["usage"])
                                if not event.get("choices"):   # a usage-only chunk: ours is sent at the end
                                    continue
                            choices = event.get("choices")
                            for ch in choices if isinstance(choices, list) else []:
                                delta = ch.get("delta") if isinstance(ch, dict) else None
                                text = delta.get("content") if isinstance(delta, dict) else None
                                parts.append(text if isinstance(text, str) else "")
                                finish = _text_or(ch.get("finish_reason") if isinstance(ch, dict) else None, finish)
                        except (ValueError, AttributeError, TypeError):
                            pass
                    yield (line + "\n").encode("utf-8")
                failed = finish is None
            except httpx.HTTPError:
                failed = True
            finally:
                # Shielded: when the device drops, the server cancels this generator, and every await
                # here would be cancelled again; the hold must still end (it leaked when a kiosk left
                # between the last chunk and [DONE]).
                with anyio.CancelScope(shield=True):
                    await resp.aclose()
                    if failed:
                        await anyio.to_thread.run_sync(prov.breaker.record_failure)
                        await self._gauge(prov)
                    elif finish is None:   # the device went away mid-answer: says nothing about the provider
                        await anyio.to_thread.run_sync(prov.breaker.release_probe)
                    if failed or finish is None:
                        await self._release(ident, held)
                    elif not accounted:
                        # The answer ended upstream (and is billed there), whether or not the device
                        # stays for [DONE]: charge it and end the hold, before the device sees [DONE].
                        await settle()
            if failed:
                self.metrics.upstream_failures.labels(prov.cfg.name, "truncated").inc()
                err = Refused(502, HubCode.UPSTREAM_TRUNCATED, "The cloud answer was cut off before it ended.").body()
                yield f"data: {json.dumps(err)}\n\n".encode()
                return
            if request.include_usage:    # what was charged (the upstream's own chunk is not relayed)
                chunk = {"id": f"chatcmpl-usage-{int(time.time() * 1000)}", "object": "chat.completion.chunk",
                         "created": int(time.time()), "model": model, "choices": [],
                         "usage": {k: usage[k] for k in ("prompt_tokens", "completion_tokens", "total_tokens")}}
                yield f"data: {json.dumps(chunk)}\n\n".encode()
            yield b"data: [DONE]\n\n"

        return OpenStream(prov.cfg.name, relay)


# The upstream's word on usage is believed only when it is a sane count: text, NaN, 1e308 or a negative
# number there made the hub answer 500, left the request's hold on the cost cap, or (negative) lowered
# a school's spend. Anything else falls back to our own estimate.
MAX_REPORTED_TOKENS = 10_000_000


def _usage(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, dict) else {}


def _tokens(value: Any, estimate: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or not 0 < value <= MAX_REPORTED_TOKENS:
        return estimate
    return int(value)


def _text_or(value: Any, default: Any) -> Any:
    """`value` if it is non-empty text (a model name, a finish reason), else `default`."""
    return value if isinstance(value, str) and value else default


def _estimate_prompt(payload: dict[str, Any]) -> int:
    return estimate_tokens("".join(m["content"] for m in payload["messages"])) + 4 * len(payload["messages"])


def _completion_json(reply: CachedReply, *, cached: bool) -> dict[str, Any]:
    return {"id": f"chatcmpl-cache-{int(time.time() * 1000)}", "object": "chat.completion", "created": int(time.time()),
            "model": reply.model or reply.provider,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.content},
                         "finish_reason": reply.finish_reason}],
            "usage": {"prompt_tokens": reply.prompt_tokens, "completion_tokens": reply.completion_tokens,
                      "total_tokens": reply.prompt_tokens + reply.completion_tokens},
            "lantern": {"provider": reply.provider, "cached": cached}}


def _sse_from_reply(reply: CachedReply, *, include_usage: bool = False) -> list[bytes]:
    base = {"id": f"chatcmpl-cache-{int(time.time() * 1000)}", "object": "chat.completion.chunk",
            "created": int(time.time()), "model": reply.model or reply.provider}
    events = [
        {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": reply.content},
                              "finish_reason": None}]},
        {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": reply.finish_reason}]},
    ]
    if include_usage:
        events.append({**base, "choices": [], "usage": {
            "prompt_tokens": reply.prompt_tokens, "completion_tokens": reply.completion_tokens,
            "total_tokens": reply.prompt_tokens + reply.completion_tokens}})
    return [f"data: {json.dumps(e)}\n\n".encode() for e in events] + [b"data: [DONE]\n\n"]
