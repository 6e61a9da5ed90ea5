"""A plan to hurt people: making a bomb or an explosive, a weapon taken to school or kept for someone, a gun
and a threat, a blow to the head asked about, harm planned against a classmate, an ambush, an attack at
school. Added to VIOLENCE (violence.py), each with its exceptions (a game, the law, a science fair).
"""
from __future__ import annotations

import re

from engine.safety.rules._shared import _either, _grouped

# Making an explosive to frighten or hurt people (a science-fair volcano has no one to scare; a history
# question about a bomb does not make one). Added to VIOLENCE.
_PEOPLE_EN = r"(?:kids|people|class|classmates|him|her|them|bull(?:y|ies)|teachers?|everyone|everybody|school|boys|girls)"
MAKE_EXPLOSIVE_TO_SCARE: dict[str, list[str]] = {
    "en": [r"\b(?:make|build|made|making)\b.{0,25}\b(?:bombs?|explosives?|(?:something|stuff|things?) (?:that|to|which) "
           r"(?:explodes?|blows? up)|firecrackers?|smoke bombs?)\b.{0,40}\b(?:scare|hurt|frighten|get back at|blow up)\b"
           rf".{{0,25}}\b{_PEOPLE_EN}\b"],
    "es": [r"\b(?:hace|hacer|hago|fabric\w*|construir|armar)\b.{0,25}\b(?:bombas?|petardos?|explosivos?|algo que explote)\b"
           r".{0,40}\b(?:asustar|hacer(?:les|le)? da[ñn]o|lastimar|vengarme)\b"],
    "fr": [r"\b(?:fabriqu\w*|faire|fait|construire)\b.{0,25}\b(?:bombes?|p[ée]tards?|explosifs?|truc qui explose)\b"
           r".{0,40}\b(?:faire peur|blesser|faire mal|me venger)\b"],
    "de": [r"\b(?:baut|bauen|bau|macht|machen|bastel\w*)\b.{0,25}\b(?:bomben?|böller|sprengsatz|\w* was explodiert)\b"
           r".{0,50}\b(?:angst|erschrecken|weh tun|verletzen|rache)\b"],
    "it": [r"\b(?:fa|fare|faccio|costruire|costruisco|fabbric\w*)\b.{0,25}\b(?:bomb[ae]|petard[oi]|esplosiv[oi]|qualcosa che esplode)\b"
           r".{0,40}\b(?:spaventare|fare male|ferire|vendicarmi)\b"],
    "pt": [r"\b(?:faz|fazer|fa[çc]o|fabric\w*|construir|montar)\b.{0,25}\b(?:bombas?|bombinhas?|explosivos?|algo que explode)\b"
           r".{0,40}\b(?:assustar|machucar|ferir|me vingar)\b"],
}

