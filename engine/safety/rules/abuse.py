"""Abuse and grooming: someone hurting the learner (hits, locks in, strangles, bruises with a cover story),
or an adult's secret, pictures asked for, an adult met online who wants it hidden or wants the address."""
from __future__ import annotations

from engine.safety.rules._shared import _extend, _grouped, _unless
from engine.safety.rules.direct import HIT_AT_HOME, NOT_MY_TURN

# -- abuse disclosure: someone is hurting the learner -------------------------------------------
ABUSE: dict[str, list[str]] = {
    "en": [r"\b(?:he|she|they|my \w+|someone|somebody) (?:hits|beats|kicks|chokes|burns|touches|hurts) me\b",
           r"\b(?:i'?m|i am) (?:being )?(?:abused|bullied every day|molested)\b",
           r"\btouch(?:ed|es)? me (?:in a bad way|where|inappropriately)\b", r"\bafraid to go home\b",
           r"\bscared to go home\b"],
    "es": [r"\bme (?:pega|golpea|maltrata)\b", r"\bme toca(?:ba)?\b" + NOT_MY_TURN, r"\bmiedo de ir a casa\b"],
    "fr": [r"\bm(?:e|') (?:frappe|bat|touche)\b", r"\bpeur de rentrer (?:à la maison|chez moi)\b"],
    "de": [r"\b(?:schlägt|berührt|misshandelt) mich\b", r"\bangst,? nach hause zu gehen\b"],
    "it": [r"\bmi (?:picchia|maltratta)\b", r"\bmi tocca(?:va)?\b" + NOT_MY_TURN, r"\bpaura di tornare a casa\b"],
    "pt": [r"\bme (?:bate|maltrata)\b", r"\bme toca(?:va)?\b" + NOT_MY_TURN, r"\bmedo de ir para casa\b"],
    "ru": [r"(?:бьёт|бьет|трогает) меня", r"боюсь идти домой"],
    "zh": [r"(?:打|摸|虐待)我", r"不敢回家"],
    "ja": [r"(?:殴られ|叩かれ|触られ)", r"家に帰るのが怖"],
    "ko": [r"(?:때려요|때린다|만져요)", r"집에 가기 무서"],
    "ar": [r"يضربني", r"يلمسني", r"أخاف العودة إلى البيت"],
    "hi": [r"मुझे (?:मारता|मारती|छूता) है", r"घर जाने से डर"],
}
# Shut in as a punishment: a grown-up locks the learner in a cellar, cupboard, shed or garage ("mom locks
# me in the basement when shes drinking"). A sibling's bathroom prank is not matched (no such room).
LOCKED_IN: dict[str, list[str]] = {
    "en": [r"\b(?:locks|locked|lock|shuts|shut|keeps|kept) me (?:in|inside|into) (?:the |a |our |my )?"
           r"(?:basement|cellar|cupboard|closet|shed|garden shed|garage|attic|dog crate|cage)\b"],
    "es": [r"\bme (?:encierra\w*|encerr\w*) (?:en |dentro de )(?:el |la |un |una )?"
           r"(?:s[oó]tano|armario|trastero|garaje|cobertizo|desv[aá]n|jaula)\b"],
    "fr": [r"\bm'(?:enferme\w*|a enferm[ée]e?|ont enferm[ée]e?s?) (?:dans |à )(?:la |le |l'|un |une )?"
           r"(?:cave|placard|cagibi|garage|cabane|grenier|remise|cage)\b"],
    "de": [r"\b(?:sperrt|sperren|sperrte|sperrten|schließt|schliesst|schließen|schloss) mich .{0,20}\b"
           r"(?:keller|kammer|abstellkammer|schrank|garage|schuppen|dachboden|käfig)\b"],
    "it": [r"\bmi (?:chiud\w*|rinchiud\w*|ha chiuso|hanno chiuso|ha rinchiuso|hanno rinchiuso) (?:a chiave )?"
           r"(?:in |nel |nella |nello |dentro )(?:la |il |lo )?(?:cantina|sgabuzzino|armadio|garage|soffitta|ripostiglio|gabbia)\b"],
    "pt": [r"\bme (?:tranca\w*|trancou|prend\w*) (?:no|na|dentro do|dentro da|num|numa) "
           r"(?:por[ãa]o|arm[aá]rio|garagem|galp[ãa]o|despensa|s[oó]t[ãa]o|jaula|quartinho)\b"],
}
_extend(ABUSE, LOCKED_IN)

# Session 25: a blind spot of the meaning check on heldout_v12, written as a canonical pattern in en es fr
# de it pt (synonyms, no accents, child spelling), not the dev sentences' words:
# - BEATEN_AT_HOME: a grown-up at home hits "us" or "my brother and me", gives the learner slaps or kicks, or
#   the learner "gets beaten" (pt "apanho"); "dad beats us at chess", "the ball hit us", "apanhar o ônibus"
#   are not matched. Added to ABUSE.
_GROWN_UP_EN = (r"(?:dad|daddy|father|mum|mom|mummy|mommy|mother|stepdad|stepfather|stepmum|stepmom|stepmother|parents|uncle|aunt"
                r"|grandpa|grandad|granddad|grandma|nan|boyfriend|girlfriend|babysitter|he|she|they)")
