"""What the screenshots of the kiosk showed wrong, held by geometry and text checks: number boxes and drop-downs
without arrows, bare scroll bar and slider parts, a quiz's "hard" box with no question, a long answer scrolled
past its start, an empty lesson reader, lesson titles cut off sideways."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (QApplication, QComboBox, QDoubleSpinBox, QScrollBar, QSlider, QSpinBox, QStyle,
                               QStyleOptionComboBox, QStyleOptionSlider, QStyleOptionSpinBox, QVBoxLayout, QWidget)
from test_learner_quiz import engine_quiz_answer, store  # noqa: F401

from engine.turn import Text
from engine.store import new_id, utc_now
from engine.tutor.learners import LearnerBook
from engine.tutor.session import QuizSession
from ui.common.theme import ARROW_BUTTON_PX, THEMES, TOUCH_TARGET_PX, apply_theme, theme_for


@pytest.fixture
def themed() -> Iterator[Any]:
    app = QApplication.instance()
    before = (app.font(), app.styleSheet())

    def use(name: str) -> None:
        apply_theme(app, theme_for([name] if name != "calm" else []))

    yield use
    app.setFont(before[0])
    app.setStyleSheet(before[1])


def _dark_pixels(widget: QWidget, rect: QRect) -> int:
    """Pixels in `rect` far from the rect's own corner colour: something (an arrow) is drawn there."""
    img = widget.grab().toImage()
    base = img.pixelColor(rect.left() + 2, rect.top() + 2)
    n = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            c = img.pixelColor(x, y)
            if abs(c.lightness() - base.lightness()) > 100:
                n += 1
    return n


@pytest.mark.parametrize("theme", list(THEMES))
def test_number_boxes_and_drop_downs_show_finger_sized_arrows(qtbot, themed, theme) -> None:  # type: ignore[no-untyped-def]
    themed(theme)
    box = QWidget()
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    spin, real, combo = QSpinBox(), QDoubleSpinBox(), QComboBox()
    spin.setValue(10)
    combo.addItems(["Sample: Science and Maths"])
    for w in (spin, real, combo):
        column.addWidget(w)
    box.resize(420, 240)
    box.show()
    qtbot.waitExposed(box)
    for s in (spin, real):
        opt = QStyleOptionSpinBox()
        s.initStyleOption(opt)
        up = s.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, opt, QStyle.SubControl.SC_SpinBoxUp, s)
        down = s.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, opt, QStyle.SubControl.SC_SpinBoxDown, s)
        for part in (up, down):
            assert part.width() >= ARROW_BUTTON_PX and part.height() >= TOUCH_TARGET_PX - 8, (theme, part)
            assert s.rect().contains(part)
            assert _dark_pixels(s, part) > 10, (theme, "no arrow drawn")
        assert not up.intersects(down)
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    arrow = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxArrow,
                                         combo)
    assert arrow.width() >= ARROW_BUTTON_PX and combo.rect().contains(arrow)
    assert _dark_pixels(combo, arrow) > 10, (theme, "no arrow drawn")


@pytest.mark.parametrize("theme", ["calm", "low_vision"])
def test_scroll_bars_have_no_tiny_arrow_buttons_and_the_slider_handle_is_big(qtbot, themed, theme) -> None:  # type: ignore[no-untyped-def]
    themed(theme)
    bar, slider = QScrollBar(Qt.Orientation.Horizontal), QSlider(Qt.Orientation.Horizontal)
    for w in (bar, slider):
        qtbot.addWidget(w)
        w.resize(200, 44)
        w.show()
    opt = QStyleOptionSlider()
    bar.initStyleOption(opt)
    for part in (QStyle.SubControl.SC_ScrollBarAddLine, QStyle.SubControl.SC_ScrollBarSubLine):
        assert bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, opt, part, bar).width() == 0
    sopt = QStyleOptionSlider()
    slider.initStyleOption(sopt)
    handle = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, sopt, QStyle.SubControl.SC_SliderHandle,
                                           slider)
    assert handle.width() >= 24 and slider.height() >= TOUCH_TARGET_PX


def test_quiz_shows_the_hard_box_only_with_a_question(qtbot, runner, store) -> None:  # type: ignore[no-untyped-def]
    from ui.quiz_view import QuizView

    now = utc_now()
    with store.write() as db:
        db.execute("INSERT INTO courses (id, name, language, created_at, updated_at) VALUES (?, 'Art', 'en', ?, ?)",
                   [new_id(), now, now])
    ana = LearnerBook(store).create("Ana")
    quiz = QuizView(runner, answer_fn=engine_quiz_answer(store))
    qtbot.addWidget(quiz)
    quiz.show()
    assert not quiz.hard.isVisible()
    quiz.start(QuizSession(store, ana, "Art"))          # no approved questions
    qtbot.waitUntil(lambda: "no approved questions" in quiz.question.text(), timeout=30_000)
    assert not quiz.hard.isVisible()
    quiz.start(QuizSession(store, ana, "Science"))
    qtbot.waitUntil(lambda: quiz.item is not None, timeout=30_000)
    assert quiz.hard.isVisible()


