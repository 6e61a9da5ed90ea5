"""Builds engines from settings, lazily, once each. The only place that knows how they fit."""
from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING, Any

from app.settings import Settings, load_settings
from engine.llm.hardware import Hardware, Tuning, choose_ctx, choose_gpu_layers, choose_threads, detect_hardware
from engine.llm.local import LocalLLM
from engine.models import ModelRecord, ModelRegistry
from engine.speech.registry import SpeechRegistry

if TYPE_CHECKING:
    from engine.escalation.service import EscalationService
    from engine.sync import SyncClient
    from engine.speech.synthesizer import Synthesizer
    from engine.speech.transcriber import Transcriber
    from engine.library import Library
    from engine.retrieval import Retriever, VectorIndex
    from engine.store import Store
    from engine.safety import SafetyFilter
    from engine.tutor.learners import LearnerBook
    from engine.tutor.quizbank import QuizBank
    from engine.tutor.tutor import Tutor


def quiet_environment() -> None:
    """Process-wide switches that must be set before the libraries that read them are imported."""
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")      # onnxruntime phones home otherwise
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")   # chromadb
    os.environ.setdefault("HF_HUB_OFFLINE", "1")             # never reach for a model hub
    os.environ.setdefault("GGML_LOG_LEVEL", "error")


