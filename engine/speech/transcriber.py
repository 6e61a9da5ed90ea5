"""`Transcriber`: speech to text with faster-whisper, from a file or from PCM a microphone captured.

int8 on the CPU; float16 on CUDA when the installed ctranslate2 build can use a GPU. The model is
always opened from a local CTranslate2 folder (a model *name* would make faster-whisper reach for
the network). Files are decoded and transcribed one window (up to a minute, cut at a quiet moment)
at a time, so memory stays bounded on long recordings, progress can be reported and a cancel is
honoured between segments. Calls into the model are serialised with a lock: one thread at a time.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from engine.cancel import CancelToken
from engine.errors import Cancelled, SpeechError
from engine.speech.audio import ASR_SAMPLE_RATE, iter_audio_blocks, pcm16_to_float, probe_audio, resample
from engine.speech.validate import inspect_whisper_folder, offline_environment

# Windows are cut at the quietest 100 ms between these bounds (seconds).
WINDOW_MIN_S = 40.0
WINDOW_MAX_S = 60.0
# Fewer fallback temperatures than faster-whisper's six: a garbled window costs at most 3 re-decodes.
_TEMPERATURES = (0.0, 0.2, 0.4, 0.6)
ProgressFn = Callable[[float, float | None], None]   # (seconds done, total seconds or None)


@dataclass(frozen=True)
class Segment:
    """One stretch of recognised speech; times are seconds from the start of the audio."""

    index: int
    start: float
    end: float
    text: str
    language: str
    avg_logprob: float
    no_speech_prob: float


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str | None
    language_probability: float | None
    duration: float
    segments: tuple[Segment, ...]
    seconds: float             # wall-clock time spent

    @property
    def real_time_factor(self) -> float:
        return self.seconds / self.duration if self.duration else 0.0


def cuda_available() -> bool:
    try:
        import ctranslate2

        return ctranslate2.get_cuda_device_count() > 0
    except Exception:  # noqa: BLE001 - a CPU-only build may raise instead of returning 0
        return False


def _quiet_cut(samples: np.ndarray, lo: int, hi: int) -> int:
    """The index of the quietest 100 ms frame between lo and hi (a pause, ideally)."""
    frame = ASR_SAMPLE_RATE // 10
    region = samples[lo:hi]
    n = region.size // frame
    if n == 0:
        return hi
    energy = np.square(region[: n * frame].reshape(n, frame)).mean(axis=1)
    return lo + int(np.argmin(energy)) * frame + frame // 2


class Transcriber:
    """A loaded Whisper model. Use from any thread; one transcription runs at a time."""

    def __init__(self, model_dir: Path, *, device: str = "auto", compute_type: str | None = None,
                 cpu_threads: int = 0, beam_size: int = 1, vad: bool = True) -> None:
        model_dir = Path(model_dir)
        inspect_whisper_folder(model_dir, load=False)
        if device == "auto":
            device = "cuda" if cuda_available() else "cpu"
        self.device = device
        self.compute_type = compute_type or ("float16" if device == "cuda" else "int8")
        self.beam_size = beam_size
        self.vad = vad
        self.model_dir = model_dir
        self._lock = threading.Lock()
        offline_environment()
        from faster_whisper import WhisperModel

        try:
            self._model: Any = WhisperModel(str(model_dir), device=device, compute_type=self.compute_type,
                                            cpu_threads=cpu_threads, local_files_only=True)
        except (RuntimeError, ValueError, OSError) as exc:
            raise SpeechError(f"The speech model in {model_dir} cannot be loaded ({str(exc).splitlines()[0][:160]}).",
                              hint="Run 'lantern voices provision' to assemble it again.") from exc

    # -- files --------------------------------------------------------------------------------
    def stream_file(self, path: Path, *, language: str | None = None, cancel: CancelToken | None = None,
                    progress: ProgressFn | None = None) -> Iterator[Segment]:
        """Yield segments as each window is transcribed. Lazy: decoding starts at the first `next()`.

        `language=None` detects it (once, on the first window with speech) and keeps it for the rest.
        Stops quietly when `cancel` is set (checked between segments and blocks).
        Raises SpeechError for missing, damaged, empty or soundless files.
        """
        return self._stream(Path(path), {"language": language}, cancel, progress)

    def _stream(self, path: Path, state: dict[str, Any], cancel: CancelToken | None,
                progress: ProgressFn | None) -> Iterator[Segment]:
        total = probe_audio(path).duration
        buf = np.zeros(0, dtype=np.float32)
        offset = 0.0
        index = 0
        for block in iter_audio_blocks(Path(path), block_seconds=10.0, cancel=cancel):
            buf = np.concatenate([buf, block])
            while buf.size >= WINDOW_MAX_S * ASR_SAMPLE_RATE:
                cut = _quiet_cut(buf, int(WINDOW_MIN_S * ASR_SAMPLE_RATE), int(WINDOW_MAX_S * ASR_SAMPLE_RATE))
                for seg in self._window(buf[:cut], offset, index, state, cancel):
                    index += 1
                    yield seg
                    if progress:
                        progress(seg.end, total)
                offset += cut / ASR_SAMPLE_RATE
                buf = buf[cut:]
                if progress:
                    progress(offset, total)
            if cancel is not None and cancel.cancelled:
                return
        if buf.size:
            for seg in self._window(buf, offset, index, state, cancel):
                index += 1
                yield seg
                if progress:
                    progress(seg.end, total)
            offset += buf.size / ASR_SAMPLE_RATE
        if progress and not (cancel and cancel.cancelled):
            progress(offset, total or offset)

    def transcribe_file(self, path: Path, *, language: str | None = None, cancel: CancelToken | None = None,
                        progress: ProgressFn | None = None) -> Transcript:
        """The whole transcript of a file. Raises Cancelled if `cancel` is set before it finishes."""
        start = time.perf_counter()
        duration = [0.0]

        def track(done: float, total: float | None) -> None:
            duration[0] = max(duration[0], done)
            if progress:
                progress(done, total)

        state: dict[str, Any] = {"language": language}
        segments = tuple(self._stream(Path(path), state, cancel, track))
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        return Transcript(text=_join(segments), language=state.get("language"),
                          language_probability=state.get("probability"), duration=duration[0],
                          segments=segments, seconds=time.perf_counter() - start)

    # -- PCM (microphone) -------------------------------------------------------------------
    def transcribe_pcm(self, pcm: bytes, *, sample_rate: int = ASR_SAMPLE_RATE, language: str | None = None,
                       cancel: CancelToken | None = None) -> Transcript:
        """Transcribe 16-bit mono PCM (a push-to-talk or hands-free utterance)."""
        start = time.perf_counter()
        samples = resample(pcm16_to_float(pcm), sample_rate, ASR_SAMPLE_RATE)
        if samples.size < ASR_SAMPLE_RATE // 10:
            raise SpeechError("The recording is too short to hold any speech.",
                              hint="Hold the microphone button while you speak, then let go.")
        state: dict[str, Any] = {"language": language}
        segments = tuple(self._window(samples, 0.0, 0, state, cancel))
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        return Transcript(text=_join(segments), language=state.get("language"),
                          language_probability=state.get("probability"),
                          duration=samples.size / ASR_SAMPLE_RATE, segments=segments,
                          seconds=time.perf_counter() - start)

    def detect_language(self, samples: np.ndarray) -> tuple[str, float]:
        """(language code, probability) for 16 kHz float32 speech."""
        with self._lock:
            lang, prob, _ = self._model.detect_language(samples, vad_filter=self.vad)
        return lang, float(prob)

    # -- core -----------------------------------------------------------------------------------
    def _window(self, samples: np.ndarray, offset: float, first_index: int, state: dict[str, Any],
                cancel: CancelToken | None) -> Iterator[Segment]:
        if cancel is not None and cancel.cancelled:
            return
        out: list[Segment] = []
        with self._lock:
            try:
                segments, info = self._model.transcribe(
                    samples, language=state.get("language"), beam_size=self.beam_size, vad_filter=self.vad,
                    vad_parameters={"min_silence_duration_ms": 500}, condition_on_previous_text=False,
                    temperature=_TEMPERATURES)
                for seg in segments:
                    text = seg.text.strip()
                    if text:
                        out.append(Segment(index=first_index + len(out), start=round(offset + seg.start, 2),
                                           end=round(offset + seg.end, 2), text=text, language=info.language,
                                           avg_logprob=float(seg.avg_logprob),
                                           no_speech_prob=float(seg.no_speech_prob)))
                    if cancel is not None and cancel.cancelled:
                        return
            except (RuntimeError, ValueError) as exc:
                raise SpeechError(f"Speech recognition failed ({str(exc).splitlines()[0][:160]}).",
                                  hint="Try again; if it keeps failing, run 'lantern voices verify'.") from exc
        if out and state.get("language") is None:
            # Keep the detected language for the following windows: consistent and faster.
            state["language"], state["probability"] = info.language, float(info.language_probability)
        elif out and "probability" not in state:
            state["probability"] = float(info.language_probability) if info.language_probability else None
        yield from out

    def close(self) -> None:
        with self._lock:
            self._model = None

    def __enter__(self) -> Transcriber:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _join(segments: tuple[Segment, ...]) -> str:
    return " ".join(s.text for s in segments).strip()
