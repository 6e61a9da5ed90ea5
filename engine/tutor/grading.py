"""Lenient grading of a learner's answer.

In order: the option a learner picked (by text, letter or number; true/false in 12 languages);
then for short answers normalisation (case, accents, punctuation, articles, number words),
synonyms taken from the source text ("X, also called Y", "X (Y)", "known as"), word stems,
and small spelling slips (a dyslexic learner's "fotosynthesis" is right). The model is asked as a
judge only when `judge` is given — callers pass it only where it was measured reliable
(`lantern bench tutor` reports its accuracy; the bundled 270M model is not, so it is off by default).
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from engine.llm.backend import GenerationParams
from engine.text import guess_language, stem
from engine.tutor.quiz import FALSE, TRUE, QuizItem, content_words, normalise

_ARTICLES = frozenset("a an the le la les l un une el los las der die das ein eine il lo gli o os as".split())
_NUMBERS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_TRUE_WORDS = frozenset("true t yes y verdadero verdadeiro vrai wahr vero правда верно 对 正确 是 正しい はい 참 맞아 "
                        "صحيح सही सच".split())
_FALSE_WORDS = frozenset("false f no n falso faux falsch ложь неверно 错 错误 不对 間違い いいえ 거짓 틀려 خطأ गलत "
                         "झूठ".split())
_LETTERS = "abcdef"

Judge = Callable[[str, str, str], bool | None]   # (question, expected, response) -> verdict or None


@dataclass(frozen=True)
class Grade:
    correct: bool
    score: float          # 0..1
    method: str           # how it was decided: "choice", "exact", "synonym", "stem", "spelling", "number", "model", "none"
    expected: str


def canonical(text: str) -> str:
    words = [_NUMBERS.get(w, w) for w in normalise(text).split() if w not in _ARTICLES]
    return " ".join(words)


def _stem(w: str) -> str:
    return stem(w, guess_language(w))


def synonyms_from_text(term: str, text: str) -> set[str]:
    """Other names the source gives for `term`: "X, also called Y", "Y (X)", "X, or Y", "known as"."""
    t = re.escape(term)
    names: set[str] = set()
    name = r"([A-Za-z][\w\- ]{1,40}?)"
    patterns = [
        rf"{t}\s*,?\s*(?:(?:is|are|was|were)\s+)?(?:(?:also|sometimes|often)\s+)?(?:called|known as|named)\s+"
        rf"(?:the\s+|an?\s+)?{name}(?=[,.;:)]|\s+(?:and|or)\b)",
        rf"{name}\s*,?\s*(?:(?:is|are|was|were)\s+)?(?:also|sometimes|often)\s+(?:called|known as|named)\s+"
        rf"(?:the\s+|an?\s+)?{t}\b",
        rf"{t}\s*\(\s*(?:or\s+|also\s+)?{name}\s*\)", rf"{name}\s*\(\s*(?:or\s+|also\s+)?{t}\s*\)",
        rf"{t}\s*,\s*or\s+{name}\s*,", rf"(?:an?\s+|the\s+)?{name}\s+is\s+also\s+known\s+as\s+(?:an?\s+|the\s+)?{t}\b",
    ]
    for p in patterns:
        for m in re.finditer(p, text, re.IGNORECASE):
            cand = m.group(1).strip()
            if cand and canonical(cand) != canonical(term) and len(cand.split()) <= 4:
                names.add(cand)
    return names


def _as_typed(text: str) -> str:
    """Text as typed, case, width and spacing aside, and the stop or mark it ends with: an emoji or a word
    more is a different text (normalise would drop the emoji)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split()).strip(" .!?,;:\u3002\uff01\uff1f")


def option_named_exactly(item: QuizItem, response: str) -> str | None:
    """The option `response` is, with nothing added or left out: the option's own words (case, width,
    spacing and a final stop or mark aside), its letter or number, or true/false in the 12 languages; else None.
    What a learner picked, as against what they wrote: the quiz turn checks what they write for safety
    (engine/turn/service.py), so "I want to die" is never read as the option "I want to"."""
    r = response.strip()
    n = normalise(r)
    if not n:
        return None
    as_typed = _as_typed(r)
    if item.kind == "true_false":
        if n in _TRUE_WORDS or r in _TRUE_WORDS:
            return TRUE
        if n in _FALSE_WORDS or r in _FALSE_WORDS:
            return FALSE
    for c in item.choices:
        if _as_typed(c) == as_typed:
            return c
    m = re.fullmatch(r"\(?([a-f]|[1-6])\)?[.)]?", n)
    if m:
        key = m.group(1)
        idx = int(key) - 1 if key.isdigit() else _LETTERS.index(key)
        if 0 <= idx < len(item.choices):
            return item.choices[idx]
    return None


