"""The local store: one SQLite database per data folder. Table columns: see engine/store/migrations.py."""
from __future__ import annotations

from engine.store.clock import HybridClock, new_id, utc_now
from engine.store.migrations import MIGRATIONS, Migration
from engine.store.store import DB_FILENAME, Store

__all__ = ["DB_FILENAME", "MIGRATIONS", "HybridClock", "Migration", "Store", "new_id", "utc_now"]
