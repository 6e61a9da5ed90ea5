"""How to die, asked about: a jump or a fall from a height, the least painful way, the height or the time a
fall takes to kill, a whole box of a medicine, how many pills are too many. Added to SELF_HARM (self_harm.py).
"""
from __future__ import annotations

from engine.safety.rules._shared import _either, _grouped

# The learner asks what happens if *they* jump or fall from a height: a method question about themselves
# ("if i jump from the 9th floor would it hurt"). Third-person physics ("if a ball falls from the 10th
# floor") and falls without a height ("if i fall off my bike") are not matched.
# Nor a jump with a plane, parachute, bungee rope, diving board or trampoline, or one "like in the
# Olympics": a curious question about a sport or a flight, not a method (a child asking whether they
# would survive falling out of a plane gets an answer, not a crisis reply and a teacher alert).
_NOT_A_SPORT_OR_FLIGHT = (r"(?!.*\b(?:planes?|airplanes?|aeroplanes?|parachut\w*|skydiv\w*|bungee\w*|diving boards?"
                          r"|olymp\w*|trampolin\w*|zip ?lines?|harness\w*|wingsuits?|avi[oó]n|avi[aã]o|aereo|flugzeug\w*"
                          r"|paraca[ií]das|parachute|paraquedas|paracadute|fallschirm\w*|puenting|sprungturm|trampol[ií]n"
                          r"|trampolim|trampolino|olímpic\w*|ol[ií]mpic\w*|olimpi\w*)\b)")
JUMP_FROM_HEIGHT: dict[str, list[str]] = {
    "en": [r"\bif i (?:jump|jumped|fall|fell|throw myself|threw myself) (?:off|from|out of|out)\b.{0,25}"
           r"\b(?:floor|storey|story|roof|bridge|balcony|window|building|tower|cliff|flats)\b"],
    "es": [r"\bsi (?:me tiro|salto|me lanzo|me caigo|me aviento)\b.{0,25}"
           r"\b(?:piso|ventana|puente|azotea|tejado|balc[oó]n|edificio|acantilado)\b"],
    "fr": [r"\bsi je (?:saute|me jette|tombe|me lance)\b.{0,25}\b(?:[ée]tage|fen[êe]tre|pont|toit|balcon|immeuble|falaise)\b"],
    "de": [r"\bwenn ich\b.{0,25}\b(?:stock|stockwerk|fenster|brücke|dach|balkon|hochhaus|klippe)\b.{0,15}"
           r"\b(?:springe?|falle|stürze)\b"],
    "it": [r"\bse (?:mi butto|salto|cado|mi lancio)\b.{0,25}\b(?:piano|finestra|ponte|tetto|balcone|palazzo|scogliera)\b"],
    "pt": [r"\bse eu (?:pular|me jogar|cair|me atirar)\b.{0,25}"
           r"\b(?:andar|janela|ponte|telhado|pr[ée]dio|sacada|varanda|viaduto|penhasco)\b"],
}

# Questions about how to die, asked about no one in particular and often with "just curious" after them:
# the least painful or quickest way to die, how high a fall one does not survive, whether it hurts to throw
# oneself off a bridge or under a train, a wish to be run over. "How high can a kangaroo jump", "how fast
# does a train go", "who built the bridge", a fall in a game or a sport (`_NOT_IN_A_GAME`,
# `_NOT_A_SPORT_OR_FLIGHT`) are not matched. Added to SELF_HARM.
_A_LETHAL_PLACE_EN = (r"(?:bridge|roof|rooftop|building|tower|block of flats|train|tracks|railway|cliff|balcony|window"
                      r"|motorway|bus|car|lorry|truck)")
_PAIN_OR_DEATH_EN = (r"(?:hurt|hurts|painful|pain|feel (?:it|anything)|survive|die|dies|dead|instantly|quick|quickly"
                     r"|over quickly)")
