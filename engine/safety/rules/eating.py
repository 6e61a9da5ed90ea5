"""Eating: purging or starving on purpose, hunger to be stopped for a weight goal, a weight target in kilos,
laxatives taken to be thin. `EATING` is its own category, with its own kind answer."""
from __future__ import annotations

from engine.safety.rules._shared import _either, _extend
from engine.safety.rules.direct import VOMITING_SAID

# -- eating: purging or starving on purpose ----------------------------------------------------
EATING: dict[str, list[str]] = {
    "en": [r"\bmake myself (?:sick|throw up|puke|vomit)\b", r"\b(?:throw|threw) up after (?:i eat|eating|meals?|lunch|dinner)\b"],
    "es": [r"\bvomito despu[eé]s de comer\b", r"\bme provoco el v[oó]mito\b"],
    "fr": [r"\bme fais vomir\b", r"\bvomis apr[eè]s (?:le repas|les repas|manger)\b"],
    "de": [r"\bzum (?:brechen|kotzen|erbrechen) bringen\b", r"\bnach dem essen (?:kotze|erbreche|breche)\b"],
    "it": [r"\bmi faccio vomitare\b", r"\bvomito dopo (?:mangiato|aver mangiato|i pasti)\b"],
    "pt": [r"\bme fa[çc]o vomitar\b", r"\bvomito depois de comer\b"],
    "ru": [r"вызываю (?:у себя )?рвоту"],
    "zh": [r"催吐"],
    "ja": [r"食べた(?:後|あと)に吐"],
    "ko": [r"먹고\s?토하"],
    "ar": [r"أتقيأ بعد الأكل", r"أجبر نفسي على التقيؤ"],
    "hi": [r"खाने के बाद उल्टी"],
}
# Starving on purpose, said in the first person: one small thing a day ("im only eating an apple a day
# now"), days without food planned ("gonna skip food for 3 days"), hiding that one does not eat. "The
# caterpillar ate one apple a day" or "we had no food for two days on the hike" is not matched.
STARVING: dict[str, list[str]] = {
    "en": [r"\b(?:i|im|i'm|i am|i've been|ive been) (?:only|just) (?:eat|ate|eating|allow(?:ing)? myself|let(?:ting)? myself "
           r"eat) (?:an?|one|1|half an?) \w+ (?:a|per|each) day\b",
           r"\b(?:i'?m|im|i am|gonna|going to|i'?ll|i will|i want to|i wanna) (?:\w+ ){0,2}(?:skip|skipping|not eat|stop eating)"
           r"\b.{0,15}\bfor (?:\d+|two|three|four|five|a few|several|a couple of) days\b",
           r"\bhide\b.{0,30}\b(?:(?:i'?m|im|ur|you'?re|i am) not eating|i don'?t eat|i dont eat|skipping (?:meals|lunch|breakfast|dinner))\b"],
    "es": [r"\b(?:solo|s[oó]lo) (?:como|com[ií]|estoy comiendo) (?:una|un|media|medio) \w+ (?:al|por|cada) d[ií]a\b",
           r"\b(?:esconder|escondo|ocultar|oculto|disimular|disimulo)\b.{0,30}\b(?:que no como|no comer|que no estoy comiendo"
           r"|que me salto)\b"],
    "fr": [r"\bje (?:ne )?mange (?:que|qu'|plus qu'|plus que) ?(?:une|un|une demi|un demi) \w+ par jour\b",
           r"\bcach\w*\b.{0,30}\b(?:que je (?:ne )?mange (?:pas|plus|rien)|pas manger|que je saute)\b"],
    "de": [r"\bich ess(?:e)? nur (?:noch )?(?:einen|eine|ein|einen halben|eine halbe) \w+ (?:am|pro|jeden) tag\b",
           r"\b(?:verheimlich|versteck|verberg)\w*\b.{0,30}\b(?:nicht(?:s)? (?:mehr )?esse|nichts zu essen|nicht zu essen|auslasse)\b"],
    "it": [r"\bmangio solo (?:una|un|uno|mezza|mezzo) \w+ (?:al|ogni|per) giorno\b",
           r"\bnascond\w*\b.{0,30}\b(?:che non mangio|non mangiare|che salto)\b"],
    "pt": [r"\b(?:como|comi|comendo) s[oó] (?:uma|um|meia|meio) \w+ por dia\b",
           r"\bs[oó] (?:como|comi|to comendo|t[oô] comendo|estou comendo) (?:uma|um|meia|meio) \w+ por dia\b",
           r"\b(?:escond|disfar[çc])\w*\b.{0,30}\b(?:que n[ãa]o como|n[ãa]o comer|que pulo)\b"],
}
_extend(EATING, STARVING)