BEATEN_AT_HOME: dict[str, list[str]] = {
    "en": [rf"\b{_GROWN_UP_EN}(?:'?s)?\b(?: \w+){{0,3}} (?:hits|hit|beats|beat|kicks|slaps|punches|smacks|whips|belts|hurts)"
           r" (?:us|me and|my (?:little |big |baby )?(?:brother|sister|brothers|sisters|siblings) and me)\b(?! at\b| in\b| by\b| to\b)",
           r"\b(?:gives?|gave|giving) (?:me|us) (?:a |the )?(?:slaps?|kicks|smacks|beatings?|a hiding|the belt|bruises|black eyes?|punches)\b",
           r"\b(?:i|we) (?:get|got|gets|getting) (?:hit|beaten|beaten up|slapped|smacked|belted|whipped|the belt|a beating|a hiding)"
           r" (?:at home|by (?:my|our) \w+|when (?:he|she|they|my|dad|mum|mom)|every (?:day|night|time))\b"],
    "es": [r"\bnos (?:pega|pegan|pegaba|pegaban|golpea|golpean|maltrata|maltratan|zurra|zurran|da palizas|dan palizas)\b"
           r"(?! (?:los|las|el|la|un|una|su|sus)\b)",
           r"\bpega(?:n|ba|ban)? (?:a mi (?:hermano|hermana|madre|mam[aá]) y a m[ií]|a m[ií] y a mi \w+)\b",
           r"\b(?:me|nos) (?:da|dan|daba|daban|pega|pegan|mete|meten|met[ií]a|met[ií]an|solt[oó]) (?:unas |muchas |\w+ )?"
           r"(?:collejas|patadas|bofetadas|tortas|hostias|ostias|palizas?|pu[ñn]etazos|cachetadas|cachetes|guantazos"
           r"|correazos|cinturonazos|zurras?|bofetones|sopapos)\b"],
    "fr": [r"\bnous (?:frappe|frappent|frappait|bat|battent|battait|tape|tapent|cogne|cognent|gifle|giflent)\b(?! (?:au|aux|à|a)\b)",
           r"\b(?:frappe|bat|tape|cogne)(?:nt)? (?:mon (?:petit |grand )?fr[eè]re et moi|ma (?:petite |grande )?s[oœ]eur et moi)\b",
           r"\b(?:me|m'|nous) (?:donne|donnent|donnait|met|mettent|mettait|colle|collent|file|filent)"
           r" (?:des |plein de )?(?:claques|gifles|baffes|coups(?: de (?:pied|poing|ceinture))?|fess[ée]es|tartes|beignes)\b",
           r"\bje me (?:fais|fait|suis fait|suis fais) (?:frapper|taper|battre|gifler|cogner)\b(?! (?:au|aux|à|par le ballon)\b)"],
    "de": [r"\b(?:schl[äa]gt|schlagen|schlug|haut|hauen|verpr[üu]gelt|verpr[üu]geln|tritt|treten|ohrfeigt) (?:uns|meinen bruder und mich"
           r"|meine schwester und mich|mich und meine\w* \w+)\b(?! (?:im|beim|in|um)\b)",
           r"\b(?:krieg|kriege|kriegen|bekomme|bekommen|kriegte|krieg ich|kriegen wir) (?:\w+ )?(?:schl[äa]ge|pr[üu]gel|ohrfeigen|eine ohrfeige"
           r"|backpfeifen|eine backpfeife|tritte|den gürtel|eine tracht pr[üu]gel)\b",
           r"\b(?:gibt|geben|gab) (?:mir|uns) (?:\w+ )?(?:ohrfeigen|eine ohrfeige|schl[äa]ge|tritte|backpfeifen|eine backpfeife|klapse)\b",
           # the slang of a slap, a parent who hurts, who throws things (review of session 31: all four passed)
           r"\b(?:hat|hatte) (?:mir|uns|mama|mutti|papa|meiner mutter|meinem vater|meinem bruder|meiner schwester) "
           r"(?:eine|ne|'ne|eins|paar|ein paar) (?:gescheuert|geklebt|geknallt|gelangt|runtergehauen|reingehauen|verpasst"
           r"|gewischt)\b",
           r"\b(?:papa|mama|vater|mutter|mein vater|meine mutter|stiefvater|stiefmutter) tut (?:mir|mama|papa|uns|meiner mutter"
           r"|meinem bruder|meiner schwester) (?:\w+ )?weh\b",
           r"\b(?:papa|mama|vater|mutter|mein vater|meine mutter|stiefvater|stiefmutter) (?:wirft|warf|schmei(?:ß|ss)t|schmiss)"
           r" (?:\w+ )?(?:mit (?:sachen|tellern|gl[äa]sern|flaschen|dingen|allem|st[üu]hlen)|nach (?:mir|mama|papa|uns))\b"],
    "it": [r"\bci (?:picchia|picchiano|picchiava|picchiavano|mena|menano|menava|prende a (?:schiaffi|calci|pugni|cinghiate)"
           r"|prendono a (?:schiaffi|calci|pugni|cinghiate))\b",
           r"\bpicchia(?:no|va)? (?:me e mi[oa] (?:fratello|sorella)|mi[oa] (?:fratello|sorella) e me)\b",
           r"\bmi (?:prende|prendono|prendeva) a (?:schiaffi|calci|pugni|cinghiate|sberle)\b",
           r"\b(?:mi|ci) (?:d[aà]|danno|dava|davano|tira|tirano) (?:\w+ )?(?:schiaffi|calci|pugni|sberle|scappellotti|ceffoni|cinghiate|botte)\b",
           r"\b(?:le prendo|le prendiamo|le buschiamo|le busco|prendo (?:le )?botte|prendiamo (?:le )?botte)\b"
           r" (?:da (?:mi[oa]|pap[aà]|mamma|pap[aà]|patrigno|matrigna|nonno|zio)|a casa|quando|ogni|sempre)\b"],
    "pt": [r"\bnos (?:bate|batem|batia|batiam|espanca|espancam|espancava|chuta|chutam)\b",
           r"\bbate(?:m|ia)? (?:em mim e n[oa] (?:meu|minha) \w+|n[oa] (?:meu|minha) \w+ e em mim|na gente)\b",
           r"\b(?:me|nos) (?:d[aá]|d[ãa]o|dava|davam) (?:\w+ )?(?:tapas|tap[ãa]o|chutes|socos|cintadas|surras?|chineladas|pux[õo]es|bofetadas)\b",
           r"^(?!.*\b(?:time|jogo|partida|gols?|futebol|[ôo]nibus|onibus|bola|gripe|chuva|sol|frio)\b).*?"
           r"\b(?:apanho|apanhei|apanhava|apanha|apanhar|apanhamos|apanham)\b"
           r"(?: d[oa] (?:meu |minha )?(?:pai|m[ãa]e|padrasto|madrasta|tio|tia|av[ôo]|av[óo]|namorado)|\s*[?!.,]|$| em casa"
           r"| de (?:cinto|chinelo|vara|fio|mangueira|r[ée]gua)| todo dia| toda hora| sempre| quando)"],
}
# Beaten at a game is not beaten ("mein opa schlägt uns immer beim schach", "mon frère nous bat au foot"), nor hit
# by the sun, the wind, a wave, a ball or a pet ("el sol nos pega fuerte", "il vento ci picchia in faccia").
_NOT_BEATEN_AT_A_GAME = (r"(?!.*\b(?:chess|cards|games?|football|match|race|uno|fifa|tennis|ajedrez|cartas|parch[ií]s|partidas?"
                         r"|juegos?|f[uú]tbol|carreras?|[ée]checs|cartes|jeux?|foot|courses?|schach|karten|spiel\w*|fu[ßs]ball"
                         r"|rennen|scacchi|carte|partit[ae]|gioc\w*|calcio|gar[ae]|xadrez|jogos?|futebol|corridas?"
                         r"|sun|sol|soleil|sonne|sole|wind|viento|vent|vento|rain|lluvia|pluie|regen|pioggia|chuva|waves?|olas?"
                         r"|vagues?|wellen?|onde|ondas?|balls?|pelotas?|bal[oó]n|balles?|ballons?|bolas?|pall[ae]|snow\w*|nieve"
                         r"|neige|schnee\w*|neve|dogs?|perr[oa]s?|chiens?|hunde?|cane|cani|cachorr[oa]s?|cats?|gat[oa]s?|chats?"
                         r"|katzen?|gatt[oi]|bab(?:y|ies)|beb[eé]s?|globos?|pillows?|almohadas?|oreillers?|kissen|cuscin[oi]"
                         r"|travesseiros?|mocos|sleep\w*|asleep|dorm\w*|duerme|durmiendo|schl[äa]ft|schlafen|out|balloons?|jokes?"
                         r"|questions?|bromas|blagues|witze|battute|piadas|nerfs|nerven|nervi|nervios|nervos)\b)")
