"""Save for later: offline questions wait on the device, go out when the hub appears (after a
teacher's approval when the school wants it), and land in the learner's history with a notice."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from engine.escalation.history import deliver_to_history, roster_names
from engine.escalation.service import EscalationConfig, EscalationService
from engine.store import Store
from engine.store.clock import utc_now
from hub.escalation import Identity, OrchestratorOptions, ProviderConfig
from hub.escalation.loopback import LoopbackHub, free_port

TOKEN = "kiosk-7-token"   # the device token the conftest hub knows


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = Store.open(tmp_path / "data")
    now = utc_now()
    with s.write() as db:
        for lid, name in (("l-amara", "Amara Okafor"), ("l-will", "Will Chen")):
            db.execute("INSERT INTO learners (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                       [lid, name, now, now])
    yield s
    s.close()


def start_hub(tmp_path: Path, cloud: Any, port: int, **policy: Any) -> LoopbackHub:
    cloud.reset()
    hub = LoopbackHub(tmp_path / "hub.db", [ProviderConfig(name="c", base_url=cloud.url, model="g", max_retries=0)],
                      identities={TOKEN: Identity("kiosk-7", "school-1")},
                      options=OrchestratorOptions(rate_per_minute=0), port=port)
    if policy:
        hub.store.set_policy("school-1", **policy)
    return hub


def wait_for(predicate: Any, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_question_saved_offline_is_answered_when_the_hub_appears_and_lands_in_history(
        tmp_path: Path, cloud: Any, llm: Any, store: Any) -> None:
    port = free_port()
    delivered: list[str] = []

    def on_answered(q: Any) -> None:
        delivered.append(deliver_to_history(store, q))

    service = EscalationService(tmp_path / "esc.sqlite", llm=llm, hub_url=f"http://127.0.0.1:{port}", token=TOKEN,
                                roster=roster_names(store), on_answered=on_answered,
                                config=EscalationConfig(probe_interval_s=0.2, offline_probe_interval_s=0.2,
                                                        cloud_max_tokens=16, budget_s=120.0))
    with service:
        service.start()
        wait_for(lambda: service.monitor.state.known)
        assert service.monitor.state.online is False
        q = service.saved.save("Amara Okafor asks: why do stars twinkle, step by step?", learner_id="l-amara")
        assert q.status == "ready"
        report = service.saved.send_ready()
        assert report.stopped_because == "offline" and report.answered == 0
        assert service.journal.get(q.id).attempts == 1

        hub = start_hub(tmp_path, cloud, port)            # the network comes back
        try:
            wait_for(lambda: service.journal.get(q.id).status == "answered")
            wait_for(lambda: delivered)
        finally:
            hub.close()
    sent = "\n".join(m["content"] for r in cloud.proxy.received for m in r["body"]["messages"])
    assert "Amara" not in sent and "Okafor" not in sent and "stars twinkle" in sent
    rows = store.db.execute("SELECT m.role, m.text, c.learner_id FROM messages m JOIN conversations c "
                            "ON c.id = m.conversation_id WHERE c.id = ? ORDER BY m.rowid", [delivered[0]]).fetchall()
    assert [r[0] for r in rows] == ["user", "system", "tutor"]
    assert rows[0][1].startswith("Amara Okafor asks") and rows[0][2] == "l-amara"
    assert "cloud tutor" in rows[1][1] and "question you saved" in rows[1][1]
    assert rows[2][1]


def test_school_requiring_approval_holds_questions_until_a_teacher_approves(
        tmp_path: Path, cloud: Any, llm: Any) -> None:
    port = free_port()
    hub = start_hub(tmp_path, cloud, port, require_approval=True)
    service = EscalationService(tmp_path / "esc.sqlite", llm=llm, hub_url=hub.url, token=TOKEN, roster=[],
                                config=EscalationConfig(cloud_max_tokens=8, budget_s=120.0))
    try:
        service.monitor.check_now()
        a = service.saved.save("What is a black hole? Explain step by step.", learner_id=None)
        b = service.saved.save("What is dark matter?", learner_id=None)
        assert a.status == b.status == "pending_approval"
        report = service.saved.send_ready()
        assert (report.answered, report.waiting_for_approval) == (0, 2) and cloud.proxy.received == []
        service.journal.approve(a.id, by="Ms Ada")
        service.journal.reject(b.id, by="Ms Ada")
        report = service.saved.send_ready()
        assert report.answered == 1 and len(cloud.proxy.received) == 1
        assert service.journal.get(a.id).status == "answered" and service.journal.get(a.id).answer
        assert service.journal.get(b.id).status == "rejected"
        with pytest.raises(Exception, match="not waiting for approval"):
            service.journal.approve(b.id, by="Ms Ada")
        assert [q.id for q in service.journal.queued(status="answered")] == [a.id]
    finally:
        service.close()
        hub.close()


def test_roster_comes_from_the_learners_on_this_device(store: Any) -> None:
    assert sorted(roster_names(store)) == ["Amara Okafor", "Will Chen"]


def test_an_empty_question_cannot_be_saved(tmp_path: Path, llm: Any) -> None:
    with EscalationService(tmp_path / "esc.sqlite", llm=llm, hub_url=None, token=None, roster=[]) as service:
        with pytest.raises(Exception, match="no question"):
            service.saved.save("   ", learner_id=None)
        assert service.saved.send_ready().stopped_because == "no_hub"


def test_turn_from_the_class_library_carries_material_or_says_nothing_relevant(tmp_path: Path, llm: Any,
                                                                             store: Any) -> None:
    from engine.library import Library
    from engine.retrieval import Retriever

    doc = tmp_path / "plants.txt"
    doc.write_text("Photosynthesis\n\nGreen plants use sunlight, water and carbon dioxide to make glucose and "
                   "oxygen. Photosynthesis happens in the chloroplasts of leaf cells.\n", encoding="utf-8")
    list(Library(store).import_paths([doc], course="Biology"))
    retriever = Retriever(store)
    with EscalationService(tmp_path / "esc.sqlite", llm=llm, hub_url=None, token=None, roster=[]) as service:
        covered = service.turn_for("Where does photosynthesis happen in leaf cells?", retriever=retriever)
        assert covered.searched_material and "chloroplasts" in (covered.material or "")
        missing = service.turn_for("Who won the football world cup in 1966?", retriever=retriever, deeper=True)
        assert missing.searched_material and missing.material is None and missing.deeper
        chunks = list(service.answer("Who won the football world cup in 1966?", retriever=retriever))
        d = chunks[-1].decision
        assert (d.route, d.reason, d.fallback) == ("local", "no_material", "no_hub")
        assert "nothing on this question" in d.explanation


def test_an_answer_whose_delivery_failed_is_delivered_at_the_next_send_without_asking_again(
        tmp_path: Path, cloud: Any, llm: Any, store: Any) -> None:
    """A busy store or a full disk while the answer is written into the learner's history: the answer stays
    in the journal as not delivered, and the next send delivers it - the cloud is not asked twice."""
    port = free_port()
    hub = start_hub(tmp_path, cloud, port)
    delivered: list[str] = []
    failures = [OSError("No space left on device")]

    def on_answered(q: Any) -> None:
        if failures:
            raise failures.pop()
        delivered.append(deliver_to_history(store, q))

    service = EscalationService(tmp_path / "esc.sqlite", llm=llm, hub_url=hub.url, token=TOKEN, roster=[],
                                on_answered=on_answered, config=EscalationConfig(cloud_max_tokens=8, budget_s=120.0))
    try:
        # No probe: a hub seen coming online flushes the queue on a thread of its own; here each send is ours.
        q = service.saved.save("Why is the sky blue? Explain step by step.", learner_id="l-will")
        first = service.saved.send_ready()
        assert first.answered == 1 and delivered == [] and len(cloud.proxy.received) == 1
        assert [u.id for u in service.journal.undelivered()] == [q.id]
        assert "No space left" in (service.journal.get(q.id).last_error or "")
        second = service.saved.send_ready()
        assert second.answered == 0 and len(delivered) == 1 and len(cloud.proxy.received) == 1
        assert service.journal.undelivered() == []
        owner = store.db.execute("SELECT learner_id FROM conversations WHERE id = ?", [delivered[0]]).fetchone()[0]
        assert owner == "l-will"
    finally:
        service.close()
        hub.close()


def test_answers_saved_before_the_delivered_column_are_not_delivered_again(tmp_path: Path) -> None:
    import sqlite3

    from engine.escalation.journal import EscalationJournal

    path = tmp_path / "esc.sqlite"
    old = sqlite3.connect(path)      # a journal written by the version before: no "delivered" column
    old.executescript("""
        CREATE TABLE queued_questions (
            id TEXT PRIMARY KEY, learner_id TEXT, question TEXT NOT NULL, context TEXT,
            created_at REAL NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
            approved_by TEXT, answer TEXT, answered_at REAL, notice TEXT, last_error TEXT, seen INTEGER NOT NULL DEFAULT 0);
        INSERT INTO queued_questions (id, question, created_at, status, answer) VALUES ('q1', 'Why?', 1.0, 'answered', 'So.');
    """)
    old.commit()
    old.close()
    with EscalationJournal(path) as journal:
        assert journal.undelivered() == [] and journal.get("q1").delivered
