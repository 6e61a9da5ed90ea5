"""Audio in and out as plain numbers: decode files in bounded blocks, convert PCM, measure level, write WAV.

Everything here works on 16-bit little-endian mono PCM (`bytes`) or float32 arrays in [-1, 1].
Files are decoded with PyAV (FFmpeg, as faster-whisper does) a block at a time, so a long lecture
recording never sits in memory whole.
"""
from __future__ import annotations

import math
import os
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from engine.cancel import CancelToken
from engine.errors import SpeechError

ASR_SAMPLE_RATE = 16_000


@dataclass(frozen=True)
class AudioInfo:
    path: Path
    duration: float | None     # seconds, when the container says
    sample_rate: int
    channels: int
    codec: str


def _open(path: Path) -> Any:
    import av

    path = Path(path)
    if not path.exists():
        raise SpeechError(f"No audio file at {path}.", hint="Check the path and try again.")
    if path.is_dir():
        raise SpeechError(f"{path} is a folder, not an audio file.", hint="Pass a .wav, .mp3, .ogg or .flac file.")
    if path.stat().st_size == 0:
        raise SpeechError(f"{path.name} is empty (0 bytes): there is no audio in it.",
                          hint="Record again, or pick another file.")
    try:
        container = av.open(str(path), mode="r", metadata_errors="ignore")
    except (av.error.FFmpegError, OSError, ValueError) as exc:
        raise SpeechError(f"{path.name} is not a readable audio file: it is damaged or in an unknown format.",
                          hint="Save the recording again as WAV (16-bit PCM) or MP3 and retry.") from exc
    if not container.streams.audio:
        container.close()
        raise SpeechError(f"{path.name} contains no audio track.",
                          hint="Pick a file with sound in it (a voice recording, not a picture or an empty MP3).")
    return container


def probe_audio(path: Path) -> AudioInfo:
    """What a file holds, without decoding it. Raises SpeechError for missing, empty or non-audio files."""
    container = _open(Path(path))
    try:
        stream = container.streams.audio[0]
        duration = None
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration:
            duration = container.duration / 1_000_000
        return AudioInfo(path=Path(path), duration=duration, sample_rate=stream.rate or 0,
                         channels=stream.channels or 0, codec=stream.codec_context.name)
    finally:
        container.close()


def iter_audio_blocks(path: Path, *, block_seconds: float = 10.0, sample_rate: int = ASR_SAMPLE_RATE,
                      cancel: CancelToken | None = None) -> Iterator[np.ndarray]:
    """Decode `path` to mono float32 at `sample_rate`, yielding blocks of about `block_seconds`.

    Lazy; memory stays at about one block. Raises SpeechError if the file cannot be decoded or
    holds no samples at all (0-length audio).
    """
    import av

    container = _open(Path(path))
    name = Path(path).name
    block = int(block_seconds * sample_rate)
    pending: list[np.ndarray] = []
    have = 0
    total = 0
    try:
        resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=sample_rate)
        try:
            for frame in container.decode(audio=0):
                if cancel is not None and cancel.cancelled:
                    return
                for out in resampler.resample(frame):
                    arr = out.to_ndarray().reshape(-1)
                    pending.append(arr)
                    have += arr.size
                while have >= block:
                    joined = np.concatenate(pending)
                    yield joined[:block].astype(np.float32) / 32768.0
                    total += block
                    rest = joined[block:]
                    pending, have = ([rest] if rest.size else []), rest.size
            for out in resampler.resample(None):
                arr = out.to_ndarray().reshape(-1)
                pending.append(arr)
                have += arr.size
        except av.error.FFmpegError as exc:
            if total + have == 0:
                raise SpeechError(f"{name} cannot be decoded: it is damaged ({exc.strerror or exc}).",
                                  hint="Save the recording again as WAV (16-bit PCM) or MP3 and retry.") from exc
            # A damaged tail: keep what decoded, as a media player would.
        if have:
            yield np.concatenate(pending).astype(np.float32) / 32768.0
            total += have
        if total == 0:
            raise SpeechError(f"{name} contains no audio samples (0 seconds long).",
                              hint="Record again, or pick another file.")
    finally:
        container.close()


def pcm16_to_float(pcm: bytes) -> np.ndarray:
    if len(pcm) % 2:
        pcm = pcm[:-1]
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


def float_to_pcm16(samples: np.ndarray) -> bytes:
    return (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


def resample(samples: np.ndarray, from_rate: int, to_rate: int) -> np.ndarray:
    """Linear-interpolation resampling; good enough for speech going into Whisper's 16 kHz front end."""
    if from_rate == to_rate or samples.size == 0:
        return samples.astype(np.float32, copy=False)
    n = max(1, int(round(samples.size * to_rate / from_rate)))
    x_new = np.linspace(0, samples.size - 1, n)
    return np.interp(x_new, np.arange(samples.size), samples).astype(np.float32)


def level_dbfs(pcm: bytes | np.ndarray) -> float:
    """Root-mean-square level in dB relative to full scale (-100 for silence)."""
    arr = pcm16_to_float(pcm) if isinstance(pcm, (bytes, bytearray, memoryview)) else pcm
    if arr.size == 0:
        return -100.0
    rms = float(np.sqrt(np.mean(np.square(arr, dtype=np.float64))))
    return max(-100.0, 20 * math.log10(rms)) if rms > 0 else -100.0


def write_wav(path: Path, pcm: bytes, *, sample_rate: int) -> Path:
    """Write mono 16-bit PCM to a WAV file through a temporary name (never a half-written file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with wave.open(str(tmp), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(sample_rate)
            w.writeframes(pcm)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SpeechError(f"Cannot write {path}: {exc.strerror}.", hint="Check the folder exists and is writable.") from exc
    return path
