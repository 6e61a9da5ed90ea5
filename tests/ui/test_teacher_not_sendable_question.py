"""The teacher's Questions screen over a real store and a real EscalationJournal: a saved question the
hub refused as too long says so in the State column, and "Let the cloud tutor answer" is off while it
is selected (on for a question the cloud tutor can still take). What its screenshots showed wrong: the
long question pushed the State column out of view, and in a right-to-left window nothing got selected."""
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from teacher_fixtures import calls, teacher_ctx  # noqa: F401

from ui.teacher.common import table_texts

LONG = ("Why do the leaves of the trees change colour in autumn and why do they fall when the cold comes? " * 20).strip()


@pytest.fixture
def queue(teacher_ctx: Any) -> tuple[str, str]:
    """Ama's question waiting for approval and her question the hub refused as too long: their ids."""
    from app.teacher_gui import JOURNAL_FILE
    from engine.escalation.journal import EscalationJournal

    ama = teacher_ctx.learners.create("Ama", grade=4)
    with EscalationJournal(teacher_ctx.settings.home / JOURNAL_FILE) as journal:
        waiting = journal.save_for_later("How far away is the Moon?", learner_id=ama.id, require_approval=True)
        refused = journal.save_for_later(LONG, learner_id=ama.id)
        journal.mark_not_sendable(refused.id, "question_refused: too_long", "Too long to send.")
    return f"cloud:{waiting.id}", f"cloud:{refused.id}"


def _loaded(qtbot: Any, runner: Any, calls: Any, *, right_to_left: bool = False) -> Any:
    from ui.teacher.questions import QuestionsScreen

    screen = QuestionsScreen(runner, calls)
    qtbot.addWidget(screen)
    if right_to_left:
        screen.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    screen.resize(1024, 540)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=30_000) as sig:
        screen.refresh_all()
    assert sig.args[0] == 2
    return screen


def test_a_question_too_long_for_the_cloud_shows_its_state_and_cannot_be_sent_to_the_cloud(qtbot, runner, calls,
                                                                                          queue):
    waiting, refused = queue
    screen = _loaded(qtbot, runner, calls)
    states = dict(zip([q.id for q in screen.questions], [row[4] for row in table_texts(screen.table)], strict=True))
    assert states == {waiting: "Waiting for you to approve", refused: "Too long for the cloud tutor"}

    screen.select(refused)
    assert screen.answer_button.isEnabled()
    assert screen.material_button.isEnabled()
    assert not screen.cloud_button.isEnabled()

    screen.select(waiting)
    assert screen.cloud_button.isEnabled()


def test_a_long_question_leaves_the_state_column_in_view(qtbot, runner, calls, queue):
    screen = _loaded(qtbot, runner, calls)
    header = screen.table.horizontalHeader()
    state_ends_at = header.sectionViewportPosition(4) + header.sectionSize(4)
    assert state_ends_at <= screen.table.viewport().width()
    row = [q.id for q in screen.questions].index(queue[1])
    shown = screen.table.item(row, 2).text()
    assert shown.endswith("…")
    assert LONG.startswith(shown[:-1])


def test_a_question_is_selected_by_id_in_a_right_to_left_window(qtbot, runner, calls, queue):
    screen = _loaded(qtbot, runner, calls, right_to_left=True)
    screen.select(queue[1])
    assert screen.selected_id() == queue[1]
    assert not screen.cloud_button.isEnabled()


def test_answering_a_question_selects_no_other_question_after_it_leaves_the_queue(qtbot, runner, calls, queue):
    """The answered question leaves the list: nothing is selected then and nothing can be sent (Qt would have kept
    the top row selected, now another question, with its buttons on)."""
    screen = _loaded(qtbot, runner, calls)
    top, other = [q.id for q in screen.questions]               # saved in the same second: either order
    assert {top, other} == set(queue)
    screen.select(top)                                          # the top row: its place is the other's after
    screen.answer.setPlainText("Ask me in class tomorrow.")
    with qtbot.waitSignal(screen.loaded, timeout=30_000, check_params_cb=lambda n: n == 1):
        screen.answer_button.click()
    assert [q.id for q in screen.questions] == [other]
    assert screen.selected_id() is None
    assert not screen.answer_button.isEnabled() and not screen.material_button.isEnabled()
