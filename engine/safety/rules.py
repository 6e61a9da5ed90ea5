"""Built-in safety rules per language: self-harm, violence, abuse, prompt injection, word lists.

Patterns are deliberately *specific* (a first-person wish or plan, a threat at a person), never a
bare word such as "kill" or "die": learners ask about wars, killer whales, batteries that died and
their anxiety about tests, and all of that must get help. Word lists are small defaults; a school
adds or removes words per language with a JSON file (see `SafetyConfig.load`).
"""
from __future__ import annotations

import re

from engine.i18n import MessageMap

LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar", "hi")

# Languages written without spaces between words: match terms as substrings, not whole words.
UNSPACED = frozenset({"zh", "ja"})

# -- self-harm / suicide: the learner may be in danger -----------------------------------------
SELF_HARM: dict[str, list[str]] = {
    "en": [
        r"\b(?:kill|hurt|harm|cut|hang|starve)(?:ing)? my\s?self\b",
        r"\b(?:want|wanna|plan(?:ning)?|wish) (?:to )?(?:die|be dead|end it all|end my life|disappear forever)\b",
        r"\bwish i (?:was|were) (?:dead|never born)\b",
        r"\bi (?:should|might as well) (?:just )?(?:die|be dead|end it)\b(?! of| laughing)",
        r"\bsuicid(?:e|al)\b", r"\bend(?:ing)? (?:my|it) (?:life|all)\b", r"\bself[- ]harm",
        r"\bno reason to (?:live|go on)\b", r"\bdon'?t want to (?:live|be alive|exist)\b",
        r"\bbetter off (?:dead|without me)\b",
    ],
    "es": [r"\bmatarme\b", r"\bquiero morir(?:me)?\b", r"\bsuicid", r"\bhacerme daño\b",
           r"\bquiero (?:(?:solo|sólo|nomas|nomás|ya|de verdad|realmente|tanto) ){1,2}morir(?:me)?\b(?! de risa)", r"\bno quiero vivir\b",
           r"\bcortarme\b", r"\bquitarme la vida\b"],
    "fr": [r"(?<!\bva )(?<!\bvont )\bme tuer\b", r"\benvie de mourir\b", r"\bje veux mourir\b", r"\bsuicid",
           r"\b(?:je |j'|j)veux (?:(?:juste|vraiment|seulement|simplement|trop|tellement) ){1,2}mourir\b(?! de rire)", r"\bme faire du mal\b",
           r"\bne veux plus vivre\b", r"\bme scarifier\b"],
    "de": [r"\bmich umbringen\b", r"\bwill sterben\b", r"\bsterben will\b",
           r"\b(?:will|möchte|mochte) (?:(?:einfach|nur|noch|echt|wirklich|jetzt|endlich|so) ){1,3}sterben\b(?! vor lachen)", r"\bsuizid", r"\bselbstmord",
           r"\bmir (?:weh ?tun|etwas antun)\b", r"\bnicht mehr leben\b", r"\britzen\b"],
    "it": [r"\buccidermi\b", r"\bvoglio morire\b", r"\bsuicid",
           r"\bvoglio (?:(?:solo|soltanto|solamente|davvero|proprio|tanto) ){1,2}morire\b(?! dal ridere)", r"\bfarmi del male\b", r"\bnon voglio più vivere\b",
           r"\btagliarmi\b"],
    "pt": [r"(?<!\bvai )(?<!\bvão )(?<!\bvao )\bme matar\b", r"\bmatar-me\b", r"\bquero morrer\b", r"\bsuic[ií]d",
           r"\bquero (?:(?:so|só|muito|mesmo|apenas|tanto) ){1,2}morrer\b(?! de rir)", r"\bme machucar\b",
           r"\bnão quero mais viver\b", r"\bme cortar\b"],
    "ru": [r"убить себя", r"хочу умереть", r"суицид", r"самоубийств", r"покончить с собой", r"не хочу жить",
           r"причинить себе (?:вред|боль)", r"порезать себя"],
    "zh": [r"自杀", r"想死", r"不想活", r"伤害自己", r"割腕", r"結束生命", r"结束生命", r"自殺"],
    "ja": [r"自殺", r"死にたい", r"消えたい", r"自分を傷つけ", r"リストカット", r"生きていたくない"],
    "ko": [r"자살", r"죽고\s?싶", r"자해", r"살고\s?싶지\s?않"],
    "ar": [r"انتحار", r"أنتحر", r"اقتل نفسي", r"أقتل نفسي", r"أريد أن أموت", r"اريد ان اموت", r"أؤذي نفسي"],
    "hi": [r"आत्महत्या", r"खुदकुशी", r"मरना चाहत[ाी]", r"खुद को (?:नुकसान|चोट)", r"जीना नहीं चाहत[ाी]"],
}

def _unless(pattern: str, *exclusions: str) -> str:
    """`pattern`, unless one of the `exclusions` (look-aheads over the whole line) matches. The
    pattern is looked for first, so the exclusions - long word lists read from the start of the line
    - are only tried on the few messages that match (they cost ~35 us a message each otherwise)."""
    return f"^(?=.*?{pattern}){''.join(exclusions)}.*?{pattern}"


# The word "suicide" in a lesson: a book, a play, a film, a poem, a history lesson or a dictionary ("in the
# novel we read a character dies by suicide, why did the author ...") is a school question, unless the learner
# speaks of themselves or a friend at risk ("i think about suicide", "my friend wants to commit suicide") or asks
# how, how much, whether it hurts ("is suicide painless"). The keyword patterns only (`SUICIDE_WORD`): a wish
# or a plan ("i want to kill myself") never has this exception.
_A_WORK_OR_LESSON = (
    r"(?:novels?|books?|stor(?:y|ies)|characters?|authors?|writers?|poets?|poems?|plays?|films?|movies?|series"
    r"|episodes?|chapters?|protagonists?|heroe?s?|heroines?|narrators?|traged(?:y|ies)|myths?|legends?|literature"
    r"|shakespeare|romeo|juliet|hamlet|ophelia|history|historians?|dictionary|definition|the word"
    r"|novelas?|libros?|cuentos?|relatos?|historias?|personajes?|autora?|escritora?|poemas?|poetas?|obras?"
    r"|pel[ií]culas?|pelis?|serie|cap[ií]tulos?|protagonistas?|h[ée]roes?|hero[ií]nas?|narrador(?:a|es)?"
    r"|tragedias?|mitos?|leyendas?|literatura|lectura|diccionario|la palabra"
    r"|romans?|livres?|contes?|r[ée]cits?|histoires?|personnages?|auteure?s?|autrices?|[ée]crivaine?s?"
    r"|po[èe]mes?|po[èe]tes?|pi[èe]ces?|s[ée]ries?|chapitres?|protagonistes?|h[ée]ro[ïi]nes?|h[ée]ros"
    r"|narrat(?:eur|rice)s?|trag[ée]dies?|mythes?|l[ée]gendes?|litt[ée]rature|dictionnaire|le mot"
    r"|roman(?:e|en)?|buch|b[üu]chern?|geschichten?|erz[äa]hlungen?|figuren?|autor(?:in|en)?|schriftsteller\w*"
    r"|gedichte?s?|dichter\w*|theaterst[üu]ck\w*|st[üu]ck|dramas?|kapitel|protagonist\w*|held(?:in|en)?"
    r"|erz[äa]hler\w*|trag[öo]die|mythos|sagen?|lekt[üu]re|w[öo]rterbuch|das wort"
    r"|romanzi?|libri?|racconti?|storia|storie|personaggi?o?|autor[ei]|autrice|scrittor[ei]|scrittrice|poesi[ae]"
    r"|opera|capitol[oi]|ero[ei]|eroina|narrator[ei]|letteratura|lettura|leggend[ae]|dizionario|la parola"
    r"|poema|canto [ivxl]+|commedia|commento|parafrasi|comentario de texto|commentaire de texte"
    r"|romance|livros?|contos?|hist[óo]rias?|personage(?:m|ns)|hist[óo]ria|escritora?|filmes?|s[ée]ries?"
    r"|cap[íi]tulos?|her[óo]i|hero[íi]nas?|trag[ée]dias?|lendas?|leitura|dicion[áa]rio|a palavra"
    r"|kahani|kitab|lekhak|upanyas|kavita"
    r"|роман\w*|книг\w*|рассказ\w*|персонаж\w*|автор\w*|геро\w*|стих\w*|фильм\w*|истори\w*|словар\w*"
    r"|رواية|الرواية|كتاب|الكتاب|قصة|القصة|شخصية|الشخصية|الكاتب|المؤلف|البطل|فيلم|الفيلم|التاريخ|قاموس"
    r"|उपन्यास|किताब|कहानी|पात्र|लेखक|नायक|फिल्म|फ़िल्म|इतिहास|कविता)")
