"""The look: calm colours, readable sizes, and the accessibility variants (low vision, dyslexia)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12


@dataclass(frozen=True)
class Theme:
    font_scale: float = 1.0        # low vision: 1.5 or more
    high_contrast: bool = False    # low vision
    dyslexia_font: bool = False    # OpenDyslexic when installed (Debian: fonts-opendyslexic), else Atkinson/DejaVu
    letter_spacing: float = 0.0    # extra spacing in %, helps some dyslexic readers


def _family(theme: Theme) -> str | None:
    families = set(QFontDatabase.families())
    wanted = ["OpenDyslexic", "Atkinson Hyperlegible"] if theme.dyslexia_font else ["Atkinson Hyperlegible"]
    for name in wanted:
        if name in families:
            return name
    return None


def stylesheet(theme: Theme) -> str:
    if theme.high_contrast:
        bg, fg, learner, tutor, border, accent = "#000000", "#ffffff", "#003a75", "#1a1a1a", "#ffffff", "#ffd400"
    else:
        bg, fg, learner, tutor, border, accent = "#f6f4ef", "#1f2328", "#dcebff", "#ffffff", "#d5d0c4", "#2f6fb3"
    return f"""
    QMainWindow, QWidget {{ background: {bg}; color: {fg}; }}
    QFrame#message-learner {{ background: {learner}; border: 1px solid {border}; border-radius: 10px; }}
    QFrame#message-tutor {{ background: {tutor}; border: 1px solid {border}; border-radius: 10px; }}
    QLabel#message-author {{ font-weight: bold; color: {accent}; background: transparent; }}
    QFrame#message-learner QLabel, QFrame#message-tutor QLabel {{ background: transparent; }}
    QPlainTextEdit, QLineEdit, QTextBrowser, QListWidget, QTreeWidget {{
        background: {tutor}; border: 1px solid {border}; border-radius: 6px; padding: 4px; }}
    QPushButton {{ background: {accent}; color: {'#000000' if theme.high_contrast else '#ffffff'};
        border: none; border-radius: 6px; padding: 6px 14px; }}
    QPushButton:disabled {{ background: {border}; color: #7a7a7a; }}
    QPushButton:focus {{ outline: 2px solid {fg}; }}
    QTabBar::tab {{ padding: 6px 16px; }}
    QTabBar::tab:selected {{ font-weight: bold; border-bottom: 3px solid {accent}; }}
    """


def apply_theme(app: QApplication, theme: Theme | None = None) -> None:
    theme = theme or Theme()
    font = QFont(app.font())
    family = _family(theme)
    if family:
        font.setFamily(family)
    font.setPointSizeF(BASE_POINT_SIZE * theme.font_scale)
    if theme.letter_spacing:
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + theme.letter_spacing)
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme))