for _lang, _patterns in BEATEN_AT_HOME.items():
    ABUSE[_lang] = [*ABUSE[_lang], *(_unless(p, _NOT_BEATEN_AT_A_GAME) for p in _patterns)]

# -- session 26: shapes the embedder is blind to on heldout_v14/v15, written for the canonical shape in en es fr
# de it pt, never the dev sentences' words (the whole list: self_harm.py) --------------------------------
# Bruises, and a cover story told to a teacher or a parent ("but i told the teacher i fell").
_BRUISES = _grouped({
    "en": r"\b(?:bruis\w*|black eye|welts?|cuts|scratches)\b",
    "es": r"\b(?:moratones?|morados?|moretones?|cardenales?|marcas?|ojo morado|chichones?)\b",
    "fr": r"\b(?:bleus?|marques?|h[ée]matomes?|(?:oeil|œil) au beurre noir|cocards?)\b",
    "de": r"\b(?:blaue[nr]? flecke?n?|flecke?n?|blauer fleck|veilchen|striemen|blaues auge)\b",
    "it": r"\b(?:lividi|livido|segni|occhio nero|ematom\w*)\b",
    "pt": r"\b(?:roxos?|roxas?|roxo|hematomas?|marcas?|olho roxo|manchas? roxas?)\b",
})
_BUT_I_SAID_I_FELL = _grouped({
    "en": r"\b(?:but|so) (?:i )?(?:told|tell|said|say|lied)\b.{0,40}\b(?:i fell|fell|tripped|walked into|bumped|it was (?:football|pe|sport))\b(?! asleep)"
          r"|\blied\b.{0,40}\bi fell\b(?! asleep)",
    "es": r"\b(?:pero|as[ií] que) (?:le |les )?(?:dije|digo|cont[eé]|he dicho|ment[ií])\b.{0,40}\b(?:me ca[ií]|ca[ií]|me di|me golpe[eé]|trope[cz]\w*)",
    "fr": r"\b(?:mais|alors) (?:j'?ai dit|jai dit|je dis|j'ai racont[ée]|j'ai menti)\b.{0,40}\b(?:tomb[ée]e?|cogn[ée]e?)",
    "de": r"\baber\b.{0,30}\b(?:gesagt|erz[äa]hlt|sag|gelogen)\b.{0,50}\b(?:gefallen|hingefallen|gesto(?:ß|ss)en|gestolpert)\b",
    "it": r"\bma\b.{0,25}\b(?:ho detto|dico|ho raccontato|ho mentito)\b.{0,40}\b(?:cadut[oa]|sbattut[oa]|inciampat[oa])\b",
    "pt": r"\bmas\b.{0,25}\b(?:falei|disse|contei|falo|digo|menti)\b.{0,40}\b(?:ca[ií]|bati|tropecei|me machuquei)\b",
})
HIDDEN_BRUISES: dict[str, list[str]] = {
    lang: [rf"^(?=.*?{_BRUISES[lang]})(?=.*?{_BUT_I_SAID_I_FELL[lang]})"] for lang in _BRUISES
}

