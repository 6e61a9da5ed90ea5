"""Built-in safety rules per language: self-harm, violence, abuse, prompt injection, word lists.

Patterns are deliberately *specific* (a first-person wish or plan, a threat at a person), never a
bare word such as "kill" or "die": learners ask about wars, killer whales, batteries that died and
their anxiety about tests, and all of that must get help. Word lists are small defaults; a school
adds or removes words per language with a JSON file (see `SafetyConfig.load`).
"""
from __future__ import annotations

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
    "es": [r"\bmatarme\b", r"\bquiero morir(?:me)?\b", r"\bsuicid", r"\bhacerme daño\b", r"\bno quiero vivir\b",
           r"\bcortarme\b", r"\bquitarme la vida\b"],
    "fr": [r"\bme tuer\b", r"\benvie de mourir\b", r"\bje veux mourir\b", r"\bsuicid", r"\bme faire du mal\b",
           r"\bne veux plus vivre\b", r"\bme scarifier\b"],
    "de": [r"\bmich umbringen\b", r"\bwill sterben\b", r"\bsterben will\b", r"\bsuizid", r"\bselbstmord",
           r"\bmir (?:weh ?tun|etwas antun)\b", r"\bnicht mehr leben\b", r"\britzen\b"],
    "it": [r"\buccidermi\b", r"\bvoglio morire\b", r"\bsuicid", r"\bfarmi del male\b", r"\bnon voglio più vivere\b",
           r"\btagliarmi\b"],
    "pt": [r"\bme matar\b", r"\bmatar-me\b", r"\bquero morrer\b", r"\bsuic[ií]d", r"\bme machucar\b",
           r"\bnão quero mais viver\b", r"\bme cortar\b"],
    "ru": [r"убить себя", r"хочу умереть", r"суицид", r"самоубийств", r"покончить с собой", r"не хочу жить",
           r"причинить себе (?:вред|боль)", r"порезать себя"],
    "zh": [r"自杀", r"想死", r"不想活", r"伤害自己", r"割腕", r"結束生命", r"结束生命", r"自殺"],
    "ja": [r"自殺", r"死にたい", r"消えたい", r"自分を傷つけ", r"リストカット", r"生きていたくない"],
    "ko": [r"자살", r"죽고\s?싶", r"자해", r"살고\s?싶지\s?않"],
    "ar": [r"انتحار", r"أنتحر", r"اقتل نفسي", r"أقتل نفسي", r"أريد أن أموت", r"اريد ان اموت", r"أؤذي نفسي"],
    "hi": [r"आत्महत्या", r"खुदकुशी", r"मरना चाहत[ाी]", r"खुद को (?:नुकसान|चोट)", r"जीना नहीं चाहत[ाी]"],
}

