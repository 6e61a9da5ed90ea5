"""Answers a teacher would sign, through the real library (SQLite, Chroma, MiniLM) and the real
bundled model: the right sentence, honest refusals, computed arithmetic, no general answers."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from engine.llm.backend import GenerationParams, TokenChunk
from engine.tutor.library_answer import (NOT_COVERED, NOT_COVERED_ASK_TEACHER, NOT_COVERED_OPEN, Citations,
                                         answer_from_library, stream_library_answer)

PARAMS = GenerationParams(max_tokens=40, temperature=0.0, seed=0)

TOWER = """The Kellby Lighthouse

The Kellby Lighthouse stands at the end of the south pier in Kellby. Fishing boats have looked for it for a century.

The lighthouse was designed by the engineer Ruth Amsel. Building work began in 1880 and it first shone in 1884.

The Kellby Lighthouse is 41 metres tall. Visitors climb 180 steps to reach the lamp room.
"""
HEAD = "Rivers of the North - Unit 4: Water on the Move"
PAGES = [
    ("The Drum River", "The Drum River starts in the Hale Mountains. It is 312 kilometres long and it ends at the "
                       "Grey Sea. Its water is cold all year round."),
    ("Animals of the river", "Otters and herons hunt along the Drum. In spring, eels swim up the river from the sea."),
    ("Bridges", "The oldest bridge over the Drum is the Mill Bridge. It was built from oak in 1650."),
    ("Floods", "In wet years the Drum floods the farms near its mouth. Farmers dig ditches to carry the water away."),
]


@pytest.fixture(scope="module")
def quality_kit(tmp_path_factory: pytest.TempPathFactory, embedder):  # type: ignore[no-untyped-def]
    from fpdf import FPDF

    from engine.library import Library
    from engine.retrieval import Retriever, VectorIndex
    from engine.store import Store

    root = tmp_path_factory.mktemp("quality")
    store = Store.open(root / "home")
    vectors = VectorIndex(root / "home" / "chroma", embedder)
    kit = SimpleNamespace(store=store, vectors=vectors, library=Library(store, vectors=vectors),
                          retriever=Retriever(store, vectors=vectors))
    (root / "kellby.txt").write_text(TOWER, encoding="utf-8")

    class Book(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "I", 9)
            self.cell(0, 8, HEAD, align="C")
            self.ln(14)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 9)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Book()
    for heading, body in PAGES:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.multi_cell(0, 10, heading)
        pdf.ln(2)
        pdf.set_font("Helvetica", "", 12)
        pdf.multi_cell(0, 7, body)
    pdf.output(str(root / "rivers.pdf"))
    list(kit.library.import_paths([root / "kellby.txt"], course="Kellby"))
    list(kit.library.import_paths([root / "rivers.pdf"], course="Rivers"))
    yield kit
    vectors.close()
    store.close()


def test_the_title_line_of_a_text_file_never_wins(quality_kit, llm) -> None:
    course = quality_kit.library.course_id("Kellby")
    answer, cites = answer_from_library(llm, quality_kit.retriever, "Who designed the Kellby Lighthouse?",
                                        course_id=course, params=PARAMS)
    assert "Ruth Amsel" in answer and answer != "The Kellby Lighthouse"
    first = cites.items[0]
    assert first.highlight is not None and "Ruth Amsel" in first.highlighted


def test_how_tall_gets_the_measure(quality_kit, llm) -> None:
    course = quality_kit.library.course_id("Kellby")
    answer, _ = answer_from_library(llm, quality_kit.retriever, "How tall is the lighthouse?", course_id=course,
                                    params=PARAMS)
    assert "41 metres" in answer


def test_pdf_running_head_is_found_and_never_part_of_an_answer(quality_kit, llm) -> None:
    course = quality_kit.library.course_id("Rivers")
    doc = quality_kit.library.documents(course="Rivers")[0]
    assert any("Rivers" in f for f in quality_kit.retriever.furniture(doc.id))
    answer, cites = answer_from_library(llm, quality_kit.retriever, "How long is the Drum River?", course_id=course,
                                        params=PARAMS)
    assert "312 kilometres" in answer
    assert "Unit 4" not in answer and "Water on the Move" not in answer
    assert cites.covered


def test_paraphrased_question_is_covered(quality_kit, llm) -> None:
    course = quality_kit.library.course_id("Rivers")
    answer, cites = answer_from_library(llm, quality_kit.retriever, "What material was the oldest bridge made from?",
                                        course_id=course, params=PARAMS)
    assert cites.covered and "oak" in answer


def test_off_topic_question_is_refused_and_the_teacher_offered_not_a_model_guess(quality_kit, llm) -> None:
    items = list(stream_library_answer(llm, quality_kit.retriever, "How many legs does a spider have?",
                                       params=PARAMS, open_fallback=True))
    text = "".join(i.text for i in items if isinstance(i, TokenChunk))
    assert text == NOT_COVERED_ASK_TEACHER["en"]
    assert items[-1] == Citations((), covered=False, source="none", offers=("teacher",))


def test_general_answer_only_for_a_model_that_passed_the_check(quality_kit, llm) -> None:
    items = list(stream_library_answer(llm, quality_kit.retriever, "How many legs does a spider have?",
                                       params=PARAMS, open_fallback=True, general_answers=True))
    text = "".join(i.text for i in items if isinstance(i, TokenChunk))
    assert text.startswith(NOT_COVERED_OPEN["en"]) and len(text) > len(NOT_COVERED_OPEN["en"]) + 3
    assert isinstance(items[-1], Citations) and items[-1].source == "general"


class _NoModel:
    """Fails the test if the arithmetic path reaches for the model."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"the model was used ({name}) for an arithmetic question")