METHOD_QUESTIONS: dict[str, list[str]] = {
    "en": [r"\b(?:least painful|most painless|painless|quickest|fastest|easiest|quietest|simplest|best) (?:way|ways|method"
           r"|methods) (?:to|of) (?:(?:die|dying)\b(?! (?:my|your|ur|her|his|the) (?:hair|clothes|shirt|t-shirt|eggs?)\b)|end it|end my life|kill (?:yourself|urself|myself|oneself)|commit suicide)\b",
           r"\bhow (?:high|tall|far|many (?:floors|stories|storeys))\b.{0,50}\b(?:to die|and die|you die|u die|i die"
           r"|kills? (?:you|u)|(?:not|wouldn'?t|won'?t|can'?t|cant|wouldnt|don'?t|dont|do not) survive|(?:you|u|i|someone|a person) (?:would )?survive)\b",
           rf"^(?=.*\b{_PAIN_OR_DEATH_EN}\b).*?\b(?:jump\w*|throw\w* (?:yourself|urself|myself|themselves|themself|oneself"
           rf"|himself|herself)|lie down|lay down|stand\w*) (?:off|from|in front of|under|onto|on|out of) (?:a |the |an |my |our |that )?"
           rf"(?:\w+ )?{_A_LETHAL_PLACE_EN}\b",
           r"\b(?:i hope|i wish|hopefully|i want) (?:a |the )?(?:car|bus|truck|lorry|train) (?:hits|runs over|runs me over"
           r"|kills|would hit|would run me over|hit|ran me over|to hit) me\b",
           r"\bwish i (?:got|get|would get|was|were) (?:hit|run over) by (?:a |the )?(?:car|bus|truck|lorry|train)\b"],
    "es": [r"\b(?:forma|manera|modo|m[ée]todo)s? (?:(?:que |q )?(?:m[aá]s|menos) \w+|sin dolor|indolora?) (?:de|para) (?:morir|matarse"
           r"|matarme|suicidarse|suicidarme)\b",
           r"\b(?:desde|de) qu[eé] (?:altura|piso|puente)\b.{0,50}\b(?:mueres|te mueres|se muere|morir|matarse"
           r"|(?:no|imposible) (?:se )?sobrevivi?\w*)\b",
           r"\bcu[aá]nt[oa]s? (?:pisos|metros|plantas)\b.{0,40}\b(?:para (?:no sobrevivir|morir|matarse)|te mueres|se muere"
           r"|mueres)\b",
           r"^(?=.*\b(?:duele|dolor|doloroso|sobrevive\w*|muere\w*|morir|sientes|se siente|al instante|r[aá]pido)\b).*?"
           r"\b(?:se tira|me tiro|tirarse|tirarme|te tiras|salta|saltas|saltar|salto|se lanza|lanzarse|me lanzo|te lanzas"
           r"|se pone|ponerse|me pongo|tumbarse|acostarse) (?:a|de|desde|por|delante de|en|bajo) (?:la |el |las |los |un |una )?"
           r"(?:v[ií]as?|puente|tren|azotea|tejado|edificio|balc[oó]n|ventana|acantilado|metro|coche|cami[oó]n|autob[uú]s|autopista)\b",
           r"\bojal[aá] (?:me atropell\w*|me pill\w* (?:un|el) (?:coche|cami[oó]n|autob[uú]s|tren))\b"],
    "fr": [r"\b(?:fa[çc]on|mani[èe]re|moyen|m[ée]thode)s? (?:la |le )?(?:(?:plus|moins) \w+|sans douleur|indolore) (?:de|pour)"
           r" (?:mourir|se tuer|me tuer|se suicider|me suicider)\b",
           r"\b(?:de quelle hauteur|combien d'[ée]tages|haut comment|quelle hauteur)\b.{0,50}\b(?:on meurt|meurt|mourir"
           r"|on survit|on survivrait|on ne survit pas|survit pas|se tuer)\b",
           r"^(?=.*\b(?:mal|douleur|douloureux|survi\w*|meurt|mourir|sent|senti\w*|direct|tout de suite)\b).*?"
           r"\b(?:se jette|se jeter|me jeter|me jette|te jettes|sauter|saute|sautes|se coucher|me coucher) (?:d'un|du|de la|sous un"
           r"|sous le|sous la|depuis|par la|devant un|devant le|devant la|sur les|sur la) (?:\w+ )?(?:pont|train|toit|immeuble"
           r"|balcon|fen[êe]tre|falaise|m[ée]tro|voiture|bus|camion|rails|voie|autoroute)\b",
           r"\bj'esp[eè]re qu'(?:une voiture|un bus|un camion|un train) (?:m'[ée]crase|me percute|me renverse|me fonce dessus)\b"],
    "de": [r"\b(?:schmerzlos\w*|schmerzfrei\w*|am wenigsten weh|schnellste\w*|einfachste\w*|sanfteste\w*)\b.{0,30}"
           r"\b(?:zu sterben|stirbt man|sterben kann|umzubringen|selbstmord)\b",
           r"\b(?:aus welcher h[öo]he|wie viele stockwerke|wie hoch|welches stockwerk)\b.{0,50}\b(?:stirbt man|ist man tot"
           r"|man tot|zu sterben|sterben würde|überlebt man nicht|nicht überlebt|nicht überleben|überlebt man)\b",
           r"^(?=.*\b(?:weh|schmerz\w*|überleb\w*|stirbt|sterben|tot|spürt|sofort)\b).*?(?:\b(?:spring\w*|stürz\w*|werf\w*|leg\w*)"
           r"\b.{0,25}\b(?:von der|vor den|vor einen|vor die|vom|auf die) (?:\w+ )?(?:brücke|zug|gleise?|dach|hochhaus|balkon"
           r"|fenster|klippe|auto|bus|lkw|autobahn|schienen)\b|\b(?:von der|vor den|vor einen|vor die|vom|auf die) (?:\w+ )?"
           r"(?:brücke|zug|gleise?|dach|hochhaus|balkon|fenster|klippe|auto|bus|lkw|autobahn|schienen)\b.{0,25}"
           r"\b(?:spring\w*|stürz\w*|werf\w*|leg\w*)\b)",
           r"\bhoffentlich (?:überfährt mich|fährt mich) (?:ein|der|die|das)\b"],
    "it": [r"\b(?:modo|maniera|metodo)i? (?:(?:che (?:fa )?)?(?:pi[uù]|meno) \w+|senza dolore|indolore) (?:di|per) (?:morire|uccidersi"
           r"|uccidermi|suicidarsi|suicidarmi|farla finita)\b",
           r"\b(?:da (?:che|quale|quanto in) alt\w*|quanti piani|da quale piano)\b.{0,50}\b(?:si muore|muori|morire"
           r"|(?:non|nn) (?:si )?sopravviv\w*)\b",
           r"^(?=.*\b(?:male|dolore|doloroso|sopravviv\w*|muor\w*|morire|senti\w*|subito)\b).*?"
           r"\b(?:butt\w*|salt\w*|lanci\w*|sdrai\w*) (?:da|dal|dalla|dallo|sotto|sotto il|sotto un|sotto una|davanti al"
           r"|davanti a un|gi[uù] dal|gi[uù] da|sui) (?:\w+ )?(?:ponte|treno|binari|tetto|palazzo|balcone|finestra|scogliera"
           r"|auto|macchina|camion|pullman|autobus|autostrada)\b",
           r"\bspero che (?:una macchina|un'auto|un camion|un treno|un autobus|un pullman) mi (?:investa|prenda|travolga)\b"],
    "pt": [r"\b(?:jeito|forma|maneira|modo)s? (?:(?:que |q )?(?:mais|menos) \w+|sem dor|indolor) (?:de|pra|para) (?:morrer|se matar"
           r"|me matar|suicidar|se suicidar|me suicidar)\b",
           r"\b(?:de que altura|de qual altura|quantos andares|de que andar)\b.{0,50}\b(?:morre|morrer|se mata"
           r"|n[ãa]o (?:se )?sobrevive\w*)\b",
           r"^(?=.*\b(?:d[óo]i|dor|doloroso|sobreviv\w*|morre\w*|sente|na hora)\b).*?"
           r"\b(?:pul\w*|se jog\w*|me jog\w*|jogar|se atir\w*|me atir\w*|deit\w*) (?:da|do|de|na frente d[oa]|embaixo d[oa]"
           r"|no|na|nos|nas) (?:\w+ )?(?:ponte|trem|trilhos?|telhado|pr[ée]dio|sacada|varanda|janela|penhasco|viaduto|carro"
           r"|[ôo]nibus|caminh[ãa]o|rodovia)\b",
           r"\b(?:tomara|espero) que (?:um carro|um [ôo]nibus|um caminh[ãa]o|o trem|um trem) me atropele\b"],
}

