"""What the rule modules share: the languages, the helpers that build a pattern from pieces (`_unless`,
`_either`, `_grouped`), `_extend` (a category table completed with another table), and the look-ahead used by both self-harm and violence (`_NOT_IN_A_GAME`)."""
from __future__ import annotations

LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar", "hi")

# Languages written without spaces between words: match terms as substrings, not whole words.
UNSPACED = frozenset({"zh", "ja"})


def _unless(pattern: str, *exclusions: str) -> str:
    """`pattern`, unless one of the `exclusions` (look-aheads over the whole line) matches. The
    pattern is looked for first, so the exclusions - long word lists read from the start of the line
    - are only tried on the few messages that match (they cost ~35 us a message each otherwise)."""
    return f"^(?=.*?{pattern}){''.join(exclusions)}.*?{pattern}"


def _either(a: str, b: str, gap: int = 40) -> str:
    """`a` then `b`, or `b` then `a`, at most `gap` characters apart."""
    return rf"(?:{a}.{{0,{gap}}}{b}|{b}.{{0,{gap}}}{a})"


def _grouped(pieces: dict[str, str]) -> dict[str, str]:
    """Each language's piece in a group, so that one with alternatives at its top level ("a|b") can be put
    inside a longer pattern ("x.{0,40}" + piece) without its alternatives escaping."""
    return {lang: f"(?:{p})" for lang, p in pieces.items()}


def _extend(table: dict[str, list[str]], addition: dict[str, list[str]]) -> None:
    """Append each language's patterns of `addition` to `table` (in place, after those already there)."""
    for lang, patterns in addition.items():
        table[lang] = [*table[lang], *patterns]


# Not in a game: a jump, a fall, a bomb or a fight in a video game is play ("how do you make a bomb in
# minecraft"). Used by the method questions of self-harm (self_harm.py) and most violence tables (violence.py).
_NOT_IN_A_GAME = (r"(?!.*\b(?:games?|gaming|spiel\w*|juegos?|videojuegos?|jeux?|gioc\w*|jogos?|minecraft|fortnite|roblox"
                  r"|gta|level)\b)")


# Not "في حصة الطبخ ... عشان ما أجرح نفسي" (so that I don't hurt myself, with a cooking-class knife): the purpose
# form right before the words and a kitchen word. "لما" (when), "كل ما" (whenever), "حاولت ما" (I tried not to),
# "again", "but" and blades stay a risk ("أخبي الشفرات حتى لا أجرح نفسي مرة ثانية").
_AR_PURPOSE = r"(?:عشان ما|علشان ما|عشان لا|حتى لا|كي لا|حتى ما)"
_AR_NOT_CARE_IN_A_KITCHEN = (rf"(?!(?=.*(?:سكين|السكين|المطبخ|الطبخ|طبخ))(?=.*{_AR_PURPOSE} (?:أجرح|اجرح) نفسي)"
                             r"(?!.*(?:مرة|شفر|الموس|موس|لكن|بس ما|أقدر|اقدر)))")
