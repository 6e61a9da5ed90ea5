"""Quiz validation (with hypothesis properties) and the deterministic cloze generator."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.tutor.quiz import FALSE, TRUE, QuizItem, SourceChunk, normalise, validate_item
from engine.tutor.quizgen import BLANK, cloze_items, generate_quiz, key_terms

SOURCE = ("Green plants make their own food. Using the energy of sunlight, the leaves turn carbon dioxide and "
          "water into glucose. This process is called photosynthesis. It happens inside chloroplasts.")


def _item(**kw: object) -> QuizItem:
    base = dict(kind="choice", question="What is the process by which leaves make glucose from sunlight called?",
                answer="photosynthesis", choices=("photosynthesis", "evaporation", "condensation", "erosion"),
                chunk_id=7, citation="Plants › Food")
    base.update(kw)
    return QuizItem(**base)  # type: ignore[arg-type]


def test_a_good_item_validates() -> None:
    assert validate_item(_item(), SOURCE) == []


def test_each_rule_names_its_problem() -> None:
    assert "options are not distinct" in validate_item(
        _item(choices=("photosynthesis", "Evaporation", "evaporation!", "erosion")), SOURCE)
    assert "the answer is not one of the options" in validate_item(_item(answer="chlorophyll"), SOURCE)
    assert "the answer is not supported by the source chunk" in validate_item(
        _item(answer="erosion"), SOURCE)
    assert "the question gives the answer away" in validate_item(
        _item(question="Is photosynthesis how leaves make glucose from sunlight?"), SOURCE)
    assert "no citation" in validate_item(_item(citation=""), SOURCE)
    assert "the question is not about the source chunk" in validate_item(
        _item(question="Who was the first president of the United States?"), SOURCE)
    # Words from the text, but the text does not say this (a real 270M-model question).
    assert "the source does not back this question with this answer" in validate_item(
        _item(question="What do the leaves do to the body of green plants?"), SOURCE)


def test_true_false_items_must_be_supported_or_contradicted_by_the_source() -> None:
    tf = dict(kind="true_false", choices=(TRUE, FALSE))
    assert validate_item(_item(question="True or false: This process is called photosynthesis.", answer=TRUE, **tf),
                         SOURCE) == []
    assert validate_item(_item(question="True or false: Volcanoes erupt lava.", answer=TRUE, **tf), SOURCE)
    assert validate_item(_item(question="True or false: This process is called evaporation.", answer=FALSE, **tf),
                         SOURCE) == []
    assert validate_item(_item(question="True or false: This process is called photosynthesis.", answer=FALSE, **tf),
                         SOURCE)


_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(["choice", "true_false", "short", "essay"]), question=_text, answer=_text,
       choices=st.lists(_text, max_size=7), source=st.text(max_size=200), chunk=st.one_of(st.none(), st.integers()))
def test_validation_never_raises_and_returns_reasons(kind: str, question: str, answer: str, choices: list[str],
                                                      source: str, chunk: int | None) -> None:
    item = QuizItem(kind=kind, question=question, answer=answer, choices=tuple(choices),  # type: ignore[arg-type]
                    chunk_id=chunk, citation="c")  # type: ignore[arg-type]
    problems = validate_item(item, source)
    assert isinstance(problems, list) and all(isinstance(p, str) and p for p in problems)


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=10)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_word, min_size=8, max_size=20, unique=True), pick=st.integers(min_value=0, max_value=7),
       dup=st.integers(min_value=0, max_value=2))
def test_any_item_with_duplicate_options_is_rejected(words: list[str], pick: int, dup: int) -> None:
    source = " ".join(words) + "."
    answer = words[pick]
    others = [w for w in words if w != answer][:3]
    choices = [answer, *others]
    choices[dup + 1] = choices[0].upper()   # the same option twice, differently cased
    item = _item(question=f"Which word comes after {words[(pick + 1) % len(words)]} here?", answer=answer,
                 choices=tuple(choices))
    assert "options are not distinct" in validate_item(item, source)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_word, min_size=6, max_size=20, unique=True), pick=st.integers(min_value=0, max_value=5))
def test_any_item_whose_stem_contains_the_answer_is_rejected(words: list[str], pick: int) -> None:
    source = " ".join(words) + "."
    answer = words[pick]
    item = _item(kind="short", choices=(), question=f"Fill in: {' '.join(words[:pick + 1])} _____?", answer=answer)
    assert "the question gives the answer away" in validate_item(item, source)


@settings(max_examples=100, deadline=None)
@given(sentences=st.lists(st.lists(_word, min_size=6, max_size=14), min_size=2, max_size=6))
def test_every_generated_cloze_item_validates_and_cites_its_chunk(sentences: list[list[str]]) -> None:
    text = " ".join(" ".join(s).capitalize() + "." for s in sentences)
    chunk = SourceChunk(3, text, title="Doc", heading="Part")
    for item in cloze_items([chunk]):
        assert validate_item(item, text) == []
        assert item.chunk_id == 3 and item.citation == "Doc › Part"


def test_cloze_items_from_the_course_blank_key_terms_with_course_distractors(chunks: list[SourceChunk]) -> None:
    items = cloze_items(chunks)
    assert len(items) >= 8
    by_id = {c.id: c for c in chunks}
    for it in items:
        assert validate_item(it, by_id[it.chunk_id].text) == []
        assert it.status == "draft" and it.origin == "cloze"
        if it.kind == "choice":
            assert BLANK in it.question and len(set(map(normalise, it.choices))) == len(it.choices) >= 3
    answers = {normalise(i.answer) for i in items if i.kind == "choice"}
    assert {"evaporation", "photosynthesis", "fulcrum"} <= answers


def test_defined_terms_come_first(chunks: list[SourceChunk]) -> None:
    assert [k.term for k in key_terms(chunks[0])][:3] == ["evaporation", "condensation", "precipitation"]


def test_generate_quiz_without_model_spreads_items_over_lessons(chunks: list[SourceChunk]) -> None:
    gen = generate_quiz(chunks, llm=None, n_items=4)
    assert len(gen.items) == 4 and {i.chunk_id for i in gen.items} == {1, 2, 3, 4}
    assert gen.model_attempts == 0 and gen.items_per_second > 0


def test_empty_or_tiny_material_gives_no_items_rather_than_bad_ones() -> None:
    assert generate_quiz([SourceChunk(1, "   ")], n_items=5).items == ()
    assert generate_quiz([SourceChunk(1, "Hi.")], n_items=5).items == ()


def test_a_blanks_wrong_choices_come_from_its_own_lesson_when_that_lesson_has_enough_terms() -> None:
    """A term from another lesson of the course is no choice at all ("equivalent fractions" offered for
    a blank about the water cycle): each lesson with enough terms of its own fills its blanks from them,
    also from its other chunks."""
    def chunk(cid: int, text: str, doc: str) -> SourceChunk:
        return SourceChunk(cid, text, document_id=doc, title=doc, course_id="science")

    water = [chunk(1, "Evaporation is when the sun heats water and it rises as vapour. Condensation is when the "
                      "vapour cools and forms clouds.", "The water cycle"),
             chunk(2, "Precipitation is water falling from clouds as rain or snow. Collection is when the water "
                      "gathers in rivers, lakes and oceans.", "The water cycle")]
    fractions = [chunk(3, "A numerator is the number above the line. A denominator is the number below the line.",
                       "Fractions"),
                 chunk(4, "Equivalent fractions name the same amount. A mixed number is a whole number and a "
                          "fraction together.", "Fractions")]
    water_text = " ".join(c.text.lower() for c in water)
    fractions_text = " ".join(c.text.lower() for c in fractions)
    checked = 0
    for item in cloze_items(water + fractions):
        if item.kind != "choice":
            continue
        own, other = (water_text, fractions_text) if item.document_id == "The water cycle" else (fractions_text, water_text)
        wrong = [c.lower() for c in item.choices if c != item.answer]
        assert all(c in own for c in wrong), (item.question, item.choices)
        checked += 1
    assert checked >= 4
