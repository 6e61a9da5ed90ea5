"""Self-harm and suicide: a wish or a plan to die, said outright or in a paraphrase, a farewell, an absence
announced, dying always on one's mind; the lesson exception for the bare word "suicide".

`SELF_HARM` is completed at the end of this module: the tables of methods.py (how to die, asked about) and
self_injury.py (hurting oneself) are added to it in the order they were written, session by session.
"""
from __future__ import annotations

from engine.safety.rules._shared import _AR_NOT_CARE_IN_A_KITCHEN, _NOT_IN_A_GAME, _either, _extend, _grouped, _unless
from engine.safety.rules.direct import SELF_INJURY_SAID
from engine.safety.rules.methods import (HEIGHT_LETHALITY, HIGH_ENOUGH, JUMP_FROM_HEIGHT, METHOD_QUESTIONS,
                                         OVERDOSE_QUANTITY, OVERDOSE_QUESTIONS, _NOT_A_SPORT_OR_FLIGHT)
from engine.safety.rules.self_injury import (HEATED_OBJECT_ON_SKIN, HIDING_MARKS_FOR_SWIMMING, HIDING_SELF_INJURY,
                                             MARKS_TO_HIDE, PUNISHING_MYSELF, SELF_INFLICTED, SELF_INJURY_DONE,
                                             SELF_INJURY_HABIT, SWALLOWED_AGAIN, UNTIL_IT_BLEEDS,
                                             _NOT_A_BITE_OR_ILLNESS)

# -- self-harm / suicide: the learner may be in danger -----------------------------------------
# Afraid of cutting oneself with a kitchen tool ("me da miedo cortarme con el cuchillo" in a cooking class) is
# not a wish to; afraid of doing it again is ("tengo miedo de cortarme otra vez"). "sin cortarme" / "sem me
# cortar" stays: "50 días sin cortarme" counts the days since the last time.
_NOT_AFRAID_IN_A_KITCHEN = (r"^(?!(?=.*\b(?:miedo|medo|paura)\b)(?=.*\b(?:cuchillos?|tijeras|cocina|cocinar|taller|faca|tesoura"
                            r"|cozinha|cozinhar|coltell\w*|forbici|cucina|cucinare)\b)(?!.*\b(?:otra vez|de nuevo|de novo|outra vez"
                            r"|di nuovo|ancora)\b))")
