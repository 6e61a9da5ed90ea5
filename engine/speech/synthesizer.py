"""`Synthesizer`: text to speech with a local Piper voice, streamed piece by piece.

The text is cut into sentences (long ones at a pause, the first one shorter) and each piece is
synthesized on the synthesizer's own worker thread, so the first audio arrives after the first
piece rather than after the whole answer. The consumer polls its cancel token every 20 ms while
waiting, so a cancel ends the stream within that time; the worker drops the rest and stops after
the piece it is on (~0.1-0.2 s of work at most).
"""
from __future__ import annotations

import json
import queue
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from engine.cancel import CancelToken
from engine.errors import Cancelled, SpeechError
from engine.speech.audio import write_wav
from engine.speech.validate import inspect_piper_voice, language_family, offline_environment
from engine.speech.sentences import TextSpan, split_for_speech

MIN_RATE, MAX_RATE = 0.5, 2.0
_POLL_S = 0.02
_DONE = object()


@dataclass(frozen=True)
class AudioChunk:
    """Speech for one piece of text: 16-bit mono PCM, and where the piece sits in the text."""

    pcm: bytes
    sample_rate: int
    text: str
    start: int
    end: int
    index: int

    @property
    def duration(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate


@dataclass(frozen=True)
class Speech:
    pcm: bytes
    sample_rate: int
    seconds: float             # wall-clock time spent
    first_audio_seconds: float | None

    @property
    def duration(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate

    @property
    def real_time_factor(self) -> float:
        return self.seconds / self.duration if self.duration else 0.0


def rate_to_length_scale(rate: float, base: float = 1.0) -> float:
    """Speaking rate (1.0 normal, 0.75 slower, 1.25 faster) to Piper's phoneme length scale."""
    if not MIN_RATE <= rate <= MAX_RATE:
        raise SpeechError(f"A speaking rate of {rate} is out of range.",
                          hint=f"Use a value from {MIN_RATE} (slow) to {MAX_RATE} (fast); 1.0 is normal.")
    return base / rate


class Synthesizer:
    """A loaded Piper voice. Use from any thread; synthesis is serialised on one worker thread."""

    def __init__(self, model_path: Path, *, config_path: Path | None = None, use_cuda: bool = False,
                 voice_id: str | None = None, variation: bool = True) -> None:
        """`variation=False`: Piper's random noise off (noise and noise-w scales 0), so the same text
        gives the same audio every time (checks that must be repeatable; a child hears the voice's own
        natural variation)."""
        self._noise: float | None = None if variation else 0.0     # None: the voice's own scales
        info = inspect_piper_voice(Path(model_path), load=False)
        if config_path is not None:
            info = replace(info, config_path=Path(config_path))
        self.voice_id = voice_id or info.model_path.stem
        self.language = info.language
        self.language_name = info.language_name
        self.sample_rate = info.sample_rate
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lantern-tts")
        self._closed = False
        cfg = json.loads(info.config_path.read_text(encoding="utf-8"))
        self._base_length_scale = float((cfg.get("inference") or {}).get("length_scale") or 1.0)
        offline_environment()
        from piper import PiperVoice

        def load() -> Any:
            voice = PiperVoice.load(info.model_path, config_path=info.config_path, use_cuda=use_cuda)
            for _ in voice.synthesize("Hi."):  # warm-up: onnxruntime's first run is slow, not the learner's
                pass
            return voice

        try:
            self._voice = self._executor.submit(load).result()
        except Exception as exc:
            self._executor.shutdown(wait=False)
            raise SpeechError(f"The voice {info.model_path.name} cannot be loaded: it is damaged "
                              f"({str(exc).splitlines()[0][:160]}).",
                              hint="Copy the voice again, or run 'lantern voices provision' for the bundled one.") from exc

    def speaks(self, language: str | None) -> bool:
        """Whether this voice speaks `language` ('en', 'en_GB', ...)."""
        return language is None or language_family(language) == language_family(self.language)

    # -- streaming ----------------------------------------------------------------------------
    def stream(self, text: str, *, rate: float = 1.0, cancel: CancelToken | None = None) -> Iterator[AudioChunk]:
        """Yield audio one piece (sentence, or part of a long one) at a time. Lazy.

        Ends quietly within ~20 ms of `cancel` being set; pieces made after that are dropped.
        """
        return self.stream_spans(split_for_speech(text), rate=rate, cancel=cancel)

    def stream_spans(self, spans: list[TextSpan], *, rate: float = 1.0,
                     cancel: CancelToken | None = None) -> Iterator[AudioChunk]:
        """Like `stream`, for pieces already cut (e.g. by a SentenceBuffer over a streaming answer)."""
        if self._closed:
            raise SpeechError("The voice has been closed.")
        length_scale = rate_to_length_scale(rate, self._base_length_scale)
        return self._stream(list(spans), length_scale, cancel)

    def _stream(self, spans: list[TextSpan], length_scale: float, cancel: CancelToken | None) -> Iterator[AudioChunk]:
        stop_here = CancelToken(parent=cancel)
        pieces: queue.Queue[Any] = queue.Queue()
        self._executor.submit(self._produce, spans, length_scale, stop_here, pieces)
        try:
            while True:
                try:
                    item = pieces.get(timeout=_POLL_S)
                except queue.Empty:
                    if stop_here.cancelled:
                        return
                    continue
                if item is _DONE or stop_here.cancelled:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop_here.cancel()

    def _produce(self, spans: list[TextSpan], length_scale: float, cancel: CancelToken, out: queue.Queue[Any]) -> None:
        from piper import SynthesisConfig

        config = SynthesisConfig(length_scale=length_scale, noise_scale=self._noise, noise_w_scale=self._noise)
        try:
            for i, span in enumerate(spans):
                if cancel.cancelled:
                    return
                pcm = b"".join(c.audio_int16_bytes for c in self._voice.synthesize(span.text, syn_config=config))
                if cancel.cancelled:
                    return
                if pcm:
                    out.put(AudioChunk(pcm=pcm, sample_rate=self.sample_rate, text=span.text, start=span.start,
                                       end=span.end, index=i))
        except Exception as exc:  # noqa: BLE001 - handed to the consumer
            why = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
            out.put(SpeechError(f"Speech synthesis failed ({why}).",
                                hint="Try again; if it keeps failing, run 'lantern voices verify'."))
        finally:
            out.put(_DONE)

    # -- whole ----------------------------------------------------------------------------------
    def synthesize(self, text: str, *, rate: float = 1.0, cancel: CancelToken | None = None) -> Speech:
        """All of `text` as one PCM buffer. Raises Cancelled if cancelled first."""
        if not text.strip():
            raise SpeechError("There is no text to read aloud.", hint="Give some words to say.")
        start = time.perf_counter()
        first = None
        parts = []
        for chunk in self.stream(text, rate=rate, cancel=cancel):
            if first is None:
                first = time.perf_counter() - start
            parts.append(chunk.pcm)
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        return Speech(pcm=b"".join(parts), sample_rate=self.sample_rate, seconds=time.perf_counter() - start,
                      first_audio_seconds=first)

    def write_wav(self, text: str, path: Path, *, rate: float = 1.0, cancel: CancelToken | None = None) -> Speech:
        speech = self.synthesize(text, rate=rate, cancel=cancel)
        write_wav(Path(path), speech.pcm, sample_rate=speech.sample_rate)
        return speech

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._voice = None

    def __enter__(self) -> Synthesizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

