"""The hub's wire format: pydantic models shared by the hub (hub/) and the sync client (engine/sync).

This is the only part of `engine` the hub imports. Everything that crosses the network is declared
here once, with its limits, so both sides reject the same bad input.
"""
from __future__ import annotations

# The one exception root travels with the wire contract, so the hub needs nothing else from engine.
from engine.errors import LanternError, SettingsError, StorageError, SyncError
from engine.wire.models import (CONVERSATION_KINDS, FEED_KINDS, LWW_KINDS, MAX_BATCH_EVENTS, MAX_EVENT_PAYLOAD_BYTES,
                                MAX_FEED_KINDS, MAX_FEED_PAGE_ITEMS, MAX_PUBLISH_PAYLOAD_BYTES, ORIGINAL_FEED_KINDS,
                                ClassReport, DeviceInfo, EnrollmentCode, EnrollRequest, EnrollResponse, Event, FeedItem,
                                FeedPage, HubCode, LearnerProgress, PublishRequest, PublishResult, PushBatch, PushResult,
                                is_conversation_kind, merge_rule)
from engine.wire.classview import AlertRow, ClassView, DayTrend, DifficultItem, LearnerSummary, LessonRow
from engine.wire.hlc import MAX_SKEW_MS, canonical_hlc, format_hlc, hlc_key
from engine.wire.payloads import (EVENT_PAYLOADS, MAX_JSON_DEPTH, PUBLISHED_PAYLOADS, check_event, check_json,
                                  check_published, check_text, event_payload_model)

__all__ = [
    "AlertRow", "ClassView", "DayTrend", "DifficultItem", "LearnerSummary", "LessonRow",
    "EVENT_PAYLOADS", "MAX_JSON_DEPTH", "MAX_SKEW_MS", "PUBLISHED_PAYLOADS", "canonical_hlc", "check_event",
    "check_json", "check_published", "check_text", "event_payload_model", "format_hlc", "hlc_key",
    "FEED_KINDS", "MAX_FEED_KINDS", "ORIGINAL_FEED_KINDS",
    "CONVERSATION_KINDS", "LWW_KINDS", "LanternError", "MAX_BATCH_EVENTS", "MAX_EVENT_PAYLOAD_BYTES",
    "MAX_FEED_PAGE_ITEMS", "MAX_PUBLISH_PAYLOAD_BYTES", "SettingsError", "StorageError", "SyncError",
    "ClassReport", "DeviceInfo", "EnrollRequest", "EnrollResponse", "EnrollmentCode", "Event", "FeedItem",
    "FeedPage", "HubCode", "LearnerProgress", "PublishRequest", "PublishResult", "PushBatch", "PushResult",
    "is_conversation_kind", "merge_rule",
]
