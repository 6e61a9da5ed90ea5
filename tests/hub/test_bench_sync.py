"""`lantern bench sync` stays runnable: a small round on SQLite (the full one runs in `make bench`)."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.slow
def test_bench_sync_small_round_counts_every_event_once(tmp_path: Path) -> None:
    from bench.sync import _bench_backend

    result = _bench_backend("sqlite", f"sqlite:///{tmp_path / 'hub.db'}", tmp_path, events=300, devices=10,
                            workers=1, spread_s=0.5)
    assert result["one_device"]["stored"] == 300
    assert result["concurrent_devices"]["failed_requests"] == 0
    sent = 10 * 3 * 20 + 10 * 20 + 30 * 20          # steady + burst + the one-device baseline (replays not counted)
    assert result["integrity_200_devices"] == {"events_sent": sent, "events_stored": sent, "lost": 0, "duplicated": 0}
    assert 0 < result["concurrent_devices"]["p50_ms"] <= result["concurrent_devices"]["p95_ms"]
    assert result["concurrent_devices"]["p95_vs_alone"] > 0 and result["alone_baseline"]["failed_requests"] == 0
    assert result["teacher_reads"]["events_in_class"] == 300 + sent and result["teacher_reads"]["class_view_median_ms"] > 0
    # Where the time went: the hub's CPU per request (all workers) and the simulated devices' own CPU.
    for phase in ("alone_baseline", "concurrent_devices", "burst"):
        assert result[phase]["hub_cpu_ms_per_request"] > 0 and result[phase]["client_cpu_s"] >= 0
        assert len(result[phase]["load_avg_before_after"]) == 2
