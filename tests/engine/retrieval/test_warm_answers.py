"""Warming the answer ranking's sentence vectors before anyone asks (engine.tutor.library_answer.warm_answers):
the window does it once the library is ready, so a learner's first question does not wait for them."""
from __future__ import annotations

from typing import Any

import pytest

from engine.answers import ranking
from engine.tutor.library_answer import find_answer, warm_answers


def _count_sentence_embeddings(embedder: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts embedded as stored text (lesson sentences) from now on; questions go through embed_queries."""
    embedded: list[str] = []
    real = embedder.embed

    def embed(texts: Any) -> Any:
        embedded.extend(texts)
        return real(texts)

    monkeypatch.setattr(embedder, "embed", embed)
    monkeypatch.delitem(ranking._VECTORS, id(embedder), raising=False)   # nothing remembered from other tests
    return embedded


def test_after_warming_a_first_question_embeds_no_lesson_sentence(fresh_sample_kit: Any, embedder: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    kit = fresh_sample_kit
    for _ in kit.retriever.sync_vectors():
        pass
    embedded = _count_sentence_embeddings(embedder, monkeypatch)
    _found, cold = find_answer(kit.retriever, "What is evaporation?")
    assert cold is not None and embedded, "a cold question embeds the sentences of the passages it found"

    ranking._VECTORS.pop(id(embedder), None)
    warmed = warm_answers(kit.retriever)
    assert warmed > 0
    embedded.clear()
    _found, answer = find_answer(kit.retriever, "What is evaporation?")
    _found, other = find_answer(kit.retriever, "How do clouds form?")
    assert embedded == []
    assert answer is not None and answer.text == cold.text      # the same answer, only sooner
    assert other is not None


def test_warming_a_course_embeds_only_its_sentences_up_to_the_limit(fresh_sample_kit: Any, embedder: Any,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    kit = fresh_sample_kit
    spanish = kit.store.db.execute("SELECT id FROM courses WHERE language = 'es'").fetchone()[0]
    spanish_text = " ".join(" ".join(r[0].split()) for r in kit.store.db.execute(
        "SELECT c.text FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.course_id = ?", [spanish]))
    embedded = _count_sentence_embeddings(embedder, monkeypatch)
    assert warm_answers(kit.retriever, course_ids=[spanish], limit=6) == 6
    assert len(embedded) == 6
    assert all(sentence in spanish_text for sentence in embedded), embedded
