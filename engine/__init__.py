"""Lantern's engine: everything that thinks or stores. No Qt here.

Public names load lazily (PEP 562): `import engine.wire` in a hub worker, or the CLI starting up,
must not pay for chromadb, onnxruntime and llama.cpp.
"""
from __future__ import annotations

import importlib
from typing import Any

# public name -> the module that defines it
_PUBLIC = {
    "CancelToken": "engine.cancel",
    "Cancelled": "engine.errors",
    "ImportError_": "engine.errors",
    "LanternError": "engine.errors",
    "ModelError": "engine.errors",
    "SettingsError": "engine.errors",
    "SpeechError": "engine.errors",
    "StorageError": "engine.errors",
    "SyncError": "engine.errors",
    "Completion": "engine.llm.backend",
    "GenerationParams": "engine.llm.backend",
    "LLMBackend": "engine.llm.backend",
    "ModelInfo": "engine.llm.backend",
    "TokenChunk": "engine.llm.backend",
    "LocalLLM": "engine.llm.local",
    "PromptParts": "engine.llm.prompts",
    "prompt_format_for": "engine.llm.prompts",
    "GGUFInfo": "engine.models",
    "ModelRecord": "engine.models",
    "ModelRegistry": "engine.models",
    "inspect_gguf": "engine.models",
    "AudioChunk": "engine.speech",
    "Segment": "engine.speech",
    "SentenceBuffer": "engine.speech",
    "SpeechListener": "engine.speech",
    "SpeechRegistry": "engine.speech",
    "Synthesizer": "engine.speech",
    "Transcriber": "engine.speech",
    "Transcript": "engine.speech",
    "CourseInfo": "engine.library",
    "DocumentInfo": "engine.library",
    "ImportProgress": "engine.library",
    "Library": "engine.library",
    "ensure_sample_course": "engine.library",
    "MiniLMEmbedder": "engine.retrieval",
    "Passage": "engine.retrieval",
    "Retrieval": "engine.retrieval",
    "Retriever": "engine.retrieval",
    "VectorIndex": "engine.retrieval",
    "Store": "engine.store",
    "Citation": "engine.tutor.library_answer",
    "Citations": "engine.tutor.library_answer",
    "answer_from_library": "engine.tutor.library_answer",
    "stream_library_answer": "engine.tutor.library_answer",
    "HubConnection": "engine.sync",
    "PublishedItem": "engine.sync",
    "SyncClient": "engine.sync",
    "SyncReport": "engine.sync",
    "SyncState": "engine.sync",
    "TokenStore": "engine.sync",
    "SafetyConfig": "engine.safety",
    "SafetyDecision": "engine.safety",
    "SafetyFilter": "engine.safety",
    "SafetyLog": "engine.safety",
    "check_input": "engine.safety",
    "check_output": "engine.safety",
    "LearnerBook": "engine.tutor.learners",
    "LearnerError": "engine.tutor.learners",
    "LANGUAGE_NAMES": "engine.tutor.profile",
    "LANGUAGES": "engine.tutor.profile",
    "NEED_LABELS": "engine.tutor.profile",
    "NEEDS": "engine.tutor.profile",
    "LearnerProfile": "engine.tutor.profile",
    "TutorStyle": "engine.tutor.profile",
    "style_for": "engine.tutor.profile",
    "QuizItem": "engine.tutor.quiz",
    "SourceChunk": "engine.tutor.quiz",
    "QuizBank": "engine.tutor.quizbank",
    "Feedback": "engine.tutor.session",
    "QuizSession": "engine.tutor.session",
    "ANSWER": "engine.tutor.socratic",
    "Rung": "engine.tutor.socratic",
    "ladder_for_item": "engine.tutor.socratic",
    "Tutor": "engine.tutor.tutor",
    "TutorReply": "engine.tutor.tutor",
    "Notice": "engine.turn",
    "NoticeKind": "engine.turn",
    "QuizTurn": "engine.turn",
    "SafetyReply": "engine.turn",
    "Text": "engine.turn",
    "TurnDone": "engine.turn",
    "TurnKind": "engine.turn",
    "TurnService": "engine.turn",
    "Changes": "engine.changes",
    "ChangeTally": "engine.changes",
    "SyncErrorKind": "engine.errors",
}

__all__ = [
    "CancelToken", "Cancelled", "Completion", "GGUFInfo", "GenerationParams", "ImportError_", "LLMBackend",
    "LanternError", "LocalLLM", "ModelError", "ModelInfo", "ModelRecord", "ModelRegistry", "PromptParts",
    "SettingsError", "SpeechError", "StorageError", "Store", "SyncError", "TokenChunk", "inspect_gguf", "prompt_format_for",
    # class library: import, hybrid retrieval, cited answers
    "Citation", "Citations", "CourseInfo", "DocumentInfo", "ImportProgress", "Library", "MiniLMEmbedder", "Passage",
    "Retrieval", "Retriever", "VectorIndex", "answer_from_library", "ensure_sample_course", "stream_library_answer",
    # voice
    "AudioChunk", "Segment", "SentenceBuffer", "SpeechListener", "SpeechRegistry", "Synthesizer", "Transcriber",
    "Transcript",
    # sync with the school hub
    "HubConnection", "PublishedItem", "SyncClient", "SyncReport", "SyncState", "TokenStore",
    # safety for minors
    "SafetyConfig", "SafetyDecision", "SafetyFilter", "SafetyLog", "check_input", "check_output",
    # the tutor: learners, modes, quizzes, hint ladder
    "ANSWER", "Feedback", "LANGUAGES", "LANGUAGE_NAMES", "LearnerBook", "LearnerError", "LearnerProfile", "NEEDS",
    "NEED_LABELS", "QuizBank", "QuizItem", "QuizSession", "Rung", "SourceChunk", "Tutor", "TutorReply", "TutorStyle",
    "ladder_for_item", "style_for",
    # the one safe turn every surface uses, and what operations changed
    "ChangeTally", "Changes", "Notice", "NoticeKind", "QuizTurn", "SafetyReply", "SyncErrorKind", "Text", "TurnDone", "TurnKind",
    "TurnService",
]



def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'engine' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