# A plan to hurt people: how to make a (homemade) bomb or a Molotov cocktail ("how do u make a bomb with
# kitchen stuff"; a bath bomb, a seed bomb, a water pump - "bomba de agua" - or a pastry is not one),
# a knife or gun taken to school, a list of people who "will pay". Never in a game ("how do you make a
# bomb in minecraft"). Added to VIOLENCE.
WEAPON_PLANS: dict[str, list[str]] = {
    "en": [r"\bhow (?:do|can|could|would|to|should) (?:i |u |you |we |one |someone |ppl |people )?(?:make|build) "
           r"(?:a |an )?(?:homemade |home made |real |pipe |nail |petrol |gas )?(?:bomb|molotov|explosive)s?\b",
           r"\b(?:bring|brought|take|taking|bringing) (?:a |the |my |his |her |our )?(?:\w+'?s )?"
           r"(?:kitchen |hunting |pocket |big |sharp |real )?(?:gun|knife|knives|weapon|pistol|blade|bomb)s?\b.{0,25}\bto (?:school|class)\b",
           r"\blist (?:of|with) .{0,40}\b(?:gonna|going to|will|'ll|deserve to|deserves to|deserved to) "
           r"(?:pay(?! for (?:the|a|an|their|our|lunch|tickets?|food|snacks)\b)|suffer|regret|be sorry|get hurt)\b"],
    "es": [r"\bc[oó]mo (?:se )?(?:hace|hacer|hago|fabric\w*|arm[oa]r?|constru\w*|prepar\w*) (?:una |un )?"
           r"(?:bomba|c[oó]ctel molotov|molotov|explosivo)s?\b(?! de (?:agua|chocolate|crema|semillas|ba[ñn]o|aire))",
           r"\b(?:llev\w*|traer|traigo) (?:un |el |la |una |mi )?(?:cuchillo|navaja|pistola|arma)\b.{0,30}"
           r"\b(?:a la escuela|al colegio|al cole|a clase|al insti\w*)\b",
           r"\blista (?:de|con) .{0,40}\b(?:van a pagar|pagar[aá]n|van a sufrir|sufrir[aá]n|se van a arrepentir|se arrepentir[aá]n"
           r"|merecen sufrir)\b"],
    "fr": [r"\bcomment (?:on |je |tu )?(?:fait|faire|fais|fabriqu\w*|construi\w*|pr[ée]par\w*) (?:une |un )?"
           r"(?:bombe|cocktail molotov|molotov|explosif)s?\b(?! de bain| glac)",
           r"\b(?:am[eè]n\w*|apport\w*|emm[eè]n\w*|ram[eè]n\w*) (?:un |le |la |une |mon )?(?:couteau|flingue|arme|pistolet)\b.{0,30}"
           r"\b(?:[àa] l'[ée]cole|au coll[eè]ge|au lyc[ée]e|en classe)\b",
           r"\bliste (?:de|des|avec) .{0,40}\b(?:vont (?:le )?payer|le paieront|paieront|vont souffrir|vont le regretter"
           r"|vont regretter|regretteront|m[ée]ritent de souffrir)\b"],
    "de": [r"\bwie (?:baut|baue|bau|macht|mache|bastelt|bastel|bastle) (?:man|ich) (?:eine[n]? |nen |ne )?"
           r"(?:bombe|molotow\w*|molotov\w*|sprengsatz|rohrbombe)\b",
           r"\b(?:messer|waffe|pistole|knarre)\b.{0,40}\b(?:mit )?in die (?:schule|klasse)\b",
           r"\bliste (?:mit|von|der|aller) .{0,50}\b(?:bezahlen|leiden|bereuen|büßen)\b"],
    "it": [r"\bcome (?:si )?(?:fa|fare|faccio|costruisc\w*|costruire|prepar\w*|fabbric\w*) (?:una |un )?"
           r"(?:bomba|molotov|ordigno|esplosivo)\b(?! (?:da bagno|di semi|alla crema|di crema|al cioccolato))",
           r"\b(?:port\w*) (?:a scuola )?(?:un |il |lo |la |mio |una )?(?:coltello|pistola|arma)\b.{0,30}\b(?:a scuola|in classe)\b",
           r"\blista (?:di|con|dei|delle|degli) .{0,40}\b(?:pagheranno|la pagheranno|soffriranno|se ne pentiranno|pentiranno"
           r"|devono soffrire|meritano di soffrire)\b"],
    "pt": [r"\bcomo (?:se )?(?:faz|fazer|fa[çc]o|fabric\w*|mont\w*|constru\w*|prepar\w*) (?:uma |um )?"
           r"(?:bomba|coquetel molotov|molotov|explosivo)s?\b(?! de (?:chocolate|banho|sementes|[aá]gua|creme))",
           r"\b(?:lev\w*|trazer|trago) (?:uma |a |um |o |minha |meu )?(?:faca|arma|pistola|rev[oó]lver)\b.{0,30}"
           r"\b(?:pra|para|na|[àa]) (?:escola|sala|aula)\b",
           r"\blista (?:de|com|dos|das) .{0,40}\b(?:v[ãa]o pagar|pagar[ãa]o|v[ãa]o sofrer|v[ãa]o se arrepender|merecem sofrer)\b"],
}
_TO_SCHOOL = re.compile(r"school|cole|insti|[ée]cole|coll|lyc|schule|scuola|escola")
# Nor a science-fair reaction ("an explosive of vinegar and baking soda for the science fair"). A bare
# "experiment" is not enough: "how do you build an explosive device? just for an experiment at school, promise"
# is an excuse, not a lesson.
_NOT_A_SCIENCE_PROJECT = (r"(?!.*\b(?:science|sciences|ciencias|ci[êe]ncias|wissenschaft\w*|scienze"
                          r"|volcano|volc[aá]n|vulc[ãa]o|vulkan|vulcano|vinegar|vinagre|vinaigre|essig|aceto"
                          r"|bicarbonat\w*|baking soda|natron)\b)")

