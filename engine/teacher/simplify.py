"""Differentiated reading by rules (works with the bundled base model: no model is asked).

For a target grade (and for dyslexia) a passage is made easier by:
1. plain words for formal ones (English list; never a word the passage's facts need);
2. asides in brackets without numbers dropped;
3. long sentences split at their joints (";", ", and", ", but", ", so", ", because", ", which",
   ", while") nearest the middle, until each fits the grade's length (8 + 2 words per grade, at
   most 22; two fewer for dyslexia, which also puts one sentence on each line);
4. key terms glossed with the material's own definitions (from any passage of the course).
Every sentence is kept (only split), so the main sentences survive by construction.

With an instruct GGUF (`llm.info.is_instruct`), `simplify_chunk(llm=...)` first asks the model to
rewrite the passage and keeps its version only if it passes the same fact-survival check; a base
model (the bundled 270M) is never asked, and any failed rewrite falls back to the rules.

Readability before/after (Flesch-Kincaid for English, sentence and word length otherwise), and a
fact-survival check: every key term and number of the original must still be in the easier text.
The result is stored as a draft; learners see it only after the teacher approves it (approval is
refused while facts are missing, unless the teacher insists). Approving reports
`Changes(readings=True)` to the caller's `ChangeTally`; a draft changes nothing learners see.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from engine.changes import ChangeTally, Changes, tally_changes
from engine.errors import LanternError
from engine.store import Store, new_id, utc_now
from engine.teacher.material import course_passages, definitions, mentions, term_stems, text_stems
from engine.text import base_language, normalise
from engine.text.readability import Readability, readability
from engine.text.sentences import sentences_of

__all__ = ["ReadingDraft", "Simplified", "approve_reading", "approved_reading", "fact_terms", "max_sentence_words",
           "missing_facts", "reading_drafts", "rewrite_with_model", "simplify_chunk", "simplify_text"]

_PLAIN_EN = {
    "approximately": "about", "utilize": "use", "utilizes": "uses", "utilized": "used", "consequently": "so",
    "numerous": "many", "therefore": "so", "obtain": "get", "obtains": "gets", "require": "need",
    "requires": "need", "additional": "more", "demonstrate": "show", "demonstrates": "shows", "sufficient": "enough",
    "commence": "start", "commences": "starts", "assist": "help", "assists": "helps", "purchase": "buy",
    "component": "part", "components": "parts", "subsequently": "then", "predominantly": "mostly",
    "primarily": "mostly", "individuals": "people", "construct": "build", "constructs": "builds",
    "continuously": "all the time", "frequently": "often", "initially": "at first", "however": "but",
    "moreover": "also", "furthermore": "also", "inquire": "ask", "observe": "see", "observes": "sees",
    "transform": "change", "transforms": "changes", "generate": "make", "generates": "makes",
    "generating": "making", "facilitate": "help", "facilitates": "helps", "minimal": "small",
    "maximum": "most", "minimum": "least", "possess": "have", "possesses": "has", "reside": "live",
    "resides": "lives", "located": "found", "terminate": "end", "terminates": "ends", "rapidly": "fast",
}
# Joints a long sentence can be cut at, best first, and what the second part starts with.
_JOINTS: tuple[tuple[str, str], ...] = ((r";\s+", ""), (r",\s+and\s+", ""), (r",\s+but\s+", "But "),
                                        (r",\s+so\s+", "So "), (r",\s+because\s+", "This is because "),
                                        (r",\s+which\s+", "This "), (r",\s+while\s+", "At the same time, "),
                                        (r",\s+whereas\s+", "But "), (r",\s+where\s+", "There, "),
                                        (r"\s+because\s+", "This is because "))
_NUMBER = re.compile(r"\d+(?:[.,/:]\d+)*%?")
_ASIDE = re.compile(r"\s*\(([^()\d]*)\)")


def max_sentence_words(grade: int, *, dyslexia: bool = False) -> int:
    return max(6, min(22, 8 + 2 * max(0, grade)) - (2 if dyslexia else 0))


@dataclass(frozen=True)
class Simplified:
    text: str
    glossary: tuple[tuple[str, str], ...]    # (term, the material's defining sentence)
    before: Readability
    after: Readability
    facts: tuple[str, ...]                   # key terms and numbers of the original
    missing: tuple[str, ...]                 # those not found in the easier text

    @property
    def facts_kept(self) -> bool:
        return not self.missing


def _plain_words(text: str, keep: set[str]) -> str:
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        plain = _PLAIN_EN.get(word.lower())
        if plain is None or word.lower() in keep:
            return word
        return plain[:1].upper() + plain[1:] if word[:1].isupper() else plain
    return re.sub(r"[A-Za-z]+", swap, text)


def _split(sentence: str, limit: int) -> list[str]:
    """Cut at the joint nearest the middle (a semicolon first), again and again, while too long."""
    n = len(sentence.split())
    if n <= limit:
        return [sentence]
    best: tuple[int, int, int, int, str] | None = None     # (tier, distance from middle, start, end, lead-in)
    for rank, (pattern, lead) in enumerate(_JOINTS):
        for m in re.finditer(pattern, sentence):
            left_words, right_words = len(sentence[:m.start()].split()), len(sentence[m.end():].split())
            if left_words < 4 or right_words < 4:
                continue
            cand = (0 if rank == 0 else 1, abs(left_words - n // 2), m.start(), m.end(), lead)
            if best is None or cand[:2] < best[:2]:
                best = cand
    if best is None:
        return [sentence]
    _, _, start, end, lead = best
    left = sentence[:start].rstrip(" ,;") + "."
    rest = sentence[end:].strip()
    right = lead + rest if lead else rest[:1].upper() + rest[1:]
    return _split(left, limit) + _split(right, limit)


def fact_terms(text: str, language: str, *, defined: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The facts a simpler version must keep: numbers, terms the material defines that the text
    uses, and the text's own key terms (YAKE, via the quiz generator)."""
    from engine.tutor.quiz import SourceChunk
    from engine.tutor.quizgen import key_terms

    found = list(dict.fromkeys(_NUMBER.findall(text)))
    st = text_stems(text, language)
    found += [t for t in defined if mentions(st, term_stems(t, language))]
    found += [k.term for k in key_terms(SourceChunk(0, text), language=language, top=6)]
    seen: set[str] = set()
    out = []
    for f in found:
        key = normalise(f)
        if key and key not in seen:
            seen.add(key)
            out.append(f)
    return tuple(out)


