"""What kind of answer a question wants, and whether a sentence holds one.

who → a person (a name, or a person word such as "engineer"); when → a date or time; how
tall/long/far/big/deep/thick/hot/old → a number with a unit; how many/much → a number; where →
a place; "what does X stand for" → the expansion whose initials spell X; "what is X" → a
definition of X ("X is a ...", "... is called X"); why → a reason ("because", "so"). English and
Spanish question words; other questions have no type (every candidate scores the same).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PERSON, NUMBER, MEASURE, DATE, PLACE, EXPANSION, DEFINITION, REASON, TERM, NAMED = (
    "person", "number", "measure", "date", "place", "expansion", "definition", "reason", "term", "named")
MATERIAL = "material"
_MADE_OF = re.compile(r"\b(?:made|built|formed)\s+(?:of|from|out of|with)\b|\bhech[oa]s?\s+de\b|\bformad[oa]s?\s+"
                      r"(?:sobre todo\s+)?(?:de|por)\b|\bconsists? of\b|\bcontains?\b", re.IGNORECASE)

_UNITS = (r"(?:metres?|meters?|m|cm|mm|km|kilometres?|kilometers?|centimetres?|centimeters?|millimetres?|"
          r"millimeters?|miles?|feet|foot|ft|inches?|kg|kilograms?|grams?|g|tonnes?|tons?|litres?|liters?|ml|"
          r"degrees?|°C?|percent|per cent|%|seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
          r"times|steps?|bones?|metros?|kilómetros?|centímetros?|grados?|años?|días?|minutos?|horas?|por ciento)")
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred"
                 " thousand million billion half dozen uno dos tres cuatro cinco seis siete ocho nueve diez cien"
                 " mil millones").split()
_NUMBER = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_MEASURE = re.compile(r"(?:\d[\d,.]*|\b(?:" + "|".join(_NUMBER_WORDS) + r"))\s*(?:-\s*)?" + _UNITS + r"\b",
                      re.IGNORECASE)
# The units that fit what a "how ..." question measures (a length for "how tall", a temperature for
# "how hot"); a number with another unit ("70 times a minute" for "how big") is a weak candidate.
_DIMENSION_UNITS = {
    "length": r"(?:metres?|meters?|m|cm|mm|km|kilometres?|kilometers?|centimetres?|centimeters?|millimetres?|"
              r"millimeters?|miles?|feet|foot|ft|inches?|metros?|kilómetros?|centímetros?|milímetros?)",
    "time": r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|segundos?|minutos?|horas?|días?|años?)",
    "temperature": r"(?:degrees?|°C?|grados?)",
    "mass": r"(?:kg|kilograms?|grams?|g|tonnes?|tons?|pounds?|kilos?|gramos?)",
}
_DIMENSION_OF = {"tall": ("length",), "high": ("length",), "far": ("length",), "deep": ("length",),
                 "wide": ("length",), "thick": ("length",), "big": ("length", "mass"),
                 "large": ("length", "mass"), "small": ("length", "mass"), "long": ("length", "time"),
                 "hot": ("temperature",), "cold": ("temperature",), "heavy": ("mass",), "old": ("time",)}
_TAKES_TIME = re.compile(r"\bhow long\b.*\b(?:take|takes|took|last|lasts|lasted|live|lives|wait)\b", re.IGNORECASE)


def _dimension_fits(dimension: str, sentence: str) -> bool | None:
    """Does a measure in `sentence` have a unit of the question's dimension(s)? None: no dimension."""
    dims = dimension.split(",") if dimension else []
    if not dims:
        return None
    number = r"(?:\d[\d,.]*|\b(?:an?|" + "|".join(_NUMBER_WORDS) + r"))\s*(?:-\s*)?"   # "a year" too
    return any(re.search(number + _DIMENSION_UNITS[d] + r"\b", sentence, re.IGNORECASE) for d in dims)


_YEAR = re.compile(r"\b(?:in|since|from|until|by|about|around|of|en|desde|hasta)\s+(?:the\s+year\s+)?"
                   r"(?:1[0-9]{3}|20[0-9]{2})s?\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:when|whenever|once|as soon as|until|if|after|before|cuando|si|hasta que)\b",
                        re.IGNORECASE)
