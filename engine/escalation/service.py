"""Everything escalation needs on one device, built once by app/ (AppContext.escalation):
the hub client, the background connectivity monitor, the cloud asker (redaction + safety), the
decision journal, the router, and the save-for-later queue (flushed when the hub comes back)."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.escalation.client import HubClient
from engine.escalation.cloud import CloudAsker
from engine.escalation.connectivity import ConnectivityMonitor
from engine.escalation.journal import EscalationJournal, QueuedQuestion
from engine.escalation.queue import SavedQuestions
from engine.escalation.redact import Redactor
from engine.escalation.router import EscalationRouter, RouterOptions, Turn, TurnChunk


@dataclass(frozen=True)
class EscalationConfig:
    enabled: bool = True
    confidence_threshold: float = 0.40
    long_question_words: int = 45
    budget_s: float = 4.0
    cloud_max_tokens: int = 400
    local_max_tokens: int = 200
    probe_interval_s: float = 30.0
    safety_policy: str = "minors"
    language: str = "en"
    seed: int = 0


class EscalationService:
    """Construct with the data folder's journal path and the hub (None when not enrolled)."""

    def __init__(self, journal_path: Path, *, llm: Any, hub_url: str | None, token: str | None,
                 roster: list[str], config: EscalationConfig | None = None, safety: Any = None,
                 on_answered: Callable[[QueuedQuestion], None] | None = None) -> None:
        c = self.config = config or EscalationConfig()
        self.journal = EscalationJournal(journal_path)
        self.client = HubClient(hub_url, token=token) if hub_url else None
        self.asker = (CloudAsker(self.client, redactor=Redactor(roster), safety=safety, safety_policy=c.safety_policy,
                                 language=c.language, max_tokens=c.cloud_max_tokens) if self.client else None)
        self.monitor = ConnectivityMonitor(self.client, interval_s=c.probe_interval_s,
                                           on_online=self._flush_in_background)
        self.router = EscalationRouter(llm, asker=self.asker, monitor=self.monitor, journal=self.journal,
                                       options=RouterOptions(enabled=c.enabled, confidence_threshold=c.confidence_threshold,
                                                             long_question_words=c.long_question_words,
                                                             budget_s=c.budget_s, local_max_tokens=c.local_max_tokens,
                                                             seed=c.seed))
        self.saved = SavedQuestions(self.journal, asker=self.asker, monitor=self.monitor, on_answered=on_answered)
        self._flush_lock = threading.Lock()

    def turn_for(self, question: str, *, retriever: Any = None, course_id: str | None = None, deeper: bool = False,
                 learner_id: str | None = None) -> Turn:
        """Build a turn from the class library: material when retrieval covers the question, else
        "searched, nothing relevant" (a reason to escalate). Blocking (retrieval): a worker thread."""
        if retriever is None:
            return Turn(question, deeper=deeper, learner_id=learner_id)
        found = retriever.assess(question, course_id=course_id)
        material = "\n\n".join(p.text for p in found.passages) if found.covered and found.passages else None
        return Turn(question, material=material, searched_material=True, deeper=deeper, learner_id=learner_id)

    def answer(self, question: str, *, retriever: Any = None, course_id: str | None = None, deeper: bool = False,
               learner_id: str | None = None, cancel: Any = None) -> Iterator[TurnChunk]:
        """One tutor turn, for the chat: retrieval, then `router.answer` (lazy; blocking: a worker)."""
        turn = self.turn_for(question, retriever=retriever, course_id=course_id, deeper=deeper, learner_id=learner_id)
        yield from self.router.answer(turn, cancel=cancel)

    def start(self) -> EscalationService:
        """Begin watching the hub in the background (and send saved questions when it appears)."""
        self.monitor.start()
        return self

    def _flush_in_background(self) -> None:
        threading.Thread(target=self.flush_saved, daemon=True, name="lantern-saved-questions").start()

    def flush_saved(self) -> Any:
        if not self._flush_lock.acquire(blocking=False):
            return None   # a flush is already running
        try:
            return self.saved.send_ready()
        finally:
            self._flush_lock.release()

    def close(self) -> None:
        self.monitor.close()
        if self.client is not None:
            self.client.close()
        self.journal.close()

    def __enter__(self) -> EscalationService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
