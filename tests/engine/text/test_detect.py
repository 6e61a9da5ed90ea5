"""Language of a learner's short question and of a long lesson text (lingua, low-accuracy models)."""
from __future__ import annotations

import pytest

from engine.text.detect import detect_language

QUESTIONS = {
    "en": "Why do the leaves of trees change colour in autumn?",
    "es": "¿Por qué las hojas de los árboles cambian de color en otoño?",
    "fr": "Pourquoi les feuilles des arbres changent-elles de couleur en automne ?",
    "de": "Warum ändern die Blätter der Bäume im Herbst ihre Farbe?",
    "it": "Perché le foglie degli alberi cambiano colore in autunno?",
    "pt": "Por que é que as folhas das árvores mudam de cor no outono?",
    "ru": "Почему листья на деревьях осенью меняют цвет?",
    "zh": "为什么树叶在秋天会变颜色呢？",
    "ja": "どうして秋になると木の葉の色が変わるのですか？",
    "ko": "왜 가을이 되면 나뭇잎 색깔이 바뀌나요?",
    "ar": "لماذا يتغير لون أوراق الأشجار في الخريف؟",
    "hi": "पतझड़ में पेड़ों की पत्तियों का रंग क्यों बदल जाता है?",
}


@pytest.mark.parametrize("language", sorted(QUESTIONS))
def test_a_short_question_is_found_in_its_language(language: str) -> None:
    assert detect_language(QUESTIONS[language]) == language


@pytest.mark.parametrize("text", ["I want to kill myself", "What is photosynthesis?", "How many legs does a spider have?"])
def test_short_english_messages_are_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_a_long_text_in_a_language_outside_the_twelve_is_still_named() -> None:
    dutch = ("In de herfst worden de dagen korter en krijgen de bomen minder zonlicht. De bladeren maken dan "
             "geen bladgroen meer, en daardoor zie je de gele en rode kleuren die er altijd al in zaten.")
    assert len(dutch) >= 120
    assert detect_language(dutch) == "nl"


def test_too_little_text_is_not_guessed() -> None:
    assert detect_language("ok") is None
