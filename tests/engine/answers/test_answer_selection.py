"""The right sentence for each kind of miss, on small made-up texts, with the engine's real embedder."""
from __future__ import annotations

from engine.answers.answer_types import DATE, DEFINITION, EXPANSION, MEASURE, PERSON, PLACE, question_type
from engine.answers.candidates import candidates_of
from engine.answers.select import select_answer

TOWER = """The Harbour Tower

The Harbour Tower stands at the end of the north pier in Kellby. Sailors have looked for it for a century.

Building work began in 1880. The tower was designed by the engineer Ruth Amsel and opened in 1884.

The Harbour Tower has a long history of storms and repairs. It rises 58 metres above the pier."""


def test_title_line_is_never_the_answer(embedder) -> None:
    answer = select_answer("Who designed the Harbour Tower?", [TOWER], embedder=embedder)
    assert answer is not None
    assert "Ruth Amsel" in answer.text
    assert all(c.text != "The Harbour Tower" for c in candidates_of([TOWER]))


def test_title_line_of_a_plain_text_file_is_not_a_candidate() -> None:
    texts = [c.text for c in candidates_of(["Volcanoes of Iceland\n\nIceland has about 130 volcanoes."])]
    assert texts == ["Iceland has about 130 volcanoes."]


def test_how_tall_wants_a_measure_not_the_topic_sentence(embedder) -> None:
    answer = select_answer("How tall is the Harbour Tower?", [TOWER], embedder=embedder)
    assert answer is not None and "58 metres" in answer.text
    assert "58 metres" in TOWER[answer.start:answer.end]


def test_when_wants_a_date(embedder) -> None:
    answer = select_answer("When did the tower open?", [TOWER], embedder=embedder)
    assert answer is not None and "1884" in answer.text


def test_question_words_map_to_answer_types() -> None:
    assert question_type("Who designed the bridge?").kind == PERSON
    assert question_type("How long is the river?").kind == MEASURE
    assert question_type("When was the bridge built?").kind == DATE
    assert question_type("Where does the river begin?").kind == PLACE
    assert question_type("What does NASA stand for?") == question_type("what does nasa stand for?")
    assert question_type("What does NASA stand for?").kind == EXPANSION
    assert question_type("What is photosynthesis?").kind == DEFINITION
    assert question_type("¿Quién diseñó la torre?").kind == PERSON


def test_stand_for_picks_the_expansion(embedder) -> None:
    text = ("The festival is run by the KRA. Every member of the KRA owns a boat. "
            "KRA stands for the Kellby Rowing Association, a club of rowing families.")
    answer = select_answer("What does KRA stand for?", [text], embedder=embedder)
    assert answer is not None and "Kellby Rowing Association" in answer.text


def test_fact_in_the_neighbouring_sentence_is_found(embedder) -> None:
    text = ("The great flood of 1953 reached the steps of the town hall. After it, the town built a stone wall "
            "along the river. The wall is painted white every spring.")
    answer = select_answer("What did the town build after the great flood?", [text], embedder=embedder)
    assert answer is not None and "stone wall" in answer.text


def test_code_block_is_never_the_answer(embedder) -> None:
    # A fenced block arrives from the Markdown reader as one paragraph of joined lines.
    text = ("A variable is a name that stores a value so that a program can use it later.\n\n"
            "score = 10 name = \"Ada\" print(name, score)\n\n"
            "The equals sign means: store the value on the right in the name on the left.")
    texts = [c.text for c in candidates_of([text], windows=False)]
    assert not any("print(" in t for t in texts)
    answer = select_answer("What is a variable?", [text], embedder=embedder)
    assert answer is not None and answer.text.startswith("A variable is a name")


def test_figure_caption_is_never_the_answer() -> None:
    text = "Figure 1.1 The heart and its four chambers\n\nThe heart has four chambers: two atria and two ventricles."
    assert [c.text for c in candidates_of([text], windows=False)] == [
        "The heart has four chambers: two atria and two ventricles."]


def test_pdf_running_head_and_page_number_are_stripped(embedder) -> None:
    head = r"Earth\s+Science\s+for\s+Grade\s+[(\[]?\d{1,4}[)\].,:;]?"
    text = ("Earth Science for Grade 6 Inside the Earth The outside layer of the Earth is called the crust. "
            "The crust is thin under the oceans. 14")
    texts = [c.text for c in candidates_of([text], furniture=[(head,)], windows=False)]
    assert texts == ["The outside layer of the Earth is called the crust.", "The crust is thin under the oceans."]


def test_answer_keeps_its_span_in_the_passage(embedder) -> None:
    answer = select_answer("How tall is the Harbour Tower?", ["Intro text here.", TOWER], embedder=embedder)
    assert answer is not None and answer.passage == 1
    assert "It rises 58 metres above the pier." in TOWER[answer.start:answer.end]


def test_explain_support_is_another_sentence_of_the_same_passage(embedder) -> None:
    answer = select_answer("Who designed the Harbour Tower?", [TOWER], embedder=embedder)
    assert answer is not None and answer.support and answer.support in TOWER
    assert answer.support not in answer.text
