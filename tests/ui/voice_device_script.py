"""Run by test_voice_devices.py in a fresh process whose PulseAudio is a null speaker looped back
into a microphone: the real window parts, real QtMultimedia devices, real models. Prints JSON."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from engine.speech.registry import SpeechRegistry
from engine.speech.synthesizer import Synthesizer
from engine.speech.transcriber import Transcriber
from ui.audio_io import QtPcmSink, QtPcmSource, audio_devices, microphone_problem, speaker_problem
from ui.tasks import TaskRunner
from ui.voice import MicButton, ReadAloud


def main(speech_dir: str, text: str) -> dict:
    app = QApplication.instance() or QApplication([])
    reg = SpeechRegistry(Path(speech_dir))
    voice = reg.voice("en_US-joe-medium")
    synth = Synthesizer(Path(voice.path), config_path=Path(voice.config_path))
    asr = Transcriber(Path(reg.asr_model().path), device="cpu", cpu_threads=2)
    runner = TaskRunner()
    out: dict = {"devices": audio_devices(), "mic_problem": microphone_problem(), "speaker_problem": speaker_problem()}
    mic = MicButton(lambda: asr, runner, source=QtPcmSource(), hands_free=True, language="en")
    reader = ReadAloud(lambda: synth, runner, sink_factory=QtPcmSink, voice_language=synth.language, voice_label="joe")
    states: list[str] = []
    levels: list[int] = []
    sentences: list[list[int]] = []
    mic.state_changed.connect(states.append)
    mic.meter.valueChanged.connect(levels.append)
    reader.sentence_started.connect(lambda _k, s, e: sentences.append([s, e]))
    done = QEventLoop()
    mic.transcribed.connect(lambda t: (out.__setitem__("transcript", t), done.quit()))
    mic.error.connect(lambda e: (out.__setitem__("error", str(e)), done.quit()))
    reader.finished.connect(lambda _k: out.__setitem__("read_aloud_finished", True))
    mic.start_listening()                       # the learner presses the microphone...
    QTimer.singleShot(300, lambda: reader.speak(text))   # ...and "speaks" (the tutor's voice, looped back)
    QTimer.singleShot(60_000, done.quit)
    done.exec()
    out.update(states=states, max_level=max(levels or [0]), sentences=sentences)
    runner.shutdown()
    app.processEvents()
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