_NUMBER_PHRASE = re.compile(r"\d[\d,.]*(?:\s*" + _UNITS + r"\b)?|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b(?:\s*"
                            + _UNITS + r"\b)?", re.IGNORECASE)
_SIZE_COMPARE = re.compile(r"\b(?:size of|as (?:big|wide|tall|long|small|heavy) as|about as)\b", re.IGNORECASE)
_MONTHS = ("january february march april may june july august september october november december enero febrero"
           " marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre spring summer autumn fall"
           " winter monday tuesday wednesday thursday friday saturday sunday century").split()
_DATE = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b|\b(?:" + "|".join(_MONTHS) + r")\b|\bo'clock\b|\bevery \w+ years?\b",
                   re.IGNORECASE)
_PERSON_WORDS = re.compile(r"\b(?:people|person|men|women|children|(?:monk|nun|priest|scribe|farmer|worker|printer|"
                           r"soldier|sailor|student|pupil|historian|craftsman|craftsmen|goldsmith|official|merchant|"
                           r"settler|explorer|scientist|engineer|doctor|teacher|inventor|writer|author|painter)s?\b|"
                           r"engineer|doctor|scientist|king|queen|keeper|teacher|inventor|writer|author|"
                           r"painter|explorer|astronaut|architect|builder|president|mayor|captain|he|she|"
                           r"ingeniera?|médic[oa]|científic[oa]|rey|reina)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ'’]+(?:\s+(?:de\s+|da\s+|van\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ'’]+)+")
_PLACE_NOUN = re.compile(r"\b(?:Port|River|Bay|Hills?|Tower|Bridge|Street|Road|Sea|Ocean|Lake|Mount|Mountains?|"
                         r"Island|City|Town|School|Well|Cross|Wall|Guild|Festival|Park|Square|Castle|Church|"
                         r"Museum|Hall|Valley|Forest|North|South|East|West|Chapter|Unit|Figure|Table|Page)\b")
_PLACE = re.compile(r"\b(?:in|at|from|near|inside|on|into|under|below|above|behind|en|de|desde|cerca)\s+"
                    r"(?:the\s+|a\s+|an\s+|el\s+|la\s+)?[\w'’-]+", re.IGNORECASE)
_REASON = re.compile(r"\b(?:because|so|since|as a result|which helps|helps|causes?|so that|in order to|"
                     r"porque|por eso|ya que)\b", re.IGNORECASE)
_DEFINE = re.compile(r"\b(?:is|are|was|means?|es|son|significa)\b\s+(?:a|an|the|one|un|una|el|la|los|las)?\b",
                     re.IGNORECASE)
_CALLED = re.compile(r"\b(?:(?:is|are) called|(?:is|are) known as|se llama|se llaman|stands? for)\b", re.IGNORECASE)
_STAND_FOR = re.compile(r"what\s+(?:does|do)\s+(?:the\s+)?([A-Z]{2,}|[\w.]+)\s+stand\s+for", re.IGNORECASE)


@dataclass(frozen=True)
class QuestionType:
    kind: str | None         # one of the kinds above, or None
    subject: str = ""        # "what is X" → X; "what does X stand for" → X


_WHAT_IS = re.compile(r"^\s*(?:what|who)\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(.+?)\s*\?*\s*$", re.IGNORECASE)
_QUE_ES = re.compile(r"^\s*¿?\s*qu[eé]\s+(?:es|son)\s+(?:un\s+|una\s+|el\s+|la\s+|los\s+|las\s+)?(.+?)\s*\?*\s*$",
                     re.IGNORECASE)


