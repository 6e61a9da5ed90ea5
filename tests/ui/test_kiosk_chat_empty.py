"""The empty chat: a friendly hint and up to 3 questions from the course's own headings; one touch asks it."""
from __future__ import annotations

from kiosk_fixtures import card, kiosk_ctx, scripted_chat, window  # noqa: F401
from PySide6.QtCore import Qt


def test_empty_chat_offers_the_course_questions_and_one_touch_asks_it(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    kiosk_ctx.learners.create("Noor", avatar="sun", language="en")
    # The bundled sample course (its headings make the questions) is imported on a worker at first start.
    qtbot.waitUntil(lambda: len(window.library.documents_shown()) >= 1, timeout=600_000)
    window.sign_in.refresh()
    qtbot.waitUntil(lambda: any(c.text() == "Noor" for c in window.sign_in.cards), timeout=60_000)
    with qtbot.waitSignal(window.session.signed_in, timeout=60_000):
        card(window, "Noor").click()
    chat = window.chat
    qtbot.waitUntil(lambda: bool(chat.suggestion_buttons), timeout=60_000)
    window.tabs.setCurrentWidget(chat)
    offered = [b.accessibleName() for b in chat.suggestion_buttons]
    assert 1 <= len(offered) <= 3 and all(q.endswith("?") for q in offered)
    assert all(q in b.text() for q, b in zip(offered, chat.suggestion_buttons, strict=True))
    assert offered == [b.full_text for b in window.home.suggestion_buttons]     # the same questions as the home
    assert chat.empty.isVisible() and "Ask me anything" in chat.empty_hint.text()

    chat.answer_fn = scripted_chat
    with qtbot.waitSignal(chat.answer_finished, timeout=60_000):
        qtbot.mouseClick(chat.suggestion_buttons[0], Qt.MouseButton.LeftButton)
    assert [m.text for m in chat.messages()][0] == offered[0]
    assert not chat.empty.isVisible()

    window.session.sign_out("test")
    assert chat.suggestion_buttons == [] and chat.messages() == []
    assert not chat.empty.isHidden()                       # the next learner starts from the hint again

