"""Everything escalation needs on one device, built once by app/ (AppContext.escalation):
the hub client, the background connectivity monitor, the cloud asker (redaction + safety), the
decision journal, the router, and the save-for-later queue (flushed when the hub comes back).

Nothing here is frozen at start: the hub address and device token are read at each call (a kiosk
that enrolls mid-session can escalate at once), and redaction uses the roster as it is at the
moment a question leaves (a learner added a minute ago is redacted too)."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.errors import SyncError
from engine.escalation.client import HubClient, HubStatus
from engine.escalation.cloud import CloudAsker
from engine.escalation.connectivity import ConnectivityMonitor
from engine.escalation.journal import EscalationJournal, QueuedQuestion
from engine.escalation.queue import SavedQuestions, SendReport
from engine.escalation.redact import Redacted, Redactor
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
    offline_probe_interval_s: float = 10.0   # look again sooner while the hub is out of reach
    safety_policy: str = "minors"
    language: str = "en"
    seed: int = 0


HubAddress = Callable[[], tuple[str | None, str | None]]   # () -> (hub URL, device token)


class CurrentHub:
    """The hub client for the hub configured *now*; rebuilt when the address or token changes."""

    def __init__(self, address: HubAddress) -> None:
        self._address = address
        self._lock = threading.Lock()
        self._key: tuple[str | None, str | None] = (None, None)
        self._client: HubClient | None = None

    @property
    def configured(self) -> bool:
        return bool(self._address()[0])

    @property
    def base_url(self) -> str | None:
        """The hub's address now (None when this device is not enrolled)."""
        url = self._address()[0]
        return url.rstrip("/") if url else None

    def _current(self) -> HubClient:
        url, token = self._address()
        if not url:
            raise SyncError("This device is not connected to a school hub.", kind="config",
                            hint="A teacher connects it with 'Connect to school hub…'.")
        with self._lock:
            if self._client is None or self._key != (url, token):
                old, self._client, self._key = self._client, HubClient(url, token=token), (url, token)
                if old is not None:
                    old.close()
            return self._client

    def status(self, *, timeout: float = 2.0) -> HubStatus:
        return self._current().status(timeout=timeout)

    def stream_chat(self, messages: list[dict[str, str]], **options: Any) -> Iterator[str]:
        return self._current().stream_chat(messages, **options)

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None


class CurrentRoster:
    """Redacts with the roster as it is when the question leaves (rebuilt only when it changed)."""

    def __init__(self, names: Callable[[], Iterable[str]]) -> None:
        self._names = names
        self._lock = threading.Lock()
        self._key: tuple[str, ...] | None = None
        self._redactor = Redactor()

    def redact(self, text: str) -> Redacted:
        key = tuple(self._names())
        with self._lock:
            if key != self._key:
                self._redactor, self._key = Redactor(key), key
            redactor = self._redactor
        return redactor.redact(text)


