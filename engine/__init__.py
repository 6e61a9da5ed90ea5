"""Lantern's engine: everything that thinks or stores. No Qt here."""
from __future__ import annotations

from engine.cancel import CancelToken
from engine.errors import (Cancelled, ImportError_, LanternError, ModelError, SettingsError, SpeechError,
                           StorageError, SyncError)
from engine.llm.backend import Completion, GenerationParams, LLMBackend, ModelInfo, TokenChunk
from engine.llm.local import LocalLLM
from engine.llm.prompts import PromptParts, prompt_format_for
from engine.models import GGUFInfo, ModelRecord, ModelRegistry, inspect_gguf
from engine.speech import (AudioChunk, Segment, SentenceBuffer, SpeechListener, SpeechRegistry, Synthesizer,
                           Transcriber, Transcript)
from engine.library import CourseInfo, DocumentInfo, ImportProgress, Library, ensure_sample_course
from engine.retrieval import MiniLMEmbedder, Passage, Retrieval, Retriever, VectorIndex
from engine.store import Store
from engine.tutor.library_answer import Citation, Citations, answer_from_library, stream_library_answer
from engine.sync import HubConnection, PublishedItem, SyncClient, SyncReport, SyncState, TokenStore
from engine.safety import SafetyConfig, SafetyDecision, SafetyFilter, SafetyLog, check_input, check_output
from engine.tutor.learners import LearnerBook, LearnerError
from engine.tutor.profile import LANGUAGE_NAMES, LANGUAGES, NEED_LABELS, NEEDS, LearnerProfile, TutorStyle, style_for
from engine.tutor.quiz import QuizItem, SourceChunk
from engine.tutor.quizbank import QuizBank
from engine.tutor.session import Feedback, QuizSession
from engine.tutor.socratic import ANSWER, Rung, ladder_for_item
from engine.tutor.tutor import Tutor, TutorReply

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
]
