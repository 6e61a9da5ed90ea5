"""Answers from the class library, with citations.

`stream_library_answer` answers an arithmetic question by computing it (engine/answers/arithmetic,
with the steps; `Citations(source="computed")`); otherwise it retrieves the best passages and
answers with the lesson's best sentence (engine/answers: prose candidates ranked by word match,
MiniLM similarity and answer type; base models) or the model's words from the fenced material
(instruct models), then one `Citations` item whose first citation holds the answering span. When
the material does not cover the question it says so and offers the teacher (and the cloud tutor
when one is reachable): a general answer from the model is added only for a model that passed the
general-knowledge check (engine/answers/general_check.py), which the bundled 270M does not.
`record_turn` saves the exchange with the citations it used (and queues it for sync).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.cancel import CancelToken
from engine.i18n import MessageMap
from engine.llm.backend import GenerationParams, TokenChunk
from engine.llm.local import LocalLLM
from engine.retrieval.retriever import Passage, Retrieval, Retriever
from engine.store import SYNCED_TEXT_CHARS, Store, new_id, utc_now
from engine.text import guess_language
from engine.tutor.grounded import prefers_extract, stream_answer

if TYPE_CHECKING:
    from engine.answers.select import Answer as AnswerSpan

NOT_COVERED = MessageMap("not_covered.library")   # texts: engine/i18n/po/*.po
# Said when the lessons are silent and the model may not answer in its own words.
NOT_COVERED_ASK_TEACHER = MessageMap("not_covered.ask_teacher")   # texts: engine/i18n/po/*.po
# Said first when the window falls back to a general answer (`open_fallback=True`).
NOT_COVERED_OPEN = MessageMap("not_covered.open")   # texts: engine/i18n/po/*.po


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
    highlight: tuple[int, int] | None = None   # the answering span in `text` (character offsets)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"n": self.number, "chunk_id": self.chunk_id, "document_id": self.document_id,
                                  "title": self.title, "heading_path": self.heading_path, "page": self.page,
                                  "label": self.label}
        if self.highlight is not None:
            out["highlight"] = list(self.highlight)
        return out

    @classmethod
    def from_passage(cls, number: int, p: Passage, *, highlight: tuple[int, int] | None = None) -> Citation:
        return cls(number, p.chunk_id, p.document_id, p.title, p.heading_path, p.page, p.text, p.label(), highlight)

    @property
    def highlighted(self) -> str:
        """The answering span itself ('' when none)."""
        return self.text[self.highlight[0]:self.highlight[1]] if self.highlight else ""


@dataclass(frozen=True)
class Citations:
    """The last item of a library answer: which passages it used, or that none covered it."""

    items: tuple[Citation, ...]
    covered: bool
    source: str = "library"                     # "library" | "computed" (arithmetic) | "none" | "general"
    offers: tuple[str, ...] = ()                # when not covered: "teacher" (save the question for them)

    def render(self) -> str:
        return "\n".join(f"[{c.number}] {c.label}" for c in self.items)


def question_language(question: str) -> str:
    """The question's language (any of the 12), to say "not covered" in it (engine/text)."""
    return guess_language(question)


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
                          k: int = 3, open_fallback: bool = False, answer_mode: str = "auto",
                          general_answers: bool | None = None) -> Iterator[TokenChunk | Citations]:
    """Stream an answer (TokenChunks), then one `Citations`. Lazy: retrieval runs on the first
    `next()`, on the caller's thread. Arithmetic is computed. When the material does not cover the
    question the answer says so; with `open_fallback` a general model answer follows only when
    `general_answers` is True (None: the engine's rule, `general_answers_allowed`, which needs a
    passed general-knowledge check: the bundled model has none), else the teacher is offered."""
    from engine.answers.arithmetic import compute, find_arithmetic

    # The steps in the asker's words: the language is detected only for an arithmetic question.
    worked = compute(question, question_language(question)) if find_arithmetic(question) is not None else None
    if worked is not None:
        yield TokenChunk(worked.text(), finish_reason="stop")
        yield Citations((), covered=True, source="computed")
        return
    found, answer = find_answer_any_language(llm, retriever, question, course_id=course_id, k=k)
    lang = question_language(question)
    if answer is None:
        if open_fallback and _may_answer_generally(llm, general_answers):
            yield TokenChunk(NOT_COVERED_OPEN[lang] + " ")
            yield from stream_answer(llm, question, context=None, params=params, cancel=cancel)
            yield Citations((), covered=False, source="general")
        else:
            yield TokenChunk(NOT_COVERED_ASK_TEACHER[lang] if open_fallback else NOT_COVERED[lang],
                             finish_reason="stop")
            yield Citations((), covered=False, source="none", offers=("teacher",))
        return
    ranked_passages = found.passages
    if prefers_extract(llm, answer_mode):
        best = ranked_passages[answer.passage]
        others = [p for p in select_passages(found) if p.chunk_id != best.chunk_id]
        yield TokenChunk(answer.text, finish_reason="stop")
        cites = [Citation.from_passage(1, best, highlight=answer.span)]
        cites += [Citation.from_passage(i, p) for i, p in enumerate(others[:1], start=2)]
        yield Citations(tuple(cites), covered=True)
        return
    used = select_passages(found)
    yield from stream_answer(llm, question, context=build_context(used), params=params, cancel=cancel,
                             answer_mode="model")
    yield Citations(tuple(Citation.from_passage(i, p) for i, p in enumerate(used, start=1)), covered=True)