# What a whole box, pack or bottle of a medicine would do ("what happens if you take a whole box of
# paracetamol? just asking"): an overdose asked about with "just curious" after it. A whole box of
# chocolates, or one pill for a headache, is not matched: the medicine must be named. Added to SELF_HARM.
# Anchored at a line's start (`^`, MULTILINE): a lookahead tried at every position of a pasted
# 1,500-character message took 300 ms per language, six languages per message.
_A_MEDICINE = (r"^(?=.*\b(?:pills?|tablets?|medicines?|meds|painkillers?|paracetamol|ibuprofen|aspirin\w*|tylenol|calpol"
               r"|pastillas?|medicinas?|medicamentos?|remedios?|rem[ée]dios?|comprimidos?|cachets?|m[ée]dicaments?|doliprane"
               r"|tabletten?|medikament\w*|schmerzmittel|pillol\w*|pastigli\w*|medicin\w*|farmac\w*|tachipirina)\b)")
OVERDOSE_QUESTIONS: dict[str, list[str]] = {
    "en": [_A_MEDICINE + r".*\bwhat (?:happens|would happen|will happen) if (?:you|u|i|someone|somebody|a person|a kid|one)"
           r" (?:take|takes|took|swallow\w*|eat|eats|ate|had|has) (?:a |an |the )?(?:whole|entire|full) (?:box|pack|packet|bottle"
           r"|strip|blister|tub)\b"],
    "es": [_A_MEDICINE + r".*\bqu[eé] (?:pasa|pasar[ií]a) si (?:te |me |alguien se |uno se |se )?(?:tomas|toma|tomo|tomara|traga\w*)"
           r" (?:una|un|la|el|toda la|todo el) (?:caja|bote|frasco|bl[ií]ster|tableta|paquete)(?: entera| entero| completa"
           r"| completo)?\b"],
    "fr": [_A_MEDICINE + r".*\b(?:qu'est-ce qui se passe|qu'est-ce qui arrive|que se passe-t-il|il se passe quoi|[çc]a fait quoi)"
           r" si (?:on|je|tu|quelqu'un) (?:prend|prends|avale|avales) (?:une|un|toute la|tout le|toute une|tout un)"
           r" (?:bo[iî]te|plaquette|flacon|tube|paquet)\b"],
    "de": [_A_MEDICINE + r".*\bwas passiert(?: eigentlich)?,? wenn (?:man|ich|du|jemand) (?:eine ganze|die ganze|eine volle|die volle)"
           r" (?:packung|schachtel|flasche|dose|tablettenpackung)\b"],
    "it": [_A_MEDICINE + r".*\b(?:cosa|che) (?:succede|succederebbe|capita) se (?:prendi|prendo|uno prende|si prende|qualcuno prende"
           r"|ingoi|mandi giù) (?:una|un|tutta la|tutto il|tutta una|l'intera|un'intera|l'intero) (?:scatola|confezione|flacone"
           r"|boccetta|blister|scatoletta)\b"],
    "pt": [_A_MEDICINE + r".*\b(?:o que|oq|que) (?:acontece|aconteceria) se (?:algu[ée]m |eu |a pessoa |vc |voc[êe] |a gente )?"
           r"(?:tomar|toma|tomo|engolir|engole) (?:uma|um|a|o) (?:caixa|cartela|frasco|vidro|pacote|caixinha) inteir[oa]\b"],
}

