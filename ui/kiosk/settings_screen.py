"""Teacher screen: the kiosk's defaults (look, text size, idle time, guest, kiosk mode, reading speed).

Values come in and go out as a plain dict of setting names (declared in app/settings.py); `save_fn`
writes them (settings.json) on the "db" lane, then `saved(dict)` lets the window apply them at once.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QPushButton, QScrollArea,
                               QSpinBox, QVBoxLayout, QWidget)

from ui.common.theme import THEMES
from ui.tasks import TaskRunner

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "it": "Italiano",
                  "pt": "Português", "ru": "Русский", "zh": "中文", "ja": "日本語", "ko": "한국어", "ar": "العربية",
                  "hi": "हिन्दी"}


class SettingsScreen(QWidget):
    saved = Signal(object)
    error = Signal(object)

    def __init__(self, runner: TaskRunner, values: dict[str, Any], save_fn: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._save_fn = runner, save_fn
        self.theme = QComboBox()
        labels = {"calm": self.tr("Calm"), "low_vision": self.tr("Low vision"), "dyslexia": self.tr("Dyslexia-friendly"),
                  "adhd": self.tr("Focus"), "autism": self.tr("Predictable"), "anxiety": self.tr("Gentle")}
        for name, tokens in THEMES.items():
            self.theme.addItem(labels.get(name, tokens.label), name)
        # Each language by its own name: whoever reads the list finds theirs, whatever the window speaks.
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.text_scale = QDoubleSpinBox()
        self.text_scale.setRange(0.75, 2.5)
        self.text_scale.setSingleStep(0.25)
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.speech_rate = QDoubleSpinBox()
        self.speech_rate.setRange(0.5, 2.0)
        self.speech_rate.setSingleStep(0.25)
        self.guest = QCheckBox(self.tr("Offer a Guest card (saves nothing)"))
        self.kiosk = QCheckBox(self.tr("Kiosk mode: full screen, closing needs the teacher PIN"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language before sign-in"), self.language)
        form.addRow(self.tr("Look"), self.theme)
        form.addRow(self.tr("Text size"), self.text_scale)
        form.addRow(self.tr("Sign out after idle"), self.idle)
        form.addRow(self.tr("Reading speed"), self.speech_rate)
        form.addRow("", self.guest)
        form.addRow("", self.kiosk)
        note = QLabel(self.tr("A learner's own needs (for example low vision or dyslexia) still change the look "
                              "for their session."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        body = QWidget()
        self._body = QVBoxLayout(body)
        self._body.addLayout(form)
        self._body.addWidget(note)
        self._body.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._body.addWidget(self.message)
        self._body.addStretch(1)
        scroll = QScrollArea()        # the form scrolls inside its panel on a 600 px screen
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QVBoxLayout(self).addWidget(scroll)
        self.set_values(values)

    def add_section(self, widget: QWidget, title: str | None = None) -> None:
        """Another teacher setting block (e.g. the school hub connection), above the stretch."""
        at = self._body.count() - 1
        if title:
            heading = QLabel(title)
            heading.setProperty("role", "title")
            self._body.insertWidget(at, heading)
            at += 1
        self._body.insertWidget(at, widget)

    def set_values(self, values: dict[str, Any]) -> None:
        self.theme.setCurrentIndex(max(0, self.theme.findData(values.get("kiosk_theme", "calm"))))
        self.language.setCurrentIndex(max(0, self.language.findData(values.get("kiosk_language", "en"))))
        self.text_scale.setValue(float(values.get("kiosk_text_scale", 1.0)))
        self.idle.setValue(int(round(float(values.get("kiosk_idle_minutes", 10)))))
        self.speech_rate.setValue(float(values.get("speech_rate", 1.0)))
        self.guest.setChecked(bool(values.get("kiosk_guest", True)))
        self.kiosk.setChecked(bool(values.get("kiosk", False)))

    def values(self) -> dict[str, Any]:
        return {"kiosk_theme": self.theme.currentData(), "kiosk_language": self.language.currentData(),
                "kiosk_text_scale": self.text_scale.value(),
                "kiosk_idle_minutes": float(self.idle.value()), "speech_rate": self.speech_rate.value(),
                "kiosk_guest": self.guest.isChecked(), "kiosk": self.kiosk.isChecked()}

    def save(self) -> None:
        values = self.values()
        (self._runner.single(self._save_fn, values, lane="session")
         .on_done(lambda _r: self._saved(values)).on_error(self.error.emit).start())

    def _saved(self, values: dict[str, Any]) -> None:
        self.message.setText(self.tr("Saved."))
        self.saved.emit(values)
