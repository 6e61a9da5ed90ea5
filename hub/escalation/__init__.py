"""Cloud escalation on the hub: an OpenAI-compatible orchestrator in front of upstream providers."""
from __future__ import annotations

from hub.escalation.orchestrator import Identity, Orchestrator, OrchestratorOptions, Refused
from hub.escalation.router import as_identity, bearer_token_identity, create_escalation_router, router_for_hub
from hub.escalation.store import EscalationStore, ProviderConfig, SchoolPolicy

__all__ = ["EscalationStore", "Identity", "Orchestrator", "OrchestratorOptions", "ProviderConfig", "Refused",
           "SchoolPolicy", "as_identity", "bearer_token_identity", "create_escalation_router", "router_for_hub"]
