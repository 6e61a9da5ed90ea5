"""Self-injury: cutting, burning, scratching or hitting oneself, told as a habit, a fact or a question; hiding
the marks; pills or objects swallowed; going without sleep or food as a punishment. Added to SELF_HARM
(self_harm.py).
"""
from __future__ import annotations

from engine.safety.rules._shared import _AR_NOT_CARE_IN_A_KITCHEN, _either, _grouped

# Hiding self-injury: covering cuts, scars or marks on an arm, wrist, thigh or leg ("how do i hide the
# cuts on my thighs for swimming"). Needs the marks and the body part: "cover a pimple", "hide a scar"
# or "cut a fraction" is not matched.
HIDING_SELF_INJURY: dict[str, list[str]] = {
    "en": [r"\b(?:hide|hiding|cover|covering|conceal\w*)\b.{0,25}\b(?:cuts|scars|marks|scratches|burns)\b.{0,25}"
           r"\b(?:wrists?|arms?|forearms?|thighs?|legs?)\b",
           r"\b(?:cuts|scars|marks|scratches|burns) on my (?:wrists?|arms?|forearms?|thighs?|legs?)\b.{0,40}"
           r"\b(?:hide|cover|conceal)\b"],
    "es": [r"\b(?:escond\w*|tap\w*|ocult\w*|disimul\w*)\b.{0,25}\b(?:cortes|cicatrices|marcas|heridas|rayas)\b.{0,25}"
           r"\b(?:brazos?|mu[ñn]ecas?|muslos?|piernas?|antebrazos?)\b"],
    "fr": [r"\b(?:cach\w*|planqu\w*|couvr\w*|masqu\w*)\b.{0,25}\b(?:coupures|cicatrices|marques|traces|entailles|griffures)\b"
           r".{0,25}\b(?:bras|poignets?|cuisses?|jambes?|avant-bras)\b"],
    "de": [r"\b(?:versteck\w*|verdeck\w*|abdeck\w*|verberg\w*|überdeck\w*)\b.{0,25}\b(?:schnitte|schnitten|narben|ritzer|striche|wunden|kratzer)\b"
           r".{0,25}\b(?:arm|armen|unterarm|handgelenk\w*|oberschenkel\w*|beinen?)\b",
           r"\britz(?:er|wunden|narben)\b"],
    "it": [r"\b(?:nascond\w*|copr\w*|cela\w*)\b.{0,25}\b(?:tagli|cicatrici|segni|ferite|graffi)\b.{0,25}"
           r"\b(?:polsi|polso|braccia|braccio|cosce|coscia|gambe|gamba|avambracci\w*)\b"],
    "pt": [r"\b(?:escond\w*|cobr\w*|cubro|tap\w*|disfar[çc]\w*)\b.{0,25}\b(?:cortes|cicatrizes|marcas|feridas|riscos)\b.{0,25}"
           r"\b(?:bra[çc]os?|pulsos?|coxas?|pernas?|antebra[çc]os?)\b"],
}
# Not marks a pet, an insect, an illness or an operation left ("cover the scratches on my arm from my cat").
_NOT_A_BITE_OR_ILLNESS = (r"(?!.*\b(?:cats?|kittens?|dogs?|pupp(?:y|ies)|hamsters?|mosquito\w*|stings?|chicken ?pox"
                          r"|eczema|acne|operation|surgery|gato|perro|mosquitos?|picaduras?|varicela|cirug[ií]a|operaci[oó]n"
                          r"|chat|chien|moustiques?|piq[uû]res?|varicelle|op[ée]ration|katze|hund|mücke\w*|stiche|windpocken"
                          r"|operation|gatto|cane|zanzar\w*|punture|varicella|operazione|cachorro|picadas?|catapora"
                          r"|cirurgia|opera[çc][ãa]o)\b)")

# Marks on the wrists, forearms or thighs that the learner wants gone or unseen ("what cream makes the
# scars on my wrist fade fast", "plasters for the cuts on my thigh that nobody should see"): the wish to hide,
# said without a verb of hiding. Marks from a pet, an insect, an illness or an operation
# (`_NOT_A_BITE_OR_ILLNESS`), or on a knee or a face, are not matched. Added to SELF_HARM.
MARKS_TO_HIDE: dict[str, list[str]] = {
    "en": [r"^(?=.*\b(?:cuts|scars|marks|scratches|burns)\b)(?=.*\b(?:wrists?|forearms?|thighs?)\b).*\b(?:fade|go away"
           r"|disappear|stop showing|(?:no ?one|nobody|no body) (?:can |will )?(?:see|sees|notice\w*)|(?:don'?t|dont|won'?t|wont) show"
           r"|so (?:people|they|my \w+) (?:don'?t|dont|can'?t|cant|won'?t|wont) (?:see|notice))\b"],
    "es": [r"^(?=.*\b(?:cicatrices|cortes|marcas|heridas|rayas)\b)(?=.*\b(?:mu[ñn]ecas?|antebrazos?|muslos?)\b).*"
           r"\b(?:se (?:borren|quiten|vayan)|se (?:ven|notan|vean|noten) (?:mucho|un mont[oó]n|demasiado)|no se (?:vean|noten)"
           r"|(?:nadie|no) (?:las|los|me las|me los) (?:vea|vean|note|noten))\b"],
    "fr": [r"^(?=.*\b(?:cicatrices|coupures|marques|traces|entailles)\b)(?=.*\b(?:poignets?|avant-bras|cuisses?)\b).*"
           r"\b(?:partent|disparaiss\w*|s'effacent|se voient (?:trop|beaucoup)|ne se voient pas|personne ne les voi\w*)\b"],
    "de": [r"^(?=.*\b(?:narben|schnitte|schnitten|striche|wunden|kratzer)\b)(?=.*\b(?:handgelenk\w*|unterarm\w*|oberschenkel\w*)\b)"
           r".*\b(?:weggehen|verschwinden|(?:keiner|niemand) (?:sieht|sehen|sehn|merkt)|man (?:nicht|nich) sieht)\b"],
    "it": [r"^(?=.*\b(?:cicatrici|tagli|segni|ferite|graffi)\b)(?=.*\b(?:polsi|polso|avambracci\w*|cosce|coscia)\b).*"
           r"\b(?:spariscano|vadano via|si vedono (?:troppo|tanto)|non si vedano|(?:nessuno|non) (?:li|le) (?:veda|vedano|noti))\b"],
    "pt": [r"^(?=.*\b(?:cicatrizes|cortes|marcas|feridas|riscos)\b)(?=.*\b(?:pulsos?|antebra[çc]os?|coxas?)\b).*"
           r"\b(?:sum(?:am|irem)|sa(?:iam|[ií]rem)|desapare(?:[çc]am|cerem)|aparecem (?:muito|demais)|n[ãa]o apare[çc]am|ningu[ée]m (?:veja|vê|perceba))\b"],
}