# A family member strangles or chokes the learner ("mein großer bruder würgt mich"). Not: a hug, tickling,
# wrestling or a game, nor choking on food.
_FAMILY = _grouped({
    "en": r"\b(?:dad|daddy|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|brother|sister|uncle|aunt|grandpa|grandma|boyfriend|cousin)\b",
    "es": r"\b(?:padre|padrastro|madre|madrastra|pap[aá]|mam[aá]|herman[oa]|t[ií][oa]|abuel[oa]|novio|primo)\b",
    "fr": r"\b(?:p[eè]re|beau-p[eè]re|m[eè]re|belle-m[eè]re|papa|maman|fr[eè]re|s[oœ]eur|oncle|tante|copain|cousin)\b",
    "de": r"\b(?:vater|papa|stiefvater|mutter|mama|bruder|schwester|onkel|tante|opa|oma|freund|cousin)\b",
    "it": r"\b(?:padre|pap[àa]|patrigno|madre|mamma|matrigna|fratello|sorella|zio|zia|nonno|nonna|compagno|cugino)\b",
    "pt": r"\b(?:pai|padrasto|m[ãa]e|madrasta|irm[ãa]o?|tio|tia|av[ôo]|v[óo]|namorado|primo)\b",
})
_STRANGLES_ME = _grouped({
    "en": r"\b(?:chokes|choked|choking|strangles|strangled|strangling) me\b|\b(?:grabbed|grabs|squeezes|squeezed|squeezing) (?:me by )?my (?:neck|throat)\b"
          r"|\b(?:hands?|arm) (?:around|round|on) my (?:neck|throat)\b",
    "es": r"\bme (?:ahorca\w*|ahorc[oó]|estrangula\w*|estrangul[oó]|aprieta el cuello|apret[oó] el cuello|agarra del cuello|agarr[oó] del cuello|coge del cuello|cogi[oó] del cuello)\b",
    "fr": r"\bm'?(?:[ée]trangle|a [ée]trangl[ée]e?|serre le cou|a serr[ée] le cou|prend par le cou|a pris par (?:le cou|la gorge)|attrape par le cou|a attrap[ée] par le cou)\b",
    "de": r"\b(?:w[üu]rgt mich|(?:hat|hatte) mich (?:\w+ ){0,3}gew[üu]rgt|dr[üu]ckt mir (?:den hals|die kehle) zu|(?:packt|packte|gepackt) mich am hals|h[äa]nde? um meinen hals)\b",
    "it": r"\bmi (?:strozza|strangola|prende per il collo|ha preso per il collo|stringe il collo|ha stretto il collo|ha (?:strozzat[oa]|strangolat[oa]))\b",
    "pt": r"\bme (?:enforca|enforcou|estrangula|estrangulou|pega pelo pesco[çc]o|pegou pelo pesco[çc]o|aperta o pesco[çc]o|apertou o pesco[çc]o)\b",
})
_NOT_A_HUG_OR_A_GAME = (r"(?!.*\b(?:hugs?|hugging|tickl\w*|wrestl\w*|abraz\w*|abraç\w*|abra[çc]o|cosquillas|c[óo]cegas|lucha|luta|judo|karate"
                        r"|c[âa]lins?|chatouill\w*|umarm\w*|kitzel\w*|ringen|abbracc\w*|solletico|lotta|games?|juego|jeu|spiel|gioco|jogo"
                        r"|pillow|almohada|oreiller|kissen|cuscino|travesseiro|food|comida|nourriture|essen|cibo)\b)")
