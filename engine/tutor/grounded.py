"""A tutor turn answered from given material, streamed.

The prompt keeps the material first and the question last (prefix reuse), tells the model to use
only the material, and fences the material off so instructions inside it stay material.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from engine.answers.candidates import HEADING_PREFIX as _HEADING_PREFIX
from engine.cancel import CancelToken
from engine.llm.backend import GenerationParams, TokenChunk
from engine.llm.local import LocalLLM
from engine.llm.prompts import Example, PromptParts, prompt_format_for

GROUNDED_INSTRUCTIONS = "Read each text and answer the question in one short sentence, using only the text."
# One worked example: the base 270M copies its shape (a full sentence taken from the text).
# Measured on 16 held-out fact questions: 13/16 with it, 10/16 with instructions alone.
GROUNDED_EXAMPLE = Example(
    context="Rain forms when water vapour in clouds cools and turns into drops. Snow forms when it is very cold.",
    question="When does snow form?",
    answer="Snow forms when it is very cold.",
)
OPEN_INSTRUCTIONS = "Answer the question in one short, correct sentence for a school student."
# Room kept for instructions, the question and the answer when fitting material into the context.
_PROMPT_OVERHEAD_TOKENS = 96
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 2}


def fit_context(llm: LocalLLM, text: str, question: str, *, max_tokens: int) -> str:
    """Keep as much of `text` as fits the model's context, preferring paragraphs that share words
    with the question, in their original order."""
    budget = llm.info.n_ctx - max_tokens - _PROMPT_OVERHEAD_TOKENS - llm.count_tokens(question)
    if llm.count_tokens(text) <= budget:
        return text
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    qwords = _words(question)
    ranked = sorted(range(len(paras)), key=lambda i: -len(qwords & _words(paras[i])))
    chosen: list[int] = []
    used = 0
    for i in ranked:
        cost = llm.count_tokens(paras[i]) + 2
        if used + cost <= budget:
            chosen.append(i)
            used += cost
    return "\n\n".join(paras[i] for i in sorted(chosen))



def context_passages(context: str) -> list[str]:
    """The blocks of a prompt context ("Heading: text" paragraphs, or a plain file) as passages,
    without the "Heading: " prefix the tutor and the library put before each block."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", context) if b.strip()]
    if any(_HEADING_PREFIX.match(b) for b in blocks) and all(len(b) < 4000 for b in blocks):
        return [_HEADING_PREFIX.sub("", b, count=1) for b in blocks]
    return [context]


def extract_answer(question: str, context: str, *, embedder: Any | None = None, single: bool = False) -> str:
    """The material's best answer sentence (engine/answers: prose only, ranked by word match,
    answer type and — with an embedder — meaning), with the next sentence when it finishes the
    thought; '' when no sentence shares a word with the question."""
    from engine.answers.select import select_answer

    answer = select_answer(question, context_passages(context), embedder=embedder, single=single)
    return answer.text if answer is not None else ""


def supporting_sentence(answer: str, context: str, question: str = "") -> str:
    """One sentence from the same passage as `answer` that backs it up (for Explain), or ''."""
    from engine.answers.candidates import prose_sentences
    from engine.answers.words import stems_of

    words = stems_of(answer) | stems_of(question)
    for passage in context_passages(context):
        sents = [s for _, _, s in prose_sentences(passage)]
        at = [i for i, s in enumerate(sents) if s in answer or answer.startswith(s) or s.startswith(answer[:60])]
        if not at:
            continue
        first, last = at[0], at[-1]
        options = [i for i in range(len(sents)) if i < first or i > last]
        if not options:
            return ""
        best = max(options, key=lambda i: 0.2 * (i in (first - 1, last + 1)) + 0.1 * len(words & stems_of(sents[i])))
        return sents[best]
    return ""


def prefers_extract(llm: LocalLLM, mode: str) -> bool:
    """Answer with the material's own sentence? `mode` is "extract", "model" or "auto".

    auto = extract for *base* models. Measured on the sample course's 20 questions with the bundled
    base 270M: the material's best sentence held the expected fact 18/20 times, the model's own
    one-line answer 11/20 (it often names a wrong neighbouring term, e.g. "proper fraction" for 7/4).
    Instruct models paraphrase faithfully enough to answer in their own words.
    """
    return mode == "extract" or (mode == "auto" and not llm.info.is_instruct)


def stream_answer(llm: LocalLLM, question: str, *, context: str | None = None,
                  params: GenerationParams | None = None, cancel: CancelToken | None = None,
                  answer_mode: str = "model", embedder: Any | None = None) -> Iterator[TokenChunk]:
    """Stream an answer to `question`, from `context` when given. Lazy, like `LocalLLM.stream`.

    With material and `answer_mode` "extract" (or "auto" on a base model) the answer is the
    material's best-matching sentence, so it cannot misstate the lesson; the model writes the
    answer only when no sentence shares a word with the question.
    """
    if context and prefers_extract(llm, answer_mode):
        sentence = extract_answer(question, context, embedder=embedder)
        if sentence:
            yield TokenChunk(sentence)
            yield TokenChunk("", finish_reason="stop")
            return
    base = params or GenerationParams()
    if context:
        context = fit_context(llm, context, question, max_tokens=base.max_tokens)
    parts = PromptParts(instructions=GROUNDED_INSTRUCTIONS if context else OPEN_INSTRUCTIONS,
                        question=question, context=context or None,
                        examples=(GROUNDED_EXAMPLE,) if context else ())
    rendered = prompt_format_for(llm.info).render(parts)
    p = GenerationParams(**{**base.__dict__, "stop": tuple(dict.fromkeys([*base.stop, *rendered.stop]))})
    chunks = llm.stream(rendered.text, params=p, cancel=cancel)
    yield from tidy_answer(chunks, single_line=rendered.single_line)


def tidy_answer(chunks: Iterator[TokenChunk], *, single_line: bool) -> Iterator[TokenChunk]:
    """Drop leading whitespace; with `single_line`, end the answer at the first line break after
    some text (closing the stream stops generation within one token)."""
    started = False
    try:
        for chunk in chunks:
            text = chunk.text
            if not started:
                text = text.lstrip()
                started = bool(text)
            if single_line and "\n" in text:
                head = text.split("\n", 1)[0].rstrip()
                if head:
                    yield TokenChunk(head, None, chunk.probability)
                yield TokenChunk("", finish_reason="stop")
                return
            if text or chunk.finish_reason:
                yield TokenChunk(text, chunk.finish_reason, chunk.probability)
    finally:
        close = getattr(chunks, "close", None)
        if close:
            close()