def _answer(question: str, **_kw: Any) -> Iterator[Any]:
    if question.startswith("long"):
        yield Text(" ".join(f"Sentence {i} of a long answer about lava and rock." for i in range(40)))
    else:
        yield Text("A short answer.")


def test_a_long_answer_stays_in_view_from_its_question(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    from ui.chat_view import ChatView

    chat = ChatView(runner, _answer)
    qtbot.addWidget(chat)
    chat.resize(600, 360)
    chat.show()
    for q in ("first question", "second question", "long third question"):
        with qtbot.waitSignal(chat.answer_finished, timeout=30_000):
            chat.send(q)
    bar = chat.scroll.verticalScrollBar()
    question = chat.messages()[-2]
    assert question.text == "long third question"
    qtbot.waitUntil(lambda: bar.maximum() > question.y() + 200, timeout=10_000)   # the answer is taller than the panel
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=10_000)
    # The question's top is in view (not scrolled past), and the earlier turns are scrolled away above it.
    assert question.y() - 20 <= bar.value() <= question.y()


def test_home_reader_says_what_to_do_and_long_lesson_titles_wrap(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    from ui.learner.home import LearnerHome

    title = "How plants make their own food from sunlight, water and air"
    home = LearnerHome(runner, lambda learner, course: {"lessons": [{"title": title, "text": "Leaves."}],
                                                        "next_step": "Read a lesson.", "suggestions": []})
    qtbot.addWidget(home)
    home.resize(700, 600)
    home.show()
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.set_learner(None)
    assert home.current_lesson_text() == "" and home.reader.placeholderText() != ""
    home.lessons.setFixedWidth(180)
    QApplication.processEvents()
    assert home.lessons.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    row = home.lessons.visualItemRect(home.lessons.item(0))
    assert row.width() <= home.lessons.viewport().width()
    assert row.height() >= 2 * home.lessons.fontMetrics().height()     # wrapped onto more lines, all shown


def test_top_bar_has_no_empty_picture_slot_and_teacher_buttons_keep_off_the_edge(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon, QPixmap

    from ui.main_window import MainWindow

    win = MainWindow(runner)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    win.show_sign_in()
    QApplication.processEvents()
    assert not win.who_icon.isVisible() and win.who.x() <= 12     # "Lantern" starts at the bar's margin
    picture = QPixmap(36, 36)
    picture.fill(Qt.GlobalColor.blue)
    win.show_learner("Ana", QIcon(picture))
    QApplication.processEvents()
    assert win.who_icon.isVisible() and win.who.x() > win.who_icon.x() + 36
    win.show_teacher()
    QApplication.processEvents()
    assert not win.who_icon.isVisible()
    right = win.teacher_back.mapTo(win, win.teacher_back.rect().topRight()).x()
    assert right <= win.width() - 8


def test_name_in_the_top_bar_sits_beside_the_picture_in_a_right_to_left_window(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon, QPixmap

    from ui.main_window import MainWindow

    win = MainWindow(runner)
    qtbot.addWidget(win)
    win.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    win.resize(1024, 600)
    win.show()
    picture = QPixmap(36, 36)
    picture.fill(Qt.GlobalColor.blue)
    win.show_learner("Ana", QIcon(picture))
    QApplication.processEvents()
    # The label is as wide as the name and ends just left of the picture (a stretched label put "Ana" at the far end).
    assert win.who.width() <= win.who.sizeHint().width() + 2
    assert 0 < win.who_icon.x() - (win.who.x() + win.who.width()) <= 20


def _english_with_a_note(question: str, **_kw: Any) -> Iterator[Any]:
    from engine.turn.items import Notice, NoticeKind, Text, TurnDone, TurnKind

    yield Text("Volcanic ash makes rich soil.")
    yield Notice(NoticeKind.LANGUAGE_NOTE, "ملاحظة: جزء من هذه الإجابة بالإنجليزية.")
    yield TurnDone(kind=TurnKind.ANSWER)


def test_a_notice_in_an_answer_is_its_own_line(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    from ui.chat_view import ChatView

    chat = ChatView(runner, _english_with_a_note)
    qtbot.addWidget(chat)
    with qtbot.waitSignal(chat.answer_finished, timeout=30_000) as sig:
        chat.send("why is soil near volcanoes good")
    assert sig.args[0].text == "Volcanic ash makes rich soil.\nملاحظة: جزء من هذه الإجابة بالإنجليزية."


def test_progress_words_sit_above_the_bar_not_across_its_colours(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from engine.tutor.profile import LearnerProfile
    from ui.mastery_view import MasteryView

    ana = LearnerProfile(id="a1", name="Ana")
    report = {"learner": {"id": "a1"}, "mastery": [{"skill": "The Water Cycle", "label": "learning", "level": 0.55}],
              "reviews_due_now": 0, "next_reviews": [], "plan": []}
    view = MasteryView(runner, lambda learner, **_kw: report)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.set_learner(ana)
    bar = view.bars()["The Water Cycle"]
    assert bar.value() == 55 and not bar.isTextVisible()
    words = [w for w in view.findChildren(QLabel) if w.text() == "The Water Cycle: learning (55%)"]
    assert len(words) == 1 and words[0].buddy() is bar


def test_the_first_theme_reaches_widgets_that_already_exist(qtbot, themed) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QPushButton

    app = QApplication.instance()
    app.setStyleSheet("")                     # as at start-up: no theme yet (the fixture puts the old one back)
    box = QWidget()
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    hint, button = QLabel("Touch your picture"), QPushButton("Teacher")
    column.addWidget(hint)
    column.addWidget(button)
    box.show()
    QApplication.processEvents()
    themed("calm")
    QApplication.processEvents()
    size = app.font().pointSizeF()
    assert hint.font().pointSizeF() == size and button.font().pointSizeF() == size


def test_quiz_feedback_scrolls_into_view_in_a_short_panel(qtbot, runner, store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    from ui.quiz_view import QuizView

    ana = LearnerBook(store).create("Ana")
    quiz = QuizView(runner, answer_fn=engine_quiz_answer(store))
    qtbot.addWidget(quiz)
    quiz.resize(600, 190)                      # the quiz panel's height at 1024x600 in a large theme
    quiz.show()
    quiz.start(QuizSession(store, ana, "Science"))
    qtbot.waitUntil(lambda: quiz.item is not None, timeout=30_000)
    for _ in range(8):                         # a question with choices: they push the feedback down
        if quiz.item.choices:
            break
        quiz.next_question()
        qtbot.waitUntil(lambda: quiz.item is not None, timeout=30_000)
    if quiz.item.choices:
        quiz.choice_buttons()[-1].setChecked(True)
    else:
        quiz.short.setText("not the answer")
    with qtbot.waitSignal(quiz.answered, timeout=30_000):
        quiz.check_button.click()
    viewport = quiz.scroll.viewport()

    def feedback_in_view() -> bool:
        top = quiz.feedback.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + min(quiz.feedback.height(), viewport.height()) <= viewport.height()

    qtbot.waitUntil(feedback_in_view, timeout=5_000)
    assert quiz.scroll.verticalScrollBar().value() > 0


@pytest.mark.parametrize("theme", ["calm", "low_vision"])
def test_a_tab_row_wider_than_the_window_has_visible_arrows(qtbot, themed, theme) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QTabWidget, QToolButton

    themed(theme)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for name in ("Library", "Learners", "Quizzes", "Class", "Alerts", "Outline", "Reading", "Check", "Questions",
                 "Worksheet", "Settings"):
        tabs.addTab(QLabel(name), name)
    tabs.resize(700, 200)
    tabs.show()
    qtbot.waitExposed(tabs)
    arrows = [b for b in tabs.tabBar().findChildren(QToolButton) if b.isVisible()]
    assert len(arrows) == 2
    right = max(arrows, key=lambda b: b.x())
    assert right.isEnabled() and right.width() >= 36 and right.height() >= 36
    assert _dark_pixels(right, right.rect().adjusted(4, 4, -4, -4)) > 10, "no arrow drawn"


def test_without_speakers_the_voice_strip_is_one_row_with_the_note(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    from ui.chat_view import ChatView
    from ui.voice import MicButton, ReadAloud
    from ui.voice_chat import ChatVoice

    chat = ChatView(runner, _answer)
    qtbot.addWidget(chat)
    mic = MicButton(lambda: None, runner, source=None, unavailable_reason="No microphone was found.")
    reader = ReadAloud(lambda: None, runner, sink_factory=lambda: None, voice_language="en", voice_label="English")
    problem = "No speakers or headphones were found. Ask your teacher to plug some in."
    voice = ChatVoice(chat, mic=mic, read_aloud=reader, speaker_problem=problem)
    chat.resize(1024, 400)
    chat.show()
    qtbot.waitExposed(chat)
    assert not voice.auto_read.isVisible() and not voice.rate.isVisible() and not voice.speed_label.isVisible()
    assert voice.speaker_note.isVisible() and voice.speaker_note.text() == problem
    # The note is beside the microphone, not on a row of its own under it.
    top = mic.mapTo(chat, mic.rect().topLeft()).y()
    note_top = voice.speaker_note.mapTo(chat, voice.speaker_note.rect().topLeft()).y()
    assert note_top < top + mic.height()
    assert mic.status.x() - (mic.x() + mic.width()) >= 10      # beside it, not touching it
    assert voice.options.height() <= mic.height() + 30
    # and no dead Read aloud button under each message
    with qtbot.waitSignal(chat.answer_finished, timeout=30_000):
        chat.send("first question")
    assert [voice.button_for(m).isVisibleTo(chat) for m in chat.messages()] == [False, False]
    assert not voice.button_for(chat.messages()[0]).isEnabled()
