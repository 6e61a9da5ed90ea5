"""Prometheus metrics for one hub app (requests, latency, sync events, errors).

Each app gets its own registry (no module globals). With several uvicorn workers `lantern hub serve`
sets PROMETHEUS_MULTIPROC_DIR, and /metrics aggregates every worker's numbers.
"""
from __future__ import annotations

import os
from typing import Any

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
        # Each request counts in two series and each push in two more; looking a series up by its labels
        # cost more than counting in it (14 of 25 us a push, multiprocess mode), so they are kept.
        self._request_series: dict[tuple[str, str, int], tuple[Any, Any]] = {}
        self._pushed = self.sync_events.labels(result="accepted")
        self._duplicates = self.sync_events.labels(result="duplicate")

    def count_request(self, method: str, route: str, status: int, seconds: float) -> None:
        """One HTTP request answered (`route`: the route's path template, or `unmatched`)."""
        series = self._request_series.get((method, route, status))
        if series is None:
            series = self._request_series[(method, route, status)] = (
                self.requests.labels(method, route, str(status)), self.latency.labels(route))
        series[0].inc()
        series[1].observe(seconds)

    def count_pushed(self, *, accepted: int, duplicates: int) -> None:
        """Events of a push: stored now, and already stored (ignored)."""
        self._pushed.inc(accepted)
        if duplicates:
            self._duplicates.inc(duplicates)

    def render(self) -> tuple[bytes, str]:
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