_A_WORK_OR_LESSON_UNSPACED = r"(?:小说|小說|课文|故事|角色|作者|主人公|电影|電影|历史|歷史|字典|小説|物語|登場人物|映画|歴史|辞書|教科書|소설|이야기|등장인물|작가|주인공|영화|역사|사전)"
# ... but the learner speaks of themselves, of a friend or a sibling, or asks how, how much, whether it hurts.
_ABOUT_ME_OR_A_FRIEND = (
    r"(?:\b(?:i|im|i'?m|i'?ve|ive|i am|i have|i had)\s(?:been\s|kinda\s|sometimes\s|often\s|always\s|really\s)?"
    r"(?:think\w*|thought|want\w*|wanna|wish\w*|plan\w*|consider\w*|tried|try\w*|feel\w*|felt|go(?:ing|nna)|might"
    r"|will|could|should|keep)\b|\bmyself\b|\bmy (?:friend|best friend|bff|bf|gf|boyfriend|girlfriend|brother|sister"
    r"|cousin|classmate|mate)s?\b|\ba friend\b|\bpainless\b|\bhurts?\b|\bquick(?:est|ly)?\b|\beasiest\b|\bbest way\b"
    r"|\bhow (?:to|do you|do i|can i|can you|would you|many|much)\b"
    r"|suicidarme|\bme suicid\w*|\bp(?:ie|e)ns\w* en (?:el )?suicid\w*|\bideas? suicidas?"
    r"|\bmi (?:amig[oa]|mejor amig[oa]|herman[oa]|novi[oa]|prim[oa])\b|\bsin dolor\b|\bduele\b|\bc[oó]mo se hace\b"
    r"|\bcu[aá]nt[oa]s?\b"
    r"|\bme suicid\w*|\bpens\w* au suicide|\benvie de (?:me )?suicid\w*|\bmon (?:ami|meilleur ami|copain|pote|fr[eè]re|cousin)\b"
    r"|\bma (?:copine|meilleure amie|s[oœ]ur|cousine|pote)\b|\bsans douleur\b|\b[çc]a fait mal\b"
    r"|\bcomment (?:on fait|faire|je)\b|\bcombien\b"
    r"|\bmich umbringen\b|\b(?:denke|dachte|gedacht|denk)\b.{0,20}\b(?:an|über) (?:selbstmord|suizid)"
    r"|\bich (?:will|möchte|wollte) (?:mich|sterben|selbstmord|nicht mehr)\b|\bmein(?:e|em|en)? (?:freund\w*|bruder|schwester|kumpel|cousin\w*)\b"
    r"|\bschmerzlos\b|\btut (?:es |das )?weh\b|\bwie (?:macht man|geht|kann ich|viele)\b"
    r"|suicidarmi|\bmi suicid\w*|\b(?:penso|pensato|pensando) (?:al|spesso al) suicidio|\bvoglio (?:morire|farla finita)\b"
    r"|\b(?:il mio|la mia|mio|mia) (?:amic[oa]|migliore amic[oa]|fratello|sorella|cugin[oa])\b|\bsenza dolore\b"
    r"|\bfa male\b|\bcome si fa\b|\bquant[ei]\b"
    r"|\bme suicidar\b|\bsuicidar-me\b|\bme suicido\b|\b(?:penso|pensando|pensei) em (?:me )?suicid\w*|\bquero (?:me matar|morrer|sumir)\b"
    r"|\b(?:meu|minha) (?:amig[oa]|melhor amig[oa]|irm[ãa]o?|prim[oa])\b|\bsem dor\b|\bd[óo]i\b|\bcomo se faz\b"
    r"|\bquant[oa]s\b"
    r"|\b(?:mujhe|mera|meri|dost)\b"
    r"|\bя\b|меня|мне\b|хочу|думаю|друг\w*|подруг\w*"
    r"|أنا|أريد|اريد|صديقي|صديقتي|أفكر"
    r"|मैं|मुझे|मेरा|मेरी|मेरे|दोस्त|चाहत"
    r"|我(?!们|們)|朋友|私|僕|俺|友達|したい|나는|내가|제가|친구|싶)")
# A title in quotes ("in 'la casa de bernarda alba' why does adela kill herself") names a work too (session 25).
_A_QUOTED_TITLE = r"(?:\"[^\"]{3,60}\"|\u201c[^\u201d]{3,60}\u201d|\u00ab[^\u00bb]{3,60}\u00bb)"
_NOT_A_LESSON_ABOUT_IT = (rf"(?!(?=.*(?:\b{_A_WORK_OR_LESSON}\b|{_A_WORK_OR_LESSON_UNSPACED}|{_A_QUOTED_TITLE}))"
                          rf"(?!.*{_ABOUT_ME_OR_A_FRIEND}))")
