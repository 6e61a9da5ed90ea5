"""Socratic help: a hint ladder that makes the learner think before the answer is shown.

Levels: 0 nudge (a guiding question) → 1 hint (the source sentence with the key words blanked) →
2 worked step (rule out wrong options, or the first letter and length) → 3 answer (with its source).
Below level 3 the answer is never shown: every rung is checked with `leaks_answer` and replaced by
a safe deterministic rung if it would give the answer away (the model's guiding questions too).

Every sentence around the lesson's own words comes from the engine catalogue (`hint.*`, `guide.*`
in engine/i18n/po) in the learner's language; without one, the language of the material.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from engine.answers.candidates import HEADING_PREFIX as _HEADING_PREFIX
from engine.i18n import message
from engine.llm.backend import GenerationParams
from engine.text.terms import definition_terms, words_take_suffixes
from engine.text.tokens import guess_language
from engine.tutor.quiz import QuizItem, choice_label, content_words, leaks_answer, normalise, question_body, sentences_of

NUDGE, HINT, WORKED_STEP, ANSWER = 0, 1, 2, 3
LEVEL_NAMES = ("nudge", "hint", "worked step", "answer")
_LEVEL_MESSAGES = ("rung.nudge", "rung.hint", "rung.worked_step", "rung.answer")
_BLANK = "_____"


@dataclass(frozen=True)
class Rung:
    level: int
    text: str
    reveals_answer: bool
    language: str = "en"

    @property
    def name(self) -> str:
        """A stable English key ("worked step") for logs and JSON."""
        return LEVEL_NAMES[self.level]

    @property
    def label(self) -> str:
        """The rung's name for the learner, in the ladder's language ("Pista", "提示")."""
        return message(_LEVEL_MESSAGES[self.level], self.language)


def _language(language: str | None, *texts: str) -> str:
    """The learner's language when known, else the material's (a quick, deterministic guess)."""
    return language or guess_language(" ".join(t for t in texts if t))


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


def _topic(question: str, answer: str, language: str) -> str:
    stops = None if language == "en" else language    # drop that language's question words too
    words = [w for w in content_words(question, stops) if w not in set(content_words(answer)) and len(w) > 3]
    return " ".join(words[:3]) or message("hint.this_question", language)


def _safe(text: str, answer: str) -> bool:
    return bool(text.strip()) and not leaks_answer(text, answer)


def ladder_for_item(item: QuizItem, *, source: str = "", language: str | None = None) -> list[Rung]:
    """The four rungs for a quiz item (deterministic, so they never give the answer away early),
    in `language` (the learner's; None: the item's own language)."""
    answer = item.answer
    body = question_body(item.question)
    sentence = item.explanation or _supporting_sentence(answer, source, body)
    lang = _language(language, body, sentence)
    where = item.citation or message("hint.your_lesson", lang)
    topic = _topic(body, answer, lang)
    nudge = message("hint.nudge", lang, topic=topic, where=where)
    if item.kind == "true_false":
        hint = (message("hint.compare", lang, sentence=sentence) if sentence else message("hint.find_same", lang))
        worked = message("hint.check_words", lang)
        final = message("hint.answer_with_sentence", lang, answer=choice_label(answer, lang), sentence=sentence,
                        where=where)
        # For true/false the sentence *is* the evidence, not the answer word; show it from the hint on.
        return [Rung(NUDGE, nudge, False, lang), Rung(HINT, hint, False, lang), Rung(WORKED_STEP, worked, False, lang),
                Rung(ANSWER, final, True, lang)]
    blanked = _blank_words(sentence, answer) if sentence else ""
    hint = (message("hint.gap", lang, sentence=blanked) if blanked and _safe(blanked, answer)
            else message("hint.find_word", lang, where=where, topic=topic))
    wrong = [c for c in item.choices if normalise(c) != normalise(answer)]
    if item.kind == "choice" and len(wrong) >= 2:
        worked = message("hint.rule_out", lang, first=wrong[0], second=wrong[1])
    else:
        worked = message("hint.first_letter", lang, count=len(re.sub(r"\W", "", answer)),
                         letter=answer.strip()[:1].upper())
    if not _safe(worked, answer):
        worked = message("hint.say_aloud", lang)
    final = (message("hint.answer_with_sentence", lang, answer=answer, sentence=sentence, where=where) if sentence
             else message("hint.answer", lang, answer=answer, where=where))
    return [Rung(NUDGE, nudge if _safe(nudge, answer) else message("hint.nudge_plain", lang), False, lang),
            Rung(HINT, hint, False, lang), Rung(WORKED_STEP, worked, False, lang), Rung(ANSWER, final, True, lang)]


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


def ladder_for_question(question: str, answer: str, *, source: str, where: str | None = None,
                        guide: str | None = None, language: str | None = None) -> list[Rung]:
    """Rungs for a learner's own question, built from the answering sentence of `source`:
    0 point to the lesson and section → 1 a neighbouring sentence that leads to the idea →
    2 the answering sentence with the answer blanked (a letter hint only when the answer is one
    word) → 3 the answer. An arithmetic question gets its computed steps instead. The words around
    the lesson's are in `language` (the learner's; None: the question's own language)."""
    from engine.answers.arithmetic import compute

    lang = _language(language, question, answer)
    where = where or message("hint.your_lesson", lang)
    worked = compute(question, lang)
    if worked is not None:
        return ladder_for_computed(worked, where=where, language=lang)
    from engine.answers.answer_types import answer_phrases, key_phrase, question_type

    qtype = question_type(question)
    sents = _source_sentences(source)
    key = key_phrase(answer, qtype, question)
    idx = _answer_index(answer, sents, key)
    sentence = sents[idx] if idx is not None else answer
    key = key or key_phrase(sentence, qtype, question)
    if not key and lang != "en":
        # The answer-type cues are English (and a little Spanish); elsewhere the term the sentence
        # defines ("这个过程叫做光合作用", "تسمى الصهارة") is what a hint must hide.
        named = [t for t in definition_terms(sentence, lang) if normalise(t) not in normalise(question)]
        key = named[0] if named else None
    # Every date, number or measure of the sentence is blanked, not just the one picked as the key:
    # "the second _____ of November" gave the answer away.
    phrases = answer_phrases(sentence, qtype, question, key) if key else []
    blanked = sentence
    for phrase in phrases:
        blanked = _blank_key(blanked, phrase, lang)
    if not phrases:
        blanked = _blank_predicate(sentence, question)
    hidden = phrases or _hidden_words(answer, question)
    if key and normalise(key) in normalise(where):
        where = where.split(" › ")[0]     # the section's own title would give the answer away
    topic = (" ".join([w for w in content_words(question, None if lang == "en" else lang)
                       if len(w) > 3 and w not in _QUESTION_WORDS][:3])
             or message("hint.this_question", lang))

    def safe(text: str) -> bool:
        low = normalise(text)
        return bool(text.strip()) and not any(normalise(h) and normalise(h) in low for h in hidden)

    nudge = guide if guide and safe(guide) else message("guide.look", lang, where=where)
    neighbour = _neighbour(sents, idx, question, lambda t: safe(t) and normalise(t) not in normalise(answer)) \
        if idx is not None else ""
    hint = (message("guide.clue", lang, where=where, sentence=neighbour, topic=topic) if neighbour
            else message("guide.reread", lang, where=where, topic=topic))
    # "The lesson says: ..." only quotes the lesson: an answer that is not in it (a "not covered"
    # message, words of the model) is never shown as a sentence with a gap.
    from_lesson = idx is not None or normalise(answer) in normalise(source)
    if from_lesson and blanked and _BLANK in blanked and safe(blanked):
        if key and len(phrases) == 1 and re.fullmatch(r"[^\W\d_][\w'’-]*", key):   # one gap, one word
            worked_text = message("guide.gap_one_word", lang, count=len(key), sentence=blanked,
                                  letter=key[:1].upper())
        else:
            worked_text = message("guide.gap", lang, sentence=blanked)
    else:
        worked_text = message("guide.find_words", lang, where=where, topic=topic)
    final = answer if idx is None or normalise(sentence) in normalise(answer) else \
        message("guide.answer_with_sentence", lang, answer=answer, sentence=sentence)
    return [Rung(NUDGE, nudge, False, lang), Rung(HINT, hint, False, lang), Rung(WORKED_STEP, worked_text, False, lang),
            Rung(ANSWER, final, True, lang)]


