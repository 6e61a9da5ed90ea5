"""Accessibility helpers: announce new text to screen readers; find controls a screen reader can't name."""
from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                               QLineEdit, QPlainTextEdit, QTabBar, QTextEdit, QWidget)

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSlider, QAbstractSpinBox,
               QAbstractItemView, QTabBar)


def announce(widget: QWidget, text: str) -> None:
    """Tell assistive technology that `widget` now shows `text` (a new answer, feedback, a warning)."""
    widget.setProperty("announced", text)
    if not widget.accessibleName():
        widget.setAccessibleName(text[:120])
    # An Alert makes screen readers (Orca, NVDA via UIA) read the object's name out right away.
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def forget_announcement(widget: QWidget) -> None:
    """Sign-out: the last announced text must not stay on the widget for the next learner."""
    widget.setProperty("announced", None)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader would read for `widget` (its own, its text, or its label's)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName() or "").strip()


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """Every visible interactive widget under `root` that a screen reader would announce without a name."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(root.window()):
            continue
        # Scroll bars and the line edit inside a combo box are parts of a named control.
        parent = w.parentWidget()
        if isinstance(w, QAbstractSlider) and (w.objectName().startswith("qt_") or (
                parent is not None and parent.objectName().startswith("qt_scrollarea"))):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        if not accessible_name(w):
            out.append(w)
    return out
