"""Read a document file into a stream of `Block`s: paragraphs and headings, with page numbers.

Plain text and Markdown are streamed line by line (bounded memory, even for huge files); HTML,
PDF and DOCX are parsed with their libraries. Every problem becomes an `ImportError_` that names
the file and says what to do.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from engine.errors import ImportError_

SUPPORTED_TYPES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
                   ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
_MAX_LINE = 64 * 1024           # longer "lines" are cut into pieces (bounded memory)
_SNIFF = 64 * 1024


@dataclass(frozen=True)
class Block:
    """One paragraph (`level` 0) or heading (`level` 1-6) of a document."""

    text: str
    level: int = 0
    page: int | None = None


def document_type(path: Path) -> str | None:
    return SUPPORTED_TYPES.get(path.suffix.lower())


def read_blocks(path: Path, kind: str) -> Iterator[Block]:
    """Blocks of `path` read as `kind` ('txt', 'md', 'html', 'pdf', 'docx'). Lazy."""
    readers = {"txt": _read_text, "md": _read_markdown, "html": _read_html, "pdf": _read_pdf, "docx": _read_docx}
    return readers[kind](path)


# -- plain text -----------------------------------------------------------------------------
def _sniff_encoding(path: Path) -> str:
    with path.open("rb") as f:
        head = f.read(_SNIFF)
    if not head:
        raise ImportError_(f"{path.name} is empty.", hint="Choose a file that has text in it.")
    if b"\x00" in head or _control_ratio(head) > 0.05:
        raise ImportError_(f"{path.name} is not a text file (it looks binary).",
                           hint="Rename it to its real type, or export it as .txt, .md, .pdf or .docx.")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "cp1252"


def _control_ratio(data: bytes) -> float:
    bad = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return bad / max(1, len(data))


def _lines(path: Path) -> Iterator[tuple[str, int]]:
    """(line without its newline, page) pairs; a form feed starts a new page."""
    encoding = _sniff_encoding(path)
    page = 1
    with path.open("r", encoding=encoding, errors="replace", newline=None) as f:
        while True:
            line = f.readline(_MAX_LINE)
            if not line:
                return
            parts = line.rstrip("\n").split("\f")
            for i, part in enumerate(parts):
                if i:
                    page += 1
                    yield "", page
                yield part, page


def _paragraphs(lines: Iterator[tuple[str, int]]) -> Iterator[Block]:
    buf: list[str] = []
    buf_page = 1
    size = 0
    for line, page in lines:
        stripped = line.strip()
        if not stripped or page != buf_page or size > _MAX_LINE:
            if buf:
                yield Block(" ".join(buf), 0, buf_page)
                buf, size = [], 0
            buf_page = page
            if not stripped:
                continue
        buf.append(stripped)
        size += len(stripped)
    if buf:
        yield Block(" ".join(buf), 0, buf_page)


def _read_text(path: Path) -> Iterator[Block]:
    yield from _paragraphs(_lines(path))


# -- Markdown -------------------------------------------------------------------------------
_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPH = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def _md_inline(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = _EMPH.sub(r"\2", text)
    return re.sub(r"<[^>]+>", "", text).strip()


def _read_markdown(path: Path) -> Iterator[Block]:
    buf: list[str] = []
    in_fence = False
    prev_line = ""

    def flush() -> Iterator[Block]:
        if buf:
            text = " ".join(buf).strip()
            buf.clear()
            if text:
                yield Block(text, 0, None)

    for line, _page in _lines(path):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            yield from flush()
            continue
        if in_fence:
            if stripped:
                buf.append(stripped)
            continue
        m = _ATX.match(stripped)
        if m:
            yield from flush()
            yield Block(_md_inline(m.group(2)), len(m.group(1)), None)
        elif _SETEXT.match(stripped) and len(buf) == 1 and prev_line.strip():
            heading = buf.pop()
            yield Block(_md_inline(heading), 1 if stripped.startswith("=") else 2, None)
        elif not stripped or stripped in ("---", "***", "___"):
            yield from flush()
        elif _LIST.match(line) or stripped.startswith(">"):
            yield from flush()   # a list item or quote is its own paragraph
            buf.append(_md_inline(_LIST.sub("", stripped.lstrip("> "))))
        else:
            buf.append(_md_inline(stripped))
        prev_line = line
    yield from flush()


# -- HTML -----------------------------------------------------------------------------------
class _HTMLBlocks(HTMLParser):
    _SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template", "svg", "head"}
    _BREAK = {"p", "div", "li", "br", "tr", "td", "th", "section", "article", "blockquote", "pre", "dd", "dt",
              "ul", "ol", "table", "figcaption", "main", "body"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title = ""
        self._buf: list[str] = []
        self._skip = 0
        self._heading = 0
        self._in_title = False

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf.clear()
        if text:
            self.blocks.append(Block(text, self._heading, None))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self._SKIP:
            self._skip += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self._heading = int(tag[1])
        elif tag in self._BREAK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self._heading = 0
        elif tag in self._BREAK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._buf.append(data)


def _read_html(path: Path) -> Iterator[Block]:
    encoding = _sniff_encoding(path)
    parser = _HTMLBlocks()
    with path.open("r", encoding=encoding, errors="replace") as f:
        while chunk := f.read(_SNIFF):
            parser.feed(chunk)
            yield from parser.blocks
            parser.blocks.clear()
    parser.close()
    parser._flush()
    yield from parser.blocks
    if parser.title.strip():
        yield Block(" ".join(parser.title.split()), -1, None)   # level -1: the document's title


# -- PDF ------------------------------------------------------------------------------------
# A heading line; a section number ("3.2 Blood vessels") may lead it.
_PDF_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?\s+)?[A-Z0-9¿¡ÁÉÍÓÚÑ][^.!?;:,]{1,70}$")
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z]")
# A word broken at a line end by the typesetter ("photo-" / "synthesis"): joined again.
_LINE_HYPHEN = re.compile(r"(?<=[a-záéíóúñäöüß])-$")


def _read_pdf(path: Path) -> Iterator[Block]:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)   # repairs of damaged files are not news
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                ok: object = reader.decrypt("")
            except Exception:   # noqa: BLE001 - pypdf raises several types for unsupported crypto
                ok = 0
            if not ok:
                raise ImportError_(f"{path.name} is password-protected.",
                                   hint="Save an unprotected copy of the PDF and import that.")
        n_pages = len(reader.pages)
    except ImportError_:
        raise
    except (PyPdfError, DependencyError, ValueError, KeyError, TypeError, AttributeError, OSError, IndexError) as exc:
        raise ImportError_(f"{path.name} is not a readable PDF ({type(exc).__name__}: {exc}).",
                           hint="Open it in a PDF viewer and save or export it again.") from exc
    found_text = False
    meta_title = ""
    try:
        meta_title = (reader.metadata.title or "") if reader.metadata else ""
    except Exception:   # noqa: BLE001 - broken metadata is not worth failing the import
        meta_title = ""
    for index in range(n_pages):
        try:
            text = reader.pages[index].extract_text() or ""
        except Exception as exc:
            raise ImportError_(f"{path.name} is damaged: page {index + 1} cannot be read ({exc}).",
                               hint="Open it in a PDF viewer and save or export it again.") from exc
        lines = [ln.strip() for ln in text.splitlines()]
        buf: list[str] = []
        after_heading = mid_paragraph = False
        for i, line in enumerate(lines):
            if not line:
                if buf:
                    yield Block(" ".join(buf), 0, index + 1)
                    buf = []
                mid_paragraph = False
                continue
            found_text = True
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            # a numbered heading ("4.2 Photosynthesis") also right after a sentence, with no gap
            numbered = bool(_NUMBERED_HEADING.match(line)) and (not buf or buf[-1].endswith((".", "!", "?")))
            starts = (not buf and not mid_paragraph) or numbered
            if (starts and not after_heading and (_PDF_HEADING.match(line) or numbered) and len(line.split()) <= 9
                    and nxt and not line.endswith(("-", ".", "!", "?", ";", ","))):
                if buf:
                    yield Block(" ".join(buf), 0, index + 1)
                    buf = []
                yield Block(line, 2, index + 1)
                after_heading = bool(_NUMBERED_HEADING.match(line))   # its text follows on the next line
                continue
            after_heading = False
            if buf and _LINE_HYPHEN.search(buf[-1]) and line[:1].islower():
                buf[-1] = buf[-1][:-1] + line.split(" ", 1)[0]
                line = line.split(" ", 1)[1] if " " in line else ""
                if not line:
                    continue
            buf.append(line)
            if line.endswith((".", "!", "?", ":")) and len(" ".join(buf)) > 400:
                yield Block(" ".join(buf), 0, index + 1)
                buf = []
                mid_paragraph = True     # cut for length: the next short line is text, not a heading
        if buf:
            yield Block(" ".join(buf), 0, index + 1)
    if not found_text:
        raise ImportError_(f"{path.name} has no text Lantern can read (it may be scanned images).",
                           hint="Use a PDF with selectable text, or export the text to .txt/.docx.")
    if meta_title.strip():
        yield Block(meta_title.strip(), -1, None)


# -- DOCX -----------------------------------------------------------------------------------
def _read_docx(path: Path) -> Iterator[Block]:
    import zipfile

    try:
        import docx
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ImportError_(f"{path.name} is not a readable Word document ({exc}).",
                           hint="Open it in a word processor and save it again as .docx.") from exc
    except Exception as exc:
        raise ImportError_(f"{path.name} is not a readable Word document ({type(exc).__name__}).",
                           hint="Open it in a word processor and save it again as .docx.") from exc
    title = (document.core_properties.title or "").strip()
    body = document.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            text = para.text.strip()
            if not text:
                continue
            style = (para.style.name if para.style is not None else "") or ""
            level = 0
            if style == "Title":
                level = 1
            elif style.startswith("Heading"):
                digits = style.removeprefix("Heading").strip()
                level = min(6, int(digits)) if digits.isdigit() else 2
            yield Block(text, level, None)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = [c.text.strip() for c in row.cells if c.text.strip()]
                if cells:
                    yield Block(" | ".join(dict.fromkeys(cells)), 0, None)
    if title:
        yield Block(title, -1, None)