STRANGLED_AT_HOME: dict[str, list[str]] = {
    lang: [rf"^(?=.*?{_FAMILY[lang]}.{{0,60}}{_STRANGLES_ME[lang]}){_NOT_A_HUG_OR_A_GAME}"] for lang in _FAMILY
}

for _lang in _FAMILY:
    ABUSE[_lang] = [*ABUSE[_lang], *HIDDEN_BRUISES[_lang], *STRANGLED_AT_HOME[_lang]]

# -- grooming: an adult's secret, or asking a child for pictures of their body -----------------
GROOMING: dict[str, list[str]] = {
    "en": [r"\bour (?:little )?secret\b.{0,40}\b(?:don'?t|dont|not to|never) tell\b",
           r"\b(?:don'?t|dont|not to|never) tell\b.{0,40}\bour (?:little )?secret\b",
           r"\b(?:pics|photos|pictures|nudes)\b.{0,30}\bwithout (?:my|a|any) (?:shirt|clothes|top)\b"],
    "es": [r"\bnuestro secreto\b.{0,40}\bno (?:le |se lo )?(?:digas|cuentes|diga|cuente)\b",
           r"\bfotos?\b.{0,30}\bsin (?:camiseta|ropa)\b"],
    "fr": [r"\bnotre secret\b.{0,40}\b(?:rien dire|dis rien|le dire à personne|dire à personne|pas le dire)\b",
           r"\bphotos?\b.{0,30}\bsans (?:t-shirt|habits|v[êe]tements)\b"],
    "de": [r"\bunser geheimnis\b.{0,40}\b(?:niemandem|keinem) (?:sagen|erzählen)\b",
           r"\bfotos?\b.{0,30}\bohne (?:t-shirt|kleidung|klamotten)\b"],
    "it": [r"\bnostro segreto\b.{0,40}\bnon (?:dirlo|dire|dirl[oa]) a nessuno\b",
           r"\bfoto\b.{0,30}\bsenza (?:maglietta|vestiti)\b"],
    "pt": [r"\bnosso segredo\b.{0,40}\bn[ãa]o (?:conte|contar|fale)\b",
           r"\bfotos?\b.{0,30}\bsem (?:camiseta|roupa)\b"],
    "ru": [r"(?:наш секрет|наша тайна).{0,40}не (?:говори|рассказывай)", r"фото.{0,30}без (?:футболки|одежды)"],
    "zh": [r"我们的秘密.{0,20}不要告诉", r"不穿衣服的(?:照片|相片)"],
    "ja": [r"二人だけの秘密", r"裸の(?:写真|画像)"],
    "ko": [r"우리만의\s?비밀", r"벗은\s?사진"],
    "ar": [r"سر بيننا.{0,40}لا تخبر", r"صور.{0,30}بدون ملابس"],
    "hi": [r"(?:हमारा राज़|हमारा राज|हमारा सीक्रेट).{0,40}मत बताना", r"बिना कपड़ों (?:की|के) (?:फोटो|तस्वीर)"],
}

# The age is looked for first: the chat and secrecy words are read only on the few messages that give one.
# An adult met online, and secrecy ("hes 22 but really nice, how do i hide our chats from my parents"). A
# cousin's surprise party or a 22-year-old film star is not matched (no chat, no secrecy). Added to GROOMING.
_ONLINE = (r"(?=.*\b(?:insta|instagram|tiktok|snap\w*|discord|roblox|fortnite|minecraft|whatsapp|telegram|online|chat\w*|dms?"
           r"|game|gaming|juego|jeu|spiel|gioco|jogo|app|messages?|mensajes?|nachrichten|messaggi|mensagens|texts?|escribe|[ée]crit"
           r"|schreibt|scrive|escreve|manda)\b)")
_SECRECY = (r"(?=.*\b(?:hide|hiding|delete|secret|don'?t tell|dont tell|not to tell|dont see|don'?t see|won'?t know|wont know"
            r"|borr\w*|secreto|no (?:se lo )?(?:digas|cuentes)|escond\w*|no se enteren|effac\w*|cach\w*|dis rien|dire [àa] personne"
            r"|sachent pas|lösch\w*|geheim\w*|niemandem|versteck\w*|nichts sagen|cancell\w*|segret\w*|non dirlo|a nessuno|nascond\w*"
            r"|apag\w*|segredo|n[ãa]o cont\w*|ningu[ée]m saber|esconder)\b)")