def question_type(question: str) -> QuestionType:
    q = " ".join(question.split())
    low = q.casefold().lstrip("¿¡ ")
    if m := _STAND_FOR.search(q):
        return QuestionType(EXPANSION, m.group(1).strip(".").upper())
    if re.match(r"(?:who|whom|quién|quien|quiénes)\b", low):
        if m := _WHAT_IS.match(q):
            if not re.search(r"\b(?:first|last|designed|invented|discovered)\b", m.group(1), re.IGNORECASE):
                return QuestionType(PERSON, m.group(1))
        return QuestionType(PERSON)
    if re.match(r"(?:when|what year|in what year|which year|cuándo|cuando|en qué año)\b", low):
        # "When does a loop stop?" (present tense, a general rule) wants a condition as much as a date.
        general = re.match(r"(?:when|cuándo|cuando)\s+(?:does|do|is|are|can|will|should|se)\b", low)
        return QuestionType(DATE, "condition" if general else "")
    if re.match(r"(?:on which day|what day|which day|what time|at what time)\b", low):
        return QuestionType(DATE)
    if m := re.match(r"how\s+(tall|long|far|big|high|deep|wide|thick|hot|cold|heavy|old|fast|large|small)\b", low):
        dims = ("time",) if _TAKES_TIME.search(low) else _DIMENSION_OF.get(m.group(1), ())
        return QuestionType(MEASURE, ",".join(dims))
    if re.match(r"(?:how\s+(?:many|much)|cuántos|cuántas|cuánto|cuánta|cuantos|cuantas|cada cuántos)\b", low) \
            or re.search(r"\bhow many\b|\bcuánt[oa]s?\b", low):
        counted = re.search(r"\b(?:how many|cuánt[oa]s)\s+([^\W\d_]+)", low)   # "how many steps" → steps
        return QuestionType(NUMBER, counted.group(1) if counted else "")
    if re.match(r"(?:where|dónde|donde|de dónde|in which (?:country|city|town|place)|which (?:country|city|town)"
                r"|en qué (?:país|lugar))", low) or re.search(r"\bwhere\b", low):
        return QuestionType(PLACE)
    if re.match(r"(?:why|por qué|porque)\b", low):
        return QuestionType(REASON)
    if _MADE_OF.search(low) or re.search(r"\bde qu[eé] est[aá]n?\b", low):
        return QuestionType(MATERIAL)
    if re.search(r"\bcalled\s*\?*$|\bwhat do (?:we|you|people) call\b|\bc[oó]mo se llaman?\b|\bknown as\s*\?*$", low):
        return QuestionType(NAMED)
    if (m := _WHAT_IS.match(q)) or (m := _QUE_ES.match(q)):
        subject = m.group(1)
        if len(subject.split()) <= 4 and not re.search(r"\b(?:of|for|from|with|made|used|in|on|at|de|para)$",
                                                        subject, re.IGNORECASE):
            return QuestionType(DEFINITION, subject)
    if re.match(r"(?:what|which)\b", low) or re.match(r"(?:qué|cuál|cuáles)\b", low):
        return QuestionType(TERM)
    return QuestionType(None)


def _counts(noun: str, sentence: str) -> bool:
    """Is a number in `sentence` followed, within three words, by `noun` (any inflection)?"""
    from engine.answers.words import stem

    target = stem(noun.casefold())
    words = re.findall(r"[\w'’,.]+", sentence.casefold())
    for i, word in enumerate(words):
        if _NUMBER.fullmatch(word.strip(",.")) or re.fullmatch(r"\d[\d,.]*", word.strip(",.")):
            if any(stem(w.strip(",.")) == target for w in words[i + 1:i + 4]):
                return True
    return False


def _person_names(sentence: str, qwords: set[str]) -> list[str]:
    """Capitalised names in `sentence` the question does not name, except places and things
    written with "the" ("the Gutenberg Bible", "the Scientific Revolution": people take no article)."""
    out = []
    for m in _NAME.finditer(sentence):
        name = m.group(0)
        if set(name.casefold().split()) & qwords or _PLACE_NOUN.search(name):
            continue
        if re.search(r"\b(?:the|el|la|los|las)\s+$", sentence[:m.start()], re.IGNORECASE):
            continue
        out.append(name)
    return out


def _initials_match(acronym: str, sentence: str) -> bool:
    letters = [c for c in acronym.upper() if c.isalpha()]
    caps = [w[0].upper() for w in re.findall(r"[A-ZÁÉÍÓÚÑ][\w'’]*", sentence)]
    text = "".join(caps)
    return bool(letters) and "".join(letters) in text


