"""Candidate answers: the prose sentences of retrieved passages (and two-sentence windows).

Never a candidate: heading and title lines, figure/table captions, code, page furniture (PDF
running heads, page numbers, "Page N" footers), navigation and learning-objective lists, and
exercise prompts ("Check your understanding: 1. Name ..."). Each candidate keeps where it is in its
passage (character offsets), so the citation view can highlight the answering span.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)")
# A sentence ends at . ! ? (or CJK ones) followed by space and a capital/quote/digit, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"'”’)]?\s+(?=[\"'“¿¡(A-ZÁÉÍÓÚÑÄÖÜ0-9])|\n+")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.", "Fig.", "vs.", "approx.")
_CAPTION = re.compile(r"^\s*(?:fig(?:ure)?|table|tabla|figura|diagram|photo|image|source|fuente)\.?\s*"
                      r"\d+(?:[.:]\d+)*\b", re.IGNORECASE)
_EXERCISE = re.compile(r"^\s*(?:check your understanding|questions?|exercises?|activity|try this|in this chapter"
                       r"|you will learn|learning objectives?|key words|contents)\b", re.IGNORECASE)
_CODE_CALL = re.compile(r"\b[A-Za-z_]\w*\((?:[^()]*)\)")
_CODE_ASSIGN = re.compile(r"(?:^|\s)[A-Za-z_]\w*\s*(?:=|\+=|-=)\s*(?:[\w\"'\[({-])")
_CODE_TOKENS = re.compile(r"[{};]|==|!=|<=|>=|->|\bdef\b|\bimport\b|\breturn\b|\bwhile\b.*:|\bfor\b\s+\w+\s+in\b.*:"
                          r"|#\s|//|/\*|\bprint\b")
_PAGE_MARK = re.compile(r"^(?:page|p\.|página|pag\.)?\s*\d{1,4}(?:\s*(?:of|/|de)\s*\d{1,4})?$", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# "Heading: " (or "Title › 2.2 Section, p. 5: ") that the tutor and the library put before a passage:
# the longest run up to ": " + a capital within 160 characters that holds no sentence end, so
# numbered sections ("2.2"), page labels ("p. 5") and a colon inside a title ("Chapter 2: Bones")
# are all part of it, and so is a question or exclamation heading ("Volcanoes › What is a volcano?: ",
# "Why do we sleep? › Dreams: "): a ? or ! right before the colon or the next " › ".
HEADING_PREFIX = re.compile(r"^(?:[^!?\n.]|\.(?!\s+[A-Z])|[!?](?=\s*(?:›|:))){1,160}:\s+(?=[A-Z¿¡ÁÉÍÓÚÑ\d\"'])")


@dataclass(frozen=True)
class Candidate:
    """One sentence (or two neighbouring ones) of a passage."""

    text: str
    passage: int        # index of the passage in the list given
    index: int          # sentence index within the passage's prose sentences
    start: int          # character offsets in the passage text
    end: int
    sentences: int = 1  # 1, or 2 for a window


def is_code(paragraph: str) -> bool:
    """Source code (fenced blocks arrive as one paragraph of joined lines)."""
    text = paragraph.strip()
    signals = len(_CODE_CALL.findall(text)) + len(_CODE_ASSIGN.findall(text)) + len(_CODE_TOKENS.findall(text))
    if not signals:
        return False
    prose_end = text.endswith((".", "!", "?", "。"))
    words = _WORD.findall(text)
    symbols = sum(1 for c in text if c in "=()[]{}:;\"'#<>+*/")
    return not prose_end or symbols > 0.25 * max(1, len(words)) and signals >= 2


def is_heading_like(line: str) -> bool:
    """A title or heading line: short, no sentence punctuation at its end, no finite sentence."""
    text = line.strip()
    if not text:
        return True
    if text.endswith(("?", "？")) or text.startswith("#"):
        return True   # a question in the material is a prompt, not an answer
    if text.endswith((".", "!", "。", "！", ":")) and len(text.split()) > 3:
        return False
    return len(text.split()) <= 12 and not text.endswith((".", "!", "。"))


def is_furniture(text: str) -> bool:
    return bool(_PAGE_MARK.match(text.strip())) or bool(_CAPTION.match(text)) or bool(_EXERCISE.match(text))


def strip_furniture(text: str, furniture: Sequence[str] = ()) -> str:
    """Remove page furniture from the start or end of a paragraph or sentence: the running heads
    and footers `Retriever.furniture` found (regular expressions), and a page number glued to the
    end. A section heading the PDF text glued in front of the first sentence goes too."""
    stripped = False
    for pattern in furniture:
        new = re.sub(rf"^\s*(?:{pattern})\s*", "", text)
        stripped = stripped or new != text
        text = re.sub(rf"(?<=[.!?])\s+(?:{pattern})\s*$", "", new)
    text = re.sub(r"(?<=[.!?])\s+\d{1,4}\s*$", "", text)
    return drop_glued_heading(text) if stripped else text


_STARTERS = frozenset("The A An It In This There These Every Most Some Many All When If Each Our Your We You Its"
                      .split())


def drop_glued_heading(sentence: str) -> str:
    """'Inside the Earth The Earth is made of layers.' → 'The Earth is made of layers.'"""
    words = sentence.split()
    limit = 0
    while limit < min(9, len(words) - 3) and not re.search(r"[.!?;:,]", words[limit]):
        limit += 1
    for i in range(1, limit + 1):
        if words[i] in _STARTERS:
            return " ".join(words[i:])
    for i in range(1, limit + 1):
        if words[i][:1].isupper() and words[i - 1][:1].islower():
            return " ".join(words[i:])
    return sentence


_SECTION_NUMBER = re.compile(r"(?:^|\s)\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])")


def drop_numbered_heading(sentence: str) -> str:
    """'Unit 4 41 4.1 What plants need Green plants make food.' → 'Green plants make food.': a
    section number ("4.1") inside a sentence's first words marks a heading (and whatever page
    furniture came before it) that PDF text glued to the sentence."""
    m = _SECTION_NUMBER.search(sentence)
    if not m:
        return sentence
    before = sentence[:m.start()].split()
    # only at the start, or after furniture: a page number or Title Case words ("is 3.5 Million" is prose)
    if before and not (before[-1].isdigit() or all(w[:1].isupper() or not w[:1].isalpha() for w in before)):
        return sentence
    if len(before) > 14 or (before and re.fullmatch(r"(?:fig(?:ure)?|table|tabla|figura)\.?", before[-1], re.I)):
        return sentence     # a caption's number ("Figure 3.2 A wooden press ...")
    return drop_glued_heading(sentence[m.end():])


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`; abbreviations and decimals do not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        head = text[start:m.start() + 1]
        if m.group(0).strip() == "" and head.rstrip().endswith(_ABBREVIATIONS):
            continue
        spans.append((start, m.start() + (1 if m.group(0)[:1] in "\"'”’)" else 0)))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def prose_sentences(text: str, furniture: Sequence[str] = ()) -> list[tuple[int, int, str]]:
    """The prose sentences of a passage as (start, end, sentence) in the passage's own text."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for para in _PARAGRAPH.split(text):
        at = text.find(para, pos)
        if at < 0:
            at = pos
        pos = at + len(para)
        if not para.strip() or is_code(para):
            continue
        for s, e in split_sentences(para):
            sentence = " ".join(strip_furniture(para[s:e], furniture).split())
            if not sentence or is_furniture(sentence):
                continue
            sentence = drop_numbered_heading(sentence)
            if not sentence or is_furniture(sentence) or is_heading_like(sentence) or is_code(sentence):
                continue
            out.append((at + s, at + e, sentence))
    return out


