"""Violence against others: a threat to kill or hurt a person, with its exceptions (anger about a small thing,
"my mum says I'll kill her", a game).

`VIOLENCE` is completed at the end of this module: the tables of violence_plans.py (weapons, bombs, harm
planned) are added to it in the order they were written, session by session.
"""
from __future__ import annotations

from engine.safety.rules._shared import _NOT_IN_A_GAME, _extend, _unless
from engine.safety.rules.violence_plans import (AMBUSH_WITH_A_WEAPON, ATTACK_PLANNED, GUN_AND_THREAT,
                                                HARM_PLANNED, HARM_TO_A_CLASSMATE, HEAD_BLOW_QUESTIONS,
                                                MAKE_EXPLOSIVE_TO_SCARE, WEAPON_PLANS, _NOT_A_SCIENCE_PROJECT,
                                                _TO_SCHOOL)

# -- violence against others: a threat or plan aimed at people ---------------------------------
# Nor a question about the law or the school's rules ("why is carrying a knife to school illegal").
_NOT_A_RULES_QUESTION = (r"(?!.*\b(?:illegal|legal|allowed|against the law|banned|ilegal|permitido|prohibido|illégal"
                         r"|interdit|autoris[ée]|verboten|erlaubt|darf man|illegale|vietato|consentito|proibido)\b)")
# A weapon taken to school, not: what would happen, whether pupils may, or a lesson that uses one ("can you
# bring a knife to school for cooking class", "what happens if you take a gun to school in america"). Only for
# the school patterns: "how to make a bomb with stuff from the kitchen" stays a bomb plan.
_NOT_WHAT_WOULD_HAPPEN = (r"(?!.*\b(?:what happens if|can (?:you|we|students|kids|pupils)|qu[ée] pasa si|se puede"
                          r"|que se passe-t-il si|qu'est-ce qui se passe si|on peut|was passiert,? wenn|cosa succede se"
                          r"|si può|o que acontece se|cooking|kitchen|food tech(?:nology)?|cocina|cuisine|kochen"
                          r"|kochunterricht|cucina|culin[áa]ria|cake|bolo|pastel|tarta|g[âa]teau|kuchen|torta)\b)")
# "I want to kill this boss in the game": a wish to kill followed by a game word is not a threat.
_NOT_A_GAME = r"(?!.*\b(?:jefe|boss|chef[ãa]o|juego|videojuego|jeu|jogo|zombies?|zumbis?|monstruos?|monstres?|drag[oóã]o?n?)\b)"
_TARGET_EN = (r"(?:him|her|them|you|everyone|everybody|someone|somebody|people|my (?:little |big |older |younger |baby |step ?)?"
              r"(?:teacher|dad|mom|mum|brother|sister|friend|classmate)s?|the (?:teacher|class|school))")
