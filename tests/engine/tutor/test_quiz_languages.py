"""Quizzes in the material's language: Spanish, French and Chinese courses give valid items in that
language, with whole terms as answers and no English on the page."""
from __future__ import annotations

import re

import pytest

from sample_courses import spanish_chunks

from engine.text import normalise
from engine.text.detect import detect_language
from engine.tutor.quiz import FALSE, TRUE, QuizItem, SourceChunk, choice_label, validate_item
from engine.tutor.quizgen import cloze_items, generate_quiz, key_terms


COURS_FR = {
    "Le cycle de l'eau": {
        "Évaporation": "Le Soleil chauffe l'eau des mers, des lacs et des rivières. L'eau chaude devient un gaz "
                       "invisible appelé vapeur d'eau et monte dans l'air. Ce passage du liquide au gaz s'appelle "
                       "l'évaporation.",
        "Condensation": "En haut dans le ciel, l'air est froid. Quand la vapeur d'eau refroidit, elle forme de petites "
                        "gouttes d'eau liquide. Cela s'appelle la condensation. Des millions de gouttes ensemble "
                        "forment un nuage.",
        "Précipitation": "Quand les gouttes d'un nuage se rassemblent, elles deviennent lourdes et tombent sur le sol "
                         "sous forme de pluie. L'eau qui tombe des nuages s'appelle la précipitation.",
    },
    "Comment les plantes se nourrissent": {
        "La photosynthèse": "Les plantes ne mangent pas comme les animaux. Elles fabriquent leur nourriture dans les "
                            "feuilles grâce à un processus appelé photosynthèse. Les racines prennent l'eau du sol.",
        "Ce dont la plante a besoin": "Le dioxyde de carbone entre dans la feuille par de minuscules trous appelés "
                                      "stomates. La lumière est captée par une substance verte appelée chlorophylle, "
                                      "qui donne aux feuilles leur couleur verte.",
    },
    "Les volcans": {
        "Le magma": "Un volcan est une ouverture dans la croûte de la Terre par où sort de la roche fondue. La roche "
                    "fondue sous le sol s'appelle le magma.",
        "Les plaques": "La couche extérieure de la Terre est cassée en pièces géantes appelées plaques tectoniques. "
                       "Les scientifiques qui étudient les volcans s'appellent des volcanologues.",
    },
}
# English words that would give away English scaffolding or options on a non-English item.
_ENGLISH = re.compile(r"\b(?:fill in|the blank|true or false|true|false|which|what)\b", re.IGNORECASE)


def _french_chunks() -> list[SourceChunk]:
    return [SourceChunk(i, text, document_id=title, title=title, heading=heading, skill=title)
            for i, (title, heading, text) in enumerate(
                ((t, h, x) for t, lessons in COURS_FR.items() for h, x in lessons.items()), start=1)]


def _check_items(items: list[QuizItem] | tuple[QuizItem, ...], chunks: list[SourceChunk], language: str) -> None:
    by_id = {c.id: c for c in chunks}
    assert len(items) >= 10
    kinds = {i.kind for i in items}
    assert {"choice", "true_false"} <= kinds
    for item in items:
        source = by_id[item.chunk_id].text
        assert validate_item(item, source, language=language) == [], item
        shown = [choice_label(c, language) for c in item.choices]
        assert _ENGLISH.search(" ".join([item.question, *shown])) is None, item
        assert detect_language(item.question, min_chars=10) == language, item.question
        if item.kind == "true_false":
            assert item.answer in (TRUE, FALSE)
            continue
        if item.kind != "short":
            assert normalise(item.answer) in [normalise(c) for c in item.choices], item
        assert normalise(item.answer) in normalise(source), item


def test_spanish_course_gives_valid_spanish_items() -> None:
    chunks = spanish_chunks()
    gen = generate_quiz(chunks, n_items=16, language="es")
    _check_items(gen.items, chunks, "es")
    assert gen.items[0].question.startswith("Completa el espacio:")


def test_french_course_gives_valid_french_items() -> None:
    chunks = _french_chunks()
    gen = generate_quiz(chunks, n_items=12, language="fr")
    _check_items(gen.items, chunks, "fr")
    assert any(i.question.startswith("Vrai ou faux :") for i in gen.items)