# The bare keywords, per language (the rest of SELF_HARM is a wish, a plan or an act: no exception).
SUICIDE_WORD: dict[str, list[str]] = {
    "en": [r"\bsuicid(?:e|al)\b"], "es": [r"\bsuicid"], "fr": [r"\bsuicid"], "de": [r"\bsuizid", r"\bselbstmord"],
    "it": [r"\bsuicid"], "pt": [r"\bsuic[ií]d"], "ru": [r"суицид", r"самоубийств"], "zh": [r"自杀", r"自殺"],
    "ja": [r"自殺"], "ko": [r"자살"], "ar": [r"انتحار"], "hi": [r"आत्महत्या", r"खुदकुशी"],
}
for _lang, _patterns in SUICIDE_WORD.items():
    SELF_HARM[_lang] = [_unless(p, _NOT_A_LESSON_ABOUT_IT) if p in _patterns else p for p in SELF_HARM[_lang]]
    assert all(_unless(p, _NOT_A_LESSON_ABOUT_IT) in SELF_HARM[_lang] for p in _patterns), _lang

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
    "ru": [r"убью (?:его|её|ее|тебя|их|всех)", r"хочу убить (?:его|её|ее|тебя|их|всех)", r"как сделать бомбу",
           r"принес(?:ти|у) (?:оружие|нож) в школу"],
    "zh": [r"我要杀了?(?:他|她|你|他们|所有人)", r"我想杀了?(?:他|她|你|他们|所有人)", r"怎么做炸弹", r"带(?:枪|刀)去学校"],
    "ja": [r"(?:あいつ|彼|彼女|お前|みんな)を殺(?:す|したい)", r"爆弾の作り方", r"学校に(?:銃|ナイフ)を持"],
    "ko": [r"(?:그|그녀|너|걔|다)를? 죽일", r"죽여\s?버릴", r"폭탄\s?만드는"],
    "ar": [r"سأقتله", r"سأقتلها", r"سأقتلك", r"أريد أن أقتل", r"كيف أصنع قنبلة"],
    "hi": [r"(?:उसे|तुम्हें|सबको) मार (?:दूंगा|दूँगा|डालूंगा|दूंगी)", r"बम कैसे बनाएं", r"बम कैसे बनाते"],
}

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

# -- abuse disclosure: someone is hurting the learner -------------------------------------------
ABUSE: dict[str, list[str]] = {
    "en": [r"\b(?:he|she|they|my \w+|someone|somebody) (?:hits|beats|kicks|chokes|burns|touches|hurts) me\b",
           r"\b(?:i'?m|i am) (?:being )?(?:abused|bullied every day|molested)\b",
           r"\btouch(?:ed|es)? me (?:in a bad way|where|inappropriately)\b", r"\bafraid to go home\b",
           r"\bscared to go home\b"],
    "es": [r"\bme (?:pega|golpea|maltrata|toca)\b", r"\bmiedo de ir a casa\b"],
    "fr": [r"\bm(?:e|') (?:frappe|bat|touche)\b", r"\bpeur de rentrer (?:à la maison|chez moi)\b"],
    "de": [r"\b(?:schlägt|berührt|misshandelt) mich\b", r"\bangst,? nach hause zu gehen\b"],
    "it": [r"\bmi (?:picchia|tocca|maltratta)\b", r"\bpaura di tornare a casa\b"],
    "pt": [r"\bme (?:bate|toca|maltrata)\b", r"\bmedo de ir para casa\b"],
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
for _lang, _patterns in LOCKED_IN.items():
    ABUSE[_lang] = [*ABUSE[_lang], *_patterns]

# -- paraphrases children use, clear enough for a rule (the meaning check catches the rest) -----
# Added to SELF_HARM; EATING and GROOMING are their own categories with their own kind answers.
SELF_HARM_PARAPHRASES: dict[str, list[str]] = {
    "en": [r"\bnobody would (?:even )?(?:notice|care|miss me) if i (?:was|were|died|disappeared|wasn'?t)\b",
           r"\bsleep and never wake up\b", r"\bgoodbye (?:letter|note)s?\b",
           r"\b(?:took|swallowed|ate) (?:a (?:lot|bunch|load) of|all (?:of )?(?:the|my \w+)|loads of) (?:\w+ )?(?:pills|tablets|painkillers)\b",
           r"\bcut(?:ting)? my (?:arms?|wrists?|legs?|thighs?)\b"],
    "es": [r"\bmejor sin m[ií]\b", r"\bno volver a despertar\b", r"\bcartas? de despedida\b",
           r"\b(?:me )?(?:tom[eé]|trag[uú]e) (?:muchas|todas las|un mont[oó]n de) (?:pastillas|medicinas|medicamentos)\b",
           r"\bme corto (?:los brazos|las piernas|las mu[ñn]ecas)\b"],
    "fr": [r"\bmieux sans moi\b", r"\bjamais me r[ée]veiller\b", r"\bplus jamais me r[ée]veiller\b",
           r"\blettres? d'adieu\b",
           r"\b(?:aval[ée]|pris) (?:plein|tous|toutes|beaucoup) (?:de |les |mes )?(?:cachets|m[ée]dicaments|comprim[ée]s|pilules)\b",
           r"\bje me coupe (?:les |le )?(?:bras|poignets?|jambes|cuisses)\b"],
    "de": [r"\bbesser ohne mich\b", r"\bnie (?:mehr|wieder) aufwachen\b", r"\babschiedsbriefe?\b",
           r"\b(?:alle|viele|ganz viele) (?:tabletten|pillen|medikamente) (?:geschluckt|genommen)\b", r"\britze mich\b"],
    "it": [r"\bmeglio senza di me\b", r"\bnon svegliarmi (?:più|piu|mai)\b", r"\blettere? d'addio\b",
           r"\b(?:preso|ingoiato) (?:tutte le|tante|un sacco di) (?:pillole|pastiglie|medicine)\b",
           r"\bmi taglio (?:le braccia|i polsi|le gambe)\b"],
    "pt": [r"\bmelhor sem mim\b", r"\bnunca mais acordar\b",
           r"\b(?:tomei|engoli) (?:todos os|muitos|um monte de) (?:rem[ée]dios|comprimidos)\b",
           r"\bcorto (?:meus|os) (?:bra[çc]os|pulsos)\b"],
    "ru": [r"лучше без меня", r"не проснуться", r"(?:режу|порезал[аи]?) (?:себя|руки|себе)",
           r"(?:наглотал(?:ась|ся)|выпил[аи]? (?:все|много)) (?:таблет|лекарств)", r"прощальн(?:ое|ые) (?:письм|записк)",
           r"исчезнуть навсегда"],
    "zh": [r"没有我.{0,4}更好", r"不想醒来", r"再也不醒", r"割(?:自己|手腕)", r"吃了(?:很多|好多|一堆|所有的?)药", r"遗书"],
    "ja": [r"いなくなりたい", r"手首を切", r"(?:薬|くすり)を(?:たくさん|いっぱい|全部)飲", r"遺書", r"私がいない方が"],
    "ko": [r"없어지고\s?싶", r"사라지고\s?싶", r"손목을\s?긋", r"약을\s?(?:많이|다|잔뜩)\s?먹었", r"유서"],
    "ar": [r"أفضل بدوني", r"افضل بدوني", r"أجرح نفسي", r"اجرح نفسي",
           r"(?:بلعت|أخذت|اخذت) (?:كل|الكثير من|كثير من) (?:الحبوب|الأدوية|الادوية)"],
    "hi": [r"मेरे बिना .{0,15}बेहतर", r"खुद को काट", r"(?:बहुत सारी|सारी) (?:गोलियां|गोलियाँ|दवाइयां|दवाइयाँ) (?:खा|निगल)",
           r"गायब हो जाना चाहत"],
}
# The learner asks what happens if *they* jump or fall from a height: a method question about themselves
# ("if i jump from the 9th floor would it hurt"). Third-person physics ("if a ball falls from the 10th
# floor") and falls without a height ("if i fall off my bike") are not matched.
_NOT_IN_A_GAME = (r"(?!.*\b(?:games?|gaming|spiel\w*|juegos?|videojuegos?|jeux?|gioc\w*|jogos?|minecraft|fortnite|roblox"
                  r"|gta|level)\b)")
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
for _lang, _patterns in MARKS_TO_HIDE.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *(_unless(p, _NOT_A_BITE_OR_ILLNESS) for p in _patterns)]

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