# A threat said in anger about a small thing is not a plan: "my brother took my charger AGAIN im gonna kill
# him", "se comió mis patatas, lo voy a matar". Only when the message says what was taken, eaten, broken or
# deleted, and names no weapon and no "for real" (`_NOT_HYPERBOLE_ABOUT_A_SMALL_THING`); a bare threat ("im
# going to kill him tomorrow") or one about being hurt is still a threat.
_A_SMALL_THING_TAKEN = (
    r"(?:\b(?:took|takes|taken|ate|eats|eaten|stole|steals|broke|breaks|borrowed|borrows|used|uses|hid|hides|deleted"
    r"|deletes|spoiled|spoils|spoilt|finished|spilled|spilt|drank|drinks|wore|unplugged|switched off|turned off"
    r"|messed up|ruined|scratched|lost)\b.{0,20}\b(?:my|mine|our|the last)\b"
    r"|\b(?:quit[oó]|cogi[oó]|rob[oó]|rompi[oó]|borr[oó]|comi[oó]|bebi[oó]|gast[oó]|us[oó]|escondi[oó]|perdi[oó]"
    r"|llev[oó]|cogido|quitado|roto|borrado|comido|bebido|robado|usado|escondido|perdido|llevado|mangado|mang[oó])\b"
    r".{0,20}\b(?:mi|mis|otra vez|el [uú]ltimo|la [uú]ltima)\b"
    r"|\b(?:pris|piqu[ée]|vol[ée]|cass[ée]|mang[ée]|bu|effac[ée]|cach[ée]|utilis[ée]|emprunt[ée]|fini|perdu"
    r"|ab[îi]m[ée]|prend|pique|vole|casse|mange)\b.{0,20}\b(?:mon|ma|mes|encore)\b"
    r"|(?=.*\b(?:mein\w*|wieder)\b).*?\b(?:genommen|weggenommen|geklaut|gemopst|kaputt ?gemacht|aufgegessen|gegessen|ausgetrunken|getrunken|gelöscht"
    r"|versteckt|benutzt|verloren|nimmt|klaut|isst|löscht)\b"
    r"|\b(?:preso|rubato|fregato|rotto|mangiato|bevuto|cancellato|nascosto|usato|finito|perso|prende|ruba|rompe"
    r"|mangia)\b.{0,20}\b(?:il mio|la mia|i miei|le mie|mio|mia|miei|mie|di nuovo|ancora)\b"
    r"|\b(?:pegou|roubou|quebrou|comeu|bebeu|apagou|escondeu|usou|acabou|sumiu|perdeu|pega|rouba|quebra|come"
    r")\b.{0,20}\b(?:o meu|a minha|os meus|as minhas|meu|minha|meus|minhas|de novo|outra vez)\b)")
_A_WEAPON_OR_FOR_REAL = (r"stab\w*|shoot|strangl\w*|knife|knives|guns?|weapons?|for real"
    r"|seriously|not joking|not kidding|i mean it|cuchillo|navaja|pistola|armas?|en serio|de verdad|couteau|armes?"
    r"|flingue|pour de vrai|s[ée]rieux|messer|waffen?|pistole|im ernst|ernsthaft|coltello|sul serio|davvero|faca"
    r"|rev[oó]lver|de verdade|s[ée]rio")
_NOT_HYPERBOLE_ABOUT_A_SMALL_THING = (
    rf"(?!(?=.*{_A_SMALL_THING_TAKEN})(?!.*\b(?:{_A_WEAPON_OR_FOR_REAL}"
    # being hurt is not a small thing ("he broke my nose")
    r"|hit|hits|punch\w*|kick\w*|hurt|hurts|beat|beats|nose|arm|leg|teeth|tooth|face|head|ribs|jaw|finger"
    r"|peg[oó]|pega|golpe\w*|nariz|brazo|pierna|dientes?|cara|cabeza|frapp\w*|nez|bras|jambe|dents?|visage|t[eê]te"
    r"|schl[äa]g\w*|nase|bein|z[äa]hne?|gesicht|kopf|picchi\w*|naso|braccio|gamba|denti?|faccia|testa"
    r"|bat(?:e|eu)|bra[çc]o|perna|cabe[çc]a)\b))")
# The same anger about a small thing in the other scripts: "брат сломал мой телефон, убью его", "我弟把我的作业撕了
# 我要杀了他", "छोटे भाई ने मेरी कॉपी फाड़ दी, उसे मार डालूंगा". The message names a brother, a sister or a friend, and
# says what of the learner's they broke, tore, took, ate or deleted (a thing: never a hand, a sister, the learner);
# a weapon (scissors, an axe, a hammer too), "for real", being hit, a body part, a mother or a stepfather, or
# (ko) school keeps it a threat. No \b around the CJK
# words: there is no word boundary between Chinese or Japanese characters.
_AR_NOT_A_THING = (r"(?!(?:أختي|اختي|أمي|امي|أبوي|ابوي|أخوي|اخوي|يدي|ايدي|إيدي|رجلي|راسي|رأسي|وجهي|أنفي|انفي"
                   r"|صاحبي|صاحبتي)(?:\s|$|[،,.!؟?]))")
