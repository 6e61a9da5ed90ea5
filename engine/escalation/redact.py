"""Personal data out, before anything leaves the device; names back in, when the reply returns.

Redacted: the names of the learner and their classmates (from the roster: full names and each
part of them, any case, with or without accents, with possessives; and a name introduced with
"my name is …", and glued to digits or underscores as in a username: "Amara123"), email
addresses, phone numbers (libphonenumber's validated matcher for the regions in `PHONE_REGIONS`,
then patterns for the rest, including numbers spelled out in words), street addresses and full
postcodes, dates of birth, social handles (`@amara.o`, "Instagram: amara_ok"), and identifiers
(student/ID numbers, card and national-ID-like patterns, long digit runs).
Each distinct value gets a stable placeholder (`[NAME_1]`, `[EMAIL_1]`, ...) so the cloud model
can still say "[NAME_1] has 3 apples"; `restore()` puts the originals back (a person's first name
for a name) in the reply shown on the device.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import phonenumbers

# Where Lantern's schools are; a number valid in any of these is a phone number (libphonenumber's
# metadata knows each country's lengths and prefixes, so "12 45 67 89" in a sum is not one).
PHONE_REGIONS = ("US", "GB", "CA", "AU", "NZ", "IE", "IN", "KE", "NG", "GH", "ZA", "UG", "TZ", "PH", "DE", "FR",
                 "ES", "PT", "BR", "MX")

# Parts of names that are also ordinary words: matched only when capitalised in the text.
_COMMON_WORDS = {
    "will", "grace", "hope", "may", "rose", "joy", "faith", "bill", "mark", "summer", "autumn", "june", "april",
    "august", "art", "sky", "river", "rain", "dawn", "sunny", "ray", "young", "brown", "green", "white", "black",
    "king", "long", "short", "little", "small", "rich", "hill", "wood", "baker", "page", "cook", "lane", "love",
    "star", "pat", "sue", "bob", "penny", "ivy", "amber", "ruby", "pearl", "daisy", "lily", "iris", "jack",
    "rod", "don", "van", "de", "la", "le", "da", "del", "von", "bin", "al", "el", "ben", "max", "guy", "dean",
    "said", "ali", "ada", "eve", "an", "the", "and",
}
_PARTICLES = {"van", "de", "la", "le", "da", "del", "von", "bin", "al", "el", "di", "du", "der", "den", "dos"}

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_URL_WITH_USER = re.compile(r"https?://\S*[?&](?:user|name|email|id)=\S+", re.I)
_ID_WITH_LABEL = re.compile(
    r"\b(?:student|learner|pupil|school|national|passport|roll|admission|enrol(?:l)?ment|registration|social security"
    r"|ssn|id|library card)\s*(?:id\s*)?(?:no\.?|number|num|#|code)?\s*(?:is|:|=)?\s*"
    r"(?=[A-Z0-9-]*\d)([A-Z0-9][A-Z0-9-]{3,})\b", re.I)
_SSN_LIKE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_PHONE = re.compile(
    r"(?<!\w)(?<!\d[.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,6}(?:[\s.-]\d{2,8}){1,4}(?!\w|[.,]\d)"
    r"|(?<!\w)\+\d{8,15}\b|(?<![\w.,])0\d{9,11}\b")
_PHONE_WORDS = re.compile(r"\b(?:phone|call|text|mobile|cell|whats\s?app|number|tel|ring|contact|reach me|dial)\b"
                          r"\W{0,3}\s*(?:\w+\s+){0,3}$",
                          re.I)
_YEAR_RANGE = re.compile(r"(1[89]|20)\d\d\s?[-–]\s?(1[89]|20)\d\d")
_STREET_SUFFIX = (r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|close"
                  r"|crescent|cres|terrace|ter|square|sq|highway|hwy|parkway|pkwy|circle|cir|row|grove|gardens)")
_ADDRESS = re.compile(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'-]*\.?\s+){1,4}" + _STREET_SUFFIX + r"\b\.?"
    r"(?:,?\s*(?:apt|apartment|unit|flat|suite)\.?\s*#?\w+)?"
    r"(?:,\s*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})?"      # a town
    r"(?:,?\s*[A-Z]{2}\b)?(?:,?\s*\d{5}(?:-\d{4})?)?", re.I)
_PO_BOX = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", re.I)
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b", re.I)   # whole: outward and inward code
_LONG_DIGITS = re.compile(r"\b\d{9,}\b")
_CARD = re.compile(r"\b(?:\d{4}[ -]){3}\d{4}\b")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_.]{2,}\b")
_PLATFORMS = (r"instagram|insta|ig|snapchat|snap|tiktok|tik tok|twitter|discord|roblox|minecraft|fortnite|steam"
              r"|telegram|facebook|fb|youtube|twitch|xbox|psn|playstation|gamertag|username|user name|handle|login")
# "Instagram: amara_ok", "my roblox is kid_2013", "username = cool.kid", "roblox username amaraOK2014":
# the name after a platform label (with a Discord-style "#1234" tag, which is part of it).
_HANDLE_BODY = r"[A-Za-z0-9][\w.]{2,29}(?:#\d{4})?"
_ACCOUNT_WORD = r"(?:name|id|handle|username|account|tag)"
_LABELLED_HANDLE = re.compile(
    r"\b(?:" + _PLATFORMS + r")(?:(?:\s+" + _ACCOUNT_WORD + r")?"
    r"(?:\s*[:=]\s*@?(" + _HANDLE_BODY + r")|\s+(?:is|=)\s+@?((?=[\w.]*[_.\d])" + _HANDLE_BODY + r"))"
    r"|\s+" + _ACCOUNT_WORD + r"\s+@?((?=[\w.]*[_.\d])" + _HANDLE_BODY + r"))", re.I)
# "my username is LiamPlaysMaths": after an explicit account word any name-like token is the handle.
_STRONG_HANDLE = re.compile(
    r"\b(?:handle|username|user name|gamertag|gamer tag|account name|login)\s+(?:is|=)\s+@?"
    r"(?!(?:not|wrong|broken|gone|missing|locked|blocked|the|my|a|an|too|very|still)\b)([A-Za-z0-9][\w.]{2,29})",
    re.I)
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|\d)"
# A phone number read out in words: seven or more digit words in a row ("seven seven zero zero nine ...").
_SPELLED_PHONE = re.compile(r"\b" + _DIGIT_WORD + r"(?:[\s,-]+" + _DIGIT_WORD + r"){6,}\b", re.I)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"(?:,?\s+\d{4})?|" + _MONTHS +
         r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})")
_BIRTH_DATE = re.compile(r"\b(?:born\s+(?:on\s+)?|birthday\s+(?:is\s+)?(?:on\s+)?|date of birth\s*(?:is|:)?\s*|"
                         r"d\.?o\.?b\.?\s*(?:is|:)?\s*)(" + _DATE + r")", re.I)
_SELF_INTRO = re.compile(r"\b(?:my name is|my name's|call me|i am called|i'm called)\s+"
                         r"((?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?)", re.I)

_UNKNOWN = {"NAME": "someone", "EMAIL": "an email address", "PHONE": "a phone number", "ADDRESS": "an address",
            "ID": "a number", "DATE": "a date"}
_PLACEHOLDER = re.compile(r"\[?\b(NAME|EMAIL|PHONE|ADDRESS|ID|DATE)_(\d+)\b\]?")


@dataclass(frozen=True)
class Redacted:
    text: str
    replacements: dict[str, str] = field(default_factory=dict)   # placeholder -> what to restore
    counts: dict[str, int] = field(default_factory=dict)         # kind -> how many values were removed

    @property
    def changed(self) -> bool:
        return bool(self.replacements)


class Redactor:
    """Built from the roster (learner first, then classmates); one per device/class."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._people: list[tuple[str, list[str]]] = []   # (first name, name variants longest first)
        for full in names:
            parts = [p for p in re.split(r"[\s]+", full.strip()) if p]
            if not parts:
                continue
            variants = {" ".join(parts)}
            variants.update(p for p in parts if len(p) >= 2 and p.lower() not in _PARTICLES)
            for p in parts:   # hyphenated names: "Mary-Jane" → also "Mary", "Jane"
                if "-" in p:
                    variants.update(x for x in p.split("-") if len(x) >= 2)
            self._people.append((parts[0], sorted(variants, key=len, reverse=True)))
        self._name_re = self._compile()

    def _compile(self) -> re.Pattern[str] | None:
        alts: list[str] = []
        for _first, variants in self._people:
            for v in variants:
                if v.lower() in _COMMON_WORDS:
                    # Capitalised only ("Will", not "will"); accents still optional.
                    first = _VARIANTS.get(_fold(v[0]), v[0]).upper()
                    rest = r"\s+".join(_accent_free_pattern(w) for w in v[1:].split(" "))
                    alts.append(r"(?-i:[" + re.escape(first) + r"])(?:" + rest + ")")
                else:
                    alts.append(r"\s+".join(_accent_free_pattern(w) for w in v.split()))
        if not alts:
            return None
        alts.sort(key=len, reverse=True)
        # Not inside a longer word, but glued to digits or "_" it is still the name: "Amara123", "amara_ok".
        return re.compile(r"(?<![^\W\d_])(?<!@)(?:" + "|".join(alts) + r")(?![^\W\d_])(?!@)", re.I)

    def _person_of(self, found: str) -> int | None:
        low = _fold(" ".join(found.split()))
        for i, (_first, variants) in enumerate(self._people):
            if any(low == _fold(v) for v in variants):
                return i
        return None

    def redact(self, text: str) -> Redacted:
        replacements: dict[str, str] = {}
        counts: dict[str, int] = {}
        seen: dict[tuple[str, str], str] = {}

        def token(kind: str, key: str, restore_as: str) -> str:
            if (kind, key) not in seen:
                n = sum(1 for k in seen if k[0] == kind) + 1
                seen[(kind, key)] = f"[{kind}_{n}]"
                replacements[seen[(kind, key)]] = restore_as
            counts[kind] = counts.get(kind, 0) + 1
            return seen[(kind, key)]

        def sub(pattern: re.Pattern[str] | _PhoneFilter, kind: str, group: int = 0) -> None:
            nonlocal text

            def repl(m: re.Match[str]) -> str:
                value = m.group(group)
                if value is None or _PLACEHOLDER.fullmatch(value.strip("[]")) or not value.strip():
                    return m.group(0)
                t = token(kind, value.lower(), value)
                return m.group(0).replace(value, t) if group else t
            text = pattern.sub(repl, text)

        # Order matters: structured data first (an email contains a name), names last.
        sub(_EMAIL, "EMAIL")
        sub(_URL_WITH_USER, "ID")
        sub(_UK_POSTCODE, "ADDRESS")   # before addresses: "London SW1A 2AA" is not a town called "London SW1A"
        sub(_ADDRESS, "ADDRESS")
        sub(_PO_BOX, "ADDRESS")
        sub(_BIRTH_DATE, "DATE", group=1)
        sub(_ID_WITH_LABEL, "ID", group=1)
        sub(_SSN_LIKE, "ID")
        sub(_CARD, "ID")
        sub(_HANDLE, "ID")
        for group in (1, 2, 3):
            sub(_LABELLED_HANDLE, "ID", group=group)
        sub(_STRONG_HANDLE, "ID", group=1)
        for region in PHONE_REGIONS:   # validated numbers first, in any common format: "(415)5550134"
            text = _sub_valid_phones(text, region, lambda value: token("PHONE", _digits(value), value))
        sub(_SPELLED_PHONE, "PHONE")
        sub(_PHONE_FILTERED, "PHONE")
        sub(_LONG_DIGITS, "ID")
        if self._name_re is not None:
            def name_repl(m: re.Match[str]) -> str:
                who = self._person_of(m.group(0))
                if who is None or _used_as_word(m):
                    return m.group(0)
                return token("NAME", str(who), self._people[who][0])
            text = self._name_re.sub(name_repl, text)

        def intro_repl(m: re.Match[str]) -> str:   # "my name is Kofi" (not on the roster yet)
            name = m.group(1)
            if "[" in name or name.lower() in {"not", "a", "the"}:
                return m.group(0)
            first = name.split()[0]
            return m.group(0).replace(name, token("NAME", "intro:" + name.lower(), first))
        text = _SELF_INTRO.sub(intro_repl, text)
        return Redacted(text, replacements, counts)

    @staticmethod
    def restore(text: str, replacements: dict[str, str]) -> str:
        """Put the originals back; also accepts placeholders the model wrote without brackets."""
        def repl(m: re.Match[str]) -> str:
            key = f"[{m.group(1)}_{m.group(2)}]"
            # A placeholder the model made up has no original: a neutral word, never a raw token.
            return replacements.get(key, _UNKNOWN[m.group(1)])
        return _PLACEHOLDER.sub(repl, text)


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit()) or value.lower()