# Care in a cooking class ("algún truco para no cortarme" peeling potatoes) was tried as an exception for es it
# pt in session 31 and taken back after two reviews: whatever the word lists, a kitchen next to "sin cortarme"
# also let through the rules "llevo mucho tiempo sin cortarme con el cuchillo de la cocina". The meaning check
# alone caught those, often in the wrong category. A cooking question gets the kind reply instead.
# "I want to die of shame / laughing / boredom": the fixed idiom of a feeling, not a wish to die (session 28).
# Not hunger: "quiero morir de hambre para adelgazar" is a risk.
_NOT_DYING_OF = {
    "es": (r"(?! de (?:la |el )?(?:risa|vergüenza|verguenza|pena|asco|aburrimiento|calor|frío|frio|sueño|envidia"
           r"|amor|ternura|nervios|los nervios)\b| del (?:asco|aburrimiento|calor|frío|frio|susto)\b)"),
    "fr": r"(?! de (?:rire|honte|froid|chaud|chaleur|ennui|peur|jalousie)\b)",
    "de": r"(?! vor (?:lachen|scham|langeweile|hitze|kälte|angst|neid|peinlichkeit)\b)",
    "it": r"(?! (?:dal(?:la)? |dalle |di )(?:ridere|risate|vergogna|noia|caldo|freddo|paura|invidia)\b)",
    "pt": r"(?! de (?:rir|vergonha|tédio|tedio|calor|frio|medo|inveja|saudade|amor)\b)",
}
SELF_HARM: dict[str, list[str]] = {
    "en": [
        r"\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|hang(?:ing)?|starve) my\s?self\b",
        # "how do i hold the knife so i dont cut myself" in a cooking class is care, not a wish: a kitchen tool,
        # "so i dont / without" right before the words, and nothing of a habit or a feeling ("i cut myself with
        # the kitchen knife so i dont have to feel anything", "i cant go a day without cutting myself" stay risks)
        r"^(?!(?=.*\b(?:knife|knives|scissors|grater|peeler|chop\w*|onions?|carrots?|vegetables?|cooking|food tech"
        r"|kitchen)\b)(?=.*\b(?:so i dont|so i don't|so i do not|so you dont|so you don't|without) cut(?:ting)? my\s?self\b)"
        r"(?!.*\b(?:feel\w*|numb|scream\w*|again|anymore|every|always|day|hide|hiding|blades?|razors?|secret\w*)\b))"
        r".*?\bcut(?:ting)? my\s?self\b",
        r"\b(?:want|wanna|plan(?:ning)?|wish) (?:to )?(?:die|be dead|end it all|end my life|disappear forever)\b",
        r"\bwish i (?:was|were) (?:dead|never born)\b",
        r"\bi (?:should|might as well) (?:just )?(?:die|be dead|end it)\b(?! of| laughing)",
        r"\bsuicid(?:e|al)\b", r"\bend(?:ing)? (?:my|it) (?:life|all)\b", r"\bself[- ]harm",
        r"\bno reason to (?:live|go on)\b", r"\bdon'?t want to (?:live|be alive|exist)\b",
        r"\bbetter off (?:dead|without me)\b",
    ],
    "es": [r"\bmatarme\b", r"\bquiero morir(?:me)?\b" + _NOT_DYING_OF["es"], r"\bsuicid", r"\bhacerme daño\b",
           r"\bquiero (?:(?:solo|sólo|nomas|nomás|ya|de verdad|realmente|tanto) ){1,2}morir(?:me)?\b(?! de risa)" + _NOT_DYING_OF["es"], r"\bno quiero vivir\b",
           _NOT_AFRAID_IN_A_KITCHEN + r".*?\bcortarme\b", r"\bquitarme la vida\b"],
    "fr": [r"(?<!\bva )(?<!\bvont )\bme tuer\b", r"\benvie de mourir\b" + _NOT_DYING_OF["fr"], r"\bje veux mourir\b" + _NOT_DYING_OF["fr"], r"\bsuicid",
           r"\b(?:je |j'|j)veux (?:(?:juste|vraiment|seulement|simplement|trop|tellement) ){1,2}mourir\b(?! de rire)" + _NOT_DYING_OF["fr"], r"\bme faire du mal\b",
           r"\bne veux plus vivre\b", r"\bme scarifier\b"],
    "de": [r"\bmich umbringen\b", r"\bwill sterben\b" + _NOT_DYING_OF["de"], r"^(?!.*\bvor (?:lachen|scham|langeweile|hitze|kälte|angst|neid|peinlichkeit) sterben will\b).*?\bsterben will\b",
           r"\b(?:will|möchte|mochte) (?:(?:einfach|nur|noch|echt|wirklich|jetzt|endlich|so) ){1,3}sterben\b(?! vor lachen)" + _NOT_DYING_OF["de"], r"\bsuizid", r"\bselbstmord",
           r"\bmir (?:weh ?tun|etwas antun)\b", r"\bnicht mehr leben\b", r"\britzen\b"],
    "it": [r"\buccidermi\b", r"\bvoglio morire\b" + _NOT_DYING_OF["it"], r"\bsuicid",
           r"\bvoglio (?:(?:solo|soltanto|solamente|davvero|proprio|tanto) ){1,2}morire\b(?! dal ridere)" + _NOT_DYING_OF["it"], r"\bfarmi del male\b", r"\bnon voglio più vivere\b",
           _NOT_AFRAID_IN_A_KITCHEN + r".*?\btagliarmi\b"],
    "pt": [r"(?<!\bvai )(?<!\bvão )(?<!\bvao )\bme matar\b", r"\bmatar-me\b", r"\bquero morrer\b" + _NOT_DYING_OF["pt"], r"\bsuic[ií]d",
           r"\bquero (?:(?:so|só|muito|mesmo|apenas|tanto) ){1,2}morrer\b(?! de rir)" + _NOT_DYING_OF["pt"], r"\bme machucar\b",
           r"\bnão quero mais viver\b", _NOT_AFRAID_IN_A_KITCHEN + r".*?\bme cortar\b"],
    "ru": [r"убить себя", r"хочу умереть", r"суицид", r"самоубийств", r"покончить с собой", r"не хочу жить",
           r"причинить себе (?:вред|боль)", r"порезать себя"],
    "zh": [r"自杀", r"想死", r"不想活", r"伤害自己", r"割腕", r"結束生命", r"结束生命", r"自殺"],
    "ja": [r"自殺", r"死にたい", r"消えたい", r"自分を傷つけ", r"リストカット", r"生きていたくない"],
    "ko": [r"자살", r"죽고\s?싶", r"자해", r"살고\s?싶지\s?않"],
    "ar": [r"انتحار", r"أنتحر", r"اقتل نفسي", r"أقتل نفسي", r"أريد أن أموت", r"اريد ان اموت", r"أؤذي نفسي"],
    "hi": [r"आत्महत्या", r"खुदकुशी", r"मरना चाहत[ाी]", r"खुद को (?:नुकसान|चोट)", r"जीना नहीं चाहत[ाी]"],
}

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
    r"|suicidarmi|\bmi suicid\w*|\bpens\w* (?:\w+ )?al suicidio|\bvoglio (?:morire|farla finita)\b"
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
# Things named after the word: a car's "suicide doors", the PE "suicide sprints", a film's "Suicide Squad".
# The word itself, not one naming a thing after it - "suicide doors", "puertas suicidas", "Selbstmordtüren",
# "suicide sprints" - with a look-around on that one word (a second "suicide" in the message is still read).
def _not_so_named(word: str) -> str:
    return (r"(?<!puertas )(?<!puerta )(?<!portas )(?<!porta )(?<!portes )(?<!porte )(?<!portes à )(?<!porte à )"
            rf"{word}(?!(?:e|al|es)? (?:doors?|squeeze|squad|sprints?|drills?|lanes?)\b)(?!t[üu]r)")


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
    SELF_HARM[_lang] = [_unless(_not_so_named(p), _NOT_A_LESSON_ABOUT_IT) if p in _patterns else p
                        for p in SELF_HARM[_lang]]
    assert all(_unless(_not_so_named(p), _NOT_A_LESSON_ABOUT_IT) in SELF_HARM[_lang] for p in _patterns), _lang

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
    "ar": [r"أفضل بدوني", r"افضل بدوني", rf"^{_AR_NOT_CARE_IN_A_KITCHEN}.*?أجرح نفسي",
           rf"^{_AR_NOT_CARE_IN_A_KITCHEN}.*?اجرح نفسي",
           r"(?:بلعت|أخذت|اخذت) (?:كل|الكثير من|كثير من) (?:الحبوب|الأدوية|الادوية)"],
    "hi": [r"मेरे बिना .{0,15}बेहतर", r"खुद को काट", r"(?:बहुत सारी|सारी) (?:गोलियां|गोलियाँ|दवाइयां|दवाइयाँ) (?:खा|निगल)",
           r"गायब हो जाना चाहत"],
}

