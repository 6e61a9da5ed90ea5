"""The escalation strip: the deeper-answer button, the "why" tooltip, the calm note, save for later."""
from __future__ import annotations

from typing import Any

from engine.escalation import RouteDecision
from engine.escalation.reasons import Fallback, Hardness
from ui.escalation import EscalationBar


def test_cloud_answer_shows_where_it_came_from_and_why(qtbot: Any) -> None:
    bar = EscalationBar()
    qtbot.addWidget(bar)
    bar.show_decision(RouteDecision(route="cloud", reason=Hardness.MULTI_STEP,
                                    explanation="This question has several steps. So the school's cloud tutor answered."))
    assert "cloud tutor" in bar.source_label.text() and "why" in bar.source_label.text()
    assert "several steps" in bar.source_label.toolTip()
    assert bar.note_label.isHidden() and bar.save_button.isHidden()


def test_offline_fallback_shows_a_calm_note_and_offers_save_for_later(qtbot: Any) -> None:
    bar = EscalationBar()
    qtbot.addWidget(bar)
    bar.show()
    note = "This answer comes from the tutor on your device, because the school hub can't be reached right now."
    bar.show_decision(RouteDecision(route="local", reason=Hardness.DEEPER_REQUESTED, explanation="You asked…",
                                    fallback=Fallback.OFFLINE, note=note))
    assert bar.note_label.text() == note and bar.note_label.isVisible()
    assert bar.save_button.isVisible()
    with qtbot.waitSignal(bar.save_requested, timeout=30_000):
        bar.save_button.click()
    assert bar.save_button.isHidden()
    # the safety check withholding a reply is not something saving would fix
    bar.show_decision(RouteDecision(route="local", reason=Hardness.MULTI_STEP, explanation="…", fallback=Fallback.UNSAFE_REPLY,
                                    note="…"))
    assert bar.save_button.isHidden()
    bar.show_decision(None)
    assert bar.source_label.text() == "" and bar.note_label.isHidden()


def test_deeper_button_emits_and_is_disabled_while_busy(qtbot: Any) -> None:
    bar = EscalationBar()
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.deeper_requested, timeout=30_000):
        bar.deeper_button.click()
    bar.set_busy(True)
    assert not bar.deeper_button.isEnabled()
    bar.set_busy(False)
    assert bar.deeper_button.isEnabled()


def test_deeper_answer_is_offered_only_once_there_is_an_answer_and_not_to_the_next_learner(qtbot: Any) -> None:
    bar = EscalationBar()
    qtbot.addWidget(bar)
    bar.show()
    assert not bar.deeper_button.isVisible()       # nothing asked yet: the row is left to the chat
    bar.offer_deeper()                             # an answer finished
    assert bar.deeper_button.isVisible()
    bar.reset()                                    # sign-out
    assert not bar.deeper_button.isVisible()
