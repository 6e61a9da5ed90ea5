"""Who is learning, and how that changes the tutor's replies.

`LearnerProfile` holds grade (K=0 .. 12), language, reading level and accessibility needs.
`style_for(profile)` turns it into a `TutorStyle`: prompt wording for the model plus *deterministic*
limits applied after generation by `shape_reply`, because a 270M base model follows wording only
loosely - the limits are what make each need testable:

- ADHD: one short sentence (one step at a time), then one clear next action.
- dyslexia / autism-friendly: plain words, short sentences, no idioms, literal and predictable
  (same order every time: answer first, then one "Next:" line).
- anxiety-aware: encouraging, low-pressure wording; no timers (`show_timer` False).
- low vision: larger text in the window (`font_scale`); replies unchanged.
- grade / reading level: sentence length and depth grow with the level (measured with engine/text/readability.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from engine.i18n import MessageMap

LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar", "hi")
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
                  "pt": "Portuguese", "ru": "Russian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
                  "ar": "Arabic", "hi": "Hindi"}
NEEDS = ("dyslexia", "low_vision", "adhd", "autism", "anxiety")
NEED_LABELS = {"dyslexia": "Dyslexia", "low_vision": "Low vision", "adhd": "ADHD", "autism": "Autism-friendly",
               "anxiety": "Anxiety-aware"}


@dataclass(frozen=True)
class LearnerProfile:
    id: str
    name: str
    grade: int = 5                        # 0 = kindergarten .. 12
    language: str = "en"
    needs: frozenset[str] = field(default_factory=frozenset)
    reading_level: int | None = None      # grade-equivalent; None = same as grade
    has_pin: bool = False
    avatar: str | None = None             # an icon id from the kiosk's shipped set (assets/avatars)

    @property
    def level(self) -> int:
        """The grade the tutor writes for: the reading level when set, else the grade."""
        return self.reading_level if self.reading_level is not None else self.grade

    def has(self, need: str) -> bool:
        return need in self.needs


@dataclass(frozen=True)
class TutorStyle:
    instructions: str                 # wording added to the model's instructions
    max_sentences: int                # reply length cap (sentences)
    max_words_per_sentence: int       # long sentences are split or cut
    one_step: bool                    # ADHD: one step, then a clear next action
    plain_words: bool                 # dyslexia / autism / young learners: simpler words, no idioms
    literal: bool                     # autism-friendly: no idioms or figures of speech, fixed layout
    encouraging: bool                 # anxiety-aware
    show_timer: bool                  # quizzes show a timer only when this is True
    font_scale: float                 # low vision: the window scales text by this
    supporting_detail: bool           # older learners also get the supporting sentence (depth)
    max_tokens: int                   # generation cap for the model
    language: str


def grade_word(grade: int) -> str:
    return "kindergarten" if grade <= 0 else f"grade {grade}"


def style_for(profile: LearnerProfile) -> TutorStyle:
    level = max(0, min(12, profile.level))
    if level <= 3:
        sentences, words, depth = 2, 12, False
        wording = f"Use very simple, short words a {grade_word(level)} child knows."
    elif level <= 6:
        sentences, words, depth = 3, 16, False
        wording = f"Use simple words for a {grade_word(level)} student."
    elif level <= 9:
        sentences, words, depth = 4, 22, True
        wording = f"Explain clearly for a {grade_word(level)} student."
    else:
        sentences, words, depth = 5, 30, True
        wording = f"Explain precisely, with the correct terms, for a {grade_word(level)} student."
    parts = [wording]
    adhd, plain = profile.has("adhd"), profile.has("dyslexia") or profile.has("autism")
    if adhd:
        sentences, words, depth = 1, min(words, 14), False
        parts.append("Give only one step. Keep it short.")
    if plain:
        words = min(words, 14)
        parts.append("Use plain words and short sentences. Say exactly what you mean.")
    if profile.has("anxiety"):
        parts.append("Be warm and encouraging.")
    return TutorStyle(instructions=" ".join(parts), max_sentences=sentences, max_words_per_sentence=words,
                      one_step=adhd, plain_words=plain or level <= 3, literal=profile.has("autism") or plain,
                      encouraging=profile.has("anxiety"), show_timer=not profile.has("anxiety") and level >= 6,
                      font_scale=1.5 if profile.has("low_vision") else 1.0, supporting_detail=depth,
                      max_tokens=60 if adhd else (80 if level <= 6 else 120), language=profile.language)


# -- deterministic shaping ------------------------------------------------------------------------
IDIOMS = {  # figurative phrase -> literal words (autism-friendly, dyslexia, young learners)
    "a piece of cake": "easy", "piece of cake": "easy", "in a nutshell": "in short", "break a leg": "good luck",
    "hit the books": "study",
    "on the other hand": "but", "a piece of the puzzle": "a part", "under the weather": "ill",
    "the ball is in your court": "it is your turn", "get the hang of": "learn", "once in a blue moon": "rarely",
    "it's raining cats and dogs": "it is raining hard", "bite the bullet": "do the hard thing",
    "hit the nail on the head": "be exactly right", "hit the nail on the head.": "be exactly right.",
    "cost an arm and a leg": "cost a lot", "rule of thumb": "simple rule", "the big picture": "the main idea",
    "in the long run": "over time", "by and large": "mostly", "at the end of the day": "in the end",
    "you've got this": "you can do this", "keep your chin up": "keep going", "think outside the box": "try a new way",
    "when pigs fly": "never", "spill the beans": "tell the secret", "on the same page": "in agreement",
}
PLAIN_WORDS = {
    "utilize": "use", "utilise": "use", "approximately": "about", "commence": "start", "demonstrate": "show",
    "sufficient": "enough", "numerous": "many", "obtain": "get", "assist": "help", "require": "need",
    "requires": "needs", "additional": "more", "consequently": "so", "therefore": "so", "however": "but",
    "subsequently": "then", "facilitate": "help", "individuals": "people", "purchase": "buy", "modify": "change",
    "component": "part", "components": "parts", "indicate": "show", "indicates": "shows", "initial": "first",
    "terminate": "end", "transform": "change", "transforms": "changes", "in order to": "to",
    "a number of": "some", "nevertheless": "but", "furthermore": "also", "moreover": "also",
    "approximately equal": "about the same", "substantial": "big", "sufficiently": "enough",
    "consume": "eat", "consumes": "eats", "construct": "build", "inquire": "ask", "possess": "have",
    "possesses": "has", "retain": "keep", "reside": "live", "resides": "lives", "observe": "see",
}
ENCOURAGE = MessageMap("encourage.doing_well")   # texts: engine/i18n/po/*.po
NEXT_STEP = MessageMap("encourage.next_step")   # texts: engine/i18n/po/*.po

_SPLIT_AT = re.compile(r",\s+(?=(?:but|so)\s)|;\s+", re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    from engine.text import sentences_of     # here: the sign-in cards' first read of the learner book needs no text tools

    return sentences_of(text)


def _replace_phrases(text: str, table: dict[str, str]) -> str:
    for phrase in sorted(table, key=len, reverse=True):
        replacement = table[phrase]

        def keep_case(m: re.Match[str], r: str = replacement) -> str:
            return r.capitalize() if m.group(0)[:1].isupper() else r

        text = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", keep_case, text, flags=re.IGNORECASE)
    return text


def _shorten(sentence: str, max_words: int) -> list[str]:
    """Split a long sentence at a clause joint (", but", ", so", ";") when both halves are real
    clauses; then cut one still too long at its last comma within the limit, or before a closing
    "called X" ("... tiny holes in their leaves. These are called stomata."). A sentence with no
    safe place to cut is kept whole: a broken sentence is worse for a learner than a long one."""
    pieces: list[str] = []
    for p in _SPLIT_AT.split(sentence):
        p = p.strip()
        if pieces and len(p.split()) >= 4 and len(pieces[-1].split()) >= 4:
            pieces.append(re.sub(r"^(?:and|so)\s+", "", p, flags=re.IGNORECASE))
        elif pieces:
            pieces[-1] = f"{pieces[-1]}, {p}"
        else:
            pieces.append(p)
    out: list[str] = []
    for p in pieces:
        out.extend(_finish_sentence(part) for part in _cut(p, max_words))
    return out


_CALLED = re.compile(r"^(?P<head>.{20,}?\b(?P<noun>\w+))\s+called\s+(?P<name>[^,;]{2,60}?)[.!?]?$")


def _cut(piece: str, max_words: int) -> list[str]:
    words = piece.split()
    if len(words) <= max_words:
        return [piece]
    head = " ".join(words[:max_words])
    cut = head.rfind(",")
    if cut > 0 and len(head[:cut].split()) >= 5:
        return [head[:cut]]
    m = _CALLED.match(piece)
    if m and len(m.group("head").split()) >= 5:
        plural = m.group("noun").lower().endswith("s")
        return [m.group("head"), f"{'These are' if plural else 'This is'} called {m.group('name')}"]
    return [piece]


def _finish_sentence(p: str) -> str:
    p = p.rstrip(",;: ")
    p = p[0].upper() + p[1:] if p else p
    if p and p[-1] not in ".!?。！？":
        p += "."
    return p


def shape_reply(text: str, style: TutorStyle, *, next_step: bool | None = None) -> str:
    """Apply a style's deterministic limits to a reply (idioms, plain words, length, layout)."""
    t = " ".join(text.split())
    if not t:
        return t
    if style.literal or style.plain_words:
        t = _replace_phrases(t, IDIOMS)
    if style.plain_words and style.language == "en":
        t = _replace_phrases(t, PLAIN_WORDS)
    sentences: list[str] = []
    spaced = style.language not in ("zh", "ja")
    for s in split_sentences(t):
        sentences += _shorten(s, style.max_words_per_sentence) if spaced else [s]
    sentences = sentences[: style.max_sentences]
    if style.encouraging:
        sentences.insert(0, ENCOURAGE.get(style.language, ENCOURAGE["en"]))
    if next_step if next_step is not None else style.one_step:
        sentences.append(NEXT_STEP.get(style.language, NEXT_STEP["en"]))
    joiner = " " if spaced else ""
    return joiner.join(sentences)
