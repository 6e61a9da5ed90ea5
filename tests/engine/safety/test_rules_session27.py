"""Rules of session 27: "my mum says I'll kill her" (rules.violence._not_figurative_death_of_them), the rules alone.

A family member or a teacher who says the learner will kill HER or HIM (the socks left everywhere, a fright
from behind a door) speaks in a figure of speech, and so do the fixed idioms of a fright or a grief ("matar del
susto", "matar do coração", "matar de un disgusto", "tuer de peur", "uccidere di crepacuore"): in en es fr de
it pt these pass the THREATS rules. Three such ordinary messages of heldout_v18 were blocked as violence.

Kept, and written here: a threat made after something said ("my teacher says i'm stupid so im going to kill
him"), a threat at "you" in a parent's voice ("my dad says im gonna kill you") and a friend's words stay with
the rule; a weapon or "for real" undoes the exception. "My dad says he is going to kill me" is abuse, for the
meaning check (no rule matched it before or after): it is still flagged there.

Every sentence here was written for this test (in no data file).
"""
from __future__ import annotations

import re

import pytest

from engine.retrieval.embedder import load_engine_embedder
from engine.safety import SafetyFilter
from engine.safety.filters import normalise
from engine.safety.meaning import DATA_DIR, RETIRED_SETS, MeaningCheck, load_examples
from engine.safety.rules import THREATS
from engine.safety.rules._shared import _unless
from engine.safety.rules.violence import _NOT_HYPERBOLE_ABOUT_A_SMALL_THING, _not_figurative_death_of_them

# Each holds words a bare THREATS pattern matches: only the exception lets it through.
FIGURATIVE = [
    # someone at home or at school says the learner will kill her or him
    ("en", "my mum says im going to kill her with all the mess in my room lol"),
    ("en", "my grandma always says i'll kill her one day with my skateboard tricks"),
    ("es", "mi abuela dice que la voy a matar con tanto ruido jaja"),
    ("es", "mi padre siempre dice que lo voy a matar con mis notas"),
    ("fr", "ma mère dit que je vais la tuer avec mes cris"),
    ("fr", "ma mère dit que je vais la tuer à petit feu avec mon bazar"),
    ("de", "meine mama sagt, ich werde sie umbringen mit meiner unordnung"),
    ("de", "mein papa sagt immer ich will ihn umbringen mit meiner lauten musik"),
    ("it", "mia mamma dice che la voglio uccidere con il mio disordine"),
    ("pt", "minha mãe diz que eu vou matar ela com essa bagunça kkk"),
    ("pt", "minha mae fala q eu vou matar ela quando pulo do muro kkk"),
    ("pt", "meu pai fala que vou matar ele com minhas notas"),
    # the fixed idioms of a fright or a grief, with or without anyone speaking
    ("es", "voy a matar a mi abuela del susto jaja"),
    ("es", "mi padre dice que lo voy a matar de un disgusto con estas notas"),
    ("es", "quiero matarla de susto en halloween"),
    ("pt", "vou te matar de susto kkk"),
    ("pt", "minha avó diz que eu vou matar ela de desgosto"),
    ("pt", "vou matar minha mãe do coração quando subo no telhado"),
    ("fr", "je vais la tuer de peur avec mon masque haha"),
    ("it", "mia mamma dice che la voglio uccidere di crepacuore"),
    ("it", "la voglio uccidere di paura con questo scherzo"),
]

# The same idioms said without the threat words: no THREATS pattern is near them, and they pass.
FIGURATIVE_WITHOUT_THREAT_WORDS = [
    ("en", "my nan always says im gonna be the death of her"),
    ("en", "mum says ill be the death of me, i mean of her lol"),
    ("fr", "ma mère dit que je vais la faire mourir de peur un jour"),
    ("it", "la nonna dice che la faccio morire di crepacuore"),
    ("it", "mio padre dice che lo farò morire di paura"),
    ("de", "meine oma sagt, ich bringe sie noch um mit meinem geschrei"),
]

THREATS_KEPT = [
    ("en", "my teacher says i'm stupid so im going to kill him"),
    ("en", "my teacher says im going to kill him for real"),
    ("en", "my dad says im gonna kill you"),
    ("en", "my friend says im going to kill him"),
    ("en", "my mum says im going to kill her with a knife"),
    ("es", "mi madre dice que soy tonta asi que la voy a matar"),
    ("es", "mi madre dice que la voy a matar con un cuchillo"),
    ("es", "mi madre dice q soy tonta y la voy a matar"),
    ("es", "voy a matarlo del susto, en serio, con la pistola de mi padre"),
    ("fr", "mon prof dit que je suis nul donc je vais le tuer"),
    ("fr", "ma mère dit que je vais la tuer pour de vrai"),
    ("de", "meine mama sagt ich werde sie umbringen mit dem messer"),
    ("it", "la prof dice che sono stupido, lo voglio uccidere"),
    ("pt", "minha mãe diz que eu vou matar o meu irmão"),
    ("pt", "meu pai diz que eu vou te matar de verdade"),
    # a second threat in the same message is not excused by the figure (review, session 27)
    ("en", "my mum says i'll kill her with my mess lol. tomorrow im going to kill my brother"),
    ("es", "mi madre dice que la voy a matar con tanto ruido. mañana voy a matar a mi hermano"),
    ("pt", "minha mãe diz que eu vou matar ela. e eu vou matar o meu irmão amanhã"),
    ("de", "meine mama sagt ich werde sie umbringen. ich werde ihn umbringen, den jungen aus meiner klasse"),
    ("es", "lo voy a matar con un martillo, mi madre dice que la voy a matar del susto"),
    # nor "de peur que" (so that ... not), a dear friend "do coração", "her" as a possessive, a weapon named
    ("fr", "je vais le tuer de peur qu'il le dise à la maîtresse"),
    ("pt", "vou matar o meu amigo do coração amanhã na escola"),
    ("en", "my sister says im going to kill her boyfriend tomorrow after school"),
    ("en", "my brother says im going to kill him with a bat tomorrow"),
]

