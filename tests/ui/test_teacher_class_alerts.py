"""The Class screen shows the store's numbers and exports exactly its rows; the Alerts inbox shows
time, learner and category, and marking an alert as seen clears it from the unread count."""
from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from typing import Any

from teacher_fixtures import calls, drafts, teacher_ctx  # noqa: F401

from engine.teacher.classview import class_csv, class_rows
from engine.teacher.quiz_review import approve_all_drafts
from engine.tutor.grading import Grade
from engine.tutor.progress import record_alert, record_attempt
from ui.teacher.common import table_texts

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _answer(ctx: Any, learner: Any, item: Any, correct: bool, *, minutes: int, ms: int) -> None:
    grade = Grade(correct, 1.0 if correct else 0.0, "exact", item.answer)
    record_attempt(ctx.store, learner.id, item, item.answer if correct else "no", grade, duration_ms=ms,
                   now=T0 + timedelta(minutes=minutes))


def _classroom(ctx: Any) -> dict[str, Any]:
    items = drafts(ctx, 6)
    approve_all_drafts(ctx.store, "Fractions")
    ama, kofi, esi = (ctx.learners.create(n, grade=4) for n in ("Ama", "Kofi", "Esi"))
    hard = items[0]
    easy = next(i for i in items if i.skill != hard.skill)
    _answer(ctx, ama, hard, False, minutes=0, ms=12_000)
    _answer(ctx, ama, hard, True, minutes=1, ms=8_000)
    _answer(ctx, kofi, hard, False, minutes=2, ms=20_000)
    _answer(ctx, esi, hard, True, minutes=3, ms=5_000)
    _answer(ctx, ama, easy, True, minutes=60 * 24, ms=3_000)
    return {"hard": hard, "easy": easy, "ama": ama}


def test_class_view_numbers_equal_the_stores_and_the_csv_has_the_same_rows(qtbot, runner, teacher_ctx, calls, tmp_path):
    from ui.teacher.classview import ClassScreen, class_table_rows

    room = _classroom(teacher_ctx)
    screen = ClassScreen(runner, calls)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=30_000) as sig:
        screen.refresh_all()
    rows = class_rows(teacher_ctx.store, "Fractions")
    assert sig.args[0] == len(rows) == 3 * len({r.lesson for r in rows})
    shown = table_texts(screen.table)
    assert shown == [[str(v) for v in row] for row in class_table_rows(rows)]
    ama_hard = shown[[(r.learner, r.lesson) for r in rows].index(("Ama", room["hard"].skill))]
    db = teacher_ctx.store.db
    tried, right, ms = db.execute("SELECT count(*), SUM(correct), SUM(duration_ms) FROM quiz_attempts WHERE learner_id = ?"
                                  " AND quiz_item_id = ?", [room["ama"].id, room["hard"].id]).fetchone()
    assert ama_hard[2:4] == [str(tried), str(right)] == ["2", "1"]
    assert ama_hard[7] == f"{ms / 60_000:.1f}"
    level = db.execute("SELECT level FROM mastery WHERE learner_id = ? AND skill = ?",
                       [room["ama"].id, room["hard"].skill]).fetchone()[0]
    assert ama_hard[4] == f"{round(level * 100)}%"
    assert sum(int(r[2]) for r in shown) == db.execute("SELECT count(*) FROM quiz_attempts").fetchone()[0]

    difficult = table_texts(screen.difficult)
    assert difficult == [[room["hard"].question, room["hard"].skill, "2 of 3 (67%)"]]
    days = [(p.day, p.attempts) for p in screen.chart._points]
    assert days == [("2026-03-02", 4), ("2026-03-03", 1)]

    out = tmp_path / "class.csv"
    with qtbot.waitSignal(screen.exported, timeout=30_000):
        screen.export_to(out)
    exported = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert out.read_text(encoding="utf-8") == class_csv(rows)
    header, body = exported[0], exported[1:]
    pick = [header.index(k) for k in ("learner", "lesson", "attempts", "correct", "due_reviews")]
    assert [[r[k] for k in pick] for r in body] == [[row[0], row[1], row[2], row[3], row[5]] for row in shown]


def test_acknowledging_alerts_clears_the_unread_badge(qtbot, runner, teacher_ctx, calls):
    from ui.teacher.alerts import AlertsInbox

    mia = teacher_ctx.learners.create("Mia", grade=3)
    first = record_alert(teacher_ctx.store, mia.id, category="self_harm", source="chat")
    second = record_alert(teacher_ctx.store, None, category="bullying", source="tutor")
    inbox = AlertsInbox(runner, calls)
    qtbot.addWidget(inbox)
    inbox.show()
    with qtbot.waitSignal(inbox.unread_changed, timeout=30_000) as sig:
        inbox.refresh_all()
    assert sig.args == [2]
    assert inbox.title(2) == "Alerts (2 new)"
    shown = table_texts(inbox.table)
    assert sorted(r[1:] for r in shown) == [["Guest", "Bullying", "Tutor", "New"],
                                            ["Mia", "Self-harm or suicide", "Ask", "New"]]

    inbox.select(first)
    inbox.note.setText("Talked with Mia and her parents.")
    with qtbot.waitSignal(inbox.unread_changed, timeout=30_000, check_params_cb=lambda n: n == 1):
        inbox.ack_button.click()
    row = next(r for r in table_texts(inbox.table) if r[1] == "Mia")
    assert row[4] == "Seen: Talked with Mia and her parents."
    assert teacher_ctx.store.db.execute("SELECT note FROM alert_acks WHERE event_id = ?", [first]).fetchone()[0] \
        == "Talked with Mia and her parents."
    inbox.select(second)
    with qtbot.waitSignal(inbox.unread_changed, timeout=30_000, check_params_cb=lambda n: n == 0):
        inbox.ack_button.click()
    assert inbox.title(0) == "Alerts"