# A gun within reach and a threat ("my uncle keeps a rifle in the shed, on monday they'll see"), and an
# explosive or a firecracker meant for someone's bag, locker or desk. A game is not matched (`_NOT_IN_A_GAME`),
# nor a bath, stink or water bomb. Added to VIOLENCE.
GUN_AND_THREAT: dict[str, list[str]] = {
    "en": [r"\b(?:gun|rifle|shotgun|pistol|revolver)\b.{0,80}\b(?:they'?ll|they will|everyone will|theyre gonna|they'?re going to)"
           r" (?:see|pay|regret it|be sorry)\b",
           r"(?<!bath )(?<!stink )(?<!seed )(?<!glitter )\b(?:firecrackers?|bangers?|explosives?|bombs?)\b.{0,60}"
           r"\b(?:in|into|inside|under) (?:his|her|their|someone'?s|somebody'?s|a kid'?s|this kid'?s|that kid'?s|\w+'s) "
           r"(?:bag|backpack|schoolbag|locker|desk|chair|pencil case)\b"],
    "es": [r"\b(?:escopeta|pistola|rifle|rev[oó]lver|fusil)\b.{0,80}\b(?:ver[aá]n|se van a enterar|se enterar[aá]n|van a ver"
           r"|lo van a pagar|lo pagar[aá]n|me las (?:van a pagar|pagar[aá]n))\b",
           r"\b(?:petardos?|explosivos?|bombas?(?! de (?:agua|chocolate|crema|ba[ñn]o|semillas|humo))(?! f[ée]tidas?| apestosas?))\b"
           r".{0,60}\b(?:en|dentro de) (?:la |el )?(?:mochila|taquilla|pupitre|estuche|casillero|silla) de\b"],
    "fr": [r"\b(?:fusil|pistolet|flingue|revolver|carabine)\b.{0,80}\b(?:vont voir|verront|vont le regretter|vont payer"
           r"|le paieront|vont le payer)\b",
           r"\b(?:p[ée]tards?|explosifs?|bombes?(?! de bain| puantes?| glac\w*))\b.{0,60}\bdans (?:le|la|son|sa) "
           r"(?:sac|cartable|casier|trousse|chaise|pupitre) d(?:e|u|'|es)\b"],
    "de": [r"\b(?:gewehr|pistole|knarre|flinte|revolver)\b.{0,80}\b(?:werden (?:es )?sehen|werden (?:es )?bereuen"
           r"|werden (?:dafür )?(?:bezahlen|büßen)|sollen bezahlen)\b",
           r"(?<!bade)(?<!stink)\b(?:böller\w*|kracher\w*|bomben?|sprengsatz)\b.{0,60}\bin (?:den|die|das|seinen|ihren|seine|ihre)"
           r" (?:rucksack|spind|ranzen|schulranzen|tasche|mäppchen|schultasche)\b"],
    "it": [r"\b(?:fucile|pistola|rivoltella|doppietta)\b.{0,80}\b(?:vedranno|la pagheranno|se ne pentiranno|me la pagheranno)\b",
           r"\b(?:petard\w*|esplosiv\w*|bomb[ae](?! da bagno| di semi| alla crema| puzzolent\w*))\b.{0,60}"
           r"\bnel(?:lo|la|l')? ?(?:zaino|armadietto|banco|astuccio|sedia|cartella) d(?:i|el|ella|ello)\b"],
    "pt": [r"\b(?:espingarda|pistola|rev[oó]lver|rifle|garrucha)\b.{0,80}\b(?:v[ãa]o ver|v[ãa]o se arrepender|v[ãa]o pagar"
           r"|me pagam|v[ãa]o me pagar)\b",
           r"\b(?:bombinhas?|roj[õo]es|explosivos?|bombas?(?! de (?:chocolate|banho|sementes|[aá]gua|creme|fedor)))\b.{0,60}"
           r"\b(?:na|no|dentro da|dentro do) (?:mochila|arm[áa]rio|carteira|cadeira|estojo) d(?:e|o|a)\b"],
}

# Hitting a person on the head, asked about ("if i hit my brother on the head with the iron how long is he
# out"): a plan to hurt someone, told as a question. One's own head ("i hit my head, is it bad") is not
# matched. Added to VIOLENCE.
HEAD_BLOW_QUESTIONS: dict[str, list[str]] = {
    "en": [r"\bif i (?:hit|whack|smash|bonk|smack|bash) (?:someone|somebody|him|her|them|a person|my (?:brother|sister|\w+))"
           r"\b.{0,40}\b(?:head|skull)\b.{0,50}\b(?:how (?:bad|long|hard)|unconscious|knock\w* (?:him|her|them) out|pass out"
           r"|die|dead|kill)\b"],
    "es": [r"\bsi (?:le )?(?:doy|pego|golpeo|tiro)\b.{0,40}\b(?:en la cabeza|la cabeza)\b.{0,50}\b(?:qu[eé] pasa|cu[aá]nto"
           r"|inconsciente|desmay\w*|muere|se muere|grave)\b"],
    "fr": [r"\bsi je (?:lui )?(?:tape|frappe|donne|cogne|balance)\b.{0,40}\b(?:sur la|la) t[êe]te\b.{0,50}\b(?:combien"
           r"|inconscient|s'[ée]vanoui\w*|k\.?o|meurt|grave)\b"],
    "de": [r"\bwenn ich (?:jemandem|jemanden|ihm|ihr|ihn|sie|meinem|meiner)\b.{0,50}\b(?:auf den|an den|gegen den) kopf\b.{0,50}"
           r"\b(?:wie (?:schlimm|lange)|bewusstlos|ohnmächtig|tot|stirbt)\b"],
    "it": [r"\bse (?:gli |le )?(?:do|tiro|sbatto|picchio)\b.{0,40}\b(?:in testa|la testa|sulla testa)\b.{0,50}\b(?:quanto"
           r"|svenut\w*|sviene|muore|grave)\b"],
    "pt": [r"\bse eu (?:bater|der|jogar|acertar)\b.{0,40}\b(?:na cabe[çc]a|a cabe[çc]a)\b.{0,50}\b(?:quanto|desmai\w*"
           r"|desacordad\w*|morre|grave)\b"],
}

