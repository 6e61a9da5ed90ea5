"""Speech tests share the session's real Whisper base and Piper voice (see tests/voice_fixtures.py)."""
from __future__ import annotations

from voice_fixtures import espeak_clip, piper_clip, speech_registry, synthesizer, transcriber  # noqa: F401
