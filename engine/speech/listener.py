"""`SpeechListener`: follows live microphone PCM and decides when an utterance is over.

Two modes. Push-to-talk: the learner holds a key; the utterance is everything until `finish()`.
Hands-free: listening ends by itself after `end_silence_s` of quiet following speech (or after
`no_speech_timeout_s` with no speech at all). Detection is energy-based on 30 ms frames against an
adaptive noise floor: cheap enough to run on every chunk the microphone delivers, and Whisper's
own VAD cleans up whatever noise is left when the utterance is transcribed.
"""
from __future__ import annotations

from dataclasses import dataclass

from engine.speech.audio import ASR_SAMPLE_RATE, level_dbfs

PUSH_TO_TALK = "push_to_talk"
HANDS_FREE = "hands_free"
_FRAME_S = 0.03
_PRE_ROLL_S = 0.3


@dataclass(frozen=True)
class ListenEvent:
    """What the listener noticed in one chunk: its level, and whether speech started or ended."""

    level: float            # 0..1 for a level meter
    level_db: float         # dBFS
    speech: bool            # speech heard in this chunk
    started: bool           # the first speech of the utterance
    ended: bool             # the utterance is over (hands-free end-of-speech, timeout, or max length)
    reason: str | None      # "silence" | "no_speech" | "max_length" | "finished"
    seconds: float          # audio received so far


class SpeechListener:
    """Feed 16-bit mono PCM as it arrives; read `audio()` once `ended`."""

    def __init__(self, *, mode: str = PUSH_TO_TALK, sample_rate: int = ASR_SAMPLE_RATE, end_silence_s: float = 0.8,
                 no_speech_timeout_s: float = 8.0, max_seconds: float = 30.0, min_speech_s: float = 0.15,
                 floor_db: float = -50.0) -> None:
        if mode not in (PUSH_TO_TALK, HANDS_FREE):
            raise ValueError(f"unknown mode {mode!r}")
        self.mode = mode
        self.sample_rate = sample_rate
        self.end_silence_s = end_silence_s
        self.no_speech_timeout_s = no_speech_timeout_s
        self.max_seconds = max_seconds
        self.min_speech_s = min_speech_s
        self._floor_db = floor_db           # quietest speech we accept, whatever the noise floor
        self._noise_db = -70.0              # running estimate of the room's noise
        self._frame_bytes = int(_FRAME_S * sample_rate) * 2
        self._pending = b""
        self._chunks: list[bytes] = []
        self._received = 0
        self._speech_run = 0.0
        self._silence_run = 0.0
        self._speech_start: int | None = None   # byte offset of the first speech
        self._last_speech_end = 0
        self.ended = False
        self.end_reason: str | None = None

    @property
    def seconds(self) -> float:
        return self._received / 2 / self.sample_rate

    @property
    def heard_speech(self) -> bool:
        return self._speech_start is not None

    def _threshold(self) -> float:
        return max(self._floor_db, self._noise_db + 12.0)

    def feed(self, pcm: bytes) -> ListenEvent:
        """Take the next chunk of audio (any length); returns what it showed."""
        if self.ended:
            return self._event(-100.0, False, False)
        self._chunks.append(pcm)
        data = self._pending + pcm
        started = False
        any_speech = False
        loudest = -100.0
        n = len(data) // self._frame_bytes
        for i in range(n):
            frame = data[i * self._frame_bytes:(i + 1) * self._frame_bytes]
            db = level_dbfs(frame)
            loudest = max(loudest, db)
            pos = self._received + (i + 1) * self._frame_bytes - len(self._pending)
            if db >= self._threshold():
                any_speech = True
                self._speech_run += _FRAME_S
                self._silence_run = 0.0
                self._last_speech_end = pos
                if self._speech_start is None and self._speech_run >= self.min_speech_s:
                    self._speech_start = max(0, pos - int((self._speech_run + _PRE_ROLL_S) * self.sample_rate) * 2)
                    started = True
            else:
                # Quiet frames teach the noise floor; it follows the room slowly upward, quickly down.
                rate = 0.05 if db > self._noise_db else 0.3
                self._noise_db += rate * (db - self._noise_db)
                self._speech_run = max(0.0, self._speech_run - _FRAME_S)
                self._silence_run += _FRAME_S
        self._pending = data[n * self._frame_bytes:]
        self._received += len(pcm)
        if self.mode == HANDS_FREE:
            if self._speech_start is not None and self._silence_run >= self.end_silence_s:
                self._end("silence")
            elif self._speech_start is None and self.seconds >= self.no_speech_timeout_s:
                self._end("no_speech")
        if not self.ended and self.seconds >= self.max_seconds:
            self._end("max_length")
        return self._event(loudest, any_speech, started)

    def finish(self) -> None:
        """The learner let go of push-to-talk (or pressed stop): the utterance is complete."""
        if not self.ended:
            self._end("finished")

    def _end(self, reason: str) -> None:
        self.ended = True
        self.end_reason = reason

    def _event(self, db: float, speech: bool, started: bool) -> ListenEvent:
        return ListenEvent(level=min(1.0, max(0.0, (db + 60.0) / 60.0)), level_db=db, speech=speech, started=started,
                           ended=self.ended, reason=self.end_reason, seconds=self.seconds)

    def audio(self) -> bytes:
        """The utterance: push-to-talk keeps everything; hands-free trims leading and trailing quiet."""
        data = b"".join(self._chunks)
        if self.mode == PUSH_TO_TALK or self._speech_start is None:
            return data
        tail = int(0.3 * self.sample_rate) * 2
        end = min(len(data), self._last_speech_end + tail)
        return data[self._speech_start:end]
