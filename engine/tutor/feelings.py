"""Noticing how a learner feels from what they type, and answering like a kind tutor.

Multilingual keyword + pattern rules (12 languages). Three signals, from mild to serious:
*frustrated* (slow down, offer an easier step or a break), *anxious* (reassure, no pressure, no
timer) and *distressed* (sad, lonely, hopeless: be kind, suggest a trusted adult, and raise a
teacher alert that is recorded for sync). Self-harm is not handled here: the safety filter
(engine/safety) answers that first.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from engine.i18n import message
from engine.text import base_language

FeelingKind = Literal["ok", "frustrated", "anxious", "distressed"]

_PATTERNS: dict[str, dict[str, list[str]]] = {
    "distressed": {
        "en": [r"\b(?:i'?m|i am|i feel|feeling) (?:so |really |very )?(?:sad|alone|lonely|hopeless|worthless|miserable|depressed)\b",
               r"\b(?:can'?t stop|keep|been) crying\b", r"\bi'?m crying\b", r"\bnobody (?:likes|cares about|loves) me\b",
               r"\beveryone hates me\b", r"\bi'?m being bullied\b", r"\bi have no friends\b", r"\bi hate my life\b"],
        "es": [r"\bestoy (?:muy )?triste\b", r"\bme siento (?:solo|sola|triste|inútil)\b", r"\bnadie me quiere\b", r"\bestoy llorando\b"],
        "fr": [r"\bje suis (?:très )?triste\b", r"\bje me sens (?:seul|seule|nul|nulle)\b", r"\bpersonne ne m'aime\b", r"\bje pleure\b"],
        "de": [r"\bich bin (?:so |sehr )?traurig\b", r"\bich fühle mich (?:allein|einsam|wertlos)\b", r"\bniemand mag mich\b", r"\bich weine\b"],
        "it": [r"\bsono (?:molto )?triste\b", r"\bmi sento (?:solo|sola|inutile)\b", r"\bnessuno mi vuole bene\b", r"\bsto piangendo\b"],
        "pt": [r"\bestou (?:muito )?triste\b", r"\bme sinto (?:sozinho|sozinha|inútil)\b", r"\bninguém gosta de mim\b", r"\bestou chorando\b"],
        "ru": [r"мне (?:очень )?грустно", r"мне одиноко", r"никто меня не любит", r"я плачу"],
        "zh": [r"很难过", r"好难过", r"很孤独", r"没有人喜欢我", r"我在哭"],
        "ja": [r"悲しい", r"さみしい", r"寂しい", r"誰も好きじゃない", r"泣いて"],
        "ko": [r"너무 슬퍼", r"외로워", r"아무도 날 좋아하지 않", r"울고 있"],
        "ar": [r"أنا حزين", r"أنا حزينة", r"أشعر بالوحدة", r"لا أحد يحبني", r"أبكي"],
        "hi": [r"बहुत उदास", r"अकेला महसूस", r"अकेली महसूस", r"कोई मुझे पसंद नहीं", r"रो रहा", r"रो रही"],
    },
    "anxious": {
        "en": [r"\banxi(?:ety|ous)\b", r"\bnervous\b", r"\bworried\b", r"\bscared (?:of|about)\b", r"\bafraid (?:of|about)\b",
               r"\bpanic", r"\bstressed\b", r"\bfreaking out\b"],
        "es": [r"\bansiedad\b", r"\bnervios[oa]\b", r"\bpreocupad[oa]\b", r"\bmiedo\b", r"\bestresad[oa]\b"],
        "fr": [r"\banxi(?:eux|euse|été)\b", r"\bstress", r"\binqui(?:et|ète)\b", r"\bpeur\b"],
        "de": [r"\bangst\b", r"\bnervös\b", r"\bgestresst\b", r"\bsorgen\b"],
        "it": [r"\bansia\b", r"\bnervos[oa]\b", r"\bpreoccupat[oa]\b", r"\bpaura\b", r"\bstressat[oa]\b"],
        "pt": [r"\bansiedade\b", r"\bansios[oa]\b", r"\bnervos[oa]\b", r"\bpreocupad[oa]\b", r"\bmedo\b"],
        "ru": [r"тревог", r"волнуюсь", r"боюсь", r"нервничаю", r"стресс"],
        "zh": [r"焦虑", r"紧张", r"担心", r"害怕"],
        "ja": [r"不安", r"緊張", r"心配", r"怖い"],
        "ko": [r"불안", r"긴장", r"걱정", r"무서워"],
        "ar": [r"قلق", r"متوتر", r"خائف"],
        "hi": [r"चिंता", r"घबराहट", r"डर लग", r"तनाव"],
    },
    "frustrated": {
        "en": [r"\bi give up\b", r"\bi (?:can'?t|cannot) do (?:this|it)\b", r"\bi (?:still )?don'?t (?:get|understand) (?:it|this|anything)\b",
               r"\bthis is (?:so |too |really )?(?:hard|stupid|impossible|confusing|annoying|pointless)\b",
               r"\bi'?m (?:so |too )?(?:stupid|dumb|bad at)\b", r"\bi hate (?:this|math|maths|school|homework|\w+ing)\b",
               r"\bugh+\b", r"\bargh+\b", r"\bwhatever\b", r"\bi quit\b", r"\bmakes no sense\b", r"[?!]{3,}"],
        "es": [r"\bme rindo\b", r"\bno (?:lo )?entiendo\b", r"\bes (?:muy )?difícil\b", r"\bno puedo\b", r"\bodio\b"],
        "fr": [r"\bj'abandonne\b", r"\bje (?:ne )?comprends (?:rien|pas)\b", r"\bc'est trop dur\b", r"\bj'y arrive pas\b"],
        "de": [r"\bich gebe auf\b", r"\bich verstehe (?:das )?nicht\b", r"\bzu schwer\b", r"\bich kann das nicht\b"],
        "it": [r"\bmi arrendo\b", r"\bnon capisco\b", r"\b(?:è )?troppo difficile\b", r"\bnon ce la faccio\b"],
        "pt": [r"\beu desisto\b", r"\bnão entendo\b", r"\bmuito difícil\b", r"\bnão consigo\b"],
        "ru": [r"сдаюсь", r"не понимаю", r"слишком сложно", r"не могу"],
        "zh": [r"我放弃", r"不懂", r"太难了", r"我做不到"],
        "ja": [r"あきらめ", r"わからない", r"分からない", r"難しすぎ", r"できない"],
        "ko": [r"포기", r"모르겠", r"너무 어려", r"못 하겠"],
        "ar": [r"أستسلم", r"لا أفهم", r"صعب جدا", r"صعب جدًا", r"لا أستطيع"],
        "hi": [r"मैं हार मान", r"समझ नहीं", r"बहुत मुश्किल", r"नहीं कर सकता", r"नहीं कर सकती"],
    },
}

_COMPILED = {kind: {lang: [re.compile(p, re.IGNORECASE) for p in pats] for lang, pats in table.items()}
             for kind, table in _PATTERNS.items()}

# The kind sentences themselves are in the engine's catalogue (engine/i18n): feelings.<kind>.
RESPONSE_MESSAGES = {"frustrated": "feelings.frustrated", "anxious": "feelings.anxious",
                     "distressed": "feelings.distressed"}


@dataclass(frozen=True)
class Feeling:
    kind: FeelingKind
    matched: tuple[str, ...] = ()
    response: str | None = None   # a kind sentence to put before the tutor's help
    alert: bool = False           # a teacher should know (distress)
    slow_down: bool = False       # simpler, shorter, one step; offer an easier item

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")
    return " ".join(t.split())


def detect_feeling(text: str, language: str = "en", *, alert_on_distress: bool = True) -> Feeling:
    """The strongest feeling found in `text` (distressed > anxious > frustrated), or "ok".

    Rules for the learner's language and English are checked (learners mix them).
    """
    lang = base_language(language)
    lang = lang if lang in _COMPILED["frustrated"] else "en"
    t = _norm(text)
    for kind in ("distressed", "anxious", "frustrated"):
        hits = [m.group(0) for code in dict.fromkeys([lang, "en"]) for p in _COMPILED[kind].get(code, [])
                if (m := p.search(t))]
        if hits:
            return Feeling(kind, tuple(hits), message(RESPONSE_MESSAGES[kind], lang),
                           alert=alert_on_distress and kind == "distressed", slow_down=True)
    return Feeling("ok")
