"""Explain mode = the lesson's answer sentence + one supporting sentence from the same passage, at
the reader's level (the real bundled base model: its words are not used, the lesson's are)."""
from __future__ import annotations

from engine.answers.candidates import split_sentences
from engine.tutor.profile import LearnerProfile
from engine.tutor.quiz import SourceChunk
from engine.tutor.tutor import Tutor

LESSON = [SourceChunk(1, "The Kell Lighthouse stands at the end of the south pier. It was designed by the engineer "
                         "Ruth Amsel. Its lamp can be seen from 20 kilometres away on a clear night. A small museum "
                         "now fills the keeper's old house.", title="Kell Lighthouse")]


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_explain_gives_a_young_reader_the_answer_and_one_supporting_sentence(llm) -> None:
    kid = LearnerProfile("k", "Kim", grade=3, language="en")
    reply = Tutor(llm).compose(kid, "Who designed the Kell Lighthouse?", mode="explain", material=LESSON)
    sentences = _sentences(reply.text)
    assert len(sentences) == 2, reply.text
    assert any("Ruth Amsel" in s for s in sentences)
    assert all(s.rstrip(".") in LESSON[0].text for s in sentences)      # both from the same passage


def test_explain_gives_a_one_step_reader_the_answer_only(llm) -> None:
    kid = LearnerProfile("k", "Kim", grade=5, language="en", needs=frozenset({"adhd"}))
    reply = Tutor(llm).compose(kid, "Who designed the Kell Lighthouse?", mode="explain", material=LESSON)
    assert "Ruth Amsel" in reply.text
    assert not any("20 kilometres" in s or "south pier" in s for s in _sentences(reply.text))
