"""`lantern teacher questions` with a saved question the hub refused as too long: listed with its state
in words (and `not_sendable` in --json), refused for the cloud with the engine's words, answered by
the teacher. Real data folder, real store, real escalation journal."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.commands.teacher import JOURNAL_FILE

LONG = ("Why do the leaves of the trees change colour in autumn and why do they fall when the cold comes? " * 20).strip()


@pytest.fixture
def refused(home: Path) -> str:
    """Ama's saved question, refused by the hub as too long. Returns its open-question id."""
    from engine.escalation.journal import EscalationJournal
    from engine.store import Store
    from engine.tutor.learners import LearnerBook

    with Store.open(home) as store:
        ama = LearnerBook(store).create("Ama", grade=4)
    with EscalationJournal(home / JOURNAL_FILE) as journal:
        saved = journal.save_for_later(LONG, learner_id=ama.id)
        journal.mark_not_sendable(saved.id, "question_refused: too_long", "Too long to send.")
    return f"cloud:{saved.id}"


def test_questions_list_shows_a_question_too_long_for_the_cloud_tutor(refused, capsys):
    assert main(["teacher", "questions", "list"]) == 0
    assert capsys.readouterr().out.strip() == f"{refused}  [too long for the cloud tutor] Ama: {LONG}"
    assert main(["teacher", "questions", "list", "--json"]) == 0
    [q] = json.loads(capsys.readouterr().out)
    assert (q["id"], q["status"], q["sendable"]) == (refused, "not_sendable", False)


def test_questions_cloud_refuses_a_question_too_long_for_the_cloud_tutor_and_answer_takes_it(refused, capsys):
    assert main(["teacher", "questions", "cloud", refused]) != 0
    assert "too long for the cloud tutor" in capsys.readouterr().err
    assert main(["teacher", "questions", "answer", refused, "Less sunlight.", "--json"]) == 0
    capsys.readouterr()
    assert main(["teacher", "questions", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
