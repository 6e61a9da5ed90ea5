"""One saved question the hub refuses as a question (too long for it) does not hold up the others: it
is marked not sendable, never sent again, and its learner is told in their history in their language;
a refusal about the device or the school still stops the whole send. Real hub (escalation router under
uvicorn, SQLite database) in front of the loopback cloud, a real store for the learner's history."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from saved_fixtures import HUB_LIMIT, TOKEN, TOO_LONG, hub, store  # noqa: F401

from engine.escalation.client import HubClient
from engine.escalation.cloud import CloudAsker
from engine.escalation.history import deliver_to_history
from engine.escalation.journal import ANSWERED, NOT_SENDABLE, READY, EscalationJournal
from engine.escalation.queue import SavedQuestions
from engine.escalation.reasons import Fallback
from engine.escalation.router import Turn
from engine.escalation.service import EscalationConfig, EscalationService
from engine.i18n import message
from engine.i18n.formats import format_date
from hub.escalation.loopback import LoopbackHub
from hubkit import ThreadHub, fresh_database

SHORT = "¿Por qué el cielo es azul?"
# A Spanish-speaking learner pastes an English page and asks about it, in Spanish, at the end.
PASTED_PAGE = ("The water cycle describes how water evaporates from the surface of the earth, rises into the "
               "atmosphere, cools and condenses into clouds, and falls again as precipitation. " * 12
               + "\n¿Me lo explicas con palabras fáciles?")


@pytest.fixture
def make_service(tmp_path: Path, llm: Any, store: Any) -> Iterator[Callable[..., tuple[EscalationService, list[str]]]]:
    made: list[EscalationService] = []

    def make(hub_url: str, *, token: str = TOKEN) -> tuple[EscalationService, list[str]]:
        delivered: list[str] = []       # conversation ids, in the order they landed in the history
        service = EscalationService(tmp_path / f"esc{len(made)}.sqlite", llm=llm, hub_url=hub_url, token=token,
                                    roster=[], on_answered=lambda q: delivered.append(deliver_to_history(store, q)),
                                    config=EscalationConfig(cloud_max_tokens=8, budget_s=120.0))
        made.append(service)
        return service, delivered

    yield make
    for s in made:
        s.close()


def refused_as_invalid(h: LoopbackHub) -> float:
    """Chat requests the hub itself refused before any provider was asked (its own count)."""
    value = h.orchestrator.metrics.registry.get_sample_value("lantern_escalation_requests_total",
                                                             {"outcome": "invalid", "provider": ""})
    return value or 0.0


def history_of(store: Any, conversation: str) -> list[tuple[str, str]]:
    rows = store.db.execute("SELECT m.role, m.text FROM messages m WHERE m.conversation_id = ? ORDER BY m.rowid",
                            [conversation]).fetchall()
    return [(r[0], r[1]) for r in rows]


def test_a_question_too_long_for_the_hub_is_marked_not_sendable_and_the_next_is_answered_in_the_same_send(
        hub: LoopbackHub, cloud: Any, store: Any, make_service: Any) -> None:
    service, delivered = make_service(hub.url)
    long_q = service.saved.save(TOO_LONG, learner_id="l-sofia")
    short_q = service.saved.save(SHORT, learner_id="l-sofia")
    assert long_q.created_at < short_q.created_at and len(TOO_LONG) > HUB_LIMIT

    report = service.saved.send_ready()

    assert (report.answered, report.not_sendable, report.stopped_because) == (1, 1, None)
    assert service.journal.get(short_q.id).status == ANSWERED
    refused = service.journal.get(long_q.id)
    assert refused.status == NOT_SENDABLE and refused.attempts == 1
    assert (refused.refused or "").startswith("question_refused: The conversation is too long")
    assert service.journal.queued(status=READY) == []          # not counted as waiting
    assert refused_as_invalid(hub) == 1                        # it reached the hub once, and no further
    assert len(cloud.proxy.received) == 1 and "cielo" in cloud.proxy.received[0]["body"]["messages"][-1]["content"]

    # Its learner reads why in her history, in her language, with the question she asked and no answer.
    assert len(delivered) == 2
    notice = message("saved.not_sendable", "es", date=format_date(datetime.fromtimestamp(long_q.created_at), "es"))
    assert "demasiado larga" in notice
    assert history_of(store, delivered[0]) == [("user", TOO_LONG), ("system", notice)]
    assert [role for role, _ in history_of(store, delivered[1])] == ["user", "system", "tutor"]

    again = service.saved.send_ready()
    assert (again.answered, again.failed, again.not_sendable) == (0, 0, 0)
    assert refused_as_invalid(hub) == 1 and len(cloud.proxy.received) == 1
    assert service.journal.get(long_q.id).attempts == 1 and len(delivered) == 2


def test_a_bad_device_token_stops_the_send_and_leaves_every_question_waiting(
        hub: LoopbackHub, cloud: Any, make_service: Any) -> None:
    # The too-long question first: the hub refuses the token before it reads the question, and the
    # device must not read that refusal as one about the question.
    service, delivered = make_service(hub.url, token="a-revoked-token")
    first = service.saved.save(TOO_LONG, learner_id="l-sofia")
    second = service.saved.save(SHORT, learner_id="l-sofia")

    report = service.saved.send_ready()

    assert report.stopped_because is Fallback.HUB_REFUSED
    assert (report.answered, report.not_sendable) == (0, 0)
    assert [service.journal.get(q.id).status for q in (first, second)] == [READY, READY]
    assert [service.journal.get(q.id).attempts for q in (first, second)] == [1, 0]   # stopped at the first
    assert refused_as_invalid(hub) == 0 and cloud.proxy.received == [] and delivered == []


def _not_allowed(h: LoopbackHub) -> None:
    h.store.set_policy("school-1", allowed=False)


def _cap_spent(h: LoopbackHub) -> None:
    h.store.set_policy("school-1", daily_cap=0.5)
    h.store.record_usage("school-1", prompt_tokens=1, completion_tokens=1, cost=0.6)


@pytest.mark.parametrize(("provoke", "fallback"), [(_not_allowed, Fallback.NOT_ALLOWED),
                                                   (_cap_spent, Fallback.CAP_REACHED)])
def test_a_refusal_about_the_school_stops_the_send_and_leaves_every_question_waiting(
        hub: LoopbackHub, cloud: Any, make_service: Any, provoke: Callable[[LoopbackHub], None],
        fallback: Fallback) -> None:
    provoke(hub)
    service, delivered = make_service(hub.url)
    first = service.saved.save("¿Qué es un agujero negro?", learner_id="l-sofia")
    second = service.saved.save(SHORT, learner_id="l-sofia")

    report = service.saved.send_ready()

    assert report.stopped_because is fallback and (report.answered, report.not_sendable) == (0, 0)
    assert [service.journal.get(q.id).status for q in (first, second)] == [READY, READY]
    assert [service.journal.get(q.id).attempts for q in (first, second)] == [1, 0]
    assert cloud.proxy.received == [] and delivered == []


def test_a_live_turn_too_long_for_the_hub_is_answered_here_with_a_note_and_not_offered_for_later(
        hub: LoopbackHub, make_device: Any) -> None:
    device = make_device(hub.url)
    chunks = list(device.router.answer(Turn(TOO_LONG, deeper=True, language="es")))
    decision = chunks[-1].decision
    assert (decision.route, decision.fallback) == ("local", Fallback.QUESTION_REFUSED)
    assert decision.note == message("route.note.question_refused", "es")
    assert not decision.can_save_for_later
    assert device.monitor.state.online            # a refused question is no sign the hub is in trouble


def test_a_journal_from_before_reads_and_can_mark_a_question_not_sendable(tmp_path: Path) -> None:
    path = tmp_path / "esc.sqlite"
    old = sqlite3.connect(path)      # written by a version with neither the "delivered" nor the "refused" column
    old.executescript("""
        CREATE TABLE queued_questions (
            id TEXT PRIMARY KEY, learner_id TEXT, question TEXT NOT NULL, context TEXT,
            created_at REAL NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
            approved_by TEXT, answer TEXT, answered_at REAL, notice TEXT, last_error TEXT, seen INTEGER NOT NULL DEFAULT 0);
        INSERT INTO queued_questions (id, question, created_at, status, answer) VALUES ('q1', 'Why?', 1.0, 'answered', 'So.');
        INSERT INTO queued_questions (id, question, created_at, status, attempts) VALUES ('q2', 'How?', 2.0, 'ready', 3);
    """)
    old.commit()
    old.close()
    with EscalationJournal(path) as journal:
        assert journal.get("q1").status == ANSWERED and journal.get("q1").refused is None
        assert [q.id for q in journal.queued(status=READY)] == ["q2"]
        marked = journal.mark_not_sendable("q2", "question_refused: too long", "Sorry.")
        assert (marked.status, marked.refused, marked.notice, marked.attempts) == (NOT_SENDABLE, "question_refused: "
                                                                                   "too long", "Sorry.", 4)
        assert [q.id for q in journal.undelivered()] == ["q2"]      # its notice is delivered; q1's answer was
        journal.record_delivery_error("q2", "history: StorageError: locked")
        assert journal.get("q2").refused == "question_refused: too long"


def test_a_request_over_the_hubs_size_limit_stops_the_send_and_leaves_every_question_waiting(
        tmp_path: Path, store: Any) -> None:
    """The hub's request size limit (LANTERN_HUB_MAX_REQUEST_BYTES) is its own setting, checked before the
    device's token, and the request carries the course material: a small limit says nothing about a question."""
    material = "El ciclo del agua: el agua se evapora, sube, se enfría y forma nubes. " * 40
    db = fresh_database("sqlite", tmp_path)
    delivered: list[str] = []
    with ThreadHub(db, max_request_bytes=2048) as hub, EscalationJournal(tmp_path / "esc.sqlite") as journal:
        saved = SavedQuestions(journal, asker=CloudAsker(HubClient(hub.url, token=TOKEN), safety_policy="off"),
                               monitor=None, on_answered=lambda q: delivered.append(deliver_to_history(store, q)))
        questions = [journal.save_for_later(q, learner_id="l-sofia", context=material)
                     for q in ("¿Por qué llueve?", "¿Qué es una nube?", "¿De dónde viene el agua del río?")]

        report = saved.send_ready()

        too_large = hub.app.state.metrics.registry.get_sample_value("lantern_hub_errors_total", {"kind": "too_large"})
        rows = [journal.get(q.id) for q in questions]
    assert too_large == 1                                        # the hub refused the first request by its size
    assert report.stopped_because is Fallback.HUB_REFUSED and (report.answered, report.not_sendable) == (0, 0)
    assert [(q.status, q.refused) for q in rows] == [(READY, None)] * 3
    assert [q.attempts for q in rows] == [1, 0, 0]                # stopped at the first
    assert delivered == []


