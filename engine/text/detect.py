"""Which language a text is in, as ISO 639-1 codes ('en', 'es').

Two steps, cheapest first:
1. **The script.** Arabic letters are Arabic, Devanagari Hindi, Hangul Korean, kana Japanese, Han
   alone Chinese, Cyrillic Russian (or Ukrainian, by its own letters, for long texts, whose list
   holds it): no model, no wait.
2. **py3langid** (langid.py's byte n-gram naive Bayes, BSD-3, one 4.4 MB model file in the wheel)
   for everything else (Latin-script text), restricted to a list of languages:
   - short texts (a learner's message, under 120 characters): the app's 12 languages;
   - long texts (documents): a wider list, so a Dutch or Polish document is named, not forced into
     one of the twelve.
   An answer whose probability among the listed languages is under `MIN_PROBABILITY` is no answer
   (None: "nope no idea").
   It replaced lingua 2.1.1 (95 MB installed, all 75 languages compiled in): on the project's 5,022
   labelled texts (safety sets, test questions, cross-language questions, course texts) py3langid gets
   803/807 Latin-script messages of 1-6 words right against lingua's 787 (19 of lingua's misses were
   "unsure"), and loads in ~0.7 s with pauses of other threads under ~30 ms (lingua held the GIL
   for 2.2 s, so the window needed a helper process; it no longer does).
`preload()` loads the model now; call it off the GUI thread. The first detection otherwise loads it.
"""
from __future__ import annotations

import copy
import threading
from array import array
from typing import Any

__all__ = ["SAMPLE_CHARS", "detect_language", "preload", "script_language"]

# Long texts (documents): the languages a classroom library is likely to hold.
_LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "sw", "ar", "zh", "hi", "ru", "pl", "tr", "id", "vi", "uk",
              "ja", "ko", "ro", "ca", "tl")
# Learners' questions and messages: the app's own languages.
_APP_LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "ar", "zh", "hi", "ru", "ja", "ko")
_lock = threading.Lock()
SAMPLE_CHARS = 4000
MIN_CHARS = 20
SHORT_CHARS = 120        # below this a text is a message (the app's 12 languages), above a document
MIN_PROBABILITY = 0.4    # below this (among the listed languages) the model is unsure: no answer


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
    if n * 2 <= letters:         # Latin script, or no script in the majority: the model decides
        return None
    if lang == "ru" and long:
        ukrainian = sum(1 for ch in text if ch in _UKRAINIAN_ONLY)
        russian = sum(1 for ch in text if ch in _RUSSIAN_ONLY)
        if ukrainian > russian:
            return "uk"
        if not russian:
            return None          # too few telling letters (Belarusian-like, or both absent): the model
    return lang


# -- 2. the model (Latin script) ---------------------------------------------------------------------
_identifiers: dict[bool, Any] = {}
_COPY_BYTES = 1 << 18    # the 39 MB byte automaton is copied in slices: each holds the GIL well under 1 ms


def _as_array(values: Any) -> array:
    """A numpy array of unsigned ints as the stdlib array py3langid walks, copied slice by slice: one
    `frombytes` of the whole automaton held the GIL ~25 ms idle and far longer under load, a pause of the
    window's thread (py3langid.modelio._to_array does it in one go)."""
    import numpy as np

    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    raw = np.ascontiguousarray(values).data.cast("B")
    for start in range(0, len(raw), _COPY_BYTES):
        out.frombytes(raw[start:start + _COPY_BYTES])
    return out


def _load_identifier() -> Any:
    """py3langid's model (npz inside LZMA, as py3langid.modelio.load_model reads it), unpacked through a
    temporary file so the 65 MB npz is never held in memory whole."""
    import lzma
    import shutil
    import tempfile

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    with tempfile.TemporaryFile(suffix=".npz") as tmp:
        with lzma.open(MODEL_DIR / MODEL_FILE) as src:       # LZMA and file writes release the GIL
            shutil.copyfileobj(src, tmp, length=1 << 20)
        tmp.seek(0)
        with np.load(tmp, allow_pickle=False) as data:
            return LanguageIdentifier(data["ptc"], data["pc"], data["classes"].tolist(), _as_array(data["nextmove"]),
                                      data["out_feat"].tolist(), norm_probs=True, tk_row=_as_array(data["nextmove_row"]))


def _identifier(short: bool) -> Any:
    """py3langid's identifier over the short (app) or long (document) language list, loaded once."""
    with _lock:
        if not _identifiers:
            base = _load_identifier()
            for is_short, names in ((True, _APP_LANGUAGES), (False, _LANGUAGES)):
                restricted = copy.copy(base)           # shares the byte automaton; own columns below
                restricted.set_languages(list(names))
                _identifiers[is_short] = restricted
        return _identifiers[short]


def _model_language(sample: str, short: bool) -> str | None:
    ranked = _identifier(short).rank(sample)
    if not ranked:
        return None
    lang, probability = ranked[0]
    return str(lang) if probability >= MIN_PROBABILITY else None


def preload() -> None:
    """Load the model now (about 0.7 s; other threads keep running); safe from any thread."""
    _identifier(True)


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
    return _model_language(sample, short)
