"""The kind, safe answers, per language (texts: engine/i18n/po/*.po), and which one each risk category gets."""
from __future__ import annotations

from engine.i18n import MessageMap

# -- the kind, safe answers (per language) -----------------------------------------------------
SAFE_RESPONSE_HARM = MessageMap("safety.harm")   # texts: engine/i18n/po/*.po

SAFE_RESPONSE_VIOLENCE = MessageMap("safety.violence")   # texts: engine/i18n/po/*.po

SAFE_RESPONSE_INJECTION = MessageMap("safety.injection")   # texts: engine/i18n/po/*.po

SAFE_RESPONSE_OUTPUT = MessageMap("safety.output")   # texts: engine/i18n/po/*.po

# -- the meaning check's extra categories (engine/safety/meaning.py) --------------------------
SAFE_RESPONSE_EATING = MessageMap("safety.eating")   # texts: engine/i18n/po/*.po

SAFE_RESPONSE_GROOMING = MessageMap("safety.grooming")   # texts: engine/i18n/po/*.po

SAFE_RESPONSE_BULLYING = MessageMap("safety.bullying")   # texts: engine/i18n/po/*.po

# Which kind answer each risk category gets (rules and the meaning check share it).
RESPONSES_BY_CATEGORY: dict[str, MessageMap] = {
    "self_harm": SAFE_RESPONSE_HARM, "suicide": SAFE_RESPONSE_HARM, "self_injury": SAFE_RESPONSE_HARM,
    "abuse": SAFE_RESPONSE_HARM, "eating": SAFE_RESPONSE_EATING, "grooming": SAFE_RESPONSE_GROOMING,
    "violence": SAFE_RESPONSE_VIOLENCE, "bullying": SAFE_RESPONSE_BULLYING,
}