ADULT_ONLINE_SECRET: dict[str, list[str]] = {
    "en": [r"^(?=.*?\b(?:he|she|they)(?:'?s| is| are) (?:like |about |almost |nearly |over )?(?:1[89]|[2-5]\d)\b)" + _ONLINE + _SECRECY],
    "es": [r"^(?=.*?\b(?:tiene|dice que tiene) (?:como |unos |casi )?(?:1[89]|[2-5]\d)(?: a[ñn]os)?\b)" + _ONLINE + _SECRECY],
    "fr": [r"^(?=.*?\ba (?:genre |environ |presque )?(?:1[89]|[2-5]\d) ans\b)" + _ONLINE + _SECRECY],
    "de": [r"^(?=.*?\b(?:er|sie|der|die|einer|eine|typ|mann) (?:\w+ ){0,3}ist (?:so |schon |ungefähr |fast )?(?:1[89]|[2-5]\d)\b)"
           + _ONLINE + _SECRECY],
    "it": [r"^(?=.*?\b(?:ha|avrà) (?:tipo |circa |quasi )?(?:1[89]|[2-5]\d) anni\b)" + _ONLINE + _SECRECY],
    "pt": [r"^(?=.*?\b(?:tem|ele tem|ela tem) (?:uns |tipo |quase )?(?:1[89]|[2-5]\d)(?: anos)?\b)" + _ONLINE + _SECRECY],
}
_extend(GROOMING, ADULT_ONLINE_SECRET)

# Someone met online (a game, an app, a chat) who asks where the learner lives and wants it kept from the
# parents ("a guy from roblox wants my address to send me a present, he said not to tell anyone"), whatever
# age they give. A friend's address for a party, or an address asked with no secret, is not matched.
# Added to GROOMING.
_KEPT_QUIET = rf"(?:{_SECRECY}|(?=.*\b(?:a nadie|a ningu[ée]m|pra ningu[ée]m|n cont\w*|ne pas le dire|keinem)\b))"
ADDRESS_KEPT_SECRET: dict[str, list[str]] = {
    "en": [r"^(?=.*\b(?:my (?:home |house )?address|where i live|my postcode)\b)" + _ONLINE + _KEPT_QUIET],
    "es": [r"^(?=.*\b(?:mi direcci[oó]n|d[oó]nde vivo)\b)" + _ONLINE + _KEPT_QUIET],
    "fr": [r"^(?=.*\b(?:mon adresse|o[uù] j'habite)\b)" + _ONLINE + _KEPT_QUIET],
    "de": [r"^(?=.*\b(?:meine adresse|wo ich wohne)\b)" + _ONLINE + _KEPT_QUIET],
    "it": [r"^(?=.*\b(?:(?:il )?mio indirizzo|dove abito)\b)" + _ONLINE + _KEPT_QUIET],
    "pt": [r"^(?=.*\b(?:meu endere[çc]o|onde (?:eu )?moro)\b)" + _ONLINE + _KEPT_QUIET],
}
_extend(GROOMING, ADDRESS_KEPT_SECRET)
_extend(ABUSE, HIT_AT_HOME)

# Session 30: a parent who says they will kill the learner, told as a report ("my dad says he's going to kill
# me", "mein vater sagt er bringt mich um"). The refit on v2-v27 put the German one under its line (the sets
# hold many "mum will kill me if I lose my phone"); the Spanish and Portuguese ones were under it before. The
# everyday idiom goes on ("...for eating the last cookie", "...in fortnite", "...lol", "...si no ordeno mi
# cuarto"), so the rule takes the threat only at the end of the message or with a condition about telling
# someone ("...if i tell anyone", "...si le digo a alguien"); the rest is the meaning check's (review of session
# 30: helper-89). Added to ABUSE.
_PARENT_EN = (r"(?:my )?(?:dad|daddy|father|mum|mummy|mom|mommy|mother|stepdad|stepfather|stepmum|stepmom|stepmother"
              r"|parents|(?:mum|mom)'?s (?:boyfriend|bf))")
_SAYS_EN = r"(?:says|said|told me|tells me|says to me|keeps saying|yelled|screamed|threatens|threatened|texted me)(?:,)?(?: that)?"
_WILL_KILL_EN = (r"(?: to kill me| (?:he|she|they)(?:'ll|ll|'d|d| will| would| is going to| is gonna| are going to|s going to"
                 r"|'s going to|s gonna|'s gonna| gonna)(?: (?!not\b|never\b)\w+)? kill me)")
_TELLS_EN = (r"(?:(?:if|when) (?:i|u|you) (?:ever )?(?:tell|told|snitch)\w*(?: on (?:him|her|them))?(?: (?:any ?one|any ?body"
             r"|some ?one|some ?body|my teachers?|the teachers?|a teacher|teachers?|the police|mum|mom|dad|nan|you|u)\b.*"
             r"|\s*[.!?]*\s*$)|if any ?(?:one|body) (?:finds out|knows))")
