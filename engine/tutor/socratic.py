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
        worked = "Check each word of the statement against the lesson. If even one important word is different, the statement is false."
        hint = hint if sentence else "Find the sentence in the lesson that talks about the same thing, and compare them word by word."
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
    """Rungs for a learner's own question, given the (hidden) grounded answer and its source."""
    known = set(content_words(question)) | set(content_words(where))
    # The words the answer adds to the question, the most specific (longest) first: the key term.
    hidden_words = sorted(dict.fromkeys(w for w in content_words(answer) if w not in known and len(w) > 2),
                          key=len, reverse=True)
    key = hidden_words[0] if hidden_words else answer
    sentence = _supporting_sentence(answer, source, question) if source else ""
    topic = " ".join([w for w in content_words(question) if len(w) > 3][:3]) or "this"
    nudge = guide or (f"Good question! Before I tell you, have a look at {where}. "
                      "What do you think the answer is, and why?")
    key_sentence = _supporting_sentence(key, source, question) if source else ""
    if key_sentence and normalise(key) in normalise(key_sentence):
        sentence = key_sentence
    blanked = _blank_words(sentence, key) if sentence else ""
    hint = (f"Here is a clue from {where}: \"{blanked}\" What could go in the gap?"
            if blanked and _BLANK in blanked else f"Look for the sentence in {where} that talks about {topic}.")
    first = hidden_words[0] if hidden_words else answer
    worked = f"One step further: the missing word starts with \"{first[:1].upper()}\" and has {len(first)} letters."
    final = f"{answer}" + (f" The lesson says: \"{sentence}\"" if sentence and normalise(sentence) not in normalise(answer) else "")
    rungs = [Rung(NUDGE, nudge, False), Rung(HINT, hint, False), Rung(WORKED_STEP, worked, False),
             Rung(ANSWER, final, True)]
    for i, r in enumerate(rungs[:3]):
        if hidden_words and any(w in set(content_words(r.text)) for w in hidden_words):
            rungs[i] = Rung(r.level, f"Think about {topic}. Which idea from {where} explains it?", False)
    return rungs
