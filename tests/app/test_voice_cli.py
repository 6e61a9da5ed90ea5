"""`lantern transcribe / say / voices / ask --voice-in`, run as real subprocesses on the real models."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from voice_fixtures import espeak_clip, key_words_heard, piper_clip, speech_registry, synthesizer  # noqa: F401


@pytest.fixture(scope="module")
def run_cli(bundled_model_path: Path, speech_registry):  # type: ignore[no-untyped-def]
    home = bundled_model_path.parent.parent
    assert speech_registry.speech_dir == home / "speech"

    def run(*args: str, stdin: str | None = None, timeout: int = 180,
            extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LANTERN_HOME": str(home), "LANTERN_N_THREADS": "2", **(extra_env or {})}
        return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, env=env,
                              timeout=timeout, input=stdin)

    return run


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("lantern: error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_say_writes_a_wav_that_transcribe_reads_back(run_cli, tmp_path: Path):
    out = tmp_path / "answer.wav"
    said = run_cli("say", "Busy bees visit the flowers in the garden to make honey.", "-o", str(out), "--rate", "0.8")
    assert said.returncode == 0, said.stderr
    assert "en_US-joe-medium" in said.stdout
    with wave.open(str(out), "rb") as w:
        assert w.getframerate() == 22050 and w.getnframes() / 22050 > 2.5
    heard = run_cli("transcribe", str(out))
    assert heard.returncode == 0, heard.stderr
    assert len(key_words_heard(["busy", "bees", "visit", "flowers", "garden", "honey"], heard.stdout)) >= 4, heard.stdout


def test_transcribe_json_has_segments_and_language(run_cli, espeak_clip):
    clip = espeak_clip("Hola, me llamo Ana. Vivo en una ciudad muy bonita cerca del mar.", voice="es", speed=140)
    result = run_cli("transcribe", str(clip), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "es" and data["segments"] and data["duration_s"] > 2
    assert {"start", "end", "text", "language"} <= set(data["segments"][0])


def test_say_in_a_language_without_a_voice_names_the_available_one(run_cli, tmp_path: Path):
    line = _one_line_error(run_cli("say", "Jambo", "-o", str(tmp_path / "x.wav"), "--language", "sw"))
    assert "no read-aloud voice for Swahili" in line and "en_US-joe-medium (English)" in line
    assert not (tmp_path / "x.wav").exists()


@pytest.mark.parametrize("content, message", [
    (b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(range(256)) * 8, "not a readable audio file"),
    (b"", "empty"),
])
def test_transcribe_bad_audio_prints_one_clear_line(run_cli, tmp_path: Path, content: bytes, message: str):
    bad = tmp_path / "bad.wav"
    bad.write_bytes(content)
    assert message in _one_line_error(run_cli("transcribe", str(bad)))


def test_voices_list_shows_the_bundled_voice_and_model(run_cli):
    result = run_cli("voices", "list", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [m["id"] for m in data["asr_models"]] == ["whisper-base"]
    assert "en_US-joe-medium" in [v["id"] for v in data["voices"]]
    text = run_cli("voices", "list").stdout
    assert "whisper-base" in text and "en_US-joe-medium" in text


def test_voices_add_of_a_broken_voice_says_what_is_wrong(run_cli, speech_registry, tmp_path: Path):
    joe = speech_registry.voice("en_US-joe-medium")
    broken = tmp_path / "de_DE-broken-medium.onnx"
    broken.write_bytes(Path(joe.path).read_bytes()[:3_000_000])
    shutil.copyfile(joe.config_path, tmp_path / "de_DE-broken-medium.onnx.json")
    assert "damaged" in _one_line_error(run_cli("voices", "add", str(broken)))
    (tmp_path / "de_DE-broken-medium.onnx.json").unlink()
    assert ".onnx.json" in _one_line_error(run_cli("voices", "add", str(broken)))
    assert "de_DE-broken-medium" not in run_cli("voices", "list").stdout


def test_voices_verify_checks_the_recorded_checksums(run_cli):
    result = run_cli("voices", "verify")
    assert result.returncode == 0, result.stderr
    assert "OK  whisper-base" in result.stdout and "OK  en_US-joe-medium" in result.stdout


def test_doctor_lists_voices_and_speech_models(run_cli):
    result = run_cli("doctor", "--json", extra_env={"LANTERN_ASR_DEVICE": "cpu"})
    assert result.returncode == 0, result.stderr
    voice = json.loads(result.stdout)["voice"]
    assert any("whisper-base" in m for m in voice["asr_models"])
    assert any("en_US-joe-medium" in v for v in voice["voices"])
    assert voice["asr_runtime"] == "cpu -> cpu/int8"      # the device the setting asks for, and how it runs
    assert "microphones" in voice and "speakers" in voice


@pytest.mark.slow
def test_ask_with_a_spoken_question(run_cli, piper_clip):
    clip = piper_clip("Please tell me, what is the capital city of France?")
    result = run_cli("ask", "--voice-in", str(clip), "--max-tokens", "24")
    assert result.returncode == 0, result.stderr
    asked = next(line for line in result.stderr.splitlines() if line.startswith("You asked:"))
    assert len(key_words_heard(["please", "tell", "capital", "city", "france"], asked)) >= 3, asked
    assert result.stdout.strip()


def test_ask_with_a_recording_without_speech_says_so(run_cli, tmp_path: Path):
    quiet = tmp_path / "quiet.wav"
    with wave.open(str(quiet), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\x00\x00" * 32000)
    assert "No speech was heard" in _one_line_error(run_cli("ask", "--voice-in", str(quiet)))


def test_transcribing_a_long_recording_shows_progress(run_cli, synthesizer, tmp_path: Path):
    import numpy as np

    from engine.speech.audio import float_to_pcm16, pcm16_to_float, resample, write_wav

    speech = resample(pcm16_to_float(synthesizer.synthesize("Today we learn about volcanoes.").pcm), 22050, 16000)
    samples = (np.random.default_rng(5).standard_normal(70 * 16000) * 0.001).astype(np.float32)
    samples[60 * 16000:60 * 16000 + speech.size] += speech
    path = write_wav(tmp_path / "lesson.wav", float_to_pcm16(samples), sample_rate=16000)
    result = run_cli("transcribe", str(path))
    assert result.returncode == 0, result.stderr
    assert "lesson.wav: 100% (70/70 s)" in result.stderr
    assert len(key_words_heard(["today", "learn", "about", "volcanoes"], result.stdout)) >= 3, result.stdout