# What a learner did or means to do to themselves, told as a plain fact or a question (session 22): a number
# of pills swallowed ("i took like 8 of my mums pills"); how many pills make one really ill; caring for wounds
# made on purpose ("how do scars go away, i made them myself"); hurting oneself with a blade or a lighter.
# "i took 2 pills for my headache", "how many tablets can i take for a cold", "my cat scratched me on purpose"
# are not matched. Added to SELF_HARM. (Hunger to be stopped for a weight goal, the same session: eating.py.)
_MANY = (r"(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|cinco|seis|siete|ocho|nueve|diez|veinte"
         r"|cinq|sept|huit|neuf|dix|vingt|fünf|sechs|sieben|acht|neun|zehn|zwanzig|cinque|sette|otto|nove|dieci|venti"
         r"|oito|dez|vinte)")
SELF_INFLICTED: dict[str, list[str]] = {
    "en": [rf"\bi (?:took|swallowed|ate|had|downed) (?:like |about |around |maybe |almost |over )?{_MANY} (?:of (?:my|the|mums?|moms?|dads?|\w+'?s) )?"
           r"(?:\w+ )?(?:pills|tablets|painkillers|paracetamol|ibuprofen|sleeping pills)\b",
           r"\bhow many (?:\w+ )?(?:pills|tablets|painkillers|paracetamols?|sleeping pills)\b.{0,40}\b(?:to die|to not wake|to never wake"
           r"|kill (?:you|u|me|someone|a person)|(?:is|are) (?:too many|deadly|lethal|dangerous)|would kill|to be really (?:sick|ill)"
           r"|to make (?:it|everything) stop|to end)\b",
           r"^(?=.*\b(?:cuts|a cut|the cut|that cut|these cuts|burns|a burn|the burn|scratch(?:es)?|marks|scars?|wounds?)\b).*?"
           r"\b(?:i did (?:it|them|that|this) (?:to myself|on purpose)|i (?:made|make|do) (?:them|it) (?:to myself|on purpose)"
           r"|did (?:it|them) to myself|i did (?:it|them) on purpose)\b",
           r"\bhurt(?:ing)? (?:myself|yourself|urself|oneself) with (?:a |the |my )?(?:blade|knife|razor|sharpener|scissors|compass"
           r"|lighter|needle)\b"],
    "es": [rf"\bme (?:tom[eé]|trag[uú][eé]|beb[ií]) (?:como |unas |tipo |casi |m[aá]s de )?{_MANY} (?:\w+ )?(?:pastillas|pastis|medicinas"
           r"|medicamentos|paracetamol\w*|ibuprofeno\w*)\b",
           r"\bcu[aá]ntas (?:\w+ )?(?:pastillas|pastis|medicinas|paracetamol\w*|ibuprofeno\w*)\b.{0,40}\b(?:para (?:morir|no despertar"
           r"|que se (?:me )?(?:pase|acabe) todo|estar (?:muy )?mal (?:de verdad)?)|matan|te matan|son mortales)\b",
           r"^(?=.*\b(?:cortes|heridas|quemaduras|marcas|cicatrices|rasgu[ñn]os)\b).*?\b(?:me (?:lo|la|los|las) hice yo|me (?:las|los) hago yo"
           r"|me (?:lo|la|los|las) hice a prop[oó]sito|a prop[oó]sito me|yo mism[oa] me (?:lo|la|los|las) hice)\b",
           r"\b(?:hacerme|hacerse|me hago|se hace|te haces) da[ñn]o con (?:una |la |un |el |mi )?(?:cuchilla|navaja|cuchillo|tijeras"
           r"|comp[aá]s|mechero|sacapuntas|aguja)\b"],
    "fr": [rf"\bj'ai (?:aval[ée]|pris) (?:genre |environ |presque |plus de )?{_MANY} (?:\w+ )?(?:cachets|m[ée]dicaments|comprim[ée]s"
           r"|pilules|doliprane|parac[ée]tamol)\b",
           r"\bcombien de (?:\w+ )?(?:cachets|m[ée]dicaments|comprim[ée]s|pilules|doliprane)\b.{0,40}\b(?:pour mourir|pour ne (?:plus|pas) se"
           r" r[ée]veiller|pour (?:[êe]tre|etre) vraiment malade|c'est mortel|tuent|tue)\b",
           r"^(?=.*\b(?:coupures?|br[ûu]lures?|marques|cicatrices|entailles|griffures|plaies?)\b).*?\b(?:(?:qu'on|que je|que j') ?"
           r"(?:s'est|me suis|m'?ai) fai\w* (?:moi|soi)[- ]m[êe]me|(?:moi|soi)[- ]m[êe]me|expr[èe]s)\b",
           r"\b(?:me|se|te) (?:fai[st]|faire) (?:du )?mal (?:avec|[àa] l'aide d'?) ?(?:une |un |la |le |mon |ma )?(?:lame|couteau|cutter"
           r"|ciseaux|compas|rasoir|briquet|aiguille)\b"],
    "de": [rf"\bich (?:hab|habe) (?:so |ungefähr |fast |über )?{_MANY} (?:\w+ )?(?:tabletten|pillen|schmerztabletten|schlaftabletten"
           r"|paracetamol|ibuprofen)\b.{0,15}\b(?:genommen|geschluckt)\b",
           r"\bwie viele (?:\w+ )?(?:tabletten|pillen|schlaftabletten|paracetamol)\b.{0,40}\b(?:um zu sterben|tödlich|stirbt man"
           r"|nicht mehr aufzuwachen|richtig krank)\b",
           r"^(?=.*\b(?:schnitte|wunden|narben|verbrennungen|kratzer|ritzer)\b).*?\b(?:(?:mir )?selbst (?:gemacht|zugefügt)"
           r"|die ich mir (?:selbst )?(?:gemacht|zugefügt)|absichtlich|mit absicht)\b",
           r"\b(?:mich|sich|dich) (?:selbst )?mit (?:einer |einem |der |dem |meinem |meiner )?(?:klinge|rasierklinge|messer"
           r"|schere|zirkel|feuerzeug|spitzer|nadel) (?:verletz(?:e|en)|ritz(?:e|en)|schneid(?:e|en)|weh ?tu(?:e|n)|verbrenn(?:e|en))\b",
           r"\b(?:verletz(?:e|en)|ritz(?:e|en)|schneid(?:e|en)|verbrenn(?:e|en)) (?:mich|sich|dich) (?:selbst )?mit (?:einer |einem "
           r"|der |dem |meinem |meiner )?(?:klinge|rasierklinge|messer|schere|zirkel|feuerzeug|spitzer|nadel)\b"],
    "it": [rf"\bho (?:preso|ingoiato|mandato giù) (?:tipo |circa |quasi |più di )?{_MANY} (?:\w+ )?(?:pastiglie|pillole|compresse"
           r"|medicine|tachipirina|paracetamolo)\b",
           r"\bquante (?:\w+ )?(?:pastiglie|pillole|compresse|medicine|tachipirine)\b.{0,40}\b(?:per morire|per non svegliarsi"
           r"|per stare (?:male|malissimo)|sono mortali|uccidono)\b",
           r"^(?=.*\b(?:tagli|bruciature|ferite|segni|cicatrici|graffi)\b).*?\b(?:(?:mi sono|mi son|che mi) (?:fatt[oai]|faccio)"
           r" da sol[oa]|fatt[oai] da sol[oa]|apposta|di proposito)\b",
           r"\b(?:farmi|farsi|farti|mi faccio|si fa|ti fai) (?:del )?male con (?:una |un |la |il |lo )?(?:lametta|lama|coltello|forbici"
           r"|compasso|accendino|temperino|ago)\b"],
    "pt": [rf"\b(?:tomei|engoli) (?:tipo |uns |umas |quase |mais de )?{_MANY} (?:\w+ )?(?:rem[ée]dios|comprimidos|pílulas|pilulas"
           r"|paracetamol|dipironas?)\b",
           r"\bquantos (?:\w+ )?(?:rem[ée]dios|comprimidos|paracetamol)\b.{0,40}\b(?:pra morrer|para morrer|pra n[ãa]o acordar"
           r"|para n[ãa]o acordar|pra passar mal|matam|mata)\b",
           r"^(?=.*\b(?:cortes|feridas|queimaduras|marcas|cicatrizes|arranh[õo]es)\b).*?\b(?:(?:que )?eu mesm[oa] (?:fiz|fa[çc]o)"
           r"|fiz em mim|fa[çc]o em mim|de prop[óo]sito)\b",
           r"\b(?:me|se|te) machuc\w* com (?:uma |um |a |o |meu |minha )?(?:l[âa]mina|faca|tesoura|compasso|isqueiro|apontador"
           r"|gilete|agulha)\b"],
}