class AppContext:
    """Owns the engines of one Lantern process. Close it to free native resources."""

    def __init__(self, settings: Settings | None = None) -> None:
        quiet_environment()
        self.settings = settings or load_settings()
        self.settings.home.mkdir(parents=True, exist_ok=True)
        self._llm: LocalLLM | None = None

    @cached_property
    def registry(self) -> ModelRegistry:
        return ModelRegistry(self.settings.models_dir)

    @cached_property
    def store(self) -> Store:
        """The local database (`<home>/lantern.db`), opened and migrated on first use."""
        from engine.store import Store

        return Store.open(self.settings.home)

    # -- class library (engine/library, engine/retrieval) ---------------------------------------
    @cached_property
    def vectors(self) -> VectorIndex:
        """Chunk vectors in `<home>/chroma` (rebuilt from the store when missing or damaged)."""
        from engine.retrieval import MiniLMEmbedder, VectorIndex

        return VectorIndex(self.settings.home / "chroma", MiniLMEmbedder.load_default())

    @cached_property
    def library(self) -> Library:
        from engine.library import Library

        return Library(self.store, vectors=self.vectors)

    @cached_property
    def retriever(self) -> Retriever:
        from engine.retrieval import Retriever

        return Retriever(self.store, vectors=self.vectors)

    @cached_property
    def sync_client(self) -> SyncClient:
        """Sync with the school hub (engine/sync); call `.start()` for background sync."""
        from engine.sync import SyncClient

        s = self.settings
        return SyncClient(self.store, s.home, token_storage=s.sync_token_storage, batch_size=s.sync_batch_size,
                          timeout_s=s.sync_timeout_s, interval_s=s.sync_interval_s,
                          backoff_base_s=s.sync_backoff_base_s, backoff_max_s=s.sync_backoff_max_s)

    @cached_property
    def hardware(self) -> Hardware:
        return detect_hardware()

    @property
    def tuning(self) -> Tuning | None:
        return Tuning.load(self.settings.tuning_file)

    def model_record(self) -> ModelRecord:
        if self.settings.model:
            return self.registry.get(self.settings.model)
        if not self.registry.list():
            self.registry.provision_bundled()
        return self.registry.selected()

    def runtime_options(self, rec: ModelRecord) -> dict[str, int | str]:
        hw, tuning, s = self.hardware, self.tuning, self.settings
        return {
            "n_threads": choose_threads(hw, setting=s.n_threads, tuning=tuning),
            "n_ctx": choose_ctx(setting=s.n_ctx, tuning=tuning, model_ctx=rec.context_length),
            "n_gpu_layers": choose_gpu_layers(hw, setting=s.n_gpu_layers),
            "device": hw.accelerator if choose_gpu_layers(hw, setting=s.n_gpu_layers) != 0 else "cpu",
        }

    def llm(self) -> LocalLLM:
        """The selected model, loaded on first use."""
        if self._llm is None:
            rec = self.model_record()
            from pathlib import Path

            self._llm = LocalLLM.load(Path(rec.path), model_id=rec.id, seed=self.settings.seed,
                                      **self.runtime_options(rec))  # type: ignore[arg-type]
        return self._llm

    # -- voice: speech registry, Transcriber and Synthesizer (each built once, on first use) -----
    @cached_property
    def speech_registry(self) -> SpeechRegistry:
        return SpeechRegistry(self.settings.speech_dir)

    def _speech_engines(self) -> dict[str, Any]:
        return self.__dict__.setdefault("_speech", {})

    def _ensure_speech(self) -> None:
        if not self.speech_registry.asr_models() or not self.speech_registry.voices():
            self.speech_registry.provision_bundled()

    def transcriber(self, *, model_id: str | None = None) -> Transcriber:
        """The speech-recognition model (setting asr_model, else Whisper base), loaded on first use."""
        from pathlib import Path

        from engine.speech.transcriber import Transcriber

        self._ensure_speech()
        rec = self.speech_registry.asr_model(model_id or self.settings.asr_model)
        engines = self._speech_engines()
        if f"asr:{rec.id}" not in engines:
            s = self.settings
            engines[f"asr:{rec.id}"] = Transcriber(Path(rec.path), device=s.asr_device, beam_size=s.asr_beam_size,
                                                   cpu_threads=choose_threads(self.hardware, setting=s.n_threads,
                                                                              tuning=self.tuning))
        return engines[f"asr:{rec.id}"]

    def synthesizer(self, *, voice_id: str | None = None, language: str | None = None) -> Synthesizer:
        """A read-aloud voice: `voice_id`, else setting `voice`, else one that speaks `language`
        (default: the learner's). No voice for that language -> SpeechError naming the available ones."""
        from pathlib import Path

        from engine.speech.synthesizer import Synthesizer

        self._ensure_speech()
        reg = self.speech_registry
        chosen = voice_id or self.settings.voice
        rec = reg.voice(chosen) if chosen else reg.voice_for(language or self.settings.speech_language)
        engines = self._speech_engines()
        if f"tts:{rec.id}" not in engines:
            engines[f"tts:{rec.id}"] = Synthesizer(Path(rec.path), config_path=Path(rec.config_path), voice_id=rec.id)
        return engines[f"tts:{rec.id}"]

    @cached_property
    def escalation(self) -> EscalationService:
        """Cloud escalation through the school hub (engine/escalation); `.start()` watches the hub."""
        from engine.escalation.history import deliver_to_history, roster_names
        from engine.escalation.service import EscalationConfig, EscalationService

        s, sync = self.settings, self.sync_client
        config = EscalationConfig(enabled=s.cloud_enabled, confidence_threshold=s.cloud_confidence_threshold,
                                  long_question_words=s.cloud_long_question_words, budget_s=s.cloud_budget_s,
                                  cloud_max_tokens=s.cloud_max_tokens, local_max_tokens=s.max_answer_tokens,
                                  probe_interval_s=s.cloud_probe_interval_s, safety_policy=s.cloud_safety_policy,
                                  seed=s.seed)
        return EscalationService(s.home / "escalation.sqlite", llm=self.llm, hub_url=sync.hub_url,
                                 token=sync.tokens.load(), roster=roster_names(self.store), config=config,
                                 on_answered=lambda q: deliver_to_history(self.store, q))

    # -- tutor: learners, quizzes, safety (engine/tutor, engine/safety) ------------------------
    @cached_property
    def safety(self) -> SafetyFilter:
        """Input/output filters for minors; decisions logged to `<home>/logs/safety.jsonl`."""
        from engine.safety import SafetyConfig, SafetyFilter, SafetyLog

        s = self.settings
        cfg = SafetyConfig.load(s.safety_words_file or s.home / "safety_words.json")
        return SafetyFilter(cfg, log=SafetyLog(s.home / "logs" / "safety.jsonl"))

    @cached_property
    def learners(self) -> LearnerBook:
        from engine.tutor.learners import LearnerBook

        return LearnerBook(self.store)

    @cached_property
    def quiz_bank(self) -> QuizBank:
        from engine.tutor.quizbank import QuizBank

        return QuizBank(self.store)

    def tutor(self) -> Tutor:
        """Explain/Socratic turns with the loaded model and the class library."""
        from engine.tutor.tutor import Tutor

        return Tutor(self.llm(), retriever=self.retriever, safety=self.safety,
                     alert_on_distress=self.settings.teacher_alerts)

    def close(self) -> None:
        for engine in self.__dict__.pop("_speech", {}).values():
            engine.close()
        if "escalation" in self.__dict__:
            self.__dict__.pop("escalation").close()
        if "sync_client" in self.__dict__:
            self.__dict__.pop("sync_client").close()
        for name in ("library", "retriever"):
            self.__dict__.pop(name, None)
        if "vectors" in self.__dict__:
            self.__dict__.pop("vectors").close()
        if "store" in self.__dict__:
            self.__dict__.pop("store").close()
        if self._llm is not None:
            self._llm.close()
            self._llm = None

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
