"""Plain first-person statements of a named harm, short enough to be the rules' job (session 28).

A message of 3-5 words needs its line plus `SHORT_MARGIN` in the meaning check (filters.py), and a
plain statement gives the embedder little to read: "im being bullied at school", "ich werde gemobbt",
"me autolesiono desde 5to", "je me scarifie", "mi picchiano a casa" all passed the whole check in
session 28. Each pattern here names the harm in the first person (a verb of the learner's own, or
"they ... me"); a negation, a hypothetical ("if i'm bullied") or a question about it does not match.
"""
from __future__ import annotations

# Where "they hit me" happens decides its category: a school word makes it bullying, a home word (and no
# school word) abuse. Read anywhere in the message ("en el recreo me pegan", "mis padres me pegan").
_AT_SCHOOL = {
    "es": r"(?:recreo|cole|colegio|escuela|clase|patio|insti|instituto|compañeros|companeros|bus)",
    "fr": r"(?:r[ée]cr[ée]?|r[ée]cr[ée]ation|coll[eè]ge|[ée]cole|classe|cour|cantine|bus|lyc[ée]e)",
    "de": r"(?:pause|schule|klasse|schulhof|hof|bus)",
    "it": r"(?:scuola|classe|ricreazione|intervallo|compagni|cortile|pullman|mensa)",
    "pt": r"(?:escola|recreio|classe|sala|col[ée]gio|intervalo|[ôo]nibus)",
}
_AT_HOME = {
    "es": r"(?:en casa|mis padres|mis pap[aá]s|mi padre y mi madre)",
    "fr": r"(?:[àa] la maison|mes parents|chez moi)",
    "de": r"(?:zu hause|zuhause|daheim|meine eltern)",
    "it": r"(?:a casa|i miei|genitori)",
    "pt": r"(?:em casa|meus pais)",
}
_THEY_HIT_ME = {
    "es": r"(?<!\bno )\bme pegan\b",
    "fr": r"\b(?:ils|elles|on|mes parents) me (?:frappent|frappe|tapent|tape|battent)\b",
    "de": r"\b(?:die|sie|alle|meine eltern) (?:\w+ ){0,3}schlagen mich\b(?! nicht| nie)",
    "it": r"(?<!\bnon )\bmi picchiano\b",
    "pt": r"(?<!\bn[ãa]o )(?<!\bnao )\bme batem\b",
}

# -- bullying: the learner is bullied (category "bullying": filters.py compiles BULLYING) -------
BULLYING: dict[str, list[str]] = {
    "en": [r"(?<!\bif )(?<!\bwhen )\b(?:i'?m|i am) (?:still |always |constantly |really )?(?:being |getting )?(?:cyber ?)?bullied\b",
           r"(?<!\bif )(?<!\bwhen )\bi (?:get|got|keep getting) (?:cyber ?)?bullied\b",
           r"(?<!\bif )(?<!\bwhen )\bi(?:'?ve| have) been (?:getting )?(?:cyber ?)?bullied\b",
           r"(?<!\bif )(?<!\bwhen )\b(?:they|everyone|people|kids|some kids|(?:my )?classmates|he|she"
           r"|the (?:older |bigger )?(?:kids|boys|girls)) (?:still |always |keep )?bull(?:y|ies) me\b",
           r"(?<!\bif )(?<!\bwhen )\b(?:they|they'?re|theyre|they are|(?:my )?classmates are|(?:he|she) is|(?:he|she)'?s) bullying me\b"],
    "es": [r"(?<!\bno )\bme (?:hacen|hace|est[aá]n haciendo) (?:bullying|buling|bulling|bullyng|acoso)\b",
           r"\b(?:sufro|estoy sufriendo) (?:de )?(?:bullying|buling|bulling|acoso)\b",
           r"\bsoy v[ií]ctima de (?:bullying|buling|bulling|acoso)\b", r"(?<!\bno )\bme acosan\b",
           rf"^(?=.*\b{_AT_SCHOOL['es']}\b).*?{_THEY_HIT_ME['es']}"],
    "fr": [r"\b(?:je|j'?) ?(?:me fai[st]|suis) harcel(?:er|[ée]e?s?)\b", r"\bjsuis harcel[ée]e?\b", r"\bon me harc[eè]le\b",
           r"\b(?:ils|elles) me harc[eè]lent\b", r"\bje subis du harc[eè]lement\b", r"\bje suis victime de harc[eè]lement\b",
           rf"^(?=.*\b{_AT_SCHOOL['fr']}\b).*?{_THEY_HIT_ME['fr']}"],
    "de": [r"\bich werde?\b(?:(?!\b(?:nicht|nie)\b).){0,30}?\bgemobbt\b",
           r"\b(?:die|sie|alle) (?:\w+ ){0,4}mobben mich\b(?!\s+(?:nicht|nie)\b)",
           rf"^(?=.*\b{_AT_SCHOOL['de']}\b).*?{_THEY_HIT_ME['de']}"],
    "it": [r"\bsono vittima di bullismo\b", r"(?<!\bnon )\bmi fanno (?:il )?bullismo\b", r"\bsubisco (?:il )?bullismo\b",
           r"(?<!\bnon )\bmi bullizzano\b", r"(?<!\bnon )\b(?:sono|vengo) bullizzat[oa]\b",
           rf"^(?=.*\b{_AT_SCHOOL['it']}\b).*?{_THEY_HIT_ME['it']}"],
    "pt": [r"\b(?:sofro|estou sofrendo|to sofrendo|tô sofrendo) (?:de )?(?:bullying|bulling|buling)\b",
           r"\bsou v[ií]tima de (?:bullying|bulling|buling)\b", r"\bfazem (?:bullying|bulling|buling) comigo\b",
           rf"^(?=.*\b{_AT_SCHOOL['pt']}\b).*?{_THEY_HIT_ME['pt']}"],
}