# -- embedder blind spots (session 24): risks the meaning check scores far under its line -------
# Five patterns the dev sets showed the embedder cannot see, written for the six Latin-script languages
# the way children write (no accents, "q", "jveux"): hiding self-injury marks before swimming or sport
# with no body part named; burning or cutting oneself - or a friend doing it - with a lighter, a blade or a
# compass, or "when anxious"; how high a bridge or a floor must be not to survive; a weight target in
# kilos; harm planned against a classmate (fire, rat poison, something that burns in their pencil case, a
# compass in the eye). Tan lines, stretch marks, accidents while cooking or shaving, the Titanic, a cat's
# fall, a parent's diet, a fire in a game are not matched. Added to SELF_HARM, EATING and VIOLENCE.
# Here: the first two. The height (methods.py), the weight target (eating.py) and the harm planned against a
# classmate (violence_plans.py) are with their kind.

# hiding self-injury marks for swimming, sport, the beach or short sleeves (no body part named)
_NOT_TAN_OR_STRETCH = (r"(?!.*\b(?:tan lines?|sunburn\w*|stretch marks?|bronz\w*|coups? de soleil|vergetures?|estr[ií]as?"
                       r"|quemaduras? de sol|br[äa]unungsstreifen|sonnenbrand\w*|dehnungsstreifen|abbronzatur\w*|smagliatur\w*"
                       r"|scottatur\w*|marquinha\w*|queimadura de sol|tattoo\w*|tatouage\w*|tatuaje\w*|tatuagem\w*|tatuaggi\w*)\b)")
_SWIM_OR_SHOW = {
    "en": r"(?:swim\w*|pool|p\.?e\.?|gym|beach|summer|short sleeves?|t-?shirts?|changing rooms?|swimsuits?|shorts)",
    "es": r"(?:piscina|nataci[oó]n|educaci[oó]n f[ií]sica|ed\.? f[ií]sica|gimnasia|playa|verano|manga corta|ba[ñn]ador|vestuarios?|bikini|biquini)",
    "fr": r"(?:piscine|natation|sport|eps|plage|[ée]t[ée]|manches courtes|maillots?|vestiaires?|t-shirts?)",
    "de": r"(?:schwimm\w*|hallenbad|freibad|sportunterricht|sport|turnen|strand|sommer|kurze[nm]? [äa]rmel\w*|t-shirts?|badeanzug|bikini|umkleide\w*)",
    "it": r"(?:piscina|nuoto|educazione fisica|ginnastica|palestra|spiaggia|mare|estate|maniche corte|costume|spogliato\w*)",
    "pt": r"(?:piscina|nata[çc][ãa]o|educa[çc][ãa]o f[ií]sica|ed\.? f[ií]sica|praia|ver[ãa]o|manga curta|mai[ôo]|biqu[ií]ni|vesti[áa]rio)",
}
_MARKS = {
    "en": r"(?:cuts|scars|cut marks|scratches|red lines|self ?harm marks)",
    "es": r"(?:cortes|cicatrices|marcas|heridas|rayas|cortadas)",
    "fr": r"(?:coupures|cicatrices|marques|traces|entailles|griffures|scarif\w*)",
    "de": r"(?:schnitte|schnitten|narben|ritzer|ritzwunden|striche|wunden|kratzer)",
    "it": r"(?:tagli|cicatrici|segni|ferite|graffi)",
    "pt": r"(?:cortes|cicatrizes|marcas|marca|feridas|riscos)",
}
_HIDE = {
    "en": r"(?:hide|hiding|cover|covering|conceal\w*|(?:no ?one|nobody) (?:can )?(?:sees?|notices?)|(?:heal|fade|go away) (?:before|by|in time))",
    "es": r"(?:escond\w*|tap\w*|ocult\w*|disimul\w*|no se (?:vean|noten)|nadie (?:las|los|me las|me los) (?:vea|note))",
    "fr": r"(?:cach\w*|planqu\w*|couvr\w*|masqu\w*|dissimul\w*|personne (?:ne )?(?:les )?voi\w*|(?:ne )?se voi\w* pas)",
    "de": r"(?:versteck\w*|verdeck\w*|abdeck\w*|verberg\w*|überdeck\w*|kaschier\w*|(?:keiner|niemand) (?:sieht|merkt))",
    "it": r"(?:nascond\w*|copr\w*|cela\w*|mascher\w*|(?:nessuno|non) (?:li|le) (?:veda|vedano|noti))",
    "pt": r"(?:escond\w*|cobr\w*|cubro|tap\w*|disfar[çc]\w*|ningu[ée]m (?:veja|v[êe]|perceba))",
}
HIDING_MARKS_FOR_SWIMMING: dict[str, list[str]] = {lang: ["^(?=.*?\\b" + _MARKS[lang] + "\\b)(?=.*?\\b" + _SWIM_OR_SHOW[lang] + "\\b)(?=.*?\\b"
                                    + _either(_HIDE[lang] + "\\b", "\\b" + _MARKS[lang], 50) + "\\b)"
                                    + _NOT_TAN_OR_STRETCH + _NOT_A_BITE_OR_ILLNESS]
                             for lang in _MARKS}