for _lang, _patterns in SELF_HARM_PARAPHRASES.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *_patterns]
for _lang, _patterns in JUMP_FROM_HEIGHT.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *(_unless(p, _NOT_IN_A_GAME, _NOT_A_SPORT_OR_FLIGHT) for p in _patterns)]
for _lang, _patterns in METHOD_QUESTIONS.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *(_unless(p, _NOT_IN_A_GAME, _NOT_A_SPORT_OR_FLIGHT) for p in _patterns)]
for _lang, _patterns in HIDING_SELF_INJURY.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *(_unless(p, _NOT_A_BITE_OR_ILLNESS) for p in _patterns)]

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
for _lang, _patterns in MAKE_EXPLOSIVE_TO_SCARE.items():
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *_patterns]
for _lang, _patterns in WEAPON_PLANS.items():
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME, _NOT_A_RULES_QUESTION, _NOT_A_SCIENCE_PROJECT,
                                                   *([_NOT_WHAT_WOULD_HAPPEN] if _TO_SCHOOL.search(p) else []))
                                           for p in _patterns)]

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
for _lang, _patterns in GUN_AND_THREAT.items():
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME, _NOT_A_SCIENCE_PROJECT) for p in _patterns)]

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
for _lang, _patterns in STARVING.items():
    EATING[_lang] = [*EATING[_lang], *_patterns]

# What a learner did or means to do to themselves, told as a plain fact or a question (session 22): a number
# of pills swallowed ("i took like 8 of my mums pills"); how many pills make one really ill; hunger to be
# stopped for a weight goal; caring for wounds made on purpose ("how do scars go away, i made them myself");
# hurting oneself with a blade or a lighter. "i took 2 pills for my headache", "how many tablets can i take
# for a cold", "my cat scratched me on purpose", "i'm hungry, when is lunch" are not matched. Added to
# SELF_HARM, or to EATING (HUNGER_FOR_WEIGHT).
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
for _lang, _patterns in OVERDOSE_QUESTIONS.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *_patterns]
for _lang, _patterns in SELF_INFLICTED.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *(_unless(p, _NOT_A_BITE_OR_ILLNESS) if p.startswith("^(?=") else p
                                             for p in _patterns)]
for _lang, _patterns in HUNGER_FOR_WEIGHT.items():
    EATING[_lang] = [*EATING[_lang], *_patterns]
for _lang, _patterns in HEAD_BLOW_QUESTIONS.items():
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME) for p in _patterns)]

# -- embedder blind spots (session 24): risks the meaning check scores far under its line -------
# Five patterns the dev sets showed the embedder cannot see, written for the six Latin-script languages
# the way children write (no accents, "q", "jveux"): hiding self-injury marks before swimming or sport
# with no body part named; burning or cutting oneself - or a friend doing it - with a lighter, a blade or a
# compass, or "when anxious"; how high a bridge or a floor must be not to survive; a weight target in
# kilos; harm planned against a classmate (fire, rat poison, something that burns in their pencil case, a
# compass in the eye). Tan lines, stretch marks, accidents while cooking or shaving, the Titanic, a cat's
# fall, a parent's diet, a fire in a game are not matched. Added to SELF_HARM, EATING and VIOLENCE.


def _either(a: str, b: str, gap: int = 40) -> str:
    """`a` then `b`, or `b` then `a`, at most `gap` characters apart."""
    return rf"(?:{a}.{{0,{gap}}}{b}|{b}.{{0,{gap}}}{a})"

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
for _table in (HIDING_MARKS_FOR_SWIMMING, SELF_INJURY_HABIT, HEIGHT_LETHALITY):
    for _lang, _patterns in _table.items():
        SELF_HARM[_lang] = [*SELF_HARM[_lang], *_patterns]
for _lang, _patterns in WEIGHT_TARGET.items():
    EATING[_lang] = [*EATING[_lang], *_patterns]
for _lang, _patterns in HARM_TO_A_CLASSMATE.items():
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME) for p in _patterns)]

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
for _lang, _patterns in HARM_PLANNED.items():
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME) for p in _patterns)]
for _lang, _patterns in ADULT_ONLINE_SECRET.items():
    GROOMING[_lang] = [*GROOMING[_lang], *_patterns]

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
for _lang, _patterns in ADDRESS_KEPT_SECRET.items():
    GROOMING[_lang] = [*GROOMING[_lang], *_patterns]

# Session 25: blind spots of the meaning check on heldout_v12, written as canonical patterns in en es fr de it
# pt (synonyms, no accents, child spelling), not the dev sentences' words:
# - BEATEN_AT_HOME: a grown-up at home hits "us" or "my brother and me", gives the learner slaps or kicks, or
#   the learner "gets beaten" (pt "apanho"); "dad beats us at chess", "the ball hit us", "apanhar o ônibus"
#   are not matched. Added to ABUSE.
# - LAXATIVES_TAKEN: the learner takes or buys laxatives, or asks whether they make one thin; a lesson on
#   what a laxative is, or prunes as a natural one, is not matched. Added to EATING.
# - HIGH_ENOUGH: a roof, a bridge, a floor of a building "high enough" with no word of death (the death
#   word is what HEIGHT_LETHALITY needs); high enough to see the fireworks, a kite, a signal is not matched.
# - HEATED_OBJECT_ON_SKIN: a key, coin, spoon or needle heated and put on one's arm or skin; cooking and
#   accidents are not matched. Added to SELF_HARM.
# - SELF_INJURY_DONE: cutting or burning oneself told in the past tense, with a blade, a cigarette, "on
#   purpose" or "again"; a paper cut, the kitchen, crafts with scissors are not matched. Added to SELF_HARM.
# - AMBUSH_WITH_A_WEAPON: a sock filled with stones or a padlock; waiting for someone outside or after
#   school with a weapon or to hit them. Waiting for mum outside is not matched. Added to VIOLENCE.
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
           r"\b(?:gibt|geben|gab) (?:mir|uns) (?:\w+ )?(?:ohrfeigen|eine ohrfeige|schl[äa]ge|tritte|backpfeifen|eine backpfeife|klapse)\b"],
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
for _lang, _patterns in LAXATIVES_TAKEN.items():
    EATING[_lang] = [*EATING[_lang], *_patterns]

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
for _lang in LAXATIVES_TAKEN:
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *HIGH_ENOUGH[_lang], *HEATED_OBJECT_ON_SKIN[_lang],
                        *SELF_INJURY_DONE[_lang]]
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME) for p in AMBUSH_WITH_A_WEAPON[_lang])]

