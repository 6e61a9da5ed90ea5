"""Voice widgets: the microphone button (with level meter and state) and read-aloud (speaker buttons,
auto-read of streaming answers, the sentence being spoken reported for highlighting).

Widgets never build engines: they get loader callables (`() -> Transcriber`, `() -> Synthesizer`)
that run on the task runner's "speech" lane, so loading and all speech work stay off the GUI thread.
PCM crosses between the audio devices (ui/audio_io.py) and the engine as plain bytes.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QProgressBar, QStyle, QToolButton, QWidget

from engine.errors import SpeechError
from engine.speech.audio import ASR_SAMPLE_RATE
from engine.speech.listener import HANDS_FREE, PUSH_TO_TALK, SpeechListener
from engine.speech.registry import language_family, language_name
from engine.speech.sentences import SentenceBuffer, TextSpan, split_for_speech
from ui.audio_io import PcmPlayer, PcmSink, PcmSource
from ui.tasks import Task, TaskRunner

PUSH_TO_TALK_KEY = Qt.Key.Key_F2
IDLE, LISTENING, TRANSCRIBING, DONE, ERROR, UNAVAILABLE = "idle", "listening", "transcribing", "done", "error", "unavailable"
_STATE_TEXT = {IDLE: "", LISTENING: QT_TRANSLATE_NOOP("MicButton", "Listening…"),
               TRANSCRIBING: QT_TRANSLATE_NOOP("MicButton", "Writing down what you said…"),
               DONE: QT_TRANSLATE_NOOP("MicButton", "Done"), ERROR: QT_TRANSLATE_NOOP("MicButton", "Could not hear that"),
               UNAVAILABLE: QT_TRANSLATE_NOOP("MicButton", "Microphone unavailable")}


class MicButton(QWidget):
    """Press (and hold, in push-to-talk) to speak; the transcript comes out of `transcribed`.

    Hands-free: one press starts listening and it stops by itself when the learner stops talking.
    F2 works like the button (hold it to talk). With no microphone the button is disabled and
    says why.
    """

    transcribed = Signal(str)
    state_changed = Signal(str)
    error = Signal(object)

    def __init__(self, load_transcriber: Callable[[], Any], runner: TaskRunner, *, source: PcmSource | None,
                 unavailable_reason: str | None = None, hands_free: bool = False, language: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load_transcriber
        self._runner = runner
        self._source = source
        self.hands_free = hands_free
        self.language = language
        self._listener: SpeechListener | None = None
        self._task: Task | None = None
        self.state = IDLE
        self._detail: str | None = None
        self.last_text = ""

        self.button = QToolButton()
        self.button.setObjectName("mic-button")
        self.button.setText(self.tr("Speak"))
        self.button.setAccessibleName(self.tr("Speak a question"))
        self.meter = QProgressBar()
        self.meter.setObjectName("mic-level")
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setFixedWidth(70)
        self.meter.setMaximumHeight(12)
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.status = QLabel()
        self.status.setObjectName("mic-state")
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.meter)
        layout.addWidget(self.status, 1)
        self.button.pressed.connect(self._on_pressed)
        self.button.released.connect(self._on_released)

        self.unavailable_reason = unavailable_reason if unavailable_reason or source is not None \
            else self.tr("No microphone was found.")
        if self.unavailable_reason:
            self.button.setEnabled(False)
            self.meter.hide()               # no microphone: an empty level meter only looks broken
            self.button.setToolTip(self.unavailable_reason)
            self.button.setAccessibleDescription(self.unavailable_reason)
            self._set_state(UNAVAILABLE, self.unavailable_reason)
        else:
            self.set_hands_free(hands_free)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)

    # -- public -------------------------------------------------------------------------------
    def set_hands_free(self, on: bool) -> None:
        """Hands-free or push-to-talk, from the next utterance on."""
        self.hands_free = on
        if not self.unavailable_reason:
            self.button.setToolTip(self.tr("Press to speak (or press F2); listening stops when you stop talking") if on
                                   else self.tr("Hold to speak (or hold F2)"))

    @property
    def listening(self) -> bool:
        return self._listener is not None

    def start_listening(self) -> None:
        if self.unavailable_reason or self._listener is not None or self.state == TRANSCRIBING:
            return
        self._listener = SpeechListener(mode=HANDS_FREE if self.hands_free else PUSH_TO_TALK)
        try:
            assert self._source is not None
            self._source.open(ASR_SAMPLE_RATE, self._on_pcm)
        except OSError as exc:
            self._listener = None
            self._set_state(ERROR, self.tr("The microphone could not be opened ({error}).").replace("{error}", str(exc)))
            return
        self.meter.setValue(0)
        self._set_state(LISTENING)

    def stop_listening(self) -> None:
        """End the utterance now (push-to-talk release, or a second press in hands-free)."""
        if self._listener is not None:
            self._listener.finish()
            self._finish_capture()

    def cancel(self) -> None:
        if self._listener is not None:
            self._source.close()  # type: ignore[union-attr]
            self._listener = None
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.meter.setValue(0)
        self._set_state(IDLE)

    # -- capture --------------------------------------------------------------------------------
    def _on_pressed(self) -> None:
        if self.hands_free and self.listening:
            self.stop_listening()
        else:
            self.start_listening()

    def _on_released(self) -> None:
        if not self.hands_free:
            self.stop_listening()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and isinstance(event, QKeyEvent)
                and event.key() == PUSH_TO_TALK_KEY and not event.isAutoRepeat()
                and isinstance(obj, QWidget) and obj.window() is self.window()):
            if event.type() == QEvent.Type.KeyPress:
                self._on_pressed()
            else:
                self._on_released()
            return True
        return False

    def _on_pcm(self, pcm: bytes) -> None:
        if self._listener is None:
            return
        ev = self._listener.feed(pcm)
        self.meter.setValue(int(ev.level * 100))
        if ev.ended:
            self._finish_capture()

    def _finish_capture(self) -> None:
        listener, self._listener = self._listener, None
        if listener is None:
            return
        self._source.close()  # type: ignore[union-attr]
        self.meter.setValue(0)
        if listener.end_reason == "no_speech" or (self.hands_free and not listener.heard_speech):
            self._set_state(DONE, self.tr("No speech heard. Try again, a little louder."))
            return
        pcm = listener.audio()
        if len(pcm) < ASR_SAMPLE_RATE // 5:      # a tap, not a question
            self._set_state(IDLE, self.tr("Hold the button while you speak."))
            return
        self._set_state(TRANSCRIBING)
        language = self.language

        def transcribe(audio: bytes, *, cancel: Any) -> Any:
            return self._load().transcribe_pcm(audio, language=language, cancel=cancel)

        self._task = (self._runner.single(transcribe, pcm, lane="speech", pass_cancel=True)
                      .on_done(self._on_transcript).on_error(self._on_error).start())

    def _on_transcript(self, transcript: Any) -> None:
        self._task = None
        self.last_text = transcript.text
        if not transcript.text:
            self._set_state(DONE, self.tr("No words heard. Try again, a little closer to the microphone."))
            return
        self._set_state(DONE, self.tr("Heard: {text}").replace("{text}", transcript.text))
        self.transcribed.emit(transcript.text)

    def _on_error(self, exc: BaseException) -> None:
        self._task = None
        self._set_state(ERROR, str(exc) if isinstance(exc, SpeechError) else None)
        self.error.emit(exc)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.button.setAccessibleName(self.tr("Speak a question"))
            self.meter.setAccessibleName(self.tr("Microphone level"))
            self.set_hands_free(self.hands_free)
            self._set_state(self.state, self._detail, announce=False)
        super().changeEvent(event)

    def _set_state(self, state: str, detail: str | None = None, *, announce: bool = True) -> None:
        self.state = state
        self._detail = detail      # a sentence made for this moment stays; the state's own words follow the language
        self.status.setText(detail or (self.tr(_STATE_TEXT[state]) if _STATE_TEXT[state] else ""))
        # Plain words: kiosks often have no emoji font.
        self.button.setText(self.tr("Stop") if state == LISTENING and self.hands_free else
                            self.tr("Listening…") if state == LISTENING else self.tr("Speak"))
        if announce:
            self.state_changed.emit(state)


class ReadAloud(QObject):
    """Reads text aloud through a PcmPlayer, sentence by sentence, on the "speech" lane.

    `speak(text, key=...)` reads a whole message; `begin_stream / feed / end_stream` read an answer
    while it is still arriving. `sentence_started(key, start, end)` says which characters are being
    heard now. If the voice does not speak the learner's language, `voice_missing(message)` says so
    and nothing is read until `use_available_voice()` accepts the voice there is.
    """

    sentence_started = Signal(object, int, int)
    started = Signal(object)
    finished = Signal(object)
    voice_missing = Signal(str)
    error = Signal(object)

    def __init__(self, load_synthesizer: Callable[[], Any], runner: TaskRunner, *, sink_factory: Callable[[], PcmSink],
                 voice_language: str, voice_label: str, learner_language: str | None = None, rate: float = 1.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load_synthesizer
        self._runner = runner
        self.voice_language = voice_language
        self.voice_label = voice_label
        self.learner_language = learner_language
        self.rate = rate
        self._allow_other_voice = False
        self.player = PcmPlayer(sink_factory, self)
        self.player.chunk_started.connect(self._on_chunk_started)
        self.player.finished.connect(self._on_player_finished)
        self._tasks: list[Task] = []
        self._key: Any = None
        self._buffer: SentenceBuffer | None = None
        self._input_open = False

    @property
    def speaking(self) -> bool:
        return self._key is not None

    @property
    def key(self) -> Any:
        return self._key

    def voice_fits(self) -> bool:
        return (self._allow_other_voice or not self.learner_language
                or language_family(self.learner_language) == language_family(self.voice_language))

    def missing_voice_message(self) -> str:
        return (self.tr("There is no read-aloud voice for {language} on this device. "
                        "The available voice is {voice}. Read with it anyway?")
                .replace("{language}", language_name(self.learner_language)).replace("{voice}", self.voice_label))

    def use_available_voice(self) -> None:
        self._allow_other_voice = True

    def speak(self, text: str, *, key: Any = None) -> bool:
        """Read `text`; returns False (and emits voice_missing) when there is no fitting voice."""
        spans = split_for_speech(text)
        if not spans:
            return False
        if not self._begin(key):
            return False
        self._synthesize(spans)
        self._input_open = False
        return True

    def begin_stream(self, *, key: Any = None) -> bool:
        if not self._begin(key):
            return False
        self._buffer = SentenceBuffer()
        return True

    def feed(self, text: str) -> None:
        if self._buffer is not None and text:
            spans = self._buffer.feed(text)
            if spans:
                self._synthesize(spans)

    def end_stream(self, *, speak_rest: bool = True) -> None:
        if self._buffer is None:
            return
        rest = self._buffer.flush() if speak_rest else []
        self._buffer = None
        if rest:
            self._synthesize(rest)
        self._input_open = False
        self._maybe_end_input()

    def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()
        self._buffer = None
        if self.player.playing:
            self.player.stop()      # emits finished -> _on_player_finished
        else:
            self._on_player_finished()

    # -- plumbing -------------------------------------------------------------------------------
    def _begin(self, key: Any) -> bool:
        if not self.voice_fits():
            self.voice_missing.emit(self.missing_voice_message())
            return False
        self.stop()
        self._key = key if key is not None else object()
        self._input_open = True
        self.started.emit(self._key)
        return True

    def _synthesize(self, spans: list[TextSpan]) -> None:
        load, rate = self._load, self.rate

        def work(pieces: list[TextSpan], *, cancel: Any) -> Any:
            return load().stream_spans(pieces, rate=rate, cancel=cancel)

        task = self._runner.stream(work, spans, lane="speech")
        task.on_item(self._on_chunk).on_done(lambda _r, t=task: self._task_done(t)) \
            .on_error(self._on_error).start()
        self._tasks.append(task)

    def _on_chunk(self, chunk: Any) -> None:
        if not self.player.playing:
            try:
                self.player.start(chunk.sample_rate)
            except OSError as exc:
                self.stop()
                self.error.emit(SpeechError(
                    self.tr("The speakers could not be opened ({error}).").replace("{error}", str(exc)),
                    hint=self.tr("Check that speakers or headphones are plugged in and not muted.")))
                return
        self.player.enqueue(chunk)

    def _task_done(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        self._maybe_end_input()

    def _maybe_end_input(self) -> None:
        if self._input_open or self._tasks or self._key is None:
            return
        if self.player.playing:
            self.player.end_of_input()
        else:                    # nothing was spoken (e.g. the answer was empty)
            self._on_player_finished()

    def _on_chunk_started(self, chunk: Any) -> None:
        if self._key is not None:
            self.sentence_started.emit(self._key, chunk.start, chunk.end)

    def _on_player_finished(self) -> None:
        key, self._key = self._key, None
        if key is not None:
            self.finished.emit(key)

    def _on_error(self, exc: BaseException) -> None:
        self.stop()
        self.error.emit(exc)


class SpeakerButton(QToolButton):
    """"Read aloud" for one message; press again to stop. `text_of()` gives the text at press time."""

    def __init__(self, read_aloud: ReadAloud, text_of: Callable[[], str], *, key: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_aloud = read_aloud
        self._text_of = text_of
        self.key = key if key is not None else self
        self.setObjectName("speaker-button")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAccessibleName(self.tr("Read aloud"))
        self.setToolTip(self.tr("Read this message aloud"))
        self._speaking = False
        self._show(False)
        self.clicked.connect(self._toggle)
        read_aloud.started.connect(lambda k: self._show(k is self.key))
        read_aloud.finished.connect(lambda k: self._show(False) if k is self.key else None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            if self.accessibleName() == self._default_name:      # not a name the owner gave it
                self.setAccessibleName(self.tr("Read aloud"))
            self.setToolTip(self.tr("Read this message aloud"))
            self._show(self._speaking)
        super().changeEvent(event)

    def _show(self, speaking: bool) -> None:
        self._speaking = speaking
        self._default_name = self.tr("Read aloud")
        icon = QStyle.StandardPixmap.SP_MediaStop if speaking else QStyle.StandardPixmap.SP_MediaVolume
        self.setIcon(self.style().standardIcon(icon))
        self.setText(self.tr("Stop reading") if speaking else self.tr("Read aloud"))

    def _toggle(self) -> None:
        if self._read_aloud.key is self.key:
            self._read_aloud.stop()
        else:
            self._read_aloud.speak(self._text_of(), key=self.key)