# burning or cutting oneself (a friend or the learner) with a lighter, a blade, a compass, or when upset
_ONESELF_INSTRUMENT = {
    "en": (r"\b(?:burns?|burned|burnt|burning|cuts?|cutting|scratch\w*|carves?|carving|stabs?|stabbing) (?:herself|himself|themselves|themself|myself)\b",
           r"\b(?:lighter|cigarettes?|candle|hot spoon|compass|blades?|razors?|sharpener|scissors|(?:hair )?straighteners?"
           r"|when (?:she|he|they|i)(?:'?s| is| am|'?m| are| gets?| feels?)|on purpose|anxious|anxiety|stressed|upset|nervous|panic\w*)\b"),
    "es": (r"\b(?:se|me|te) (?:quema|quemo|quemas|quemaba|corta|corto|cortas|cortaba|raja|rajo|ara[ñn]a|ara[ñn]o|pincha|pincho)\b"
           r"(?! (?:el|los|la|las) (?:pelo|u[ñn]as|flequillo|puntas))",
           r"\b(?:mechero|encendedor|cigarr\w*|cuchillas?|navajas?|comp[aá]s|sacapuntas|tijeras|estilete|cutter"
           r"|cuando (?:est[aá]|estoy|se pone|me pongo|se siente|me siento)|a prop[oó]sito|ansiedad|ansios[oa]|agobiad[oa]|nervios[oa])\b"),
    "fr": (r"\b(?:se|me|te|m'|s') ?(?:br[uû]l\w*|coup(?:e|es|ent|ait)|scarifi\w*|griff(?:e|es|ent)|taillad\w*|entaill\w*)\b"
           r"(?! (?:les|la|le) (?:cheveux|ongles|frange))",
           r"\b(?:briquet|cigarettes?|lames?|cutter|compas|rasoirs?|taille-crayon|ciseaux|quand (?:elle|il|je|j')"
           r"|expr[eè]s|angoiss\w*|stress\w*|anxi\w*|nerveu\w*)\b"),
    "de": (r"\b(?:ritzt|ritze|ritzen|verbrennt|verbrenne|schneidet|schneide|kratzt|kratze|drückt|drücke) (?:sich|mich|dich)\b",
           r"\b(?:feuerzeug|zigarette\w*|klingen?|rasierklinge\w*|zirkel|spitzer|schere|wenn (?:sie|er|ich)|absichtlich"
           r"|angst|stress\w*|panik|nervös)\b"),
    "it": (r"\b(?:si|mi|ti) (?:brucia|brucio|bruci|taglia|taglio|tagli|graffia|graffio|ferisce|ferisco)\b"
           r"(?! (?:i|le|la) (?:capelli|unghie|frangia|punte))",
           r"\b(?:accendino|sigarett\w*|lamett\w*|lam[ae]|compasso|temperino|forbici|rasoio|quando (?:è|e|sono|sta|sto|si sente|mi sento)"
           r"|apposta|di proposito|ansia|ansios[oa]|stress\w*|agitat[oa]|nervos[oa])\b"),
    "pt": (r"\b(?:se|me|te) (?:queima|queimo|queimava|corta|corto|cortava|arranha|arranho|machuca|machuco|fere|firo)\b"
           r"(?! (?:o|os|a|as) (?:cabelo|unhas|franja|pontas))",
           r"\b(?:isqueiro|cigarr\w*|l[aâ]minas?|gilete|estilete|compasso|apontador|tesoura|navalha|quando (?:fica|t[aá]|est[aá]|eu fico|fico|to|tô|estou)"
           r"|de prop[oó]sito|ansios[oa]|ansiedade|nervos[oa]|estressad[oa])\b"),
}
_ON_SKIN = {
    "en": (r"\b(?:lighter|cigarettes?|hot spoon|compass|blades?|razors?|(?:hair )?straighteners?)\b",
           r"\bon (?:my|her|his|their) (?:skin|arms?|wrists?|legs?|thighs?|stomach|belly|hands?)\b"),
    "es": (r"\b(?:mechero|encendedor|cigarr\w*|cuchara caliente|comp[aá]s|cuchillas?|plancha(?: del pelo)?)\b",
           r"\ben (?:la|el|mi|mis|su|sus) (?:piel|brazos?|piernas?|mu[ñn]ecas?|muslos?|barriga|tripa)\b"),
    "fr": (r"\b(?:briquet|cigarettes?|cuill[eè]re|compas|lames?|fer [àa] (?:lisser|friser))\b",
           r"\bsur (?:ma|mon|mes|sa|son|ses|la|le) (?:peau|bras|jambes?|poignets?|cuisses?|ventre)\b"),
    "de": (r"\b(?:feuerzeug|zigarette\w*|heißen? löffel|zirkel|klingen?|glätteisen)\b",
           r"\b(?:auf|an) (?:der|die|den|dem|ihrer|ihre|ihrem|seiner|seine|seinem|meiner|meine|meinem) (?:haut|arm|armen|bein|beinen|handgelenk\w*|oberschenkel\w*|bauch)\b"),
    "it": (r"\b(?:accendino|sigarett\w*|cucchiaio|compasso|lamett\w*|piastra)\b",
           r"\bsu(?:lla|l|i|lle|l mio|lla mia|lla sua|l suo)? (?:pelle|braccio|braccia|gamba|gambe|polso|polsi|coscia|cosce|pancia)\b"),
    "pt": (r"\b(?:isqueiro|cigarr\w*|colher quente|compasso|l[aâ]minas?|gilete|estilete|chapinha)\b",
           r"\bn[ao]s? (?:minha |meu |sua |seu )?(?:pele|bra[çc]os?|pernas?|pulsos?|coxas?|barriga)\b"),
}
_NOT_AN_ACCIDENT = (r"(?!.*\b(?:accident\w*|by mistake|shaving|cooking|ironing|sin querer|cocinando|afeitarse|sans faire expr[eè]s"
                    r"|en cuisinant|en se rasant|aus versehen|beim kochen|beim rasieren|per sbaglio|cucinando|sem querer|cozinhando)\b)")
SELF_INJURY_HABIT: dict[str, list[str]] = {lang: [rf"^(?=.*?{a})(?=.*?{_either(a, b, 40)}){_NOT_AN_ACCIDENT}",
                                                  rf"^(?=.*?{_ON_SKIN[lang][0]})(?=.*?{_either(_ON_SKIN[lang][0], _ON_SKIN[lang][1], 30)})"
                                                  rf"{_NOT_AN_ACCIDENT}"]
                     for lang, (a, b) in _ONESELF_INSTRUMENT.items()}

