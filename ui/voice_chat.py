"""Voice in the chat: the microphone next to the question box, a speaker button on every message,
auto-read of answers as they stream (the sentence being spoken is highlighted), and the options.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from ui.chat_view import ChatView, MessageWidget
from ui.voice import LISTENING, MicButton, ReadAloud, SpeakerButton

AUTO_READ_POLL_MS = 100


class ChatVoice(QObject):
    """Adds voice to a ChatView. The message widget itself is the read-aloud key of its text."""

    error = Signal(object)

    def __init__(self, chat: ChatView, *, mic: MicButton, read_aloud: ReadAloud, send_directly: bool = False,
                 auto_read: bool = False, speaker_problem: str | None = None, show_advanced: bool = False) -> None:
        super().__init__(chat)
        self.chat, self.mic, self.read_aloud = chat, mic, read_aloud
        self.speaker_problem = speaker_problem
        self.buttons: dict[int, SpeakerButton] = {}

        self.options = QWidget()
        self.options.setObjectName("voice-options")
        column = QVBoxLayout(self.options)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.auto_read = QCheckBox(self.tr("Read answers aloud"))
        self.auto_read.setChecked(auto_read and not speaker_problem)
        self.send_directly = QCheckBox(self.tr("Send what I say at once"))
        self.send_directly.setChecked(send_directly)
        self.hands_free = QCheckBox(self.tr("Hands-free"))
        self.hands_free.setToolTip(self.tr("One press starts listening; it stops by itself when you stop talking."))
        self.hands_free.setChecked(mic.hands_free)
        self.hands_free.setEnabled(not mic.unavailable_reason)
        self.hands_free.toggled.connect(mic.set_hands_free)
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setObjectName("speech-rate")
        self.rate.setRange(50, 150)
        self.rate.setValue(int(round(read_aloud.rate * 100)))
        self.rate.setFixedWidth(110)
        self.rate.setAccessibleName(self.tr("Reading speed"))
        self.rate.setToolTip(self.tr("Reading speed (slower to the left)"))
        self.rate.valueChanged.connect(lambda v: setattr(read_aloud, "rate", v / 100))
        # One row for the microphone and the reading options, and one for what the devices say
        # (the microphone's state or missing-device reason beside the speaker note): at 1024x600,
        # in the large low-vision theme, every row taken here is a row less of the answer.
        column.addLayout(row)
        self.speed_label = speed = QLabel(self.tr("Speed"))
        speed.setBuddy(self.rate)
        row.addWidget(mic)
        for w in (self.auto_read, self.hands_free, self.send_directly, speed, self.rate):
            row.addWidget(w)
        # On a kiosk the teacher sets these two (settings voice_hands_free, voice_send_directly).
        self.hands_free.setVisible(show_advanced)
        self.send_directly.setVisible(show_advanced)
        self.speaker_note = QLabel(speaker_problem or "")
        self.speaker_note.setWordWrap(True)
        self.speaker_note.setProperty("role", "muted")
        self.speaker_note.setVisible(bool(speaker_problem))
        if speaker_problem:
            # Said on screen, not only in a tooltip: touch screens have no tooltips. With nothing to hear, the
            # options that only change what is heard (read aloud, speed) go, and the notes take their place in
            # the microphone's row: at 1024x600 in low vision the second row was the answer's last 50 px.
            for w in (self.auto_read, self.rate):
                w.setEnabled(False)
                w.setToolTip(speaker_problem)
            for w in (self.auto_read, speed, self.rate):
                w.hide()
            row.addSpacing(10)                  # the note does not touch the Speak button
            row.addWidget(mic.status, 1)        # moved out of the microphone's own widget; it still updates it
            row.addWidget(self.speaker_note, 1)
        else:
            row.addStretch(1)
            notes = QHBoxLayout()
            notes.setContentsMargins(0, 0, 0, 0)
            notes.addWidget(mic.status, 1)      # moved out of the microphone's own row; it still updates it
            notes.addWidget(self.speaker_note, 1)
            column.addLayout(notes)

        # A notice row for "no voice in your language" with the offer of the voice there is.
        self.notice = QWidget()
        self.notice.setObjectName("voice-notice")
        nrow = QHBoxLayout(self.notice)
        nrow.setContentsMargins(0, 0, 0, 0)
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.use_voice = QPushButton(self.tr("Use {voice}").replace("{voice}", read_aloud.voice_label))
        self.use_voice.setObjectName("use-available-voice")
        self.dismiss = dismiss = QPushButton(self.tr("No thanks"))
        nrow.addWidget(self.notice_text, 1)
        nrow.addWidget(self.use_voice)
        nrow.addWidget(dismiss)
        self.notice.hide()
        self.use_voice.clicked.connect(self._accept_available_voice)
        dismiss.clicked.connect(self.notice.hide)
        self._retry: tuple[str, Any] | None = None

        layout = chat.layout()
        layout.insertWidget(layout.count() - 1, self.notice)
        layout.insertWidget(layout.count() - 1, self.options)

        mic.transcribed.connect(self._on_transcribed)
        mic.state_changed.connect(lambda s: read_aloud.stop() if s == LISTENING and read_aloud.speaking else None)
        mic.error.connect(self.error)
        read_aloud.error.connect(self.error)
        read_aloud.voice_missing.connect(self._on_voice_missing)
        read_aloud.sentence_started.connect(self._highlight)
        read_aloud.finished.connect(self._unhighlight)
        chat.answer_started.connect(self._on_answer_started)
        chat.answer_finished.connect(self._on_answer_finished)
        self._streaming: MessageWidget | None = None
        self._fed = 0
        self._poll = QTimer(self)
        self._poll.setInterval(AUTO_READ_POLL_MS)
        self._poll.timeout.connect(self._feed_answer)
        self.add_speaker_buttons()
        self.options.installEventFilter(self)      # a QObject gets no LanguageChange of its own: the strip's

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.options and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.auto_read.setText(self.tr("Read answers aloud"))
        self.send_directly.setText(self.tr("Send what I say at once"))
        self.hands_free.setText(self.tr("Hands-free"))
        self.hands_free.setToolTip(self.tr("One press starts listening; it stops by itself when you stop talking."))
        self.rate.setAccessibleName(self.tr("Reading speed"))
        if not self.speaker_problem:
            self.rate.setToolTip(self.tr("Reading speed (slower to the left)"))
        self.speed_label.setText(self.tr("Speed"))
        self.use_voice.setText(self.tr("Use {voice}").replace("{voice}", self.read_aloud.voice_label))
        self.dismiss.setText(self.tr("No thanks"))
        if self.speaker_problem:
            # The note came from ui.audio_io in the language of the moment it was made (the kiosk's);
            # a catalogue sentence is looked up again, anything else stays as it was.
            note = QCoreApplication.translate("audio", self.speaker_problem)
            self.speaker_note.setText(note)
            for w in (self.auto_read, self.rate):
                w.setToolTip(note)

    def reset(self) -> None:
        """Sign-out: stop reading and listening; forget the buttons of the cleared messages."""
        self.read_aloud.stop()
        self.mic.cancel()
        self._poll.stop()
        self._streaming, self._fed, self._retry = None, 0, None
        self.buttons.clear()
        self.notice.hide()
        self.notice_text.clear()

    # -- speaker buttons ------------------------------------------------------------------------
    def add_speaker_buttons(self) -> None:
        for msg in self.chat.messages():
            if id(msg) not in self.buttons:
                button = SpeakerButton(self.read_aloud, lambda m=msg: self._readable(m), key=msg)
                if self.speaker_problem:
                    # Nothing can be heard: no dead button under every message (the strip's note says why);
                    # at 1024x600 each took a row of the conversation.
                    button.setEnabled(False)
                    button.setToolTip(self.speaker_problem)
                    button.hide()
                button.clicked.connect(lambda _c=False, m=msg: self._remember(m))
                msg.footer.addWidget(button)
                msg.footer.addStretch(1)
                self.buttons[id(msg)] = button

    def button_for(self, msg: MessageWidget) -> SpeakerButton:
        return self.buttons[id(msg)]

    @staticmethod
    def _readable(msg: MessageWidget) -> str:
        return "" if msg.text in ("…", "(stopped)") else msg.text

    def _remember(self, msg: MessageWidget) -> None:
        self._retry = (self._readable(msg), msg)

    # -- microphone -----------------------------------------------------------------------------
    def _on_transcribed(self, text: str) -> None:
        if self.send_directly.isChecked() and not self.chat.busy:
            self.chat.send(text)
            return
        self.chat.input.setPlainText(text)
        self.chat.input.moveCursor(QTextCursor.MoveOperation.End)
        self.chat.input.setFocus()

    # -- auto-read ------------------------------------------------------------------------------
    def _on_answer_started(self, reply: MessageWidget) -> None:
        self.add_speaker_buttons()
        if self.auto_read.isChecked() and self.auto_read.isEnabled():
            if self.read_aloud.begin_stream(key=reply):
                self._streaming, self._fed = reply, 0
                self._poll.start()

    def _feed_answer(self) -> None:
        reply = self._streaming
        if reply is None:
            return
        text = "" if reply.text == "…" else reply.text
        if len(text) > self._fed:
            self.read_aloud.feed(text[self._fed:])
            self._fed = len(text)

    def _on_answer_finished(self, reply: MessageWidget, reason: str) -> None:
        self.add_speaker_buttons()       # notes the chat may have added along with the answer
        if reply is not self._streaming:
            return
        self._poll.stop()
        if reason in ("stop", "length"):
            self._feed_answer()
            self.read_aloud.end_stream()
        elif self.read_aloud.key is reply:
            self.read_aloud.stop()
        self._streaming = None

    # -- highlighting and the missing-voice offer ----------------------------------------------
    def _highlight(self, key: Any, start: int, end: int) -> None:
        if isinstance(key, MessageWidget):
            key.body.setSelection(start, max(0, end - start))

    def _unhighlight(self, key: Any) -> None:
        if isinstance(key, MessageWidget):
            key.body.setSelection(0, 0)

    def _on_voice_missing(self, message: str) -> None:
        self.notice_text.setText(message)
        self.notice.show()

    def _accept_available_voice(self) -> None:
        self.read_aloud.use_available_voice()
        self.notice.hide()
        if self._retry and self._retry[0]:
            text, msg = self._retry
            self.read_aloud.speak(text, key=msg)
