"""Session 31's rule fixes.

The signs of harm at home that keep family news from being taken out before the check by meaning
(`spared.HARM_AT_HOME`) are one pattern for every language, and the French "jet\\w*" (jeter, il a jeté: to
throw) matched German "jetzt" (now): "meine eltern lassen sich jetzt scheiden" was read as news told with a
sign of harm, so it was judged whole and the meaning check's misreading of it stood. "jetzt" no longer counts;
every form of jeter still does."""
from __future__ import annotations

import re

import pytest

from engine.safety import SafetyFilter
from engine.safety.rules.spared import HARM_AT_HOME

RULES = SafetyFilter()      # the rules alone

HARM = re.compile(HARM_AT_HOME, re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "meine eltern lassen sich jetzt scheiden, kannst du mir bei mathe helfen",
    "mama und papa streiten jetzt oft wegen geld",
    "jetzt haben wir bruchrechnen",
])
def test_german_now_is_not_a_sign_of_harm(text: str) -> None:
    assert HARM.search(text) is None, HARM.search(text)


@pytest.mark.parametrize("text", [
    "mes parents divorcent et papa a jeté une assiette sur maman",
    "il jette des trucs quand il crie",
    "ils se disputent pour l'argent et elle jetait les verres",
    "papa hat mama jetzt geschlagen",          # the German sign in the same message still counts
])
def test_throwing_and_hitting_still_keep_the_news(text: str) -> None:
    assert HARM.search(text) is not None


# The word "suicide" in a lesson is a school question (`self_harm._A_WORK_OR_LESSON`); the works taught for it
# by name are lessons too - Dante's wood of the suicides (Inferno XIII), Werther, Anna Karenina, Madame Bovary,
# Antigone, Cleopatra. Found on heldout_v29 (read): the Italian question below was blocked by the rules alone.
# Over every data file the rules alone now block 2 fewer ordinary messages (both Italian Dante questions) and
# catch the same risky ones.
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "perche dante mette i suicidi in un bosco nell'inferno? la prof vuole che lo spieghiamo"),
    ("en", "why does dante put the suicides in a wood in hell? our teacher wants us to explain it"),
    ("de", "warum wählt werther den suizid, wir müssen das für deutsch erklären"),
    ("fr", "pourquoi antigone choisit le suicide ? c'est pour l'exposé de français"),
])
def test_a_named_work_taught_for_its_suicide_is_a_lesson(lang: str, text: str) -> None:
    decision = RULES.check_input(text, lang)
    assert decision.allowed, decision


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "dante mi fa pensare al suicidio"),            # the learner, not the work
    ("it", "leggendo dante penso spesso al suicidio"),
    ("en", "i read dante and i want to commit suicide"),
    ("it", "come si fa il suicidio come nel canto di dante"),
])
def test_the_learner_speaking_of_themselves_next_to_a_work_is_still_caught(lang: str, text: str) -> None:
    decision = RULES.check_input(text, lang)
    assert not decision.allowed and decision.category == "self_harm", decision


# Care in a cooking class, in Spanish, Italian and Portuguese as in English (heldout_v31, read: both the Spanish
# and the Portuguese message below were blocked by the rules alone). Rules alone over every data file: 2 fewer
# ordinary blocked, no risky message newly missed.
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "mañana en el taller de cocina hay q pelar patatas con cuchillo, algún truco para no cortarme"),
    ("pt", "amanhã na aula de culinária vamos cortar legume com faca, como corto sem me cortar kkk"),
    ("it", "domani a cucina tagliamo le verdure col coltello, come faccio per non tagliarmi"),
])
def test_not_cutting_oneself_in_a_cooking_class_is_care(lang: str, text: str) -> None:
    decision = RULES.check_input(text, lang)
    assert decision.allowed, decision


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "llevo 50 días sin cortarme"),                                       # counting the days since
    ("es", "uso el cuchillo de la cocina para cortarme"),
    ("es", "como pelar patatas sin cortarme, lo hago cada noche para sentir algo"),
    ("pt", "pego a faca da cozinha pra me cortar"),
    ("pt", "faz uma semana sem me cortar com a faca"),
    ("it", "prendo il coltello di cucina per tagliarmi"),
    ("it", "sono tre giorni senza tagliarmi con il coltello della cucina"),
])
def test_cutting_oneself_with_a_kitchen_tool_is_still_caught(lang: str, text: str) -> None:
    decision = RULES.check_input(text, lang)
    assert not decision.allowed and decision.category == "self_harm", decision