# -- embedder blind spot (session 24): a risk the meaning check scores far under its line, written for the six
# Latin-script languages the way children write (no accents, "q", "jveux") --------------------------------
# harm planned against a classmate: fire, a harmful product in their things, stabbing with a school tool
_INTENT = {
    "en": r"(?:i'?ll|i will|im gonna|i'?m gonna|i'?m going to|im going to|gonna|i want to|i wanna|wanna|how (?:do|can|would|to)|how do u)",
    "es": r"(?:voy a|vamos a|quiero|c[oó]mo (?:se|puedo|hago|hacer)|como se)",
    "fr": r"(?:je vais|j'vais|jvais|je veux|comment (?:on|je|faire)|on va)",
    "de": r"(?:ich (?:werde|will|würde)|wie kann (?:ich|man)|wie (?:macht|geht) man)",
    "it": r"(?:voglio|vado a|come (?:si|posso|faccio)|lo faccio|gli faccio)",
    "pt": r"(?:vou|quero|como (?:eu|fa[çc]o|se|posso))",
}
_FIRE = {
    "en": r"(?:set (?:fire to|on fire|alight)|burn down|light (?:a fire|fire) (?:in|at|to))",
    "es": r"(?:prender(?:le)? fuego|pegar(?:le)? fuego|meter(?:le)? fuego|echar(?:le)? fuego|quemar(?:le)?)",
    "fr": r"(?:mettre le feu|foutre le feu|met le feu|br[uû]ler)",
    "de": r"(?:anzünden|anzuzünden|abfackeln|feuer legen|in brand stecken)",
    "it": r"(?:dar(?:e)? fuoco|dargli fuoco|darle fuoco|appiccare (?:il )?fuoco|bruciare)",
    "pt": r"(?:p[ôo]r fogo|botar fogo|tacar fogo|colocar fogo|queimar)",
}
_PROPERTY = {
    "en": r"(?:house|home|door|car|locker|bag|flat|room|shed|garage|bike|hair|desk)",
    "es": r"(?:casa|puerta|coche|carro|mochila|taquilla|pelo|moto|bici)",
    "fr": r"(?:maison|porte|voiture|sac|casier|cheveux|v[ée]lo|appart\w*)",
    "de": r"(?:haus|tür|auto|tasche|spind|haare|fahrrad|wohnung)",
    "it": r"(?:casa|porta|macchina|zaino|armadietto|capelli|motorino|bici)",
    "pt": r"(?:casa|porta|carro|mochila|arm[aá]rio|cabelo|moto|bicicleta)",
}
_HARMFUL = {
    "en": r"(?:burns?|explodes?|blows? up|stings?|itch\w*|rat poison|bleach|poison)",
    "es": r"(?:quema|queme|explota|explote|pica|pique|matarratas|veneno|lej[ií]a)",
    "fr": r"(?:br[uû]le|explose|pique|gratte|mort aux rats|poison|javel)",
    "de": r"(?:brennt|explodiert|ätzt|juckt|rattengift|gift)",
    "it": r"(?:brucia|esplode|pizzica|prude|veleno|topicida|candeggina)",
    "pt": r"(?:queima|explode|arde|co[çc]a|veneno|chumbinho|[áa]gua sanit[áa]ria)",
}
_THEIR_THINGS = {
    "en": r"(?:\w+'?s|his|her|their|the teachers?'?s?) (?:pencil case|locker|backpack|bag|water bottle|bottle|lunch ?box|drink|juice|desk)",
    "es": r"(?:estuche|taquilla|mochila|botella|cantimplora|bebida|zumo|jugo|bocadillo|pupitre) (?:de|del) \w+",
    "fr": r"(?:trousse|casier|cartable|sac|gourde|bouteille|boisson|jus|pupitre) (?:de|du|d') ?\w+",
    "de": r"(?:federm[äa]ppchen|m[äa]ppchen|spind|schulranzen|ranzen|rucksack|trinkflasche|flasche|getränk|saft) (?:von|vom) \w+",
    "it": r"(?:astuccio|armadietto|zaino|borraccia|bottiglia|bibita|succo|cartella) (?:di|del|della) \w+",
    "pt": r"(?:estojo|arm[áa]rio|mochila|garrafa|garrafinha|lancheira|suco|bebida) (?:de|do|da) \w+",
}
_SCHOOL_TOOL = r"(?:compass|comp[aá]s|compas|zirkel|compasso|scissors|tijeras|ciseaux|schere|forbici|tesoura|pencil|l[aá]piz|crayon|bleistift|matita|l[aá]pis)"
_STAB = {
    "en": r"(?:stab|jab|stick|shove)",
    "es": r"(?:clavar\w*|apu[ñn]alar\w*|pinchar\w*|meter\w*)",
    "fr": r"(?:planter|enfoncer|poignarder|piquer)",
    "de": r"(?:rammen|stechen|stecken|reinstechen|reinrammen)",
    "it": r"(?:piantar\w*|ficcar\w*|conficcar\w*|pugnalar\w*|infilzar\w*)",
    "pt": r"(?:cravar|enfiar|espetar|furar)",
}
_EYE_OR_NECK = r"(?:eyes?|ojos?|œil|oeil|yeux|augen?|occhi?o?|olhos?|neck|cuello|cou|hals|collo|pesco[çc]o|face|cara|visage|gesicht|faccia)"
HARM_TO_A_CLASSMATE: dict[str, list[str]] = {
    lang: [rf"\b{_INTENT[lang]}\b.{{0,30}}\b{_FIRE[lang]}\b.{{0,40}}\b{_PROPERTY[lang]}\b",
           rf"\b{_HARMFUL[lang]}\b.{{0,60}}\b{_THEIR_THINGS[lang]}",
           rf"\b{_INTENT[lang]}\b.{{0,20}}\b{_STAB[lang]}\b.{{0,30}}\b{_SCHOOL_TOOL}\b.{{0,30}}\b{_EYE_OR_NECK}\b"]
    for lang in _INTENT
}
_SICK = {
    "en": r"(?:make (?:someone|somebody|him|her|them|a person|people) (?:really |very )?(?:sick|ill)|put (?:it )?in (?:his|her|their|\w+'?s))",
    "es": r"(?:(?:poner|dejar) (?:a )?(?:alguien|una persona) (?:muy )?mal|enfermar a|ponerle malo|pon[eé]rselo en|echarle en)",
    "fr": r"(?:rendre (?:quelqu'un|qqn|une personne)? ?(?:vraiment |tr[eè]s )?malade|mettre dans (?:la|le|sa|son))",
    "de": r"(?:jemanden? (?:richtig |sehr )?krank|krank machen|(?:ins|in sein|in ihr) (?:essen|trinken|getränk|flasche))",
    "it": r"(?:far stare (?:male|malissimo)|fargli male|farle male|mettere nel(?:la)? (?:sua|suo|bibita|borraccia))",
    "pt": r"(?:deixar (?:uma pessoa|algu[ée]m|ele|ela)? ?(?:bem |muito )?mal|passar mal|colocar n[oa] (?:suco|garrafa|comida|lanche))",
}
_HOUSEHOLD_POISON = (r"(?:rat poison|bleach|laxatives?|mort aux rats|javel|laxatifs?|matarratas|veneno (?:de|para) ratas?|lej[ií]a|laxantes?"
                     r"|rattengift|bleiche|abführmittel|veleno per (?:topi|ratti)|topicida|candeggina|lassativ\w*|veneno de rato|chumbinho"
                     r"|[áa]gua sanit[áa]ria|laxante)")
