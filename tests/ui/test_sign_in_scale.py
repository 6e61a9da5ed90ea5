"""Sign-in cards grow with a big kiosk screen (they stayed 152 px wide at 1920x1080, lost in space)
and stay inside the window at both kiosk sizes."""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QMainWindow

from app.resources import assets_dir
from ui.kiosk.avatars import Avatars
from ui.kiosk.sign_in import LearnerCard, SignInScreen, card_scale
from ui.tasks import TaskRunner


def _screen(qtbot, width: int, height: int) -> tuple[QMainWindow, SignInScreen]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner()
    screen = SignInScreen(runner, book=None, avatars=Avatars(assets_dir() / "avatars"))
    window.setCentralWidget(screen)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    screen.show_profiles([SimpleNamespace(name=n, avatar=None, has_pin=False) for n in ("Ana", "Leo", "Mariam")])
    qtbot.waitUntil(lambda: screen.cards[0].width() == screen.cards[0].sizeHint().width(), timeout=30_000)
    return window, screen


def test_cards_grow_on_a_big_screen_and_stay_inside_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert (card_scale(600), card_scale(1080), card_scale(2160)) == (1.0, 1.5, 1.5)
    small_window, small = _screen(qtbot, 1024, 600)
    big_window, big = _screen(qtbot, 1920, 1080)
    assert small.cards[0].width() == LearnerCard.SIZE.width()
    assert big.cards[0].width() == round(LearnerCard.SIZE.width() * 1.5)
    assert big.cards[0].iconSize().width() > small.cards[0].iconSize().width()
    for window, screen in ((small_window, small), (big_window, big)):
        inside = QRect(QPoint(0, 0), window.size())
        for card in screen.cards:
            top_left = card.mapTo(window, QPoint(0, 0))
            assert inside.contains(QRect(top_left, card.size())), card.text()
