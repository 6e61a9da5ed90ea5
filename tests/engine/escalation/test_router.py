"""Local vs cloud per turn, against a real hub and a real "cloud" on loopback and the bundled model."""
from __future__ import annotations

import time
from typing import Any

import pytest

from engine.escalation import CLOUD, LOCAL, RouterOptions, Turn, TurnChunk, assess
from engine.safety import SafetyConfig, SafetyFilter

PHOTOSYNTHESIS = ("Photosynthesis is the process by which green plants use sunlight, water and carbon dioxide to "
                  "make glucose and oxygen. It happens in the chloroplasts of leaf cells.")


def run(router: Any, turn: Turn) -> tuple[str, list[TurnChunk], float]:
    start = time.perf_counter()
    chunks = list(router.answer(turn))
    elapsed = time.perf_counter() - start
    assert chunks[-1].decision is not None and chunks[-1].finish_reason == "stop"
    return "".join(c.text for c in chunks), chunks, elapsed


def sent_text(cloud: Any) -> str:
    return "\n".join(m["content"] for r in cloud.proxy.received for m in r["body"]["messages"])


# -- what counts as hard --------------------------------------------------------------------------

@pytest.mark.parametrize(("turn", "reason"), [
    (Turn("What is a leaf?", deeper=True), "deeper_requested"),
    (Turn("What is a leaf?", searched_material=True, material=None), "no_material"),
    (Turn("Sam has 12 apples and gives 3 to each of 2 friends. How many apples are left?"), "multi_step"),
    (Turn("Explain why the seasons change, step by step."), "multi_step"),
    (Turn("What is a leaf? And why is it green?"), "multi_step"),
    (Turn(" ".join(["word"] * 50) + "?"), "long_question"),
    (Turn("What is a leaf?", searched_material=True, material=PHOTOSYNTHESIS), None),
    (Turn("What is 2 + 2?"), None),
])
def test_hardness_of_a_turn(turn: Turn, reason: str | None) -> None:
    assert assess(turn) == reason


# -- online and allowed ---------------------------------------------------------------------------

def test_hard_question_online_is_answered_by_the_cloud_with_the_reason_shown(hub: Any, cloud: Any,
                                                                            make_device: Any) -> None:
    device = make_device(hub.url)
    q = "A farmer has 120 sheep and sells 15 each week. How many are left after 4 weeks?"
    text, chunks, _ = run(device.router, Turn(q, learner_id="amara"))
    d = chunks[-1].decision
    assert d.route == CLOUD and d.reason == "multi_step" and d.note is None
    assert "several steps" in d.explanation and "cloud" in d.explanation
    assert text and all(c.source == CLOUD for c in chunks)
    assert len(cloud.proxy.received) == 1 and "120 sheep" in sent_text(cloud)
    (rec,) = device.journal.decisions()
    assert (rec.route, rec.reason, rec.learner_id) == ("cloud", "multi_step", "amara")
    assert hub.store.usage("school-1").requests == 1


def test_easy_question_with_material_stays_local_and_nothing_leaves(hub: Any, cloud: Any, make_device: Any) -> None:
    device = make_device(hub.url)
    text, chunks, _ = run(device.router, Turn("Where does photosynthesis happen?", material=PHOTOSYNTHESIS,
                                              searched_material=True))
    d = chunks[-1].decision
    assert d.route == LOCAL and d.reason == "simple" and d.confidence is not None and d.confidence >= 0.4
    assert "chloroplast" in text.lower()
    assert cloud.proxy.received == []


