"""Sound in and out for the window, as 16-bit mono PCM bytes handed to and from the engine.

Real devices go through QtMultimedia (`QAudioSink` for playback, `QAudioSource` for the
microphone; PySide6-Addons). `MemorySink` and `ScriptedSource` have the same small interface for
machines without sound hardware and for tests: they really run, on Qt timers, with real bytes.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from engine.speech.audio import float_to_pcm16, resample

FEED_INTERVAL_MS = 20


def _multimedia() -> Any:
    from PySide6 import QtMultimedia

    return QtMultimedia


def audio_devices() -> dict[str, list[str]]:
    """Names of the microphones and speakers Qt can see (empty lists on a machine without sound)."""
    _app = QCoreApplication.instance() or QCoreApplication([])
    mm = _multimedia()
    return {"microphones": [d.description() for d in mm.QMediaDevices.audioInputs()],
            "speakers": [d.description() for d in mm.QMediaDevices.audioOutputs()]}


def microphone_problem() -> str | None:
    """Why the microphone cannot be used, in words for the learner; None when it can."""
    try:
        mm = _multimedia()
    except ImportError:
        return QCoreApplication.translate(
            "audio", "Talking to the tutor does not work on this computer yet. Ask your teacher for help.")
    if not mm.QMediaDevices.audioInputs():
        return QCoreApplication.translate(
            "audio", "No microphone was found. Ask your teacher to plug one in.")
    return None


def speaker_problem() -> str | None:
    try:
        mm = _multimedia()
    except ImportError:
        return QCoreApplication.translate(
            "audio", "Reading aloud does not work on this computer yet. Ask your teacher for help.")
    if not mm.QMediaDevices.audioOutputs():
        return QCoreApplication.translate(
            "audio", "No speakers or headphones were found. Ask your teacher to plug some in.")
    return None


# -- playback ----------------------------------------------------------------------------------
class PcmSink(Protocol):
    def open(self, sample_rate: int) -> None: ...
    def writable(self) -> int: ...
    def write(self, data: bytes) -> None: ...
    def played_bytes(self) -> int: ...
    def close(self) -> None: ...


class MemorySink:
    """Keeps every byte it is given; "plays" them at `speed` times real time (inf = at once)."""

    def __init__(self, *, speed: float = float("inf")) -> None:
        self.speed = speed
        self.data = bytearray()
        self.sample_rate = 0
        self.opened = 0
        self._t0 = 0.0

    def open(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self.opened += 1
        self._t0 = time.perf_counter()
        self._written_at_open = len(self.data)

    def writable(self) -> int:
        return 1 << 20

    def write(self, data: bytes) -> None:
        self.data += data

    def played_bytes(self) -> int:
        written = len(self.data) - self._written_at_open
        if self.speed == float("inf"):
            return written
        return min(written, int((time.perf_counter() - self._t0) * self.speed * self.sample_rate) * 2)

    def close(self) -> None:
        pass


class QtPcmSink:
    """The default speakers through QAudioSink (push mode). Converts the rate if the device needs it."""

    tail_seconds = 0.3   # what may still sit in the device buffer when everything has been processed

    def __init__(self) -> None:
        self._sink: Any = None
        self._io: Any = None
        self._rate = 0
        self._out_rate = 0
        self._channels = 1
        self._written = 0

    def open(self, sample_rate: int) -> None:
        mm = _multimedia()
        device = mm.QMediaDevices.defaultAudioOutput()
        fmt = mm.QAudioFormat()
        fmt.setSampleRate(sample_rate)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(mm.QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            pref = device.preferredFormat()
            fmt.setSampleRate(pref.sampleRate())
            fmt.setChannelCount(pref.channelCount())
        self._rate, self._out_rate, self._channels = sample_rate, fmt.sampleRate(), fmt.channelCount()
        self._sink = mm.QAudioSink(device, fmt)
        self._sink.setBufferSize(int(self._out_rate * 2 * self._channels * 0.25))
        self._io = self._sink.start()
        if self._io is None:
            raise OSError("the speakers could not be opened")

    def writable(self) -> int:
        if self._sink is None:
            return 0
        free = self._sink.bytesFree()
        return int(free * self._rate / self._out_rate / self._channels) & ~1

    def write(self, data: bytes) -> None:
        self._written += len(data)
        if self._out_rate != self._rate or self._channels != 1:
            samples = resample(np.frombuffer(data, "<i2").astype(np.float32) / 32768.0, self._rate, self._out_rate)
            if self._channels > 1:
                samples = np.repeat(samples, self._channels)
            data = float_to_pcm16(samples)
        self._io.write(data)

    def played_bytes(self) -> int:
        if self._sink is None:
            return 0
        if self._sink.state() == _multimedia().QAudio.State.IdleState:
            return self._written        # ran dry: everything written has been consumed
        return min(self._written, int(self._sink.processedUSecs() / 1e6 * self._rate) * 2)

    def close(self) -> None:
        if self._sink is not None:
            self._sink.stop()
            self._sink = None
            self._io = None


class PcmPlayer(QObject):
    """Plays queued speech chunks through a sink; tells which chunk is audible now.

    `chunk_started(chunk)` fires when a chunk starts to sound (for highlighting its sentence);
    `finished()` when everything queued has played after `end_of_input()`, or after `stop()`.
    """

    chunk_started = Signal(object)
    finished = Signal()

    def __init__(self, sink_factory: Callable[[], PcmSink], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink_factory = sink_factory
        self._sink: PcmSink | None = None
        self._pending = bytearray()
        self._written = 0
        self._marks: list[tuple[int, Any]] = []   # (byte offset where a chunk starts, chunk)
        self._queued_total = 0
        self._input_done = False
        self._ending = False
        self._timer = QTimer(self)
        self._timer.setInterval(FEED_INTERVAL_MS)
        self._timer.timeout.connect(self._pump)

    @property
    def playing(self) -> bool:
        return self._sink is not None

    def start(self, sample_rate: int) -> None:
        self.stop(emit=False)
        self._sink = self._sink_factory()
        self._sink.open(sample_rate)
        self._pending.clear()
        self._written = self._queued_total = 0
        self._marks.clear()
        self._input_done = False
        self._ending = False
        self._timer.start()

    def enqueue(self, chunk: Any) -> None:
        """Queue an engine AudioChunk (anything with `.pcm`)."""
        if self._sink is None:
            return
        self._marks.append((self._queued_total, chunk))
        self._pending += chunk.pcm
        self._queued_total += len(chunk.pcm)
        self._pump()

    def end_of_input(self) -> None:
        self._input_done = True
        self._pump()

    def stop(self, *, emit: bool = True) -> None:
        was = self._sink is not None
        self._timer.stop()
        if self._sink is not None:
            self._sink.close()
            self._sink = None
        self._pending.clear()
        self._marks.clear()
        if was and emit:
            self.finished.emit()

    def _pump(self) -> None:
        sink = self._sink
        if sink is None:
            return
        n = min(len(self._pending), sink.writable())
        if n:
            sink.write(bytes(self._pending[:n]))
            del self._pending[:n]
            self._written += n
        played = sink.played_bytes()
        while self._marks and self._marks[0][0] <= played and self._marks[0][0] < self._queued_total:
            self.chunk_started.emit(self._marks.pop(0)[1])
        if self._input_done and not self._pending and not self._marks and played >= self._queued_total \
                and not self._ending:
            # Let the device buffer drain before closing it, else the last syllable is cut off.
            self._ending = True
            QTimer.singleShot(int(getattr(sink, "tail_seconds", 0.0) * 1000), self._end_if_current(sink))

    def _end_if_current(self, sink: PcmSink) -> Callable[[], None]:
        def end() -> None:
            if self._sink is sink:
                self.stop()
        return end


# -- capture -----------------------------------------------------------------------------------
class PcmSource(Protocol):
    def open(self, sample_rate: int, on_pcm: Callable[[bytes], None]) -> None: ...
    def close(self) -> None: ...


class ScriptedSource:
    """A stand-in microphone that "speaks" given PCM in 100 ms pieces on a timer, then room silence."""

    def __init__(self, pcm: bytes, *, sample_rate: int = 16000, interval_ms: int = 10) -> None:
        self.pcm = pcm
        self.rate = sample_rate
        self.interval_ms = interval_ms
        self._timer: QTimer | None = None
        self.opened = 0

    def open(self, sample_rate: int, on_pcm: Callable[[bytes], None]) -> None:
        assert sample_rate == self.rate, "ScriptedSource delivers PCM at the rate it was made with"
        self.opened += 1
        step = self.rate // 10 * 2
        pos = [0]

        def tick() -> None:
            piece = self.pcm[pos[0]:pos[0] + step]
            pos[0] += step
            on_pcm(piece if len(piece) == step else piece + b"\x00" * (step - len(piece)))

        self._timer = QTimer()
        self._timer.setInterval(self.interval_ms)
        self._timer.timeout.connect(tick)
        self._timer.start()

    def close(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None


class QtPcmSource(QObject):
    """The default microphone through QAudioSource, converted to 16-bit mono at the asked rate."""

    level = Signal(float)

    def __init__(self) -> None:
        super().__init__()
        self._source: Any = None
        self._io: Any = None

    def open(self, sample_rate: int, on_pcm: Callable[[bytes], None]) -> None:
        mm = _multimedia()
        device = mm.QMediaDevices.defaultAudioInput()
        fmt = mm.QAudioFormat()
        fmt.setSampleRate(sample_rate)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(mm.QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            fmt = device.preferredFormat()
        in_rate, channels = fmt.sampleRate(), fmt.channelCount()
        is_float = fmt.sampleFormat() == mm.QAudioFormat.SampleFormat.Float
        self._source = mm.QAudioSource(device, fmt)
        self._io = self._source.start()
        if self._io is None:
            raise OSError("the microphone could not be opened")

        def read() -> None:
            data = bytes(self._io.readAll().data())
            if not data:
                return
            if in_rate != sample_rate or channels != 1 or is_float:
                arr = np.frombuffer(data, "<f4" if is_float else "<i2").astype(np.float32)
                if not is_float:
                    arr /= 32768.0
                if channels > 1:
                    arr = arr[: arr.size // channels * channels].reshape(-1, channels).mean(axis=1)
                data = float_to_pcm16(resample(arr, in_rate, sample_rate))
            on_pcm(data)

        self._io.readyRead.connect(read)

    def close(self) -> None:
        if self._source is not None:
            self._source.stop()
            self._source = None
            self._io = None
