"""Answers from the class library, with citations.

`stream_library_answer` retrieves the best passages, and either streams an answer made only from
them (the material is fenced off in the prompt, so instructions inside it stay material) followed
by one `Citations` item, or — when nothing relevant was found — says the materials don't cover
the question (and yields `Citations(covered=False)`). `record_turn` saves the exchange with the
citations it used (and queues it for sync).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from engine.cancel import CancelToken
from engine.llm.backend import GenerationParams, TokenChunk
from engine.llm.local import LocalLLM
from engine.retrieval.retriever import Passage, Retrieval, Retriever
from engine.store import Store, new_id, utc_now
from engine.tutor.grounded import stream_answer

NOT_COVERED = {
    "en": "The class materials don't cover this question. Try asking about a topic from your lessons.",
    "es": "Los materiales de la clase no tratan esta pregunta. Prueba a preguntar sobre un tema de tus lecciones.",
}
# Said first when the window falls back to a general answer (`open_fallback=True`).
NOT_COVERED_OPEN = {
    "en": "The class materials don't cover this. A general answer, which may be wrong:",
    "es": "Los materiales de la clase no tratan esto. Una respuesta general, que puede tener errores:",
}
_SPANISH_HINT = re.compile(r"[¿¡ñáéíóú]|\b(qué|cómo|cuál|cuáles|por qué|dónde|cuándo|quién|es|son|las?|los|el|una?)\b",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    number: int             # [1], [2] ... in the order the excerpts were given to the model
    chunk_id: int
    document_id: str
    title: str
    heading_path: str
    page: int | None
    text: str               # the exact passage used
    label: str              # "Title › Heading, p. N"

    def to_json(self) -> dict[str, object]:
        return {"n": self.number, "chunk_id": self.chunk_id, "document_id": self.document_id, "title": self.title,
                "heading_path": self.heading_path, "page": self.page, "label": self.label}

    @classmethod
    def from_passage(cls, number: int, p: Passage) -> Citation:
        return cls(number, p.chunk_id, p.document_id, p.title, p.heading_path, p.page, p.text, p.label())


@dataclass(frozen=True)
class Citations:
    """The last item of a library answer: which passages it used, or that none covered it."""

    items: tuple[Citation, ...]
    covered: bool

    def render(self) -> str:
        return "\n".join(f"[{c.number}] {c.label}" for c in self.items)


def question_language(question: str) -> str:
    """'es' or 'en' — just enough to say "not covered" in the learner's language."""
    return "es" if len(_SPANISH_HINT.findall(question)) >= 2 or "¿" in question else "en"


def build_context(passages: tuple[Passage, ...]) -> str:
    """Excerpts as paragraphs, best first; headings give each its topic."""
    blocks = []
    for p in passages:
        heading = p.heading_path.split(" › ")[-1] if p.heading_path else p.title
        blocks.append(f"{heading}: {' '.join(p.text.split())}")
    return "\n\n".join(blocks)


def select_passages(found: Retrieval, *, max_passages: int = 2) -> tuple[Passage, ...]:
    """The passages shown to the model, best first: the top fused passage, plus a passage the
    dense similarity ranks even higher (when fusion and meaning disagree, show both).

    Measured with the bundled 270M (bench/retrieval.py): every extra passage in the prompt is a
    chance for a small model to answer from the wrong one; with three passages it matched the
    pasted-passage ceiling less often than with the best one or two."""
    if not found.passages:
        return ()
    top = found.passages[0]
    keep = [top]
    if top.similarity is not None:
        # ... and shares some words with the question (similarities between texts in other
        # languages than English run high and noisy with MiniLM)
        keep += [p for p in found.passages[1:]
                 if p.similarity is not None and p.similarity > top.similarity and p.word_share > 0]
    return tuple(keep[:max_passages])


def stream_library_answer(llm: LocalLLM, retriever: Retriever, question: str, *, course_id: str | None = None,
                          params: GenerationParams | None = None, cancel: CancelToken | None = None,
                          k: int = 3, open_fallback: bool = False,
                          answer_mode: str = "auto") -> Iterator[TokenChunk | Citations]:
    """Stream a grounded answer (TokenChunks), then one `Citations`. Lazy: retrieval runs on the
    first `next()`, on the caller's thread. When the material does not cover the question the
    answer says so; with `open_fallback` it then adds a general answer, clearly labelled."""
    found = retriever.assess(question, course_id=course_id, k=k)
    if not found.covered or not found.passages:
        lang = question_language(question)
        if open_fallback:
            yield TokenChunk(NOT_COVERED_OPEN[lang] + " ")
            yield from stream_answer(llm, question, context=None, params=params, cancel=cancel)
        else:
            yield TokenChunk(NOT_COVERED[lang], finish_reason="stop")
        yield Citations((), covered=False)
        return
    used = select_passages(found)
    yield from stream_answer(llm, question, context=build_context(used), params=params, cancel=cancel,
                             answer_mode=answer_mode)
    yield Citations(tuple(Citation.from_passage(i, p) for i, p in enumerate(used, start=1)), covered=True)


def answer_from_library(llm: LocalLLM, retriever: Retriever, question: str, **options: object) -> tuple[str, Citations]:
    """The whole answer and its citations (non-streaming)."""
    text: list[str] = []
    cites = Citations((), covered=False)
    for item in stream_library_answer(llm, retriever, question, **options):  # type: ignore[arg-type]
        if isinstance(item, Citations):
            cites = item
        else:
            text.append(item.text)
    return "".join(text).strip(), cites


def record_turn(store: Store, *, question: str, answer: str, citations: Citations, learner_id: str | None = None,
                course_id: str | None = None, conversation_id: str | None = None) -> str:
    """Save a question and its cited answer; a learner's turn is also queued for sync (conversation
    events stay on the device unless the school allows them). Returns the conversation id."""
    now = utc_now()
    with store.write() as db:
        if conversation_id is None or not db.execute("SELECT 1 FROM conversations WHERE id = ?",
                                                     [conversation_id]).fetchone():
            conversation_id = conversation_id or new_id()
            db.execute("INSERT INTO conversations (id, learner_id, course_id, title, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)", [conversation_id, learner_id, course_id, question[:80], now, now])
        else:
            db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", [now, conversation_id])
        cites = json.dumps([c.to_json() for c in citations.items], ensure_ascii=False)
        for role, text, cjson in (("user", question, "[]"), ("tutor", answer, cites)):
            mid = new_id()
            db.execute("INSERT INTO messages (id, conversation_id, role, text, citations, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)", [mid, conversation_id, role, text, cjson, now, now])
            if learner_id is not None:   # a learner's own conversation syncs (if the school allows it)
                store.record_event(db, "message.created", mid,
                                   {"conversation_id": conversation_id, "role": role, "text": text[:4000],
                                    "citations": json.loads(cjson)}, learner_id=learner_id)
    return conversation_id
