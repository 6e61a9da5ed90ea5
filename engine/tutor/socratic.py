"""Socratic help: a hint ladder that makes the learner think before the answer is shown.

Levels: 0 nudge (a guiding question) → 1 hint (the source sentence with the key words blanked) →
2 worked step (rule out wrong options, or the first letter and length) → 3 answer (with its source).
Below level 3 the answer is never shown: every rung is checked with `leaks_answer` and replaced by
a safe deterministic rung if it would give the answer away (the model's guiding questions too).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from engine.llm.backend import GenerationParams
from engine.tutor.quiz import QuizItem, content_words, leaks_answer, normalise, sentences_of

NUDGE, HINT, WORKED_STEP, ANSWER = 0, 1, 2, 3
LEVEL_NAMES = ("nudge", "hint", "worked step", "answer")
_BLANK = "_____"


@dataclass(frozen=True)
class Rung:
    level: int
    text: str
    reveals_answer: bool

    @property
    def name(self) -> str:
        return LEVEL_NAMES[self.level]


def _blank_words(sentence: str, answer: str) -> str:
    out = sentence
    phrase = re.escape(answer.strip())
    if phrase and re.search(rf"(?<!\w){phrase}(?!\w)", out, re.IGNORECASE):
        return re.sub(rf"(?<!\w){phrase}(?!\w)", _BLANK, out, flags=re.IGNORECASE)
    for w in sorted(set(content_words(answer)), key=len, reverse=True):
        out = re.sub(rf"(?<!\w){re.escape(w)}\w*", _BLANK, out, flags=re.IGNORECASE)
    return out


def _supporting_sentence(answer: str, source: str, question: str = "") -> str:
    """The source sentence that holds the answer (most of its words), preferring ones near the question."""
    words = set(content_words(answer))
    qwords = set(content_words(question))
    best, best_score = "", 0.0
    for s in sentences_of(source):
        sw = set(content_words(s))
        score = (len(words & sw) / len(words) if words else 0.0) + 0.1 * len(qwords & sw)
        if score > best_score:
            best, best_score = s, score
    return best


def _topic(question: str, answer: str) -> str:
    words = [w for w in content_words(question) if w not in set(content_words(answer)) and len(w) > 3]
    return " ".join(words[:3]) or "this question"


def _safe(text: str, answer: str) -> bool:
    return bool(text.strip()) and not leaks_answer(text, answer)


def ladder_for_item(item: QuizItem, *, source: str = "") -> list[Rung]:
    """The four rungs for a quiz item (deterministic, so they never give the answer away early)."""
    answer = item.answer
    body = re.sub(r"^\s*(?:fill in the blank|true or false)\s*:\s*", "", item.question, flags=re.IGNORECASE)
    sentence = item.explanation or _supporting_sentence(answer, source, body)
    where = item.citation or "your lesson"
    topic = _topic(body, answer)
    nudge = f"Take your time. What do you remember about {topic}? Look at the part of {where} that talks about it."
    if item.kind == "true_false":
        hint = f"Read this part of the lesson slowly and compare it with the statement: \"{sentence}\""
        worked = ("Check each word of the statement against the lesson. "
                  "If even one important word is different, the statement is false.")
        hint = hint if sentence else ("Find the sentence in the lesson that talks about the same thing, "
                                      "and compare them word by word.")
        final = f"The answer is {answer}. The lesson says: \"{sentence}\" ({where})"
        # For true/false the sentence *is* the evidence, not the answer word; show it from the hint on.
        return [Rung(NUDGE, nudge, False), Rung(HINT, hint, False), Rung(WORKED_STEP, worked, False),
                Rung(ANSWER, final, True)]
    blanked = _blank_words(sentence, answer) if sentence else ""
    hint = (f"The lesson has a sentence about this: \"{blanked}\" Which words fit the gap?"
            if blanked and _safe(blanked, answer) else
            f"Find the sentence in {where} about {topic}. The answer is a word from that sentence.")
    wrong = [c for c in item.choices if normalise(c) != normalise(answer)]
    if item.kind == "choice" and len(wrong) >= 2:
        worked = f"Let's rule some out: it is not \"{wrong[0]}\" and not \"{wrong[1]}\". Which one is left that fits the lesson?"
    else:
        first = answer.strip()[:1]
        n_letters = len(re.sub(r"\W", "", answer))
        worked = f"One step further: the answer starts with \"{first.upper()}\" and has {n_letters} letters."
    if not _safe(worked, answer):
        worked = "Read the sentence from the hint again, and say the missing words out loud."
    final = f"The answer is \"{answer}\"." + (f" The lesson says: \"{sentence}\"" if sentence else "") + f" ({where})"
    return [Rung(NUDGE, nudge if _safe(nudge, answer) else "What do you already know about this? Take your time.", False),
            Rung(HINT, hint, False), Rung(WORKED_STEP, worked, False), Rung(ANSWER, final, True)]


_GUIDE_PROMPT = (
    "A kind tutor helps a student think. The tutor never gives the answer. It asks one short guiding question.\n\n"
    'Text: """Ice is frozen water. Ice is less dense than liquid water, so it floats."""\n'
    "Student: Why does ice float?\n"
    "Tutor: How heavy is ice compared with the same amount of liquid water?\n\n"
    'Text: """{context}"""\n'
    "Student: {question}\n"
    "Tutor:")


def guiding_question(llm: Any, question: str, *, context: str, answer: str, max_tokens: int = 40) -> str | None:
    """The model's guiding question, or None when it is empty, not a question, or gives the answer away."""
    ctx = " ".join(context.split())[:1500].replace('"""', "''")
    prompt = _GUIDE_PROMPT.format(context=ctx, question=" ".join(question.split()))
    try:
        out = llm.complete(prompt, params=GenerationParams(max_tokens=max_tokens, temperature=0.0,
                                                           stop=("\n", "Student:", "Text:"))).text.strip()
    except Exception:  # noqa: BLE001 - a failed nudge falls back to the deterministic one
        return None
    out = out.split("?")[0].strip() + "?" if "?" in out else ""
    hidden = {w for w in content_words(answer)} - set(content_words(question))
    leaked = bool(hidden & set(content_words(out))) or leaks_answer(out, answer)
    if len(out.split()) < 4 or leaked or normalise(out) == normalise(question):
        return None
    return out