# -- embedder blind spot (session 24): a risk the meaning check scores far under its line, written for the six
# Latin-script languages the way children write (no accents, "q", "jveux") --------------------------------
# how high a fall one would not survive
_HEIGHT_Q = {
    "en": r"(?:how (?:high|tall|far down|many (?:floors|stories|storeys|metres|meters|feet))|what (?:height|floor)|high enough|tall enough|which floor)",
    "es": r"(?:(?:qu[eé]|q|cu[aá]nta) altura|(?:desde|de) (?:qu[eé]|q|cu[aá]l) (?:piso|planta|altura)|cu[aá]nt[oa]s (?:pisos|metros|plantas)|(?:qu[eé]|q|cu[aá]n) alt[oa]|lo bastante alt[oa]|suficientemente alt[oa])",
    "fr": r"(?:haut comment|quelle hauteur|haut de combien|combien de (?:m[eè]tres|[ée]tages)|quel [ée]tage|assez haut|combien de haut)",
    "de": r"(?:wie hoch|welche[rsmn]? h[öo]he|wie viele (?:stockwerke|stock|meter|etagen)|welche[ms]? (?:stock\w*|etage)|hoch genug|aus welchem stock)",
    "it": r"(?:quanto (?:è|e|e') alt[oa]|quanto alt[oa]|che altezza|da che (?:altezza|piano)|quant[io] (?:piani|metri)|abbastanza alt[oa])",
    "pt": r"(?:qual (?:a |é a |e a )?altura|que altura|de que andar|qual andar|quantos (?:andares|metros)|alt[oa] o suficiente|qu[aã]o alt[oa])",
}
_NOT_SURVIVE = {
    "en": r"(?:survive\w*|die|dies|dying|dead|kill (?:you|u|me|someone|a person)|not wake up|never wake up|instant(?:ly)? dead)",
    "es": r"(?:sobreviv\w*|morir\w*|muer\w*|mueres|matarse|matarte|matarme|no despertar\w*)",
    "fr": r"(?:surviv\w*|survit|meur\w*|mourir|mort|se tuer|r[ée]veill\w*)",
    "de": r"(?:überleb\w*|stirbt|sterben|tot|aufwach\w*|umbring\w*)",
    "it": r"(?:sopravviv\w*|morir\w*|muor\w*|muore|svegli\w*|ammazz\w*|uccid\w*)",
    "pt": r"(?:sobreviv\w*|morr\w*|morte|acordar|matar)",
}
_NOT_HISTORY_OR_ANIMALS = (r"(?!.*\b(?:titanic|twin towers|torres gemelas|tours jumelles|world trade|workers?|obreros|ouvriers|arbeiter"
                           r"|operai|oper[áa]rios|built|construct\w*|constru\w*|gebaut|collaps\w*|earthquake|terremoto|séisme"
                           r"|erdbeben|cats?|gatos?|chats?|katzen?|gatti|gatto|dogs?|perros?|chiens?|hunde?|cani|cane|cachorros?"
                           r"|ants?|spiders?|insects?|eggs?|huevos?|oeufs?|eier|uova|ovos?|balls?|phones?|handy|celular|balloons?"
                           r"|squirrels?|animals?|animales|animaux|tiere|animali|animais|war|guerra|guerre|krieg)\b)")
