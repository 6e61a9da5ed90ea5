"""The orchestrator's hub settings, declared once; env override `LANTERN_HUB_ESCALATION_<NAME>`.

Provider URLs and keys are not settings: the hub admin adds them with `lantern cloud providers
add` (they live in the hub database, never on devices).
"""
from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from engine.wire import SettingsError
from hub.escalation.orchestrator import OrchestratorOptions


class EscalationHubSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LANTERN_HUB_ESCALATION_", extra="ignore")

    admin_token: str | None = Field(None, description="Bearer token for the provider admin endpoints "
                                                      "(list, reset a breaker); unset = those endpoints are off.")
    default_daily_cap: float = Field(5.0, ge=0, description="Daily cloud spending cap per school, in the price "
                                                            "table's currency, unless a school policy sets one.")
    rate_per_minute: float = Field(20.0, ge=0, description="Cloud requests per device per minute (0 = no limit).")
    rate_burst: int | None = Field(None, ge=1, description="Requests a device may make at once before the rate applies.")
    failure_threshold: int = Field(3, ge=1, description="Consecutive failed requests that open a provider's breaker.")
    reset_after_s: float = Field(30.0, gt=0, description="Seconds an open breaker waits before a half-open probe.")
    backoff_base_s: float = Field(0.2, ge=0, description="First retry delay; doubles per retry.")
    cache_entries: int = Field(2048, ge=0, description="Exact-match response cache size (0 = off).")
    cache_ttl_s: float = Field(24 * 3600, ge=0, description="How long a cached answer is reused.")
    max_tokens_cap: int = Field(1024, ge=16, description="Longest cloud answer a device may ask for, in tokens.")

    def options(self) -> OrchestratorOptions:
        return OrchestratorOptions(failure_threshold=self.failure_threshold, reset_after_s=self.reset_after_s,
                                   backoff_base_s=self.backoff_base_s, rate_per_minute=self.rate_per_minute,
                                   rate_burst=self.rate_burst, cache_entries=self.cache_entries,
                                   cache_ttl_s=self.cache_ttl_s, max_tokens_cap=self.max_tokens_cap)


def load_escalation_settings(**overrides: Any) -> EscalationHubSettings:
    try:
        return EscalationHubSettings(**overrides)
    except ValidationError as exc:
        problems = "; ".join(f"LANTERN_HUB_ESCALATION_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}"
                             for e in exc.errors())
        raise SettingsError(f"Invalid escalation setting: {problems}.", hint="Fix the value or unset it.") from exc
