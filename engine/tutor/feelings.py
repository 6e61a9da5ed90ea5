"""Noticing how a learner feels from what they type, and answering like a kind tutor.

Multilingual keyword + pattern rules (12 languages). Three signals, from mild to serious:
*frustrated* (slow down, offer an easier step or a break), *anxious* (reassure, no pressure, no
timer) and *distressed* (sad, lonely, hopeless: be kind, suggest a trusted adult, and raise a
teacher alert that is recorded for sync). Self-harm is not handled here: the safety filter
(engine/safety) answers that first.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

FeelingKind = Literal["ok", "frustrated", "anxious", "distressed"]

_PATTERNS: dict[str, dict[str, list[str]]] = {
    "distressed": {
        "en": [r"\b(?:i'?m|i am|i feel|feeling) (?:so |really |very )?(?:sad|alone|lonely|hopeless|worthless|miserable|depressed)\b",
               r"\b(?:can'?t stop|keep|been) crying\b", r"\bi'?m crying\b", r"\bnobody (?:likes|cares about|loves) me\b",
               r"\beveryone hates me\b", r"\bi'?m being bullied\b", r"\bi have no friends\b", r"\bi hate my life\b"],
        "es": [r"\bestoy (?:muy )?triste\b", r"\bme siento (?:solo|sola|triste|inútil)\b", r"\bnadie me quiere\b", r"\bestoy llorando\b"],
        "fr": [r"\bje suis (?:très )?triste\b", r"\bje me sens (?:seul|seule|nul|nulle)\b", r"\bpersonne ne m'aime\b", r"\bje pleure\b"],
        "de": [r"\bich bin (?:so |sehr )?traurig\b", r"\bich fühle mich (?:allein|einsam|wertlos)\b", r"\bniemand mag mich\b", r"\bich weine\b"],
        "it": [r"\bsono (?:molto )?triste\b", r"\bmi sento (?:solo|sola|inutile)\b", r"\bnessuno mi vuole bene\b", r"\bsto piangendo\b"],
        "pt": [r"\bestou (?:muito )?triste\b", r"\bme sinto (?:sozinho|sozinha|inútil)\b", r"\bninguém gosta de mim\b", r"\bestou chorando\b"],
        "ru": [r"мне (?:очень )?грустно", r"мне одиноко", r"никто меня не любит", r"я плачу"],
        "zh": [r"很难过", r"好难过", r"很孤独", r"没有人喜欢我", r"我在哭"],
        "ja": [r"悲しい", r"さみしい", r"寂しい", r"誰も好きじゃない", r"泣いて"],
        "ko": [r"너무 슬퍼", r"외로워", r"아무도 날 좋아하지 않", r"울고 있"],
        "ar": [r"أنا حزين", r"أنا حزينة", r"أشعر بالوحدة", r"لا أحد يحبني", r"أبكي"],
        "hi": [r"बहुत उदास", r"अकेला महसूस", r"अकेली महसूस", r"कोई मुझे पसंद नहीं", r"रो रहा", r"रो रही"],
    },
    "anxious": {
        "en": [r"\banxi(?:ety|ous)\b", r"\bnervous\b", r"\bworried\b", r"\bscared (?:of|about)\b", r"\bafraid (?:of|about)\b",
               r"\bpanic", r"\bstressed\b", r"\bfreaking out\b"],
        "es": [r"\bansiedad\b", r"\bnervios[oa]\b", r"\bpreocupad[oa]\b", r"\bmiedo\b", r"\bestresad[oa]\b"],
        "fr": [r"\banxi(?:eux|euse|été)\b", r"\bstress", r"\binqui(?:et|ète)\b", r"\bpeur\b"],
        "de": [r"\bangst\b", r"\bnervös\b", r"\bgestresst\b", r"\bsorgen\b"],
        "it": [r"\bansia\b", r"\bnervos[oa]\b", r"\bpreoccupat[oa]\b", r"\bpaura\b", r"\bstressat[oa]\b"],
        "pt": [r"\bansiedade\b", r"\bansios[oa]\b", r"\bnervos[oa]\b", r"\bpreocupad[oa]\b", r"\bmedo\b"],
        "ru": [r"тревог", r"волнуюсь", r"боюсь", r"нервничаю", r"стресс"],
        "zh": [r"焦虑", r"紧张", r"担心", r"害怕"],
        "ja": [r"不安", r"緊張", r"心配", r"怖い"],
        "ko": [r"불안", r"긴장", r"걱정", r"무서워"],
        "ar": [r"قلق", r"متوتر", r"خائف"],
        "hi": [r"चिंता", r"घबराहट", r"डर लग", r"तनाव"],
    },
    "frustrated": {
        "en": [r"\bi give up\b", r"\bi (?:can'?t|cannot) do (?:this|it)\b", r"\bi (?:still )?don'?t (?:get|understand) (?:it|this|anything)\b",
               r"\bthis is (?:so |too |really )?(?:hard|stupid|impossible|confusing|annoying|pointless)\b",
               r"\bi'?m (?:so |too )?(?:stupid|dumb|bad at)\b", r"\bi hate (?:this|math|maths|school|homework|\w+ing)\b",
               r"\bugh+\b", r"\bargh+\b", r"\bwhatever\b", r"\bi quit\b", r"\bmakes no sense\b", r"[?!]{3,}"],
        "es": [r"\bme rindo\b", r"\bno (?:lo )?entiendo\b", r"\bes (?:muy )?difícil\b", r"\bno puedo\b", r"\bodio\b"],
        "fr": [r"\bj'abandonne\b", r"\bje (?:ne )?comprends (?:rien|pas)\b", r"\bc'est trop dur\b", r"\bj'y arrive pas\b"],
        "de": [r"\bich gebe auf\b", r"\bich verstehe (?:das )?nicht\b", r"\bzu schwer\b", r"\bich kann das nicht\b"],
        "it": [r"\bmi arrendo\b", r"\bnon capisco\b", r"\b(?:è )?troppo difficile\b", r"\bnon ce la faccio\b"],
        "pt": [r"\beu desisto\b", r"\bnão entendo\b", r"\bmuito difícil\b", r"\bnão consigo\b"],
        "ru": [r"сдаюсь", r"не понимаю", r"слишком сложно", r"не могу"],
        "zh": [r"我放弃", r"不懂", r"太难了", r"我做不到"],
        "ja": [r"あきらめ", r"わからない", r"分からない", r"難しすぎ", r"できない"],
        "ko": [r"포기", r"모르겠", r"너무 어려", r"못 하겠"],
        "ar": [r"أستسلم", r"لا أفهم", r"صعب جدا", r"صعب جدًا", r"لا أستطيع"],
        "hi": [r"मैं हार मान", r"समझ नहीं", r"बहुत मुश्किल", r"नहीं कर सकता", r"नहीं कर सकती"],
    },
}

_COMPILED = {kind: {lang: [re.compile(p, re.IGNORECASE) for p in pats] for lang, pats in table.items()}
             for kind, table in _PATTERNS.items()}

RESPONSES: dict[str, dict[str, str]] = {
    "frustrated": {
        "en": "That's okay, this part is tricky. Let's slow down and take one small step. Would you like an easier question, or a short break?",
        "es": "Está bien, esta parte es difícil. Vamos más despacio, un paso pequeño. ¿Quieres una pregunta más fácil o un descanso corto?",
        "fr": "Ce n'est pas grave, cette partie est difficile. Allons doucement, un petit pas à la fois. Tu veux une question plus facile ou une petite pause ?",
        "de": "Das ist okay, dieser Teil ist knifflig. Wir machen langsam, einen kleinen Schritt. Möchtest du eine leichtere Frage oder eine kurze Pause?",
        "it": "Va bene, questa parte è difficile. Andiamo piano, un piccolo passo. Vuoi una domanda più facile o una breve pausa?",
        "pt": "Tudo bem, esta parte é difícil. Vamos devagar, um passo pequeno. Quer uma pergunta mais fácil ou uma pausa curta?",
        "ru": "Ничего страшного, это сложная часть. Давай помедленнее, маленький шаг. Хочешь вопрос полегче или короткий перерыв?",
        "zh": "没关系，这部分有点难。我们慢一点，一小步一小步来。你想要一个简单点的问题，还是休息一下？",
        "ja": "大丈夫、ここはむずかしいところです。ゆっくり、小さな一歩ずつ進みましょう。やさしい問題にしますか、それとも少し休みますか？",
        "ko": "괜찮아요, 이 부분은 어려워요. 천천히 한 걸음씩 해 봐요. 더 쉬운 문제를 할까요, 잠깐 쉴까요?",
        "ar": "لا بأس، هذا الجزء صعب. لنبطئ ونأخذ خطوة صغيرة. هل تريد سؤالًا أسهل أم استراحة قصيرة؟",
        "hi": "कोई बात नहीं, यह हिस्सा मुश्किल है। चलो धीरे-धीरे, एक छोटा कदम। क्या तुम आसान सवाल चाहोगे या छोटा ब्रेक?",
    },
    "anxious": {
        "en": "It's okay to feel nervous. There is no timer and no rush. We will go one small step at a time, and mistakes are how we learn.",
        "es": "Está bien sentir nervios. No hay reloj ni prisa. Iremos paso a paso, y los errores nos ayudan a aprender.",
        "fr": "C'est normal d'être stressé. Il n'y a pas de chrono, rien ne presse. On avance pas à pas, et les erreurs aident à apprendre.",
        "de": "Es ist okay, nervös zu sein. Es gibt keine Uhr und keine Eile. Wir gehen Schritt für Schritt, und Fehler helfen beim Lernen.",
        "it": "È normale sentirsi nervosi. Non c'è un timer e non c'è fretta. Andiamo un passo alla volta, e gli errori aiutano a imparare.",
        "pt": "Tudo bem ficar nervoso. Não há relógio nem pressa. Vamos um passo de cada vez, e os erros ajudam a aprender.",
        "ru": "Волноваться нормально. Здесь нет таймера и спешки. Пойдём шаг за шагом, ошибки помогают учиться.",
        "zh": "感到紧张是正常的。没有计时，也不用着急。我们一步一步来，犯错也是学习的一部分。",
        "ja": "緊張しても大丈夫。時間制限はなく、急がなくていいです。一歩ずつ進みましょう。まちがいも学びの一部です。",
        "ko": "긴장해도 괜찮아요. 시간 제한도 없고 서두르지 않아도 돼요. 한 걸음씩 해요. 실수도 배움의 일부예요.",
        "ar": "لا بأس أن تشعر بالتوتر. لا يوجد مؤقت ولا عجلة. سنمضي خطوة صغيرة كل مرة، والأخطاء تساعدنا على التعلم.",
        "hi": "घबराना ठीक है। कोई टाइमर नहीं है, कोई जल्दी नहीं। हम एक-एक छोटा कदम चलेंगे, और गलतियों से ही सीखते हैं।",
    },
    "distressed": {
        "en": "I'm sorry you feel this way. Your feelings matter. It's okay to take a break, and it can really help to talk to your teacher or another adult you trust.",
        "es": "Siento que te sientas así. Lo que sientes importa. Puedes tomar un descanso, y hablar con tu profesor u otro adulto de confianza puede ayudar mucho.",
        "fr": "Je suis désolé que tu te sentes comme ça. Tes sentiments comptent. Tu peux faire une pause, et parler à ton professeur ou à un adulte de confiance peut vraiment aider.",
        "de": "Es tut mir leid, dass es dir so geht. Deine Gefühle sind wichtig. Du darfst eine Pause machen, und es hilft, mit deiner Lehrkraft oder einem Erwachsenen zu sprechen, dem du vertraust.",
        "it": "Mi dispiace che tu ti senta così. Quello che senti è importante. Puoi fare una pausa, e parlare con l'insegnante o un adulto di cui ti fidi può aiutare.",
        "pt": "Sinto muito que você se sinta assim. Seus sentimentos importam. Você pode fazer uma pausa, e conversar com seu professor ou outro adulto de confiança pode ajudar.",
        "ru": "Мне жаль, что тебе так плохо. Твои чувства важны. Можно сделать перерыв, и очень помогает поговорить с учителем или другим взрослым, которому доверяешь.",
        "zh": "很抱歉你有这样的感受。你的感受很重要。可以休息一下，和老师或你信任的大人聊一聊会很有帮助。",
        "ja": "そんな気持ちなんですね。あなたの気持ちは大切です。休んでもいいし、先生や信頼できる大人に話すと楽になることがあります。",
        "ko": "그렇게 느낀다니 마음이 아파요. 당신의 감정은 소중해요. 쉬어도 괜찮고, 선생님이나 믿을 수 있는 어른과 이야기하면 도움이 돼요.",
        "ar": "أنا آسف لأنك تشعر بهذا. مشاعرك مهمة. لا بأس أن تأخذ استراحة، والحديث مع معلمك أو شخص بالغ تثق به قد يساعدك كثيرًا.",
        "hi": "मुझे दुख है कि तुम ऐसा महसूस कर रहे हो। तुम्हारी भावनाएँ मायने रखती हैं। ब्रेक लेना ठीक है, और अपने शिक्षक या किसी भरोसेमंद बड़े से बात करना बहुत मदद कर सकता है।",
    },
}


@dataclass(frozen=True)
class Feeling:
    kind: FeelingKind
    matched: tuple[str, ...] = ()
    response: str | None = None   # a kind sentence to put before the tutor's help
    alert: bool = False           # a teacher should know (distress)
    slow_down: bool = False       # simpler, shorter, one step; offer an easier item

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")
    return " ".join(t.split())


def detect_feeling(text: str, language: str = "en", *, alert_on_distress: bool = True) -> Feeling:
    """The strongest feeling found in `text` (distressed > anxious > frustrated), or "ok".

    Rules for the learner's language and English are checked (learners mix them).
    """
    lang = language if language in RESPONSES["frustrated"] else "en"
    t = _norm(text)
    for kind in ("distressed", "anxious", "frustrated"):
        hits = [m.group(0) for code in dict.fromkeys([lang, "en"]) for p in _COMPILED[kind].get(code, [])
                if (m := p.search(t))]
        if hits:
            return Feeling(kind, tuple(hits), RESPONSES[kind][lang],  # type: ignore[arg-type]
                           alert=alert_on_distress and kind == "distressed", slow_down=True)
    return Feeling("ok")
