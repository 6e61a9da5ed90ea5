"""Which language a text is in, as ISO 639-1 codes ('en', 'es').

Three steps, cheapest first:
1. **The script.** Arabic letters are Arabic, Devanagari Hindi, Hangul Korean, kana Japanese, Han
   alone Chinese, Cyrillic Russian (or Ukrainian, by its own letters, for long texts, whose list
   holds it): no model, no wait.
2. **lingua** for everything else (Latin-script text). lingua loads its n-gram models while holding
   Python's GIL: 2.2 s of CPU for a short English question (3.9-4.4 s wall on the loaded kiosk) with
   the 12 app languages or the 6 Latin ones alike, and `detect_languages_in_parallel_of` holds it
   too — every thread of the window waits. So a window calls `use_helper_process()`: lingua then
   runs in a helper process (no GIL shared) and the caller's thread waits on a pipe, releasing the
   GIL; the CLI and tests keep it in-process. If the helper cannot start, lingua runs in-process.
   - short texts (a learner's message, under 120 characters) use high-accuracy mode over the app's
     12 languages (low-accuracy mode called "What is photosynthesis?" and "I want to kill myself"
     German);
   - long texts (documents) use low-accuracy mode over a wider list: at 120+ characters lingua's
     high-accuracy mode uses trigrams only anyway (same results), and it loads in 0.2-0.4 s.
`preload()` builds the detectors (or starts the helper); call it off the GUI thread.
"""
from __future__ import annotations

import logging
import threading
from functools import lru_cache
from typing import Any

__all__ = ["SAMPLE_CHARS", "detect_language", "helper_running", "preload", "script_language", "stop_helper",
           "use_helper_process"]

log = logging.getLogger(__name__)

# The languages a classroom library is likely to hold; a short list keeps the detector small and fast.
_LANGUAGES = ("ENGLISH", "SPANISH", "FRENCH", "GERMAN", "PORTUGUESE", "ITALIAN", "DUTCH", "SWAHILI", "ARABIC",
              "CHINESE", "HINDI", "RUSSIAN", "POLISH", "TURKISH", "INDONESIAN", "VIETNAMESE", "UKRAINIAN",
              "JAPANESE", "KOREAN", "ROMANIAN", "CATALAN", "TAGALOG")
# Learners' questions and messages: the app's own languages.
_APP_LANGUAGES = ("ENGLISH", "SPANISH", "FRENCH", "GERMAN", "PORTUGUESE", "ITALIAN", "ARABIC", "CHINESE", "HINDI",
                  "RUSSIAN", "JAPANESE", "KOREAN")
_lock = threading.Lock()
SAMPLE_CHARS = 4000
MIN_CHARS = 20
SHORT_CHARS = 120        # below this lingua's high-accuracy mode uses every n-gram size


# -- 1. the script ---------------------------------------------------------------------------------
def _script(ch: str) -> str | None:
    code = ord(ch)
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D:
        return "kana"
    if 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    if 0x0900 <= code <= 0x097F:
        return "devanagari"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    return "latin" if ch.isalpha() else None


_UKRAINIAN_ONLY = set("іїєґІЇЄҐ")
_RUSSIAN_ONLY = set("ыэъёЫЭЪЁ")


def script_language(text: str, *, long: bool = False) -> str | None:
    """The language `text`'s script names on its own, or None (Latin script, mixed, or ambiguous).
    `long`: a document, whose candidate list also holds Ukrainian."""
    counts: dict[str, int] = {}
    for ch in text:
        script = _script(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    letters = sum(counts.values())
    if not letters:
        return None
    cjk = counts.get("kana", 0) + counts.get("han", 0)
    # Japanese writes kanji (Han) with kana: a few kana among Han make it Japanese.
    groups = {"ja": cjk if counts.get("kana", 0) >= 2 else 0, "zh": 0 if counts.get("kana", 0) >= 2 else cjk,
              "ko": counts.get("hangul", 0), "ar": counts.get("arabic", 0), "hi": counts.get("devanagari", 0),
              "ru": counts.get("cyrillic", 0)}
    lang, n = max(groups.items(), key=lambda kv: kv[1])
    if n * 2 <= letters:         # Latin script, or no script in the majority: lingua decides
        return None
    if lang == "ru" and long:
        ukrainian = sum(1 for ch in text if ch in _UKRAINIAN_ONLY)
        russian = sum(1 for ch in text if ch in _RUSSIAN_ONLY)
        if ukrainian > russian:
            return "uk"
        if not russian:
            return None          # too few telling letters (Belarusian-like, or both absent): lingua
    return lang


# -- 2. lingua, here or in a helper process ---------------------------------------------------------
@lru_cache(maxsize=2)
def _detector(short: bool) -> Any:
    from lingua import Language, LanguageDetectorBuilder

    names = _APP_LANGUAGES if short else _LANGUAGES
    langs = [getattr(Language, n) for n in names if hasattr(Language, n)]
    builder = LanguageDetectorBuilder.from_languages(*langs).with_minimum_relative_distance(0.1)
    return builder.build() if short else builder.with_low_accuracy_mode().build()


def _lingua(sample: str, short: bool) -> str | None:
    lang = _detector(short).detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


def _serve(conn: Any) -> None:
    """The helper process: build both detectors, then answer (sample, short) until the pipe closes."""
    _detector(True)
    _detector(False)
    conn.send("ready")
    while True:
        try:
            sample, short = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_lingua(sample, short))


