"""Save for later: a hard question asked offline waits on the device, goes to the cloud when the
hub is reachable (after a teacher's approval, if the school asks for it), and its answer lands in
the learner's history with a notice. A question the hub refuses as a question (too long for it) is
not sendable: it leaves the queue, the learner is told in their history, and the send goes on. The
notices are written when they are delivered, in the learner's language (engine/escalation/history.py)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from engine.errors import LanternError, StorageError
from engine.escalation.cloud import CloudAsker, CloudUnavailable
from engine.escalation.connectivity import ConnectivityMonitor
from engine.escalation.journal import READY, EscalationJournal, NoLongerReady, QueuedQuestion
from engine.escalation.reasons import HUB_FAULTS, HUB_UNAVAILABLE, Fallback

# Stop trying a question after this many failed sends (the learner can save it again).
MAX_ATTEMPTS = 8


@dataclass(frozen=True)
class SendReport:
    answered: int
    failed: int                                # refused in this send, not sendable ones included
    waiting_for_approval: int
    stopped_because: Fallback | None = None    # offline, cap_reached, ... when sending stopped early
    not_sendable: int = 0                      # refused as questions (too long for the hub): never sent again


class SavedQuestions:
    def __init__(self, journal: EscalationJournal, *, asker: CloudAsker | None, monitor: ConnectivityMonitor | None,
                 require_approval: Callable[[], bool] | None = None, budget_s: float = 20.0,
                 on_answered: Callable[[QueuedQuestion], None] | None = None) -> None:
        """`on_answered` puts a question into its learner's history: an answered one with its answer, a
        not sendable one with its notice only (`answer` is None). The notice is None on both: written then,
        in the learner's language (`history.deliver_to_history`)."""
        self.journal = journal
        self.asker = asker
        self.monitor = monitor
        self._require_approval = require_approval
        self.budget_s = budget_s
        self.on_answered = on_answered

    def requires_approval(self) -> bool:
        if self._require_approval is not None:
            return self._require_approval()
        state = self.monitor.state if self.monitor else None
        return bool(state and state.status and state.status.require_approval)

    def save(self, question: str, *, learner_id: str | None, material: str | None = None) -> QueuedQuestion:
        return self.journal.save_for_later(question, learner_id=learner_id, context=material,
                                           require_approval=self.requires_approval())

    def send_ready(self, *, limit: int = 20) -> SendReport:
        """Send approved questions, oldest first; stops at the first sign the hub is unavailable. One the
        hub refuses as a question is marked not sendable and the next is sent. Call from a background
        thread (it does network I/O). Safe beside another send over the same journal (this program's or
        another's): a question is settled by one of them only, and its answer or notice lands once - but
        both may ask the cloud, so a program sends through one flush at a time (`EscalationService.flush_saved`)."""
        for q in self.journal.undelivered():          # done earlier, their delivery failed: never asked again
            self._deliver(q)
        waiting = len(self.journal.queued(status="pending_approval"))
        if self.asker is None or not getattr(self.asker.client, "configured", True):
            return SendReport(0, 0, waiting, Fallback.NO_HUB)   # not enrolled (yet): they wait, nothing is tried
        answered = failed = not_sendable = 0
        for q in self.journal.queued(status=READY)[:limit]:
            if q.attempts >= MAX_ATTEMPTS:
                continue
            try:
                reply = self.asker.ask(q.question, material=q.context, budget_s=self.budget_s, learner_id=q.learner_id)
            except CloudUnavailable as exc:
                if exc.code is Fallback.QUESTION_REFUSED:
                    try:     # its notice is written in the learner's language when it is delivered
                        marked = self.journal.mark_not_sendable(q.id, f"{exc.code}: {exc.detail}")
                    except NoLongerReady:
                        continue          # another send (or a teacher) settled it meanwhile: theirs to deliver
                    failed += 1
                    not_sendable += 1
                    self._deliver(marked)
                    continue
                failed += 1
                self.journal.record_attempt(q.id, exc.code)
                if exc.code in HUB_UNAVAILABLE:
                    if self.monitor is not None and exc.code in HUB_FAULTS:
                        self.monitor.report_failure(exc.code)
                    return SendReport(answered, failed, waiting, exc.code, not_sendable)
                continue
            try:     # its notice is written in the learner's language when it is delivered
                done = self.journal.record_answer(q.id, reply.text)
            except NoLongerReady:
                continue
            answered += 1
            self._deliver(done)
        return SendReport(answered, failed, waiting, not_sendable=not_sendable)

    def _deliver(self, q: QueuedQuestion) -> None:
        """Hand an answer (or a not sendable question's notice) to `on_answered` (the learner's history), then
        mark it delivered - in that order, so a program stopped between the two (closed, Ctrl-C, killed) leaves
        it waiting and the next send delivers it. The history write is made once for a question whoever makes it
        (`history.deliver_to_history`), so two sends delivering it at once, or a send after a stop, leave one
        copy. Nowhere to go (the learner was removed): kept in the journal only. A busy store, a full disk or any
        other failure: left waiting and tried again at the next send. Either way one answer never stops the
        others."""
        if self.on_answered is None:
            return
        try:
            self.on_answered(q)
        except Exception as exc:  # noqa: BLE001 - any failure is kept on its row; it never stops the other answers
            if isinstance(exc, LanternError) and not isinstance(exc, StorageError):
                self.journal.mark_delivered(q.id, error=f"history: {exc}")
            else:   # a StorageError, or e.g. an OSError writing the safety log
                self.journal.record_delivery_error(q.id, f"history: {type(exc).__name__}: {exc}")
            return
        self.journal.mark_delivered(q.id)