@pytest.mark.parametrize(("learner", "language"), [("l-sofia", "es"),   # her profile's language, not the page's
                                                   (None, "en")])        # a guest: the question's
def test_the_not_sendable_notice_is_in_the_learners_profile_language_and_for_a_guest_in_the_questions(
        hub: LoopbackHub, store: Any, make_service: Any, learner: str | None, language: str) -> None:
    service, delivered = make_service(hub.url)
    refused = service.saved.save(PASTED_PAGE, learner_id=learner)
    assert len(PASTED_PAGE) > HUB_LIMIT

    assert service.saved.send_ready().not_sendable == 1

    notice = message("saved.not_sendable", language,
                     date=format_date(datetime.fromtimestamp(refused.created_at), language))
    (conversation,) = delivered
    assert history_of(store, conversation) == [("user", PASTED_PAGE), ("system", notice)]


def test_the_answered_notice_is_in_the_learners_profile_language_whatever_the_questions(
        hub: LoopbackHub, store: Any, make_service: Any) -> None:
    service, delivered = make_service(hub.url)
    asked = service.saved.save("Why is the sky blue?", learner_id="l-sofia")    # she practises her English

    assert service.saved.send_ready().answered == 1

    notice = message("saved.answered", "es", date=format_date(datetime.fromtimestamp(asked.created_at), "es"))
    (conversation,) = delivered
    said = history_of(store, conversation)
    assert said[:2] == [("user", "Why is the sky blue?"), ("system", notice)] and said[2][0] == "tutor"
