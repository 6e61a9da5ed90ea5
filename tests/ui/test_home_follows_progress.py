"""The learner's Home follows their progress (issue #10, Changes): a quiz answer on the Tutor tab reports
`Changes(progress=True)` (engine/turn/items.py `QuizTurn.changes`), the window sends it to every view, and
the Home's next step is loaded again when the learner comes back to it. Before, it kept the step it showed
at sign-in until the next sign-in. Real window, store, safety filter and sample course."""
from __future__ import annotations

from kiosk_fixtures import card, kiosk_ctx, one_short_question, open_quiz, window  # noqa: F401

from engine.changes import Changes
from engine.turn import QuizTurn


def test_a_quiz_turn_reports_progress_only_when_it_was_graded_or_alerted() -> None:
    assert QuizTurn(object()).changes == Changes(progress=True)
    assert QuizTurn(None, alert="self_harm").changes == Changes(progress=True)
    assert not QuizTurn(None).changes                      # answered kindly, nothing saved


def test_home_shows_the_next_step_after_a_quiz_answer(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    short = one_short_question(qtbot, kiosk_ctx)
    kiosk_ctx.learners.create("Ravi")
    window.sign_in.refresh()
    qtbot.waitUntil(lambda: any(c.text() == "Ravi" for c in window.sign_in.cards), timeout=60_000)
    card(window, "Ravi").click()
    home = window.home
    qtbot.waitUntil(lambda: home.next_step.text().startswith("Start the lesson"), timeout=60_000)
    before = home.next_step.text()                          # nothing practised yet: a lesson to start

    view = open_quiz(qtbot, window)
    view.short.setText("a completely wrong answer")
    with qtbot.waitSignal(view.changed, timeout=60_000) as sig:
        view.check_button.click()
    assert sig.args[0] == Changes(progress=True)

    window.tabs.setCurrentWidget(home)
    qtbot.waitUntil(lambda: home.next_step.text() != before, timeout=60_000)
    assert home.next_step.text().startswith(f'Practise "{short.skill}"'), home.next_step.text()
