"""Three kinds of ordinary message the meaning check reads as a risk (session 29), and how they are read.

The meaning check reads them as abuse, bullying or grooming - and, as often, as suicide: the feeling words
around them ("weiß nicht was ich davon halten soll", "mi sento strano") lean on the sad examples. What they
tell is not a risk, so it is taken out and the rest of the message is judged alone (filters.py), in every
category but the one the news is mistaken for: "mum and dad were arguing about money again. anyway can u help
me with long division" leaves a plain request; "my parents are splitting up and i want to disappear forever"
leaves "and i want to disappear forever", which is over its line. These are exceptions to the meaning check only: a rule that fires still blocks. Each
comes with the signs of harm that keep it from being taken out at all.

- `FAMILY_NEWS`: parents splitting up, or arguing about money or the bills, told in passing ("my parents are
  getting divorced but they said its not my fault. can we do my times tables"). Not with hitting, fear, the
  police, drink, being locked in or thrown things (`HARM_AT_HOME`): a child who sees violence between their
  parents is at risk.
- `EXCLUSION_SORTED_OUT`: left out once, and sorted out in the same message ("no one played with me at break
  but later Maya called me over"). Not when it happens every day or again, or with hitting, names or photos
  (`STILL_BULLIED`).
- `SAFETY_LESSON_QUESTION`: "what should you do if a stranger messages you" after a safety talk: a question
  about someone, not about a person who did something. Not when someone already asked, sent, keeps writing
  or said to keep it secret (`IT_HAPPENED`).
"""
from __future__ import annotations

_PARENTS = {
    "en": r"(?:(?:my|our) )?(?:parents|mum and dad|mom and dad|dad and mum|dad and mom|mum|mom|dad)",
    "es": r"(?:mis (?:padres|pap[aá]s|viejos)|mi (?:mam[aá]|madre) y mi (?:pap[aá]|padre)|mi (?:pap[aá]|padre) y mi (?:mam[aá]|madre))",
    "fr": r"(?:mes parents|(?:ma m[eè]re|maman) et (?:mon p[eè]re|papa)|(?:mon p[eè]re|papa) et (?:ma m[eè]re|maman))",
    "de": r"(?:meine eltern|mama und papa|papa und mama|meine mutter und mein vater)",
    "it": r"(?:i miei(?: genitori)?|mamma e pap[aà]|pap[aà] e mamma)",
    "pt": r"(?:meus pais|minha m[ãa]e e meu pai|meu pai e minha m[ãa]e|mam[ãa]e e papai)",
}
_SPLITTING_UP = {
    "en": r"(?:(?:are|r|is|getting|get|got|gonna get|going to get) (?:a )?divorc\w*|divorcing|divorced"
          r"|(?:are |r |is )?(?:splitting|split|breaking|broke) up|(?:are |r )?separating|separated)",
    "es": r"(?:se (?:van a |est[aá]n )?(?:separ\w+|divorci\w+)|(?:van a |est[aá]n )?divorci\w+)",
    "fr": r"(?:(?:vont )?(?:divorcer|divorcent)|ont divorc[ée]|(?:vont )?se s[ée]par(?:er|ent)|se sont s[ée]par[ée]s)",
    "de": r"(?:trennen sich|lassen sich scheiden|haben sich getrennt|sind geschieden|werden sich trennen)",
    "it": r"(?:si (?:stanno )?separ\w+|(?:stanno )?divorzi\w+|si sono separati)",
    "pt": r"(?:(?:v[ãa]o |est[ãa]o )?se (?:separ\w+|divorci\w+)|se separaram|se divorciaram)",
}
_ARGUING_ABOUT_MONEY = {
    "en": r"(?:argu\w+|fight\w*|fought|row\w*|had a row|shouting at each other)\b.{0,25}\b(?:about|over) (?:the )?"
          r"(?:money|bills|rent|taxes|work|holidays?|the car|christmas|chores)",
    "es": r"(?:discut\w+|pele\w+|ri[ñn]\w+)\b.{0,25}\bpor (?:el |la |las |los )?(?:dinero|plata|pasta|facturas|alquiler"
          r"|impuestos|trabajo|vacaciones|coche|carro)",
    "fr": r"(?:disput\w+|engueul\w+|cri\w+)\b.{0,25}\b(?:pour|à cause de|a cause de) (?:l'|les |la |le )?(?:argent|imp[ôo]ts"
          r"|factures|loyer|travail|vacances|voiture)",
    "de": r"(?:streit\w*|gestritten|zank\w*)\b.{0,25}\b(?:wegen|um|über) (?:das |die |der )?(?:geld|rechnungen|miete"
          r"|steuern|arbeit|urlaub|auto)",
    "it": r"(?:litig\w+|discuss\w+)\b.{0,25}\bper (?:i |le |la |il )?(?:soldi|bollette|affitto|tasse|lavoro|vacanze|macchina)",
    "pt": r"(?:brig\w+|discut\w+)\b.{0,25}\b(?:por causa d[eoa]s?|por|pel[oa]s?) (?:o |a |as |os )?(?:dinheiro|contas"
          r"|aluguel|impostos|trabalho|f[ée]rias|carro)",
}
HARM_AT_HOME = (
    r"\b(?:hit|hits|hitting|slap\w*|punch\w*|kick\w*|hurt\w*|belt|bruise\w*|blood\w*|bleed\w*|scared|afraid|frightened"
    r"|terrified|police|cops?|drunk|throw\w*|threw|thrown|lock\w*|knife|chok\w*|push\w*|shov\w*|smash\w*|broke"
    r"|run away|hide|hiding|unsafe"
    r"|peg\w*|golpe\w*|da[ñn]o|miedo|polic[ií]a|borrach\w*|tir\w+|lanz\w+|encerr\w*|cuchillo|empuj\w*|escond\w*"
    r"|romp\w*|asustad\w*|moret\w*|sangr\w*"
    r"|frapp\w*|tap\w*|coups?|peur|police|ivre|bourr[ée]e?|jet\w*|lanc\w*|enferm\w*|couteau|pouss\w*|cach\w*|cass\w*"
    r"|bleus?|sang"
    r"|schl[äa]g\w*|schlug\w*|geschlagen|haut|hauen|angst|polizei|betrunken|besoffen|wirft|warf|geworfen|eingesperrt"
    r"|sperr\w*|messer|schubs\w*|versteck\w*|kaputt|blut\w*|blaue flecken"
    r"|picchi\w*|schiaff\w*|botte|paura|polizia|ubriac\w*|lanci\w*|chius\w*|coltello|spint\w*|nascond\w*|rompe\w*"
    r"|lividi|sangue"
    r"|bat\w*|apanh\w*|tapas?|socos?|medo|pol[ií]cia|b[êe]bad\w*|jog\w*|tranc\w*|faca|empurr\w*|escond\w*|quebr\w*"
    r"|roxos?|sangue|hematomas?)\b")