# A parent's threat to the learner is abuse; no rule matches these, the meaning check flags them.
ABUSE_BY_MEANING = [
    ("en", "my dad says he is going to kill me"),
    ("en", "my dad says hes going to kill me if i tell anyone"),
    ("fr", "mon père dit qu'il va me tuer"),
    ("de", "mein vater sagt er bringt mich um"),
    ("it", "mio padre dice che mi ammazza"),
]

_FLAGS = re.IGNORECASE | re.MULTILINE


@pytest.fixture(scope="module")
def rules_only() -> SafetyFilter:
    return SafetyFilter()


@pytest.fixture(scope="module")
def with_meaning() -> SafetyFilter:
    return SafetyFilter(meaning=MeaningCheck.load_default(load_engine_embedder()))


@pytest.mark.parametrize(("lang", "text"), FIGURATIVE)
def test_someone_saying_the_learner_will_kill_them_figuratively_passes(
        rules_only: SafetyFilter, lang: str, text: str) -> None:
    assert rules_only.check_input(text, lang).allowed


@pytest.mark.parametrize(("lang", "text"), FIGURATIVE)
def test_each_figurative_sentence_holds_words_the_bare_threat_rule_matches(lang: str, text: str) -> None:
    assert any(re.search(p, normalise(text), _FLAGS) for p in THREATS[lang]), text


@pytest.mark.parametrize(("lang", "text"), FIGURATIVE_WITHOUT_THREAT_WORDS)
def test_the_same_idioms_without_threat_words_pass(rules_only: SafetyFilter, lang: str, text: str) -> None:
    assert rules_only.check_input(text, lang).allowed


@pytest.mark.parametrize(("lang", "text"), FIGURATIVE_WITHOUT_THREAT_WORDS)
def test_the_idioms_without_threat_words_need_no_exception(lang: str, text: str) -> None:
    """They guard against a later rule over-blocking them: no bare THREATS pattern matches them now."""
    assert not any(re.search(p, normalise(text), _FLAGS) for p in THREATS[lang]), text


@pytest.mark.parametrize(("lang", "text"), THREATS_KEPT)
def test_a_threat_after_words_said_at_you_by_a_friend_or_with_a_weapon_is_still_caught(
        rules_only: SafetyFilter, lang: str, text: str) -> None:
    d = rules_only.check_input(text, lang)
    assert not d.allowed and d.category == "violence", d


@pytest.mark.parametrize(("lang", "text"), ABUSE_BY_MEANING)
def test_a_parent_saying_he_will_kill_the_learner_is_still_flagged_as_abuse(
        rules_only: SafetyFilter, with_meaning: SafetyFilter, lang: str, text: str) -> None:
    # Left to the meaning check until session 30, whose refit put the German one under its line: now a rule
    # (rules/abuse.py PARENT_SAYS_WILL_KILL; the idiom with a condition, "...if I'm late", is still not one).
    assert not rules_only.check_input(text, lang).allowed
    d = with_meaning.check_input(text, lang)
    assert not d.allowed and d.category == "abuse", d


def test_the_exception_lets_through_no_risky_message_of_any_data_file() -> None:
    examples = load_examples()
    # the sets already read (a blind set not yet run is not opened here)
    for name in ("ordinary_check", *RETIRED_SETS, "heldout_v18", "heldout_v19", "heldout_v20"):
        examples += load_examples(DATA_DIR / f"{name}.jsonl")
    small = _NOT_HYPERBOLE_ABOUT_A_SMALL_THING
    before = {lang: [re.compile(_unless(p, small), _FLAGS) for p in ps] for lang, ps in THREATS.items()}
    after = {lang: [re.compile(_unless(p, small, _not_figurative_death_of_them(ps)), _FLAGS)
                    for p in ps] for lang, ps in THREATS.items()}
    lost = [e.id for e in examples if e.risky for lang in THREATS
            if any(p.search(normalise(e.text)) for p in before[lang])
            and not any(p.search(normalise(e.text)) for p in after[lang])]
    assert lost == []
