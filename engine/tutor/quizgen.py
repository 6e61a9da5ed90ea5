"""Making quiz items from library chunks: the model first, deterministic generators for the rest.

1. `model_item`: for a key term picked from the chunk, the LLM writes the question as
   grammar-constrained JSON (a completion prompt with one worked example, which the 270M base
   model needs); options come from the course's key terms. Everything is validated; questions that
   leak the answer or drift from the chunk are dropped.
2. `cloze_items`: key terms (definitions such as "... is called X", then YAKE keywords) are blanked
   out of their sentence; distractors are other key terms from the same course. A true/false item
   swaps the key term for a distractor (False) or keeps the sentence (True).

`generate_quiz` combines both, validates every item and returns drafts; each cites its chunk.
"""
from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from engine.cancel import CancelToken
from engine.errors import LanternError
from engine.llm.backend import GenerationParams
from engine.tutor.quiz import (FALSE, TRUE, QuizItem, SourceChunk, content_words, normalise, sentences_of,
                               validate_item)

BLANK = "_____"
_DEFINITION = re.compile(
    r"\b(?:called|named|known as|termed)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<term>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)(?=\s*[.,;:(]|\s+(?:and|or|because|when|which)\b|$)")
# Words that make a YAKE phrase a poor key term ("plants make", "Sun heats", "point called").
_NOT_TERMS = frozenset("""called named known make makes made take takes took use uses used turn turns turned
describes describe describing heats heat lift lifts help helps let lets get gets got give gives go goes
went come comes came see seen show shows find found keep keeps begin begins began happen happens
grow grows rise rises fall falls form forms forming contain contains travel carry carries move moves
change changes like people thing things way ways part parts kind lot run runs ran flow flows flowed""".split())
_PRONOUN_START = re.compile(r"^(?:this|that|these|those|it|they|he|she|its|their|such)\b", re.IGNORECASE)

# Answer-aware generation: we pick the key term (the answer) and the sentence that teaches it; the
# model only writes the question. Measured on the bundled 270M model: asked for question + answer
# (or four options) it copied the example or answered with half a sentence (0 of 4 valid); given
# the answer, about a third of its questions pass validation.
QUIZ_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"question": {"type": "string", "minLength": 10, "maxLength": 120}},
    "required": ["question"],
}

# One worked example: a base model copies the shape of what it sees.
_EXAMPLE_TEXT = ("The heart is a muscle that pumps blood around the body. Blood carries oxygen from the lungs "
                 "to every cell.")
_EXAMPLE_ANSWER = "oxygen"
_EXAMPLE_JSON = '{"question": "What does blood carry from the lungs to every cell?"}'


@dataclass(frozen=True)
class KeyTerm:
    term: str
    chunk_id: int
    sentence: str
    score: float          # lower = better (YAKE convention)


