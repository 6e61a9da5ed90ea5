"""The engine's message catalogue: complete for all 12 languages, nothing stale, plurals right."""
from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from engine.i18n import CATALOGUE_DIR, LANGUAGES, TEMPLATE, catalogue_languages, message, placeholders


def _read(path):  # type: ignore[no-untyped-def]
    with path.open("rb") as f:
        return read_po(f)


def _ids(catalog) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}


TEMPLATE_IDS = _ids(_read(TEMPLATE))


def test_there_is_one_catalogue_per_language_and_no_other() -> None:
    assert catalogue_languages() == sorted(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_translates_every_message_and_has_no_obsolete_entries(language: str) -> None:
    catalog = _read(CATALOGUE_DIR / f"{language}.po")
    ids = _ids(catalog)
    assert TEMPLATE_IDS - ids == set(), "messages without a translation"
    assert ids - TEMPLATE_IDS == set(), "entries the template no longer has"
    assert not catalog.obsolete, "#~ obsolete entries"
    for m in catalog:
        if not m.id:
            continue
        forms = list(m.string) if m.pluralizable else [m.string]
        assert all(f.strip() for f in forms), f"{m.id}: empty translation"
        assert not m.fuzzy, f"{m.id}: fuzzy"
        if m.pluralizable:
            assert len(forms) == catalog.num_plurals, f"{m.id}: {len(forms)} plural forms, needs {catalog.num_plurals}"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_translations_keep_the_english_placeholders(language: str) -> None:
    english = {(m.id if isinstance(m.id, str) else m.id[0]): m for m in _read(CATALOGUE_DIR / "en.po") if m.id}
    for m in _read(CATALOGUE_DIR / f"{language}.po"):
        if not m.id:
            continue
        key = m.id if isinstance(m.id, str) else m.id[0]
        en_forms = list(english[key].string) if m.pluralizable else [english[key].string]
        want = set().union(*(placeholders(s) for s in en_forms))
        forms = list(m.string) if m.pluralizable else [m.string]
        got = set().union(*(placeholders(f) for f in forms))
        # A plural form may spell the number out ("one question"), so compare the union of forms.
        assert got == want, f"{key}: {sorted(got)} != {sorted(want)}"


def test_message_fills_placeholders_in_the_learners_language() -> None:
    assert message("quiz.answer_was", "es", answer="fracción") == "La respuesta es: fracción."
    assert message("quiz.answer_was", "pt_BR", answer="raiz") == "A resposta é: raiz."


def test_plural_forms_follow_each_languages_rules() -> None:
    assert message("hint.first_letter", "en", count=1, letter="R") .endswith("has 1 letter.")
    assert message("hint.first_letter", "en", count=4, letter="R").endswith("has 4 letters.")
    # French: 0 and 1 are singular.
    assert message("hint.first_letter", "fr", count=0, letter="R").endswith("0 lettre.")
    # Russian: 1, 21 -> one; 2-4 -> few; 5-20 -> many.
    assert message("hint.first_letter", "ru", count=21, letter="Р").endswith("21 буква.")
    assert message("hint.first_letter", "ru", count=3, letter="Р").endswith("3 буквы.")
    assert message("hint.first_letter", "ru", count=11, letter="Р").endswith("11 букв.")
    # Arabic: six forms; two is the dual.
    assert message("hint.first_letter", "ar", count=2, letter="ج").endswith("حرفان.")


def test_unknown_language_gets_english_and_an_unknown_name_is_an_error() -> None:
    assert message("quiz.true", "sw") == "True"
    with pytest.raises(KeyError):
        message("no.such.message", "en")


@pytest.mark.parametrize(("text", "language"), [("estoy muy triste", "es"), ("我放弃", "zh"), ("أنا قلق", "ar")])
def test_feelings_answer_from_the_catalogue_in_the_learners_language(text: str, language: str) -> None:
    from engine.tutor.feelings import RESPONSE_MESSAGES, detect_feeling

    feeling = detect_feeling(text, language)
    assert feeling.response == message(RESPONSE_MESSAGES[feeling.kind], language)


def test_message_map_reads_like_the_dicts_it_replaces() -> None:
    from engine.i18n import NOT_ENGLISH, MessageMap

    harm = MessageMap("safety.harm")
    assert harm["ar"] == message("safety.harm", "ar")
    assert set(harm) == set(LANGUAGES)
    note = MessageMap("answer.language_note", languages=NOT_ENGLISH)
    assert note.get("en") is None
    assert note.get("es", "").startswith("Nota:")


def test_numbers_percentages_and_dates_follow_the_learners_locale() -> None:
    from datetime import date

    from engine.i18n.formats import format_date, format_number, format_percent

    assert format_percent(0.755, "en") == "76%"
    assert format_percent(0.755, "fr").replace("\u202f", " ").replace("\xa0", " ") == "76 %"
    assert format_number(1234.5, "es") == "1.234,5"
    assert format_number(1234.5, "en") == "1,234.5"
    assert format_date(date(2026, 12, 2), "es") == "2 de diciembre de 2026"
    assert format_date(date(2026, 12, 2), "ja") == "2026年12月2日"