def test_arithmetic_is_computed_with_steps_never_by_the_model(quality_kit) -> None:
    items = list(stream_library_answer(_NoModel(), quality_kit.retriever,  # type: ignore[arg-type]
                                       "What is 3/4 + 1/8? Explain step by step", params=PARAMS))
    text = "".join(i.text for i in items if isinstance(i, TokenChunk))
    assert "common denominator" in text and text.endswith("3/4 + 1/8 = 7/8.")
    assert items[-1] == Citations((), covered=True, source="computed")


def test_spanish_question_about_english_material_is_answered_from_the_lesson(quality_kit, llm) -> None:
    course = quality_kit.library.course_id("Kellby")
    question = "¿Cuántos escalones tiene el faro?"
    assert not quality_kit.retriever.assess(question, course_id=course).covered   # no shared words at all ...
    answer, cites = answer_from_library(llm, quality_kit.retriever, question, course_id=course, params=PARAMS)
    assert cites.covered and "180 steps" in answer                                # ... found through a translation


def test_spanish_off_topic_question_stays_refused_after_translation(quality_kit, llm) -> None:
    answer, cites = answer_from_library(llm, quality_kit.retriever, "¿Quién escribió Don Quijote?", params=PARAMS)
    assert not cites.covered and answer == NOT_COVERED["es"]


@pytest.mark.parametrize(("question", "expected"), [("Qui a conçu le phare de Kellby ?", "Ruth Amsel"),
                                                    ("Wer hat den Leuchtturm von Kellby entworfen?", "Ruth Amsel")])
def test_french_and_german_questions_about_english_material_are_answered_from_the_lesson(
        quality_kit, llm, question: str, expected: str) -> None:
    course = quality_kit.library.course_id("Kellby")
    answer, cites = answer_from_library(llm, quality_kit.retriever, question, course_id=course, params=PARAMS)
    assert cites.covered and expected in answer


def test_french_off_topic_question_stays_refused_after_translation(quality_kit, llm) -> None:
    answer, cites = answer_from_library(llm, quality_kit.retriever, "Qui a écrit Les Misérables ?", params=PARAMS)
    assert not cites.covered and answer == NOT_COVERED["fr"]


def test_tutor_tab_answers_a_spanish_question_about_english_lessons_from_the_lesson(quality_kit, llm) -> None:
    """The Tutor tab (Explain and Socratic) searches with the English key as `lantern ask` does, and
    picks the answer by it: before, the Spanish words found nothing and the turn said 'not covered'."""
    from engine.tutor.profile import LearnerProfile
    from engine.tutor.tutor import Tutor

    course = quality_kit.library.course_id("Kellby")
    question = "¿Cuántos escalones tiene el faro?"
    assert not quality_kit.retriever.assess(question, course_id=course).covered
    kid = LearnerProfile("s", "Sofía", grade=5, language="es")
    tutor = Tutor(llm, retriever=quality_kit.retriever)
    explain = tutor.compose(kid, question, mode="explain", course_id=course)
    assert explain.kind == "answer" and "180 steps" in explain.text
    assert explain.citations
    hint = tutor.compose(kid, question, mode="socratic", course_id=course, hint_level=2)
    assert hint.kind == "guide" and "180" not in hint.text        # the blanked sentence, not the answer
    last = tutor.compose(kid, question, mode="socratic", course_id=course, hint_level=3)
    assert "180" in last.text


def test_tutor_tab_keeps_refusing_an_off_topic_spanish_question(quality_kit, llm) -> None:
    from engine.tutor.profile import LearnerProfile
    from engine.tutor.tutor import Tutor

    kid = LearnerProfile("s", "Sofía", grade=5, language="es")
    reply = Tutor(llm, retriever=quality_kit.retriever).compose(kid, "¿Quién escribió Don Quijote?", mode="explain",
                                                                 course_id=quality_kit.library.course_id("Kellby"))
    assert reply.kind == "not_covered"