def test_low_local_confidence_escalates(hub: Any, cloud: Any, make_device: Any) -> None:
    device = make_device(hub.url, options=RouterOptions(confidence_threshold=0.99, budget_s=120, local_max_tokens=40))
    _, chunks, _ = run(device.router, Turn("Where does photosynthesis happen?", material=PHOTOSYNTHESIS,
                                           searched_material=True))
    d = chunks[-1].decision
    assert (d.route, d.reason, d.fallback) == (CLOUD, "low_confidence", None), d
    assert 0 < d.confidence < 0.99
    assert "unsure" in d.explanation and f"{d.confidence:.0%}" in d.explanation
    assert "chloroplasts" in sent_text(cloud)       # the material went along, so the cloud can ground its answer


def test_learner_who_turned_cloud_off_gets_local_answers_even_for_hard_turns(hub: Any, cloud: Any,
                                                                             make_device: Any) -> None:
    device = make_device(hub.url, options=RouterOptions(enabled=False))
    _, chunks, _ = run(device.router, Turn("What is a leaf?", deeper=True))
    d = chunks[-1].decision
    assert (d.route, d.fallback) == (LOCAL, "disabled") and "turned off" in d.note
    assert cloud.proxy.received == []


# -- offline is not broken ------------------------------------------------------------------------

def answer_timed(router: Any, turn: Turn) -> tuple[list[TurnChunk], float]:
    """Answer a turn; returns the chunks and the seconds until the router handed the turn to the
    on-device model (routing + any failed cloud attempt: the wait a learner feels before the local
    answer starts, independent of how busy the CPU makes the model itself)."""
    chunks = list(router.answer(turn))
    waited = chunks[-1].decision.device_wait_s
    assert waited is not None, "the on-device model was never asked"
    return chunks, waited


def test_hub_known_offline_answers_locally_at_once_with_a_calm_note(make_device: Any, cloud: Any) -> None:
    device = make_device(None)            # nothing listens there; the monitor has already found out
    assert device.monitor.state.online is False
    chunks, waited = answer_timed(device.router, Turn("What is a leaf?", deeper=True))
    assert waited < 5.0            # far below the 120 s budget: no network at all on the turn's path
    d = chunks[-1].decision
    assert d.route == LOCAL and d.reason == "deeper_requested" and d.fallback == "offline"
    assert "can't be reached" in d.note and "save the question" in d.note
    assert "error" not in d.note.lower()
    assert "".join(c.text for c in chunks).strip()


def test_hub_that_just_went_down_costs_no_budget_wait_before_the_local_answer(hub: Any, make_device: Any) -> None:
    device = make_device(hub.url)
    assert device.monitor.state.online
    hub.close()                                      # the hub dies after the last background check
    chunks, waited = answer_timed(device.router, Turn("Explain why the moon has phases, step by step."))
    assert waited < 5.0            # a refused connection, not the 120 s budget
    d = chunks[-1].decision
    assert (d.route, d.fallback) == (LOCAL, "offline")
    assert device.monitor.state.online is False      # it told the monitor; the next turn won't even try


def test_slow_hub_is_abandoned_at_the_budget(hub: Any, cloud: Any, make_device: Any) -> None:
    device = make_device(hub.url, options=RouterOptions(budget_s=0.5, local_max_tokens=40))
    cloud.proxy.delay_s = 20.0
    chunks, waited = answer_timed(device.router, Turn("Explain why the sky is blue, step by step."))
    assert 0.5 <= waited < 15.0                      # waited for the budget, not for the hub's 20 s
    d = chunks[-1].decision
    assert (d.route, d.fallback) == (LOCAL, "hub_slow") and "too long" in d.note


def test_refusal_for_the_daily_budget_falls_back_with_a_note(hub: Any, cloud: Any, make_device: Any) -> None:
    device = make_device(hub.url)
    hub.store.set_policy("school-1", daily_cap=0.5)
    hub.store.record_usage("school-1", prompt_tokens=1, completion_tokens=1, cost=0.6)
    _, chunks, _ = run(device.router, Turn("Why is the sea salty?", deeper=True))   # monitor still says ok
    d = chunks[-1].decision
    assert (d.route, d.fallback) == (LOCAL, "cap_reached") and "budget" in d.note
    device.monitor.check_now()
    assert device.router.gate() == "cap_reached"      # known now: later turns don't even ask


