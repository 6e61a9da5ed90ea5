"""The engine decides when "Save for later" is offered; the window only shows what the decision says."""
from __future__ import annotations

import pytest

from engine.escalation.router import Fallback, Hardness, RouteDecision


@pytest.mark.parametrize("fallback", [Fallback.OFFLINE, Fallback.HUB_SLOW, Fallback.HUB_FAILED, Fallback.CAP_REACHED,
                                      Fallback.NO_HUB])
def test_a_hard_turn_kept_on_the_device_by_the_hub_can_be_saved_for_later(fallback: Fallback) -> None:
    decision = RouteDecision(route="local", reason=Hardness.MULTI_STEP, explanation="…", fallback=fallback)
    assert decision.can_save_for_later


@pytest.mark.parametrize("fallback", [Fallback.UNSAFE_REPLY, Fallback.SENSITIVE, Fallback.DISABLED,
                                      Fallback.NOT_ALLOWED, Fallback.HUB_REFUSED, Fallback.QUESTION_REFUSED, None])
def test_a_turn_the_cloud_should_not_or_need_not_answer_is_not_offered_for_later(fallback: Fallback | None) -> None:
    decision = RouteDecision(route="local", reason=Hardness.MULTI_STEP, explanation="…", fallback=fallback)
    assert not decision.can_save_for_later


def test_a_cloud_answer_is_not_offered_for_later() -> None:
    assert not RouteDecision(route="cloud", reason=Hardness.MULTI_STEP, explanation="…").can_save_for_later
