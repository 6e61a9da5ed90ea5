"""A teacher's action on the Questions screen reaches the Material check through the one Changes value: the
check lists the questions the lessons did not cover, and one the teacher has answered leaves it the next time
the check is shown - before, the check kept it until the teacher locked and unlocked again."""
from __future__ import annotations

from kiosk_fixtures import kiosk_ctx, window  # noqa: F401
from teacher_fixtures import import_fractions

from engine.changes import Changes
from engine.tutor.learners import TeacherLock
from engine.tutor.library_answer import NOT_COVERED, Citations, record_turn

QUESTION = "Why do volcanoes erupt?"


def test_a_question_the_teacher_answered_leaves_the_material_check(qtbot, window, kiosk_ctx):
    imported: list[str] = []
    window.runner.single(import_fractions, kiosk_ctx, lane="db").on_done(imported.append).start()
    qtbot.waitUntil(lambda: bool(imported), timeout=120_000)
    ama = kiosk_ctx.learners.create("Ama", grade=4)
    record_turn(kiosk_ctx.store, question=QUESTION, answer=NOT_COVERED["en"], citations=Citations((), covered=False),
                learner_id=ama.id, course_id=imported[0])
    TeacherLock(kiosk_ctx.store).set_pin("2468")
    window.teacher_requested.emit()
    qtbot.waitUntil(lambda: getattr(window, "teacher_dialog", None) is not None, timeout=30_000)
    window.teacher_dialog.pin.setText("2468")
    with qtbot.waitSignal(window.teacher_alerts.loaded, timeout=30_000):
        window.teacher_dialog.submit()

    check, questions = window.teacher_check, window.teacher_questions
    checked: list[int] = []
    check.loaded.connect(checked.append)
    window.teacher_tabs.setCurrentWidget(check)                       # first shown: it loads
    qtbot.waitUntil(lambda: check.course.findText("Fractions") >= 0, timeout=60_000)
    check.course.setCurrentText("Fractions")
    qtbot.waitUntil(lambda: bool(checked) and check.course.currentText() == "Fractions"
                    and any(QUESTION in f.message for f in check.findings), timeout=120_000)

    with qtbot.waitSignal(questions.loaded, timeout=30_000):
        window.teacher_tabs.setCurrentWidget(questions)
    questions.select(next(q.id for q in questions.questions if q.question == QUESTION))
    questions.answer.setPlainText("Melted rock under pressure pushes up through the crust.")
    reported: list[Changes] = []
    window.changed.connect(reported.append)
    with qtbot.waitSignal(questions.loaded, timeout=30_000, check_params_cb=lambda n: n == 0):
        questions.answer_button.click()
    assert reported == [Changes(questions=True)]                     # what the engine said, as it is
    assert check in window.teacher_stale

    checked.clear()
    window.teacher_tabs.setCurrentWidget(check)                       # shown again: it reloads
    qtbot.waitUntil(lambda: bool(checked), timeout=120_000)
    assert not any(QUESTION in f.message for f in check.findings)
