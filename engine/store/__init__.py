"""The local store: one SQLite database per data folder. Table columns: see engine/store/migrations.py."""
from __future__ import annotations

from engine.store.clock import HybridClock, new_id, utc_now
from engine.store.migrations import MIGRATIONS, Migration
from engine.store.store import DB_FILENAME, SYNCED_TEXT_CHARS, Store

__all__ = ["DB_FILENAME", "MIGRATIONS", "SYNCED_TEXT_CHARS", "HybridClock", "Migration", "Store", "new_id", "utc_now"]