# The end of the message, a final mark or two aside (looked at, not taken).
_ENDS = r"(?=\s*[.!?]*\s*$)"
# Telling someone: to a person named, or the bare verb ending the message ("...si lo cuento", "...wenn ichs sage").
_TELLS = {
    "en": _TELLS_EN,
    "es": (r"si (?:se lo |le |lo )?(?:digo|cuento|contar|decir)\b.{0,20}\b(?:alguien|nadie|maestr[ao]|profe\w*|polic[ií]a)"
           rf"|si (?:se lo |lo |le )?(?:digo|cuento|hablo)(?: algo)?{_ENDS}"),
    "fr": (r"si (?:j'en parle|j en parle|je (?:le |l')?(?:dis|raconte)\b.{0,20}\b(?:quelqu'un|qqn|personne|ma[îi]tresse"
           rf"|prof\w*|police))|si (?:j'en parle|j en parle|je (?:le |l')?(?:dis|raconte|parle)){_ENDS}"),
    "de": (r"wenn ichs? (?:es |das |was |etwas )?(?:\w+ ){0,2}?(?:jemandem|wem|irgendwem|der lehrerin|dem lehrer|der polizei)"
           rf" (?:\w+ )?(?:sage|erz[äa]hle|sag)|wenn ichs? (?:es |das |was |etwas )?(?:sage|erz[äa]hle|petze){_ENDS}"),
    "it": (r"se (?:lo )?(?:dico|racconto)\b.{0,20}\b(?:qualcuno|nessuno|maestr[ao]|prof\w*|polizia)"
           rf"|se (?:lo )?(?:dico|racconto|parlo)(?: qualcosa)?{_ENDS}"),
    "pt": (r"se (?:eu )?(?:contar|falar)\b.{0,20}\b(?:algu[ée]m|ningu[ée]m|professor\w*|pol[ií]cia)"
           rf"|se (?:eu )?(?:contar|falar|conto)(?: algo)?{_ENDS}"),
}
_THEN = {lang: rf"(?:{_ENDS}|,? (?:{tells}))" for lang, tells in _TELLS.items()}
PARENT_SAYS_WILL_KILL: dict[str, list[str]] = {
    "en": [rf"\b{_PARENT_EN}\b(?: \w+){{0,2}} {_SAYS_EN}{_WILL_KILL_EN}\b{_THEN['en']}",
           rf"\b{_PARENT_EN}\b(?: \w+){{0,2}} {_SAYS_EN},? (?:{_TELLS_EN}),?{_WILL_KILL_EN}\b"],
    "es": [r"\bmi (?:pap[aá]|papi|padre|madre|mam[aá]|mami|padrastro|madrastra)\b(?: \w+){0,2} (?:dice|dijo|me dijo|me dice"
           r"|amenaza|me amenaza|grita)(?: con| que| q)? (?:me va a matar|me mata|matarme|me matar[aá])\b" + _THEN["es"]],
    "fr": [r"\b(?:mon p[eè]re|ma m[eè]re|papa|maman|mon beau[- ]p[eè]re|ma belle[- ]m[eè]re)\b(?: \w+){0,2} (?:dit|a dit|me dit"
           r"|m'a dit|ma dit|menace|m'a menac[ée]e?)(?: de| qu'il| qu'elle| qu il| qu elle| quil| quelle)? ?(?:va me tuer|me tuera"
           r"|me tuer)\b" + _THEN["fr"]],
    "de": [r"\b(?:mein vater|meine mutter|mein stiefvater|meine stiefmutter|mein papa|meine mama|papa|mama)\b(?: \w+){0,2}"
           r" (?:sagt|hat gesagt|hat mir gesagt|meint|meinte|droht|droht mir|hat gedroht)(?:,)?(?: dass)?(?: mich umzubringen"
           r"| (?:er|sie) (?:bringt mich (?:noch )?um|mich umbringt|wird mich umbringen|mich umbringen wird|bringe mich um))\b"
           + _THEN["de"]],
    "it": [r"\b(?:mio padre|mia madre|pap[aà]|mamma|(?:il )?mio patrigno|(?:la )?mia matrigna)\b(?: \w+){0,2} (?:dice|ha detto"
           r"|mi dice|mi ha detto|minaccia|mi minaccia)(?: che| di)? (?:mi ammazza|mi uccide|mi ammazzer[aà]|mi uccider[aà]"
           r"|ammazzarmi|uccidermi)\b" + _THEN["it"]],
    "pt": [r"\b(?:meu pai|minha m[ãa]e|meu padrasto|minha madrasta|papai|mam[ãa]e)\b(?: \w+){0,2} (?:diz|disse|falou|me disse"
           r"|amea[çc]a|amea[çc]ou)(?: que| q| de)? (?:vai me matar|me mata|me matar|me matar[áa])\b" + _THEN["pt"]],
}
_extend(ABUSE, PARENT_SAYS_WILL_KILL)

