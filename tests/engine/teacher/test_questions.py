"""One queue of open questions: not-covered turns + questions saved for the cloud, with actions."""
from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import LanternError
from engine.escalation.journal import PENDING_APPROVAL, READY, EscalationJournal
from engine.teacher.questions import answer_yourself, approve_for_cloud, mark_add_material, open_questions
from engine.tutor.learners import LearnerBook
from engine.tutor.library_answer import NOT_COVERED, Citations, record_turn


@pytest.fixture
def journal(tmp_path: Path):  # type: ignore[no-untyped-def]
    with EscalationJournal(tmp_path / "escalation.sqlite") as j:
        yield j


@pytest.fixture
def asked(store, fractions, journal):  # type: ignore[no-untyped-def]
    """Ama asked one question the lessons cover and one they don't; Kofi saved one for the cloud."""
    book = LearnerBook(store)
    ama, kofi = book.create("Ama", grade=4), book.create("Kofi", grade=4)
    record_turn(store, question="What is a numerator?", answer="The number on the top is called the numerator.",
                citations=Citations((), covered=True), learner_id=ama.id, course_id=fractions)
    record_turn(store, question="Why do volcanoes erupt?", answer=NOT_COVERED["en"],
                citations=Citations((), covered=False), learner_id=ama.id, course_id=fractions)
    journal.save_for_later("How far away is the Moon?", learner_id=kofi.id, require_approval=True)
    return ama, kofi


def test_queue_lists_not_covered_turns_and_saved_cloud_questions_only(store, journal, asked):
    ama, kofi = asked
    queue = open_questions(store, journal=journal)
    assert [(q.source, q.question, q.learner_name) for q in queue] == [
        ("not_covered", "Why do volcanoes erupt?", "Ama"), ("cloud", "How far away is the Moon?", "Kofi")]
    assert queue[1].status == PENDING_APPROVAL


def test_teacher_answer_lands_in_the_learners_history_and_leaves_the_queue(store, journal, asked):
    ama, _ = asked
    q = next(q for q in open_questions(store, journal=journal) if q.source == "not_covered")
    conv = answer_yourself(store, q.id, "Pressure from hot magma pushes it up.", journal=journal)
    msgs = store.db.execute("SELECT role, text FROM messages WHERE conversation_id = ? ORDER BY rowid",
                            [conv]).fetchall()
    assert [tuple(m) for m in msgs][0] == ("user", "Why do volcanoes erupt?")
    assert tuple(msgs[-1]) == ("tutor", "Pressure from hot magma pushes it up.")
    owner = store.db.execute("SELECT learner_id FROM conversations WHERE id = ?", [conv]).fetchone()[0]
    assert owner == ama.id
    assert q.id not in {x.id for x in open_questions(store, journal=journal)}
    with pytest.raises(LanternError):
        answer_yourself(store, q.id, "again", journal=journal)


def test_teacher_answers_a_saved_cloud_question_which_is_then_answered_in_the_journal(store, journal, asked):
    q = next(q for q in open_questions(store, journal=journal) if q.source == "cloud")
    answer_yourself(store, q.id, "About 384,000 km.", journal=journal)
    assert journal.get(q.id.split(":", 1)[1]).answer == "About 384,000 km."
    assert all(x.source != "cloud" for x in open_questions(store, journal=journal))


def test_approve_for_cloud_and_add_material(store, journal, asked):
    queue = open_questions(store, journal=journal)
    cloud = next(q for q in queue if q.source == "cloud")
    assert approve_for_cloud(store, cloud.id, journal=journal).status == READY
    turn = next(q for q in queue if q.source == "not_covered")
    marked = mark_add_material(store, turn.id, note="add a volcano lesson", journal=journal)
    assert marked.status == "add_material" and marked.note == "add a volcano lesson"
    saved = approve_for_cloud(store, turn.id, journal=journal)
    assert saved.status == READY and saved.question == "Why do volcanoes erupt?"
    assert turn.id not in {x.id for x in open_questions(store, journal=journal)}
    kinds = [r[0] for r in store.db.execute("SELECT kind FROM outbox WHERE kind = 'question.resolved'")]
    assert len(kinds) == 2


@pytest.mark.parametrize("lang", ["en", "es", "ar", "ja"])
def test_the_reply_that_says_the_question_is_on_the_teachers_list_puts_it_there(store, fractions, lang):
    """not_covered.ask_teacher tells the child "I've put your question on their list": it must be true."""
    from engine.i18n import message
    from engine.tutor.library_answer import NOT_COVERED_ASK_TEACHER

    reply = NOT_COVERED_ASK_TEACHER[lang]
    assert reply == message("not_covered.ask_teacher", lang)
    kid = LearnerBook(store).create("Lina", grade=3)
    record_turn(store, question="Qui a inventé le vélo ?", answer=reply, citations=Citations((), covered=False),
                learner_id=kid.id, course_id=fractions)
    assert [(q.source, q.question, q.learner_name) for q in open_questions(store)] == [
        ("not_covered", "Qui a inventé le vélo ?", "Lina")]