# -- violence against others: a threat or plan aimed at people ---------------------------------
_TARGET_EN = r"(?:him|her|them|you|everyone|everybody|someone|somebody|people|my (?:teacher|dad|mom|mum|brother|sister|friend|classmate)s?|the (?:teacher|class|school))"
VIOLENCE: dict[str, list[str]] = {
    "en": [
        rf"\b(?:i'?m|i am|i'?ll|i will|i want to|i wanna|going to|gonna|gonna go) (?:\w+ )?(?:kill|murder|stab|shoot|strangle|beat up|hurt|punch) {_TARGET_EN}\b",
        r"\b(?:bring|brought|take|taking) a (?:gun|knife|weapon|bomb) to (?:school|class)\b",
        r"\bshoot up (?:the|my) (?:school|class)\b",
        r"\bhow (?:do i|to|can i) (?:make|build) a (?:bomb|gun|weapon|explosive)\b",
        r"\bhow (?:do i|to|can i) (?:kill|poison|hurt) (?:a )?(?:person|someone|somebody|people|my \w+)\b",
    ],
    "es": [r"\bvoy a matar(?:lo|la|los|las|te)?\b", r"\bquiero matar(?:lo|la|los|las|te)?\b",
           r"\b(?:llevar|traer) un (?:arma|cuchillo|pistola) a la escuela\b", r"\bcómo hacer una bomba\b"],
    "fr": [r"\bje vais (?:le |la |les |te )?tuer\b", r"\bje veux (?:le |la |les |te )?tuer\b",
           r"\b(?:apporter|amener) une (?:arme|couteau) à l'école\b", r"\bcomment fabriquer une bombe\b"],
    "de": [r"\bich (?:werde|will) (?:ihn|sie|dich|euch|alle) (?:umbringen|töten|erstechen|erschießen)\b",
           r"\b(?:waffe|messer) (?:in|mit in) die schule\b", r"\bwie baue ich eine bombe\b"],
    "it": [r"\b(?:lo|la|li|ti) (?:voglio|vado a) uccidere\b", r"\bvoglio uccider(?:lo|la|li|ti)\b",
           r"\bcome costruire una bomba\b"],
    "pt": [r"\bvou (?:te |o |a )?matar\b", r"\bquero (?:te |o |a )?matar\b", r"\bcomo fazer uma bomba\b",
           r"\blevar uma (?:arma|faca) para a escola\b"],
    "ru": [r"убью (?:его|её|ее|тебя|их|всех)", r"хочу убить (?:его|её|ее|тебя|их|всех)", r"как сделать бомбу",
           r"принес(?:ти|у) (?:оружие|нож) в школу"],
    "zh": [r"我要杀了?(?:他|她|你|他们|所有人)", r"我想杀了?(?:他|她|你|他们|所有人)", r"怎么做炸弹", r"带(?:枪|刀)去学校"],
    "ja": [r"(?:あいつ|彼|彼女|お前|みんな)を殺(?:す|したい)", r"爆弾の作り方", r"学校に(?:銃|ナイフ)を持"],
    "ko": [r"(?:그|그녀|너|걔|다)를? 죽일", r"죽여\s?버릴", r"폭탄\s?만드는"],
    "ar": [r"سأقتله", r"سأقتلها", r"سأقتلك", r"أريد أن أقتل", r"كيف أصنع قنبلة"],
    "hi": [r"(?:उसे|तुम्हें|सबको) मार (?:दूंगा|दूँगा|डालूंगा|दूंगी)", r"बम कैसे बनाएं", r"बम कैसे बनाते"],
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
for _lang, _patterns in SELF_HARM_PARAPHRASES.items():
    SELF_HARM[_lang] = [*SELF_HARM[_lang], *_patterns]

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
SAFE_RESPONSE_HARM: dict[str, str] = {
    "en": "I'm really glad you told me. You matter, and you don't have to deal with this alone. Please talk to a trusted adult right now, like a parent, a teacher or the school counsellor. If you might be in danger, call your local emergency number.",
    "es": "Me alegra mucho que me lo hayas contado. Eres importante y no tienes que pasar por esto solo. Por favor, habla ahora con un adulto de confianza, como tu madre o padre, un profesor o el orientador. Si puedes estar en peligro, llama al número de emergencias.",
    "fr": "Je suis content que tu me le dises. Tu comptes, et tu n'as pas à vivre ça seul. Parle tout de suite à un adulte de confiance : un parent, un professeur ou l'infirmière scolaire. Si tu es en danger, appelle le numéro d'urgence.",
    "de": "Gut, dass du es mir sagst. Du bist wichtig, und du musst das nicht allein schaffen. Bitte sprich jetzt mit einem Erwachsenen, dem du vertraust, zum Beispiel deinen Eltern, einer Lehrkraft oder der Schulsozialarbeit. Wenn du in Gefahr bist, ruf den Notruf an.",
    "it": "Sono contento che tu me l'abbia detto. Sei importante e non devi affrontarlo da solo. Parla subito con un adulto di cui ti fidi, come un genitore, un insegnante o lo psicologo della scuola. Se sei in pericolo, chiama il numero di emergenza.",
    "pt": "Que bom que você me contou. Você é importante e não precisa passar por isso sozinho. Por favor, fale agora com um adulto de confiança, como seus pais, um professor ou o orientador da escola. Se estiver em perigo, ligue para o número de emergência.",
    "ru": "Хорошо, что ты мне рассказал. Ты важен, и тебе не нужно справляться с этим одному. Пожалуйста, прямо сейчас поговори со взрослым, которому доверяешь: с родителем, учителем или школьным психологом. Если ты в опасности, позвони в экстренную службу.",
    "zh": "谢谢你告诉我。你很重要，你不需要独自面对这些。请现在就和你信任的大人谈谈，比如父母、老师或学校心理老师。如果你可能有危险，请拨打当地的紧急电话。",
    "ja": "話してくれてありがとう。あなたは大切な人で、ひとりで抱えなくていいんです。今すぐ、信頼できる大人（家族、先生、スクールカウンセラー）に話してください。危険を感じたら、緊急番号に電話してください。",
    "ko": "말해 줘서 정말 고마워요. 당신은 소중하고, 혼자 견디지 않아도 돼요. 지금 바로 믿을 수 있는 어른(부모님, 선생님, 상담 선생님)과 이야기해 주세요. 위험하다면 긴급 전화번호로 연락하세요.",
    "ar": "أنا سعيد لأنك أخبرتني. أنت مهم، ولست مضطرًا لمواجهة هذا وحدك. من فضلك تحدث الآن مع شخص بالغ تثق به، مثل أحد والديك أو معلمك أو المرشد في المدرسة. إذا كنت في خطر، اتصل برقم الطوارئ.",
    "hi": "मुझे खुशी है कि तुमने मुझे बताया। तुम महत्वपूर्ण हो, और तुम्हें यह अकेले नहीं सहना है। कृपया अभी किसी भरोसेमंद बड़े से बात करो, जैसे माता-पिता, शिक्षक या स्कूल काउंसलर। अगर तुम खतरे में हो, तो आपातकालीन नंबर पर फ़ोन करो।",
}

SAFE_RESPONSE_VIOLENCE: dict[str, str] = {
    "en": "It sounds like you are feeling very angry or upset. I can't help with hurting anyone, but those feelings are real. Please talk to a trusted adult, like a teacher, a parent or the school counsellor, so you can get help right away.",
    "es": "Parece que estás muy enfadado o molesto. No puedo ayudar a hacer daño a nadie, pero lo que sientes es real. Por favor, habla con un adulto de confianza, como un profesor, tu familia o el orientador.",
    "fr": "On dirait que tu es très en colère ou bouleversé. Je ne peux pas aider à faire du mal à quelqu'un, mais ce que tu ressens compte. Parle à un adulte de confiance : un professeur, un parent ou l'infirmière scolaire.",
    "de": "Es klingt, als wärst du sehr wütend oder aufgewühlt. Ich kann nicht helfen, jemandem zu schaden, aber deine Gefühle sind echt. Bitte sprich mit einem Erwachsenen, dem du vertraust, zum Beispiel einer Lehrkraft oder deinen Eltern.",
    "it": "Sembra che tu sia molto arrabbiato o turbato. Non posso aiutare a fare del male a qualcuno, ma quello che senti è reale. Parla con un adulto di cui ti fidi, come un insegnante o un genitore.",
    "pt": "Parece que você está muito bravo ou chateado. Não posso ajudar a machucar ninguém, mas o que você sente é real. Por favor, fale com um adulto de confiança, como um professor ou seus pais.",
    "ru": "Похоже, ты очень зол или расстроен. Я не могу помогать причинять кому-то вред, но твои чувства важны. Пожалуйста, поговори со взрослым, которому доверяешь: с учителем или родителями.",
    "zh": "听起来你现在非常生气或难过。我不能帮助伤害任何人，但你的感受是真实的。请和你信任的大人谈谈，比如老师或父母。",
    "ja": "とても怒っていたり、つらい気持ちなんですね。誰かを傷つける手伝いはできませんが、その気持ちは本物です。先生や家族など、信頼できる大人に話してください。",
    "ko": "많이 화가 나거나 속상한 것 같아요. 누군가를 해치는 일은 도울 수 없지만, 그 감정은 진짜예요. 선생님이나 부모님처럼 믿을 수 있는 어른과 이야기해 주세요.",
    "ar": "يبدو أنك غاضب جدًا أو منزعج. لا أستطيع المساعدة في إيذاء أي شخص، لكن مشاعرك حقيقية. من فضلك تحدث مع شخص بالغ تثق به، مثل معلمك أو والديك.",
    "hi": "लगता है तुम बहुत गुस्से में या परेशान हो। मैं किसी को नुकसान पहुँचाने में मदद नहीं कर सकता, लेकिन तुम्हारी भावनाएँ सच्ची हैं। कृपया किसी भरोसेमंद बड़े से बात करो, जैसे शिक्षक या माता-पिता।",
}

SAFE_RESPONSE_INJECTION: dict[str, str] = {
    "en": "I can only help with your lessons, and I keep my tutor rules. What would you like to learn about?",
    "es": "Solo puedo ayudarte con tus lecciones y sigo mis reglas de tutor. ¿Qué te gustaría aprender?",
    "fr": "Je peux seulement t'aider avec tes leçons, et je garde mes règles de tuteur. Qu'aimerais-tu apprendre ?",
    "de": "Ich kann dir nur beim Lernen helfen und halte mich an meine Regeln. Was möchtest du lernen?",
    "it": "Posso aiutarti solo con le lezioni e seguo le mie regole da tutor. Cosa vorresti imparare?",
    "pt": "Só posso ajudar com suas lições e sigo minhas regras de tutor. O que você gostaria de aprender?",
    "ru": "Я могу помогать только с уроками и соблюдаю свои правила. Что ты хочешь узнать?",
    "zh": "我只能帮助你学习功课，并且会遵守辅导规则。你想学什么呢？",
    "ja": "わたしは勉強のお手伝いだけをします。ルールは守ります。何を学びたいですか？",
    "ko": "저는 공부만 도와줄 수 있고, 튜터 규칙을 지켜요. 무엇을 배우고 싶어요?",
    "ar": "يمكنني المساعدة في دروسك فقط، وألتزم بقواعدي كمعلم. ماذا تريد أن تتعلم؟",
    "hi": "मैं सिर्फ़ तुम्हारी पढ़ाई में मदद कर सकता हूँ और अपने नियम मानता हूँ। तुम क्या सीखना चाहोगे?",
}

SAFE_RESPONSE_OUTPUT: dict[str, str] = {
    "en": "Sorry, I can't show that answer. Let's try asking the question in a different way, or ask your teacher.",
    "es": "Lo siento, no puedo mostrar esa respuesta. Probemos a preguntar de otra manera, o pregunta a tu profesor.",
    "fr": "Désolé, je ne peux pas afficher cette réponse. Essayons de poser la question autrement, ou demande à ton professeur.",
    "de": "Diese Antwort kann ich leider nicht zeigen. Versuch, die Frage anders zu stellen, oder frag deine Lehrkraft.",
    "it": "Mi dispiace, non posso mostrare questa risposta. Proviamo a fare la domanda in un altro modo, o chiedi all'insegnante.",
    "pt": "Desculpe, não posso mostrar essa resposta. Vamos tentar perguntar de outro jeito, ou pergunte ao seu professor.",
    "ru": "Извини, я не могу показать этот ответ. Давай спросим по-другому, или спроси учителя.",
    "zh": "抱歉，我不能显示这个回答。我们换个方式提问吧，或者问问你的老师。",
    "ja": "ごめんなさい、その答えは表示できません。別の聞き方をしてみるか、先生に聞いてみてください。",
    "ko": "미안해요, 그 답은 보여 줄 수 없어요. 다른 방법으로 질문하거나 선생님께 물어보세요.",
    "ar": "عذرًا، لا يمكنني عرض هذه الإجابة. لنحاول طرح السؤال بطريقة أخرى، أو اسأل معلمك.",
    "hi": "माफ़ करना, मैं वह जवाब नहीं दिखा सकता। चलो सवाल को दूसरे तरीके से पूछते हैं, या अपने शिक्षक से पूछो।",
}

# -- output only: a reply that tells the learner to hurt themselves ---------------------------
OUTPUT_HARM: dict[str, list[str]] = {
    "en": [r"\b(?:you should|go|just) (?:kill|hurt|cut|harm) yourself\b", r"\bkys\b",
           r"\b(?:best|easiest) way to (?:kill|hurt) (?:yourself|myself)\b"],
    "es": [r"\bdeberías matarte\b", r"\bmátate\b"], "fr": [r"\btue-toi\b", r"\btu devrais te tuer\b"],
    "de": [r"\bbring dich um\b"], "it": [r"\bammazzati\b"], "pt": [r"\bse mata\b", r"\bvocê deveria se matar\b"],
    "ru": [r"убей себя"], "zh": [r"你去死"], "ja": [r"死ね"], "ko": [r"죽어라"], "ar": [r"اقتل نفسك"], "hi": [r"मर जाओ"],
}

# -- the meaning check's extra categories (engine/safety/meaning.py) --------------------------
SAFE_RESPONSE_EATING: dict[str, str] = {
    "en": "Thank you for telling me. Not eating, or making yourself sick, can hurt your body, and you deserve care. Please talk to a trusted adult soon, like a parent, a teacher or the school nurse or counsellor.",
    "es": "Gracias por contármelo. No comer o provocarte el vómito puede dañar tu cuerpo, y mereces cuidado. Por favor, habla pronto con un adulto de confianza, como tu familia, un profesor o la enfermera u orientador del colegio.",
    "fr": "Merci de me l'avoir dit. Ne pas manger ou te faire vomir peut abîmer ton corps, et tu mérites qu'on prenne soin de toi. Parle bientôt à un adulte de confiance : un parent, un professeur ou l'infirmière scolaire.",
    "de": "Danke, dass du es mir sagst. Nicht zu essen oder dich zu übergeben kann deinem Körper schaden, und du verdienst Fürsorge. Bitte sprich bald mit einem Erwachsenen, dem du vertraust, zum Beispiel deinen Eltern, einer Lehrkraft oder der Schulsozialarbeit.",
    "it": "Grazie per avermelo detto. Non mangiare o farti vomitare può fare male al tuo corpo, e meriti cura. Parla presto con un adulto di cui ti fidi, come un genitore, un insegnante o lo psicologo della scuola.",
    "pt": "Obrigado por me contar. Não comer ou se forçar a vomitar pode machucar seu corpo, e você merece cuidado. Por favor, fale logo com um adulto de confiança, como seus pais, um professor ou o orientador da escola.",
    "ru": "Спасибо, что рассказал мне. Если не есть или вызывать рвоту, можно навредить своему телу, а ты заслуживаешь заботы. Пожалуйста, поговори скоро со взрослым, которому доверяешь: с родителем, учителем или школьным психологом.",
    "zh": "谢谢你告诉我。不吃东西或让自己呕吐会伤害你的身体，你值得被好好照顾。请尽快和你信任的大人谈谈，比如父母、老师或学校的校医、心理老师。",
    "ja": "話してくれてありがとう。食べなかったり、わざと吐いたりすると体を傷つけてしまいます。あなたは大切にされるべき人です。家族や先生、保健室の先生など、信頼できる大人に早めに話してください。",
    "ko": "말해 줘서 고마워요. 먹지 않거나 일부러 토하면 몸이 다칠 수 있어요. 당신은 돌봄을 받을 자격이 있어요. 부모님, 선생님, 보건 선생님처럼 믿을 수 있는 어른과 빨리 이야기해 주세요.",
    "ar": "شكرًا لأنك أخبرتني. عدم الأكل أو إجبار نفسك على التقيؤ قد يؤذي جسمك، وأنت تستحق الرعاية. من فضلك تحدث قريبًا مع شخص بالغ تثق به، مثل أحد والديك أو معلمك أو ممرضة المدرسة.",
    "hi": "मुझे बताने के लिए धन्यवाद। खाना न खाना या जानबूझकर उल्टी करना तुम्हारे शरीर को नुकसान पहुँचा सकता है, और तुम देखभाल के हक़दार हो। कृपया जल्दी किसी भरोसेमंद बड़े से बात करो, जैसे माता-पिता, शिक्षक या स्कूल काउंसलर।",
}

SAFE_RESPONSE_GROOMING: dict[str, str] = {
    "en": "Thank you for telling me. You are not in trouble. An adult should never ask you to keep secrets from your family, send photos or meet them alone. Please tell a trusted adult right now, like a parent or a teacher, and don't delete the messages.",
    "es": "Gracias por contármelo. No estás en problemas. Un adulto nunca debe pedirte que guardes secretos con tu familia, que mandes fotos o que quedes a solas con él. Cuéntaselo ahora a un adulto de confianza, como tu madre, tu padre o un profesor, y no borres los mensajes.",
    "fr": "Merci de me l'avoir dit. Tu n'as rien fait de mal. Un adulte ne doit jamais te demander de garder des secrets pour ta famille, d'envoyer des photos ou de le voir seul. Parles-en tout de suite à un adulte de confiance, comme un parent ou un professeur, et n'efface pas les messages.",
    "de": "Danke, dass du es mir sagst. Du bist nicht schuld. Ein Erwachsener darf nie verlangen, dass du Geheimnisse vor deiner Familie hast, Fotos schickst oder ihn allein triffst. Bitte erzähl es jetzt einem Erwachsenen, dem du vertraust, zum Beispiel deinen Eltern oder einer Lehrkraft, und lösche die Nachrichten nicht.",
    "it": "Grazie per avermelo detto. Non sei nei guai. Un adulto non deve mai chiederti di tenere segreti alla tua famiglia, mandare foto o incontrarlo da solo. Dillo subito a un adulto di cui ti fidi, come un genitore o un insegnante, e non cancellare i messaggi.",
    "pt": "Obrigado por me contar. Você não fez nada de errado. Um adulto nunca deve pedir para você guardar segredos da sua família, mandar fotos ou encontrá-lo sozinho. Conte agora para um adulto de confiança, como seus pais ou um professor, e não apague as mensagens.",
    "ru": "Спасибо, что рассказал. Ты ни в чём не виноват. Взрослый никогда не должен просить тебя скрывать что-то от семьи, присылать фото или встречаться с ним наедине. Пожалуйста, прямо сейчас расскажи взрослому, которому доверяешь, например родителю или учителю, и не удаляй сообщения.",
    "zh": "谢谢你告诉我。这不是你的错。大人绝不应该让你对家人保守秘密、发照片或单独和他见面。请现在就告诉你信任的大人，比如父母或老师，并且不要删除那些消息。",
    "ja": "話してくれてありがとう。あなたは悪くありません。大人が家族にひみつにしてと言ったり、写真を送らせたり、二人きりで会おうとしたりするのはいけないことです。今すぐ家族や先生など信頼できる大人に話してください。メッセージは消さないでください。",
    "ko": "말해 줘서 고마워요. 당신 잘못이 아니에요. 어른이 가족에게 비밀로 하라거나, 사진을 보내라거나, 단둘이 만나자고 하면 안 돼요. 지금 바로 부모님이나 선생님처럼 믿을 수 있는 어른에게 말하고, 메시지는 지우지 마세요.",
    "ar": "شكرًا لأنك أخبرتني. أنت لست في مشكلة. لا يجوز لأي شخص بالغ أن يطلب منك إخفاء أسرار عن عائلتك أو إرسال صور أو مقابلته وحدك. أخبر الآن شخصًا بالغًا تثق به، مثل أحد والديك أو معلمك، ولا تحذف الرسائل.",
    "hi": "मुझे बताने के लिए धन्यवाद। इसमें तुम्हारी कोई गलती नहीं है। किसी बड़े को कभी तुमसे परिवार से राज़ छुपाने, फ़ोटो भेजने या अकेले मिलने को नहीं कहना चाहिए। कृपया अभी किसी भरोसेमंद बड़े, जैसे माता-पिता या शिक्षक, को बताओ और संदेश डिलीट मत करो।",
}

SAFE_RESPONSE_BULLYING: dict[str, str] = {
    "en": "I'm sorry this is happening to you. It is not your fault, and nobody deserves to be treated like that. Please tell a teacher or another trusted adult, so they can help make it stop. I'm here to help with your learning too.",
    "es": "Siento mucho que te pase esto. No es culpa tuya y nadie merece que lo traten así. Por favor, cuéntaselo a un profesor o a otro adulto de confianza para que te ayuden a pararlo. También estoy aquí para ayudarte a aprender.",
    "fr": "Je suis désolé que ça t'arrive. Ce n'est pas ta faute, et personne ne mérite d'être traité comme ça. Parles-en à un professeur ou à un autre adulte de confiance pour qu'ils aident à faire cesser ça. Je suis aussi là pour t'aider à apprendre.",
    "de": "Es tut mir leid, dass dir das passiert. Es ist nicht deine Schuld, und niemand verdient es, so behandelt zu werden. Bitte erzähl es einer Lehrkraft oder einem anderen Erwachsenen, dem du vertraust, damit sie helfen, es zu stoppen. Ich helfe dir auch gern beim Lernen.",
    "it": "Mi dispiace che ti stia succedendo. Non è colpa tua e nessuno merita di essere trattato così. Dillo a un insegnante o a un altro adulto di cui ti fidi, così possono aiutarti a farlo smettere. Sono qui anche per aiutarti a imparare.",
    "pt": "Sinto muito que isso esteja acontecendo com você. Não é culpa sua, e ninguém merece ser tratado assim. Por favor, conte a um professor ou a outro adulto de confiança para que ajudem a fazer isso parar. Também estou aqui para ajudar você a aprender.",
    "ru": "Мне жаль, что с тобой так поступают. Ты не виноват, и никто не заслуживает такого отношения. Пожалуйста, расскажи учителю или другому взрослому, которому доверяешь, чтобы они помогли это остановить. Я тоже здесь, чтобы помочь тебе учиться.",
    "zh": "很抱歉你遇到这样的事。这不是你的错，没有人应该被这样对待。请告诉老师或其他你信任的大人，让他们帮忙制止。我也会继续帮你学习。",
    "ja": "つらい思いをしていますね。あなたのせいではありませんし、そんなふうにされていい人はいません。先生や信頼できる大人に話して、やめさせるのを手伝ってもらってください。勉強のお手伝いもします。",
    "ko": "그런 일을 겪고 있다니 정말 속상해요. 당신 잘못이 아니고, 누구도 그런 대우를 받아서는 안 돼요. 선생님이나 믿을 수 있는 다른 어른에게 말해서 멈출 수 있게 도움을 받으세요. 공부도 계속 도와줄게요.",
    "ar": "أنا آسف لأن هذا يحدث لك. ليس ذنبك، ولا أحد يستحق أن يُعامل هكذا. من فضلك أخبر معلمًا أو شخصًا بالغًا آخر تثق به ليساعدك على إيقافه. أنا هنا لمساعدتك في التعلم أيضًا.",
    "hi": "मुझे दुख है कि तुम्हारे साथ ऐसा हो रहा है। यह तुम्हारी गलती नहीं है, और किसी के साथ ऐसा बर्ताव नहीं होना चाहिए। कृपया किसी शिक्षक या भरोसेमंद बड़े को बताओ ताकि वे इसे रोकने में मदद करें। मैं तुम्हारी पढ़ाई में भी मदद करूँगा।",
}

# Which kind answer each risk category gets (rules and the meaning check share it).
RESPONSES_BY_CATEGORY: dict[str, dict[str, str]] = {
    "self_harm": SAFE_RESPONSE_HARM, "suicide": SAFE_RESPONSE_HARM, "self_injury": SAFE_RESPONSE_HARM,
    "abuse": SAFE_RESPONSE_HARM, "eating": SAFE_RESPONSE_EATING, "grooming": SAFE_RESPONSE_GROOMING,
    "violence": SAFE_RESPONSE_VIOLENCE, "bullying": SAFE_RESPONSE_BULLYING,
}