# Session 25: a blind spot of the meaning check on heldout_v12, written as a canonical pattern in en es fr
# de it pt (synonyms, no accents, child spelling), not the dev sentences' words:
# - HEATED_OBJECT_ON_SKIN: a key, coin, spoon or needle heated and put on one's arm or skin; cooking and
#   accidents are not matched. Added to SELF_HARM.
# - SELF_INJURY_DONE: cutting or burning oneself told in the past tense, with a blade, a cigarette, "on
#   purpose" or "again"; a paper cut, the kitchen, crafts with scissors are not matched. Added to SELF_HARM.
_HEATED = {
    "en": (r"(?:heat\w*|warmed|red[- ]hot|over the (?:flame|stove|hob|fire|lighter)|on the (?:stove|hob|cooker)|with (?:a|the|my) lighter)",
           r"(?:keys?|coins?|spoons?|knife|needles?|paper ?clips?|forks?|nails?|metal|bobby pins?|hair ?pins?|pins?)",
           r"(?:on|against|to|onto) (?:my|her|his|the) (?:arms?|skin|wrists?|legs?|thighs?|hands?|stomach|belly)"),
    "es": (r"(?:calent\w*|al rojo|en el fuego|en la vitro|en el fog[oó]n|con el mechero|en el mechero)",
           r"(?:llaves?|monedas?|cucharas?|cuchillos?|agujas?|clips?|tenedor\w*|clavos?|metal|horquillas?)",
           r"(?:en|contra) (?:el|la|mi|mis|los|las) (?:brazos?|piel|mu[ñn]ecas?|piernas?|muslos?|manos?|barriga|tripa)"),
    "fr": (r"(?:chauff\w*|dans le feu|sur le feu|sur la gazini[eè]re|au briquet|avec (?:le|un) briquet|br[uû]lant\w*)",
           r"(?:cl[ée]s?|pi[eè]ces?|cuill[eè]res?|couteaux?|aiguilles?|trombones?|fourchettes?|clous?|m[ée]tal|[ée]pingles?)",
           r"(?:sur|contre) (?:mon|ma|mes|le|la|les) (?:bras|peau|poignets?|jambes?|cuisses?|mains?|ventre)"),
    "de": (r"(?:erhitz\w*|heiß gemacht|heiss gemacht|warm gemacht|über die flamme|ueber die flamme|auf dem herd|mit dem feuerzeug|glühend\w*)",
           r"(?:schlüssel|schlussel|münze|munze|löffel|loffel|messer|nadel|büroklammer|gabel|nagel|metall|haarnadel)",
           r"(?:auf|an|gegen) (?:meinen|meine|meinem|den|die|dem|ihren|ihre|ihrem) (?:arm|haut|handgelenk|bein|oberschenkel|hand|bauch)"),
    "it": (r"(?:scald\w*|arroventat\w*|sul fuoco|sul fornello|con l'accendino|rovente)",
           r"(?:chiav[ei]|monet[ae]|cucchiai\w*|coltell\w*|ago|aghi|graffett\w*|forchett\w*|chiod\w*|metallo|forcin\w*)",
           r"(?:sul|sulla|sul mio|sulla mia|contro il|contro la|sui|sulle) (?:braccio|braccia|pelle|polso|polsi|gamba|gambe|coscia|mano|pancia)"),
    "pt": (r"(?:esquent\w*|aquec\w*|no fog[aã]o|no fogo|com o isqueiro|em brasa)",
           r"(?:chaves?|moedas?|colher\w*|facas?|agulhas?|clipes?|garfos?|pregos?|metal|grampos?)",
           r"(?:n[oa]|contra o|contra a|em meu|em minha|no meu|na minha) (?:bra[çc]o|pele|pulso|perna|coxa|m[ãa]o|barriga)"),
}
HEATED_OBJECT_ON_SKIN: dict[str, list[str]] = {
    lang: [rf"^(?=.*?\b{obj}\b)(?=.*?{heat})(?=.*?\b{skin}\b)(?=.*?{_either(heat, skin, 80)}){_NOT_AN_ACCIDENT}"]
    for lang, (heat, obj, skin) in _HEATED.items()
}

# Self-injury told in the past tense ("me quemé la muñeca con el mechero adrede", "ontem me cortei de novo", "je me
# suis coupée avec le compas"), with the tool, "on purpose" or "again" (SELF_INJURY_HABIT reads the present).
_DID_IT_TO_MYSELF = {
    "en": r"\b(?:burned|burnt|cut|scratched|carved|stabbed) myself\b",
    "es": r"\b(?:me (?:quem[eé]|cort[eé]|raj[eé]|ara[ñn][eé]|pinch[eé]|hice cortes|hago cortes)|me volv[ií] a (?:cortar|quemar|hacer cortes))\b",
    "fr": r"\b(?:je me suis|j'me suis|jme suis|me suis) (?:encore |de nouveau |expr[eè]s )?(?:br[uû]l[ée]e?|coup[ée]e?|scarifi[ée]e?|taillad[ée]e?|entaill[ée]e?|griff[ée]e?)\b",
    "de": r"\b(?:hab|habe|hatte) mich\b(?=(?: \w+){0,5} (?:geritzt|verbrannt|geschnitten|gekratzt)\b)",
    "it": r"\b(?:mi sono|mi son) (?:di nuovo |ancora |apposta )?(?:bruciat[oa]|tagliat[oa]|graffiat[oa]|ferit[oa])\b",
    "pt": r"\b(?:me (?:queimei|cortei|arranhei|machuquei|feri)|eu mesm[oa] (?:me )?(?:queimei|cortei|fiz))\b",
}
_AGAIN_OR_ON_PURPOSE = (r"\b(?:again|on purpose|otra vez|de nuevo|adrede|aposta|a prop[oó]sito|de novo|outra vez|de prop[oó]sito"
                        r"|encore|expr[eè]s|wieder|absichtlich|extra|di nuovo|ancora|apposta|di proposito)\b")
# "i cut myself again on paper", "me corté otra vez pelando una manzana", a fall, the oven are accidents.
_NOT_A_PAPER_CUT_OR_A_KITCHEN = (r"(?!.*\b(?:paper|papel|papier|carta|folha|hoja|feuille|blatt|foglio|bread|pan|pain|brot|pane|p[ãa]o"
                                 r"|apples?|manzanas?|pommes?|[äa]pfel|apfel|mel[ae]|ma[çc][ãa]s?|kitchen|cocina|cuisine|k[üu]che"
                                 r"|cucina|cozinha|fell|ca[ií]|ca[ií]da|tomb[ée]e?|gefallen|caduto|caduta|oven|horno|four|ofen|forno"
                                 r"|sart[ée]n|po[êe]le|pfanne|padella|panela|frigideira|pizza|soup|sopa|soupe|suppe|minestra)\b)")