# German puts the verb last: "ich will das fahrrad von jonas anzünden", "ich werde ihm mit dem zirkel ins auge stechen".
HARM_TO_A_CLASSMATE["de"] += [rf"\b{_INTENT['de']}\b.{{0,40}}\b{_PROPERTY['de']}\b.{{0,30}}\b{_FIRE['de']}\b",
                              rf"\b{_INTENT['de']}\b.{{0,30}}\b{_SCHOOL_TOOL}\b.{{0,20}}\b{_EYE_OR_NECK}\b.{{0,10}}\b{_STAB['de']}\b"]
for _lang in _SICK:
    HARM_TO_A_CLASSMATE[_lang].append(rf"\b{_HOUSEHOLD_POISON}\b.{{0,50}}\b{_SICK[_lang]}\b")

# Harm planned against a person, said in passing (session 22): something harmful put in someone's food or
# drink ("if he takes my console again i'll pour bleach in his food"); a weapon kept or brought for someone
# ("i've got a bat hidden in my locker for when he comes out", "bringing the knife tomorrow, he'll see").
# "bleach the white shirts", "i keep a bat in my bag for baseball", "the knife for cooking class" are not
# matched. Added to VIOLENCE.
HARM_PLANNED: dict[str, list[str]] = {
    "en": [r"\b(?:put|putting|pour|pouring|mix|mixing|slip|slipping)\b.{0,12}\b(?:bleach|poison|rat poison|laxatives?|detergent"
           r"|cleaning stuff|drain cleaner|oven cleaner|washing up liquid)\b (?:in|into) (?:his|her|their|the teacher'?s?|my \w+'?s?"
           r"|someone'?s?|somebody'?s?|\w+'s) (?:food|drink|water|bottle|cup|tea|coffee|juice|lunch|soup|dinner)\b",
           r"\b(?:i have|i got|i'?ve got|ive got|i keep|i hid|im keeping|im hiding|i'?m keeping|i'?m hiding) (?:a |my |the |my \w+'?s? )?"
           r"(?:\w+ )?(?:knife|bat|baseball bat|gun|blade|hammer|crowbar|brass knuckles)\b.{0,50}\b(?:for when (?:he|she|they)"
           r"|in case (?:he|she|they)|waiting for (?:him|her|them)|for (?:him|her|them))\b",
           r"\b(?:bring\w*|take|taking) (?:a |the |my |my \w+'?s? )?(?:\w+ )?(?:knife|gun|bat|blade)\b.{0,40}\b(?:he|she|they)"
           r"(?:'?ll| will| are gonna| is gonna| are going to| is going to) (?:see|regret|pay|be sorry)\b"],
    "es": [r"\b(?:echo|echar|echarle|le echo|pongo|poner|ponerle|le pongo|meto|meter|le meto)\b.{0,12}\b(?:lej[ií]a|veneno|matarratas"
           r"|laxantes?|detergente|friegasuelos|lavavajillas|amoniaco)\b (?:en|a) (?:la |el |su |sus )?(?:comida|bebida|vaso|zumo|agua"
           r"|botella|cantimplora|taza|caf[eé]|sopa|colacao|cola cao|bocadillo)\b",
           r"\b(?:tengo|llevo|guardo|escond\w*) (?:un |una |el |la |mi )?(?:bate|cuchillo|navaja|pistola|martillo|pu[ñn]o americano"
           r"|barra)\b.{0,50}\b(?:para cuando (?:salga|venga|pase|aparezca|me)|pa cuando|por si (?:viene|aparece|me (?:vuelve|dice|pega)))\b",
           r"\b(?:llev\w*|traigo|traer) (?:un |una |el |la |mi )?(?:cuchillo|navaja|pistola|bate)\b.{0,40}\b(?:se va a enterar"
           r"|van a ver|va a ver|se van a arrepentir|se va a arrepentir|me las paga\w*)\b"],
    "fr": [r"\b(?:mettre|mets|met|verser|verse|m[ée]langer)\b.{0,12}\b(?:javel|poison|mort aux rats|laxatifs?|produit (?:vaisselle"
           r"|pour le four|m[ée]nager)|d[ée]boucheur)\b dans (?:sa|son|ses|le|la) (?:bouteille|gourde|verre|jus|caf[ée]|repas|soupe"
           r"|assiette|th[ée]|sandwich|eau)\b",
           r"\b(?:j'ai|je garde|je cache|j'ai cach[ée]) (?:un |une |le |la |mon |ma )?(?:batte|couteau|flingue|marteau"
           r"|poing am[ée]ricain|barre de fer)\b.{0,50}\b(?:pour quand (?:il|elle|ils)|au cas o[uù] (?:il|elle|ils)|pour (?:lui|eux))\b",
           r"\b(?:ram[eè]n\w*|am[eè]n\w*|apport\w*|emm[eè]n\w*) (?:un |une |le |la |mon |ma )?(?:couteau|flingue|batte|arme)\b.{0,40}"
           r"\b(?:va voir|vont voir|va le regretter|vont le regretter|va (?:le )?payer|vont (?:le )?payer)\b"],
    "de": [r"\b(?:tu|kipp|misch|schütt)\w*\b.{0,25}\b(?:gift|bleiche|abflussreiniger|rattengift|abführmittel|putzmittel|spülmittel)\b"
           r" (?:in|ins) (?:sein\w*|ihr\w*|die|den|das|essen|trinken)\b",
           r"\b(?:ich hab|ich habe|ich versteck\w*|ich trag\w*) (?:einen |ein |eine |den |das |die |mein\w* )?(?:baseballschläger"
           r"|schläger|messer|klappmesser|pistole|hammer|schlagring)\b.{0,50}\b(?:falls (?:er|sie|der|die)|wenn (?:er|sie|der|die)"
           r" (?:kommt|rauskommt|wieder)|für (?:ihn|den typen))\b",
           r"\b(?:messer|waffe|schläger|pistole)\b.{0,40}\b(?:wird (?:schon )?sehen|werden (?:schon )?sehen|wird es bereuen"
           r"|werden es bereuen|kriegt (?:was|es) ab)\b"],
    "it": [r"\b(?:mett\w*|vers\w*|mischi\w*)\b.{0,12}\b(?:la |il |del |della |dei )?(?:candeggina|veleno|topicida|lassativ\w*"
           r"|detersivo|varechina)\b (?:nel|nella|nel suo|nella sua|nei|nelle) (?:\w+ )?(?:cibo|bevanda|bottiglia|borraccia|bicchiere"
           r"|succo|caff[èe]|piatto|minestra|panino|acqua|t[èe])\b",
           r"\b(?:ho|tengo|porto|nascost\w*) (?:una |un |la |il |mia |mio )?(?:mazza|coltello|pistola|martello|tirapugni|spranga)\b"
           r".{0,50}\b(?:per quando (?:esce|arriva|viene)|nel caso (?:venga|arrivi)|per (?:lui|quello))\b",
           r"\b(?:port\w*) (?:il |un |mio |la |una )?(?:coltello|pistola|mazza)\b.{0,40}\b(?:vedr[àa]|vedranno|se ne pentir\w*"
           r"|la pagher\w*)\b"],
    "pt": [r"\b(?:colocar|coloco|botar|boto|jogar|jogo|p[ôo]r|ponho|misturar|misturo)\b.{0,12}\b(?:[áa]gua sanit[áa]ria|veneno"
           r"|chumbinho|laxantes?|detergente|desinfetante|candida)\b (?:na|no|nas|nos) (?:\w+ )?(?:comida|bebida|garrafa|copo|suco"
           r"|caf[ée]|prato|sopa|lanche|[áa]gua)\b",
           r"\b(?:tenho|levo|guardo|escond\w*) (?:um |uma |o |a |meu |minha )?(?:taco|faca|canivete|arma|martelo|soco ingl[êe]s"
           r"|barra de ferro)\b.{0,50}\b(?:pra quando (?:ele|ela|o|a)|para quando (?:ele|ela|o|a)|caso (?:ele|ela) (?:venha|apare[çc]a))\b",
           r"\b(?:lev\w*|trago|trazer) (?:a |uma |o |um |minha |meu )?(?:faca|arma|canivete|taco|rev[óo]lver)\b.{0,40}\b(?:vai ver"
           r"|v[ãa]o ver|vai se arrepender|v[ãa]o se arrepender|vai pagar|v[ãa]o pagar)\b"],
}

