"""Kinds of ordinary message the meaning check reads as a risk (session 29), and how they are read.

The meaning check reads them as abuse or grooming - and, as often, as suicide: the feeling words around them
("weiß nicht was ich davon halten soll", "mi sento strano") lean on the sad examples. What they tell is not a
risk, so it is taken out and the rest of the message is judged alone (filters.py), in every category: "mum and
dad were arguing about money again. anyway can u help me with long division" leaves a plain request; "my
parents are splitting up and i want to disappear forever" leaves "and i want to disappear forever", which is
over its line. These are exceptions to the meaning check only: a rule that fires still blocks. Each comes with
the signs of harm that keep it from being taken out at all, and any sign of danger (`DANGER`: a wish to die,
a plan, a weapon, someone in the learner's room at night, a secret, photos, hunger...) keeps the whole message
as written. The news taken out is a short phrase: never the words around it.

- `FAMILY_NEWS`: parents splitting up, or arguing about money or the bills, told in passing ("my parents are
  getting divorced but they said its not my fault. can we do my times tables"). Not with hitting, fear, the
  police, drink, being locked in or thrown things (`HARM_AT_HOME`): a child who sees violence between their
  parents is at risk.
- `SAFETY_LESSON_QUESTION`: "what should you do if a stranger messages you" after a safety talk: a question
  about someone, not about a person who did something. Not when someone already asked, sent, keeps writing
  or said to keep it secret (`IT_HAPPENED`).

Two kinds measured and not kept are described above `SPARED_FROM_MEANING`.
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
    "de": r"(?:(?:streit\w*|gestritten|zank\w*)\b.{0,25}\b(?:wegen|um|über) (?:das |die |der )?(?:geld|rechnungen|miete"
          r"|steuern|arbeit|urlaub|auto)|(?:wegen|um|über) (?:das |die |der )?(?:geld|rechnungen|miete|steuern)\b.{0,25}"
          r"\b(?:gestritten|streiten|gezankt))",
    "it": r"(?:litig\w+|discuss\w+)\b.{0,25}\bper (?:i |le |la |il )?(?:soldi|bollette|affitto|tasse|lavoro|vacanze|macchina)",
    "pt": r"(?:brig\w+|discut\w+)\b.{0,25}\b(?:por causa d[eoa]s?|por|pel[oa]s?|pq|porque) (?:o |a |as |os )?(?:dinheiro"
          r"|contas?|aluguel|impostos|trabalho|f[ée]rias|carro)",
}
HARM_AT_HOME = (
    r"(?:\b(?:hit|hits|hitting|slap\w*|punch\w*|kick\w*|hurt\w*|belt|bruise\w*|blood\w*|bleed\w*|scared|afraid|frightened"
    r"|terrified|police|cops?|drunk|throw\w*|threw|thrown|lock\w*|knife|chok\w*|push\w*|shov\w*|smash\w*|broke"
    r"|run away|hide|hiding|unsafe"
    r"|peg\w*|golpe\w*|da[ñn]o|miedo|polic[ií]a|borrach\w*|tir\w+|lanz\w+|encerr\w*|cuchillo|empuj\w*|escond\w*"
    r"|romp\w*|asustad\w*|moret\w*|sangr\w*"
    r"|frapp\w*|tap\w*|coups?|peur|police|ivre|bourr[ée]e?|jet(?!zt)\w*|lanc\w*|enferm\w*|couteau|pouss\w*|cach\w*|cass\w*"
    r"|bleus?|sang"
    r"|schl[äa]g\w*|schlug\w*|geschlagen|haut|hauen|angst|polizei|betrunken|besoffen|wirft|warf|geworfen|eingesperrt"
    r"|sperr\w*|messer|\w*schubs\w*|versteck\w*|kaputt|blut\w*|blaue flecken|gehauen|verhau\w*|ohrfeige\w*|geohrfeigt"
    r"|\w*br[üu]ll\w*|angeschrien|getreten|tritt|trat|gew[üu]rgt|w[üu]rg\w*|geknallt|zerr\w*|trau mich nicht"
    r"|picchi\w*|schiaff\w*|botte|paura|polizia|ubriac\w*|lanci\w*|chius\w*|coltello|spint\w*|nascond\w*|rompe\w*"
    r"|lividi|sangue"
    r"|bat\w*|apanh\w*|tapas?|socos?|medo|pol[ií]cia|b[êe]bad\w*|jog\w*|tranc\w*|faca|empurr\w*|escond\w*|quebr\w*"
    r"|roxos?|sangue|hematomas?)\b"
    r"|\b(?:бь[её]т|бил|ударил\w*|боюсь|страшно|пьян\w*|полици\w*|кричит на меня)\b"
    r"|打|怕|警察|喝醉|酒|殴|叩|怖|酔|때려|때렸|무서|경찰|술|ضرب|خايف|خوف|شرطة|سكران|मार|पीट|डर|पुलिस|शराब)")
# Parents splitting up in the other scripts (no money quarrel there: a short list, a plain statement).
_SPLITTING_UP_OTHER = {
    "ru": r"(?:родители|мама с папой|папа с мамой) (?:\w+ )?(?:разводятся|развелись|разошлись|расходятся|развод)",
    "zh": r"(?:爸妈|父母|爸爸妈妈|我爸我妈)(?:要|在|已经)?离婚",
    "ja": r"(?:両親|親|パパとママ|ママとパパ|父と母)が離婚",
    "ko": r"(?:부모님|엄마 아빠|엄마랑 아빠|엄빠)(?:이|가|께서)? ?이혼",
    "ar": r"(?:أبوي وأمي|ابوي وامي|أمي وأبوي|امي وابوي|ماما وبابا|بابا وماما|والدي|أهلي|ابويا وامي) "
          r"(?:تطلقوا|اتطلقوا|انفصلوا|حيتطلقوا|سيتطلقان|طلقوا|بيتطلقوا|منفصلين)",
    "hi": r"(?:मम्मी पापा|मम्मी-पापा|माँ पापा|मां पापा|मां-बाप|माता पिता|मम्मी और पापा) (?:अलग हो|का तलाक)",
}
FAMILY_NEWS: dict[str, list[tuple[str, str]]] = {
    # at most two words between the parents and the news ("my parents are getting divorced", "mum and dad were
    # arguing about money"): a longer gap could hide what a parent did ("dad raped me and they are getting divorced")
    **{lang: [(rf"\b{_PARENTS[lang]}(?: [\w']+){{0,2}}? (?:{_SPLITTING_UP[lang]}|{_ARGUING_ABOUT_MONEY[lang]})", HARM_AT_HOME)]
       for lang in _PARENTS},
    **{lang: [(said, HARM_AT_HOME)] for lang, said in _SPLITTING_UP_OTHER.items()},
}

# Signs of danger in any message, whatever the news (review of session 29): a wish to die or to disappear, a plan,
# a threat, a weapon, someone in the learner's bed or room at night, touching, secrets, nakedness or photos,
# hunger, shouting, a stepparent. Any of them and nothing is taken out: the whole message is judged as written.
DANGER = (
    r"(?:\b(?:die|dying|dead|death|kill\w*|suicid\w*|live|living|alive|point|disappear\w*|end it|end my|plan\w*|beat\w*"
    r"|threat\w*|stab\w*|knife|knives|gun|bed|room|night|touch\w*|secret\w*|naked|clothes|pics?|pictures?|photos?|fed"
    r"|hungry|starv\w*|yell\w*|scream\w*|worthless|grab\w*|neck|step ?dad|step ?father|step ?mum|step ?mom|boyfriend"
    r"|morir\w*|muert\w*|matar\w*|vivir|desaparecer|amenaz\w*|cama|cuarto|habitaci[oó]n|noche|toc\w*|secreto|desnud\w*"
    r"|fotos?|hambre|grit\w*|padrastro|mourir|mort\w*|tuer|vivre|dispara[iî]tre|menac\w*|lit|chambre|nuit|secret|nue?s?"
    r"|faim|cri\w*|beau-p[eè]re|sterben|tot|t[öo]ten|umbringen|leben|verschwinden|droh\w*|bett|zimmer|nacht|anfass\w*"
    r"|geheimnis|nackt|hunger|schrei\w*|stiefvater|morire|uccid\w*|vivere|sparire|minacc\w*|letto|camera|notte|tocc\w*"
    r"|segreto|nud[oaie]|fame|url\w*|patrigno|morrer|viver|sumir|amea[çc]\w*|quarto|noite|segredo|pelad[oa]|fome|padrasto"
    r"|умер\w*|умереть|смерт\w*|уб[ьи]\w*|жить|исчезн\w*|кроват\w*|комнат\w*|ноч\w*|трога\w*|секрет\w*|голод\w*"
    r"|отчим\w*"
    # second review: jumping, pills, hanging, cutting; sexual abuse and violence between parents
    r"|jump\w*|roof|bridge|pills?|hang\w*|cut|cuts|cutting|rap\w*|molest\w*|abus\w*|sex\w*|strangl\w*|smack\w*"
    r"|burn\w*|viol\w*|missbrauch\w*|vergewaltig\w*|tirarme|saltar|sauter|springen|aufh[äa]ng\w*|buttarmi|jogar"
    r"|pular|повес\w*|крыш\w*|таблет\w*|прыгн\w*|насил\w*)\b"
    r"|死|杀|消失|刀|床|房间|晚上|摸|秘密|饿|继父|跳楼|药|殺|消え|ナイフ|ベッド|部屋|夜|触|継父|죽|사라지|칼|침대|밤|만지|비밀|배고프"
    r"|새아빠|موت|أموت|اموت|قتل|أختفي|اختفي|سكين|سرير|غرفت|الليل|يلمس|سر |جوعان|زوج أمي|زوج امي|मर|गायब|चाकू|बिस्तर|कमरे"
    r"|रात|छू|राज़|भूख|सौतेले)")

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
    r"|de novo|j[áa] me|me pediu|me mandou|me disse|nosso segredo|me escreve|quer que|meu amigo|minha amiga"
    # told in the present: "what do i do if someone online asks me to send pictures"
    r"|asks? me|wants? me|tells? me|says|send\w*|meet\w*|gifts?|me pide|me pida|verme|quedar|mandar\w*|enviar\w*"
    r"|me demande|veut me voir|rencontr\w*|envoy\w*|fragt mich|will mich|treffen|schick\w*|mi chiede|vuole vedermi"
    r"|incontr\w*|mand\w*|invi\w*|me pede|quer me ver|encontr\w*)\b")
SAFETY_LESSON_QUESTION: dict[str, list[tuple[str, str]]] = {
    lang: [(p, IT_HAPPENED)] for lang, p in _WHAT_TO_DO_IF_SOMEONE.items()
}

# The category each table is mistaken for, and per language: (the ordinary thing said, the signs of harm of its
# kind that keep it from being taken out).
# Two more kinds were measured and not kept: a falling-out sorted out ("no one played with me but later Maya
# called me over") and a bystander's question ("if I see someone being bullied, who do I tell?"). Their news
# spanned a gap (from the leaving out to the making up, or a whole sentence) in which a risk could sit unread
# ("nobody played with me and i wanted to jump off the roof but then they said sorry"; second review of session
# 29). A form of them would have to take out only their own words.
SPARED_FROM_MEANING: dict[str, dict[str, list[tuple[str, str]]]] = {
    "abuse": FAMILY_NEWS,
    "grooming": SAFETY_LESSON_QUESTION,
}
