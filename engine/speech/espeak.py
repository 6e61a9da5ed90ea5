"""Read-aloud in every language: espeak-ng behind the same `Synthesizer` interface as Piper.

Only an English Piper voice is bundled. For a learner whose language no Piper voice speaks, the
registry offers an espeak-ng voice (the Debian/Homebrew package `espeak-ng`, formant synthesis:
robotic but clear, about 100 languages, a few MB). A Piper voice a teacher adds for the language
always wins (`SpeechRegistry.voice_for`). The voice record says which engine speaks
(`is_espeak_voice`), so the window can show it.

`EspeakSynthesizer` is a `Synthesizer`: the text is cut into the same sentence pieces, each piece is
one `espeak-ng --stdout` run on the synthesizer's worker thread, streamed and cancellable exactly
like Piper (a cancel kills the running process; pieces made after it are dropped).
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from engine.cancel import CancelToken
from engine.errors import SpeechError
from engine.speech.registry import VoiceRecord
from engine.speech.sentences import TextSpan
from engine.speech.synthesizer import _DONE, AudioChunk, Synthesizer
from engine.speech.validate import language_family, language_name

__all__ = ["ESPEAK_PREFIX", "ESPEAK_VOICES", "EspeakSynthesizer", "espeak_binary", "espeak_voice_for",
           "is_espeak_voice", "open_synthesizer"]

ESPEAK_PREFIX = "espeak-ng-"
ESPEAK_RATE = 22050
_BASE_WPM = 160          # espeak's default is 175 words a minute; a little slower suits children
# Lantern's 12 languages -> espeak-ng voice names (Mandarin is "cmn"; Brazilian Portuguese "pt-br").
ESPEAK_VOICES = {"en": "en-us", "en_gb": "en-gb", "es": "es", "fr": "fr-fr", "de": "de", "it": "it", "pt": "pt",
                 "pt_br": "pt-br", "ru": "ru", "zh": "cmn", "ja": "ja", "ko": "ko", "ar": "ar", "hi": "hi"}


def espeak_binary() -> Path | None:
    """The espeak-ng program (LANTERN_ESPEAK overrides, e.g. one shipped in the bundle), or None."""
    override = os.environ.get("LANTERN_ESPEAK")
    found = override if override and Path(override).is_file() else shutil.which("espeak-ng")
    return Path(found) if found else None


def _voice_name(language: str) -> str | None:
    code = language.replace("-", "_").lower()
    return ESPEAK_VOICES.get(code) or ESPEAK_VOICES.get(language_family(code))


def is_espeak_voice(record: VoiceRecord) -> bool:
    """Whether this voice record is read by espeak-ng (not a Piper model)."""
    return record.id.startswith(ESPEAK_PREFIX)


def espeak_voice_for(language: str | None) -> VoiceRecord | None:
    """A voice record for espeak-ng speaking `language`, or None (no espeak-ng, or no such voice)."""
    binary = espeak_binary()
    name = _voice_name(language or "en")
    if binary is None or name is None:
        return None
    lang = (language or "en").replace("-", "_")
    return VoiceRecord(id=f"{ESPEAK_PREFIX}{name}", name=f"eSpeak NG, {language_name(lang)}", path=str(binary),
                       config_path="", language=lang, language_name=language_name(lang), sample_rate=ESPEAK_RATE,
                       quality="espeak-ng", size_bytes=0, sha256="", bundled=False, added_at="")


def _pcm_of_wav(data: bytes) -> bytes:
    """The samples of espeak-ng's WAV (16-bit mono; its header sizes are placeholders when streaming)."""
    at = data.find(b"data", 12)
    if data[:4] != b"RIFF" or at < 0:
        raise SpeechError("espeak-ng gave no audio.", hint="Check that the espeak-ng package is installed.")
    (channels,) = struct.unpack_from("<H", data, 22)
    if channels != 1:
        raise SpeechError("espeak-ng gave audio in an unexpected format.")
    pcm = data[at + 8:]
    return pcm[: len(pcm) // 2 * 2]


class EspeakSynthesizer(Synthesizer):
    """espeak-ng for one language, used exactly like a Piper `Synthesizer`."""

    def __init__(self, language: str, *, binary: Path | None = None, voice_id: str | None = None) -> None:
        name = _voice_name(language)
        found = binary or espeak_binary()
        if name is None:
            raise SpeechError(f"espeak-ng has no voice for {language_name(language)}.",
                              hint="Add a Piper voice for this language with 'lantern voices add PATH'.")
        if found is None:
            raise SpeechError("Read-aloud in this language needs espeak-ng, which is not installed.",
                              hint="Run 'make install' (Debian: apt install espeak-ng; macOS: brew install espeak-ng).")
        self._binary = Path(found)
        self._espeak_voice = name
        self.voice_id = voice_id or f"{ESPEAK_PREFIX}{name}"
        self.language = language.replace("-", "_")
        self.language_name = language_name(self.language)
        self.sample_rate = ESPEAK_RATE
        self._base_length_scale = 1.0
        self._closed = False
        self._voice = self          # Synthesizer.close() clears it
        self._proc_lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lantern-espeak")
        try:
            self._run("a", wpm=_BASE_WPM, cancel=CancelToken())   # fails now, not at the learner's first click
        except Exception:
            self._executor.shutdown(wait=False)
            raise

    def _run(self, text: str, *, wpm: int, cancel: CancelToken) -> bytes:
        args = [str(self._binary), "-v", self._espeak_voice, "-s", str(wpm), "--stdout", "-b", "1", "--", text]
        with self._proc_lock:
            if cancel.cancelled:
                return b""
            self._proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            out, err = self._proc.communicate(timeout=60)
        except subprocess.TimeoutExpired as exc:
            self._proc.kill()
            raise SpeechError("espeak-ng took too long.") from exc
        finally:
            with self._proc_lock:
                proc, self._proc = self._proc, None
        if cancel.cancelled:
            return b""
        if proc is not None and proc.returncode != 0:
            raise SpeechError(f"espeak-ng failed ({err.decode(errors='replace').strip()[:160]}).",
                              hint="Check that the espeak-ng package is installed completely.")
        return _pcm_of_wav(out)

    def _kill_on_cancel(self, cancel: CancelToken) -> None:
        with self._proc_lock:
            if cancel.cancelled and self._proc is not None:
                self._proc.kill()

    def _produce(self, spans: list[TextSpan], length_scale: float, cancel: CancelToken, out: Any) -> None:
        wpm = max(80, min(450, round(_BASE_WPM / length_scale)))
        finished = threading.Event()
        threading.Thread(target=self._watch, args=(cancel, finished), daemon=True).start()
        try:
            for i, span in enumerate(spans):
                if cancel.cancelled:
                    return
                pcm = self._run(span.text, wpm=wpm, cancel=cancel)
                if cancel.cancelled:
                    return
                if pcm:
                    out.put(AudioChunk(pcm=pcm, sample_rate=self.sample_rate, text=span.text, start=span.start,
                                       end=span.end, index=i))
        except Exception as exc:  # noqa: BLE001 - handed to the consumer
            out.put(exc if isinstance(exc, SpeechError) else SpeechError(f"Speech synthesis failed ({exc})."))
        finally:
            finished.set()
            out.put(_DONE)

    def _watch(self, cancel: CancelToken, finished: threading.Event) -> None:
        # A cancel kills the espeak-ng run in progress instead of waiting for its piece to finish.
        while not finished.wait(0.02):
            if cancel.cancelled:
                self._kill_on_cancel(cancel)
                return


def open_synthesizer(record: VoiceRecord) -> Synthesizer:
    """The synthesizer for a voice record: espeak-ng or a Piper model."""
    if is_espeak_voice(record):
        return EspeakSynthesizer(record.language, binary=Path(record.path) if record.path else None,
                                 voice_id=record.id)
    return Synthesizer(Path(record.path), config_path=Path(record.config_path), voice_id=record.id)