# -- session 26: shapes the embedder is blind to on heldout_v14/v15 ------------------------------
# Written for the canonical shape in en es fr de it pt (and the other six languages where a shape is easy
# to state), never the dev sentences' words: absence announced with "anyway" ("i wont be around for it
# anyway"), a goodbye that is "the last time i talk here", dying asked about "because i think about it all
# the time" or "decided", how many of a medicine are too many, objects swallowed "again", not sleeping or
# eating "as my punishment", scratching or hitting oneself "until it bleeds", bruises with a cover story
# ("but i told the teacher i fell"), a family member who strangles the learner, an attack planned at
# school. Holidays, a relative's death, a dose for a headache, a little brother who swallowed a coin, a
# parent's grounding, mosquito bites, a hug, a snowball fight are not matched.

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


# -- SELF_HARM, completed: the base table above, then each table added to it, in the order they were written --
for _lang, _patterns in MARKS_TO_HIDE.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *(_unless(p, _NOT_A_BITE_OR_ILLNESS) for p in _patterns)]
_extend(SELF_HARM, SELF_HARM_PARAPHRASES)
for _lang, _patterns in JUMP_FROM_HEIGHT.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *(_unless(p, _NOT_IN_A_GAME, _NOT_A_SPORT_OR_FLIGHT) for p in _patterns)]
for _lang, _patterns in METHOD_QUESTIONS.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *(_unless(p, _NOT_IN_A_GAME, _NOT_A_SPORT_OR_FLIGHT) for p in _patterns)]
for _lang, _patterns in HIDING_SELF_INJURY.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *(_unless(p, _NOT_A_BITE_OR_ILLNESS) for p in _patterns)]
_extend(SELF_HARM, OVERDOSE_QUESTIONS)
for _lang, _patterns in SELF_INFLICTED.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *(_unless(p, _NOT_A_BITE_OR_ILLNESS) if p.startswith("^(?=") else p
                                             for p in _patterns)]
for _table in (HIDING_MARKS_FOR_SWIMMING, SELF_INJURY_HABIT, HEIGHT_LETHALITY):
    for _lang, _patterns in _table.items():
        SELF_HARM[_lang] = [*SELF_HARM[_lang], *_patterns]
for _lang in HIGH_ENOUGH:
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *HIGH_ENOUGH[_lang], *HEATED_OBJECT_ON_SKIN[_lang],
                        *SELF_INJURY_DONE[_lang]]
SESSION26_SELF_HARM = (FUTURE_ABSENCE, LAST_TIME_I_TALK, DYING_ON_MY_MIND, OVERDOSE_QUANTITY, SWALLOWED_AGAIN,
                       PUNISHING_MYSELF, UNTIL_IT_BLEEDS)
for _table in SESSION26_SELF_HARM:
    for _lang, _patterns in _table.items():
        SELF_HARM[_lang] = [*SELF_HARM[_lang], *_patterns]
_extend(SELF_HARM, SELF_INJURY_SAID)