def _kept(fact: str, text: str, language: str) -> bool:
    if _NUMBER.fullmatch(fact):
        return re.search(rf"(?<![\d.,/]){re.escape(fact)}(?![\d])", text) is not None
    return mentions(text_stems(text, language), term_stems(fact, language))


def missing_facts(facts: tuple[str, ...], text: str, language: str | None = "en") -> tuple[str, ...]:
    """The facts (terms, numbers) that `text` no longer has."""
    lang = base_language(language)
    return tuple(f for f in facts if not _kept(f, text, lang))


def simplify_text(text: str, *, grade: int, language: str | None = "en", dyslexia: bool = False,
                  glossary_source: tuple[tuple[str, str], ...] = ()) -> Simplified:
    """An easier version of `text` for `grade` (see the module doc). `glossary_source`: the course's
    (term, defining sentence) pairs."""
    lang = base_language(language)
    defined = tuple(t for t, _ in glossary_source)
    facts = fact_terms(text, lang, defined=defined)
    keep = {w.lower() for f in facts for w in f.split()}
    work = _ASIDE.sub("", text) if lang == "en" else text
    if lang == "en":
        work = _plain_words(work, keep)
    # Shorter sentences until the grade is reached (English) or nothing more can be cut.
    body = work
    for limit in range(max_sentence_words(grade, dyslexia=dyslexia), 5, -1):
        sentences = [piece for s in sentences_of(work) for piece in _split(s, limit)]
        body = ("\n" if dyslexia else " ").join(sentences)
        reached = readability(body, lang).grade
        if reached is None or reached <= grade + 1:
            break
    own = {normalise(s) for s in sentences_of(text)}
    st = text_stems(text, lang)
    glossary = tuple((term, sentence) for term, sentence in glossary_source
                     if normalise(sentence) not in own and mentions(st, term_stems(term, lang)))
    missing = missing_facts(facts, body, lang)
    return Simplified(body, glossary, readability(text, lang), readability(body, lang), facts, missing)


