"""Model-written quiz questions (the real bundled Gemma): the model turns the answer's own sentence, with the
answer blanked out, into a question; questions that keep the blank, copy a worked example or ask about
another word of the sentence are dropped, and the chunk's next key term is tried."""
from __future__ import annotations

from typing import Any

from engine.tutor import quizgen
from engine.tutor.quiz import SourceChunk, normalise, validate_item
from engine.tutor.quizgen import BLANK, asks_about_blank, generate_quiz, model_item

# Written for this test: topics none of the prompt's worked examples share.
LESSONS = [
    SourceChunk(1, "A bridge that hangs from thick steel cables is called a suspension bridge. The cables "
                   "rest on tall towers and are tied down at each end.",
                document_id="d1", title="Bridges", heading="Kinds", skill="Bridges"),
    SourceChunk(2, "The rise and fall of the sea twice a day is called the tide. The pull of the Moon on the "
                   "oceans causes it.",
                document_id="d2", title="Oceans", heading="Tides", skill="Oceans"),
    SourceChunk(3, "A group of stars that makes a picture in the night sky is called a constellation. Sailors "
                   "used constellations to find their way at night.",
                document_id="d3", title="Sky", heading="Stars", skill="Sky"),
]


class _Recording:
    """The real model, with every prompt it is given kept for the test to read."""

    def __init__(self, llm: Any) -> None:
        self._llm, self.prompts = llm, []

    def generate_json(self, prompt: str, schema: dict[str, Any], **kw: Any) -> Any:
        self.prompts.append(prompt)
        return self._llm.generate_json(prompt, schema, **kw)


def test_a_question_must_keep_what_the_sentence_says_next_to_the_answer() -> None:
    blanked = "A mixed number is a whole number and a _____ written together, like 2 1/3."
    assert not asks_about_blank("What is a mixed number?", blanked)
    assert asks_about_blank("What is written together with a whole number in a mixed number?", blanked)
    # one side kept and the other dropped: it asks about another term of the sentence
    assert not asks_about_blank("What is a whole number?", blanked)
    # "called" says a term is defined, not what it is
    assert not asks_about_blank("What is it called?", "This way of making food is called _____.")
    assert asks_about_blank("What is this way of making food called?", "This way of making food is called _____.")
    defined = "A _____ is a whole number and a proper fraction written together."
    assert asks_about_blank("What is a whole number and a proper fraction written together called?", defined)
    assert not asks_about_blank("What is a fraction?", defined)


def test_the_model_sees_the_sentence_with_its_answer_blanked_out(llm: Any) -> None:
    spy = _Recording(llm)
    item, problems = model_item(spy, LESSONS[1])
    asked = spy.prompts[0].rsplit("Sentence:", 1)[1]
    assert BLANK in asked and "tide" not in asked.lower()
    assert "The rise and fall of the sea twice a day" in asked
    if item is not None:   # what the model wrote is checked like any item, whatever it was
        assert validate_item(item, LESSONS[1].text) == [] and item.answer.lower() == "tide"


def test_the_blank_is_in_the_terms_own_sentence_when_the_one_before_is_shown(llm: Any) -> None:
    chunk = SourceChunk(7, "Photosynthesis needs sunlight and water. This way of making food is called photosynthesis.",
                        document_id="d7", title="Plants", heading="Food", skill="Plants")
    spy = _Recording(llm)
    model_item(spy, chunk)
    asked = spy.prompts[0].rsplit("Sentence:", 1)[1]
    assert "Photosynthesis needs sunlight and water." in asked
    assert f"This way of making food is called {BLANK}." in asked


def test_model_items_are_about_the_lesson_never_a_copied_example(llm: Any) -> None:
    gen = generate_quiz(LESSONS, llm=llm, n_items=3, max_model_items=3)
    model = [i for i in gen.items if i.origin == "model"]
    assert model, gen.rejected
    examples = {normalise(q) for _, q in quizgen._EXAMPLES}
    by_id = {c.id: c for c in LESSONS}
    for item in model:
        assert normalise(item.question) not in examples
        assert "__" not in item.question
        assert validate_item(item, by_id[item.chunk_id].text) == []
    assert gen.model_chunks == 3
    assert 3 <= gen.model_attempts <= 3 * quizgen._MODEL_TRIES
    assert gen.model_attempts == gen.model_valid + len(gen.rejected)


def test_a_teacher_budget_of_one_model_item_asks_about_one_chunk(llm: Any) -> None:
    gen = generate_quiz(LESSONS, llm=llm, n_items=3, max_model_items=1)
    assert gen.model_chunks == 1
    assert gen.model_attempts <= quizgen._MODEL_TRIES
    assert {i.chunk_id for i in gen.items if i.origin == "model"} <= {1}
