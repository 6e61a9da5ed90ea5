"""Device-side sync with a school hub: outbox push, feed pull, background worker, token storage."""
from __future__ import annotations

from engine.sync.client import PublishedItem, SyncClient
from engine.sync.credentials import TokenStore
from engine.sync.state import SyncReport, SyncState, backoff_delay
from engine.sync.transport import HubConnection, normalize_hub_url

__all__ = ["HubConnection", "PublishedItem", "SyncClient", "SyncReport", "SyncState", "TokenStore",
           "backoff_delay", "normalize_hub_url"]