REWRITE_INSTRUCTIONS = ("Rewrite the text between the quotes for a reader in grade {grade}: short sentences and "
                        "simple words. Keep every number and every key term exactly as written. Do not add facts.")


def rewrite_with_model(llm: Any, text: str, *, grade: int, language: str | None = "en",
                       cancel: Any | None = None, max_tokens: int = 400) -> Simplified | None:
    """The model's own easier version, or None: refused for base models (never asked), and
    dropped when it loses a key term or number of the original."""
    if not getattr(llm.info, "is_instruct", False):
        return None
    from engine.llm.backend import GenerationParams
    from engine.llm.prompts import PromptParts, prompt_format_for

    lang = base_language(language)
    rendered = prompt_format_for(llm.info).render(PromptParts(
        instructions=REWRITE_INSTRUCTIONS.format(grade=grade), question="Rewrite the text.", context=text))
    done = llm.complete(rendered.text, params=GenerationParams(max_tokens=max_tokens, temperature=0.0, seed=0,
                                                               stop=rendered.stop), cancel=cancel)
    body = done.text.strip()
    facts = fact_terms(text, lang)
    missing = missing_facts(facts, body, lang)
    if not body or missing:
        return None
    return Simplified(body, (), readability(text, lang), readability(body, lang), facts, ())


@dataclass(frozen=True)
class ReadingDraft:
    id: str
    course_id: str | None
    chunk_id: int
    target_grade: int
    dyslexia: bool
    original: str
    simplified: str
    glossary: tuple[tuple[str, str], ...]
    before: dict[str, Any]
    after: dict[str, Any]
    missing_facts: tuple[str, ...]
    status: str

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "glossary": [list(g) for g in self.glossary],
                "missing_facts": list(self.missing_facts)}


def _draft(row: Any) -> ReadingDraft:
    return ReadingDraft(row["id"], row["course_id"], row["chunk_id"], row["target_grade"], bool(row["dyslexia"]),
                        row["original"], row["simplified"], tuple(tuple(g) for g in json.loads(row["glossary"])),
                        json.loads(row["before"]), json.loads(row["after"]), tuple(json.loads(row["missing_facts"])),
                        row["status"])


def _readability_json(r: Readability) -> dict[str, Any]:
    return {"grade": None if r.grade is None else round(r.grade, 1), "sentences": r.sentences,
            "words_per_sentence": round(r.words_per_sentence, 1), "chars_per_word": round(r.chars_per_word, 2)}