class EscalationService:
    """Construct with the data folder's journal path and the hub (None when not enrolled)."""

    def __init__(self, journal_path: Path, *, llm: Any, hub: HubAddress | None = None, hub_url: str | None = None,
                 token: str | None = None, roster: Iterable[str] | Callable[[], Iterable[str]] = (),
                 config: EscalationConfig | None = None, safety: Any = None,
                 on_answered: Callable[[QueuedQuestion], None] | None = None) -> None:
        """`hub` and `roster` are read at each call (a fixed `hub_url`/`token`/list also works)."""
        c = self.config = config or EscalationConfig()
        self.journal = EscalationJournal(journal_path)
        fixed = (hub_url, token)
        self.client = CurrentHub(hub if hub is not None else (lambda: fixed))
        names = roster if callable(roster) else (lambda fixed_names=tuple(roster): fixed_names)
        self.asker = CloudAsker(self.client, redactor=CurrentRoster(names), safety=safety,  # type: ignore[arg-type]
                                safety_policy=c.safety_policy, language=c.language, max_tokens=c.cloud_max_tokens)
        self.monitor = ConnectivityMonitor(self.client, interval_s=c.probe_interval_s,
                                           offline_interval_s=c.offline_probe_interval_s,
                                           on_online=self._flush_in_background)
        self.router = EscalationRouter(llm, asker=self.asker, monitor=self.monitor, journal=self.journal,
                                       options=RouterOptions(enabled=c.enabled, confidence_threshold=c.confidence_threshold,
                                                             long_question_words=c.long_question_words,
                                                             budget_s=c.budget_s, local_max_tokens=c.local_max_tokens,
                                                             seed=c.seed))
        self.saved = SavedQuestions(self.journal, asker=self.asker, monitor=self.monitor, on_answered=on_answered)
        self._flush_done = threading.Condition()   # one flush at a time; `send_saved` waits on it
        self._flushing = False
        self._flush_runs = 0                           # flushes ended: a waiter knows when the one it waited for did
        self._flush_report: SendReport | None = None   # the last one's (None: it failed)

    def turn_for(self, question: str, *, retriever: Any = None, course_id: str | None = None, deeper: bool = False,
                 learner_id: str | None = None, language: str = "en") -> Turn:
        """Build a turn from the class library: material when retrieval covers the question, else
        "searched, nothing relevant" (a reason to escalate). Blocking (retrieval): a worker thread."""
        if retriever is None:
            return Turn(question, deeper=deeper, learner_id=learner_id, language=language)
        found = retriever.assess(question, course_id=course_id)
        material = "\n\n".join(p.text for p in found.passages) if found.covered and found.passages else None
        return Turn(question, material=material, searched_material=True, deeper=deeper, learner_id=learner_id,
                    language=language)

    def answer(self, question: str, *, retriever: Any = None, course_id: str | None = None, deeper: bool = False,
               learner_id: str | None = None, cancel: Any = None, language: str = "en") -> Iterator[TurnChunk]:
        """One tutor turn, for the chat: retrieval, then `router.answer` (lazy; blocking: a worker).
        `language`: the learner's, for the decision's note and "why"."""
        turn = self.turn_for(question, retriever=retriever, course_id=course_id, deeper=deeper, learner_id=learner_id,
                             language=language)
        yield from self.router.answer(turn, cancel=cancel)

    def start(self) -> EscalationService:
        """Begin watching the hub in the background (and send saved questions when it appears)."""
        self.monitor.start()
        return self

    def _flush_in_background(self) -> None:
        threading.Thread(target=self.flush_saved, daemon=True, name="lantern-saved-questions").start()

    def flush_saved(self) -> SendReport | None:
        """Send the saved questions now (`SavedQuestions.send_ready`), one flush at a time in this program so no
        question is asked of the cloud twice: None when one is already running. Blocking: a worker."""
        with self._flush_done:
            if self._flushing:
                return None
            self._flushing = True
        return self._flush()

    def send_saved(self) -> SendReport:
        """As `flush_saved`, for a caller that wants the report (`lantern cloud queue send`): a flush already
        running (finding the hub online starts one) is waited for and its report returned."""
        with self._flush_done:
            if self._flushing:
                runs = self._flush_runs
                self._flush_done.wait_for(lambda: self._flush_runs != runs)
                if self._flush_report is not None:
                    return self._flush_report
            self._flush_done.wait_for(lambda: not self._flushing)    # that one failed: send here, after any other
            self._flushing = True
        return self._flush()

    def _flush(self) -> SendReport:
        report: SendReport | None = None
        try:
            report = self.saved.send_ready()
            return report
        finally:
            with self._flush_done:
                self._flushing, self._flush_report = False, report
                self._flush_runs += 1
                self._flush_done.notify_all()

    def close(self) -> None:
        self.monitor.close()
        if self.client is not None:
            self.client.close()
        self.journal.close()

    def __enter__(self) -> EscalationService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
