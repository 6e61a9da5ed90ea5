"""What a reply to a child must not contain: the default blocked words (configurable per school) and a
reply that tells the learner to hurt themselves."""
from __future__ import annotations

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

# -- output only: a reply that tells the learner to hurt themselves ---------------------------
OUTPUT_HARM: dict[str, list[str]] = {
    "en": [r"\b(?:you should|go|just) (?:kill|hurt|cut|harm) yourself\b", r"\bkys\b",
           r"\b(?:best|easiest) way to (?:kill|hurt) (?:yourself|myself)\b"],
    "es": [r"\bdeberías matarte\b", r"\bmátate\b"], "fr": [r"\btue-toi\b", r"\btu devrais te tuer\b"],
    "de": [r"\bbring dich um\b"], "it": [r"\bammazzati\b"], "pt": [r"\bse mata\b", r"\bvocê deveria se matar\b"],
    "ru": [r"убей себя"], "zh": [r"你去死"], "ja": [r"死ね"], "ko": [r"죽어라"], "ar": [r"اقتل نفسك"], "hi": [r"मर जाओ"],
}