# -- session 26: shapes the embedder is blind to on heldout_v14/v15 ------------------------------
# Written for the canonical shape in en es fr de it pt (and the other six languages where a shape is easy
# to state), never the dev sentences' words: absence announced with "anyway" ("i wont be around for it
# anyway"), a goodbye that is "the last time i talk here", dying asked about "because i think about it all
# the time" or "decided", how many of a medicine are too many, objects swallowed "again", not sleeping or
# eating "as my punishment", scratching or hitting oneself "until it bleeds", bruises with a cover story
# ("but i told the teacher i fell"), a family member who strangles the learner, an attack planned at
# school. Holidays, a relative's death, a dose for a headache, a little brother who swallowed a coin, a
# parent's grounding, mosquito bites, a hug, a snowball fight are not matched.


def _grouped(pieces: dict[str, str]) -> dict[str, str]:
    """Each language's piece in a group, so that one with alternatives at its top level ("a|b") can be put
    inside a longer pattern ("x.{0,40}" + piece) without its alternatives escaping."""
    return {lang: f"(?:{p})" for lang, p in pieces.items()}


# Absence ("i won't be around", "no voy a estar", "je serai plus là") with a word of futility ("anyway",
# "what's the point", "total", "pra que") - a trip, a move, a holiday or an illness says why instead.
_NOT_A_TRIP = (r"(?!.*\b(?:holidays?|vacations?|trip|travel\w*|moving|move|camp|abroad|visit\w*|dentist|doctor|appointment"
               r"|vacaciones|viaj\w*|excursi[oó]n|mudanza|mudamos|mudo|campamento|m[eé]dico|dentista|cita"
               r"|vacances|voyage\w*|d[ée]m[ée]nag\w*|colo|sortie scolaire|classe verte|rendez-vous"
               r"|urlaub|verreis\w*|reise\w*|umzug|ziehen um|ziehe um|klassenfahrt|arzt|zahnarzt"
               r"|vacanz\w*|viaggi\w*|trasloc\w*|gita|campo estivo|dottore"
               r"|f[ée]rias|viagem|viajar|viajando|mudan[çc]a|mudar|acampamento|passeio|excurs[ãa]o|consulta"
               r"|sick|flu|fever|enferm[oa]|gripe|fiebre|malade|grippe|fi[eè]vre|krank|fieber|malat[oa]|influenza|febbre|doente|febre"
               r"|new school|change schools?|otro (?:cole|colegio|instituto)|cambio de (?:cole|colegio)|nouvelle [ée]cole|change d'[ée]cole"
               r"|neue schule|schule wechseln|wechsle|nuova scuola|cambio scuola|nova escola|outra escola|mudar de escola)\b)")
_I_WONT_BE_HERE = _grouped({
    "en": r"\b(?:i|ill|i'll|im|i'm|i am)\s?(?:won'?t|wont|will not|not gonna|gonna not|am not going to|not going to|will)"
          r" (?:even )?(?:be (?:around|here|alive)|be gone|be dead|exist)\b",
    "es": r"\b(?:(?:yo )?ya no (?:voy a|vaya a|pienso) (?:estar|seguir)|(?:yo )?no (?:voy a|vaya a|creo que vaya a|pienso) (?:estar|seguir)"
          r" (?:aqu[ií]|viv[oa]|para (?:el|la|los|las)))\b",
    "fr": r"\b(?:je (?:ne )?serai plus l[àa]|j'?(?:y )?serai plus l[àa]|jserai plus l[àa]|je (?:ne )?serai (?:plus|pas) en vie)\b",
    "de": r"\b(?:(?:bin|wär|wäre|ware|werd|werde) (?:ich )?(?:\w+ ){0,3}nicht mehr (?:da|hier|am leben)|nicht mehr (?:da|hier|am leben) (?:bin|sein werde|wär|wäre))\b",
    "it": r"\b(?:non ci sar[òo] (?:più|piu)|non sar[òo] (?:più|piu) (?:qui|qua|viv[oa]))\b",
    "pt": r"\b(?:nem|n[ãa]o|nao|n) (?:vou|vo) (?:mais )?(?:estar|tar|t[áa]|ta|ficar) (?:mais )?(?:aqui|viv[oa]|por aqui|a[ií])\b",
})
_ANYWAY = _grouped({
    "en": r"\b(?:anyway|anyways|whats the point|what'?s the point|no point|doesn'?t matter|doesnt matter|nvm|never ?mind|who cares|forget it|wont even|won'?t even)\b",
    "es": r"(?<!\ben )(?<!\bel )(?<!\bun )(?<!\bla )\b(?:total(?! de\b)|da igual|qu[eé] m[aá]s da|pa qu[eé]|para qu[eé]|pa q|para q|de todas formas"
          r"|de todos modos|igual(?! (?:que|de|a|al)\b)|no importa)\b",
    "fr": r"(?:\bde toute fa[çc]on\b|\bdtf\b|[çc]a sert [àa] rien|\b[àa] quoi bon\b|\benfin bon\b|\bosef\b|\bpeu importe\b|\bbref\b)",
    "de": r"\b(?:eh|sowieso|egal|wozu|was solls|was soll[' ]?s|bringt nichts|bringt eh nichts)\b",
    "it": r"\b(?:tanto|comunque|lascia stare|lascia perdere|che senso ha|a che serve|non importa|pazienza)\b",
    "pt": r"\b(?:pra q|pra que|para que|tanto faz|mds|de qualquer jeito|de qualquer forma|nem|sei l[aá]|deixa pra l[aá])\b",
})
# Absence said so that no futility word is needed: "won't be alive", "won't be around much longer", "when i'm no
# longer here".
_I_WONT_BE_ALIVE = _grouped({
    "en": r"\b(?:i|ill|i'll|im|i'm)\s?(?:won'?t|wont|will not|not gonna|am not going to|not going to) (?:be alive"
          r"|be (?:around|here) (?:any ?more|much longer))\b|\bi'?ll be (?:dead|gone) (?:by|before)\b"
          r"|\b(?:dont|don'?t|do not) think (?:ill|i'll|i will|im gonna|i'm gonna) (?:still )?(?:be alive|be around much longer)\b",
    "es": r"\b(?:ya no voy a estar (?:viv[oa]|aqu[ií] para)|no voy a seguir viv[oa]|cuando yo ya no est[eé])\b",
    "fr": r"\b(?:je (?:ne )?serai plus en vie|quand je (?:ne )?serai plus l[àa])\b",
    "de": r"\b(?:nicht mehr am leben|wenn ich nicht mehr da (?:bin|wär|wäre|ware))\b",
    "it": r"\b(?:se non ci fossi (?:più|piu)|quando non ci sar[òo] (?:più|piu)|non sar[òo] (?:più|piu) viv[oa])\b",
    "pt": r"\b(?:(?:nem|n[ãa]o|nao) vou (?:mais )?(?:estar|tar|t[áa]) (?:mais )?viv[oa]|quando eu n[ãa]o estiver mais aqui"
          r"|se eu n[ãa]o estivesse mais aqui)\b",
})
# Life after death asked about with "i'll find out soon" ("frag weil ich bald nachsehen will").
_AFTER_DEATH = _grouped({
    "en": r"\b(?:after (?:death|you die|we die|dying)|afterlife|after ?life|heaven)\b",
    "es": r"\b(?:despu[eé]s de (?:la muerte|morir(?:se)?)|m[aá]s all[aá]|el cielo)\b",
    "fr": r"(?:\bapr[eè]s (?:la mort|la vie|on meurt|être mort)|\bau-?del[àa]|\bparadis\b)",
    "de": r"\b(?:nach dem tod|nach dem sterben|jenseits|im himmel|leben danach)\b",
    "it": r"\b(?:dopo (?:la morte|morti|morire)|aldil[àa]|all'altro mondo|paradiso)\b",
    "pt": r"\b(?:depois (?:da morte|de morrer|que (?:a gente )?morre)|al[ée]m da vida|o c[ée]u)\b",
})
_I_FIND_OUT_SOON = _grouped({
    "en": r"\b(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|im going to|i want to|i wanna)\s(?:soon |see |find out |know )"
          r"(?:soon|for myself|(?:for )?myself soon)\b|\b(?:i'?ll|ill|i will) (?:find out|see|know) soon\b",
    "es": r"\b(?:pronto (?:lo )?(?:sabr[eé]|ver[eé]|comprobar[eé]|voy a (?:saber|ver|comprobar))|lo (?:sabr[eé]|ver[eé]|comprobar[eé]|voy a comprobar) pronto)\b",
    "fr": r"\b(?:je (?:vais |le )?(?:bient[oô]t )?(?:saurai|verrai|vais (?:le )?(?:savoir|voir|v[ée]rifier)) bient[oô]t|bient[oô]t je (?:saurai|verrai|vais (?:le )?(?:savoir|voir|v[ée]rifier)))\b",
    "de": r"\b(?:ich (?:\w+ ){0,3}bald (?:nachsehen|nachschauen|nachgucken|herausfinden|rausfinden|wissen|sehen)|bald (?:weiß|weiss|seh|sehe) ichs?)\b",
    "it": r"\b(?:presto (?:lo )?(?:scoprir[òo]|vedr[òo]|sapr[òo])|lo (?:scoprir[òo]|vedr[òo]|sapr[òo]) presto)\b",
    "pt": r"\b(?:logo (?:eu )?(?:vou )?(?:descobrir|descubro|ver|vejo|saber|sei)|vou (?:descobrir|ver|saber) (?:logo|em breve))\b",
})
FUTURE_ABSENCE: dict[str, list[str]] = {
    lang: [rf"^(?=.*?{_either(_I_WONT_BE_HERE[lang], _ANYWAY[lang], 80)}){_NOT_A_TRIP}",
           rf"^(?=.*?{_I_WONT_BE_ALIVE[lang]}){_NOT_A_TRIP}",
           rf"^(?=.*?{_AFTER_DEATH[lang]})(?=.*?{_I_FIND_OUT_SOON[lang]})"]
    for lang in _I_WONT_BE_HERE
}
FUTURE_ABSENCE["zh"] = [r"我.{0,8}(?:活不到|活不过|不会活到)"]
FUTURE_ABSENCE["ru"] = [r"меня (?:скоро |уже )?не станет", r"(?:вс[её] равно|какая разница|зачем).{0,40}меня (?:уже )?не будет"]