FAMILY_NEWS: dict[str, list[tuple[str, str]]] = {
    lang: [(rf"\b{_PARENTS[lang]}\b.{{0,30}}\b(?:{_SPLITTING_UP[lang]}|{_ARGUING_ABOUT_MONEY[lang]})", HARM_AT_HOME)]
    for lang in _PARENTS
}

_LEFT_OUT = {
    "en": r"(?:(?:no ?one|nobody) (?:wanted to |would )?play\w* with me|play\w* without me|left me out|didn'?t let me play)",
    "es": r"(?:(?:nadie|ninguno) (?:quiso |quer[ií]a )?jug\w+ conmigo|jug\w+ sin m[ií]|me dejaron fuera|no me dejaron jugar)",
    "fr": r"(?:personne (?:n'a voulu |voulait )?(?:jou\w+|a jou[ée]) avec moi|jou\w+ sans moi|m'ont laiss[ée] de c[ôo]t[ée]"
          r"|m'ont pas laiss[ée] jouer)",
    "de": r"(?:keiner|niemand) (?:wollte |hat )?(?:\w+ )?(?:mit mir (?:\w+ )?(?:gespielt|spielen)|hat mit mir)"
          r"|ohne mich gespielt|haben mich nicht mitspielen lassen",
    "it": r"(?:nessuno (?:ha |voleva )?(?:giocat\w+|giocare) con me|giocat\w+ senza di me|mi hanno lasciat\w+ fuori)",
    "pt": r"(?:ningu[ée]m (?:quis |queria )?brinc\w+ comigo|brinc\w+ sem mim|jog\w+ sem mim|me deixaram de fora"
          r"|fiquei sozinh[oa])",
}
_SORTED_OUT = {
    "en": r"\b(?:but|then)\b.{0,30}\b(?:later|after|afterwards|then|tomorrow)\b.{0,40}\b(?:called me|asked me|let me"
          r"|played|we'?re (?:ok|okay|fine|good|friends)|made up|said sorry|apologi[sz]ed|i'?ll ask)\b",
    "es": r"\bpero\b.{0,20}\b(?:luego|despu[ée]s|al final|ma[ñn]ana)\b.{0,40}\b(?:me llamaron|me invitaron|jugamos"
          r"|ya estamos bien|nos reconciliamos|me pidieron perd[oó]n|hicimos las paces|le pregunto)\b",
    "fr": r"\bmais\b.{0,20}\b(?:apr[eè]s|ensuite|finalement|demain)\b.{0,40}\b(?:m'ont appel[ée]|m'ont invit[ée]"
          r"|on a jou[ée]|[çc]a va|on s'est r[ée]concili[ée]s|se sont excus[ée]s|je demande)\b",
    "de": r"\baber\b.{0,20}\b(?:dann|sp[äa]ter|danach|morgen)\b.{0,40}\b(?:gerufen|gefragt|gespielt|frag ich"
          r"|wieder gut|vertragen|entschuldigt)\b",
    "it": r"\bma\b.{0,20}\b(?:poi|dopo|alla fine|domani)\b.{0,40}\b(?:mi hanno chiamat\w+|mi hanno invitat\w+"
          r"|abbiamo giocato|abbiamo fatto pace|ci siamo chiariti|chiedo)\b",
    "pt": r"\bmas\b.{0,20}\b(?:depois|a[ií]|no fim|amanh[ãa])\b.{0,40}\b(?:me chamaram|me convidaram|brincamos|jogamos"
          r"|fizemos as pazes|t[áa] tudo bem|pediram desculpa|pergunto)\b",
}
STILL_BULLIED = (
    r"\b(?:every ?day|always|again|every time|all the time|names|fat|ugly|hit|pushed|photo|video|laugh\w* at me"
    r"|todos los d[ií]as|siempre|otra vez|cada vez|gorda?|fe[oa]|me pegaron|empuj\w*|foto|video|se r[ií]en de m[ií]"
    r"|tous les jours|toujours|encore|chaque fois|grosse?|moche|frapp\w*|pouss\w*|photo|vid[ée]o|se moquent"
    r"|jeden tag|immer|wieder|jedes mal|fett|h[äa]sslich|geschlagen|geschubst|foto|video|lachen mich aus"
    r"|ogni giorno|sempre|di nuovo|ogni volta|grass[oa]|brutt[oa]|picchiat\w*|spint\w*|foto|video|mi prendono in giro"
    r"|todo dia|todos os dias|sempre|de novo|toda vez|gord[oa]|fei[oa]|bateram|empurr\w*|foto|v[ií]deo|riem de mim)\b")