_A_SMALL_THING_TAKEN_OTHER = (
    # a brother, a sister or a friend did it ...
    r"^(?=.*(?:\b(?:брат\w*|сестр\w*|сестрёнк\w*|друг|подруг\w*|одноклассни\w*)\b|弟|妹|哥|姐|同桌|同学|兄|姉|友達"
    r"|동생|오빠|형|누나|언니|친구|أخوي|اخوي|أخويا|اخويا|أختي|اختي|أخي|اخي|صاحبي|صاحبتي|भाई|बहन|दोस्त))"
    # ... to a thing of the learner's
    r".*?(?:\b(?:взял|забрал|съел|сломал|разбил|порвал|удалил|спрятал|украл|потерял|испортил|выпил|стащил)а?\b"
    r"(?: \w+)? (?:мо(?:й|я|ё|е|и|ю|его|их|ей)|опять|снова)\b"
    r"|把我的.{0,8}?(?:撕|弄坏|摔坏|吃|删|拿走|弄丢|偷走|藏|用|喝|弄脏)"
    r"|我的.{0,8}?被.{0,6}?(?:撕|弄坏|摔坏|吃|删|拿走|弄丢|偷走|藏)"
    r"|(?:俺|私|僕|あたし|うち)の.{0,10}?(?:壊|食べ|消し|消さ|取っ|取ら|隠し|隠さ|破っ|破ら|使っ|なくし)"
    r"|(?:^|\s)(?:내|나의|제) \S.*(?:부쉈|부셨|망가뜨렸|망가트렸|먹었|먹어버렸|지웠|가져갔|찢었|숨겼|잃어버렸)"
    rf"|(?:كسر|أكل|اكل|أخذ|اخذ|اخد|خد|مزق|قطع|سرق|خرب|مسح|ضيع|قطّع|مزّق)ت?\s+(?:\S+\s+)?{_AR_NOT_A_THING}\S+ي(?:\s|$|[،,.!؟?])"
    r"|(?:मेरी|मेरा|मेरे)\s.{0,24}?(?:फाड़|फाड|तोड़|तोड|खा ल|खा गय|ले ल|ले गय|छुपा|छिपा|गुम|खो द|बिगाड़|मिटा|चुरा))")
_A_WEAPON_HURT_OR_FOR_REAL_OTHER = (
    r"(?:\b(?:нож\w*|пистолет\w*|ружь\w*|оружи\w*|топор\w*|молот\w*|всерь[её]з|серь[её]зно|по-настоящему|ударил\w*"
    r"|бь[её]т|бил|била|избил\w*|побил\w*|нос|лицо|руку|руки|ногу|ноги|зуб\w*|голов\w*|мам\w*|отчим\w*"
    r"|бит\w*|травмат\w*|отрав\w*|яд\w*|задуш\w*|завтра|план\w*|всех)\b"
    # a plan, a weapon, poison, tomorrow, everyone (second review of session 29)
    r"|刀|枪|剪刀|锤|真的|认真|不开玩笑|打我|打了我|揍我|手(?!机)|脚|头|脸|鼻子|腿|胳膊|妈|继父|偷拍|毒|球棒|绳|勒|明天"
    r"|计划|所有人|他们|バット|明日|計画|みんな|방망이|독|내일|계획|모두|عصا|سم|بكرة|بكره|बैट|ज़हर|जहर|कल|प्लान|सबको"
    r"|ナイフ|包丁|銃|ハサミ|はさみ|金槌|本気|殴|叩|腕|足|頭|顔|鼻|母"
    r"|칼|총|가위|망치|진짜로|진심|농담 아니|때렸|때려|팔|다리|머리|얼굴|코|엄마|학교"
    r"|سكين|مسدس|سلاح|مقص|شاكوش|بجد|مش بهزر|ضربني|يضربني|يدي|رجلي|راسي|رأسي|وجهي|أمي|امي"
    r"|चाकू|बंदूक|कैंची|हथौड़ा|सच में|सचमुच|मज़ाक नहीं|मजाक नहीं|मुझे मारा|पीटा|पीटता|हाथ|पैर|सिर|नाक|दांत|चेहरा|मां|माँ"
    r"|मम्मी)")