def pick_choice(item: QuizItem, response: str) -> str | None:
    """The option `response` names: `option_named_exactly`, else the one option that reads the same once
    articles and number words are set aside ("the mitochondria" for "Mitochondria"). Never an option
    whose words are all articles ("Der", "Die", "Das": each reads as nothing), never one of several."""
    exact = option_named_exactly(item, response)
    if exact is not None:
        return exact
    r = canonical(response)
    if not r:
        return None
    same = [c for c in item.choices if canonical(c) == r]
    return same[0] if len(same) == 1 else None


def grade_answer(item: QuizItem, response: str, *, source: str = "", judge: Judge | None = None) -> Grade:
    """Grade `response` to `item`. Choice items need a recognisable pick; short answers are lenient."""
    expected = item.answer
    if not response or not response.strip():
        return Grade(False, 0.0, "none", expected)
    if item.kind in ("choice", "true_false"):
        picked = pick_choice(item, response)
        if picked is not None:
            ok = _as_typed(picked) == _as_typed(expected) or canonical(picked) == canonical(expected) != ""
            return Grade(ok, 1.0 if ok else 0.0, "choice", expected)
        if item.kind == "true_false":
            return Grade(False, 0.0, "none", expected)
    return _grade_short(item, response, source=source or item.explanation, judge=judge)


def _grade_short(item: QuizItem, response: str, *, source: str, judge: Judge | None) -> Grade:
    expected = item.answer
    r, e = canonical(response), canonical(expected)
    if not r:
        return Grade(False, 0.0, "none", expected)
    if r == e:
        return Grade(True, 1.0, "exact", expected)
    if r.isdigit() or e.isdigit():
        return Grade(r == e, float(r == e), "number", expected)
    aliases = {canonical(s) for s in synonyms_from_text(expected, source)} if source else set()
    if r in aliases:
        return Grade(True, 1.0, "synonym", expected)
    targets = [e, *aliases]
    r_words = r.split()
    for t in targets:
        t_words = t.split()
        # The answer inside a short sentence ("it is called evaporation").
        if t and f" {t} " in f" {r} " and len(r_words) <= len(t_words) + 5:
            return Grade(True, 1.0, "exact", expected)
        if [_stem(w) for w in r_words] == [_stem(w) for w in t_words]:
            return Grade(True, 1.0, "stem", expected)
        # Spelling slips: close letters, for words long enough that a slip is not another word.
        if len(t) >= 5 and difflib.SequenceMatcher(None, r, t).ratio() >= 0.85:
            return Grade(True, 0.9, "spelling", expected)
    if judge is not None:
        verdict = judge(item.question, expected, response)
        if verdict is not None:
            return Grade(verdict, float(verdict), "model", expected)
    # Partial credit for the key words (not counted as correct).
    key = set(content_words(expected))
    got = set(content_words(response))
    score = len(key & got) / len(key) if key else 0.0
    return Grade(False, round(score * 0.5, 2), "none", expected)


def model_judge(llm: Any) -> Judge:
    """A yes/no judge backed by the model (use only where measured reliable)."""

    def judge(question: str, expected: str, response: str) -> bool | None:
        prompt = ("A teacher marks a student's answer. Say yes if it means the same as the correct answer, "
                  "otherwise no.\n\n"
                  "Question: What gas do plants take in?\nCorrect answer: carbon dioxide\nStudent answer: CO2\n"
                  "Same meaning: yes\n\n"
                  "Question: What is the closest planet to the Sun?\nCorrect answer: Mercury\nStudent answer: Mars\n"
                  "Same meaning: no\n\n"
                  f"Question: {' '.join(question.split())}\nCorrect answer: {expected}\n"
                  f"Student answer: {' '.join(response.split())[:200]}\nSame meaning:")
        out = llm.complete(prompt, params=GenerationParams(max_tokens=3, temperature=0.0,
                                                           stop=("\n", "Question:"))).text.strip().lower()
        if out.startswith("yes"):
            return True
        if out.startswith("no"):
            return False
        return None

    return judge
