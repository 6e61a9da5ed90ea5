"""The engine decides when "Save for later" is offered; the window only shows what the decision says."""
from __future__ import annotations

import pytest

from engine.escalation.router import RouteDecision


@pytest.mark.parametrize("fallback", ["offline", "hub_slow", "hub_failed", "cap_reached", "no_hub"])
def test_a_hard_turn_kept_on_the_device_by_the_hub_can_be_saved_for_later(fallback: str) -> None:
    decision = RouteDecision(route="local", reason="multi_step", explanation="…", fallback=fallback)
    assert decision.can_save_for_later


@pytest.mark.parametrize("fallback", ["unsafe_reply", "sensitive", None])
def test_a_turn_the_cloud_should_not_or_need_not_answer_is_not_offered_for_later(fallback: str | None) -> None:
    decision = RouteDecision(route="local", reason="multi_step", explanation="…", fallback=fallback)
    assert not decision.can_save_for_later


def test_a_cloud_answer_is_not_offered_for_later() -> None:
    assert not RouteDecision(route="cloud", reason="multi_step", explanation="…").can_save_for_later
