"""Plain first-person statements of a named harm, short enough to be the rules' job (session 28).

A message of 3-5 words needs its line plus `SHORT_MARGIN` in the meaning check (filters.py), and a
plain statement gives the embedder little to read: "im being bullied at school", "ich werde gemobbt",
"me autolesiono desde 5to", "je me scarifie", "mi picchiano a casa" all passed the whole check in
session 28. Each pattern here names the harm in the first person (a verb of the learner's own, or
"they ... me"); a negation, a hypothetical ("if i'm bullied") or a story does not match it.
"""
from __future__ import annotations

# -- bullying: the learner is bullied (category "bullying": filters.py compiles BULLYING) -------
_AT_SCHOOL = {
    "es": r"(?:recreo|cole|colegio|escuela|clase|patio|insti|instituto|compañeros|companeros|bus)",
    "fr": r"(?:r[ée]cr[ée]?|r[ée]cr[ée]ation|coll[eè]ge|[ée]cole|classe|cour|cantine|bus|lyc[ée]e)",
    "de": r"(?:pause|schule|klasse|schulhof|hof|bus)",
    "it": r"(?:scuola|classe|ricreazione|intervallo|compagni|cortile|pullman|mensa)",
    "pt": r"(?:escola|recreio|classe|sala|col[ée]gio|intervalo|[ôo]nibus)",
}
BULLYING: dict[str, list[str]] = {
    "en": [r"(?<!\bif )(?<!\bwhen )\b(?:i'?m|i am) (?:still |always |constantly |really )?(?:being |getting )?bullied\b",
           r"(?<!\bif )(?<!\bwhen )\bi (?:get|got|keep getting|have been|'ve been|ve been) bullied\b",
           r"\b(?:they|everyone|people|kids|some kids|the (?:older |bigger )?(?:kids|boys|girls)) (?:still |always |keep )?bull(?:y|ies|ying) me\b"],
    "es": [r"(?<!\bno )\bme hacen (?:bullying|buling|bulling|bullyng|acoso)\b",
           r"\bsufro (?:de )?(?:bullying|buling|bulling|acoso)\b", r"\bsoy v[ií]ctima de (?:bullying|buling|bulling|acoso)\b",
           r"(?<!\bno )\bme acosan\b", rf"(?<!\bno )\bme pegan\b(?=.*\b{_AT_SCHOOL['es']}\b)"],
    "fr": [r"\bje (?:me fais|suis) harcel(?:er|[ée]e?s?)\b", r"(?<!\bne )\bon me harc[eè]le\b", r"\bje subis du harc[eè]lement\b",
           r"\bje suis victime de harc[eè]lement\b",
           rf"\b(?:ils|elles|on) me (?:frappent|frappe|tapent|tape)\b(?=.*\b{_AT_SCHOOL['fr']}\b)"],
    "de": [r"\bich werde\b(?!.{0,30}\bnicht\b).{0,30}\bgemobbt\b", r"\b(?:die|sie|alle) (?:\w+ ){0,4}mobben mich\b",
           rf"\b(?:die|sie|alle) (?:\w+ ){{0,3}}schlagen mich\b(?=.*\b{_AT_SCHOOL['de']}\b)"],
    "it": [r"\bsono vittima di bullismo\b", r"(?<!\bnon )\bmi fanno (?:il )?bullismo\b", r"\bsubisco (?:il )?bullismo\b",
           r"(?<!\bnon )\bmi bullizzano\b", rf"(?<!\bnon )\bmi picchiano\b(?=.*\b{_AT_SCHOOL['it']}\b)"],
    "pt": [r"\bsofro (?:de )?(?:bullying|bulling|buling)\b", r"\bsou v[ií]tima de (?:bullying|bulling|buling)\b",
           r"\bfazem (?:bullying|bulling|buling) comigo\b", rf"(?<!\bn[ãa]o )\bme batem\b(?=.*\b{_AT_SCHOOL['pt']}\b)"],
}

# -- hit at home, said in the plural (added to ABUSE by abuse.py; one person: ABUSE's "me pega") --
HIT_AT_HOME: dict[str, list[str]] = {
    "es": [r"(?<!\bno )\bme pegan\b(?=.*\b(?:en casa|mis padres|mis pap[aá]s)\b)"],
    "fr": [r"\b(?:ils|mes parents) me (?:frappent|battent)\b(?=.*\b(?:[àa] la maison|mes parents|chez moi)\b)"],
    "de": [r"\b(?:sie|meine eltern) (?:\w+ ){0,3}schlagen mich\b(?=.*\b(?:zu hause|zuhause|meine eltern|daheim)\b)"],
    "it": [r"(?<!\bnon )\bmi picchiano\b(?=.*\b(?:a casa|i miei|genitori)\b)"],
    "pt": [r"(?<!\bn[ãa]o )\bme batem\b(?=.*\b(?:em casa|meus pais)\b)"],
}

# -- self-injury said with its own verb (added to SELF_HARM by self_harm.py, as the other self-injury rules)
SELF_INJURY_SAID: dict[str, list[str]] = {
    "es": [r"(?<!\bno )\bme (?:autolesiono|autolesion[ée]|autolesionaba)\b", r"(?<!\bno )\bme (?:hago|hac[ií]a|hice) (?:cortes|heridas)\b"],
    "fr": [r"\b(?:je |j')me (?:scarifie|mutile|suis scarifi[ée]e?|suis mutil[ée]e?)\b"],
    "de": [r"\bich verletze mich (?:\w+ )?selbst\b"],
    "it": [r"(?<!\bnon )\bmi (?:autolesiono|autolesionavo|sono autolesionat[oa])\b"],
    "pt": [r"(?<!\bn[ãa]o )\bme (?:automutilo|automutilei|automutilava|autolesiono|autolesionei)\b"],
}

# -- made to vomit, said plainly (added to EATING by eating.py) ---------------------------------
VOMITING_SAID: dict[str, list[str]] = {
    "pt": [r"(?<!\bn[ãa]o )\b(?:eu )?provoco (?:o )?v[ôo]mito\b", r"(?<!\bn[ãa]o )\bme fa[çc]o vomitar\b"],
}

# "me toca" is "it is my turn / I have to" in Spanish ("me toca exponer mañana", "ahora me toca a mí",
# "me toca la profe más estricta"), and every language's rules run on every message: in ABUSE (es, pt) it
# is touching only when what follows says when, where or how ("me toca cuando...", "me toca y dice...").
TOUCHED_WHEN_OR_HOW = (r"(?=\s*(?:,? (?:cuando|donde|y|e|ahi|ahí|quando|onde|sin|sem|mucho|muito|todo|toda)\b"
                       r"| por (?:la noche|las noches|debajo|dentro|todas? partes)| de noite| à noite| a noite"
                       r"| (?:en|em|no|na|nas|nos) (?:mis|meu|minha|meus|minhas|partes|las partes|mi cuerpo|meu corpo)\b))")