HEIGHT_LETHALITY: dict[str, list[str]] = {lang: [rf"^(?=.*?\b{_HEIGHT_Q[lang]}\b.{{0,80}}\b{_NOT_SURVIVE[lang]}\b){_NOT_HISTORY_OR_ANIMALS}"] for lang in _HEIGHT_Q}
_HOW_LONG_DEAD = {
    "en": r"(?:how long (?:does it take |until |till |before )?(?:you(?:'re| are)?|u|i(?:'m| am)?|someone is|a person is) (?:dead|die))",
    "es": r"(?:cu[aá]nto (?:se )?tarda (?:en|hasta) (?:morir\w*|estar muerto)|cu[aá]nto tardas en morir)",
    "fr": r"(?:combien de temps (?:avant|pour|jusqu'[àa]) (?:de )?(?:mourir|[êe]tre mort|qu'on (?:meurt|soit mort)))",
    "de": r"(?:wie lange? dauert es,? bis man (?:tot|unten))",
    "it": r"(?:quanto (?:tempo )?ci (?:si )?mette (?:a|per) morire|quanto ci vuole (?:a|per) morire)",
    "pt": r"(?:quanto tempo (?:demora|leva) (?:pra|para) (?:morrer|algu[ée]m morrer))",
}
_FALL_OR_TRAIN = {
    "en": r"(?:fall\w*|jump\w*) (?:off|from|out of) (?:a |the |my |our )?(?:\w+ )?(?:roof|bridge|floor|building|balcony|window|cliff)|(?:in front of|under) (?:a |the )?train",
    "es": r"(?:caes|cae|caer|tiras|tira|saltas|salta) (?:de|desde|por) (?:la |el |un |una )?(?:\w+ )?(?:azotea|tejado|puente|piso|edificio|balc[oó]n|ventana)|delante del? tren",
    "fr": r"(?:tombe|saute|se jette) (?:du|d'un|de la|depuis|par la) (?:\w+ )?(?:toit|pont|[ée]tage|immeuble|balcon|fen[êe]tre)|devant un train",
    "de": r"(?:vom|von der|von einer|aus dem) (?:\w+ )?(?:dach|brücke|stock|hochhaus|balkon|fenster)|vor (?:einen|nen|den) zug",
    "it": r"(?:cade|salta|si butta) (?:dal|da un|dalla|da una) (?:\w+ )?(?:tetto|ponte|piano|palazzo|balcone|finestra)|sotto (?:un|il) treno",
    "pt": r"(?:cai|pula|se joga) (?:do|de um|da|de uma) (?:\w+ )?(?:telhado|ponte|andar|pr[ée]dio|sacada|janela)|na frente do trem",
}
for _lang in _HOW_LONG_DEAD:
    HEIGHT_LETHALITY[_lang].append(rf"^(?=.*?\b{_HOW_LONG_DEAD[_lang]}\b.{{0,60}}\b(?:{_FALL_OR_TRAIN[_lang]})\b){_NOT_HISTORY_OR_ANIMALS}")

