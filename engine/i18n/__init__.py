"""The tutor's own words in every language: one gettext catalogue per language.

Every fixed sentence the engine writes for a learner (not-covered notes, the language note, hint
ladder rungs, quiz feedback, encouragement, safety replies, feelings responses) is a named message
in `po/<language>.po`; `lantern.pot` lists the names every catalogue must translate. The English
text lives in `po/en.po` like any other language, so code names a message, never a sentence:

    message("quiz.answer_was", "es", answer="fracción")        -> "La respuesta es: fracción."
    message("quiz.summary", "ru", count=5, right=3)            -> plural form for 5 in Russian

The .po sources are compiled to gettext's binary form with Babel in memory, once per language per
process (a few milliseconds; no build step to forget, nothing stale on disk), and read by Python's
`gettext`, so plural rules come from each catalogue's Plural-Forms header.
"""
from __future__ import annotations

import gettext
import io
import re
import threading
import unicodedata
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

__all__ = ["CATALOGUE_DIR", "LANGUAGES", "NOT_ENGLISH", "RTL_LANGUAGES", "TEMPLATE", "MessageMap", "catalogue_languages",
           "isolate", "message", "placeholders", "translations"]

CATALOGUE_DIR = Path(__file__).with_name("po")
TEMPLATE = Path(__file__).with_name("lantern.pot")
LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar", "hi")
NOT_ENGLISH = tuple(lang for lang in LANGUAGES if lang != "en")   # e.g. for "part of this answer is in English"
FALLBACK = "en"
_PLURAL_SUFFIX = ".plural"
_lock = threading.Lock()
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})   # their placeholder values are bidi-isolated
FSI, PDI = "\u2068", "\u2069"


def catalogue_languages() -> list[str]:
    """Languages that have a catalogue file."""
    return sorted(p.stem for p in CATALOGUE_DIR.glob("*.po"))


def _base(language: str | None) -> str:
    return (language or FALLBACK).replace("-", "_").split("_")[0].lower() or FALLBACK


@lru_cache(maxsize=32)
def _compiled(language: str) -> gettext.GNUTranslations:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with (CATALOGUE_DIR / f"{language}.po").open("rb") as f:
        catalog = read_po(f, locale=None, domain="lantern")
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


def translations(language: str | None) -> gettext.GNUTranslations:
    """The compiled catalogue for `language` ('pt_BR' -> pt), falling back to English."""
    lang = _base(language)
    if not (CATALOGUE_DIR / f"{lang}.po").is_file():
        lang = FALLBACK
    with _lock:
        return _compiled(lang)


def _lookup(msgid: str, language: str | None, count: int | None) -> str | None:
    t = translations(language)
    if count is None:
        text = t.gettext(msgid)
        return None if text == msgid else text
    text = t.ngettext(msgid, msgid + _PLURAL_SUFFIX, count)
    return None if text in (msgid, msgid + _PLURAL_SUFFIX) else text


def message(msgid: str, language: str | None, *, count: int | None = None, **values: object) -> str:
    """The named message in `language` with its {placeholders} filled; `count` picks the plural
    form and is also the {count} placeholder. Unknown languages get English. An unknown name is a
    programming error (KeyError), never shown to a learner as a name."""
    text = _lookup(msgid, language, count) or _lookup(msgid, FALLBACK, count)
    if text is None:
        raise KeyError(f"no message {msgid!r} in the catalogue")
    if count is not None:
        values = {"count": count, **values}
    if values and _base(language) in RTL_LANGUAGES:
        values = {k: isolate(v) if isinstance(v, str) and _has_ltr(v) else v for k, v in values.items()}
    return text.format_map(values) if values or "{" in text else text


def _has_ltr(value: str) -> bool:
    """A strong left-to-right letter (Latin, Cyrillic, CJK…): an all-Arabic value needs no isolation."""
    return any(unicodedata.bidirectional(ch) == "L" for ch in value)


def isolate(value: str) -> str:
    """`value` between FSI and PDI (U+2068 … U+2069): its own direction, whatever surrounds it, so a
    Latin name inside Arabic «…» keeps the quotes where they belong (the bidi algorithm otherwise
    lets the Latin run take the closing quote with it and the quotes render flipped)."""
    return f"{FSI}{value}{PDI}" if value else value


def placeholders(text: str) -> set[str]:
    """The {names} a message text uses."""
    return set(_PLACEHOLDER.findall(text))


class MessageMap(Mapping[str, str]):
    """One message in every language, read like the {language: text} dicts it replaces
    (`SAFE_RESPONSE_HARM["es"]`, `NOT_COVERED.get(lang)`). Lazy: nothing is compiled until a
    language is read. `languages` limits it (e.g. a note no English learner should get)."""

    def __init__(self, msgid: str, *, languages: tuple[str, ...] = LANGUAGES) -> None:
        self.msgid = msgid
        self._languages = languages

    def __getitem__(self, language: str) -> str:
        if language not in self._languages:
            raise KeyError(language)
        return message(self.msgid, language)

    def __iter__(self) -> Iterator[str]:
        return iter(self._languages)

    def __len__(self) -> int:
        return len(self._languages)

    def __repr__(self) -> str:
        return f"MessageMap({self.msgid!r})"