def test_spanish_answers_and_distractors_are_whole_terms_not_a_noun_with_its_verb() -> None:
    chunks = spanish_chunks()
    items = cloze_items(chunks, language="es")
    options = {normalise(c) for i in items for c in (*i.choices, i.answer) if c not in (TRUE, FALSE)}
    assert "fraccion indica" not in options
    assert "raices toman" not in options
    fractions = next(c for c in chunks if "Una fracción indica" in c.text)
    terms = [normalise(k.term) for k in key_terms(fractions, language="es")]
    assert "fraccion" in terms
    assert "indica" not in terms


def test_definition_cues_find_the_taught_term_in_each_language() -> None:
    cases = {"es": ("El agua que cae de las nubes se llama precipitación.", "precipitación"),
             "fr": ("L'eau qui tombe des nuages s'appelle la précipitation.", "précipitation"),
             "de": ("Das Wasser, das aus den Wolken fällt, heißt Niederschlag.", "Niederschlag"),
             "it": ("L'acqua che cade dalle nuvole si chiama precipitazione.", "precipitazione"),
             "pt": ("A água que cai das nuvens se chama precipitação.", "precipitação"),
             "zh": ("植物在叶子里制造食物，这个过程叫做光合作用。", "光合作用"),
             "ja": ("植物が葉で食べ物を作ることを光合成といいます。", "光合成"),
             "ko": ("식물이 잎에서 양분을 만드는 과정을 광합성이라고 해요.", "광합성"),
             "ru": ("Расплавленная порода под землёй называется магма.", "магма"),
             "ar": ("الصخور المنصهرة تحت الأرض تسمى الصهارة.", "الصهارة"),
             "hi": ("ज़मीन के नीचे पिघली हुई चट्टान को मैग्मा कहते हैं।", "मैग्मा")}
    for lang, (text, term) in cases.items():
        chunk = SourceChunk(1, text, title="t")
        assert [k.term for k in key_terms(chunk, language=lang)][:1] == [term], lang


def test_chinese_cloze_blanks_a_term_inside_a_sentence_without_spaces() -> None:
    chunks = [SourceChunk(1, "植物在叶子里制造自己的食物。这个过程叫做光合作用。", title="植物"),
              SourceChunk(2, "水变成看不见的气体，这个变化叫做蒸发。水蒸气遇冷变成小水滴，这叫做凝结。", title="水")]
    items = [i for i in cloze_items(chunks, language="zh") if i.kind == "choice"]
    first = next(i for i in items if i.answer == "光合作用")
    assert first.question == "填空：植物在叶子里制造自己的食物。这个过程叫做_____。"
    assert set(first.choices) == {"光合作用", "蒸发", "凝结"}


@pytest.mark.parametrize("language", ["es", "zh", "ar"])
def test_true_false_options_are_shown_in_the_learners_language(language: str) -> None:
    labels = (choice_label(TRUE, language), choice_label(FALSE, language))
    assert labels != ("True", "False")
    assert choice_label("magma", language) == "magma"


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar", "hi"])
def test_a_learner_who_answers_with_the_shown_true_false_label_is_graded_right(language: str) -> None:
    from engine.tutor.grading import grade_answer

    item = QuizItem(kind="true_false", question="¿Verdadero o falso? El magma es roca fundida.", answer=TRUE,
                    chunk_id=1, citation="Volcanes", choices=(TRUE, FALSE))
    assert grade_answer(item, choice_label(TRUE, language)).correct
    assert not grade_answer(item, choice_label(FALSE, language)).correct


def test_korean_cloze_blanks_the_term_and_keeps_its_particle() -> None:
    chunks = [SourceChunk(1, "땅속의 녹은 암석을 마그마라고 합니다. "
                             "마그마가 화산 밖으로 나오면 용암이라고 불러요.", title="화산"),
              SourceChunk(2, "식물은 잎에서 스스로 양분을 만들어요. 이 과정을 광합성이라고 해요.", title="식물")]
    items = {i.answer: i for i in cloze_items(chunks, language="ko") if i.kind == "choice"}
    assert items["광합성"].question == ("빈칸을 채워요: 식물은 잎에서 스스로 양분을 만들어요. "
                                      "이 과정을 _____이라고 해요.")
    assert validate_item(items["광합성"], chunks[1].text, language="ko") == []


def test_material_without_a_recorded_language_gets_items_in_its_own_language() -> None:
    chunks = spanish_chunks()
    gen = generate_quiz(chunks, n_items=6)            # as for a course imported with no language set
    assert gen.items
    assert all(i.question.startswith(("Completa el espacio:", "¿Verdadero o falso?")) for i in gen.items)
