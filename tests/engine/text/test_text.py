"""engine/text: one tokenizer, sentence splitter, stemmer and stop words for the 12 languages."""
from __future__ import annotations

import pytest

from engine.text import (LANGUAGES, content_words, guess_language, normalise, sentences_of, split_sentences, stem,
                         stems, stop_words, words)
from engine.text.readability import readability


def test_chinese_sentences_split_at_full_width_marks_without_spaces() -> None:
    text = "植物需要水。它们也需要阳光！你知道为什么吗？"
    assert sentences_of(text) == ["植物需要水。", "它们也需要阳光！", "你知道为什么吗？"]


def test_japanese_sentences_split_and_closing_bracket_stays_with_its_sentence() -> None:
    assert sentences_of("「水は大切です。」と先生が言いました。雨が降ります。") == [
        "「水は大切です。」", "と先生が言いました。", "雨が降ります。"]


def test_hindi_danda_and_arabic_question_mark_end_sentences() -> None:
    assert sentences_of("पौधे बढ़ते हैं। वे हरे हैं।") == ["पौधे बढ़ते हैं।", "वे हरे हैं।"]
    assert sentences_of("هل النبات حي؟ نعم، النبات حي.") == ["هل النبات حي؟", "نعم، النبات حي."]


def test_abbreviations_do_not_end_a_sentence_and_spans_point_into_the_text() -> None:
    text = "Dr. Smith grows beans, e.g. broad beans. They need water."
    spans = split_sentences(text)
    assert [s.text for s in spans] == ["Dr. Smith grows beans, e.g. broad beans.", "They need water."]
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_chinese_words_are_character_bigrams_and_function_characters_are_dropped() -> None:
    assert words("光合作用", "zh") == ["光合", "合作", "作用"]
    assert "的" not in content_words("植物的叶子", "zh")
    assert "叶子" in content_words("植物的叶子", "zh")


def test_japanese_kanji_and_katakana_are_content_and_hiragana_particles_are_not() -> None:
    got = content_words("植物はエネルギーを作ります。", "ja")
    assert "植物" in got and "エネルギー" in got
    assert "は" not in got and "を" not in got


def test_korean_particles_are_stripped_by_the_stemmer() -> None:
    assert [stem(w, "ko") for w in content_words("식물은 물을 마십니다", "ko")][:2] == ["식물", "물"]


def test_hindi_vowel_signs_stay_inside_their_word() -> None:
    assert normalise("हिंदी भाषा") == "हिंदी भाषा"
    assert words("पौधे सूर्य के प्रकाश से भोजन बनाते हैं।", "hi")[:2] == ["पौधे", "सूर्य"]


def test_latin_accents_fold_so_spellings_without_them_match() -> None:
    assert normalise("¡La Fracción!") == "la fraccion"
    assert normalise("Ça, c'est l'été.") == "ca c est l ete"


@pytest.mark.parametrize(("language", "a", "b"), [
    ("es", "fracciones", "fracción"), ("fr", "racines", "racine"), ("de", "Pflanzen", "Pflanze"),
    ("it", "radici", "radice"), ("pt", "raízes", "raiz"), ("ru", "молекулы", "молекула"),
    ("en", "leaves", "leave"), ("ar", "المعلمون", "المعلم"),
])
def test_inflected_forms_share_a_stem(language: str, a: str, b: str) -> None:
    assert stems(a, language) == stems(b, language)


def test_every_language_has_stop_words_that_content_words_drop() -> None:
    samples = {"en": "the", "es": "los", "fr": "les", "de": "die", "it": "gli", "pt": "os", "ru": "и", "zh": "的",
               "ja": "これ", "ko": "그리고", "ar": "في", "hi": "और"}
    assert set(samples) == set(LANGUAGES)
    for lang, w in samples.items():
        assert normalise(w) in stop_words(lang), lang
        assert content_words(f"{w} {w}", lang) == [], lang


@pytest.mark.parametrize(("text", "language"), [
    ("La fracción indica cuántas partes iguales tomamos del entero.", "es"),
    ("Les racines absorbent l'eau et les sels minéraux du sol.", "fr"),
    ("Die Wurzeln nehmen Wasser aus dem Boden auf und das ist wichtig.", "de"),
    ("Le radici assorbono l'acqua dal terreno e la portano alla pianta.", "it"),
    ("As raízes absorvem a água do solo e levam os sais para a planta.", "pt"),
    ("Plants make their food from sunlight and water.", "en"),
    ("Растения получают воду из почвы.", "ru"), ("植物は水を吸います。", "ja"), ("植物需要水和阳光。", "zh"),
    ("식물은 물을 마십니다.", "ko"), ("النباتات تحتاج إلى الماء.", "ar"), ("पौधों को पानी चाहिए।", "hi"),
    ("¿Quién escribió Don Quijote?", "es"), ("Who painted the Mona Lisa?", "en"), ("Warum ist der Himmel blau?", "de"),
    ("Pourquoi le ciel est bleu ?", "fr"), ("Perché il cielo è blu?", "it"), ("Por que o céu é azul?", "pt"),
])
def test_guess_language_of_a_short_text(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_readability_gives_an_fk_grade_for_english_and_lengths_for_other_languages() -> None:
    en = readability("The cat sat. The dog ran to the big red barn.", "en")
    assert (en.sentences, en.words_per_sentence) == (2, 5.5)
    assert en.grade is not None
    zh = readability("植物需要水。它们也需要阳光！", "zh")
    assert (zh.sentences, zh.words_per_sentence, zh.grade) == (2, 6.0, None)


def test_streamed_chinese_gives_each_sentence_as_soon_as_its_end_mark_arrives() -> None:
    from engine.speech.sentences import SentenceBuffer

    buf = SentenceBuffer()
    assert buf.feed("植物需要") == []
    assert [s.text for s in buf.feed("水。它们也")] == ["植物需要水。"]
    assert [s.text for s in buf.feed("需要光！")] == ["它们也需要光！"]
    assert buf.flush() == []


def test_text_words_are_the_same_for_a_word_with_and_without_accents() -> None:
    assert content_words("Évaporation", "fr") == content_words("evaporation", "fr") == ["evaporation"]


def test_a_mostly_english_text_quoting_a_chinese_word_is_english() -> None:
    assert guess_language("In Chinese, photosynthesis is written 光合作用 and read guang he zuo yong.") == "en"