_NOT_ANGER_AT_A_SMALL_THING_OTHER = (rf"(?!(?=.*{_A_SMALL_THING_TAKEN_OTHER})(?!.*{_A_WEAPON_HURT_OR_FOR_REAL_OTHER}))")
# "My mum says I'll kill her" is a grown-up's figure of speech about the learner (the socks left everywhere,
# jumping out from behind a door), not a threat: a family member or a teacher says, right before the threat
# words, that the learner will kill HER or HIM ("mi mama dice que la voy a matar", "ma mère dit que je vais la
# tuer", "minha mãe fala que eu vou matar ela", "meine mama sagt, ich werde sie umbringen"). So are the fixed
# idioms of a fright or a grief (matar del susto / de un disgusto / do coração / de desgosto, tuer de peur,
# uccidere di crepacuore / di paura). Not: a threat after something said ("my teacher says i'm stupid so im
# going to kill him"), one at "you" (a parent's own threat, "my dad says im gonna kill you", is left to the
# rule and the abuse checks), a friend's words, or any of these with a weapon or "for real"
# (`_not_figurative_death_of_them`).
_SOMEONE_AT_HOME_OR_SCHOOL_SAYS = (
    r"\b(?:(?:my|me) (?:mum|mom|mummy|mommy|mother|dad|daddy|father|parents|nan|nana|gran|granny|grandma|grandpa"
    r"|grandmother|grandfather|aunt|auntie|uncle|teacher|sister|brother|stepmum|stepmom|stepdad)|(?:the|our|my) teacher"
    r"|mi (?:mam[aá]|madre|pap[aá]|padre|abuel[ao]|yaya|t[ií][ao]|profe|profesora?|maestr[ao]|herman[ao])|mis padres"
    r"|(?:ma|mon) (?:m[eè]re|maman|p[eè]re|papa|grand-m[eè]re|grand-p[eè]re|mamie|papy|papi|m[ée]m[ée]|tante|oncle"
    r"|prof|professeure?|ma[iî]tresse|ma[iî]tre|s[oœ]eur|fr[eè]re)|mes parents"
    r"|(?:meine|mein) (?:mutter|mama|mami|mum|vater|papa|eltern|oma|opa|tante|onkel|lehrerin|lehrer|schwester|bruder)"
    r"|(?:mia|mio|la mia|il mio) (?:madre|mamma|padre|pap[aà]|nonna|nonno|zia|zio|prof|professoressa|professore"
    r"|maestra|maestro|sorella|fratello)|i miei"
    r"|(?:minha|meu|a minha|o meu) (?:m[ãa]e|mam[ãa]e|pai|papai|av[óo]|v[óo]|tia|tio|professora?|prof|irm[ãa]o?)"
    r"|meus pais)\b")
_SAYS_THAT = (r"(?:,? (?:always|keeps|often|still|also|siempre|también|tambien|toujours|aussi|immer|auch|sempre|anche"
              r"|também|tambem))?,? (?:says?|said|keeps saying|tells? me|told me|dice|dijo|me dice|me dijo|dit|m'a dit"
              r"|me dit|sagt|meint|hat gesagt|sagt mir|mi dice|ha detto|diz|disse|fala|falou|me diz|me fala"
              r")(?: (?:always|siempre|toujours|immer|sempre))?,? (?:that |que |q |qu'|dass |che )?")
