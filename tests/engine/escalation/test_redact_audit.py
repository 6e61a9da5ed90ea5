"""Redaction, issue 15 defect 11, the next prompts an outside tester tried after the issue's own: a
handle after a platform's account word without "is" ("roblox username amaraOK2014": the roster name
is glued to letters, so the name pattern cannot see it), and a Discord tag with its "#1234"."""
from __future__ import annotations

import re

import pytest

from engine.escalation.redact import Redactor

ROSTER = ["Amara Okafor", "Kwame Mensah"]

LEAKED_BEFORE = [
    ("my roblox username amaraOK2014, can you help me with fractions?", ["amaraOK2014"], ["fractions"]),
    ("discord: amara#1234 — what is the capital of Ghana?", ["amara#1234", "#1234"], ["capital of Ghana"]),
    ("snapchat id kwame.m_09 and what are prime numbers", ["kwame.m_09"], ["prime numbers"]),
    ("tiktok handle KwameDances2013 asks how volcanoes work", ["KwameDances2013"], ["how volcanoes work"]),
]
LEFT_AS_TYPED = [
    "the roblox username field is broken, how do I fix it?",
    "what is a discord server",
    "instagram name ideas for a science club",
    "my instagram account got hacked, what should I do?",
    "minecraft id numbers for blocks like stone 1 and grass 2",
]


@pytest.mark.parametrize(("prompt", "gone", "kept"), LEAKED_BEFORE)
def test_a_handle_after_an_account_word_or_with_a_discord_tag_leaves_the_prompt(
        prompt: str, gone: list[str], kept: list[str]) -> None:
    text = Redactor(ROSTER).redact(prompt).text
    for value in gone:
        assert re.search(re.escape(value), text, re.I) is None, f"{value!r} leaked: {text!r}"
    for part in kept:
        assert part in text, text


@pytest.mark.parametrize("prompt", LEFT_AS_TYPED)
def test_questions_about_the_platforms_themselves_are_left_as_typed(prompt: str) -> None:
    assert Redactor(ROSTER).redact(prompt).text == prompt