def test_school_that_does_not_allow_cloud_is_known_before_the_turn(hub: Any, cloud: Any, make_device: Any) -> None:
    hub.store.set_policy("school-1", allowed=False)
    device = make_device(hub.url)
    _, chunks, _ = run(device.router, Turn("Why is the sea salty?", deeper=True))
    assert chunks[-1].decision.fallback == "not_allowed"
    assert cloud.proxy.received == []


# -- privacy and safety ---------------------------------------------------------------------------

def test_what_reaches_the_cloud_has_no_roster_names_or_contact_details(hub: Any, cloud: Any, make_device: Any) -> None:
    device = make_device(hub.url)
    q = ("Amara Okafor here (amara.okafor@school.org, 07700 900123). Will Chen and Sofia say 0.45 > 0.5. "
         "Who is right, step by step?")
    material = "Oluwaseun Adeyemi's notes: to compare decimals, line up the decimal points."
    text, chunks, _ = run(device.router, Turn(q, material=material, searched_material=True))
    assert chunks[-1].decision.route == CLOUD and chunks[-1].decision.redactions >= 6
    sent = sent_text(cloud)
    for secret in ["Amara", "Okafor", "amara.okafor@school.org", "07700", "900123", "Will", "Chen", "Sofia",
                   "Oluwaseun", "Adeyemi"]:
        assert secret.lower() not in sent.lower(), secret
    assert "0.45 > 0.5" in sent and "line up the decimal points" in sent
    assert "[NAME_" not in text and "[EMAIL_" not in text     # placeholders never reach the learner


def test_cloud_reply_that_fails_the_safety_check_is_withheld(hub: Any, cloud: Any, make_device: Any) -> None:
    q = "Explain why plants need light, step by step."
    first = make_device(hub.url)
    reply, chunks, _ = run(first.router, Turn(q))
    assert chunks[-1].decision.route == CLOUD
    # A school word list that the same (cached) cloud reply trips over.
    word = max((w.strip(".,!?\"'").lower() for w in reply.split()), key=len)
    strict = SafetyFilter(SafetyConfig(extra_blocked_words={"en": (word,)}))
    second = make_device(hub.url, safety=strict)
    text, chunks, _ = run(second.router, Turn(q))
    d = chunks[-1].decision
    assert (d.route, d.fallback) == (LOCAL, "unsafe_reply") and "safety check" in d.note
    assert all(c.source == LOCAL for c in chunks)
    assert text != reply


def test_a_worrying_message_is_never_sent_to_the_cloud(hub: Any, cloud: Any, make_device: Any) -> None:
    device = make_device(hub.url)
    _, chunks, _ = run(device.router, Turn("I want to kill myself, how many pills would it take?", deeper=True))
    assert chunks[-1].decision.fallback == "sensitive"
    assert cloud.proxy.received == []


def test_done_means_same_hard_question_cloud_when_online_local_without_delay_when_offline(
        hub: Any, cloud: Any, make_device: Any) -> None:
    device = make_device(hub.url)
    q = "Tom reads 12 pages a day for 5 days and then 20 pages. How many pages did he read in total?"
    _, chunks, _ = run(device.router, Turn(q))
    online = chunks[-1].decision
    assert online.route == CLOUD and "several steps" in online.explanation
    hub.close()                      # the school network goes away
    device.monitor.check_now()       # what the background monitor does on its next round
    chunks, waited = answer_timed(device.router, Turn(q))
    assert waited < 5.0 and all(c.source == LOCAL for c in chunks) and "".join(c.text for c in chunks).strip()
    offline = chunks[-1].decision
    assert (offline.route, offline.reason, offline.fallback) == (LOCAL, "multi_step", "offline")
    assert len(cloud.proxy.received) == 1