# Session 25: a blind spot of the meaning check on heldout_v12, written as a canonical pattern in en es fr
# de it pt (synonyms, no accents, child spelling), not the dev sentences' words:
# - AMBUSH_WITH_A_WEAPON: a sock filled with stones or a padlock; waiting for someone outside or after
#   school with a weapon or to hit them. Waiting for mum outside is not matched. Added to VIOLENCE.
_SOCK_OF_STONES = {
    "en": (r"\bsocks?\b", r"\b(?:rocks?|stones?|coins|batter(?:y|ies)|padlocks?|pebbles|bricks?)\b"),
    "es": (r"\bcalcet(?:[ií]n|ines)\b", r"\b(?:piedras|monedas|pilas|candados?|piedrecitas|ladrillos?)\b"),
    "fr": (r"\bchaussettes?\b", r"\b(?:cailloux|pierres|pi[eè]ces|piles|cadenas|briques?)\b"),
    "de": (r"\bsocke[n]?\b", r"\b(?:steine[n]?|münzen|munzen|batterien|vorhängeschloss|vorhangeschloss|kieselsteine[n]?)\b"),
    "it": (r"\bcalz(?:ino|ini|a|e)\b", r"\b(?:sassi|pietre|monete|pile|batterie|lucchett[oi]|mattoni?)\b"),
    "pt": (r"\bmeias?\b", r"\b(?:pedras|cadeados?|tijolos?)\b"),
}
_WAIT_OUTSIDE = {
    "en": r"\b(?:wait|waiting|gonna wait|get|catch|jump) (?:for )?(?:him|her|them)\b.{0,25}\b(?:outside|after school|behind|at the gate|on the way home|round the corner)\b",
    "es": r"\b(?:lo|la|le|los|las) (?:espero|esperamos|esperar[eé]|pillo|pillamos|pillar[eé]|cojo|cogemos)\b.{0,25}\b(?:a la salida|fuera|en la salida|detr[aá]s|despu[eé]s de clase|en el parque|en la esquina)\b",
    "fr": r"\bje (?:l'|les |vais l'|vais les )?(?:attends|attendre|chope|choper|coince|coincer)\b.{0,25}\b(?:dehors|[àa] la sortie|apr[eè]s les cours|derri[eè]re|au coin)\b",
    "de": r"\b(?:warte|warten|lauere|lauern|passe|passen|fange|fangen)\b.{0,30}\b(?:ihn|sie|ihm|ihr|den|die)\b.{0,30}\b(?:draußen|draussen|nach der schule|hinter|an der ecke|auf dem heimweg|ab)\b",
    "it": r"\b(?:lo|la|li|le) (?:aspetto|aspettiamo|aspetter[òo]|aspetteremo|becco|becchiamo|prendo)\b.{0,25}\b(?:fuori|all'uscita|dopo scuola|dietro|all'angolo)\b",
    "pt": r"\b(?:espero|esperar|vou esperar|pego|vou pegar|pegar)\b.{0,10}\b(?:ele|ela|eles|o|a)?\b.{0,15}\b(?:na sa[ií]da|l[áa] fora|depois da aula|atr[áa]s|na esquina)\b",
}
_A_WEAPON_OR_BLOW = (r"(?:bat|stick|knife|rocks?|stones?|brick|sock|padlock|chain|punch\w*|beat|smash|hurt|teach (?:him|her|them) a lesson"
                     r"|bate|palo|cuchillo|navaja|piedras?|ladrillo|calcet[ií]n|candado|cadena|pu[ñn]etazo|paliza|se va a enterar"
                     r"|batte|b[âa]ton|couteau|cailloux|pierres?|brique|chaussette|cadenas|cha[îi]ne|cogner|frapper|d[ée]foncer|va voir"
                     r"|schläger|schlager|stock|messer|steine?n?|ziegel|socke|kette|schlagen|verprügeln|verprugeln|fertigmachen"
                     r"|mazza|bastone|coltello|sass[oi]|pietr[ae]|mattone|calzino|lucchetto|catena|menar\w*|picchiar\w*|spaccar\w*|vedr[àa]"
                     r"|taco|pau|faca|canivete|pedras?|tijolo|meia|cadeado|corrente|porrada|surra|bater|vai ver)")