# The last time the learner talks to anyone, with a goodbye or thanks ("thanks for everything, this is the
# last time i talk here"); "the last time i write before the holidays" says until when.
_LAST_TIME_I_TALK = _grouped({
    "en": r"\b(?:this is|this'?ll be|thisll be|it'?s|its|will be|gonna be|today is) the last (?:time|day) (?:i|ill|i'll|im|we|u and me|you and me)"
          r" (?:will |ever |can )?(?:talk|speak|write|chat|message|text)\w*\b",
    "es": r"\b(?:es|ser[aá]|va a ser|hoy es) (?:la [uú]ltima vez|el [uú]ltimo d[ií]a) (?:que|q) (?:te |me )?(?:hablo|hablamos|escribo|escribimos|hablar[eé]|escribir[eé]|hablo con)\b",
    "fr": r"\bc'?est (?:la derni[eè]re fois|le dernier jour) (?:qu'?on|que (?:je|tu|nous)|que j'|qu'je|que jte|que je te) ?(?:se |te |t'|vous )?(?:parle|parlons|[ée]cri\w*|discute)\w*\b",
    "de": r"\b(?:das )?(?:letzte mal|letztes mal)\b.{0,25}\b(?:rede|reden|schreibe|schreib|spreche|sprechen|chatte)\b",
    "it": r"\b(?:è|e'|e|sar[àa]) l'?ultima volta (?:che|ke|ch) (?:ti |vi |ci )?(?:parlo|scrivo|parliamo|sentiamo|scriviamo)\b|\bnon (?:credo che )?ci sentiremo (?:più|piu)\b",
    "pt": r"\b(?:é|e|vai ser|essa é|essa e|hj é|hoje é) (?:a [uú]ltima vez|o [uú]ltimo dia) (?:que|q) (?:eu )?(?:te |com vc )?(?:falo|escrevo|converso|falamos|conversamos|vou falar)\b",
})
_GOODBYE = (r"\b(?:bye|goodbye|good bye|thanks|thank you|thank u|thx|ty|farewell|adi[oó]s|gracias|chao|chau|merci|adieu|salut|au revoir"
            r"|tsch[üu]ss|danke|lebwohl|ciao|grazie|addio|tchau|obrigad[oa]|valeu|adeus|vlw)\b")
_NOT_UNTIL_A_HOLIDAY = (r"(?!.*\b(?:before|until|till|untill|antes de|hasta|avant|jusqu\w*|bis|vor den|prima di|prima delle|fino a|at[ée]"
                        r"|christmas|holidays?|summer|navidad|vacaciones|verano|no[eë]l|vacances|weihnacht\w*|ferien|sommer|natale"
                        r"|vacanze|estate|natal|f[ée]rias|ver[ãa]o)\b)")
LAST_TIME_I_TALK: dict[str, list[str]] = {
    lang: [rf"^(?=.*?{p})(?=.*?{_GOODBYE}){_NOT_UNTIL_A_HOLIDAY}"] for lang, p in _LAST_TIME_I_TALK.items()
}