# Session 25: a blind spot of the meaning check on heldout_v12, written as a canonical pattern in en es fr
# de it pt (synonyms, no accents, child spelling), not the dev sentences' words:
# - HIGH_ENOUGH: a roof, a bridge, a floor of a building "high enough" with no word of death (the death
#   word is what HEIGHT_LETHALITY needs); high enough to see the fireworks, a kite, a signal is not matched.
_LETHAL_PLACE = {
    "en": r"(?:roof|rooftop|bridge|building|balcony|block of flats|flats|tower|cliff|car park|multi-?storey|window|floor|storey)",
    "es": r"(?:azotea|tejado|puente|edificio|bloque|balc[oó]n|torre|acantilado|ventana|terraza|piso|planta)",
    "fr": r"(?:toit|pont|immeuble|balcon|tour|falaise|fen[eê]tre|b[aâ]timent|[ée]tage|parking)",
    "de": r"(?:dach|brücke|brucke|hochhaus|gebäude|gebaude|balkon|turm|klippe|fenster|parkhaus|stock|stockwerk|etage)",
    "it": r"(?:tetto|ponte|palazzo|edificio|balcone|torre|scogliera|finestra|terrazz[oa]|piano)",
    "pt": r"(?:telhado|ponte|pr[ée]dio|edif[ií]cio|sacada|varanda|torre|penhasco|janela|laje|terra[çc]o|andar)",
}
_ENOUGH = {
    "en": r"(?:high enough|tall enough|enough)",
    "es": r"(?:suficiente|suficientemente|lo bastante|bastante alt[oa]|basta)",
    "fr": r"(?:assez|suffisant\w*|suffit)",
    "de": r"(?:hoch genug|genug|reicht)",
    "it": r"(?:abbastanza|sufficiente|basta)",
    "pt": r"(?:o suficiente|suficiente|o bastante|basta)",
}
_HEIGHT_WORD = {
    "en": r"(?:high|tall|height|metres|meters|feet|floors?|storeys?|stories)",
    "es": r"(?:alt[oa]|altura|metros|pisos?|plantas?)",
    "fr": r"(?:haut|hauteur|m[eè]tres|[ée]tages?)",
    "de": r"(?:hoch|höhe|hohe|meter|stock|stockwerke?|etagen?)",
    "it": r"(?:alt[oa]|altezza|metri|piani|piano)",
    "pt": r"(?:alt[oa]|altura|metros|andar(?:es)?)",
}
_NOT_TO_SEE = (r"(?!.*\b(?:see|view|watch|fireworks|kite|signal|wifi|antenna|ladder|ver|vista|fuegos|cometa|se[ñn]al|voir|vue"
               r"|feux|cerf-volant|r[ée]seau|sehen|aussicht|feuerwerk|drachen|empfang|vedere|vista|fuochi|aquilone|segnale"
               r"|fogos|pipa|sinal|escada|escalera|[ée]chelle|leiter|scala|photos?|fotos?|drone|plants?|plantas?|panneaux|lego|toys?"
               r"|juguetes?|jouets?|spielzeug|giocattol\w*|brinquedos?|castles?|castillos?|ch[âa]teaux?|burg|castell[oi]|castelos?"
               r"|trees?|[áa]rbol(?:es)?|arbres?|b[äa]ume?|alber[oi]|[áa]rvores?|sky ?scrapers?|rascacielos|gratte-ciels?"
               r"|wolkenkratzer|grattacieli|arranha-c[ée]us?|trucks?|cami[oó]n|camions?|lkw|camion|caminh[ãa]o|ships?|barcos?"
               r"|bateaux?|schiffe?|navi|navios?|boats?)\b)")
