"""Voice test parts shared by tests/engine/speech, tests/ui and tests/app: the real bundled Whisper
base and Piper joe voice (assembled once per session into the session data folder, loaded once),
and real audio made on the spot with Piper or espeak-ng. Nothing is downloaded; a missing model or
tool fails loudly.

Import the fixtures you use into a conftest or test module by name.
"""
from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest

_CLIPS = Path(tempfile.mkdtemp(prefix="lantern-test-audio-"))
_SPEECH_HOME: list[Path] = []


@functools.cache
def _registry(speech_dir: Path):  # type: ignore[no-untyped-def]
    from engine.speech.registry import SpeechRegistry

    reg = SpeechRegistry(speech_dir)
    reg.provision_bundled()
    return reg


@functools.cache
def _transcriber(model_dir: str):  # type: ignore[no-untyped-def]
    from engine.speech.transcriber import Transcriber

    return Transcriber(Path(model_dir), device="cpu", cpu_threads=2)


@functools.cache
def _synthesizer(model_path: str, config_path: str):  # type: ignore[no-untyped-def]
    from engine.speech.synthesizer import Synthesizer

    # Repeatable audio: Piper's noise is random per call, and a rare draw made Whisper mishear a test's
    # sentence ("Hubb's Maycony" for "How do bees make honey?") in one full run.
    return Synthesizer(Path(model_path), config_path=Path(config_path), voice_id="en_US-joe-medium", variation=False)


@pytest.fixture(scope="session")
def speech_registry(session_home: Path):  # type: ignore[no-untyped-def]
    """The session's speech registry with the bundled Whisper base and joe voice provisioned."""
    return _registry(session_home / "speech")


@pytest.fixture(scope="session")
def transcriber(speech_registry):  # type: ignore[no-untyped-def]
    return _transcriber(speech_registry.asr_model().path)


@pytest.fixture(scope="session")
def synthesizer(speech_registry):  # type: ignore[no-untyped-def]
    v = speech_registry.voice("en_US-joe-medium")
    return _synthesizer(v.path, v.config_path)


@pytest.fixture(scope="session")
def piper_clip(synthesizer):  # type: ignore[no-untyped-def]
    """`piper_clip(text, rate=1.0) -> Path`: a WAV of the joe voice saying `text` (made once per text)."""

    @functools.cache
    def make(text: str, rate: float = 1.0) -> Path:
        path = _CLIPS / f"piper-{abs(hash((text, rate)))}.wav"
        synthesizer.write_wav(text, path, rate=rate)
        return path

    return make


@pytest.fixture(scope="session")
def espeak_clip():  # type: ignore[no-untyped-def]
    """`espeak_clip(text, voice="en", speed=140) -> Path`: robotic but real speech from espeak-ng."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        pytest.fail("espeak-ng is not installed (scripts/install.sh installs it: apt-get install espeak-ng)")

    @functools.cache
    def make(text: str, voice: str = "en", speed: int = 140) -> Path:
        path = _CLIPS / f"espeak-{voice}-{speed}-{abs(hash(text))}.wav"
        subprocess.run([exe, "-v", voice, "-s", str(speed), "-w", str(path), text], check=True, capture_output=True)
        return path

    return make


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ']+", text)}


def key_words_heard(expected: list[str], transcript: str) -> list[str]:
    """The expected words found in the transcript; long words may differ in their ending
    ("volcanoes" / "volcanos"), since Whisper spells what it hears."""
    heard = words(transcript)

    def found(w: str) -> bool:
        w = w.lower()
        return w in heard or len(w) >= 6 and any(h[:5] == w[:5] and abs(len(h) - len(w)) <= 2 for h in heard)

    return [w for w in expected if found(w)]


def pcm_of(path: Path) -> tuple[bytes, int]:
    import wave

    with wave.open(str(path), "rb") as w:
        return w.readframes(w.getnframes()), w.getframerate()


def make_video_only_file(path: Path) -> Path:
    """A real media file with a video stream and no audio stream (named however the test likes)."""
    import av

    with av.open(str(path), "w", format="mp4") as out:
        stream = out.add_stream("mpeg4", rate=5)
        stream.width, stream.height, stream.pix_fmt = 32, 32, "yuv420p"
        for i in range(5):
            frame = av.VideoFrame.from_ndarray(np.full((32, 32, 3), i * 40, dtype=np.uint8), format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path
