"""Speech in: real Whisper base on real speech made by Piper and espeak-ng."""
from __future__ import annotations

import dataclasses
import tracemalloc
import wave
from pathlib import Path

import numpy as np
import pytest
from voice_fixtures import key_words_heard, make_video_only_file, pcm_of

from engine.cancel import CancelToken
from engine.errors import Cancelled, SpeechError
from engine.speech.audio import float_to_pcm16, pcm16_to_float, resample, write_wav
from engine.speech.transcriber import Segment, Transcript


def test_piper_speech_is_transcribed_with_its_key_words(transcriber, piper_clip):
    clip = piper_clip("Volcanoes form where melted rock rises through the crust of the Earth.")
    result = transcriber.transcribe_file(clip)
    assert isinstance(result, Transcript)
    assert len(key_words_heard(["volcanoes", "melted", "rock", "rises", "crust", "earth"], result.text)) >= 4, \
        result.text
    assert result.language == "en" and result.language_probability > 0.8
    assert 3.0 < result.duration < 8.0


def test_segments_are_typed_frozen_and_in_order(transcriber, piper_clip):
    clip = piper_clip("The heart pumps blood around the body. The lungs take in oxygen. The brain controls it all.")
    segments = list(transcriber.stream_file(clip, language="en"))
    assert segments and all(isinstance(s, Segment) for s in segments)
    with pytest.raises(dataclasses.FrozenInstanceError):
        segments[0].text = "changed"  # type: ignore[misc]
    assert [s.index for s in segments] == list(range(len(segments)))
    assert all(s.start < s.end for s in segments)
    assert all(a.end <= b.start + 0.01 for a, b in zip(segments, segments[1:], strict=False))
    assert {s.language for s in segments} == {"en"}
    text = " ".join(s.text for s in segments)
    assert len(key_words_heard(["heart", "blood", "lungs", "oxygen", "brain"], text)) >= 3


def test_slow_espeak_speech_is_transcribed(transcriber, espeak_clip):
    result = transcriber.transcribe_file(espeak_clip("The moon goes around the earth every month.", speed=140),
                                         language="en")
    assert len(key_words_heard(["moon", "around", "earth", "month"], result.text)) >= 3, result.text


def test_spanish_is_detected_from_an_espeak_clip(transcriber, espeak_clip):
    clip = espeak_clip("Hola, me llamo Ana. Vivo en una ciudad muy bonita cerca del mar.", voice="es", speed=140)
    result = transcriber.transcribe_file(clip)
    assert result.language == "es", result
    assert len(key_words_heard(["hola", "llamo", "ciudad", "mar"], result.text)) >= 2, result.text


def test_a_forced_language_is_used_instead_of_detection(transcriber, espeak_clip, piper_clip):
    spanish = espeak_clip("Hola, me llamo Ana. Vivo en una ciudad muy bonita cerca del mar.", voice="es", speed=140)
    assert transcriber.transcribe_file(spanish, language="es").language == "es"
    forced = transcriber.transcribe_file(piper_clip("Good morning, class."), language="fr")
    assert forced.language == "fr" and {s.language for s in forced.segments} <= {"fr"}


def test_microphone_pcm_at_another_rate_is_transcribed(transcriber, piper_clip):
    pcm, rate = pcm_of(piper_clip("Rivers carry water down to the sea."))
    assert rate == 22050
    result = transcriber.transcribe_pcm(pcm, sample_rate=rate)
    assert len(key_words_heard(["rivers", "carry", "water", "sea"], result.text)) >= 3, result.text


def test_silence_gives_an_empty_transcript_not_an_error(transcriber, tmp_path: Path):
    path = write_wav(tmp_path / "quiet.wav", b"\x00\x00" * 16000 * 3, sample_rate=16000)
    result = transcriber.transcribe_file(path)
    assert result.text == "" and result.segments == ()


def test_a_corrupt_wav_gives_a_clear_error(transcriber, tmp_path: Path):
    bad = tmp_path / "broken.wav"
    bad.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(range(256)) * 40)
    with pytest.raises(SpeechError, match="not a readable audio file") as err:
        transcriber.transcribe_file(bad)
    assert "WAV" in (err.value.hint or "")


def test_an_mp3_with_no_audio_stream_gives_a_clear_error(transcriber, tmp_path: Path):
    video_only = make_video_only_file(tmp_path / "lesson.mp3")
    with pytest.raises(SpeechError, match="contains no audio track"):
        transcriber.transcribe_file(video_only)
    tag_only = tmp_path / "tag.mp3"
    tag_only.write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x0a" + b"\x00" * 10)
    with pytest.raises(SpeechError, match="not a readable audio file"):
        transcriber.transcribe_file(tag_only)


def test_zero_length_audio_gives_a_clear_error(transcriber, tmp_path: Path):
    empty_wav = tmp_path / "empty.wav"
    with wave.open(str(empty_wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
    with pytest.raises(SpeechError, match="no audio samples"):
        transcriber.transcribe_file(empty_wav)
    zero_bytes = tmp_path / "zero.wav"
    zero_bytes.write_bytes(b"")
    with pytest.raises(SpeechError, match="empty"):
        transcriber.transcribe_file(zero_bytes)
    with pytest.raises(SpeechError, match="too short"):
        transcriber.transcribe_pcm(b"")
    with pytest.raises(SpeechError, match="No audio file"):
        transcriber.transcribe_file(tmp_path / "missing.wav")


@pytest.fixture(scope="module")
def ten_minute_file(synthesizer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """10 minutes of quiet room noise with a sentence near the start and one near the end."""
    first = resample(pcm16_to_float(synthesizer.synthesize("The first lesson is about volcanoes.").pcm), 22050, 16000)
    last = resample(pcm16_to_float(synthesizer.synthesize("The last lesson is about glaciers.").pcm), 22050, 16000)
    samples = (np.random.default_rng(0).standard_normal(600 * 16000) * 0.001).astype(np.float32)
    samples[5 * 16000:5 * 16000 + first.size] += first
    samples[570 * 16000:570 * 16000 + last.size] += last
    return write_wav(tmp_path_factory.mktemp("long") / "lecture.wav", float_to_pcm16(samples), sample_rate=16000)


@pytest.mark.slow
def test_a_ten_minute_file_is_transcribed_in_bounded_memory_with_progress(transcriber, ten_minute_file: Path):
    progress: list[tuple[float, float | None]] = []
    tracemalloc.start()
    try:
        result = transcriber.transcribe_file(ten_minute_file, progress=lambda d, t: progress.append((d, t)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # The whole file decoded at once would need >= 38 MB as float32 (faster-whisper's own path ~58 MB).
    assert peak < 25_000_000, f"peak {peak / 1e6:.1f} MB"
    assert len(key_words_heard(["first", "volcanoes", "last", "glaciers"], result.text)) >= 3, result.text
    done = [d for d, _ in progress]
    assert len(progress) >= 5 and done == sorted(done)
    assert progress[-1][1] == pytest.approx(600, abs=1) and done[-1] == pytest.approx(600, abs=1)
    assert result.segments[-1].start > 560


def test_a_ten_minute_file_can_be_cancelled_long_before_its_end(transcriber, ten_minute_file: Path):
    token = CancelToken()
    seen: list[float] = []

    def progress(done: float, total: float | None) -> None:
        seen.append(done)
        if done > 30:
            token.cancel()

    with pytest.raises(Cancelled):
        transcriber.transcribe_file(ten_minute_file, cancel=token, progress=progress)
    assert max(seen) < 200        # stopped long before the end