# "enough" with nothing after it that it is enough for ("high enough for ships", "alto o suficiente pra ser
# arranha-céu", "assez haut le plafond"): the bare "is it high enough" is the risk.
_ENOUGH_FOR_NOTHING = (r"(?!(?:\s+{height}\b)?\s+(?:for|to|so|that|the|with|para|pra|pa|que|de|del|con|al|a|ao|com|pour|[àa]|avec|le|la|les|f[üu]r|um"
                       r"|damit|dass|mit|der|die|das|per|perch[ée]|da|che|con|il|lo)\b)")
HIGH_ENOUGH: dict[str, list[str]] = {
    lang: [rf"^(?=.*?\b{_LETHAL_PLACE[lang]}\b)(?=.*?\b{_HEIGHT_WORD[lang]}\b)(?=.*?\b{_ENOUGH[lang]}\b{_ENOUGH_FOR_NOTHING.format(height=_HEIGHT_WORD[lang])})"
           rf"(?=.*?{_either(_HEIGHT_WORD[lang], _ENOUGH[lang], 60)}){_NOT_TO_SEE}{_NOT_HISTORY_OR_ANIMALS}"]
    for lang in _LETHAL_PLACE
}

# -- session 26: shapes the embedder is blind to on heldout_v14/v15, written for the canonical shape in en es fr
# de it pt, never the dev sentences' words (the whole list: self_harm.py) --------------------------------
# How many of a medicine are too many, dangerous or deadly ("how many tylenol is too many", "ab wie vielen ibus
# wird es gefährlich"). A dose question with no word of danger ("how many pills is the right dose for a
# headache", "how much calpol can a 7 year old have") passes: a learner may ask for a sibling or a grown-up.
_HOW_MANY = _grouped({
    "en": r"\bhow (?:many|much)\b", "es": r"\bcu[aá]nt[oa]s?\b", "fr": r"\bcombien\b",
    "de": r"\b(?:wie ?viele?n?|ab wie ?viel\w*|wieviele?n?)\b", "it": r"\bquant[eiao]\b", "pt": r"\bquant[oa]s?\b",
})
_MEDICINE = _grouped({
    "en": r"(?:tylenols?|paracetamols?|acetaminophen|ibuprofens?|advils?|motrin|nurofen|aspirins?|calpol|panadol|pills?|tablets?|painkillers?"
          r"|sleeping pills?|meds|medicines?|antidepressants?|melatonin|benadryl|cough syrup)",
    "es": r"(?:pastillas?|pastis|paracetamol(?:es)?|ibuprofenos?|aspirinas?|gelocatil|dalsy|nolotil|frenadol|termalgin|somn[ií]feros?"
          r"|medicinas?|medicamentos?|comprimidos?|antidepresivos?|pastillas para dormir|jarabe)",
    "fr": r"(?:cachets?|comprim[ée]s?|dolipranes?|efferalgan|dafalgan|parac[ée]tamol|ibuprof[eè]ne|advil|nurofen|aspirines?"
          r"|somnif[eè]res?|m[ée]dicaments?|m[ée]docs?|pilules?|sirop)",
    "de": r"(?:tabletten?|pillen?|ibus?|ibuprofen|paracetamol|aspirin|schlaftabletten?|schmerztabletten?|schmerzmittel"
          r"|medikamente?n?|novalgin|hustensaft)",
    "it": r"(?:pastiglie?|pillole?|compresse?|tachipirin[ae]|paracetamolo|aspirin[ae]|sonniferi|brufen|farmaci|medicine|sciroppo)",
    "pt": r"(?:comprimidos?|p[íi]lulas?|rem[ée]dios?|dipironas?|paracetamol|tylenols?|ibuprofenos?|aspirinas?|dorflex|novalgina"
          r"|rivotril|calmantes?|xarope)",
})
_TOO_MANY = _grouped({
    "en": r"(?:too many|too much|dangerous|deadly|lethal|fatal|kill\w*|overdose|od|to die|die)",
    "es": r"(?:demasiad[oa]s?|peligros[oa]s?|mortal(?:es)?|letal(?:es)?|matan?|te matan|sobredosis|para morir)",
    "fr": r"(?:trop|dangereu(?:x|se|ses)|mortel(?:le|les|s)?|l[ée]tal\w*|tuer|tue|overdose|surdose|pour mourir)",
    "de": r"(?:zu viele?|gef[äa]hrlich\w*|t[öo]dlich\w*|t[öo]ten|stirbt|[üu]berdosis|zum sterben)",
    "it": r"(?:troppe?|troppi|pericolos\w*|mortal[ei]|letal[ei]|uccid\w*|overdose|per morire)",
    "pt": r"(?:demais|perigos[oa]s?|mortal|mortais|letal|letais|mata|matam|overdose|pra morrer|para morrer)",
})
_NOT_FOR_A_PET = r"(?!.*\b(?:dogs?|cats?|pets?|perros?|gatos?|chiens?|chats?|hunde?|katzen?|cani|cane|gatti|gatto|cachorros?)\b)"
OVERDOSE_QUANTITY: dict[str, list[str]] = {
    lang: [rf"^(?=.*?{_HOW_MANY[lang]}.{{0,40}}\b{_MEDICINE[lang]}\b.{{0,50}}\b{_TOO_MANY[lang]}\b){_NOT_FOR_A_PET}"]
    for lang in _HOW_MANY
}