def ladder_for_question(question: str, answer: str, *, source: str, where: str = "your lesson",
                        guide: str | None = None) -> list[Rung]:
    """Rungs for a learner's own question, built from the answering sentence of `source`:
    0 point to the lesson and section → 1 a neighbouring sentence that leads to the idea →
    2 the answering sentence with the answer blanked (a letter hint only when the answer is one
    word) → 3 the answer. An arithmetic question gets its computed steps instead."""
    from engine.answers.arithmetic import compute

    worked = compute(question)
    if worked is not None:
        return ladder_for_computed(worked, where=where)
    from engine.answers.answer_types import key_phrase, question_type

    qtype = question_type(question)
    sents = _source_sentences(source)
    key = key_phrase(answer, qtype, question)
    idx = _answer_index(answer, sents, key)
    sentence = sents[idx] if idx is not None else answer
    key = key or key_phrase(sentence, qtype, question)
    blanked = _blank_key(sentence, key) if key else _blank_predicate(sentence, question)
    hidden = [key] if key else _hidden_words(answer, question)
    if key and normalise(key) in normalise(where):
        where = where.split(" › ")[0]     # the section's own title would give the answer away
    topic = " ".join([w for w in content_words(question) if len(w) > 3 and w not in _QUESTION_WORDS][:3]) or "this"

    def safe(text: str) -> bool:
        low = normalise(text)
        return bool(text.strip()) and not any(normalise(h) and normalise(h) in low for h in hidden)

    nudge = guide if guide and safe(guide) else (f"Good question! Look at {where}. "
                                                 "What do you think the answer is, and why?")
    neighbour = _neighbour(sents, idx, question, lambda t: safe(t) and normalise(t) not in normalise(answer)) \
        if idx is not None else ""
    hint = (f"Here is a clue from {where}: \"{neighbour}\" What does it tell you about {topic}?" if neighbour
            else f"Read the part of {where} about {topic} again, slowly.")
    if blanked and _BLANK in blanked and safe(blanked):
        worked_text = f"The lesson says: \"{blanked}\" What goes in the gap?"
        if key and re.fullmatch(r"[^\W\d_][\w'’-]*", key):
            worked_text += f" It is one word: it starts with \"{key[:1].upper()}\" and has {len(key)} letters."
    else:
        worked_text = f"Find the sentence in {where} that talks about {topic}. Which words answer the question?"
    final = answer if idx is None or normalise(sentence) in normalise(answer) else \
        f"{answer} The lesson says: \"{sentence}\""
    return [Rung(NUDGE, nudge, False), Rung(HINT, hint, False), Rung(WORKED_STEP, worked_text, False),
            Rung(ANSWER, final, True)]