def test_each_action_on_an_open_question_reports_questions_and_a_refused_one_nothing(store, journal, asked):
    """What the teacher does on the Questions screen reaches the other screens (the material check lists the
    questions marked as gaps) through the one Changes value."""
    from engine.changes import NOTHING, ChangeTally, Changes

    not_covered, saved = open_questions(store, journal=journal)
    marked = ChangeTally()
    mark_add_material(store, not_covered.id, note="a lesson on volcanoes", journal=journal, tally=marked)
    assert marked.changes == Changes(questions=True)
    approved = ChangeTally()
    approve_for_cloud(store, saved.id, journal=journal, tally=approved)
    assert approved.changes == Changes(questions=True)
    answered = ChangeTally()
    answer_yourself(store, not_covered.id, "Pressure from melted rock.", journal=journal, tally=answered)
    assert answered.changes == Changes(questions=True)
    refused = ChangeTally()
    with pytest.raises(LanternError):
        answer_yourself(store, not_covered.id, "Again.", journal=journal, tally=refused)   # left the queue
    assert refused.changes == NOTHING


def test_a_send_that_delivers_the_teachers_answer_first_leaves_one_copy(store, journal, asked, monkeypatch):
    """Between the teacher's answer being saved in the journal and its delivery, a send running at that moment
    (this kiosk's or another program's on the same journal) may deliver the row: the teacher's write then finds
    it written, so the learner never reads it twice."""
    from engine.escalation.history import deliver_to_history

    _ama, kofi = asked
    saved = next(q for q in open_questions(store, journal=journal) if q.source == "cloud")
    settle = journal.record_answer

    def answered_then_delivered_by_a_send(qid: str, answer: str, notice: str | None = None,  # type: ignore[no-untyped-def]
                                          **options):
        row = settle(qid, answer, notice, **options)
        conversation.append(deliver_to_history(store, journal.get(qid)))    # the send, delivering it
        journal.mark_delivered(qid)
        return row

    conversation: list[str] = []
    monkeypatch.setattr(journal, "record_answer", answered_then_delivered_by_a_send)
    assert answer_yourself(store, saved.id, "About 384,000 km.", journal=journal) == conversation[0]
    said = store.db.execute("SELECT m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                            " WHERE c.learner_id = ? AND m.role = 'tutor'", [kofi.id]).fetchall()
    assert said == [("About 384,000 km.",)]            # once, by the send
    assert saved.id not in [q.id for q in open_questions(store, journal=journal)]


def _busy_once(store, monkeypatch):  # type: ignore[no-untyped-def]
    """The store's next write fails as a busy database does; the ones after it work."""
    from engine.errors import StorageError

    real_write, calls = store.write, []

    def write():  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise StorageError("The database is busy (database is locked).")
        return real_write()

    monkeypatch.setattr(store, "write", write)


def test_the_teachers_answer_a_send_delivers_is_the_teachers_words_with_the_notice_in_the_learners_language(
        store, journal, monkeypatch):
    """The teacher's history write fails (a busy store); the kiosk's next send delivers the answer with the
    school's filter as the app wires it: the teacher's words are not checked as a model's, and the notice is
    written in Lucía's Spanish."""
    from engine.errors import StorageError
    from engine.escalation.history import deliver_to_history
    from engine.escalation.queue import SavedQuestions
    from engine.i18n import message
    from engine.safety import SafetyConfig, SafetyFilter

    lucia = LearnerBook(store).create("Lucía", language="es")
    journal.save_for_later("¿Cómo termina Romeo y Julieta?", learner_id=lucia.id)
    q = next(q for q in open_questions(store, journal=journal) if q.source == "cloud")
    teacher_says = "Julieta se despierta, ve a Romeo muerto y se mata con su daga."
    _busy_once(store, monkeypatch)
    with pytest.raises(StorageError):
        answer_yourself(store, q.id, teacher_says, journal=journal)

    safety = SafetyFilter(SafetyConfig())
    SavedQuestions(journal, asker=None, monitor=None,
                   on_answered=lambda r: deliver_to_history(store, r, safety=safety)).send_ready()

    said = store.db.execute("SELECT m.role, m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                            " WHERE c.learner_id = ? ORDER BY m.rowid", [lucia.id]).fetchall()
    assert [tuple(r) for r in said] == [("user", "¿Cómo termina Romeo y Julieta?"),
                                        ("system", message("saved.teacher_answered", "es")),
                                        ("tutor", teacher_says)]
    assert journal.undelivered() == []


def test_letting_the_cloud_answer_again_after_a_failed_record_saves_the_question_once(store, journal, asked,
                                                                                     monkeypatch):
    from engine.errors import StorageError

    q = next(q for q in open_questions(store, journal=journal) if q.source == "not_covered")
    _busy_once(store, monkeypatch)
    with pytest.raises(StorageError):
        approve_for_cloud(store, q.id, journal=journal)     # saved, then recording the action failed
    assert q.id in [x.id for x in open_questions(store, journal=journal)]
    approve_for_cloud(store, q.id, journal=journal)         # the teacher tries again

    assert [s.question for s in journal.queued() if s.question == "Why do volcanoes erupt?"] == [
        "Why do volcanoes erupt?"]
