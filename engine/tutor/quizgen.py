"""Making quiz items from library chunks: the model first, deterministic generators for the rest.

1. `model_item`: for a key term picked from the chunk, the LLM turns the term's sentence, with the
   term blanked out, into a question, as grammar-constrained JSON (a completion prompt with three
   worked examples, which the 270M model needs); options come from the course's key terms.
   Everything is validated; questions that leak the answer, drift from the chunk, keep the blank or
   leave out what the sentence says about the answer are dropped, and the chunk's next key term is tried.
2. `cloze_items`: key terms (definitions such as "... is called X" / "se llama X", then YAKE
   keywords) are blanked out of their sentence; distractors are other key terms from the same
   course. A true/false item swaps the key term for a distractor (False) or keeps the sentence (True).

Items are made in the material's language: its stop words and stems, its definition cues, its
lead-ins from the engine's catalogue ("Completa el espacio: ..."). Outside English, YAKE terms are
single words the text also uses as nouns (after an article), so an answer is a whole term
("fracción"), never a noun with its verb ("fracción indica"). The model is asked only for English
material (the bundled 270M model writes English questions).

`generate_quiz` combines both, validates every item and returns drafts; each cites its chunk.
"""
from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from engine.cancel import CancelToken
from engine.errors import LanternError
from engine.i18n import message
from engine.llm.backend import GenerationParams
from engine.text import base_language, guess_language, stem
from engine.text.terms import definition_terms, nouns_in, uses_spaces, words_take_suffixes
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
# A sentence that starts with a pronoun needs the one before it ("This is called ...").
_PRONOUN_START = re.compile(r"^(?:this|that|these|those|it|they|he|she|its|their|such"
                            r"|esto|este|esta|estos|estas|eso|ello|ceci|cela|ce|il|elle|ils|elles"
                            r"|dies|das|es|sie|er|questo|questa|questi|ciò|isso|isto|ele|ela)\b", re.IGNORECASE)
# Pronoun starts in scripts where \b does not work or no space follows (Chinese, Japanese, Korean,
# Arabic, Hindi).
_OTHER_PRONOUNS = ("这", "那", "它", "これ", "それ", "この", "その", "이것", "이 ", "그것",
                   "هذا ", "هذه ", "هي ", "هو ", "इसे ", "इस ", "यह ", "ये ")
_YAKE_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru", "ar")

# Answer-aware generation: we pick the key term (the answer) and the sentence that teaches it; the
# model only writes the question. Measured on the bundled 270M model: asked for question + answer
# (or four options) it copied the example or answered with half a sentence (0 of 4 valid); given
# the answer, about a third of its questions pass validation.
QUIZ_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"question": {"type": "string", "minLength": 10, "maxLength": 120}},
    "required": ["question"],
}

# Worked examples: the model turns the answer's own sentence, with the answer blanked out, into a
# question. Three examples on other topics (with one, the 270M model copied it word for word for every
# chunk of a fractions lesson); no "Answer:" line (shown the answer, it wrote questions that contain
# it, or that ask about another word of the sentence). Measured over 78 chunk x key-term pairs of the
# test courses: one example over the whole passage 20 valid, these (with `asks_about_blank`) 40; on a
# held-out set of 18 pairs from lessons written for the measurement, 6 and 10.
_EXAMPLES = (
    ("Blood carries _____ from the lungs to every cell.", "What does blood carry from the lungs to every cell?"),
    ("The corner where two sides of a triangle meet is called a _____.",
     "What is the corner where two sides of a triangle meet called?"),
    ("Farmers in ancient Egypt grew _____ on the banks of the Nile.",
     "What did farmers in ancient Egypt grow on the banks of the Nile?"),
)
# How many content words on each side of the blank a question must mostly keep: they are what the
# sentence says about the answer ("What is a mixed number?" for the blank in "A mixed number is a
# whole number and a _____ written together" keeps none of them and asks about another term).
_NEAR_WORDS = 2
# Key terms of a chunk the model is asked about before the chunk is left to the cloze items.
_MODEL_TRIES = 2
# Words that say a term is being defined, not what it is: not counted among the words next to a blank.
_CUES = frozenset({"called", "named", "known", "termed", "call", "calls", "name"})
# Why a term was not put to the model at all (no call made).
_NO_TERM = "no key term in the chunk"
_NOT_A_WORD = "the key term is not a whole word of its sentence"

