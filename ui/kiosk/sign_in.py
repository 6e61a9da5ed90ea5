"""Sign-in for children: a grid of learner cards (picture + name), a PIN pad when a PIN is set, Guest.

Touch and keyboard both work: cards are big buttons in Tab order (arrow keys move too), the PIN has
an on-screen pad and takes typed digits with Enter. The wait after wrong PINs is the engine's rule
(`engine.tutor.learners.PinLocked`); this screen only shows it kindly and re-opens the pad after it.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy,
                               QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from engine.errors import LanternError
from ui.kiosk.avatars import Avatars
from ui.tasks import TaskRunner

CARD_WIDTH = 168


def card_scale(window_height: int) -> float:
    """How much bigger than at 600 px the cards are: linear up to 1.5 at 1080 px and above."""
    return max(1.0, min(1.5, 1.0 + (window_height - 600) / 960))


class LearnerCard(QToolButton):
    """A big picture button; the same size for every learner (the style sheet's minimum is for controls)."""

    SIZE = QSize(CARD_WIDTH - 16, 148)
    ICON = 72

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._size

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._size

    def set_scale(self, scale: float) -> None:
        """Grow with the screen (1.0 at 600 px high, up to 1.5 at 1080): big cards on a big kiosk screen."""
        size = QSize(round(self.SIZE.width() * scale), round(self.SIZE.height() * scale))
        if size != self._size:
            self._size = size
            self.setIconSize(QSize(round(self.ICON * scale), round(self.ICON * scale)))
            self.updateGeometry()

    def __init__(self, text: str, icon: Any, *, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = self.SIZE
        self.setObjectName("learner-card")
        self.setText(text)
        self.setIcon(icon)
        self.setIconSize(QSize(self.ICON, self.ICON))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(text.replace("\n", " "))
        self.setAccessibleDescription(description)


class SignInScreen(QWidget):
    """Emits `chosen(profile)` after the PIN (if any) was right, or `guest()` for a guest."""

    chosen = Signal(object)
    guest_chosen = Signal()
    error = Signal(object)

    def __init__(self, runner: TaskRunner, book: Any, avatars: Avatars, *, allow_guest: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._book = book
        self._avatars = avatars
        self._allow_guest = allow_guest
        self._profiles: list[Any] = []
        self._pending: Any | None = None
        self.cards: list[LearnerCard] = []

        # -- page 1: the cards
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setSpacing(12)
        grid_holder = QWidget()
        outer = QVBoxLayout(grid_holder)
        outer.addLayout(self._grid)
        outer.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(grid_holder)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        cards_page = QWidget()
        lay = QVBoxLayout(cards_page)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addWidget(self.empty)
        lay.addWidget(self.scroll, 1)

        # -- page 2: the PIN pad
        self.pin_title = QLabel("")
        self.pin_title.setProperty("role", "title")
        self.pin_title.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}"))
        self.pin.setMaxLength(8)
        self.pin.returnPressed.connect(self.submit_pin)
        self.pin_message = QLabel("")
        self.pin_message.setWordWrap(True)
        self.pin_message.setProperty("role", "kind-error")
        self.pin_message.hide()
        self.pad: dict[str, QPushButton] = {}
        pad = QGridLayout()
        pad.setSpacing(8)
        for i, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok"]):
            b = QPushButton(key)
            b.setAccessibleName(key)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus if key == "ok" else Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _c=False, k=key: self._pad_pressed(k))
            if key != "ok":
                b.setProperty("role", "secondary")
            self.pad[key] = b
            pad.addWidget(b, i // 3, i % 3)
        self.back = QPushButton()
        self.back.setProperty("role", "secondary")
        self.back.clicked.connect(self.show_cards)
        pin_page = QWidget()
        pl = QVBoxLayout(pin_page)
        pl.addWidget(self.pin_title)
        row = QHBoxLayout()
        column = QVBoxLayout()
        column.addWidget(self.pin)
        column.addLayout(pad)
        row.addStretch(1)
        row.addLayout(column, 2)
        row.addStretch(1)
        pl.addLayout(row)
        pl.addWidget(self.pin_message)
        pl.addStretch(1)
        pl.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        self._unlock_timer = QTimer(self)
        self._unlock_timer.setSingleShot(True)
        self._unlock_timer.timeout.connect(self._pin_unlocked)

        self.pages = QStackedWidget()
        self.pages.addWidget(cards_page)
        self.pages.addWidget(pin_page)
        self.cards_page, self.pin_page = cards_page, pin_page
        QVBoxLayout(self).addWidget(self.pages)
        self.setContentsMargins(0, 0, 0, 0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Who is learning today?"))
        self.hint.setText(self.tr("Touch your picture, or use Tab and Enter."))
        self.empty.setText(self.tr("No learners yet. Ask your teacher to add you, or start as a guest."))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setAccessibleDescription(self.tr("Type your secret number, then press Enter."))
        self.pin.setPlaceholderText(self.tr("Your PIN"))
        self.pad["clear"].setText(self.tr("Clear"))
        self.pad["clear"].setAccessibleName(self.tr("Clear the PIN"))
        self.pad["ok"].setText(self.tr("OK"))
        self.pad["ok"].setAccessibleName(self.tr("Sign in"))
        self.back.setText(self.tr("Back to the pictures"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        (self._runner.single(self._book.list, lane="session")
         .on_done(self.show_profiles).on_error(self.error.emit).start())

    def show_profiles(self, profiles: list[Any]) -> None:
        self._profiles = list(profiles)
        for card in self.cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for p in self._profiles:
            desc = self.tr("Asks for a PIN") if p.has_pin else self.tr("No PIN")
            card = LearnerCard(p.name, self._avatars.icon(p.avatar or self._avatars.for_name(p.name)), description=desc)
            card.clicked.connect(lambda _c=False, prof=p: self.pick(prof))
            self.cards.append(card)
        if self._allow_guest:
            guest = LearnerCard(self.tr("Guest"), self._avatars.icon(None),
                                description=self.tr("Try Lantern without saving anything"))
            guest.setObjectName("learner-card")
            guest.clicked.connect(self.guest_chosen.emit)
            self.cards.append(guest)
        self.empty.setVisible(not self._profiles)
        self._reflow()
        self.show_cards()

    def _reflow(self) -> None:
        scale = card_scale(self.window().height() if self.window() is not None else self.height())
        columns = max(2, (self.scroll.viewport().width() or self.width()) // round(CARD_WIDTH * scale))
        for i, card in enumerate(self.cards):
            card.set_scale(scale)
            self._grid.addWidget(card, i // columns, i % columns)
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 0)
        self._grid.setColumnStretch(columns, 1)     # cards stay card-sized, packed to the left

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._reflow()

    # -- choosing -----------------------------------------------------------------------------
    def show_cards(self) -> None:
        self._pending = None
        self.pin.clear()
        self.pin_message.hide()
        self.pages.setCurrentWidget(self.cards_page)
        if self.cards:
            self.cards[0].setFocus()

    def pick(self, profile: Any) -> None:
        if not profile.has_pin:
            self._sign_in(profile, None)
            return
        self._pending = profile
        self.pin.clear()
        self.pin_message.hide()
        self.pin_title.setText(self.tr("Hello, {name}! Type your PIN.").replace("{name}", profile.name))
        self.pages.setCurrentWidget(self.pin_page)
        self._set_pad_enabled(True)
        self.pin.setFocus()

    def submit_pin(self) -> None:
        if self._pending is not None and self.pin.isEnabled():
            self._sign_in(self._pending, self.pin.text())

    def _pad_pressed(self, key: str) -> None:
        if key == "ok":
            self.submit_pin()
        elif key == "clear":
            self.pin.clear()
        else:
            self.pin.insert(key)
        self.pin.setFocus()

    def _sign_in(self, profile: Any, pin: str | None) -> None:
        (self._runner.single(self._book.sign_in, profile.id, pin, lane="session")
         .on_done(self._signed_in).on_error(self._failed).start())

    def _signed_in(self, profile: Any) -> None:
        self.show_cards()
        self.chosen.emit(profile)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, LanternError):
            self.error.emit(exc)
            return
        self.pin.clear()
        self.pin_message.setText(exc.message + (f"\n{exc.hint}" if exc.hint else ""))
        self.pin_message.show()
        wait = getattr(exc, "retry_after_s", 0)
        if wait:
            # The engine refuses tries until then; the pad rests too, so nobody keeps pressing.
            self._set_pad_enabled(False)
            self._unlock_timer.start(int(wait * 1000))

    def _pin_unlocked(self) -> None:
        self._set_pad_enabled(True)
        self.pin_message.setText(self.tr("You can try your PIN again now."))
        self.pin.setFocus()

    def _set_pad_enabled(self, on: bool) -> None:
        self.pin.setEnabled(on)
        for b in self.pad.values():
            b.setEnabled(on)

    @property
    def locked(self) -> bool:
        return not self.pin.isEnabled()