class _Helper:
    """lingua in its own process, so its model loading cannot hold this process's GIL."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: Any = None
        self._proc: Any = None
        self._ready = False       # the helper said its detectors are built
        self.failed = False

    def start(self) -> None:
        with self._lock:
            self._start()

    def _start(self) -> None:
        if self._conn is not None or self.failed:
            return
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")     # never fork a process that runs Qt threads
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(child,), name="lantern-language", daemon=True)
        try:
            proc.start()
        except Exception:      # no helper: lingua runs in-process (slower start, same answers)
            log.warning("language helper did not start; detecting in-process", exc_info=True)
            self.failed = True
            return
        child.close()
        self._conn, self._proc = parent, proc

    def detect(self, sample: str, short: bool) -> str | None:
        """The helper's answer; raises OSError/EOFError when it died (then it is marked failed)."""
        with self._lock:
            self._start()
            if self._conn is None:
                raise OSError("language helper unavailable")
            try:
                if not self._ready:
                    if self._conn.recv() != "ready":
                        raise OSError("language helper said something else")
                    self._ready = True
                self._conn.send((sample, short))
                answer: str | None = self._conn.recv()
                return answer
            except (EOFError, OSError):
                self._close()
                self.failed = True
                raise

    def running(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    def stop(self) -> None:
        with self._lock:
            self._close()
            self.failed = False

    def _close(self) -> None:
        conn, proc = self._conn, self._proc
        self._conn = self._proc = None
        self._ready = False
        if conn is not None:
            conn.close()                 # the helper's recv ends: it exits
        if proc is not None:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
                proc.join(timeout=5)


_helper: _Helper | None = None


def use_helper_process(on: bool = True) -> None:
    """Run lingua in a helper process from now on (a window: no GIL shared with the GUI thread).
    Starts nothing yet; `preload()` or the first Latin-script detection does."""
    global _helper
    if on and _helper is None:
        _helper = _Helper()
    elif not on and _helper is not None:
        _helper.stop()
        _helper = None


def helper_running() -> bool:
    return _helper is not None and _helper.running()


def stop_helper() -> None:
    """End the helper process (the window's close); the next detection starts it again."""
    if _helper is not None:
        _helper.stop()


def preload() -> None:
    """Get lingua ready now (start the helper, or build the detectors here); safe from any thread."""
    if _helper is not None and not _helper.failed:
        _helper.start()
        return
    with _lock:
        _detector(True)
        _detector(False)


# -- the one entry point ---------------------------------------------------------------------------
def detect_language(text: str, *, min_chars: int = MIN_CHARS) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when unsure or too little text."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    # A Chinese, Japanese or Korean character carries about as much as a short word: "为什么天空是蓝色的？"
    # is a whole question in 10 characters, so each counts three times against `min_chars`.
    weight = len(sample) + 2 * sum(1 for ch in sample if _script(ch) in ("kana", "han", "hangul"))
    if weight < min_chars:
        return None
    short = len(sample) < SHORT_CHARS
    by_script = script_language(sample, long=not short)
    if by_script is not None:
        return by_script
    if _helper is not None and not _helper.failed:
        try:
            return _helper.detect(sample, short)
        except (EOFError, OSError):
            log.warning("language helper stopped; detecting in-process", exc_info=True)
    with _lock:
        return _lingua(sample, short)