@dataclass(frozen=True)
class KeyTerm:
    term: str
    chunk_id: int
    sentence: str
    score: float          # lower = better (YAKE convention)


def _stable(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def _term_ok(term: str, language: str = "en") -> bool:
    words = content_words(term, language)
    parts = normalise(term).split()
    if language == "en":
        whole = len(words) == len(parts)
    elif not uses_spaces(language):
        whole = True          # content words are character pairs here; the cue found the whole term
    else:
        # Linking words may join a term ("ciclo del agua") but not start or end it.
        whole = bool(parts) and parts[0] in words and parts[-1] in words
    return (bool(words) and whole and len(term) >= (2 if words_take_suffixes(language) else 4)
            and not any(c.isdigit() for c in term) and len(term.split()) <= 3
            and not any(w in _NOT_TERMS for w in words))


def _occurrences(term: str, sentence: str, language: str) -> int:
    if words_take_suffixes(language):
        return sentence.count(term)
    return len(re.findall(rf"(?<!\w){re.escape(term)}(?!\w)", sentence, re.IGNORECASE))


def _sentence_size_ok(sentence: str, language: str) -> bool:
    if not uses_spaces(language):
        return 6 <= len(sentence) <= 80
    return 6 <= len(sentence.split()) <= 40


def key_terms(chunk: SourceChunk, *, language: str = "en", top: int = 12) -> list[KeyTerm]:
    """Key terms of a chunk with the sentence each is taught in: definitions first, then YAKE."""
    lang = base_language(language)
    sents = sentences_of(chunk.text)
    found: dict[str, KeyTerm] = {}
    for s in sents:
        defined = ([m.group("term").strip() for m in _DEFINITION.finditer(s)] if lang == "en"
                   else definition_terms(s, lang))
        for term in defined:
            if _term_ok(term, lang):
                found.setdefault(normalise(term), KeyTerm(term, chunk.id, s, 0.0))
    if lang not in _YAKE_LANGUAGES:
        return sorted(found.values(), key=lambda k: k.score)[:top]
    nouns = nouns_in(chunk.text, lang)
    try:
        import yake

        # Outside English, single words: YAKE's two-word phrases there pair a noun with its verb.
        extractor = yake.KeywordExtractor(lan=lang, n=2 if lang == "en" else 1, top=top * 2, dedup_lim=0.7)
        ranked = extractor.extract_keywords(chunk.text)
    except Exception:  # noqa: BLE001 - YAKE failing on odd text must not stop quiz making
        ranked = []
    for term, score in ranked:
        if not _term_ok(term, lang) or normalise(term) in found:
            continue
        if nouns is not None and normalise(term) not in nouns:
            continue
        # Teach the term where it appears exactly once in a sentence of a sensible length.
        for s in sents:
            if _occurrences(term, s, lang) == 1 and _sentence_size_ok(s, lang):
                found[normalise(term)] = KeyTerm(term, chunk.id, s, float(score) + 0.01)
                break
    return sorted(found.values(), key=lambda k: k.score)[:top]


def _blank(sentence: str, term: str, language: str = "en") -> str:
    if words_take_suffixes(language):
        return sentence.replace(term, BLANK, 1)
    return re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", BLANK, sentence, count=1, flags=re.IGNORECASE)


def _as_written(term: str, sentence: str, language: str) -> str:
    """The key as the sentence writes it (its case), so the option reads naturally."""
    if words_take_suffixes(language):
        return term
    m = re.search(rf"(?<!\w){re.escape(term)}(?!\w)", sentence, re.IGNORECASE)
    return sentence[m.start():m.end()] if m else term


def _stem_text(chunk: SourceChunk, sentence: str, language: str = "en") -> str:
    """The sentence, with the one before it when it starts with "This"/"It" (it needs context), or,
    outside English, when it is too short to stand alone ("Se llaman fracciones equivalentes.")."""
    sents = sentences_of(chunk.text)
    short = language != "en" and uses_spaces(language) and len(sentence.split()) < 5
    pronoun = _PRONOUN_START.match(sentence) or sentence.startswith(_OTHER_PRONOUNS)
    if (pronoun or short) and sentence in sents:
        i = sents.index(sentence)
        if i > 0:
            return f"{sents[i - 1]}{' ' if uses_spaces(language) else ''}{sentence}"
    return sentence


def _plural_mark(term: str, language: str) -> bool | None:
    # Romance languages mark the plural with -s/-x; "Una _____ indica" wants a singular option.
    return term.rstrip().endswith(("s", "x")) if language in ("es", "fr", "pt") else None


def _distractors(answer: str, stem: str, pool: Sequence[KeyTerm], *, n: int, seed: int,
                 chunk_id: int | None = None, language: str = "en", lesson: Collection[int] = ()) -> list[str]:
    """Other key terms of the course, most plausible first: terms of the same lesson (`lesson`: its
    chunk ids; a term from another topic is no choice at all: "equivalent fractions" for a blank about
    the water cycle), defined terms (same chunk first), then terms shaped like the answer (same
    number, where the language marks it); ties broken by a stable shuffle."""
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
    number = _plural_mark(answer, language)
    cands.sort(key=lambda k: (bool(lesson) and k.chunk_id not in lesson, k.score > 0,
                              number is not None and _plural_mark(k.term, language) != number,
                              k.chunk_id != chunk_id, abs(len(k.term.split()) - len(answer.split())),
                              _stable(seed, k.term)))
    return [k.term for k in cands[:n]]


def _lesson_chunks(chunks: Sequence[SourceChunk]) -> dict[Any, frozenset[int]]:
    """Each lesson (document) and the ids of its chunks."""
    out: dict[Any, set[int]] = {}
    for c in chunks:
        out.setdefault(c.document_id, set()).add(c.id)
    return {doc: frozenset(ids) for doc, ids in out.items()}


def _match_case(term: str, like: str) -> str:
    return term[:1].upper() + term[1:] if like[:1].isupper() else term


def material_language(chunks: Sequence[SourceChunk], language: str | None = None) -> str:
    """The language to make items in: the one given, else the material's own (a course made from
    imported files often has none recorded)."""
    if language:
        return base_language(language)
    return guess_language(" ".join(" ".join(c.text.split()[:80]) for c in chunks))


def cloze_items(chunks: Sequence[SourceChunk], *, course_terms: Sequence[str] = (), language: str | None = None,
                per_chunk: int = 3, true_false: bool = True) -> list[QuizItem]:
    """Deterministic fill-in-the-blank (multiple choice) and true/false items; validated drafts.

    Questions are in the material's language (`language`, else guessed from the chunks), with that
    language's lead-ins from the catalogue.
    """
    language = material_language(chunks, language)
    terms_by_chunk = {c.id: key_terms(c, language=language) for c in chunks}
    lessons = _lesson_chunks(chunks)
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
            stem_src = _stem_text(chunk, k.sentence, language)
            question = _blank(stem_src, k.term, language)
            if BLANK not in question:
                continue
            seed = _stable(chunk.id, k.term)
            answer = _as_written(k.term, k.sentence, language)
            fill_in = message("quiz.fill_blank", language, sentence=question)
            wrong = _distractors(answer, stem_src, pool, n=3, seed=seed, chunk_id=chunk.id, language=language,
                                 lesson=lessons[chunk.document_id])
            base: dict[str, Any] = dict(chunk_id=chunk.id, citation=chunk.citation, explanation=k.sentence,
                                        skill=chunk.skill, document_id=chunk.document_id, course_id=chunk.course_id,
                                        origin="cloze")
            if len(wrong) >= 2:
                choices = [answer, *(_match_case(w, answer) for w in wrong)]
                choices.sort(key=lambda c: _stable(seed, "order", c))
                item = QuizItem(kind="choice", question=fill_in, answer=answer, choices=tuple(choices), **base)
            else:
                item = QuizItem(kind="short", question=fill_in, answer=answer, **base)
            if not validate_item(item, chunk.text, language=language):
                items.append(item)
                made += 1
                used_sentences.add(k.sentence)
                if true_false and wrong and made < per_chunk:
                    # Alternate True and False statements so "False" is not always the key.
                    if seed % 2 == 0:
                        statement, key = question.replace(BLANK, _match_case(wrong[0], answer), 1), FALSE
                    else:
                        statement, key = stem_src, TRUE
                    tf_question = message("quiz.true_or_false", language, statement=statement)
                    tf = QuizItem(kind="true_false", question=tf_question, answer=key, choices=(TRUE, FALSE), **base)
                    if not validate_item(tf, chunk.text, language=language):
                        items.append(tf)
                        made += 1
    return items


def _model_prompt(sentence: str) -> str:
    """A completion prompt: the worked examples, then `sentence` (its answer already blanked)."""
    sentence = " ".join(sentence.split())[:800].replace('"""', "''")
    shown = "".join(f'Sentence: """{s}"""\nJSON: {{"question": "{q}"}}\n\n' for s, q in _EXAMPLES)
    return ("Turn each sentence into a question. The answer to the question is the word that fills the blank. "
            f'Keep the words of the sentence.\n\n{shown}Sentence: """{sentence}"""\nJSON:')


def asks_about_blank(question: str, blanked: str, *, language: str = "en") -> bool:
    """The question keeps the content words next to the blank (`_NEAR_WORDS` on each side, in its sentence,
    definition cues such as "called" left out): at least half of them, and one of each side when both
    sides have some. It asks what the sentence says about the answer, not about another of its words
    ("What is a whole number?" for "A mixed number is a whole number and a _____ written together")."""
    lang = base_language(language)
    sentence = next((s for s in sentences_of(blanked) if BLANK in s), blanked)
    before, _, after = sentence.partition(BLANK)
    sides = [[w for w in content_words(part, lang) if w.lower() not in _CUES] for part in (before, after)]
    near = [sides[0][-_NEAR_WORDS:], sides[1][:_NEAR_WORDS]]
    if not near[0] and not near[1]:
        return True
    asked = {stem(w, lang) for w in content_words(question, lang)}
    kept = [sum(stem(w, lang) in asked for w in side) for side in near]
    each_side = all(k > 0 for k, side in zip(kept, near, strict=True) if side)
    return each_side and sum(kept) * 2 >= len(near[0]) + len(near[1])


def model_item(llm: Any, chunk: SourceChunk, *, pool: Sequence[KeyTerm] = (), cancel: CancelToken | None = None,
               seed: int = 0, skip: Iterable[str] = (), lesson: Collection[int] = ()) -> tuple[QuizItem | None, list[str]]:
    """One model-written question for the chunk's best key term (not in `skip`), validated.

    With at least two distractors from `pool` it becomes multiple choice, else short answer.
    Returns the item (None if unusable) and the validation problems.
    """
    skipped = {normalise(t) for t in skip}
    term = next((k for k in key_terms(chunk) if normalise(k.term) not in skipped), None)
    if term is None:
        return None, [_NO_TERM]
    # The blank goes in the term's own sentence, then the sentence before it is put in front when it needs it
    # ("This is called photosynthesis."): a term also said in that sentence would otherwise be blanked there.
    sentence = _blank(term.sentence, term.term)
    if BLANK not in sentence:
        return None, [_NOT_A_WORD]
    stem_text = _stem_text(chunk, term.sentence)
    blanked = f"{stem_text[:-len(term.sentence)]}{sentence}" if stem_text.endswith(term.sentence) else sentence
    try:
        data = llm.generate_json(_model_prompt(blanked), QUIZ_SCHEMA,
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
    wrong = _distractors(answer, question, pool, n=3, seed=_stable(chunk.id, answer), chunk_id=chunk.id, lesson=lesson)
    if len(wrong) >= 2:
        choices = [answer, *(_match_case(w, answer) for w in wrong)]
        choices.sort(key=lambda c: _stable(chunk.id, "order", c))
        item = QuizItem(kind="choice", choices=tuple(choices), **base)  # type: ignore[arg-type]
    else:
        item = QuizItem(kind="short", **base)  # type: ignore[arg-type]
    problems = validate_item(item, chunk.text)
    if "__" in question:
        problems.append("the question still has the blank")
    elif not asks_about_blank(question, blanked):
        problems.append("the question does not ask about the words next to the answer")
    return (None if problems else item), problems


@dataclass(frozen=True)
class QuizGeneration:
    items: tuple[QuizItem, ...]
    model_attempts: int        # calls to the model
    model_chunks: int          # chunks the model was asked about (each counts once against max_model_items)
    model_valid: int
    rejected: tuple[tuple[str, ...], ...]   # problems of each rejected model item
    seconds: float

    @property
    def items_per_second(self) -> float:
        return len(self.items) / self.seconds if self.seconds > 0 else 0.0


def generate_quiz(chunks: Sequence[SourceChunk], *, llm: Any | None = None, n_items: int = 10,
                  course_terms: Iterable[str] = (), language: str | None = None, max_model_items: int = 3,
                  cancel: CancelToken | None = None) -> QuizGeneration:
    """Validated draft items for `chunks`: model items where they validate, cloze items for the rest.

    Items are in `language`, else in the material's language (guessed from the chunks).

    The model is asked for at most `max_model_items` items (each takes seconds on a CPU; 0 = none), with
    up to `_MODEL_TRIES` key terms of a chunk before it is left to the cloze items.
    Items are spread over the chunks (one round over all chunks before a second item from any).
    """
    start = time.perf_counter()
    chunks = [c for c in chunks if c.text.strip()]
    language = material_language(chunks, language)
    items: list[QuizItem] = []
    rejected: list[tuple[str, ...]] = []
    attempts = valid = chunks_asked = 0
    if llm is not None and max_model_items > 0 and base_language(language) == "en":
        pool = [k for c in chunks for k in key_terms(c, language=language)]
        lessons = _lesson_chunks(chunks)
        for chunk in chunks[:min(n_items, max_model_items)]:
            if cancel:
                cancel.raise_if_cancelled()
            chunks_asked += 1
            tried: list[str] = []
            for term in [k.term for k in key_terms(chunk, language=language)][:_MODEL_TRIES]:
                item, problems = model_item(llm, chunk, pool=pool, cancel=cancel, skip=tried,
                                            lesson=lessons[chunk.document_id])
                tried.append(term)
                if problems[:1] in ([_NO_TERM], [_NOT_A_WORD]):
                    continue                      # the model was not asked
                attempts += 1
                if item:
                    valid += 1
                    items.append(item)
                    break
                rejected.append(tuple(problems))
                if problems[0].startswith("model failed"):
                    break                         # the model itself failed: no second term for it
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
    return QuizGeneration(tuple(items), attempts, chunks_asked, valid, tuple(rejected), time.perf_counter() - start)


def _interleave(groups: list[list[QuizItem]]) -> list[list[QuizItem]]:
    out: list[list[QuizItem]] = []
    i = 0
    while any(i < len(g) for g in groups):
        out.append([g[i] for g in groups if i < len(g)])
        i += 1
    return out