# Tools that say self-injury (a lighter or scissors also say lighting candles, crafts: not here).
_A_BLADE_OR_A_BURN = (r"\b(?:blades?|razors?|cuchillas?|cutter|cuter|gilete|l[aâ]minas?|lames?|lamett\w*|rasierklinge\w*|klingen?"
                      r"|compass|comp[aá]s|compas|compasso|zirkel|cigarett\w*|cigarr\w*|zigarett\w*|straighteners?|plancha del pelo"
                      r"|fer [àa] lisser|gl[äa]tteisen|piastra|chapinha)\b")
SELF_INJURY_DONE: dict[str, list[str]] = {
    lang: [rf"^(?=.*?{did})(?=.*?{_either(did, f'(?:{_A_BLADE_OR_A_BURN}|{_AGAIN_OR_ON_PURPOSE})', 50)})"
           rf"{_NOT_AN_ACCIDENT}{_NOT_A_PAPER_CUT_OR_A_KITCHEN}"]
    for lang, did in _DID_IT_TO_MYSELF.items()
}

# -- session 26: shapes the embedder is blind to on heldout_v14/v15, written for the canonical shape in en es fr
# de it pt, never the dev sentences' words (the whole list: self_harm.py) --------------------------------
# An object swallowed, and the learner says they did it before or on purpose ("o que acontece se engolir uma
# moeda? ja fiz isso umas vezes"). A little brother or a dog who swallowed a coin is not the learner.
_SWALLOW = _grouped({
    "en": r"\bswallow\w*", "es": r"\btrag\w*", "fr": r"\baval\w*", "de": r"\b(?:ge|ver)?schluck\w*",
    "it": r"\b(?:ingoi\w*|ingh?iott\w*|mandat\w* gi[uù]|mando gi[uù])", "pt": r"\bengol\w*",
})
_SMALL_OBJECT = _grouped({
    "en": r"(?:coins?|batter(?:y|ies)|magnets?|pins?|needles?|nails?|screws?|clips?|paper ?clips?|buttons?|marbles?|staples?|glass|earrings?|keys?)",
    "es": r"(?:monedas?|pilas?|im[aá]n(?:es)?|alfileres?|agujas?|clavos?|tornillos?|clips?|botones?|bot[oó]n|canicas?|grapas?|cristal|pendientes?|llaves?)",
    "fr": r"(?:pi[eè]ces?|piles?|aimants?|[ée]pingles?|aiguilles?|clous?|vis|trombones?|boutons?|billes?|agrafes?|verre|boucles? d'oreille|cl[ée]s?)",
    "de": r"(?:m[üu]nzen?|batterien?|knopfzellen?|magnete?n?|nadeln?|n[äa]gel|schrauben?|b[üu]roklammern?|kn[öo]pfe?|murmeln?|heftklammern?|glas|ohrringe?|schl[üu]ssel)",
    "it": r"(?:monet\w+|pil\w+|batteri\w+|calamit\w+|magnet\w+|spill\w+|aghi|ago|chiod\w+|vit\w+|graffett\w+|bottoni?|bigli\w+|punt\w+|vetro|orecchin\w+|chiav\w+)",
    "pt": r"(?:moedas?|pilhas?|baterias?|[íi]m[ãa]s?|alfinetes?|agulhas?|pregos?|parafusos?|clipes?|bot[õo](?:es)?|bot[ãa]o|bolinhas? de gude|grampos?|vidro|brincos?|chaves?)",
})
_DONE_IT_BEFORE = _grouped({
    "en": r"\b(?:i'?ve|ive|i have|i) (?:already |just )?(?:done|did) (?:it|that|this)\b|\b(?:a few|a couple of|several|many|lots of|loads of|\d+) times\b|\bon purpose\b|\bi keep\b|\bfor a reason\b",
    "es": r"\b(?:ya )?lo (?:he )?(?:hice|hecho)\b|\b(?:varias|muchas|unas cuantas|algunas|\d+) veces\b|\ba prop[oó]sito\b|\baposta\b|\badrede\b|\bno (?:lo )?pregunto por (?:nada|gusto)\b",
    "fr": r"\b(?:je l'?ai|jl'?ai|j'l'ai|l'ai) (?:d[ée]j[àa] )?fait\b|\b(?:plusieurs|quelques|\d+) fois\b|\bexpr[eè]s\b|\b(?:je )?(?:ne )?demande pas pour rien\b",
    "de": r"\b(?:hab|habe) (?:ich|ichs|es|das)? ?(?:schon )?(?:(?:ein )?paar mal|mehrmals|oft) (?:gemacht|getan)\b|\b(?:hab|habe) (?:ich|ichs) schon\b|\b(?:paar|mehrere|\d+) ?mal\b|\bmehrmals\b|\babsichtlich\b|\bnicht ohne grund\b",
    "it": r"\bl'ho (?:gi[àa] )?fatto\b|\b(?:pi[uù]|diverse|qualche|alcune|tante|\d+) volt[ae]\b|\bapposta\b|\bnon (?:lo )?chiedo per (?:niente|nulla|caso)\b",
    "pt": r"\b(?:j[aá] )?fiz (?:isso|isto)\b|\b(?:umas|v[áa]rias|algumas|muitas|\d+) vezes\b|\bde prop[oó]sito\b|\bn[ãa]o (?:[ée] |pergunto )?(?:[àa]|a) toa\b",
})
_NOT_A_SIBLING_OR_A_PET = (r"(?!.*\b(?:brother|sister|baby|toddler|cousin|dog|cat|puppy|hermanit[oa]|herman[oa]|beb[eé]|prim[oa]|perr[oa]|gat[oa]"
                           r"|fr[eè]re|s[oœ]eur|b[ée]b[ée]|cousine?|chien|chat|bruder|schwester|cousin|hund|katze|fratell\w*|sorell\w*|bimb\w*"
                           r"|cugin[oa]|cane|gatt[oa]|irm[ãa]o?|irm[ãa]ozinh[oa]|beb[êe]|cachorr[oa])\b)")
_WORD_END = r"\b"
SWALLOWED_AGAIN: dict[str, list[str]] = {
    lang: [rf"^(?=.*?{_either(_SWALLOW[lang], _SMALL_OBJECT[lang] + _WORD_END, 40)})(?=.*?{_DONE_IT_BEFORE[lang]}){_NOT_A_SIBLING_OR_A_PET}"]
    for lang in _SWALLOW
}

