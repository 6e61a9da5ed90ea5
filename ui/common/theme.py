"""Every look the kiosk has, from ONE table of tokens, turned into a stylesheet in one place.

`THEMES` holds one `Tokens` row per mode (calm, low vision, dyslexia, ADHD focus, autism-friendly,
anxiety-aware). `theme_for(...)` picks the row for a learner's needs (or the kiosk default) and
`apply_theme(app, theme)` always rebuilds the *whole* look from that row and the kiosk's base
font: switching learner never patches the previous learner's font, spacing or colours.
The text size factor for low vision comes from the engine (`engine.tutor.profile.style_for`).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.common.i18n import script_families

# Base text size (pt) on a 600 px-high kiosk; taller screens get up to COMFORT_POINT_SIZE, so the text
# does not float in a 1080 px window.
BASE_POINT_SIZE = 12.0
COMFORT_POINT_SIZE = 15.0
TOUCH_TARGET_PX = 44     # the smallest control a child's finger hits reliably
# A drop-down's and a number box's arrows: styled boxes lose the style's own arrows, so they are drawn here,
# wide enough for a finger (the number box's - and + side by side, each the full height of the box).
ARROW_BUTTON_PX = 40
ARROW_DOWN = ":/qt-project.org/styles/commonstyle/images/arrow-down-32.png"
ARROW_UP = ":/qt-project.org/styles/commonstyle/images/arrow-up-32.png"
ARROW_LEFT = ":/qt-project.org/styles/commonstyle/images/arrow-left-32.png"      # a tab row wider than the window
ARROW_RIGHT = ":/qt-project.org/styles/commonstyle/images/arrow-right-32.png"
SANS_FAMILIES = ("Atkinson Hyperlegible", "Noto Sans", "DejaVu Sans")
DYSLEXIA_FAMILIES = ("OpenDyslexic", "Atkinson Hyperlegible", "DejaVu Sans")


@dataclass(frozen=True)
class Tokens:
    """Every value the stylesheet uses. A theme is one complete row; nothing is inherited at runtime."""

    name: str
    label: str
    bg: str
    surface: str
    fg: str
    muted: str
    accent: str
    accent_fg: str
    border: str
    focus: str
    learner_bubble: str
    disabled_bg: str
    disabled_fg: str
    text_scale: float = 1.0          # on top of the base size (low vision also gets the engine's factor)
    letter_spacing: float = 0.0      # extra %, 0 = normal
    word_spacing: float = 0.0        # extra px between words
    families: tuple[str, ...] = SANS_FAMILIES
    focus_width: int = 3             # px; >= 3 everywhere so keyboard users see where they are
    border_width: int = 1
    indicator_px: int = 22           # radio and check box indicators
    radius: int = 10
    one_thing_at_a_time: bool = False   # ADHD focus: side panels hidden, one task on screen
    motion: bool = True                 # autism-friendly / anxiety: no animations, no surprises
    show_timers: bool = True            # anxiety-aware: no countdowns anywhere


CALM = Tokens("calm", "Calm", bg="#f6f4ef", surface="#ffffff", fg="#1f2328", muted="#4d5560", accent="#2f6fb3",
              accent_fg="#ffffff", border="#b9b2a3", focus="#b35a00", learner_bubble="#dcebff",
              disabled_bg="#e4e0d8", disabled_fg="#5f5a52")

THEMES: dict[str, Tokens] = {
    "calm": CALM,
    "low_vision": Tokens("low_vision", "Low vision", bg="#000000", surface="#111111", fg="#ffffff", muted="#e6e6e6",
                         accent="#ffd400", accent_fg="#000000", border="#ffffff", focus="#00e5ff",
                         learner_bubble="#002a57", disabled_bg="#333333", disabled_fg="#bdbdbd",
                         text_scale=1.0, focus_width=4, border_width=2, indicator_px=30, radius=6),
    "dyslexia": Tokens("dyslexia", "Dyslexia-friendly", bg="#fbf7e9", surface="#fffdf5", fg="#222222",
                       muted="#4a4a4a", accent="#2f6fb3", accent_fg="#ffffff", border="#b8ad8f", focus="#b35a00",
                       learner_bubble="#e6f0ff", disabled_bg="#e9e3d0", disabled_fg="#5c5746",
                       letter_spacing=6.0, word_spacing=4.0, families=DYSLEXIA_FAMILIES),
    "adhd": Tokens("adhd", "Focus", bg="#f4f6f8", surface="#ffffff", fg="#1b1f24", muted="#4a525c", accent="#1f7a4d",
                   accent_fg="#ffffff", border="#aab4be", focus="#b35a00", learner_bubble="#e0f2e9",
                   disabled_bg="#e1e6ea", disabled_fg="#59626b", one_thing_at_a_time=True, motion=False),
    "autism": Tokens("autism", "Predictable", bg="#f2f2ef", surface="#fafaf8", fg="#262626", muted="#4f4f4f",
                     accent="#4a6d8c", accent_fg="#ffffff", border="#b5b5ad", focus="#a04d00",
                     learner_bubble="#e3ebf2", disabled_bg="#e2e2dd", disabled_fg="#5a5a55", motion=False),
    "anxiety": Tokens("anxiety", "Gentle", bg="#f3f7f4", surface="#ffffff", fg="#22302a", muted="#4b5a52",
                      accent="#3d7a63", accent_fg="#ffffff", border="#b2c3b9", focus="#a3560f",
                      learner_bubble="#e2f1ea", disabled_bg="#e0e8e3", disabled_fg="#56635c", motion=False,
                      show_timers=False),
}

# When a learner has several needs, the one that changes the most about reading wins the colours;
# the others still add what they need (dyslexia font, no timers, focus mode) in `theme_for`.
_NEED_ORDER = ("low_vision", "dyslexia", "adhd", "autism", "anxiety")


@dataclass(frozen=True)
class Theme:
    """What is applied: a complete token row plus the text size for this screen."""

    tokens: Tokens
    point_size: float

    @property
    def name(self) -> str:
        return self.tokens.name


def theme_names() -> list[str]:
    return list(THEMES)


def theme_for(needs: Iterable[str] = (), *, kiosk_theme: str = "calm", text_scale: float = 1.0,
              need_scale: float = 1.0, screen_height: int = 600) -> Theme:
    """The whole theme for a learner's needs (or the kiosk default when there are none).

    `text_scale` is the kiosk's default text size; `need_scale` the engine's factor for this learner
    (low vision: `style_for(profile).font_scale`); `screen_height` the window's height in px."""
    needs = set(needs)
    primary = next((n for n in _NEED_ORDER if n in needs), None)
    tokens = THEMES.get(primary or kiosk_theme, CALM)
    if primary:
        # Secondary needs add their parts; the colours stay the primary row's.
        if "dyslexia" in needs and tokens.name != "dyslexia":
            d = THEMES["dyslexia"]
            tokens = replace(tokens, families=d.families, letter_spacing=d.letter_spacing,
                             word_spacing=d.word_spacing)
        if "adhd" in needs:
            tokens = replace(tokens, one_thing_at_a_time=True, motion=False)
        if needs & {"autism", "anxiety"}:
            tokens = replace(tokens, motion=False)
        if "anxiety" in needs:
            tokens = replace(tokens, show_timers=False)
    fit = min(1.0, max(0.0, (screen_height - 600) / 480))
    base = BASE_POINT_SIZE + fit * (COMFORT_POINT_SIZE - BASE_POINT_SIZE)
    size = base * tokens.text_scale * text_scale * need_scale
    return Theme(tokens, round(size, 1))