def test_the_hub_view_on_a_kiosk_without_a_hub_says_so_and_shows_this_kiosks_numbers(qtbot, runner, teacher_ctx,
                                                                                     calls):
    from ui.teacher.classview import ClassScreen

    _classroom(teacher_ctx)
    screen = ClassScreen(runner, calls)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        screen.refresh_all()
    with qtbot.waitSignal(screen.loaded, timeout=30_000) as sig:
        screen.source.setCurrentIndex(screen.source.findData("hub"))
    assert sig.args[0] == len(class_rows(teacher_ctx.store, "Fractions"))
    assert screen.source_used == "kiosk"
    assert screen.note.text() == "This kiosk is not connected to a school hub: these are this kiosk's numbers."


def test_an_alert_chosen_in_a_right_to_left_window_is_the_one_acknowledged(qtbot, runner, teacher_ctx, calls):
    """Qt's selectRow selects nothing in a right-to-left table: the inbox in Arabic lost the alert the teacher
    had chosen, on select and again on each refresh."""
    from PySide6.QtCore import Qt

    from ui.teacher.alerts import AlertsInbox

    noor = teacher_ctx.learners.create("Noor", grade=5)
    first = record_alert(teacher_ctx.store, noor.id, category="abuse", source="chat")
    record_alert(teacher_ctx.store, None, category="bullying", source="tutor")
    inbox = AlertsInbox(runner, calls)
    inbox.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(inbox)
    inbox.resize(1024, 600)
    inbox.show()
    with qtbot.waitSignal(inbox.loaded, timeout=30_000):
        inbox.refresh_all()
    inbox.select(first)
    assert inbox.selected_id() == first
    with qtbot.waitSignal(inbox.loaded, timeout=30_000):
        inbox.refresh_all()
    assert inbox.selected_id() == first                 # kept across the refresh
    with qtbot.waitSignal(inbox.unread_changed, timeout=30_000, check_params_cb=lambda n: n == 1):
        inbox.ack_button.click()
    assert teacher_ctx.store.db.execute("SELECT count(*) FROM alert_acks WHERE event_id = ?", [first]).fetchone()[0] == 1


def test_marking_an_alert_seen_with_only_new_alerts_shown_selects_no_other_learners_alert(qtbot, runner, teacher_ctx,
                                                                                          calls):
    """The alert just marked leaves the 'only new' list: nothing is selected then, and nothing can be marked
    (Qt would have moved the selection to another learner's alert, and the button stayed on)."""
    from PySide6.QtCore import Qt

    from ui.teacher.alerts import AlertsInbox

    mia, leo = teacher_ctx.learners.create("Mia", grade=3), teacher_ctx.learners.create("Leo", grade=3)
    alerts = [record_alert(teacher_ctx.store, who.id, category="bullying", source="tutor") for who in (leo, mia)]
    inbox = AlertsInbox(runner, calls)
    qtbot.addWidget(inbox)
    inbox.show()
    with qtbot.waitSignal(inbox.loaded, timeout=30_000):
        inbox.unread_only.setChecked(True)
    first = inbox.table.item(0, 0).data(Qt.ItemDataRole.UserRole)    # the top row: its place is Leo's after
    assert first in alerts and table_texts(inbox.table)[0][1] == "Mia"
    inbox.select(first)
    with qtbot.waitSignal(inbox.loaded, timeout=30_000, check_params_cb=lambda n: n == 1):
        inbox.ack_button.click()
    assert [r[1] for r in table_texts(inbox.table)] == ["Leo"]
    assert inbox.selected_id() is None
    assert not inbox.ack_button.isEnabled() and not inbox.note.isEnabled()


def test_the_last_column_fills_the_row_after_each_fill(qtbot):
    """Resizing the columns to their contents after a fill shrank the last one too, so every teacher table
    ended half way across the screen with the teacher's notes ("Seen: ...") squeezed in a narrow column."""
    from ui.teacher.common import fill_table, make_table

    table = make_table(["Time", "Learner", "Seen"], name="alerts")
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    fill_table(table, [["9:00", "Ama", "New"]])
    header = table.horizontalHeader()
    assert sum(header.sectionSize(i) for i in range(3)) == table.viewport().width()
    # wider than the screen: the last column keeps the width of its text (the table scrolls), never Qt's 100 px
    seen = "Seen: talked with Ama and her parents after school, and the counsellor will see her on Monday"
    fill_table(table, [["9:00", "Ama " * 60, seen]])
    assert header.sectionSize(2) >= table.sizeHintForColumn(2) > 100
