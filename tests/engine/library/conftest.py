"""Real files generated per test: PDFs (fpdf2), DOCX (python-docx), HTML, Markdown, text."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.library import Library
from engine.store import Store


def make_pdf(path: Path, pages: list[list[str]], *, title: str = "", password: str | None = None) -> Path:
    """A real PDF; each page is a list of paragraphs (a paragraph starting with '# ' is a heading)."""
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    for paragraphs in pages:
        pdf.add_page()
        for para in paragraphs:
            if para.startswith("# "):
                pdf.set_font("Helvetica", "B", 16)
                pdf.multi_cell(0, 10, para[2:])
            else:
                pdf.set_font("Helvetica", "", 12)
                pdf.multi_cell(0, 7, para)
            pdf.ln(4)
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    pdf.output(str(path))
    return path


def make_docx(path: Path, items: list[tuple[str, str]], *, title: str = "") -> Path:
    """A real DOCX from (kind, text) items: kind is 'h1', 'h2', 'p' or 'table' (cells split by '|')."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for kind, text in items:
        if kind.startswith("h"):
            document.add_heading(text, level=int(kind[1:]))
        elif kind == "table":
            cells = text.split("|")
            table = document.add_table(rows=1, cols=len(cells))
            for cell, value in zip(table.rows[0].cells, cells, strict=True):
                cell.text = value
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "home") as s:
        yield s


@pytest.fixture
def library(store: Store) -> Library:
    """A library without vectors (fast); the retrieval tests cover Chroma."""
    return Library(store)


def snapshot(store: Store) -> tuple:
    """Everything a failed import must leave untouched."""
    db = store.db
    return (db.execute("SELECT id, sha256, status, chunk_count FROM documents ORDER BY id").fetchall(),
            db.execute("SELECT id, document_id, text FROM chunks ORDER BY id").fetchall(),
            db.execute("SELECT count(*) FROM chunks_fts").fetchall())


@pytest.fixture
def snap(store: Store):  # type: ignore[no-untyped-def]
    return lambda: snapshot(store)


@pytest.fixture
def pdf_maker():  # type: ignore[no-untyped-def]
    return make_pdf


@pytest.fixture
def docx_maker():  # type: ignore[no-untyped-def]
    return make_docx