_I_WILL_KILL_THEM = (r"(?:(?:i'?m|i am|im|i'?ll|i will) (?:\w+ )?(?:going to |gonna )?(?:kill|murder) (?:her|him|them)\b"
                     # "her" as a possessive names someone else ("kill her boyfriend")
                     r"(?! (?:boy ?friend|girl ?friend|bf|gf|brother|sister|friends?|mates?|son|daughter|husband|baby"
                     r"|kids?|teacher|cousin|dog|cat)\b)"
                     r"|(?:yo )?(?:la|lo|le|los|las) voy a matar\b|(?:yo )?voy a matar(?:la|lo|le|los|las)\b"
                     r"|je vais (?:la|le|les) tuer\b"
                     r"|ich (?:werde|will) (?:sie|ihn) (?:noch )?umbringen\b"
                     r"|(?:io )?(?:la|lo|li) (?:voglio|vado a) uccidere\b|voglio uccider(?:la|lo|li)\b"
                     r"|(?:eu )?vou (?:(?:a|o|as|os) matar|matar (?:ela|ele|elas|eles))\b)")
# "amigo do coração" is a dear friend, not a fright; "de peur qu'il le dise" is "so that he does not tell".
_OF_FRIGHT_OR_GRIEF = (r"\b(?:matar\w*|tuer|uccider\w*)(?: \w+){0,3} (?:del susto|de(?: un)? susto|de(?: un| los)? disgustos?"
                       r"|del disgusto|de desgosto|(?<!amigo )(?<!amiga )(?<!amigos )(?<!amigas )(?:do|de) cora[çc][ãa]o"
                       r"|de peur\b(?! qu)|de chagrin|di crepacuore|di paura|dallo spavento)\b")
# A weapon named undoes the figure too (these only here: a bat or a gift taken is still a small thing).
_A_WEAPON_NAMED = (r"bats?|hammers?|scissors|poison\w*|ropes?|martillo|bate|tijeras|veneno|cuerda|marteau|batte|ciseaux"
                   r"|corde|hammer|schl[äa]ger|schere|gift|seil|martello|mazza|forbici|veleno|martelo|taco|tesoura|corda")


def _not_figurative_death_of_them(threats: list[str]) -> str:
    """The exception for a language whose threat patterns are `threats`: the figure of speech above, with
    no weapon and no "for real", and the threat words said once - a second threat in the same message
    ("mi madre dice que la voy a matar del susto. mañana voy a matar a mi hermano") is not excused."""
    said = "|".join(threats)
    return (rf"(?!(?=.*(?:{_SOMEONE_AT_HOME_OR_SCHOOL_SAYS}{_SAYS_THAT}{_I_WILL_KILL_THEM}|{_OF_FRIGHT_OR_GRIEF}))"
            rf"(?!.*\b(?:{_A_WEAPON_OR_FOR_REAL}|{_A_WEAPON_NAMED})\b)(?!(?:.*?(?:{said})){{2}}))")