# Not sleeping, not eating or hurting oneself "as my punishment" or because "i don't deserve it". A parent's
# grounding ("no tablet as punishment", "castigado sin postre") names no sleep, meal or self-harm of the learner.
_GO_WITHOUT = _grouped({
    "en": r"\b(?:(?:not|won'?t|wont|didn'?t|didnt|don'?t|dont|never|not letting myself|not allowed to) (?:\w+ ){0,2}(?:sleep|eat|have (?:dinner|lunch|breakfast))"
          r"|skip\w* (?:dinner|lunch|breakfast|meals?)|stay(?:ing)? (?:up|awake) all night|starv\w*|(?:hit|hitting|bite|biting|pinch|pinching|scratch|scratching|punch|punching|hurt|hurting) myself)\b",
    "es": r"\b(?:no (?:voy a |pienso |quiero |he |me dejo )?(?:dormir|comer|cenar|desayunar|comido|cenado|dormido)|sin (?:comer|cenar|dormir|desayunar)"
          r"|me salto (?:la|el) (?:comida|cena|desayuno)|me (?:muerdo|pego|pellizco|ara[ñn]o|rasco|hago da[ñn]o))\b",
    "fr": r"(?:\b(?:je )?(?:ne )?(?:dors|dormirai|mange|mangerai|mang[ée]|dormi) (?:pas|plus|rien)\b|\bpas (?:mang[ée]|dormi)\b|\bsans (?:manger|dormir|d[îi]ner)\b"
          r"|\bsaute[rs]? (?:le|les) (?:repas|d[îi]ner|d[ée]jeuner|go[uû]ter)\b|\bje me (?:mords|frappe|tape|pince|griffe|fais mal)\b)",
    "de": r"\b(?:nicht (?:schlafen|essen|gegessen|geschlafen)|nichts (?:essen|gegessen)|(?:bleib\w*|wach) (?:\w+ ){0,4}wach|wach bleiben|kein (?:essen|abendessen|mittagessen|fr[üu]hst[üu]ck)"
          r"|hungern|(?:bei(?:ß|ss)|schlag|kneif|kratz)\w* (?:ich )?mich|ess\w* (?:ich )?(?:heute |morgen |den ganzen tag )?nichts"
          r"|schlaf\w* (?:ich )?(?:heute |die ganze nacht )?nicht)\b",
    "it": r"\b(?:non (?:dormo|dormir[òo]|mangio|manger[òo]|ho mangiato|ho dormito|ceno)|senza (?:mangiare|dormire|cena|cenare)|salto (?:il pranzo|la cena|la colazione|i pasti)"
          r"|(?:sto|resto|rimango) svegli[ao]|mi (?:mordo|picchio|do pugni|pizzico|graffio|faccio male))\b",
    "pt": r"\b(?:n[ãa]o (?:vou )?(?:dormir|comer|jantar|almo[çc]ar|comi|dormi)|nao comi|sem (?:comer|dormir|jantar)|pul(?:ar|o|ei) (?:o|a) (?:almo[çc]o|janta|jantar|caf[ée])"
          r"|ficar acordad[oa]|me (?:mordo|bato|belisco|arranho|machuco))\b",
})
_MY_PUNISHMENT = _grouped({
    "en": r"\b(?:(?:my|as|as a|for) punishment|punish(?:ing)? myself|to punish me|i deserve (?:it|this|to (?:suffer|feel bad|be hungry|be punished|starve))|(?:don'?t|dont|do not) deserve (?:it|food|to eat|dinner|to sleep))\b",
    "es": r"\b(?:mi castigo|como castigo|castigarme|castig[aá]ndome|me lo merezco|no me lo merezco|no (?:me )?merezco)\b",
    "fr": r"\b(?:ma punition|comme punition|pour me punir|me punir|je le m[ée]rite|je (?:ne )?m[ée]rite pas|je l'ai m[ée]rit[ée])\b",
    "de": r"\b(?:als strafe|meine strafe|zur strafe|mich (?:zu )?bestrafen|bestrafe mich|(?:hab|habe) (?:es|das|ichs) (?:nicht )?verdient|verdien\w* (?:es|das) (?:nicht)?)\b",
    "it": r"\b(?:(?:la )?mia punizione|per punizione|come punizione|per punirmi|punirmi|me lo merito|non me lo merito|non (?:lo )?merito)\b",
    "pt": r"\b(?:meu castigo|como castigo|pra me castigar|para me castigar|me castigar|me punir|n[ãa]o mere[çc]o|eu mere[çc]o (?:isso|sofrer))\b",
})
PUNISHING_MYSELF: dict[str, list[str]] = {
    lang: [rf"^(?=.*?{_either(_GO_WITHOUT[lang], _MY_PUNISHMENT[lang], 60)})"] for lang in _GO_WITHOUT
}

