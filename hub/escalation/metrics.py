"""Prometheus metrics of the orchestrator, on their own registry (one per router instance, so
several hub apps in one process never collide); the hub can expose them or merge them.

With several uvicorn workers (`lantern hub serve` sets PROMETHEUS_MULTIPROC_DIR) every worker writes
its numbers to that folder and `render()` adds them up, so /v1/escalation/metrics shows the hub's
totals whichever worker answers (it showed the answering worker's own numbers: 6, then 2, then 6).
The breaker gauge keeps the most recent value any worker wrote (each refreshes it from the shared
breaker state before rendering), not one series per worker process.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.metrics_core import Metric

PREFIX = "lantern_escalation_"


class EscalationMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.requests = Counter("lantern_escalation_requests_total", "Escalation requests by outcome",
                                ["outcome", "provider"], registry=r)
        self.tokens = Counter("lantern_escalation_tokens_total", "Tokens used upstream", ["provider", "kind"],
                              registry=r)
        self.cost = Counter("lantern_escalation_cost_total", "Cost charged to schools (price table units)",
                            ["school"], registry=r)
        self.breaker_state = Gauge("lantern_escalation_breaker_state",
                                   "Circuit breaker state per provider (0 closed, 1 half-open, 2 open)",
                                   ["provider"], registry=r, multiprocess_mode="mostrecent")
        self.cache_hits = Counter("lantern_escalation_cache_hits_total", "Requests answered from the cache",
                                  registry=r)
        self.upstream_failures = Counter("lantern_escalation_upstream_failures_total",
                                         "Failed upstream attempts", ["provider", "reason"], registry=r)
        self.upstream_seconds = Histogram("lantern_escalation_upstream_seconds",
                                          "Time to the upstream's response headers", ["provider"], registry=r)

    def render(self) -> bytes:
        if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            return generate_latest(self.registry)
        from prometheus_client import multiprocess

        every_worker = CollectorRegistry()
        multiprocess.MultiProcessCollector(every_worker)
        return generate_latest(_Only(every_worker, PREFIX))


class _Only:
    """The metric families of `registry` whose names start with `prefix` (the hub's own are on /metrics)."""

    def __init__(self, registry: CollectorRegistry, prefix: str) -> None:
        self._registry, self._prefix = registry, prefix

    def collect(self) -> Iterator[Metric]:
        return (m for m in self._registry.collect() if m.name.startswith(self._prefix))