# Threats to kill a person: a wish or a plan, each with the exceptions above.
THREATS: dict[str, list[str]] = {
    "en": [rf"\b(?:i'?m|i am|i'?ll|i will|i want to|i wanna|going to|gonna|gonna go) (?:\w+ )?(?:kill|murder|stab|shoot|strangle|beat up|hurt|punch) {_TARGET_EN}\b"],
    "es": [r"\bvoy a matar(?:lo|la|los|las|te)?\b", r"\bquiero matar(?:lo|la|los|las|te)?\b" + _NOT_A_GAME],
    "fr": [r"\bje vais (?:le |la |les |te )?tuer\b", r"\bje veux (?:le |la |les |te )?tuer\b" + _NOT_A_GAME],
    "de": [r"\bich (?:werde|will) (?:ihn|sie|dich|euch|alle) (?:umbringen|töten|erstechen|erschießen)\b"],
    "it": [r"\b(?:lo|la|li|ti) (?:voglio|vado a) uccidere\b", r"\bvoglio uccider(?:lo|la|li|ti)\b"],
    "pt": [r"\bvou (?:te |o |a )?matar\b", r"\bquero (?:te |o |a )?matar\b" + _NOT_A_GAME],
}
# The same threats in the other scripts, with the exception for anger at a small thing.
THREATS_OTHER_SCRIPTS: dict[str, list[str]] = {
    "ru": [r"убью (?:его|её|ее|тебя|их|всех)", r"хочу убить (?:его|её|ее|тебя|их|всех)"],
    # "我真的要杀了他", "我明天要杀了他": a few words between "I" and "will", never a negation.
    "zh": [r"我(?:(?!不|没|別|别)[^，,。.!！?？\s]){0,4}?要杀了?(?:他|她|你|他们|所有人)",
           r"我(?:(?!不|没|別|别)[^，,。.!！?？\s]){0,4}?想杀了?(?:他|她|你|他们|所有人)"],
    "ja": [r"(?:あいつ|彼|彼女|お前|みんな)を殺(?:す|したい)"],
    "ko": [r"(?:그|그녀|너|걔|다)를? 죽일", r"죽여\s?버릴"],
    "ar": [r"سأقتله", r"سأقتلها", r"سأقتلك", r"أريد أن أقتل"],
    "hi": [r"(?:उसे|तुम्हें|सबको) मार (?:दूंगा|दूँगा|डालूंगा|दूंगी)"],
}
# A weapon taken to school and how to make a bomb are in WEAPON_PLANS (below), with their exceptions (a
# game, a question about the law, what would happen, a lesson, a science fair) in every language.
VIOLENCE: dict[str, list[str]] = {
    **{lang: [_unless(p, _NOT_HYPERBOLE_ABOUT_A_SMALL_THING, _not_figurative_death_of_them(patterns))
              for p in patterns] for lang, patterns in THREATS.items() if lang != "en"},
    "en": [
        *(_unless(p, _NOT_HYPERBOLE_ABOUT_A_SMALL_THING, _not_figurative_death_of_them(THREATS["en"]))
          for p in THREATS["en"]),
        r"\bshoot up (?:the|my) (?:school|class)\b",
        r"\bhow (?:do i|to|can i) (?:make|build) a (?:gun|weapon)\b",
        r"\bhow (?:do i|to|can i) (?:kill|poison|hurt) (?:a )?(?:person|someone|somebody|people|my \w+)\b",
    ],
    **{lang: [_unless(p, _NOT_ANGER_AT_A_SMALL_THING_OTHER) for p in patterns]
       for lang, patterns in THREATS_OTHER_SCRIPTS.items()},
}
_extend(VIOLENCE, {
    "ru": [r"как сделать бомбу", r"принес(?:ти|у) (?:оружие|нож) в школу"],
    "zh": [r"怎么做炸弹", r"带(?:枪|刀)去学校"],
    "ja": [r"爆弾の作り方", r"学校に(?:銃|ナイフ)を持"],
    "ko": [r"폭탄\s?만드는"],
    "ar": [r"كيف أصنع قنبلة"],
    "hi": [r"बम कैसे बनाएं", r"बम कैसे बनाते"],
})

# -- VIOLENCE, completed: the base table above, then each table added to it, in the order they were written --
_extend(VIOLENCE, MAKE_EXPLOSIVE_TO_SCARE)
for _lang, _patterns in WEAPON_PLANS.items():
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME, _NOT_A_RULES_QUESTION, _NOT_A_SCIENCE_PROJECT,
                                                   *([_NOT_WHAT_WOULD_HAPPEN] if _TO_SCHOOL.search(p) else []))
                                           for p in _patterns)]
for _lang, _patterns in GUN_AND_THREAT.items():
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME, _NOT_A_SCIENCE_PROJECT) for p in _patterns)]
for _lang, _patterns in HEAD_BLOW_QUESTIONS.items():
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME) for p in _patterns)]
for _lang, _patterns in HARM_TO_A_CLASSMATE.items():
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME) for p in _patterns)]
for _lang, _patterns in HARM_PLANNED.items():
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME) for p in _patterns)]
for _lang in AMBUSH_WITH_A_WEAPON:
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME) for p in AMBUSH_WITH_A_WEAPON[_lang])]
for _lang in ATTACK_PLANNED:
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME) for p in ATTACK_PLANNED[_lang])]