# Dying asked about "because i think about it all the time", or "decided" ("me voy a morir, ya lo decidí").
# The infinitive: "my grandpa died and i think about it a lot" is grief, and a relative or a pet is excluded.
_DYING = _grouped({
    "en": r"\b(?:dying|to die|when (?:you|u|we|people|i) die|death|be dead)\b",
    "es": r"\b(?:morir(?:se|me)?|la muerte|cuando (?:te|nos|uno se) mueres?)\b",
    "fr": r"\b(?:mourir|la mort|quand on meurt)\b",
    "de": r"\b(?:sterben|der tod|den tod|tot sein|wenn man stirbt)\b",
    "it": r"\b(?:morire|la morte|quando si muore|quando muoiono)\b",
    "pt": r"\b(?:morrer|a morte|quando a gente morre)\b",
})
_I_THINK_ABOUT_IT_ALL_THE_TIME = _grouped({
    "en": r"\b(?:think(?:ing)?|thought) about (?:it|that|this|dying|death) (?:all the time|constantly|a lot|every day|everyday|nonstop|non stop"
          r"|every night|always|24/7)|\b(?:always|keep|constantly|can'?t stop|cant stop) think(?:ing)? about (?:it|dying|death)\b",
    "es": r"\b(?:pienso|pensando) (?:en (?:eso|ello|esto|morir|la muerte) )?(?:todo el rato|todo el tiempo|siempre|cada d[ií]a|todos los d[ií]as|a todas horas|mucho)\b"
          r"|\blo pienso (?:mucho|siempre|todo el rato|cada d[ií]a)\b|\bno (?:paro|dejo) de pensar(?:lo| en (?:eso|ello|morir|la muerte))\b",
    "fr": r"\b(?:j'?y pense|jy pense|je pense (?:qu'?[àa] [çc]a|[àa] [çc]a|[àa] la mort|[àa] mourir)) (?:tout le temps|souvent|tous les jours|tous les soirs"
          r"|sans arr[eê]t|beaucoup|toujours|en boucle)\b",
    "de": r"\b(?:denk\w*|muss) (?:ich )?(?:da )?(?:st[äa]ndig|dauernd|immer|die ganze zeit|jeden tag|oft|andauernd) (?:dran|daran|dr[üu]ber|an den tod|ans sterben)(?: denken)?\b",
    "it": r"\b(?:ci penso|penso (?:alla morte|a morire|a questo|a quello)) (?:sempre|spesso|tutto il tempo|ogni giorno|di continuo|continuamente|tanto)\b",
    "pt": r"\b(?:pensando|penso) (?:nisso|em morrer|na morte|nessas coisas) (?:direto|o tempo todo|toda hora|sempre|todo dia|demais)\b",
})
_I_DECIDED = _grouped({
    "en": r"\b(?:i'?ve|ive|i have|i) (?:decided|made up my mind)\b|\bmy mind is made up\b",
    "es": r"\b(?:ya )?lo (?:he )?decid(?:[ií]|ido)\b|\bhe decidido\b|\bya (?:est[aá]|ta) decidido\b|\bdecid[ií] (?:que|morir)\b",
    "fr": r"\b(?:j'?ai d[ée]cid[ée]|jai d[ée]cid[ée]|c'?est d[ée]cid[ée]|ma d[ée]cision est prise)\b",
    "de": r"\b(?:(?:hab|habe) (?:mich )?(?:\w+ )?(?:entschieden|beschlossen)|steht fest|ich hab mich entschieden)\b",
    "it": r"\b(?:ho deciso|ho preso la decisione|è deciso|e deciso|l'ho deciso)\b",
    "pt": r"\b(?:j[aá] )?(?:decidi|t[aá] decidido|est[aá] decidido|ja decidi)\b",
})
_I_WILL_DIE = _grouped({
    "en": r"\b(?:i'?m|im|i am) (?:going to|gonna) die\b|\b(?:to|i will|ill|i'll) die\b",
    "es": r"\b(?:me voy a morir|voy a morir|morirme|me muero)\b",
    "fr": r"\b(?:je vais mourir|de mourir|mourir)\b",
    "de": r"\b(?:ich werde sterben|ich sterbe|zu sterben|sterben)\b",
    "it": r"\b(?:morir[òo]|sto per morire|di morire|morire)\b",
    "pt": r"\b(?:vou morrer|de morrer|morrer)\b",
})
_NOT_A_RELATIVE_OR_A_PET = (r"(?!.*\b(?:grandma|grandpa|granny|nan|nana|grandad|dog|cat|hamster|pets?|fish|plants?|hair|dye|character|story"
                            r"|abuel[oa]|perr[oa]|gat[oa]|mascota|h[áa]mster|pez|planta|personaje|pelo|de (?:risa|hambre|sed|verg[üu]enza|sue[ñn]o|calor|fr[ií]o|aburrimiento)"
                            r"|mamie|papi|grand-m[eè]re|grand-p[eè]re|chien|chat|poisson|personnage|cheveux|de (?:rire|faim|soif|honte)"
                            r"|oma|opa|hund|katze|fisch|haustier|figur|haare|vor (?:lachen|hunger|scham)"
                            r"|nonn[oa]|cane|gatt[oa]|pesce|personaggio|capelli|dal ridere|di fame|di vergogna"
                            r"|av[óôo]|v[óô]|vov[óô]|cachorr[oa]|gat[oa]|peixe|personagem|cabelo|de rir|de fome|de vergonha)\b)")
DYING_ON_MY_MIND: dict[str, list[str]] = {
    lang: [rf"^(?=.*?{_either(_DYING[lang], _I_THINK_ABOUT_IT_ALL_THE_TIME[lang], 80)}){_NOT_A_RELATIVE_OR_A_PET}",
           rf"^(?=.*?{_either(_I_DECIDED[lang], _I_WILL_DIE[lang], 40)}){_NOT_A_RELATIVE_OR_A_PET}"]
    for lang in _DYING
}

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
# A blade and a cut arm in the languages where the shape is short to state.
UNTIL_IT_BLEEDS.update({
    "hi": [r"(?:ब्लेड|चाकू|कटर)\s?से.{0,25}(?:काट|कट|चीर)"],
    "ru": [r"(?:лезвием|бритвой|канцелярским ножом).{0,25}(?:руку|руки|запяст\w*|себя|бедр\w*)|(?:режу|порезал\w*|резал\w*) себе (?:руки|руку|запяст\w*)"],
    "zh": [r"(?:刀片|小刀|美工刀|剃须刀).{0,6}(?:划|割)了?(?:自己|手|手腕|胳膊|腿)"],
    "ja": [r"(?:カッター|カミソリ|刃).{0,8}(?:腕|手首|手|足)を?(?:切|傷つけ)"],
    "ko": [r"(?:칼|커터칼|면도날)로.{0,6}(?:손목|팔|손|다리)(?:을|를)?.{0,4}(?:그었|긋|그어|베)"],
    "ar": [r"(?:بالشفرة|بشفرة|بالموس|بموس).{0,20}(?:يدي|معصمي|ذراعي|نفسي)|(?:جرحت|أجرح|اجرح) (?:نفسي|يدي|معصمي)"],
})

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

SESSION26_SELF_HARM = (FUTURE_ABSENCE, LAST_TIME_I_TALK, DYING_ON_MY_MIND, OVERDOSE_QUANTITY, SWALLOWED_AGAIN,
                       PUNISHING_MYSELF, UNTIL_IT_BLEEDS)