def type_score(qtype: QuestionType, sentence: str, question: str = "") -> float:
    """1.0 when `sentence` holds the kind of answer the question wants, 0.0 when it clearly doesn't,
    0.5 when the question has no type."""
    kind = qtype.kind
    if kind is None or kind == TERM:
        return 0.5
    if kind == PERSON:
        qwords = {w.casefold() for w in re.findall(r"\w+", question)}
        names = _person_names(sentence, qwords)
        cue = bool(_PERSON_WORDS.search(sentence) or re.search(r"\bby\s+(?:the\s+\w+\s+)?[A-Z]", sentence))
        if names:
            return 1.0 if cue else 0.8
        return 0.4 if cue else 0.0
    if kind == MEASURE:
        fits = _dimension_fits(qtype.subject, sentence)
        if fits:
            return 1.0
        if _SIZE_COMPARE.search(sentence) and "length" in qtype.subject.split(","):
            return 0.8
        if _MEASURE.search(sentence):
            return 0.4 if fits is False else 1.0     # a measure, but of something else
        return 0.8 if _SIZE_COMPARE.search(sentence) else 0.3 if _NUMBER.search(sentence) else 0.0
    if kind == NUMBER:
        # "How many ..." never wants a year: a sentence whose only numbers are years is weak.
        if not _NUMBER.search(sentence):
            return 0.0
        if not _NUMBER.search(_YEAR.sub(" ", sentence)):
            return 0.3
        # the number counts what the question counts ("212 stone steps" for "how many steps")
        return 1.0 if not qtype.subject or _counts(qtype.subject, sentence) else 0.4
    if kind == DATE:
        if _DATE.search(sentence):
            return 1.0
        return 1.0 if qtype.subject == "condition" and _CONDITION.search(sentence) else 0.0
    if kind == PLACE:
        qwords = {w.casefold() for w in re.findall(r"\w+", question)}
        named = [n for n in _NAME.findall(sentence) if not set(n.casefold().split()) <= qwords]
        return 1.0 if named else 0.6 if _PLACE.search(sentence) else 0.0
    if kind == EXPANSION:
        if _initials_match(qtype.subject, sentence) and re.search(rf"\b{re.escape(qtype.subject)}\b", sentence):
            return 1.0
        return 0.7 if _initials_match(qtype.subject, sentence) else 0.0
    if kind == MATERIAL:
        return 1.0 if _MADE_OF.search(sentence) else 0.3
    if kind == NAMED:
        return 1.0 if _CALLED.search(sentence) or re.search(r"\b(?:we|you) call\b", sentence, re.I) else 0.4
    if kind == REASON:
        return 1.0 if _REASON.search(sentence) else 0.2
    if kind == DEFINITION:
        subject = qtype.subject.casefold()
        low = sentence.casefold()
        head = subject.split()[-1][:5] if subject else ""
        if head and head in low[:max(40, low.find(head) + 1)] and _DEFINE.search(sentence):
            starts = low.find(head) < 30
            return 1.0 if starts else 0.8
        if head and _CALLED.search(sentence) and head in low:
            return 0.9
        return 0.3 if _DEFINE.search(sentence) else 0.0
    return 0.5


def _closest(matches: list[re.Match[str]], sentence: str, question: str) -> str | None:
    """The match in the clause that shares most words with the question ("... began in 1884, and
    the tower opened in 1887" → 1887 for "When did the tower open?")."""
    if not matches:
        return None
    from engine.answers.words import stems_of

    qstems = stems_of(question)
    bounds = [0, *[m.end() for m in re.finditer(r",\s+(?:and|but|while|y|pero)\b|;|,\s+(?=\w+\s+\w+)"
                                                 r"|\s(?:and|but|while|y|pero)\s+(?=\w+\s+\w+\s+\w+)", sentence)],
              len(sentence) + 1]
    clauses = list(zip(bounds, bounds[1:], strict=False))

    def overlap(m: re.Match[str]) -> int:
        a, b = next((a, b) for a, b in clauses if a <= m.start() < b)
        return len(qstems & stems_of(sentence[a:b]))

    return max(matches, key=overlap).group(0)


def answer_phrases(sentence: str, qtype: QuestionType, question: str, key: str | None) -> list[str]:
    """Everything in `sentence` that could be the answer a hint must not show: `key`, and for a
    date, number or measure every other one the question does not name ("the second Saturday of
    November": both "Saturday" and "November"; "every Thursday since 1620": both)."""
    found = [key] if key else []
    kind = qtype.kind
    pattern = {DATE: _DATE, NUMBER: _NUMBER_PHRASE, MEASURE: _NUMBER_PHRASE}.get(kind or "")
    if pattern is not None:
        qtext = question.casefold()
        found += [m.group(0).strip(" .,") for m in pattern.finditer(sentence)
                  if m.group(0).strip(" .,").casefold() not in qtext]
    out: list[str] = []
    for phrase in sorted(dict.fromkeys(p for p in found if p), key=len, reverse=True):
        if not any(phrase.casefold() in longer.casefold() for longer in out):
            out.append(phrase)
    return out


