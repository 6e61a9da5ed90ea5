"""Textbook PDF layout the reader must undo: words hyphenated at line ends, and numbered section
headings ("4.2 Photosynthesis") that follow a paragraph with no blank line between them."""
from __future__ import annotations

from pathlib import Path

from engine.library.readers import read_blocks


def _pdf(path: Path, lines: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for i, line in enumerate(lines):
        pdf.set_xy(20, 20 + 6 * i)      # one text line per row, as a typesetter places them
        pdf.cell(120, 6, line)
    pdf.output(str(path))
    return path


def test_a_word_hyphenated_at_a_line_end_is_joined_again(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "leaf.pdf", ["Green plants need four things: light, water, car-",
                                        "bon dioxide and a green substance called chloro-",
                                        "phyll, which is inside the leaf cells."])
    text = " ".join(b.text for b in read_blocks(pdf, "pdf") if b.level == 0)
    assert "carbon dioxide" in text and "chlorophyll, which" in text
    assert "car-" not in text and "chloro-" not in text


def test_a_numbered_heading_right_after_a_paragraph_is_a_heading(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "unit.pdf", ["Farmers add fertiliser to the soil to help",
                                        "their crops grow.",
                                        "4.2 Photosynthesis",
                                        "The way a plant makes food from light is",
                                        "called photosynthesis."])
    blocks = [(b.level, b.text) for b in read_blocks(pdf, "pdf") if b.level >= 0]
    assert (2, "4.2 Photosynthesis") in blocks
    assert (0, "The way a plant makes food from light is called photosynthesis.") in blocks
