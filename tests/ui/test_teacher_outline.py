"""The teacher's Outline screen in the real window: the path the engine built with its reasons; a
move the teacher makes is warned about, and once published the learner's home lists the lessons
in that order."""
from __future__ import annotations

from kiosk_fixtures import card, kiosk_ctx, window  # noqa: F401
from teacher_fixtures import import_fractions

from engine.changes import Changes
from engine.tutor.learners import TeacherLock


def test_a_published_outline_orders_the_learners_home(qtbot, window, kiosk_ctx):
    # On the window's "db" lane, as the Library screen imports: the first-start library work
    # (sample course, resuming interrupted imports) runs there too, and would otherwise take the
    # half-imported document for an interrupted one.
    imported: list[str] = []
    window.runner.single(import_fractions, kiosk_ctx, lane="db").on_done(imported.append).start()
    qtbot.waitUntil(lambda: bool(imported), timeout=120_000)
    TeacherLock(kiosk_ctx.store).set_pin("2468")
    kiosk_ctx.learners.create("Ama", grade=4)
    screen = window.teacher_outline
    window.teacher_requested.emit()
    qtbot.waitUntil(lambda: getattr(window, "teacher_dialog", None) is not None, timeout=30_000)
    window.teacher_dialog.pin.setText("2468")
    with qtbot.waitSignal(window.teacher_alerts.loaded, timeout=30_000):
        window.teacher_dialog.submit()
    shown: list = []
    screen.loaded.connect(shown.append)
    window.teacher_tabs.setCurrentWidget(screen)                        # a screen loads when it is shown
    qtbot.waitUntil(lambda: screen.course.findText("Fractions") >= 0, timeout=60_000)
    screen.course.setCurrentText("Fractions")                          # the kiosk also has the sample courses
    qtbot.waitUntil(lambda: bool(shown) and shown[-1].course_name == "Fractions", timeout=60_000)
    outline = shown[-1]
    assert [x.title for x in outline.lessons] == ["Fractions", "Improper fractions", "Mixed numbers"]
    assert screen.tree.topLevelItem(0).child(1).text(1) == \
        "after 'Fractions' because it uses 'fraction', defined there"

    mixed = outline.lessons[2].id
    screen.select("lesson", mixed)
    with qtbot.waitSignal(screen.loaded, timeout=30_000) as moved:
        screen.up_button.click()
    assert [x.title for x in moved.args[0].lessons] == ["Fractions", "Mixed numbers", "Improper fractions"]
    assert screen.warnings.isVisible()
    assert "'Mixed numbers' uses 'proper fraction' before 'Improper fractions' defines it." in screen.warnings.text()
    reported: list[Changes] = []
    window.changed.connect(reported.append)
    with qtbot.waitSignal(screen.published, timeout=30_000):
        screen.publish_button.click()
    assert not screen.publish_button.isEnabled()
    assert reported == [Changes(library=True)]            # what the engine said publishing changed, as it is

    window.teacher_back.click()
    window.sign_in.refresh()
    qtbot.waitUntil(lambda: any(c.text() == "Ama" for c in window.sign_in.cards), timeout=30_000)
    with qtbot.waitSignal(window.session.signed_in, timeout=30_000):
        card(window, "Ama").click()
    lessons = window.home.lessons
    qtbot.waitUntil(lambda: lessons.count() == 3, timeout=30_000)
    assert [lessons.item(i).text() for i in range(3)] == ["Fractions", "Mixed numbers", "Improper fractions"]