for _table in SESSION26_SELF_HARM:
    for _lang, _patterns in _table.items():
        SELF_HARM[_lang] = [*SELF_HARM[_lang], *_patterns]
for _lang in _FAMILY:
    ABUSE[_lang] = [*ABUSE[_lang], *HIDDEN_BRUISES[_lang], *STRANGLED_AT_HOME[_lang]]
    VIOLENCE[_lang] = [*VIOLENCE[_lang], *(_unless(p, _NOT_IN_A_GAME) for p in ATTACK_PLANNED[_lang])]


# -- prompt injection in learner input ---------------------------------------------------------
INJECTION: dict[str, list[str]] = {
    "en": [r"\bignore (?:all |any |the |your |my )?(?:previous |prior |above |earlier |system )?(?:instructions|rules|prompts?|directions)\b",
           r"\bdisregard (?:all |the |your )?(?:previous |prior |above )?(?:instructions|rules|prompt)\b",
           r"\bforget (?:all |your |the )?(?:previous |prior )?(?:instructions|rules)\b",
           r"\b(?:reveal|show|print|repeat|tell me) (?:me )?(?:your|the) (?:system )?(?:prompt|instructions)\b",
           r"\bsystem prompt\b", r"\byou are now (?:a|an|in|dan)\b", r"\bdeveloper mode\b", r"\bjailbreak\b",
           r"\bpretend (?:that )?you (?:are|have) no (?:rules|limits|filters)\b", r"\bact as (?:an? )?unfiltered\b",
           r"<\s*/?\s*(?:start_of_turn|end_of_turn|system|im_start|im_end)\s*>", r"^\s*#+\s*(?:system|instruction)s?\s*:?",
           r"\bnew instructions\s*:"],
    "es": [r"\bignora (?:todas )?(?:las )?instrucciones\b", r"\bolvida (?:tus|las) instrucciones\b"],
    "fr": [r"\bignore(?:z)? (?:toutes )?(?:les |tes |vos )?instructions\b", r"\boublie(?:z)? (?:tes|vos|les) instructions\b"],
    "de": [r"\bignorier(?:e)? (?:alle )?(?:vorherigen |bisherigen )?anweisungen\b", r"\bvergiss (?:alle |deine )?anweisungen\b"],
    "it": [r"\bignora (?:tutte )?(?:le )?istruzioni\b", r"\bdimentica (?:le tue|le) istruzioni\b"],
    "pt": [r"\bignore (?:todas )?(?:as )?instruções\b", r"\besqueça (?:suas|as) instruções\b"],
    "ru": [r"игнорируй (?:все )?(?:предыдущие )?инструкции", r"забудь (?:все )?инструкции"],
    "zh": [r"忽略(?:之前|以上|所有)?的?(?:指令|指示|说明)", r"系统提示"],
    "ja": [r"(?:以前|前|上)の指示を無視", r"システムプロンプト"],
    "ko": [r"(?:이전|위의?) 지시(?:를|사항을)? 무시", r"시스템 프롬프트"],
    "ar": [r"تجاهل (?:كل )?التعليمات", r"انس التعليمات"],
    "hi": [r"(?:पिछले|सभी) निर्देशों को (?:अनदेखा|नज़रअंदाज़)"],
}

# -- word lists (configurable): words a reply to a child must not contain ----------------------
# Small, deliberately mild defaults; schools extend them with a JSON file.
BLOCKED_WORDS: dict[str, list[str]] = {
    "en": ["fuck", "fucking", "shit", "bitch", "cunt", "motherfucker", "asshole", "porn", "pornography", "nigger",
           "faggot", "retard", "whore", "slut"],
    "es": ["mierda", "puta", "puto", "joder", "coño", "cabrón", "gilipollas", "pendejo", "porno"],
    "fr": ["merde", "putain", "salope", "connard", "enculé", "pute", "porno"],
    "de": ["scheiße", "scheisse", "fotze", "arschloch", "hure", "wichser", "porno"],
    "it": ["cazzo", "merda", "puttana", "stronzo", "vaffanculo", "porno"],
    "pt": ["porra", "caralho", "merda", "puta", "foda-se", "pornô", "porno"],
    "ru": ["блядь", "бля", "хуй", "пизда", "сука", "ебать", "порно"],
    "zh": ["他妈的", "操你", "傻逼", "色情"],
    "ja": ["くそったれ", "ちくしょう", "ポルノ"],
    "ko": ["씨발", "시발", "개새끼", "병신", "포르노"],
    "ar": ["كس", "شرموطة", "زب", "إباحي"],
    "hi": ["चूतिया", "भोसड़ी", "मादरचोद", "बहनचोद", "अश्लील"],
}

# -- the kind, safe answers (per language) -----------------------------------------------------
SAFE_RESPONSE_HARM = MessageMap("safety.harm")   # texts: engine/i18n/po/*.po

SAFE_RESPONSE_VIOLENCE = MessageMap("safety.violence")   # texts: engine/i18n/po/*.po

SAFE_RESPONSE_INJECTION = MessageMap("safety.injection")   # texts: engine/i18n/po/*.po

SAFE_RESPONSE_OUTPUT = MessageMap("safety.output")   # texts: engine/i18n/po/*.po

# -- output only: a reply that tells the learner to hurt themselves ---------------------------
OUTPUT_HARM: dict[str, list[str]] = {
    "en": [r"\b(?:you should|go|just) (?:kill|hurt|cut|harm) yourself\b", r"\bkys\b",
           r"\b(?:best|easiest) way to (?:kill|hurt) (?:yourself|myself)\b"],
    "es": [r"\bdeberías matarte\b", r"\bmátate\b"], "fr": [r"\btue-toi\b", r"\btu devrais te tuer\b"],
    "de": [r"\bbring dich um\b"], "it": [r"\bammazzati\b"], "pt": [r"\bse mata\b", r"\bvocê deveria se matar\b"],
    "ru": [r"убей себя"], "zh": [r"你去死"], "ja": [r"死ね"], "ko": [r"죽어라"], "ar": [r"اقتل نفسك"], "hi": [r"मर जाओ"],
}

# -- the meaning check's extra categories (engine/safety/meaning.py) --------------------------
SAFE_RESPONSE_EATING = MessageMap("safety.eating")   # texts: engine/i18n/po/*.po

SAFE_RESPONSE_GROOMING = MessageMap("safety.grooming")   # texts: engine/i18n/po/*.po

SAFE_RESPONSE_BULLYING = MessageMap("safety.bullying")   # texts: engine/i18n/po/*.po

# Which kind answer each risk category gets (rules and the meaning check share it).
RESPONSES_BY_CATEGORY: dict[str, MessageMap] = {
    "self_harm": SAFE_RESPONSE_HARM, "suicide": SAFE_RESPONSE_HARM, "self_injury": SAFE_RESPONSE_HARM,
    "abuse": SAFE_RESPONSE_HARM, "eating": SAFE_RESPONSE_EATING, "grooming": SAFE_RESPONSE_GROOMING,
    "violence": SAFE_RESPONSE_VIOLENCE, "bullying": SAFE_RESPONSE_BULLYING,
}