# Session 22 (what a learner means to do to themselves: see SELF_INFLICTED in self_injury.py); "i'm hungry, when
# is lunch" is not matched. Added to EATING.
# Hunger to be stopped for a weight goal ("how do i stop feeling hungry, i want to lose 5 kilos").
_A_WEIGHT_GOAL = (r"(?=.*\b(?:kilos?|kg|pounds|lbs|weight|weigh|skinny|thin|thinner|fat|peso|peso|pesar|adelgaz\w*|flac[oa]|gord[oa]"
                  r"|poids|peser|maigr\w*|mince|gros|grosse|gewicht|wiegen|abnehm\w*|abzunehmen|dünn|dick|pesare|dimagr\w*"
                  r"|magr[oa]|grass[oa]|emagrec\w*|magr[oa]|gord[oa])\b)")
# The hunger phrase is looked for first: the weight words are read only on the few messages that have one.
HUNGER_FOR_WEIGHT: dict[str, list[str]] = {
    "en": [r"^(?=.*?\b(?:(?:stop|not|never|without) (?:being|feeling|getting) hungry|suppress (?:my |your )?appetite"
           r"|appetite suppressants?|make (?:the |my )?hunger go away)\b)" + _A_WEIGHT_GOAL + r".*?\bhung|^(?=.*?\bappetite)"
           + _A_WEIGHT_GOAL + r".*?\bappetite"],
    "es": [r"^(?=.*?\b(?:dej(?:o|ar) de tener hambre|no tener hambre|quit(?:a|ar|e) (?:el )?hambre|(?:enga[ñn]ar|calmar) (?:el )?hambre)\b)"
           + _A_WEIGHT_GOAL + r".*?\bhambre"],
    "fr": [r"^(?=.*?\b(?:ne (?:plus|pas) avoir faim|coupe(?:r)?[- ]faim|couper la faim|arr[êe]ter d'avoir faim)\b)"
           + _A_WEIGHT_GOAL + r".*?\bfaim"],
    "de": [r"^(?=.*?\b(?:keinen hunger (?:mehr )?(?:haben|zu haben)|hunger (?:unterdrücken|loswerden|wegmachen)|appetitzügler)\b)"
           + _A_WEIGHT_GOAL + r".*?\b(?:hunger|appetit)"],
    "it": [r"^(?=.*?\b(?:non (?:avere|sentire) (?:più )?fame|smettere di avere fame|toglie(?:re)? la fame|spezzafame|fame nervosa)\b)"
           + _A_WEIGHT_GOAL + r".*?\b(?:fame|spezzafame)"],
    "pt": [r"^(?=.*?\b(?:n[ãa]o (?:ter|sentir) fome|parar de (?:ter|sentir) fome|tir(?:a|ar) a fome|inibidor de apetite)\b)"
           + _A_WEIGHT_GOAL + r".*?\b(?:fome|apetite)"],
}
_extend(EATING, HUNGER_FOR_WEIGHT)

# -- embedder blind spot (session 24): a risk the meaning check scores far under its line, written for the six
# Latin-script languages the way children write (no accents, "q", "jveux") --------------------------------
# a weight target in kilos
_KG = r"\d{2,3}(?:[.,]\d)? ?(?:kg|kgs|kilos?|kilo|chili|quilos?|lbs?|pounds)"
_GET_TO = {
    "en": r"(?:get (?:down )?to|go down to|be|reach|weigh|under|below)",
    "es": r"(?:llegar a|bajar a|quedarme en|estar en|pesar|bajar hasta)",
    "fr": r"(?:arriver [àa]|descendre [àa]|passer [àa]|peser|atteindre|faire)",
    "de": r"(?:auf|unter|nur noch)",
    "it": r"(?:arrivare a|scendere a|pesare|stare a|andare a)",
    "pt": r"(?:chegar (?:a|em|nos?)|ficar com|pesar|descer pra|baixar pra)",
}
_I_WANT = {
    "en": r"(?:i (?:want|need|have|wanna|gotta|must|will|am going|'?m going|'?m gonna|m gonna)|im gonna|how (?:do|can) i|i'?d like)",
    "es": r"(?:quiero|tengo q(?:ue)?|necesito|debo|c[oó]mo (?:puedo|hago))",
    "fr": r"(?:je veux|jveux|je dois|jdois|faut q(?:ue)? je|il faut q(?:ue)? je|j'aimerais|je voudrais|comment (?:je|faire))",
    "de": r"(?:ich (?:will|muss|möchte|mochte)|will|muss|wie kann ich|um)",
    "it": r"(?:voglio|devo|vorrei|come (?:faccio|posso))",
    "pt": r"(?:quero|preciso|tenho q(?:ue)?|como (?:eu )?(?:fa[çc]o|posso))",
}
_LOSE = {
    "en": r"(?:lose|drop|get rid of|shed)",
    "es": r"(?:bajar|perder|adelgazar|quitarme)",
    "fr": r"(?:perdre|maigrir de|enlever)",
    "de": r"(?:abnehmen|weniger|weg|runter|verlieren)",
    "it": r"(?:perdere|buttare giù|calare|dimagrire di)",
    "pt": r"(?:perder|emagrecer|eliminar|baixar|tirar)",
}
_NOT_SOMEONE_ELSE = (r"(?!.*\b(?:mom|mum|dad|father|mother|parents?|aunt|uncle|grandma|grandpa|teacher|dog|cat|mam[aá]|pap[aá]|madre|padre"
                     r"|maman|papa|m[èe]re|p[èe]re|mutter|vater|mama|tante|onkel|zia|zio|m[ãa]e|pai|tia|tio|av[óo]|perro|chien|hund|cane|cachorro"
                     r"|gato|chat|katze|gatto|elephant\w*|elefant\w*|él[ée]phant\w*|problem\w*|probl[eè]me|exercise|ejercicio|exercice|aufgabe|esercizio|exerc[íi]cio)\b)")
