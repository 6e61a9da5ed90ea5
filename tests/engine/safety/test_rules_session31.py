"""Session 31's rule fixes.

The signs of harm at home that keep family news from being taken out before the check by meaning
(`spared.HARM_AT_HOME`) are one pattern for every language, and the French "jet\\w*" (jeter, il a jeté: to
throw) matched German "jetzt" (now): "meine eltern lassen sich jetzt scheiden" was read as news told with a
sign of harm, so it was judged whole and the meaning check's misreading of it stood. "jetzt" no longer counts;
every form of jeter still does."""
from __future__ import annotations

import re

import pytest

from engine.safety.rules.spared import HARM_AT_HOME

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
