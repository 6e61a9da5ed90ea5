"""Escalation reads what is true *now*: the roster at the moment a question leaves, the hub the
kiosk enrolled in a minute ago — and the school's own filter on cloud replies, in the one turn."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from engine.escalation.service import EscalationConfig, EscalationService
from engine.safety import SafetyConfig, SafetyFilter, SafetyLog
from engine.turn import Notice, SafetyReply, Text, TurnService

TOKEN = "kiosk-7-token"   # the identity the `hub` fixture knows


def _service(tmp_path: Path, llm: Any, *, hub: Any, roster: Any, safety: Any = None) -> EscalationService:
    config = EscalationConfig(budget_s=120.0, cloud_max_tokens=24, local_max_tokens=24)
    return EscalationService(tmp_path / "escalation.sqlite", llm=lambda: llm, hub=hub, roster=roster,
                             config=config, safety=safety)


def _sent(cloud: Any) -> str:
    return "\n".join(m["content"] for r in cloud.proxy.received for m in r["body"]["messages"])


def test_a_learner_added_after_start_is_redacted_before_the_question_leaves(hub, cloud, llm, tmp_path: Path):
    roster = ["Amara Okafor"]
    svc = _service(tmp_path, llm, hub=lambda: (hub.url, TOKEN), roster=lambda: list(roster))
    try:
        svc.monitor.check_now()
        roster.append("Zephyrine Quist")          # added on the Learners screen after start
        list(svc.answer("Zephyrine Quist and Amara Okafor ask why the sky is blue", deeper=True))
        sent = _sent(cloud)
        assert cloud.proxy.received and "Zephyrine" not in sent and "Quist" not in sent and "Amara" not in sent
    finally:
        svc.close()


def test_a_kiosk_that_enrolls_mid_session_escalates_without_a_restart(hub, cloud, llm, tmp_path: Path):
    address: dict[str, Any] = {"url": None, "token": None}
    svc = _service(tmp_path, llm, hub=lambda: (address["url"], address["token"]), roster=list)
    try:
        assert svc.router.gate() == "no_hub"
        address.update(url=hub.url, token=TOKEN)   # `lantern sync enroll` / "Connect to school hub…"
        svc.monitor.check_now()
        assert svc.router.gate() is None
        chunks = list(svc.answer("Why is the sky blue?", deeper=True))
        assert chunks[-1].decision.route == "cloud" and cloud.proxy.received
    finally:
        svc.close()


def test_a_cloud_reply_with_words_the_school_blocks_never_reaches_the_learner(hub, cloud, llm, tmp_path: Path):
    import re

    from engine.escalation import RouteDecision

    log = SafetyLog(tmp_path / "safety.jsonl")
    # Words any answer to this question uses (and the safe reply does not): the cloud's reply must
    # fail the *school's* list, which the module-level default filter does not have.
    blocked = ("leaves", "leaf", "colour", "color", "colors", "colours", "autumn", "fall", "chlorophyll", "green",
               "trees", "tree", "is", "are", "was", "were", "of", "and", "because", "it", "they")
    school = SafetyFilter(SafetyConfig(extra_blocked_words={"en": blocked}), log=log)
    svc = _service(tmp_path, llm, hub=lambda: (hub.url, TOKEN), roster=list, safety=school)
    try:
        svc.monitor.check_now()
        turns = TurnService(llm=lambda: llm, safety=lambda: school, escalation=lambda: svc)
        items = list(turns.chat("Why do leaves change colour in autumn?", deeper=True))
        shown = "".join(i.text for i in items if isinstance(i, (Text, SafetyReply, Notice)))
        assert cloud.proxy.received                       # the question did go to the cloud
        decision = next(i for i in items if isinstance(i, RouteDecision))
        assert decision.fallback == "unsafe_reply"        # its reply was checked with the school's list
        assert not re.search(r"\b(" + "|".join(blocked) + r")\b", shown, re.IGNORECASE), shown
        assert any(r["direction"] == "output" and r["category"] == "blocked_word" for r in log.read())
    finally:
        svc.close()


def test_a_self_harm_message_asked_deeper_never_leaves_for_the_cloud_and_alerts_the_teacher(
        hub, cloud, llm, tmp_path: Path):
    import json

    from engine.store import Store
    from engine.tutor.learners import LearnerBook

    store = Store.open(tmp_path / "kiosk")
    kim = LearnerBook(store).create("Kim")
    log = SafetyLog(tmp_path / "safety.jsonl")
    school = SafetyFilter(SafetyConfig(), log=log)
    svc = _service(tmp_path, llm, hub=lambda: (hub.url, TOKEN), roster=list, safety=school)
    try:
        svc.monitor.check_now()
        assert svc.router.gate() is None                   # the cloud is there and allowed
        turns = TurnService(llm=lambda: llm, safety=lambda: school, escalation=lambda: svc, store=lambda: store)
        items = list(turns.chat("I want to kill myself", learner=kim, deeper=True))
        assert [type(i).__name__ for i in items] == ["SafetyReply", "TurnDone"]
        assert "trusted adult" in items[0].text and items[1].alert == "self_harm"
        assert cloud.proxy.received == []                  # nothing went to the hub or the cloud
        alerts = [(json.loads(p)["category"], json.loads(p)["source"], who) for p, who in store.db.execute(
            "SELECT payload, learner_id FROM outbox WHERE kind = 'teacher_alert'")]
        assert alerts == [("self_harm", "chat", kim.id)]
        assert [(r["direction"], r["category"], r["learner_id"]) for r in log.read()] == [("input", "self_harm", kim.id)]
    finally:
        svc.close()
        store.close()
