"""Printable worksheets: a lesson's approved quiz as a PDF (fpdf2), with an answer key on its own
page, and a large-print variant (bigger type, wider spacing, one question per block).

Without `font_path` the PDF uses the standard Helvetica, which covers Latin-1: typographic quotes
and dashes are mapped to plain ones and any other character outside Latin-1 becomes '?'. For
other scripts pass a TrueType font that has them (for example DejaVuSans.ttf).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from engine.errors import LanternError
from engine.store import Store
from engine.teacher.material import course_row
from engine.tutor.quiz import FALSE, TRUE, QuizItem, choice_label
from engine.tutor.quizbank import QuizBank

__all__ = ["WorksheetStyle", "lesson_items", "render_worksheet"]

_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "›": ">",
                        "\u00a0": " ", "•": "-"})


@dataclass(frozen=True)
class WorksheetStyle:
    size: float          # body text, points
    title_size: float
    line_gap: float      # extra space between blocks, mm
    answer_lines: int    # ruled lines for a short answer


REGULAR = WorksheetStyle(12, 18, 4, 2)
LARGE_PRINT = WorksheetStyle(18, 26, 8, 3)


def lesson_items(store: Store, course: str, lesson: str | None = None) -> list[QuizItem]:
    """Approved items of a course, or of one lesson (its outline id, or its title / quiz skill)."""
    c = course_row(store, course)
    items = QuizBank(store).items(c["id"], status="approved")
    if lesson is None:
        return items
    from engine.teacher.outline import OutlineBook

    chunk_ids: set[int] = set()
    try:
        found = OutlineBook(store).current(c["id"]).lesson(lesson)
        chunk_ids = set(found.chunk_ids)
    except LanternError:
        pass
    chosen = [i for i in items if i.chunk_id in chunk_ids or (i.skill or "").casefold() == lesson.casefold()]
    if not chosen:
        raise LanternError(f"The lesson {lesson!r} has no approved questions.",
                           hint="Approve some first: lantern teacher quiz list --course NAME")
    return chosen


def render_worksheet(title: str, items: Sequence[QuizItem], *, large_print: bool = False, answer_key: bool = True,
                     language: str | None = "en", font_path: Path | None = None) -> bytes:
    """The worksheet as PDF bytes."""
    from fpdf import FPDF

    if not items:
        raise LanternError("A worksheet needs at least one question.", hint="Approve questions for the lesson first.")
    style = LARGE_PRINT if large_print else REGULAR
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_margins(18, 18, 18)
    family = "Helvetica"
    if font_path is not None:
        pdf.add_font("Sheet", "", str(font_path))
        pdf.add_font("Sheet", "B", str(font_path))
        family = "Sheet"

    def text(s: str) -> str:
        s = s.translate(_PLAIN)
        return s if font_path is not None else s.encode("latin-1", "replace").decode("latin-1")

    def block(s: str, *, bold: bool = False, size: float | None = None, indent: float = 0) -> None:
        pdf.set_font(family, "B" if bold else "", size or style.size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, (size or style.size) * 0.5, text(s), new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    block(title, bold=True, size=style.title_size)
    pdf.ln(style.line_gap)
    block("Name: ______________________    Date: ____________")
    pdf.ln(style.line_gap)
    for n, item in enumerate(items, start=1):
        block(f"{n}. {item.question}", bold=large_print)
        if item.kind in ("choice", "true_false"):
            for k, choice in enumerate(item.choices):
                block(f"{chr(65 + k)})  {choice_label(choice, language)}", indent=8)
        else:
            for _ in range(style.answer_lines):
                pdf.ln(style.size * 0.45)
                pdf.set_x(pdf.l_margin + 8)
                y = pdf.get_y()
                pdf.line(pdf.l_margin + 8, y, pdf.l_margin + pdf.epw, y)
        pdf.ln(style.line_gap)
    if answer_key:
        pdf.add_page()
        block(f"Answer key: {title}", bold=True, size=style.title_size)
        pdf.ln(style.line_gap)
        for n, item in enumerate(items, start=1):
            block(f"{n}. {_key(item, language)}")
            if item.citation:
                block(f"from: {item.citation}", size=style.size * 0.8, indent=8)
    return bytes(pdf.output())


def _key(item: QuizItem, language: str | None) -> str:
    if item.kind in ("choice", "true_false") and item.answer in item.choices:
        letter = chr(65 + list(item.choices).index(item.answer))
        shown = choice_label(item.answer, language) if item.answer in (TRUE, FALSE) else item.answer
        return f"{letter}) {shown}"
    return item.answer