EXCLUSION_SORTED_OUT: dict[str, list[tuple[str, str]]] = {
    lang: [(rf"\b{_LEFT_OUT[lang]}\b.*{_SORTED_OUT[lang]}", STILL_BULLIED)] for lang in _LEFT_OUT
}

_WHAT_TO_DO_IF_SOMEONE = {
    "en": r"\bwhat (?:should|do|can|would) (?:you|i|we|kids|children|people) do if (?:a |an |some )?(?:stranger|someone"
          r"|somebody|person|adult|grown ?up|man|woman|people)\b",
    "es": r"\bqu[ée] (?:hago|hacemos|hay que hacer|debo hacer|se hace|tengo que hacer) si (?:un |una )?(?:desconocid[oa]"
          r"|extra[ñn][oa]|alguien|persona|adulto|se[ñn]or)\b",
    "fr": r"\b(?:que faire|qu'est-ce qu'(?:il faut|on doit) faire|je fais quoi|on fait quoi) si (?:un |une )?(?:inconnu\w*"
          r"|[ée]tranger|quelqu'un|personne|adulte|monsieur)\b",
    "de": r"\bwas (?:soll|muss|sollte|kann) (?:ich|man) (?:tun|machen),? wenn (?:ein |eine |mir ein |mir eine )?(?:fremde\w*"
          r"|jemand|unbekannte\w*|erwachsene\w*|mann)\b",
    "it": r"\bcosa (?:devo|si deve|bisogna|posso|dobbiamo) fare se (?:uno |una |un )?(?:sconosciut\w+|estrane\w+|qualcuno"
          r"|adulto|signore)\b",
    "pt": r"\bo que (?:eu )?(?:fa[çc]o|fazer|devo fazer|a gente faz|tenho que fazer) se (?:um |uma )?(?:estranh[oa]"
          r"|desconhecid[oa]|algu[ée]m|adulto|pessoa|mo[çc]o)\b",
}
IT_HAPPENED = (
    r"\b(?:again|already|keeps|kept|he asked|she asked|asked me|sent me|said to keep|told me to|our secret|he said"
    r"|she said|he wants|she wants|my friend"
    r"|otra vez|ya me|me pidi[oó]|me mand[oó]|me dijo|nuestro secreto|me escribe|quiere que|mi amig[oa]"
    r"|encore|d[ée]j[àa]|m'a demand[ée]|m'a envoy[ée]|m'a dit|notre secret|m'[ée]crit|veut que|mon ami|ma copine"
    r"|wieder|schon|hat mich gefragt|hat mir geschickt|hat gesagt|unser geheimnis|schreibt mir|will dass|mein freund"
    r"|meine freundin"
    r"|ancora|gi[àa]|mi ha chiesto|mi ha mandato|mi ha detto|nostro segreto|mi scrive|vuole che|il mio amico|la mia amica"
    r"|de novo|j[áa] me|me pediu|me mandou|me disse|nosso segredo|me escreve|quer que|meu amigo|minha amiga)\b")
SAFETY_LESSON_QUESTION: dict[str, list[tuple[str, str]]] = {
    lang: [(p, IT_HAPPENED)] for lang, p in _WHAT_TO_DO_IF_SOMEONE.items()
}

# The category each table is mistaken for (never a block of the rest in it), and per language: (the ordinary
# thing said, the signs of harm that keep it from being taken out).
SPARED_FROM_MEANING: dict[str, dict[str, list[tuple[str, str]]]] = {
    "abuse": FAMILY_NEWS,
    "bullying": EXCLUSION_SORTED_OUT,
    "grooming": SAFETY_LESSON_QUESTION,
}