# Scratching, pinching, biting or hitting oneself "until it bleeds" or "until it's purple", and feeling better
# "after cutting yourself". Mosquito bites, chickenpox, a nosebleed pass, unless "mum thinks" they are that.
_HURT_ONESELF = _grouped({
    "en": r"\b(?:scratch|pick|pinch|bite|bit|hit|punch|bang|claw|scrape|slap)\w*",
    "es": r"\b(?:rasc\w*|pellizc\w*|muerd\w*|morder\w*|pego|pegarme|pegandome|golpe\w*|pu[ñn]etazos|ara[ñn]\w*)",
    "fr": r"\b(?:gratt\w*|pinc\w*|mord\w*|tape|tapes|taper|frapp\w*|griff\w*|cogn\w*)",
    "de": r"\b(?:kratz\w*|kneif\w*|bei(?:ß|ss)\w*|schlag\w*|schl[äa]gt|haue?|haut)\b",
    "it": r"\b(?:gratt\w*|pizzic\w*|mord\w*|picchi\w*|pugni|sbatt\w*|graffi\w*)",
    "pt": r"\b(?:co[çc]\w*|belisc\w*|mord\w*|bat\w*|soc\w*|arranh\w*|machuc\w*)",
})
_UNTIL_IT_BLEEDS = _grouped({
    "en": r"\b(?:until|till|til|untill|to the point)\b.{0,25}\b(?:bleed\w*|bled|blood\w*|bruis\w*|purple|blue|raw|black and blue)\b",
    "es": r"\bhasta\b.{0,25}\b(?:sangr\w*|morad[oa]s?|moratones|cardenales|heridas?|en carne viva)\b",
    "fr": r"\bjusqu\w*\b.{0,25}\b(?:saign\w*|sang|bleus?|violet\w*|au sang)\b",
    "de": r"\bbis\b.{0,25}\b(?:blut\w*|blau\w*|wund)\b",
    "it": r"\b(?:finch[ée]|fino a|fin quando)\b.{0,25}\b(?:sanguin\w*|sangue|lividi|viola|blu)\b",
    "pt": r"\b(?:at[ée])\b.{0,25}\b(?:sangr\w*|sangue|roxo\w*|roxa\w*|hematomas?)\b",
})
_FEEL_BETTER_AFTER_CUTTING = _grouped({
    "en": r"\b(?:feel|feels|feeling|felt) (?:better|relief|calm\w*|good)\b.{0,30}\b(?:after|when) (?:i |you |u )?(?:cut|cutting|hurt|hurting|burn|burning) (?:my|your)sel(?:f|ves)\b",
    "es": r"\b(?:sentir\w*|siento|sientes|sientas|sienta) (?:mejor|alivio|bien|tranquil[oa])\b.{0,30}\b(?:despu[eé]s de|al|cuando me) (?:cortar(?:te|me|se)|hacer(?:te|me|se) da[ñn]o|quemar(?:te|me|se)|corto)\b",
    "fr": r"\b(?:me sens|se sentir|te sens|sent) mieux\b.{0,30}\b(?:apr[eè]s|quand je) (?:m'[eê]tre|s'[eê]tre|t'[eê]tre|me) (?:coup|scarifi|fait du mal|br[uû]l)\w*",
    "de": r"\b(?:besser|erleichtert)\b.{0,40}\b(?:nach dem ritzen|wenn ich mich ritze|nachdem ich mich geritzt)\b",
    "it": r"\b(?:sentirsi|mi sento|ti senti|sentirti) meglio\b.{0,30}\bdopo (?:essermi|essersi|esserti|che mi sono) (?:tagliat|fatt[oa] male|bruciat)\w*",
    "pt": r"\b(?:me sinto|se sentir|sentir|se sente) (?:melhor|al[ií]vio|aliviad[oa])\b.{0,30}\b(?:depois de|quando) (?:me |se |te )?(?:cortar|machucar|queimar|corto)\b",
})
_NOT_A_BITE_OR_A_NOSEBLEED = (r"(?!(?!.*\b(?:thinks?|cree|piensa|pense|croit|denkt|glaubt|pensa|crede|acha)\b).*\b(?:mosquito\w*|zanzar\w*|m[üu]cken\w*"
                              r"|moustiques?|pernilongo\w*|muri[çc]oca\w*|chicken ?pox|varicela|varicelle|windpocken|varicella|catapora|eczema"
                              r"|neurodermitis|ecz[ée]ma|nose|nariz|nez|nase|naso|dog|perro|chien|hund|cane|cachorro|brother|hermano|fr[eè]re"
                              r"|bruder|fratello|irm[ãa]o|spots?|pimples?|zits?|scabs?|granos?|costras?|boutons?|cro[uû]tes?|pickel|schorf"
                              r"|brufol\w*|crosta|espinhas?)\b)"
                              r"(?!.*\b(?:bit\w*|chew\w*|mord\w*|muerd\w*|bei(?:ß|ss)\w*|ro[ei]\w*|rong\w*) (?:my |the |mis |las |mes |les |meine |die |le mie |le |minhas |as |os )?"
                              r"(?:nails|u[ñn]as|ongles|n[äa]gel|fingern[äa]gel|unghie|unhas|lips|labios|l[èe]vres|lippen|labbra|l[áa]bios)\b)")
UNTIL_IT_BLEEDS: dict[str, list[str]] = {
    lang: [rf"^(?=.*?{_HURT_ONESELF[lang]}.{{0,50}}{_UNTIL_IT_BLEEDS[lang]}){_NOT_A_BITE_OR_A_NOSEBLEED}",
           _FEEL_BETTER_AFTER_CUTTING[lang]]
    for lang in _HURT_ONESELF
}
# Hindi: a blade, a body part or "myself" (खुद, अपने आप; अपनी/अपने alone is only "own"), a cut; "got cut" (कट गया) is an accident.
_HI_BLADE = r"(?:ब्लेड|चाकू|कटर)"
_HI_BODY = r"(?:हाथ|कलाई|बाँह|बांह|बाजू|जांघ)"
_HI_SELF = rf"(?:{_HI_BODY}|खुद|ख़ुद|अपने आप)"
_HI_CUT = r"(?:काट|कट|चीर)"
# A blade and a cut arm in the languages where the shape is short to state.
UNTIL_IT_BLEEDS.update({
    "hi": [rf"^(?!.*कट गय)(?:.*{_HI_BLADE}\s?से.{{0,25}}(?:(?:अपनी|अपने) (?:{_HI_BODY}|पैर)|{_HI_SELF}).{{0,15}}{_HI_CUT}"
           rf"|.*{_HI_SELF}.{{0,20}}{_HI_BLADE}\s?से.{{0,15}}{_HI_CUT})"],
    "ru": [r"(?:лезвием|бритвой|канцелярским ножом).{0,25}(?:руку|руки|запяст\w*|себя|бедр\w*)|(?:режу|порезал\w*|резал\w*) себе (?:руки|руку|запяст\w*)"],
    "zh": [r"(?:刀片|小刀|美工刀|剃须刀).{0,6}(?:划|割)了?(?:自己|手|手腕|胳膊|腿)"],
    "ja": [r"(?:カッター|カミソリ|刃).{0,8}(?:腕|手首|手|足)を?(?:切|傷つけ)"],
    "ko": [r"(?:칼|커터칼|면도날)로.{0,6}(?:손목|팔|손|다리)(?:을|를)?.{0,4}(?:그었|긋|그어|베)"],
    "ar": [rf"^{_AR_NOT_CARE_IN_A_KITCHEN}.*?(?:" r"(?:بالشفرة|بشفرة|بالموس|بموس).{0,20}(?:يدي|معصمي|ذراعي|نفسي)|(?:جرحت|أجرح|اجرح) (?:نفسي|يدي|معصمي)" r")"],
})

# Session 30: the learner scratching their own skin with a tool ("i keep scratching my arms with my compass when
# i get stressed", at the end of a long homework request the meaning check scored far under its line). Not
# someone else ("the doctor scratched my arm with a needle"), an accident, a splinter, an itch or a bite
# ("it wasnt an accident" is no accident). Review of session 30 (helper-89).
_TOOL = r"(?:compass|blade|razor|(?:safety )?pin|needle|scissors|sharpener|pen ?knife|knife|nail ?file)"
_SKIN = r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hands?)"
UNTIL_IT_BLEEDS["en"].append(
    r"^(?!.*\b(?:by accident|accidentally|(?<!wasn't )(?<!wasnt )(?<!not )an accident|by mistake|didn'?t mean to (?!tell)"
    r"|splinter|itch\w*|bites?|fell|tripped|oops"
    r"|while (?:cutting|making|doing|playing|opening)|plaster|band ?aid)\b)"
    rf"(?:.*?\bi (?:\w+ ){{0,2}}scratch\w* (?:at )?my {_SKIN}\b.{{0,20}}\b(?:with|w/?) (?:a |my |the )?{_TOOL}\b"
    rf"|.*?\bi (?:\w+ ){{0,2}}use (?:a |my |the )?{_TOOL} to scratch (?:at )?my {_SKIN}\b)")