def _stable(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def _term_ok(term: str) -> bool:
    words = content_words(term)
    return (bool(words) and len(words) == len(normalise(term).split()) and len(term) >= 4
            and not any(c.isdigit() for c in term) and len(term.split()) <= 3
            and not any(w in _NOT_TERMS for w in words))


def key_terms(chunk: SourceChunk, *, language: str = "en", top: int = 12) -> list[KeyTerm]:
    """Key terms of a chunk with the sentence each is taught in: definitions first, then YAKE."""
    sents = sentences_of(chunk.text)
    found: dict[str, KeyTerm] = {}
    for s in sents:
        for m in _DEFINITION.finditer(s):
            term = m.group("term").strip()
            if _term_ok(term):
                found.setdefault(normalise(term), KeyTerm(term, chunk.id, s, 0.0))
    try:
        import yake

        extractor = yake.KeywordExtractor(lan=language if language in ("en", "es", "fr", "de", "it", "pt") else "en",
                                          n=2, top=top * 2, dedup_lim=0.7)
        ranked = extractor.extract_keywords(chunk.text)
    except Exception:  # noqa: BLE001 - YAKE failing on odd text must not stop quiz making
        ranked = []
    for term, score in ranked:
        if not _term_ok(term) or normalise(term) in found:
            continue
        # Teach the term where it appears exactly once in a sentence of a sensible length.
        for s in sents:
            if len(re.findall(rf"(?<!\w){re.escape(term)}(?!\w)", s, re.IGNORECASE)) == 1 and 6 <= len(s.split()) <= 40:
                found[normalise(term)] = KeyTerm(term, chunk.id, s, float(score) + 0.01)
                break
    return sorted(found.values(), key=lambda k: k.score)[:top]


def _blank(sentence: str, term: str) -> str:
    return re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", BLANK, sentence, count=1, flags=re.IGNORECASE)


def _stem_text(chunk: SourceChunk, sentence: str) -> str:
    """The sentence, with the one before it when it starts with "This"/"It" (it needs context)."""
    sents = sentences_of(chunk.text)
    if _PRONOUN_START.match(sentence) and sentence in sents:
        i = sents.index(sentence)
        if i > 0:
            return f"{sents[i - 1]} {sentence}"
    return sentence


def _distractors(answer: str, stem: str, pool: Sequence[KeyTerm], *, n: int, seed: int,
                 chunk_id: int | None = None) -> list[str]:
    """Other key terms of the course, most plausible first: defined terms (same chunk first), then
    terms shaped like the answer; ties broken by a stable shuffle."""
    a = normalise(answer)
    seen = {a}
    cands: list[KeyTerm] = []
    for k in pool:
        t = k.term
        nt = normalise(t)
        if not nt or nt in seen or nt in normalise(stem) or f" {nt} " in f" {a} " or f" {a} " in f" {nt} ":
            continue
        seen.add(nt)
        cands.append(k)
    cands.sort(key=lambda k: (k.score > 0, k.chunk_id != chunk_id, abs(len(k.term.split()) - len(answer.split())),
                              _stable(seed, k.term)))
    return [k.term for k in cands[:n]]


def _match_case(term: str, like: str) -> str:
    return term[:1].upper() + term[1:] if like[:1].isupper() else term


def cloze_items(chunks: Sequence[SourceChunk], *, course_terms: Sequence[str] = (), language: str = "en",
                per_chunk: int = 3, true_false: bool = True) -> list[QuizItem]:
    """Deterministic fill-in-the-blank (multiple choice) and true/false items; validated drafts."""
    terms_by_chunk = {c.id: key_terms(c, language=language) for c in chunks}
    pool = [k for ks in terms_by_chunk.values() for k in ks]
    pool += [KeyTerm(t, -1, "", 0.5) for t in course_terms]
    items: list[QuizItem] = []
    for chunk in chunks:
        made = 0
        used_sentences: set[str] = set()
        for k in terms_by_chunk[chunk.id]:
            if made >= per_chunk:
                break
            if k.sentence in used_sentences:
                continue
            stem_src = _stem_text(chunk, k.sentence)
            question = _blank(stem_src, k.term)
            if BLANK not in question:
                continue
            seed = _stable(chunk.id, k.term)
            # The key as the sentence writes it (its case), so the option reads naturally.
            m = re.search(rf"(?<!\w){re.escape(k.term)}(?!\w)", k.sentence, re.IGNORECASE)
            answer = k.sentence[m.start():m.end()] if m else k.term
            wrong = _distractors(answer, stem_src, pool, n=3, seed=seed, chunk_id=chunk.id)
            base = dict(chunk_id=chunk.id, citation=chunk.citation, explanation=k.sentence, skill=chunk.skill,
                        document_id=chunk.document_id, course_id=chunk.course_id, origin="cloze")
            if len(wrong) >= 2:
                choices = [answer, *(_match_case(w, answer) for w in wrong)]
                choices.sort(key=lambda c: _stable(seed, "order", c))
                item = QuizItem(kind="choice", question=f"Fill in the blank: {question}", answer=answer,
                                choices=tuple(choices), **base)
            else:
                item = QuizItem(kind="short", question=f"Fill in the blank: {question}", answer=answer, **base)
            if not validate_item(item, chunk.text):
                items.append(item)
                made += 1
                used_sentences.add(k.sentence)
                if true_false and wrong and made < per_chunk:
                    # Alternate True and False statements so "False" is not always the key.
                    if seed % 2 == 0:
                        statement, key = question.replace(BLANK, _match_case(wrong[0], answer), 1), FALSE
                    else:
                        statement, key = stem_src, TRUE
                    tf = QuizItem(kind="true_false", question=f"True or false: {statement}", answer=key,
                                  choices=(TRUE, FALSE), **base)
                    if not validate_item(tf, chunk.text):
                        items.append(tf)
                        made += 1
    return items


def _model_prompt(text: str, answer: str) -> str:
    text = " ".join(text.split())[:800].replace('"""', "''")
    return ("Write a quiz question about the text. The answer to the question must be the given answer, "
            "and the question must not contain it.\n\n"
            f'Text: """{_EXAMPLE_TEXT}"""\nAnswer: {_EXAMPLE_ANSWER}\nJSON: {_EXAMPLE_JSON}\n\n'
            f'Text: """{text}"""\nAnswer: {answer}\nJSON:')


def model_item(llm: Any, chunk: SourceChunk, *, pool: Sequence[KeyTerm] = (), cancel: CancelToken | None = None,
               seed: int = 0, skip: Iterable[str] = ()) -> tuple[QuizItem | None, list[str]]:
    """One model-written question for the chunk's best key term (not in `skip`), validated.

    With at least two distractors from `pool` it becomes multiple choice, else short answer.
    Returns the item (None if unusable) and the validation problems.
    """
    skipped = {normalise(t) for t in skip}
    term = next((k for k in key_terms(chunk) if normalise(k.term) not in skipped), None)
    if term is None:
        return None, ["no key term in the chunk"]
    stem = _stem_text(chunk, term.sentence)
    try:
        data = llm.generate_json(_model_prompt(stem, term.term), QUIZ_SCHEMA,
                                 params=GenerationParams(max_tokens=72, temperature=0.0, seed=seed), cancel=cancel)
    except LanternError as exc:
        if exc.__class__.__name__ == "Cancelled":
            raise
        return None, [f"model failed: {exc.message}"]
    try:
        question = " ".join(str(data["question"]).split())
    except (KeyError, TypeError):
        return None, ["malformed JSON fields"]
    m = re.search(rf"(?<!\w){re.escape(term.term)}(?!\w)", term.sentence, re.IGNORECASE)
    answer = term.sentence[m.start():m.end()] if m else term.term
    base = dict(question=question, answer=answer, chunk_id=chunk.id, citation=chunk.citation, skill=chunk.skill,
                document_id=chunk.document_id, course_id=chunk.course_id, origin="model", explanation=term.sentence)
    wrong = _distractors(answer, question, pool, n=3, seed=_stable(chunk.id, answer), chunk_id=chunk.id)
    if len(wrong) >= 2:
        choices = [answer, *(_match_case(w, answer) for w in wrong)]
        choices.sort(key=lambda c: _stable(chunk.id, "order", c))
        item = QuizItem(kind="choice", choices=tuple(choices), **base)  # type: ignore[arg-type]
    else:
        item = QuizItem(kind="short", **base)  # type: ignore[arg-type]
    problems = validate_item(item, chunk.text)
    return (None if problems else item), problems


@dataclass(frozen=True)
class QuizGeneration:
    items: tuple[QuizItem, ...]
    model_attempts: int
    model_valid: int
    rejected: tuple[tuple[str, ...], ...]   # problems of each rejected model item
    seconds: float

    @property
    def items_per_second(self) -> float:
        return len(self.items) / self.seconds if self.seconds > 0 else 0.0


def generate_quiz(chunks: Sequence[SourceChunk], *, llm: Any | None = None, n_items: int = 10,
                  course_terms: Iterable[str] = (), language: str = "en", max_model_items: int = 3,
                  cancel: CancelToken | None = None) -> QuizGeneration:
    """Validated draft items for `chunks`: model items where they validate, cloze items for the rest.

    The model is asked for at most `max_model_items` items (each takes seconds on a CPU; 0 = none).
    Items are spread over the chunks (one round over all chunks before a second item from any).
    """
    start = time.perf_counter()
    chunks = [c for c in chunks if c.text.strip()]
    items: list[QuizItem] = []
    rejected: list[tuple[str, ...]] = []
    attempts = valid = 0
    if llm is not None and max_model_items > 0:
        pool = [k for c in chunks for k in key_terms(c, language=language)]
        for chunk in chunks[:min(n_items, max_model_items)]:
            if cancel:
                cancel.raise_if_cancelled()
            attempts += 1
            item, problems = model_item(llm, chunk, pool=pool, cancel=cancel)
            if item:
                valid += 1
                items.append(item)
            else:
                rejected.append(tuple(problems))
    if len(items) < n_items:
        # Round-robin over lessons (skills), and within a lesson over its chunks, so a short quiz
        # covers the whole course.
        by_skill: dict[str, dict[int, list[QuizItem]]] = {}
        for it in cloze_items(chunks, course_terms=list(course_terms), language=language):
            by_skill.setdefault(it.skill or str(it.chunk_id), {}).setdefault(it.chunk_id, []).append(it)
        per_skill = [[it for group in _interleave(list(g.values())) for it in group] for g in by_skill.values()]
        round_robin = [it for group in _interleave(per_skill) for it in group]
        have = {normalise(i.question) for i in items}
        asked = {(i.chunk_id, normalise(i.answer)) for i in items if i.kind != "true_false"}
        for it in round_robin:
            if len(items) >= n_items:
                break
            key = (it.chunk_id, normalise(it.answer))
            if normalise(it.question) not in have and (it.kind == "true_false" or key not in asked):
                items.append(it)
                have.add(normalise(it.question))
                asked.add(key)
    return QuizGeneration(tuple(items), attempts, valid, tuple(rejected), time.perf_counter() - start)


def _interleave(groups: list[list[QuizItem]]) -> list[list[QuizItem]]:
    out: list[list[QuizItem]] = []
    i = 0
    while any(i < len(g) for g in groups):
        out.append([g[i] for g in groups if i < len(g)])
        i += 1
    return out


def approve_valid(items: Iterable[QuizItem], *, auto_approve: bool) -> list[QuizItem]:
    """Drafts stay drafts unless the school setting auto-approves validated items."""
    return [replace(i, status="approved") if auto_approve else i for i in items]
