"""Voice widgets, offscreen, with the real Whisper and Piper models and real audio bytes.

Sound devices are stand-ins with the same interface (a memory sink that plays at a chosen speed,
a scripted microphone that "speaks" real Piper audio); everything behind them is real.
"""
from __future__ import annotations

import time
from collections.abc import Iterator

import numpy as np
from PySide6.QtCore import Qt
from voice_fixtures import key_words_heard, piper_clip, speech_registry, synthesizer, transcriber  # noqa: F401

from engine.cancel import CancelToken
from engine.turn import Text
from engine.speech.audio import float_to_pcm16, pcm16_to_float, resample
from engine.speech.sentences import split_for_speech
from ui.audio_io import MemorySink, ScriptedSource, audio_devices, microphone_problem
from ui.voice import DONE, LISTENING, TRANSCRIBING, UNAVAILABLE, MicButton, ReadAloud, SpeakerButton

ANSWER = "Bees live in hives. They make honey from nectar. The queen lays the eggs."


def _read_aloud(runner, synthesizer, sink: MemorySink, **kw):  # type: ignore[no-untyped-def]
    return ReadAloud(lambda: synthesizer, runner, sink_factory=lambda: sink, voice_language=synthesizer.language,
                     voice_label=f"English voice ({synthesizer.voice_id})", **kw)


def _speech_16k(synthesizer, text: str, *, silence_after: float = 2.5) -> bytes:
    speech = resample(pcm16_to_float(synthesizer.synthesize(text).pcm), 22050, 16000)
    room = (np.random.default_rng(3).standard_normal(int(16000 * (0.5 + silence_after))) * 0.002).astype(np.float32)
    return float_to_pcm16(np.concatenate([room[:8000], speech, room[8000:]]))