def ladder_for_computed(worked: Any, *, where: str | None = None, language: str = "en") -> list[Rung]:
    """Rungs for an arithmetic question: what to do first → the first step → all steps but the
    last → the answer with every step. (The steps themselves are written by engine/answers/arithmetic.)"""
    steps = list(worked.steps) or [message("guide.parts", language, expression=worked.expression)]
    result = str(worked.result)

    def hide(text: str) -> str:
        return re.sub(rf"(?<![\w/.]){re.escape(result)}(?![\w/.])", _BLANK, text)

    nudge = message("guide.together", language, expression=worked.expression)
    hint = message("guide.first_step", language, step=hide(steps[0]))
    middle = " ".join(hide(s) for s in steps[:-1]) if len(steps) > 1 else hide(steps[0])
    step = message("guide.finish", language, steps=middle, expression=worked.expression)
    return [Rung(NUDGE, nudge, False, language), Rung(HINT, hint, False, language), Rung(WORKED_STEP, step, False, language),
            Rung(ANSWER, worked.text(), True, language)]


_QUESTION_WORDS = frozenset("called call stand mean means made happens happen does kind".split())


def _source_sentences(source: str) -> list[str]:
    """Prose sentences of the material, without the "Heading: " the tutor puts before each block."""
    from engine.answers.candidates import prose_sentences

    out: list[str] = []
    for block in re.split(r"\n\s*\n", source):
        block = block.strip()
        # one prefix, however many colons it holds ("Programming with Python: Loops › Bugs: A ...")
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


def _blank_key(sentence: str, key: str, language: str = "en") -> str:
    if words_take_suffixes(language):     # no spaces (zh, ja) or particles glued on (ko): a plain substring
        return re.sub(re.escape(key), _BLANK, sentence, count=1, flags=re.IGNORECASE)
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