# -- hit at home, said in the plural (added to ABUSE by abuse.py; one person: ABUSE's "me pega") --
HIT_AT_HOME: dict[str, list[str]] = {
    lang: [rf"^(?!.*\b{_AT_SCHOOL[lang]}\b)(?=.*\b{_AT_HOME[lang]}\b).*?{_THEY_HIT_ME[lang]}"] for lang in _THEY_HIT_ME
}

# -- self-injury said with its own verb (added to SELF_HARM by self_harm.py, as the other self-injury rules)
SELF_INJURY_SAID: dict[str, list[str]] = {
    "es": [r"(?<!\bno )\bme (?:autolesiono|autolesion[ée]|autolesionaba)\b", r"(?<!\bno )\bme (?:hago|hac[ií]a) cortes\b"],
    "fr": [r"\b(?:je |j')me (?:scarifie|mutile|suis scarifi[ée]e?|suis mutil[ée]e?)\b"],
    "de": [r"\bich verletze mich (?:(?!nicht\b|nie\b)\w+ )?selbst\b"],
    "it": [r"(?<!\bnon )\bmi (?:autolesiono|autolesionavo|sono autolesionat[oa])\b"],
    "pt": [r"(?<!\bn[ãa]o )\bme (?:automutilo|automutilei|automutilava|autolesiono|autolesionei)\b"],
}

# -- made to vomit, said plainly (added to EATING by eating.py) ---------------------------------
VOMITING_SAID: dict[str, list[str]] = {
    "pt": [r"(?<!\bn[ãa]o )\b(?:eu )?provoco (?:o )?v[ôo]mito\b", r"(?<!\bn[ãa]o )\bme fa[çc]o vomitar\b"],
}

# "me toca" is "it is my turn / I have to" in Spanish ("me toca exponer mañana", "ahora me toca a mí", "me toca
# la profe más estricta", "me toca todo el trabajo"), and every language's rules run on every message: in ABUSE
# (es, pt) "me toca" is touching unless what follows reads as a turn or a duty. Italian "mi tocca studiare" too.
NOT_MY_TURN = (r"(?! (?:a (?:m[ií]m?|ti|vos|usted|voc[eê])\b|ir\b|\w+(?:ar|er|ir|ír|are|ere|ire)\b|todo el trabajo|tudo\b"
               r"|donde (?:mi|el|la|los|mis)\b|cuando (?:termine|acabe|sea|me toque)\b|y (?:despu[eé]s|luego)\b"
               r"|despu[eé]s\b|luego\b|ma[ñn]ana\b|hoy\b|esta semana\b|este finde\b|sin recreo\b|en el grupo\b|con (?:el|la|mi)\b"
               r"|(?:el|la|los|las|un|una|o|a|os|as) (?:turno|vez|profe\w*|maestr\w*|grupo|examen|exposici\w*|presentaci\w*"
               r"|clase|trabajo|tarea|deberes|matem\w*|partido|primer\w*|[uú]ltim\w*|peor|mejor|m[aá]s|lista|prova|aula)\b))")