def _sub_valid_phones(text: str, region: str, replace: object) -> str:
    """Replace every number libphonenumber finds and validates for `region` (placeholders are skipped)."""
    out, last = [], 0
    for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
        out.append(text[last:m.start])
        out.append(replace(m.raw_string))  # type: ignore[operator]
        last = m.end
    return "".join(out) + text[last:] if out else text


def _fold(text: str) -> str:
    """Lower case without accents: "Martínez" and "martinez" are the same name."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _letter_variants() -> dict[str, str]:
    groups: dict[str, set[str]] = {}
    for code in list(range(0xC0, 0x250)) + list(range(ord("a"), ord("z") + 1)):
        ch = chr(code)
        base = _fold(ch)
        if len(base) == 1 and base.isascii() and base.isalpha():
            groups.setdefault(base, {base}).add(ch.lower())
    return {b: "".join(sorted(v)) for b, v in groups.items()}


_VARIANTS = _letter_variants()


def _accent_free_pattern(word: str) -> str:
    """A regex for `word` that also matches it typed with or without accents ("Zoë"/"Zoe")."""
    out = []
    for ch in word:
        base = _fold(ch)
        if len(base) == 1 and base in _VARIANTS:
            out.append("[" + re.escape(_VARIANTS[base] + _VARIANTS[base].upper()) + "]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


_AUX_FOLLOWERS = re.compile(r"\s+(the|a|an|it|i|you|we|they|he|she|this|that|there|these|those|my|your|our|his|"
                            r"her|its|their|be|not|all|any|some|water|ice)\b", re.I)


def _used_as_word(m: re.Match[str]) -> bool:
    """'Will the ice melt?' / 'May I ask?': a name that is also a word, opening a question as a verb."""
    if m.group(0).lower() not in _COMMON_WORDS:
        return False
    before = m.string[:m.start()].rstrip()
    at_sentence_start = not before or before[-1] in ".!?\n"
    return at_sentence_start and _AUX_FOLLOWERS.match(m.string, m.end()) is not None


class _PhoneFilter:
    """Phone-number candidates that are really numbers in a question ("3 4 5", "2.5 - 1.2") are kept:
    a phone has at least 7 digits."""

    def sub(self, repl: object, text: str) -> str:
        def keep_or_replace(m: re.Match[str]) -> str:
            value = m.group(0)
            if sum(c.isdigit() for c in value) < 7 or _YEAR_RANGE.fullmatch(value):
                return value
            groups = re.split(r"[\s,]", value)
            if re.search(r"\d[ ,]$", text[max(0, m.start() - 2):m.start()]) and all(len(g) == 3 for g in groups):
                return value   # "1 000 000 000": thousands groups of a bigger number
            phone_like = any(c in value for c in "+(-.") or value.startswith("0")
            if not phone_like and not _PHONE_WORDS.search(text[max(0, m.start() - 40):m.start()]):
                return value   # "12 45 67 89" in a maths question: numbers, not a phone
            return repl(m)  # type: ignore[operator]
        return _PHONE.sub(keep_or_replace, text)


_PHONE_FILTERED = _PhoneFilter()
