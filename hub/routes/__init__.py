"""The hub's HTTP routers (health/metrics, device sync, teacher)."""
