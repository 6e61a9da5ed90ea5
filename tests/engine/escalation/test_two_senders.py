"""Two programs sending the saved questions of one journal at once (the kiosk's background flush and
`lantern cloud queue send`, each with its own connection to the file): a question is settled by one of
them, and its notice or answer lands in the learner's history once. Real hub (escalation router under
uvicorn, SQLite) in front of the loopback cloud, real journal file, real store; the test holds one
program at the door (just before it asks the hub, or writes the history) while the other sends."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from saved_fixtures import HUB_LIMIT, TOKEN, TOO_LONG, hub, store  # noqa: F401

from engine.escalation.client import HubClient
from engine.escalation.cloud import CloudAsker, CloudReply
from engine.escalation.history import deliver_to_history
from engine.escalation.journal import ANSWERED, NOT_SENDABLE, EscalationJournal, QueuedQuestion
from engine.escalation.queue import SavedQuestions, SendReport
from engine.store import Store
from hub.escalation.loopback import LoopbackHub



class HeldAtTheDoor:
    """One program's real cloud asker, held just before it asks the hub until the test lets it go."""

    def __init__(self, asker: CloudAsker) -> None:
        self.asker, self.client = asker, asker.client
        self.waiting, self.go = threading.Event(), threading.Event()

    def ask(self, question: str, **options: Any) -> CloudReply:
        self.waiting.set()
        assert self.go.wait(60)
        return self.asker.ask(question, **options)


@pytest.fixture
def journals(tmp_path: Path) -> Iterator[Callable[[], EscalationJournal]]:
    """`open_journal()`: one program's own connection to the device's one journal file."""
    opened: list[EscalationJournal] = []

    def open_journal() -> EscalationJournal:
        opened.append(EscalationJournal(tmp_path / "escalation.sqlite"))
        return opened[-1]

    yield open_journal
    for j in opened:
        j.close()


def asker_for(hub: LoopbackHub) -> CloudAsker:
    return CloudAsker(HubClient(hub.url, token=TOKEN), safety_policy="off", max_tokens=8)


def conversations(store: Store) -> list[tuple[str, ...]]:
    """Each conversation in the learners' histories, as its messages' roles."""
    rows = store.db.execute("SELECT m.conversation_id, m.role FROM messages m ORDER BY m.rowid").fetchall()
    by_conversation: dict[str, tuple[str, ...]] = {}
    for cid, role in rows:
        by_conversation[cid] = by_conversation.get(cid, ()) + (role,)
    return list(by_conversation.values())


def send_while_the_other_waits(kiosk: SavedQuestions, held: HeldAtTheDoor | threading.Event,
                               go: threading.Event, cli: SavedQuestions) -> tuple[SendReport, SendReport]:
    """The kiosk sends on a thread of its own and is held at the door; the command sends meanwhile, start to
    end; then the kiosk goes on. Their reports (kiosk, command)."""
    reports: dict[str, SendReport] = {}
    kiosk_send = threading.Thread(target=lambda: reports.setdefault("kiosk", kiosk.send_ready()))
    kiosk_send.start()
    try:
        assert (held.waiting if isinstance(held, HeldAtTheDoor) else held).wait(60)
        reports["cli"] = cli.send_ready()
    finally:
        go.set()
        kiosk_send.join(120)
    return reports["kiosk"], reports["cli"]


def test_a_question_both_programs_found_too_long_gets_one_notice(
        hub: LoopbackHub, store: Store, journals: Any) -> None:
    kiosk_journal, cli_journal = journals(), journals()
    q = kiosk_journal.save_for_later(TOO_LONG, learner_id="l-sofia")
    held = HeldAtTheDoor(asker_for(hub))
    deliver: Callable[[QueuedQuestion], None] = lambda q: deliver_to_history(store, q)  # noqa: E731
    kiosk = SavedQuestions(kiosk_journal, asker=held, monitor=None, on_answered=deliver)  # type: ignore[arg-type]
    cli = SavedQuestions(cli_journal, asker=asker_for(hub), monitor=None, on_answered=deliver)

    kiosk_report, cli_report = send_while_the_other_waits(kiosk, held, held.go, cli)

    assert conversations(store) == [("user", "system")]
    assert cli_report.not_sendable == 1
    assert (kiosk_report.not_sendable, kiosk_report.failed) == (0, 0)      # the command settled it first
    assert kiosk_journal.get(q.id).status == NOT_SENDABLE and kiosk_journal.get(q.id).attempts == 1


def test_an_answer_both_programs_got_from_the_cloud_is_recorded_and_delivered_once(
        hub: LoopbackHub, store: Store, journals: Any) -> None:
    kiosk_journal, cli_journal = journals(), journals()
    q = kiosk_journal.save_for_later("Why is the sky blue?", learner_id="l-sofia")
    held = HeldAtTheDoor(asker_for(hub))
    deliver: Callable[[QueuedQuestion], None] = lambda q: deliver_to_history(store, q)  # noqa: E731
    kiosk = SavedQuestions(kiosk_journal, asker=held, monitor=None, on_answered=deliver)  # type: ignore[arg-type]
    cli = SavedQuestions(cli_journal, asker=asker_for(hub), monitor=None, on_answered=deliver)

    kiosk_report, cli_report = send_while_the_other_waits(kiosk, held, held.go, cli)

    assert conversations(store) == [("user", "system", "tutor")]
    assert (cli_report.answered, kiosk_report.answered) == (1, 0)
    saved = kiosk_journal.get(q.id)
    assert (saved.status, saved.attempts, saved.delivered) == (ANSWERED, 1, True)


def test_a_delivery_both_programs_write_at_once_lands_once_and_a_failed_one_is_retried(
        store: Store, journals: Any) -> None:
    kiosk_journal, cli_journal = journals(), journals()
    q = kiosk_journal.save_for_later("¿Por qué el cielo es azul?", learner_id="l-sofia")
    kiosk_journal.record_answer(q.id, "Porque el aire dispersa más la luz azul.", None)   # the cloud answered it
    writing, go = threading.Event(), threading.Event()
    attempts: list[str] = []

    def kiosk_delivers(saved: QueuedQuestion) -> None:
        attempts.append("kiosk")
        if len(attempts) == 1:
            raise OSError("No space left on device")          # the first try fails: left for the next send
        writing.set()
        assert go.wait(60)                                    # held while it writes the learner's history
        deliver_to_history(store, saved)

    def cli_delivers(saved: QueuedQuestion) -> None:
        attempts.append("cli")
        deliver_to_history(store, saved)

    kiosk = SavedQuestions(kiosk_journal, asker=None, monitor=None, on_answered=kiosk_delivers)
    cli = SavedQuestions(cli_journal, asker=None, monitor=None, on_answered=cli_delivers)
    kiosk.send_ready()
    assert conversations(store) == [] and [u.id for u in cli_journal.undelivered()] == [q.id]

    send_while_the_other_waits(kiosk, writing, go, cli)      # the command writes it while the kiosk is held
    cli.send_ready()
    kiosk.send_ready()

    assert conversations(store) == [("user", "system", "tutor")]    # the kiosk's write found it written
    assert attempts == ["kiosk", "kiosk", "cli"]              # failed once, retried once; delivered, never again
    assert kiosk_journal.undelivered() == [] and kiosk_journal.get(q.id).delivered
