"""Prompt injection in learner input: asking the tutor to ignore its instructions or show its prompt."""
from __future__ import annotations

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