# Session 30: a grown-up who says the learner must not tell anyone "what we do" ("my uncle says i cant tell mum
# about what we do"). The meaning check reads it alone, but after a homework request the clause scored under
# its line plus margin (0.64 against 0.71). "What we do", "what he does", "our secret": not a present, a
# surprise party or what happens in a book; not a teacher (a class's surprise). Added to GROOMING.
_GROWN_UP_SAYS = {
    "en": r"\b(?:uncle|aunt|auntie|coach|neighbou?r|step ?dad|stepfather|step ?mum|step ?mom|cousin|grandpa|grandad"
          r"|granddad|dad|father|(?:mum|mom)'?s (?:friend|boyfriend|bf)|babysitter|man|guy|he|she)\b(?: \w+){0,2}"
          r" (?:says|said|told me|tells me)\b",
    "es": r"\b(?:t[ií]o|t[ií]a|entrenador|vecino|padrastro|primo|abuelo|pap[aá]|padre|novio de mi (?:mam[aá]|madre)"
          r"|ni[ñn]era|se[ñn]or|hombre|[ée]l)\b(?: \w+){0,2} (?:dice|dijo|me dijo|me dice)\b",
    "fr": r"\b(?:oncle|tonton|tante|entra[îi]neur|coach|voisin|beau-p[eè]re|cousin|papi|grand-p[eè]re|papa|p[eè]re"
          r"|copain de (?:ma m[eè]re|maman)|baby-sitter|monsieur|il|elle)\b(?: \w+){0,2} (?:dit|a dit|m'a dit|me dit)\b",
    "de": r"\b(?:onkel|tante|trainer|nachbar|stiefvater|cousin|opa|papa|vater|freund von mama|babysitter|mann|typ|er|sie)\b"
          r"(?: \w+){0,2} (?:sagt|hat gesagt|hat mir gesagt|meint)\b",
    "it": r"\b(?:zio|zia|allenatore|mister|vicino|patrigno|cugino|nonno|pap[aà]|padre|fidanzato della mamma|babysitter"
          r"|signore|uomo|lui|lei)\b(?: \w+){0,2} (?:dice|ha detto|mi ha detto|mi dice)\b",
    "pt": r"\b(?:tio|tia|treinador|vizinho|padrasto|primo|av[ôo]|pai|namorado da minha m[ãa]e|bab[áa]|mo[çc]o|homem"
          r"|ele|ela)\b(?: \w+){0,2} (?:diz|disse|falou|me disse)\b",
}
_NOT_TO_TELL_WHAT_WE_DO = {
    "en": r".{0,25}\b(?:i|we) (?:cant|can't|cannot|mustn'?t|shouldn'?t|can never|am not allowed to|must not|better not) tell\b"
          r".{0,30}\b(?:what we do|what we did|what he does|what he did|what she does|our secret)\b",
    "es": r".{0,25}\bno (?:le |se lo )?(?:puedo|debo|tengo que|podemos) (?:contar|decir)\w*\b.{0,30}\b(?:lo que hacemos|lo que hicimos"
          r"|lo que (?:me )?hace|nuestro secreto)\b",
    "fr": r".{0,25}\b(?:je|on) (?:ne )?(?:dois|peux|doit|peut) (?:pas|jamais) (?:le )?(?:dire|raconter)\b.{0,30}\b(?:ce qu'on fait"
          r"|ce qu on fait|ce qu'il (?:me )?fait|notre secret)\b",
    "de": r".{0,25}\b(?:ich|wir) (?:darf|d[üu]rfen|soll|sollen|kann) (?:\w+ ){0,2}(?:nicht|niemandem|keinem) (?:\w+ ){0,2}"
          r"(?:erz[äa]hlen|sagen)\b.{0,30}\b(?:was wir machen|was wir tun|was er (?:mit mir )?macht|unser geheimnis)\b",
    "it": r".{0,25}\bnon (?:lo )?(?:posso|devo|possiamo) (?:dire|raccontare)\b.{0,30}\b(?:quello che facciamo|cosa facciamo"
          r"|quello che mi fa|il nostro segreto)\b",
    "pt": r".{0,25}\bn[ãa]o (?:posso|devo|podemos) (?:contar|falar|dizer)\b.{0,30}\b(?:o que a gente faz|o que fazemos"
          r"|o que ele (?:me )?faz|nosso segredo)\b",
}
ADULT_SAYS_DONT_TELL: dict[str, list[str]] = {
    lang: [rf"^(?!.*\b(?:surprise|sorpresa|surprise|[üu]berraschung|sorpresa|surpresa|birthday|cumplea[ñn]os|anniversaire"
           rf"|geburtstag|compleanno|anivers[áa]rio|present|regalo|cadeau|geschenk|presente)\b).*?{said}{_NOT_TO_TELL_WHAT_WE_DO[lang]}"]
    for lang, said in _GROWN_UP_SAYS.items()
}
_extend(GROOMING, ADULT_SAYS_DONT_TELL)
