"""The course-preparation screens over a real store: an easier reading is made and approved; the
material check lists the engine's findings with their actions; an open question is answered and
leaves the queue; a worksheet of the approved questions is saved as a PDF."""
from __future__ import annotations

from typing import Any

from teacher_fixtures import calls, drafts, teacher_ctx  # noqa: F401

from engine.teacher.check import check_course
from engine.teacher.quiz_review import approve_all_drafts
from engine.teacher.simplify import approved_reading
from ui.teacher.common import table_texts


def _show(qtbot: Any, screen: Any) -> Any:
    qtbot.addWidget(screen)
    screen.resize(1024, 540)
    screen.show()
    return screen


def test_an_easier_reading_is_made_for_a_grade_and_approved(qtbot, runner, teacher_ctx, calls):
    from ui.teacher.reading import ReadingScreen

    screen = _show(qtbot, ReadingScreen(runner, calls))
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        screen.refresh_all()
    qtbot.waitUntil(lambda: screen.passage.count() > 0, timeout=30_000)
    screen.passage.setCurrentIndex(screen.passage.count() - 1)
    screen.grade.setValue(2)
    with qtbot.waitSignal(screen.made, timeout=60_000) as made:
        screen.make_button.click()
    draft = made.args[0]
    assert screen.before.toPlainText() == draft.original
    assert screen.after.toPlainText().startswith(draft.simplified)
    assert screen.after_label.text().endswith(f"{draft.after['words_per_sentence']} words per sentence")
    assert approved_reading(teacher_ctx.store, draft.chunk_id, grade=2) is None
    with qtbot.waitSignal(screen.approved, timeout=30_000):
        screen.approve_button.click()
    assert approved_reading(teacher_ctx.store, draft.chunk_id, grade=2).id == draft.id
    assert not screen.approve_button.isEnabled()


def test_the_material_check_lists_the_engines_findings_with_their_actions(qtbot, runner, teacher_ctx, calls):
    from ui.teacher.check import CheckScreen, action_text, kind_text

    screen = _show(qtbot, CheckScreen(runner, calls))
    with qtbot.waitSignal(screen.loaded, timeout=60_000) as sig:
        screen.refresh_all()
    findings = check_course(teacher_ctx.store, "Fractions")
    assert sig.args[0] == len(findings) > 0
    shown = table_texts(screen.table)
    assert [(r[1], r[2], r[3]) for r in shown] == [(kind_text(f.kind), f.message, action_text(f.action)) for f in findings]
    assert kind_text("no_quiz") in [r[1] for r in shown]          # nothing approved yet: every lesson lacks questions


def test_an_open_question_answered_by_the_teacher_leaves_the_queue_and_reaches_the_learner(qtbot, runner, teacher_ctx,
                                                                                          calls):
    from app.teacher_gui import JOURNAL_FILE
    from engine.escalation.journal import EscalationJournal
    from ui.teacher.questions import QuestionsScreen

    ama = teacher_ctx.learners.create("Ama", grade=4)
    with EscalationJournal(teacher_ctx.settings.home / JOURNAL_FILE) as journal:
        journal.save_for_later("Why do we flip the second fraction when we divide?", learner_id=ama.id,
                               require_approval=True)
    screen = _show(qtbot, QuestionsScreen(runner, calls))
    with qtbot.waitSignal(screen.loaded, timeout=30_000) as sig:
        screen.refresh_all()
    assert sig.args[0] == 1
    assert table_texts(screen.table)[0][1:] == ["Ama", "Why do we flip the second fraction when we divide?",
                                                "Saved for the cloud", "Waiting for you to approve"]
    screen.select(screen.questions[0].id)
    screen.answer.setPlainText("Dividing by a fraction is the same as multiplying by its flip.")
    with qtbot.waitSignal(screen.loaded, timeout=30_000, check_params_cb=lambda n: n == 0):
        screen.answer_button.click()
    said = teacher_ctx.store.db.execute(
        "SELECT m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.learner_id = ?"
        " AND m.role = 'tutor'", [ama.id]).fetchall()
    assert said == [("Dividing by a fraction is the same as multiplying by its flip.",)]


def test_a_worksheet_of_the_approved_questions_is_saved_as_pdf(qtbot, runner, teacher_ctx, calls, tmp_path):
    from ui.teacher.worksheet import WorksheetScreen

    made = drafts(teacher_ctx, 4)
    approve_all_drafts(teacher_ctx.store, "Fractions")
    screen = _show(qtbot, WorksheetScreen(runner, calls))
    with qtbot.waitSignal(screen.loaded, timeout=30_000) as sig:
        screen.refresh_all()
    assert sig.args[0] == len(made)
    assert screen.lesson.count() == 1 + 3                          # the whole course + its three lessons
    screen.large_print.setChecked(True)
    out = tmp_path / "fractions.pdf"
    with qtbot.waitSignal(screen.saved, timeout=60_000):
        screen.save_to(out)
    assert out.read_bytes().startswith(b"%PDF")


def test_every_control_of_every_teacher_screen_has_an_accessible_name(qtbot, runner, teacher_ctx, calls):
    from ui.common.a11y import unnamed_controls
    from ui.teacher.alerts import AlertsInbox
    from ui.teacher.check import CheckScreen
    from ui.teacher.classview import ClassScreen
    from ui.teacher.outline import OutlineScreen
    from ui.teacher.questions import QuestionsScreen
    from ui.teacher.quizzes import QuizReview
    from ui.teacher.reading import ReadingScreen
    from ui.teacher.worksheet import WorksheetScreen

    drafts(teacher_ctx, 4)
    for kind in (QuizReview, ClassScreen, AlertsInbox, OutlineScreen, ReadingScreen, CheckScreen, QuestionsScreen,
                 WorksheetScreen):
        screen = _show(qtbot, kind(runner, calls))
        with qtbot.waitSignal(screen.loaded, timeout=60_000):
            screen.refresh_all()
        unnamed = [(type(w).__name__, type(w.parentWidget()).__name__) for w in unnamed_controls(screen)]
        assert unnamed == [], kind.__name__