def ladder_for_computed(worked: Any, *, where: str = "your lesson") -> list[Rung]:
    """Rungs for an arithmetic question: what to do first → the first step → all steps but the
    last → the answer with every step."""
    steps = list(worked.steps) or [f"Work out {worked.expression} one part at a time."]
    result = str(worked.result)

    def hide(text: str) -> str:
        return re.sub(rf"(?<![\w/.]){re.escape(result)}(?![\w/.])", _BLANK, text)

    nudge = f"Let's work it out together: {worked.expression}. What do you need to do first?"
    hint = f"First step: {hide(steps[0])}"
    middle = " ".join(hide(s) for s in steps[:-1]) if len(steps) > 1 else hide(steps[0])
    step = f"{middle} Now finish it: what is {worked.expression}?"
    return [Rung(NUDGE, nudge, False), Rung(HINT, hint, False), Rung(WORKED_STEP, step, False),
            Rung(ANSWER, worked.text(), True)]


_QUESTION_WORDS = frozenset("called call stand mean means made happens happen does kind".split())
_HEADING_PREFIX = re.compile(r"^[^.:!?\n]{1,80}:\s+(?=[A-Z¿¡ÁÉÍÓÚÑ\d\"'])")


def _source_sentences(source: str) -> list[str]:
    """Prose sentences of the material, without the "Heading: " the tutor puts before each block."""
    from engine.answers.candidates import prose_sentences

    out: list[str] = []
    for block in re.split(r"\n\s*\n", source):
        block = block.strip()
        for _ in range(3):     # "Programming with Python: Loops › Bugs: A mistake ..." has two colons
            if not _HEADING_PREFIX.match(block):
                break
            block = _HEADING_PREFIX.sub("", block, count=1)
        out += [s for _, _, s in prose_sentences(block)]
    return out


def _answer_index(answer: str, sents: list[str], key: str | None = None) -> int | None:
    """The source sentence the answer was taken from (the one holding the key, else most of its
    words), or None."""
    words = set(content_words(answer))
    if not words or not sents:
        return None
    if key:
        holding = [i for i, s in enumerate(sents) if normalise(key) in normalise(s) and normalise(s) in normalise(answer)]
        if holding:
            return holding[0]
    best = max(range(len(sents)), key=lambda i: len(words & set(content_words(sents[i]))))
    share = len(words & set(content_words(sents[best]))) / len(set(content_words(sents[best])) or {1})
    return best if share >= 0.5 else None


def _neighbour(sents: list[str], idx: int, question: str, safe: Any) -> str:
    """The sentence just before (else after) the answering one that does not give the answer away."""
    qwords = set(content_words(question))
    options = [i for i in (idx - 1, idx + 1, idx - 2, idx + 2) if 0 <= i < len(sents) and safe(sents[i])]
    if not options:
        return ""
    # A sentence on the question's topic first, then the nearest, then the one before.
    return sents[max(options, key=lambda i: (len(qwords & set(content_words(sents[i]))) > 0, -abs(i - idx), i < idx))]


def _blank_key(sentence: str, key: str) -> str:
    return re.sub(rf"(?<!\w){re.escape(key)}(?!\w)", _BLANK, sentence, count=1, flags=re.IGNORECASE)


_PREDICATE = re.compile(r"\b(?:is|are|was|were|means|es|son|significa|made (?:of|from)|built from|because|so|"
                        r"porque)\s+", re.IGNORECASE)


def _blank_predicate(sentence: str, question: str) -> str:
    """A definition or reason: blank what follows "is"/"because"/"so" (the part the question lacks)."""
    qwords = set(content_words(question))
    for m in _PREDICATE.finditer(sentence):
        tail = sentence[m.end():].rstrip(".!?")
        if tail and not set(content_words(tail)) <= qwords:
            return sentence[:m.end()] + _BLANK + sentence[len(sentence.rstrip(".!?")):]
    head = sentence.rstrip(".!?")
    words = head.split()
    return " ".join(words[:max(1, len(words) // 2)] + [_BLANK]) + sentence[len(head):]


def _hidden_words(sentence: str, question: str) -> list[str]:
    """For a definition or reason: the words the sentence adds to the question (never shown early)."""
    known = set(content_words(question))
    return sorted({w for w in content_words(sentence) if w not in known and len(w) > 3}, key=len, reverse=True)[:3]
