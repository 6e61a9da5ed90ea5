"""Printable worksheet: the lesson's approved quiz as a PDF with an answer key, and large print."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from engine.errors import LanternError
from engine.teacher.outline import OutlineBook
from engine.teacher.quiz_review import approve_all_drafts, generate_items
from engine.teacher.worksheet import lesson_items, render_worksheet


def _pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_worksheet_has_the_lessons_questions_and_an_answer_key(store, fractions):
    generate_items(store, "Fractions", n_items=6, max_model_items=0)
    approve_all_drafts(store, "Fractions")
    lesson = next(x for x in OutlineBook(store).draft("Fractions").lessons if x.title == "Fractions")
    items = lesson_items(store, "Fractions", lesson.id)
    assert items and all(i.chunk_id in lesson.chunk_ids for i in items)
    pdf = render_worksheet("Fractions", items)
    assert pdf.startswith(b"%PDF")
    pages = _pages(pdf)
    key = pages[-1]
    assert key.startswith("Answer key: Fractions")
    for n, item in enumerate(items, start=1):
        assert f"{n}." in pages[0]
        assert item.answer.split()[0] in key
    assert "denominator" in pages[0].lower()


def test_large_print_uses_bigger_type_and_more_pages(store, fractions):
    generate_items(store, "Fractions", n_items=9, max_model_items=0)
    approve_all_drafts(store, "Fractions")
    items = lesson_items(store, "Fractions")
    regular = PdfReader(io.BytesIO(render_worksheet("Fractions", items)))
    large = PdfReader(io.BytesIO(render_worksheet("Fractions", items, large_print=True)))
    assert len(large.pages) > len(regular.pages)
    assert _body_size(large) == 18 and _body_size(regular) == 12


def _body_size(reader: PdfReader) -> float:
    """The most used font size on the first page."""
    sizes: list[float] = []
    reader.pages[0].extract_text(visitor_text=lambda text, cm, tm, font, size: sizes.append(round(size))
                                 if text.strip() else None)
    return max(set(sizes), key=sizes.count)


def test_a_lesson_without_approved_questions_says_so(store, fractions):
    generate_items(store, "Fractions", n_items=3, max_model_items=0)
    with pytest.raises(LanternError, match="no approved questions"):
        lesson_items(store, "Fractions", "Fractions")