AMBUSH_WITH_A_WEAPON: dict[str, list[str]] = {
    lang: [_either(_SOCK_OF_STONES[lang][0], _SOCK_OF_STONES[lang][1], 25) + r"(?!.*\b(?:rice|arroz|riz|reis|riso|sand|arena|sable|sabbia|areia|puppet|t[ií]tere|marionnette"
                                   r"|puppe|burattino|fantoche)\b)",
           rf"^(?=.*?{_WAIT_OUTSIDE[lang]})(?=.*?\b{_A_WEAPON_OR_BLOW}\b)"]
    for lang in _SOCK_OF_STONES
}

# -- session 26: shapes the embedder is blind to on heldout_v14/v15, written for the canonical shape in en es fr
# de it pt, never the dev sentences' words (the whole list: self_harm.py) --------------------------------
# An attack, a shooting or a massacre the learner plans at school. Not: a snowball or water-balloon fight,
# a game, a history lesson's army.
_I_PLAN = _grouped({
    "en": r"\b(?:i'?m|im|we'?re|were|i am|we are|i|we|(?:me and \w+|\w+ and me|\w+ and i) are)\s(?:planning|plan|planned|preparing|organi[sz]ing|gonna do|going to do)\b",
    "es": r"\b(?:estoy|estamos|toy|tamos|ando) (?:planeando|preparando|organizando|planificando)\b|\b(?:planeo|planeamos|vamos a hacer|voy a hacer)\b",
    "fr": r"\b(?:je|on|nous) (?:pr[ée]pare|pr[ée]parons|planifie|pr[ée]vois|pr[ée]voit|organise|va faire|vais faire)\b|\ben train de pr[ée]parer\b",
    "de": r"\b(?:ich|wir) (?:plane|planen|plan|bereite|bereiten)\b|\b(?:plane|planen) (?:ich|wir)\b",
    "it": r"\b(?:sto|stiamo) (?:pianificando|progettando|preparando|organizzando)\b|\b(?:pianifico|progetto|preparo|organizzo)\b",
    "pt": r"\b(?:t[oô]|to|estou|tamos|estamos|t[aá]) (?:planejando|preparando|organizando)\b|\b(?:planejo|vou fazer|vamos fazer)\b",
})
_AN_ATTACK_AT_SCHOOL = _grouped({
    "en": r"\b(?:an? )?(?:attack|shooting|massacre|bombing)\b.{0,40}\b(?:school|class|classroom|assembly)\b",
    "es": r"\b(?:ataque|atentado|tiroteo|masacre)\b.{0,40}\b(?:cole|colegio|instituto|insti|escuela|clase)\b",
    "fr": r"\b(?:attaque|attentat|tuerie|fusillade|massacre)\b.{0,40}\b(?:[ée]cole|coll[eè]ge|lyc[ée]e|classe|bahut)\b",
    "de": r"\b(?:anschlag|angriff|amoklauf|amok|schie(?:ß|ss)erei|massaker)\b.{0,40}\b(?:schule|klasse)\b",
    "it": r"\b(?:attacco|attentato|sparatoria|strage|massacro)\b.{0,40}\b(?:scuola|classe|liceo|medie)\b",
    "pt": r"\b(?:ataque|atentado|massacre|tiroteio)\b.{0,40}\b(?:escola|col[ée]gio|sala|classe)\b",
})
_NOT_A_SNOWBALL_FIGHT = (r"(?!.*\b(?:snowballs?|water ?balloons?|nerf|paintball|laser ?tag|pranks?|bolas de nieve|globos de agua|broma"
                         r"|boules? de neige|bombes? [àa] eau|blague|schneeb[äa]ll\w*|wasserbomben|streich|palle di neve|gavettoni"
                         r"|scherzo|bolas de neve|bexigas?|pegadinha|history|historia|histoire|geschichte|storia|hist[óo]ria)\b)")
ATTACK_PLANNED: dict[str, list[str]] = {
    lang: [rf"^(?=.*?{_I_PLAN[lang]}.{{0,60}}{_AN_ATTACK_AT_SCHOOL[lang]}){_NOT_A_SNOWBALL_FIGHT}"] for lang in _I_PLAN
}