def simplify_chunk(store: Store, chunk_id: int, *, grade: int, dyslexia: bool = False, llm: Any | None = None,
                   cancel: Any | None = None) -> ReadingDraft:
    """Make and store a draft easier version of one passage of the library (the instruct model's
    rewrite when `llm` is one and it keeps every fact, else the rules; `after.method` says which)."""
    row = store.db.execute("SELECT c.text, d.course_id, COALESCE(d.language, co.language, 'en') FROM chunks c"
                           " JOIN documents d ON d.id = c.document_id JOIN courses co ON co.id = d.course_id"
                           " WHERE c.id = ?", [chunk_id]).fetchone()
    if row is None:
        raise LanternError(f"No passage {chunk_id} in the library.",
                           hint="Pick a passage id from: lantern teacher check --course NAME")
    text, course_id, language = row
    if not 0 <= grade <= 12:
        raise LanternError(f"Grade {grade} is out of range.", hint="Use 0 (kindergarten) to 12.")
    defs = definitions(course_passages(store, course_id), language=language)
    result = simplify_text(text, grade=grade, language=language, dyslexia=dyslexia,
                           glossary_source=tuple((d.term, d.sentence) for d in defs))
    method = "rules"
    if llm is not None and not dyslexia:
        rewritten = rewrite_with_model(llm, text, grade=grade, language=language, cancel=cancel)
        if rewritten is not None:
            result = Simplified(rewritten.text, result.glossary, rewritten.before, rewritten.after, rewritten.facts, ())
            method = "model"
    did, now = new_id(), utc_now()
    with store.write() as db:
        db.execute("INSERT INTO reading_drafts (id, course_id, chunk_id, target_grade, dyslexia, language, original,"
                   " simplified, glossary, before, after, missing_facts, status, created_at, updated_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
                   [did, course_id, chunk_id, grade, int(dyslexia), base_language(language), text, result.text,
                    json.dumps([list(g) for g in result.glossary], ensure_ascii=False),
                    json.dumps(_readability_json(result.before)),
                    json.dumps({**_readability_json(result.after), "method": method}),
                    json.dumps(list(result.missing), ensure_ascii=False), now, now])
    return reading_draft(store, did)


def reading_draft(store: Store, draft_id: str) -> ReadingDraft:
    cur = store.db.execute("SELECT * FROM reading_drafts WHERE id = ?", [draft_id])
    cols = [d[0] for d in cur.description]
    row = cur.fetchone()
    if row is None:
        raise LanternError(f"No reading draft {draft_id!r}.", hint="List them with: lantern teacher simplify --list")
    return _draft(dict(zip(cols, row, strict=True)))


def reading_drafts(store: Store, *, chunk_id: int | None = None, status: str | None = None) -> list[ReadingDraft]:
    sql, args = "SELECT * FROM reading_drafts WHERE 1 = 1", list[Any]()
    if chunk_id is not None:
        sql += " AND chunk_id = ?"
        args.append(chunk_id)
    if status:
        sql += " AND status = ?"
        args.append(status)
    cur = store.db.execute(sql + " ORDER BY created_at, rowid", args)
    cols = [d[0] for d in cur.description]
    return [_draft(dict(zip(cols, r, strict=True))) for r in cur.fetchall()]


def approve_reading(store: Store, draft_id: str, *, force: bool = False,
                    tally: ChangeTally | None = None) -> ReadingDraft:
    """Learners may now see this version (it replaces an earlier approved one for the same passage,
    grade and dyslexia setting). Refused while facts are missing, unless `force`."""
    d = reading_draft(store, draft_id)
    if d.missing_facts and not force:
        raise LanternError(f"The easier version lost facts: {', '.join(d.missing_facts)}.",
                           hint="Edit the material or approve anyway with --force.")
    now = utc_now()
    with store.write() as db:
        db.execute("UPDATE reading_drafts SET status = 'rejected', updated_at = ? WHERE chunk_id = ? AND"
                   " target_grade = ? AND dyslexia = ? AND status = 'approved'",
                   [now, d.chunk_id, d.target_grade, int(d.dyslexia)])
        db.execute("UPDATE reading_drafts SET status = 'approved', updated_at = ? WHERE id = ?", [now, d.id])
        store.record_event(db, "reading.approved", d.id, {"course_id": d.course_id, "chunk_id": d.chunk_id,
                                                          "target_grade": d.target_grade, "text": d.simplified[:12000]})
    tally_changes(tally, Changes(readings=True))
    return reading_draft(store, draft_id)


def approved_reading(store: Store, chunk_id: int, *, grade: int, dyslexia: bool = False) -> ReadingDraft | None:
    """The approved easier version a learner of `grade` should see: the closest grade at or above
    theirs (never an unapproved draft)."""
    rows = [d for d in reading_drafts(store, chunk_id=chunk_id, status="approved") if d.dyslexia == dyslexia]
    fitting = sorted((d for d in rows if d.target_grade >= grade), key=lambda d: d.target_grade)
    return fitting[0] if fitting else None
