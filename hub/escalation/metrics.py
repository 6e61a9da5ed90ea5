"""Prometheus metrics of the orchestrator, on their own registry (one per router instance, so
several hub apps in one process never collide); the hub can expose them or merge them."""
from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest


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
                                   ["provider"], registry=r)
        self.cache_hits = Counter("lantern_escalation_cache_hits_total", "Requests answered from the cache",
                                  registry=r)
        self.upstream_failures = Counter("lantern_escalation_upstream_failures_total",
                                         "Failed upstream attempts", ["provider", "reason"], registry=r)
        self.upstream_seconds = Histogram("lantern_escalation_upstream_seconds",
                                          "Time to the upstream's response headers", ["provider"], registry=r)

    def render(self) -> bytes:
        return generate_latest(self.registry)
