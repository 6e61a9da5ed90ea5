"""One tutor turn, safe on every path (see engine/turn/service.py for the order of a turn)."""
from __future__ import annotations

from engine.turn.gate import gate_sentences
from engine.turn.items import Notice, NoticeKind, QuizTurn, SafetyReply, Text, TurnDone, TurnKind
from engine.turn.service import TurnService, detect_language

__all__ = ["Notice", "NoticeKind", "QuizTurn", "SafetyReply", "Text", "TurnDone", "TurnKind", "TurnService",
           "detect_language", "gate_sentences"]