def key_phrase(sentence: str, qtype: QuestionType, question: str) -> str | None:
    """The part of `sentence` that answers the question (what a Socratic hint blanks), or None
    when the answer is the whole idea of the sentence (a definition, a reason)."""
    kind = qtype.kind
    qwords = {w.casefold() for w in re.findall(r"\w+", question)}
    if kind == PERSON:
        names = _person_names(sentence, qwords)
        return names[0] if names else None
    if kind == MEASURE and (found := _closest(list(_MEASURE.finditer(sentence)), sentence, question)):
        return found
    if kind in (MEASURE, NUMBER):
        numbers = [m for m in re.finditer(r"\d[\d,.]*(?:\s*" + _UNITS + r"\b)?|\b(?:" + "|".join(_NUMBER_WORDS)
                                          + r")\b", sentence, re.IGNORECASE) if m.group(0).casefold() not in qwords]
        found = _closest(numbers, sentence, question)
        return found.rstrip(".,") if found else None
    if kind == DATE:
        years = list(re.finditer(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", sentence))
        dates = [m for m in (years or list(_DATE.finditer(sentence))) if m.group(0).casefold() not in qwords]
        return _closest(dates, sentence, question)
    if kind == EXPANSION:
        caps = re.search(r"(?:the\s+)?((?:[A-Z][\w'’]+\s+(?:of\s+|and\s+|for\s+)?){1,6}[A-Z][\w'’]+)", sentence)
        return caps.group(1) if caps and not re.fullmatch(r"[A-Z]{2,}", caps.group(1)) else None
    if kind == NAMED and (m := re.search(r"(?:called|known as|se llaman?)\s+(?:an?\s+|the\s+|el\s+|la\s+)?"
                                         r"([\w'’-]+(?:\s+[\w'’-]+)?)", sentence, re.IGNORECASE)):
        words = m.group(1).split()
        return words[0] if len(words) > 1 and words[1].casefold() in ("and", "or", "y", "o") else m.group(1)
    if kind in (DEFINITION, REASON, MATERIAL, None):
        return None
    # TERM / PLACE: the word before the question's noun in "what kind of joint" ("hinge joints"),
    # the term the sentence names ("... tubes called xylem"), else the longest content word the
    # sentence adds to the question.
    from engine.answers.words import content_words, stem

    qstems = {stem(w) for w in content_words(question)}
    if kind == TERM and (m := re.search(r"\b(?:kind|type|sort|form)s?\s+of\s+([^\W\d_]+)", question, re.IGNORECASE)):
        noun = stem(m.group(1).casefold())
        words = re.findall(r"[^\W\d_][\w'’-]*", sentence)
        for before, word in zip(words, words[1:], strict=False):
            if stem(word.casefold()) == noun and stem(before.casefold()) not in qstems and content_words(before):
                return before
    if kind == TERM and (m := re.search(r"\b(?:called|known as)\s+(?:an?\s+|the\s+)?([^\W\d_][\w'’-]+)", sentence,
                                        re.IGNORECASE)) and stem(m.group(1).casefold()) not in qstems:
        return m.group(1)
    extra = [w for w in re.findall(r"[^\W\d_][\w'’-]*", sentence)
             if stem(w.casefold()) not in qstems and content_words(w) and len(w) > 3]
    if kind == PLACE:
        named = [n for n in _NAME.findall(sentence) if not set(n.casefold().split()) & qwords]
        if named:
            return named[0]
        # one capitalised word right after a preposition: "the German city of Mainz" → Mainz
        after = [m.group(1) for m in re.finditer(r"\b(?:in|at|from|near|of|to|on)\s+([A-ZÁÉÍÓÚÑ][\w'’-]+)", sentence)
                 if m.group(1).casefold() not in qwords]
        if after:
            return after[0]
    return max(extra, key=len) if extra else None
