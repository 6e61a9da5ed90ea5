"""The window fits a kiosk: 1024x600 up to 1920x1080 (and 1920x1080 at 150 %, i.e. 1280x720 logical),
every control inside the window without scrolling the window, touch targets of 44 px, in the calm
and the low-vision theme."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from kiosk_fixtures import card, kiosk_ctx, window  # noqa: F401
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox,
                               QLineEdit, QPlainTextEdit, QScrollArea, QTabBar, QWidget)

SIZES = [(1024, 600), (1280, 720), (1920, 1080)]
CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QTabBar, QAbstractItemView, QAbstractSpinBox)
TOUCH = 44


def _in_scroll_content(w: QWidget) -> bool:
    """Inside a panel that scrolls its own content (allowed to extend past the panel's edge)."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QScrollArea) and p.widget() is not None and p.widget().isAncestorOf(w):
            return True
        if isinstance(p, QAbstractItemView) and p is not w:
            return True
        p = p.parentWidget()
    return False


def _problems(win: Any) -> list[str]:
    QApplication.processEvents()
    frame = win.rect()
    out = []
    for w in win.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(win) or isinstance(w.parentWidget(), QTabBar):
            continue
        if w.parentWidget() is not None and w.parentWidget().objectName().startswith("qt_"):
            continue            # scroll bars and other parts of a control
        rect = QRect(w.mapTo(win, w.rect().topLeft()), w.size())
        label = f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', lambda: '')()!r}"
        if not _in_scroll_content(w) and not frame.contains(rect):
            out.append(f"{label} at {rect.getRect()} is outside {frame.getRect()}")
        if isinstance(w, QAbstractButton) and w.height() < TOUCH:
            out.append(f"{label} is {w.height()} px high")
        elided = hasattr(w, "full_text")        # shortens its text with "…" on purpose
        if isinstance(w, QAbstractButton) and not elided and w.width() + 2 < w.minimumSizeHint().width():
            out.append(f"{label} is cut off: {w.width()} px wide, needs {w.minimumSizeHint().width()}")
    return out


def _screens(qtbot: Any, win: Any, name: str) -> Iterator[str]:
    yield "sign-in"
    qtbot.waitUntil(lambda: any(c.text() == name for c in win.sign_in.cards), timeout=60_000)
    with qtbot.waitSignal(win.session.signed_in, timeout=30_000):
        card(win, name).click()
    qtbot.waitUntil(lambda: win.home.welcome.text().startswith("Hi"), timeout=60_000)
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        yield win.tabs.tabText(i)
    win.sign_out_button.click()
    win.show_teacher()
    for i in range(win.teacher_tabs.count()):
        win.teacher_tabs.setCurrentIndex(i)
        yield "teacher " + win.teacher_tabs.tabText(i)
    win.show_sign_in()


@pytest.mark.parametrize("needs", [(), ("low_vision",)], ids=["calm", "low-vision"])
def test_every_control_is_inside_the_window_at_kiosk_sizes(qtbot, window, kiosk_ctx, needs) -> None:  # type: ignore[no-untyped-def]
    kiosk_ctx.learners.create("Kim", needs=list(needs), avatar="star")
    window.sign_in.refresh()
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: window.width() == w and window.height() == h, timeout=30_000)
        for screen in _screens(qtbot, window, "Kim"):
            assert _problems(window) == [], f"{screen} at {width}x{height}"


def test_text_grows_on_a_big_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.height() == 600, timeout=30_000)
    small = app.font().pointSizeF()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: app.font().pointSizeF() > small, timeout=30_000)
    assert app.font().pointSizeF() >= small * 1.2