def candidates_of(passages: Sequence[str], *, furniture: Sequence[Sequence[str]] = (), windows: bool = True
                  ) -> list[Candidate]:
    """Every prose sentence of every passage, then (with `windows`) each pair of neighbours."""
    out: list[Candidate] = []
    for p, text in enumerate(passages):
        furn = furniture[p] if p < len(furniture) else ()
        sents = prose_sentences(text, furn)
        for i, (s, e, sentence) in enumerate(sents):
            out.append(Candidate(sentence, p, i, s, e))
        if windows:
            for i in range(len(sents) - 1):
                (s, _, a), (_, e, b) = sents[i], sents[i + 1]
                if continues(b):
                    out.append(Candidate(f"{a} {b}", p, i, s, e, sentences=2))
    return out


# A sentence that refers back early ("It is 58 metres tall.", "After it, the town built ...")
# finishes the thought of the one before it.
_REFERS_BACK = re.compile(r"^(?:\W*\w+\W+){0,2}(?:it|this|that|these|those|they|them|there|then|he|she|his|her|its"
                          r"|their|esto|eso|ella?|ellos|ellas|su|sus)\b", re.IGNORECASE)


def continues(sentence: str) -> bool:
    """Does `sentence` lean on the one before it? Only then are the two one candidate: a window of
    two unrelated sentences would add the topic words of one to the number or name of the other
    ("In a tall adult it can be 50 cm long. The smallest bone is the stirrup.")."""
    return bool(_REFERS_BACK.match(sentence))
