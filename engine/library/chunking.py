"""Heading-aware chunking: paragraphs grouped under their headings, never across a heading or a
page break, so each chunk can be cited as "title › heading, p. N".

Sizes are in characters: ~700 keeps a chunk inside MiniLM's 256-token window and lets three
excerpts fit the 270M model's prompt with room for the answer.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from engine.library.readers import Block
from engine.text import sentences_of

HEADING_SEPARATOR = " › "
TARGET_CHARS = 700
MAX_CHARS = 1100


@dataclass(frozen=True)
class Chunk:
    ordinal: int
    text: str
    heading_path: str
    page: int | None
    char_start: int
    char_end: int


def split_long(text: str, *, maximum: int = MAX_CHARS) -> list[str]:
    """Cut a paragraph longer than `maximum` at sentence ends, else at spaces, else hard."""
    if len(text) <= maximum:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in sentences_of(text):
        while len(sentence) > maximum:
            cut = sentence.rfind(" ", 0, maximum)
            cut = cut if cut > maximum // 2 else maximum
            head, sentence = sentence[:cut].strip(), sentence[cut:].strip()
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
        if current and len(current) + 1 + len(sentence) > maximum:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        pieces.append(current)
    return [p for p in pieces if p]


def chunk_blocks(blocks: Iterable[Block], *, target: int = TARGET_CHARS, maximum: int = MAX_CHARS) -> Iterator[Chunk]:
    """Group `blocks` into chunks. Lazy: holds at most one chunk's text in memory."""
    headings: list[tuple[int, str]] = []
    parts: list[str] = []
    size = 0
    page: int | None = None
    start = 0
    offset = 0
    ordinal = 0

    def flush() -> Chunk | None:
        nonlocal parts, size, ordinal
        if not parts:
            return None
        text = "\n\n".join(parts)
        chunk = Chunk(ordinal, text, HEADING_SEPARATOR.join(h for _, h in headings), page, start, start + len(text))
        ordinal += 1
        parts, size = [], 0
        return chunk

    for block in blocks:
        if block.level < 0 or not block.text.strip():
            continue
        if block.level > 0:
            if (c := flush()) is not None:
                yield c
            while headings and headings[-1][0] >= block.level:
                headings.pop()
            headings.append((block.level, " ".join(block.text.split())[:200]))
            offset += len(block.text) + 2
            continue
        for piece in split_long(block.text, maximum=maximum):
            if parts and (block.page != page or size + len(piece) + 2 > target):
                if (c := flush()) is not None:
                    yield c
            if not parts:
                page, start = block.page, offset
            parts.append(piece)
            size += len(piece) + 2
            offset += len(piece) + 2
    if (c := flush()) is not None:
        yield c
