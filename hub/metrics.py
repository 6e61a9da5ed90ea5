"""Prometheus metrics for one hub app (requests, latency, sync events, errors).

Each app gets its own registry (no module globals). With several uvicorn workers `lantern hub serve`
sets PROMETHEUS_MULTIPROC_DIR, and /metrics aggregates every worker's numbers.
"""
from __future__ import annotations

import os

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest


class HubMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("lantern_hub_requests", "HTTP requests handled", ["method", "route", "status"],
                                registry=self.registry)
        self.latency = Histogram("lantern_hub_request_seconds", "HTTP request latency", ["route"],
                                 buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
                                 registry=self.registry)
        self.sync_events = Counter("lantern_hub_sync_events", "Pushed events by outcome", ["result"],
                                   registry=self.registry)
        self.errors = Counter("lantern_hub_errors", "Requests that failed, by kind", ["kind"],
                              registry=self.registry)

    def render(self) -> tuple[bytes, str]:
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
