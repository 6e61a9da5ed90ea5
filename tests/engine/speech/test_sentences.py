"""Cutting text into speakable pieces, whole or while it streams in."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.speech.sentences import SentenceBuffer, split_for_speech, split_sentences


def test_sentences_split_at_ends_but_not_at_abbreviations_or_decimals():
    text = "Dr. Lee measured 3.5 litres, e.g. in a jug. Was it enough? Yes!\nNext line"
    assert [s.text for s in split_sentences(text)] == [
        "Dr. Lee measured 3.5 litres, e.g. in a jug.", "Was it enough?", "Yes!", "Next line"]
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


def test_long_sentences_are_cut_at_a_pause():
    text = ("The water cycle, which scientists also call the hydrological cycle, moves water between the oceans, "
            "the air and the land, and it never stops because the sun keeps heating the surface of the sea.")
    pieces = split_for_speech(text, max_chars=80, first_chars=60)
    assert len(pieces) >= 3 and all(len(p.text) <= 80 for p in pieces)
    assert len(pieces[0].text) <= 60
    assert " ".join(p.text for p in pieces).split() == text.split()


def test_a_streaming_answer_gives_each_sentence_once_complete():
    buf = SentenceBuffer()
    got = []
    for piece in ["The Nile", " is long. It flo", "ws north", ". It ends in the sea", "."]:
        got += [s.text for s in buf.feed(piece)]
    assert got == ["The Nile is long.", "It flows north."]
    rest = buf.flush()
    assert [s.text for s in rest] == ["It ends in the sea."]
    assert buf.text[rest[0].start:rest[0].end] == "It ends in the sea."


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Hi", "there", ".", "!", "?", ",", " ", "\n", "3.5", "e.g.", "word"]), max_size=40),
       st.integers(min_value=1, max_value=7))
def test_streamed_and_whole_splitting_keep_every_word(parts: list[str], step: int):
    text = "".join(parts)
    whole = split_for_speech(text)
    assert " ".join(s.text for s in whole).split() == text.split()
    buf = SentenceBuffer()
    streamed = []
    for i in range(0, len(text), step):
        streamed += buf.feed(text[i:i + step])
    streamed += buf.flush()
    assert " ".join(s.text for s in streamed).split() == text.split()
    assert all(text[s.start:s.end] == s.text for s in streamed)
