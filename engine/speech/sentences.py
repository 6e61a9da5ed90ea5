"""Cutting text into speakable pieces: whole sentences, with long ones split at a pause.

Read-aloud streams one piece at a time, so the first sound comes after the first piece, and a
cancel waits at most one (short) piece. `SentenceBuffer` does the same for an answer that is still
streaming in from the model: it hands out each sentence as soon as it is complete.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from engine.text.sentences import TextSpan, sentence_ends, split_sentences

__all__ = ["FIRST_PIECE_CHARS", "MAX_PIECE_CHARS", "SentenceBuffer", "TextSpan", "split_for_speech", "split_sentences",
           "stream_sentences"]

_PAUSE = re.compile(r"[,;:—–]\s+|[、，；：]|\s+-\s+")  # CJK commas take no space
MAX_PIECE_CHARS = 160     # about 2-3 seconds of speech: ~0.15 s to synthesize on 2 cores
FIRST_PIECE_CHARS = 90    # shorter first piece: first sound sooner


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
        for end in sentence_ends(self._text[base:], final=False):
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


def stream_sentences(pieces: Iterable[str]) -> Iterator[tuple[str, str]]:
    """`(sentence, separator)` for a stream of text pieces, each as soon as it is complete.

    The separator keeps the paragraph breaks the writer made ("\n\n"); otherwise it is a space.
    The local tutor's gate and the cloud reply both release text through this one loop."""
    buffer = SentenceBuffer()

    def gap(end: int) -> str:
        return "\n\n" if buffer.text[end:end + 1] == "\n" else " "

    for piece in pieces:
        for span in buffer.feed(piece):
            yield span.text, gap(span.end)
    for span in buffer.flush():
        yield span.text, gap(span.end)
