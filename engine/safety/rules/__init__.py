"""Built-in safety rules per language: self-harm, violence, abuse, prompt injection, word lists.

Patterns are deliberately *specific* (a first-person wish or plan, a threat at a person), never a
bare word such as "kill" or "die": learners ask about wars, killer whales, batteries that died and
their anxiety about tests, and all of that must get help. Word lists are small defaults; a school
adds or removes words per language with a JSON file (see `SafetyConfig.load`).

One module per kind of risk; each table is a dict of language -> list of regex strings:
- `_shared`: LANGUAGES, UNSPACED, the helpers `_unless`, `_either`, `_grouped`, and `_NOT_IN_A_GAME`.
- `self_harm`: a wish or a plan to die, paraphrases, farewells; completes SELF_HARM with the tables of
  `methods` (how to die, asked about) and `self_injury` (hurting oneself), in the order they were written.
- `violence`: threats and their exceptions; completes VIOLENCE with the tables of `violence_plans`.
- `eating`, `abuse` (abuse and grooming): EATING, ABUSE and GROOMING, each completed in its own module.
- `direct` (session 28): plain first-person statements - BULLYING (its own category), and tables added to
  ABUSE, SELF_HARM and EATING by their modules; "me toca" / "mi tocca" not touching when it reads as a turn.
- `spared` (session 29): family news and a safety-lesson question, taken out before the meaning check
  judges the rest (SPARED_FROM_MEANING; a rule still blocks).
- `injection`, `output` (blocked words, a reply that says to self-harm), `responses` (the kind answers).
engine/safety/filters.py reads the tables through this package (`rules.SELF_HARM`, `rules.LANGUAGES`...).
"""
from __future__ import annotations

from engine.safety.rules._shared import LANGUAGES, UNSPACED
from engine.safety.rules.direct import BULLYING, HIT_AT_HOME, SELF_INJURY_SAID, VOMITING_SAID
from engine.safety.rules.abuse import (ABUSE, ADDRESS_KEPT_SECRET, ADULT_ONLINE_SECRET, BEATEN_AT_HOME, GROOMING,
                                       HIDDEN_BRUISES, LOCKED_IN, STRANGLED_AT_HOME)
from engine.safety.rules.eating import EATING, HUNGER_FOR_WEIGHT, LAXATIVES_TAKEN, STARVING, WEIGHT_TARGET
from engine.safety.rules.injection import INJECTION
from engine.safety.rules.methods import (HEIGHT_LETHALITY, HIGH_ENOUGH, JUMP_FROM_HEIGHT, METHOD_QUESTIONS,
                                         OVERDOSE_QUANTITY, OVERDOSE_QUESTIONS)
from engine.safety.rules.output import BLOCKED_WORDS, OUTPUT_HARM
from engine.safety.rules.responses import (RESPONSES_BY_CATEGORY, SAFE_RESPONSE_BULLYING, SAFE_RESPONSE_EATING,
                                           SAFE_RESPONSE_GROOMING, SAFE_RESPONSE_HARM, SAFE_RESPONSE_INJECTION,
                                           SAFE_RESPONSE_OUTPUT, SAFE_RESPONSE_VIOLENCE)
from engine.safety.rules.self_harm import (DYING_ON_MY_MIND, FUTURE_ABSENCE, LAST_TIME_I_TALK, SELF_HARM,
                                           SELF_HARM_PARAPHRASES, SESSION26_SELF_HARM, SUICIDE_WORD)
from engine.safety.rules.self_injury import (HEATED_OBJECT_ON_SKIN, HIDING_MARKS_FOR_SWIMMING, HIDING_SELF_INJURY,
                                             MARKS_TO_HIDE, PUNISHING_MYSELF, SELF_INFLICTED, SELF_INJURY_DONE,
                                             SELF_INJURY_HABIT, SWALLOWED_AGAIN, UNTIL_IT_BLEEDS)
from engine.safety.rules.spared import DANGER, FAMILY_NEWS, SAFETY_LESSON_QUESTION, SPARED_FROM_MEANING
from engine.safety.rules.violence import THREATS, VIOLENCE
from engine.safety.rules.violence_plans import (AMBUSH_WITH_A_WEAPON, ATTACK_PLANNED, GUN_AND_THREAT, HARM_PLANNED,
                                                HARM_TO_A_CLASSMATE, HEAD_BLOW_QUESTIONS, MAKE_EXPLOSIVE_TO_SCARE,
                                                WEAPON_PLANS)

__all__ = [
    # languages
    "LANGUAGES", "UNSPACED",
    # the category tables engine/safety/filters.py compiles
    "ABUSE", "BULLYING", "EATING", "GROOMING", "INJECTION", "OUTPUT_HARM", "SELF_HARM", "VIOLENCE",
    # the tables added to them
    "ADDRESS_KEPT_SECRET", "ADULT_ONLINE_SECRET", "AMBUSH_WITH_A_WEAPON", "ATTACK_PLANNED", "BEATEN_AT_HOME",
    "DYING_ON_MY_MIND", "FUTURE_ABSENCE", "GUN_AND_THREAT", "HARM_PLANNED", "HARM_TO_A_CLASSMATE",
    "HEAD_BLOW_QUESTIONS", "HEATED_OBJECT_ON_SKIN", "HEIGHT_LETHALITY", "HIDDEN_BRUISES", "HIDING_MARKS_FOR_SWIMMING",
    "HIDING_SELF_INJURY", "HIGH_ENOUGH", "HIT_AT_HOME", "HUNGER_FOR_WEIGHT", "JUMP_FROM_HEIGHT", "LAST_TIME_I_TALK",
    "LAXATIVES_TAKEN", "LOCKED_IN", "MAKE_EXPLOSIVE_TO_SCARE", "MARKS_TO_HIDE", "METHOD_QUESTIONS",
    "OVERDOSE_QUANTITY", "OVERDOSE_QUESTIONS", "PUNISHING_MYSELF", "SELF_HARM_PARAPHRASES", "SELF_INFLICTED", "SELF_INJURY_SAID",
    "SELF_INJURY_DONE", "SELF_INJURY_HABIT", "SESSION26_SELF_HARM", "STARVING", "STRANGLED_AT_HOME",
    "SUICIDE_WORD", "SWALLOWED_AGAIN", "THREATS", "UNTIL_IT_BLEEDS", "VOMITING_SAID", "WEAPON_PLANS", "WEIGHT_TARGET",
    # ordinary kinds the meaning check mistakes for a category, spared from it only (spared.py)
    "DANGER", "FAMILY_NEWS", "SAFETY_LESSON_QUESTION", "SPARED_FROM_MEANING",
    # word lists and the kind answers
    "BLOCKED_WORDS", "RESPONSES_BY_CATEGORY", "SAFE_RESPONSE_BULLYING", "SAFE_RESPONSE_EATING",
    "SAFE_RESPONSE_GROOMING", "SAFE_RESPONSE_HARM", "SAFE_RESPONSE_INJECTION", "SAFE_RESPONSE_OUTPUT",
    "SAFE_RESPONSE_VIOLENCE",
]