def find_answer(retriever: Retriever, question: str, *, course_id: str | None = None,
                k: int = 3) -> tuple[Retrieval, AnswerSpan | None]:
    """Retrieve and pick the best answer sentence among the passages: the answer is None when the
    material does not cover the question (`Retriever.assess` decides, sentence-checked)."""
    found = retriever.assess(question, course_id=course_id, k=k)
    return found, found.answer if found.covered else None


def find_answer_any_language(llm: LocalLLM, retriever: Retriever, question: str, *, course_id: str | None = None,
                             k: int = 3) -> tuple[Retrieval, AnswerSpan | None]:
    """`find_answer`, and for a question in another language than the lessons a second search with
    the local model's English translation (a search key only; the answer is still the lesson's own
    sentence, cited). Also when a shared name made the question look covered in its own words:
    "Qui a conçu le phare de Kellby ?" met the sentence naming Kellby, not the one naming its designer."""
    found, answer = find_answer(retriever, question, course_id=course_id, k=k)
    lang = question_language(question)
    if lang != "en" and (answer is None or _other_language(found, lang)):
        from engine.answers.crosslang import translate_question

        english = translate_question(llm, question, source_language=lang)
        if english:
            translated, answer_en = find_answer(retriever, english, course_id=course_id, k=k)
            if answer_en is not None or answer is None:
                found, answer = translated, answer_en
    return found, answer


def warm_answers(retriever: Retriever, *, course_ids: Sequence[str] | None = None, limit: int = 600,
                 cancel: CancelToken | None = None, pause: Callable[[], None] | None = None) -> int:
    """Embed the lesson sentences answers are ranked by before anyone asks (engine/answers/ranking
    keeps them in memory). A question about a lesson nobody asked about yet then waits only for its
    own vector (~20 ms), not ~30 ms for every new sentence of the passages found (0.2-0.6 s for the
    window's first questions). The lessons of `course_ids`, in that order (None: the whole library),
    up to `limit` sentences; one chunk per embedder call, so a turn that needs the embedder meanwhile
    waits for a few sentences at most; `pause()` is called before each chunk (the window holds it
    while a learner's turn runs). Run it on a worker once the vectors are in step. Returns how many
    sentences were embedded."""
    from engine.answers.ranking import remember_sentences

    embedder = retriever.vectors.embedder if retriever.vectors is not None else None
    if embedder is None or limit <= 0:
        return 0
    sql = ("SELECT c.text, d.id, d.course_id FROM chunks c JOIN documents d ON d.id = c.document_id"
           " WHERE d.status = 'ready'")
    params: list[str] = []
    if course_ids is not None:     # only those courses' text is read (a sign-in warms one course of many)
        params = list(dict.fromkeys(course_ids))
        sql += f" AND d.course_id IN ({', '.join('?' * len(params))})" if params else " AND 0"
    rows = retriever.store.db.execute(sql + " ORDER BY d.rowid, c.ordinal", params).fetchall()
    if course_ids is not None:
        order = {course: i for i, course in enumerate(params)}
        rows.sort(key=lambda r: order[r[2]])     # stable: lesson order within each course
    done = 0
    for text, document_id, _course in rows:
        if pause is not None:
            pause()
        if done >= limit or (cancel is not None and cancel.cancelled):
            break
        done += remember_sentences(embedder, [text], furniture=[retriever.furniture(document_id)],
                                   room=limit - done)
    return done


def _other_language(found: Retrieval, language: str) -> bool:
    """Is the best passage in another language than the question?"""
    return bool(found.passages) and guess_language(found.passages[0].text) != language


def _may_answer_generally(llm: LocalLLM, general_answers: bool | None) -> bool:
    if general_answers is not None:
        return general_answers
    from engine.answers.general_check import general_answers_allowed

    return general_answers_allowed(llm.info.id)


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
                                   {"conversation_id": conversation_id, "role": role, "text": text[:SYNCED_TEXT_CHARS],
                                    "citations": json.loads(cjson)}, learner_id=learner_id)
    return conversation_id