_A_WEIGHT_IN_KILOS = r"^(?=.*?\d ?(?:kg|kilo|chili|quilo|lb|pound))"
WEIGHT_TARGET: dict[str, list[str]] = {}
for _lang in _GET_TO:
    WEIGHT_TARGET[_lang] = [
        rf"{_A_WEIGHT_IN_KILOS}(?=.*?\b{_KG}\b.{{0,60}}\b{_I_WANT[_lang]}\b.{{0,25}}\b{_GET_TO[_lang]} \d{{2,3}}\b){_NOT_SOMEONE_ELSE}",
        rf"{_A_WEIGHT_IN_KILOS}(?=.*?\b{_I_WANT[_lang]}\b.{{0,25}}\b{_GET_TO[_lang]} \d{{2,3}}\b.{{0,60}}\b{_KG}\b){_NOT_SOMEONE_ELSE}",
        rf"{_A_WEIGHT_IN_KILOS}(?=.*?\b{_I_WANT[_lang]}\b.{{0,40}}\b(?:{_LOSE[_lang]} \d{{1,2}} ?(?:kg|kilos?|kilo|chili|quilos?|lbs?|pounds)|\d{{1,2}} ?(?:kg|kilos?|kilo|chili|quilos?|lbs?|pounds) {_LOSE[_lang]})\b){_NOT_SOMEONE_ELSE}",
    ]

_extend(EATING, WEIGHT_TARGET)

# Session 25: a blind spot of the meaning check on heldout_v12, written as a canonical pattern in en es fr
# de it pt (synonyms, no accents, child spelling), not the dev sentences' words:
# - LAXATIVES_TAKEN: the learner takes or buys laxatives, or asks whether they make one thin; a lesson on
#   what a laxative is, or prunes as a natural one, is not matched. Added to EATING.
_LAXATIVE = r"(?:laxatives?|laxantes?|laxatifs?|abf[üu]hr\w*|lassativ\w*)"
_TAKE_OR_THIN = (r"(?:i (?:take|took|use|used|buy|bought|stole|nicked|drink|drank|eat|ate)|i'?m (?:taking|using)|im (?:taking|using)"
                 r"|(?:me )?tom(?:o|[eé]|ando)|tomarme|compro|compr[eé]|cojo|cog[ií]|robo|rob[eé]|bebo|uso|us[eé]"
                 r"|je (?:prends|bois|vole|ach[eè]te)|j'(?:en )?(?:ai pris|prends|ach[eè]te)|jprends|j'en prends"
                 r"|ich (?:nehm|nehme|trink|kauf|klau)\w*|genommen|geschluckt"
                 r"|prendo|ho preso|compro|rubo|bevo|uso"
                 r"|tomei|comprei|peguei|pego|roubo|bebo|uso|to tomando|estou tomando"
                 r"|lose weight|weight loss|thin|skinny|slim|flat stomach|adelgaz\w*|perder peso|delgad[ao]|flac[ao]"
                 r"|maigri\w*|perdre du poids|mince|abnehm\w*|dünn|dunn|schlank|dimagri\w*|magr[ao]|perdere peso"
                 r"|emagre\w*|perder peso|magr[ao]|sec[ao])")
LAXATIVES_TAKEN: dict[str, list[str]] = {
    lang: [rf"^(?=.*?\b{_LAXATIVE}\b)(?=.*?{_either(_LAXATIVE, _TAKE_OR_THIN, 40)})"] for lang in ("en", "es", "fr", "de", "it", "pt")
}
_extend(EATING, LAXATIVES_TAKEN)
_extend(EATING, VOMITING_SAID)