def test_speaker_button_plays_the_real_voice_and_reports_each_sentence(qtbot, runner, synthesizer, transcriber):
    sink = MemorySink()
    reader = _read_aloud(runner, synthesizer, sink)
    button = SpeakerButton(reader, lambda: ANSWER)
    qtbot.addWidget(button)
    heard: list[tuple[int, int]] = []
    reader.sentence_started.connect(lambda _key, start, end: heard.append((start, end)))
    with qtbot.waitSignal(reader.finished, timeout=30_000):
        button.click()
        assert button.text() == "Stop reading"
    assert button.text() == "Read aloud"
    assert [ANSWER[s:e] for s, e in heard] == ["Bees live in hives.", "They make honey from nectar.",
                                              "The queen lays the eggs."]
    assert sink.sample_rate == 22050 and len(sink.data) / 2 / 22050 > 3.0
    # Half a second of quiet before the first word, as a microphone would hear it: with none,
    # Whisper sometimes clips the opening "Bees" into "These".
    quiet = b"\x00\x00" * (22050 // 2)
    text = transcriber.transcribe_pcm(quiet + bytes(sink.data) + quiet, sample_rate=22050, language="en").text
    assert len(key_words_heard(["bees", "hives", "honey", "nectar", "queen", "eggs"], text)) >= 4, text


def test_pressing_the_speaker_again_stops_reading_and_no_stale_audio_follows(qtbot, runner, synthesizer):
    sink = MemorySink(speed=1.0)              # plays in real time, like speakers
    reader = _read_aloud(runner, synthesizer, sink)
    long_text = " ".join(f"This is sentence {i} about the planets." for i in range(30))
    button = SpeakerButton(reader, lambda: long_text)
    qtbot.addWidget(button)
    with qtbot.waitSignal(reader.sentence_started, timeout=30_000):
        button.click()
    with qtbot.waitSignal(reader.finished, timeout=30_000):
        button.click()
    assert not reader.speaking and not reader.player.playing and button.text() == "Read aloud"
    size = len(sink.data)
    # The speech lane runs one task at a time: once a later task is done, the cancelled reading has
    # ended too, and everything it emitted has been delivered (queued before the marker's result).
    marker_done: list[bool] = []
    runner.single(lambda: None, lane="speech").on_done(lambda _r: marker_done.append(True)).start()
    qtbot.waitUntil(lambda: bool(marker_done), timeout=30_000)
    assert len(sink.data) == size             # no stale audio after the stop


def test_no_voice_for_the_learners_language_is_said_and_the_available_one_offered(qtbot, runner, synthesizer):
    sink = MemorySink()
    reader = _read_aloud(runner, synthesizer, sink, learner_language="es")
    with qtbot.waitSignal(reader.voice_missing, timeout=30_000) as missing:
        assert not reader.speak("Hola a todos.")
    assert "Spanish" in missing.args[0] and "en_US-joe-medium" in missing.args[0]
    assert not sink.data
    reader.use_available_voice()
    with qtbot.waitSignal(reader.finished, timeout=30_000):
        assert reader.speak("Hello everyone.")
    assert len(sink.data) > 22050


def test_hands_free_microphone_transcribes_and_stops_by_itself(qtbot, runner, synthesizer, transcriber):
    source = ScriptedSource(_speech_16k(synthesizer, "How far away is the moon?"))
    mic = MicButton(lambda: transcriber, runner, source=source, hands_free=True, language="en")
    qtbot.addWidget(mic)
    states: list[str] = []
    levels: list[int] = []
    mic.state_changed.connect(states.append)
    mic.meter.valueChanged.connect(levels.append)
    with qtbot.waitSignal(mic.transcribed, timeout=30_000) as got:
        mic.button.click()
    assert len(key_words_heard(["far", "away", "moon"], got.args[0])) >= 2, got.args[0]
    assert states[:3] == [LISTENING, TRANSCRIBING, DONE]
    assert max(levels) > 50 and mic.meter.value() == 0
    assert "moon" in mic.status.text().lower()


def test_push_to_talk_key_places_the_transcript_in_the_input(qtbot, runner, synthesizer, transcriber):
    from ui.chat_view import ChatView
    from ui.voice_chat import ChatVoice

    def answer(question: str, *, cancel: CancelToken) -> Iterator[Text]:
        yield Text("An answer.")

    chat = ChatView(runner, answer)
    qtbot.addWidget(chat)
    source = ScriptedSource(_speech_16k(synthesizer, "What do plants need to grow?", silence_after=0.5))
    mic = MicButton(lambda: transcriber, runner, source=source, hands_free=False)
    voice = ChatVoice(chat, mic=mic, read_aloud=_read_aloud(runner, synthesizer, MemorySink()))
    chat.show()
    qtbot.keyPress(chat.input, Qt.Key.Key_F2)
    assert mic.state == LISTENING
    qtbot.waitUntil(lambda: mic._listener is not None and mic._listener.seconds > 3.2, timeout=60_000)
    with qtbot.waitSignal(mic.transcribed, timeout=30_000):
        qtbot.keyRelease(chat.input, Qt.Key.Key_F2)
    typed = chat.input.toPlainText()
    assert len(key_words_heard(["plants", "need", "grow"], typed)) >= 2, typed
    assert not chat.messages()                  # placed for the learner to confirm, not sent
    # With "send at once" the spoken question goes straight to the tutor.
    voice.send_directly.setChecked(True)
    chat.input.clear()
    with qtbot.waitSignal(chat.answer_finished, timeout=60_000):
        voice._on_transcribed("What do plants need?")
    assert [m.text for m in chat.messages()] == ["What do plants need?", "An answer."]


def test_auto_read_speaks_a_streaming_answer_and_highlights_the_sentence(qtbot, runner, synthesizer):
    from ui.chat_view import ChatView
    from ui.voice_chat import ChatVoice

    def answer(question: str, *, cancel: CancelToken) -> Iterator[Text]:
        for word in ANSWER.split(" "):
            time.sleep(0.1)     # a slow model: the first sentence must be heard before the answer ends
            yield Text(word + " ")

    chat = ChatView(runner, answer)
    qtbot.addWidget(chat)
    sink = MemorySink(speed=8.0)
    reader = _read_aloud(runner, synthesizer, sink)
    voice = ChatVoice(chat, mic=MicButton(lambda: None, runner, source=None), read_aloud=reader, auto_read=True)
    chat.show()
    highlighted: list[str] = []
    first_audio: list[bool] = []

    def on_sentence(key, start, end) -> None:  # type: ignore[no-untyped-def]
        highlighted.append(key.body.selectedText())
        first_audio.append(chat.busy)           # True: speaking began while the answer still streamed

    reader.sentence_started.connect(on_sentence)
    with qtbot.waitSignal(reader.finished, timeout=30_000):
        chat.send("Tell me about bees.")
    assert highlighted == [s.text for s in split_for_speech(ANSWER)]
    assert first_audio[0] is True
    reply = chat.messages()[-1]
    assert reply.body.selectedText() == ""      # highlight cleared at the end
    assert voice.button_for(reply).text() == "Read aloud"
    assert len(sink.data) / 2 / 22050 > 3.0


def test_a_missing_microphone_disables_the_button_and_says_why(qtbot, runner):
    reason = "No microphone was found. Plug in a headset or microphone, then restart Lantern."
    mic = MicButton(lambda: None, runner, source=None, unavailable_reason=reason)
    qtbot.addWidget(mic)
    assert not mic.button.isEnabled() and mic.state == UNAVAILABLE
    assert mic.button.toolTip() == reason and reason in mic.status.text()
    mic.start_listening()
    assert mic.state == UNAVAILABLE
    # What this machine reports is consistent with the devices Qt sees.
    has_mic = bool(audio_devices()["microphones"])
    assert (microphone_problem() is None) == has_mic


def test_speakers_that_cannot_open_give_a_clear_error_not_a_crash(qtbot, runner, synthesizer):
    class DeadSink(MemorySink):
        def open(self, sample_rate: int) -> None:
            raise OSError("device busy")

    reader = ReadAloud(lambda: synthesizer, runner, sink_factory=DeadSink, voice_language="en_US", voice_label="joe")
    with qtbot.waitSignal(reader.error, timeout=30_000) as failed:
        reader.speak("Hello there.")
    assert "speakers could not be opened" in str(failed.args[0])
    qtbot.waitUntil(lambda: not reader.speaking, timeout=30_000)