def register_fonts(fonts_dir: Path | None) -> list[str]:
    """Load the fonts shipped in `fonts_dir` (*.ttf, *.otf) so the themes find them. Returns the families."""
    families: list[str] = []
    if fonts_dir is None or not fonts_dir.is_dir():
        return families
    for path in sorted(fonts_dir.glob("*.[ot]tf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0:
            families += QFontDatabase.applicationFontFamilies(fid)
    return families


def family_for(tokens: Tokens) -> str:
    available = set(QFontDatabase.families())
    return next((f for f in tokens.families if f in available), QFont().defaultFamily())


def stylesheet(theme: Theme, *, icons_dir: Path | None = None) -> str:
    t = theme.tokens
    check = (icons_dir / ("check-dark.svg" if t.accent_fg == "#000000" else "check-light.svg")) if icons_dir else None
    check_image = f"image: url({check.as_posix()});" if check is not None and check.exists() else ""
    ind = t.indicator_px
    bw = t.border_width
    # Qt's own arrows are near-black: on a dark theme they sit on the accent (yellow), elsewhere on the surface.
    arrow_bg = t.accent if t.accent_fg == "#000000" else t.surface
    arrow = 16 if t.indicator_px < 30 else 22
    return f"""
    QMainWindow, QDialog, QWidget {{ background: {t.bg}; color: {t.fg}; }}
    QToolTip {{ background: {t.surface}; color: {t.fg}; border: {bw}px solid {t.border}; }}
    QLabel {{ background: transparent; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QLabel[role="title"] {{ font-weight: bold; font-size: {theme.point_size * 1.35:.1f}pt; }}
    QLabel[role="hint"] {{ color: {t.muted}; font-style: italic; }}
    QLabel[role="kind-error"] {{ color: {t.fg}; background: {t.surface}; border: {bw}px solid {t.focus};
        border-radius: {t.radius}px; padding: 8px; }}
    QFrame#message-learner {{ background: {t.learner_bubble}; border: {bw}px solid {t.border};
        border-radius: {t.radius}px; }}
    QFrame#message-tutor {{ background: {t.surface}; border: {bw}px solid {t.border}; border-radius: {t.radius}px; }}
    QFrame#card, QFrame#panel {{ background: {t.surface}; border: {bw}px solid {t.border};
        border-radius: {t.radius}px; }}
    QFrame#idle-warning {{ background: {t.surface}; border: {t.focus_width}px solid {t.focus};
        border-radius: {t.radius}px; }}
    QWidget#topbar {{ background: {t.surface}; border-bottom: {bw}px solid {t.border}; }}
    QLabel#message-author {{ font-weight: bold; color: {t.fg}; }}
    QPlainTextEdit, QLineEdit, QTextBrowser, QListWidget, QTreeWidget, QComboBox, QSpinBox, QDoubleSpinBox {{
        background: {t.surface}; color: {t.fg}; border: {bw}px solid {t.border}; border-radius: 6px; padding: 6px;
        min-height: {TOUCH_TARGET_PX - 14}px; selection-background-color: {t.accent}; selection-color: {t.accent_fg}; }}
    QPlainTextEdit:focus, QLineEdit:focus, QTextBrowser:focus, QListWidget:focus, QTreeWidget:focus,
    QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QScrollArea:focus {{
        border: {t.focus_width}px solid {t.focus}; }}
    QComboBox {{ padding-right: {ARROW_BUTTON_PX + 6}px; }}
    QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: top right; width: {ARROW_BUTTON_PX}px;
        border: none; border-left: {bw}px solid {t.border}; background: {arrow_bg};
        border-top-right-radius: 6px; border-bottom-right-radius: 6px; }}
    QComboBox::down-arrow {{ image: url({ARROW_DOWN}); width: {arrow}px; height: {arrow}px; }}
    QComboBox::drop-down:disabled, QAbstractSpinBox::up-button:disabled, QAbstractSpinBox::down-button:disabled {{
        background: {t.disabled_bg}; }}
    QComboBox::down-arrow:disabled, QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{
        image: none; }}
    QAbstractSpinBox {{ padding-left: 8px; padding-right: {2 * (ARROW_BUTTON_PX + bw) + 6}px; }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: padding;
        subcontrol-position: center right; width: {ARROW_BUTTON_PX}px; height: {TOUCH_TARGET_PX - 4 * bw}px;
        border: none; border-left: {bw}px solid {t.border}; background: {arrow_bg}; }}
    QAbstractSpinBox::up-button {{ border-top-right-radius: 6px; border-bottom-right-radius: 6px; }}
    QAbstractSpinBox::down-button {{ right: {ARROW_BUTTON_PX + bw}px; }}
    QAbstractSpinBox::up-arrow {{ image: url({ARROW_UP}); width: {arrow}px; height: {arrow}px; }}
    QAbstractSpinBox::down-arrow {{ image: url({ARROW_DOWN}); width: {arrow}px; height: {arrow}px; }}
    QComboBox QAbstractItemView {{ background: {t.surface}; color: {t.fg}; selection-background-color: {t.accent};
        selection-color: {t.accent_fg}; }}
    QPushButton, QToolButton {{ background: {t.accent}; color: {t.accent_fg};
        border: {t.focus_width}px solid {t.accent};
        border-radius: {t.radius}px; padding: 6px 16px; min-height: {TOUCH_TARGET_PX - 2 * t.focus_width - 12}px;
        min-width: {TOUCH_TARGET_PX}px; }}
    QPushButton[role="secondary"], QToolButton[role="secondary"] {{ background: {t.surface}; color: {t.fg};
        border: {t.focus_width}px solid {t.border}; }}
    QToolButton#learner-card {{ background: {t.surface}; color: {t.fg}; border: {t.focus_width}px solid {t.border};
        padding: 8px; }}
    QPushButton:focus, QToolButton:focus, QToolButton#learner-card:focus,
    QPushButton[role="secondary"]:focus {{ border: {t.focus_width}px solid {t.focus}; }}
    QPushButton:hover, QToolButton#learner-card:hover {{ border-color: {t.focus}; }}
    QPushButton:disabled, QToolButton:disabled {{ background: {t.disabled_bg}; color: {t.disabled_fg};
        border: {t.focus_width}px dashed {t.disabled_fg}; }}
    QRadioButton, QCheckBox {{ spacing: 10px; padding: 6px; min-height: {TOUCH_TARGET_PX - 12}px;
        border: {t.focus_width}px solid transparent; border-radius: 6px; }}
    QRadioButton:focus, QCheckBox:focus {{ border: {t.focus_width}px solid {t.focus}; }}
    QRadioButton::indicator, QCheckBox::indicator {{ width: {ind}px; height: {ind}px;
        border: {max(2, bw)}px solid {t.fg}; background: {t.surface}; }}
    QRadioButton::indicator {{ border-radius: {ind // 2 + max(2, bw)}px; }}
    QCheckBox::indicator {{ border-radius: 4px; }}
    QRadioButton::indicator:checked {{ background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {t.accent}, stop:0.55 {t.accent}, stop:0.6 {t.surface}, stop:1 {t.surface}); }}
    QCheckBox::indicator:checked {{ background: {t.accent}; {check_image} }}
    QRadioButton:disabled, QCheckBox:disabled {{ color: {t.disabled_fg}; }}
    QTabBar::tab {{ padding: 8px 18px; min-height: {TOUCH_TARGET_PX - 16}px; background: {t.bg}; color: {t.fg};
        border: {t.focus_width}px solid transparent; }}
    QTabBar::tab:selected {{ font-weight: bold; border-bottom: {t.focus_width}px solid {t.accent}; }}
    QTabBar::tab:focus {{ border: {t.focus_width}px solid {t.focus}; }}
    QTabBar::scroller {{ width: {2 * ARROW_BUTTON_PX}px; }}
    QTabBar QToolButton {{ background: {arrow_bg}; border: {bw}px solid {t.border}; border-radius: 0px; padding: 0px;
        min-width: 0px; min-height: 0px; }}
    QTabBar QToolButton:disabled {{ background: {t.disabled_bg}; border: {bw}px solid {t.border}; }}
    QTabBar QToolButton::left-arrow {{ image: url({ARROW_LEFT}); width: {arrow}px; height: {arrow}px; }}
    QTabBar QToolButton::right-arrow {{ image: url({ARROW_RIGHT}); width: {arrow}px; height: {arrow}px; }}
    QTabBar QToolButton::left-arrow:disabled, QTabBar QToolButton::right-arrow:disabled {{ image: none; }}
    QProgressBar {{ border: {bw}px solid {t.border}; border-radius: 6px; background: {t.surface}; color: {t.fg};
        text-align: center; min-height: 24px; }}
    QProgressBar::chunk {{ background: {t.accent}; }}
    QScrollBar:vertical {{ width: 16px; background: {t.bg}; }}
    QScrollBar:horizontal {{ height: 16px; background: {t.bg}; }}
    QScrollBar::handle:vertical {{ background: {t.muted}; min-height: 40px; border-radius: 6px; margin: 2px; }}
    QScrollBar::handle:horizontal {{ background: {t.muted}; min-width: 40px; border-radius: 6px; margin: 2px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; background: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QSlider {{ min-height: {TOUCH_TARGET_PX}px; }}
    QSlider::groove:horizontal {{ height: 6px; background: {t.muted}; border-radius: 3px; }}
    QSlider::sub-page:horizontal {{ background: {t.accent}; border-radius: 3px; }}
    QSlider::handle:horizontal {{ background: {t.accent}; border: {max(2, bw)}px solid {t.fg}; width: 24px;
        margin: -11px 0px; border-radius: 14px; }}
    QSlider:focus {{ border: {t.focus_width}px solid {t.focus}; border-radius: 6px; }}
    QSlider::groove:horizontal:disabled, QSlider::sub-page:horizontal:disabled {{ background: {t.disabled_bg}; }}
    QSlider::handle:horizontal:disabled {{ background: {t.disabled_bg}; border: {max(2, bw)}px dashed {t.disabled_fg}; }}
    QStatusBar {{ color: {t.muted}; }}
    QMenuBar {{ background: {t.bg}; color: {t.fg}; }}
    QMenu {{ background: {t.surface}; color: {t.fg}; }}
    """


def apply_theme(app: QApplication, theme: Theme, *, icons_dir: Path | None = None) -> None:
    """Replace the whole look: font family, size, spacing and the stylesheet all come from `theme`."""
    t = theme.tokens
    if not app.styleSheet():
        # The first style sheet, set right after a new font, pins the widgets that already exist to the old font
        # (the sign-in screen's hint, Teacher button and status stayed 9 pt under a 12 pt theme); with a sheet
        # already in place the font reaches every widget.
        app.setStyleSheet("QWidget {}")
    font = QFont(family_for(t))
    # The theme's face first; then a face per script, so Arabic, Hindi, CJK and emoji never show boxes
    # (OpenDyslexic and Atkinson Hyperlegible are Latin only). The CJK order follows the window's language.
    font.setFamilies([family_for(t), *(f for f in t.families if f != family_for(t)), *script_families()])
    font.setPointSizeF(theme.point_size)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100.0 + t.letter_spacing)
    font.setWordSpacing(t.word_spacing)
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme, icons_dir=icons_dir))
    app.setProperty("lantern_theme", t.name)
