"""Cutting text into speakable pieces: whole sentences, with long ones split at a pause.

Read-aloud streams one piece at a time, so the first sound comes after the first piece, and a
cancel waits at most one (short) piece. `SentenceBuffer` does the same for an answer that is still
streaming in from the model: it hands out each sentence as soon as it is complete.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? … (plus closing quotes/brackets) followed by space, or at a line break.
_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s)|\n+""")
# Words ending in a dot that do not end a sentence.
_ABBREVIATIONS = {"e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "fig", "no", "approx", "ca"}
_PAUSE = re.compile(r"[,;:—–]\s+|\s+-\s+")
MAX_PIECE_CHARS = 160     # about 2-3 seconds of speech: ~0.15 s to synthesize on 2 cores
FIRST_PIECE_CHARS = 90    # shorter first piece: first sound sooner


@dataclass(frozen=True)
class TextSpan:
    """A piece of text and where it sits in the original (for highlighting)."""

    text: str
    start: int
    end: int


def _is_abbreviation(text: str, dot_at: int) -> bool:
    m = re.search(r"(\w+(?:\.\w+)*)$", text[:dot_at])
    return bool(m) and (m.group(1).lower() in _ABBREVIATIONS or len(m.group(1)) == 1 and m.group(1).isupper())


def _sentence_ends(text: str, *, final: bool) -> list[int]:
    ends = []
    for m in _END.finditer(text):
        if m.group().startswith(".") and len(m.group()) == 1 and _is_abbreviation(text, m.start()):
            continue
        ends.append(m.end())
    if final and (not ends or ends[-1] < len(text)):
        ends.append(len(text))
    return ends


def _split_long(span: TextSpan, limit: int) -> list[TextSpan]:
    if len(span.text) <= limit:
        return [span]
    out: list[TextSpan] = []
    rest, base = span.text, span.start
    while len(rest) > limit:
        cuts = [m.end() for m in _PAUSE.finditer(rest) if m.end() <= limit]
        cut = cuts[-1] if cuts and cuts[-1] > limit // 3 else (rest.rfind(" ", 0, limit) + 1 or limit)
        out.append(TextSpan(rest[:cut].strip(), base, base + cut))
        rest, base = rest[cut:], base + cut
    if rest.strip():
        out.append(TextSpan(rest.strip(), base, base + len(rest)))
    return out


def split_sentences(text: str) -> list[TextSpan]:
    """Sentences of `text` with their character ranges; blank pieces are dropped."""
    spans, start = [], 0
    for end in _sentence_ends(text, final=True):
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append(TextSpan(piece.strip(), start + lead, start + lead + len(piece.strip())))
        start = end
    return spans


def split_for_speech(text: str, *, max_chars: int = MAX_PIECE_CHARS,
                     first_chars: int = FIRST_PIECE_CHARS) -> list[TextSpan]:
    """Sentences, with long ones cut at commas/semicolons (else spaces) into pieces of <= max_chars."""
    out: list[TextSpan] = []
    for span in split_sentences(text):
        out.extend(_split_long(span, first_chars if not out else max_chars))
    return out


class SentenceBuffer:
    """Collects streamed text and returns each sentence once it is complete.

    `feed(text)` returns the sentences completed by that text; `flush()` the rest at the end.
    Offsets are positions in the whole text fed so far.
    """

    def __init__(self) -> None:
        self._text = ""
        self._done = 0

    @property
    def text(self) -> str:
        return self._text

    def feed(self, text: str) -> list[TextSpan]:
        self._text += text
        out: list[TextSpan] = []
        base = self._done
        for end in _sentence_ends(self._text[base:], final=False):
            out.extend(self._take(base + end))
        return out

    def flush(self) -> list[TextSpan]:
        return self._take(len(self._text))

    def _take(self, end: int) -> list[TextSpan]:
        piece = self._text[self._done:end]
        start = self._done
        self._done = end
        if not piece.strip():
            return []
        lead = len(piece) - len(piece.lstrip())
        return [TextSpan(piece.strip(), start + lead, start + lead + len(piece.strip()))]
