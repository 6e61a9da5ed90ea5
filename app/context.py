"""Builds engines from settings, lazily, once each. The only place that knows how they fit.

Engines are first asked for from several threads at once (the window's workers start together),
so each is built behind its own lock: two threads asking for the model get the same one, loaded
once. (`functools.cached_property` no longer locks since Python 3.12, so it is not used here.)
"""
from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from app.settings import Settings, load_settings

if TYPE_CHECKING:   # engine modules are imported where an engine is built: the window's start waits for none
    from engine.llm.hardware import Hardware, Tuning
    from engine.llm.local import LocalLLM
    from engine.models import ModelRecord, ModelRegistry, ProvisionStep
    from engine.speech.registry import SpeechRegistry
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
    from engine.turn import TurnService

T = TypeVar("T")


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
        self._built: dict[str, Any] = {}
        self._locks: dict[str, threading.RLock] = {}
        self._locks_lock = threading.Lock()
        self._turns_running = 0                  # the window's chat and Tutor-tab turns in flight
        self._no_turn = threading.Condition()

    @contextlib.contextmanager
    def turn_running(self) -> Iterator[None]:
        """Marks a learner's turn in flight: work done ahead of need (`wait_for_no_turn`) waits meanwhile."""
        with self._no_turn:
            self._turns_running += 1
        try:
            yield
        finally:
            with self._no_turn:
                self._turns_running -= 1
                self._no_turn.notify_all()

    def wait_for_no_turn(self, *, cancel: Any = None) -> None:
        """Return when no turn is running (or `cancel` is cancelled): a background job's pause point, so
        it never takes a core from a child waiting for an answer."""
        with self._no_turn:
            while self._turns_running and not (cancel is not None and cancel.cancelled):
                self._no_turn.wait(0.2)

    def _once(self, name: str, build: Callable[[], T]) -> T:
        """The engine called `name`, built by `build` on first use, exactly once across threads."""
        try:
            return self._built[name]
        except KeyError:
            pass
        with self._locks_lock:
            lock = self._locks.setdefault(name, threading.RLock())
        with lock:
            if name not in self._built:
                self._built[name] = build()
            return self._built[name]

    def built(self, name: str) -> bool:
        """Whether an engine was already built (e.g. to close only what was used)."""
        return name in self._built

    @property
    def registry(self) -> ModelRegistry:
        from engine.models import ModelRegistry

        return self._once("registry", lambda: ModelRegistry(self.settings.models_dir))

    @property
    def store(self) -> Store:
        """The local database (`<home>/lantern.db`), opened and migrated on first use."""
        from engine.store import Store

        return self._once("store", lambda: Store.open(self.settings.home))

    # -- class library (engine/library, engine/retrieval) ---------------------------------------
    @property
    def embedder(self) -> Any:
        """The engine's one sentence embedder (retrieval, answer ranking, the risk check)."""
        from engine.retrieval import load_engine_embedder

        return self._once("embedder", load_engine_embedder)

    @property
    def vectors(self) -> VectorIndex:
        """Chunk vectors in `<home>/chroma` (rebuilt from the store when missing or damaged)."""
        from engine.retrieval import VectorIndex

        return self._once("vectors", lambda: VectorIndex(self.settings.home / "chroma", self.embedder))

    @property
    def library(self) -> Library:
        from engine.library import Library

        return self._once("library", lambda: Library(self.store, vectors=self.vectors))

    @property
    def retriever(self) -> Retriever:
        from engine.retrieval import Retriever

        return self._once("retriever", lambda: Retriever(self.store, vectors=self.vectors))

    @property
    def sync_client(self) -> SyncClient:
        """Sync with the school hub (engine/sync); call `.start()` for background sync."""
        from engine.sync import SyncClient

        s = self.settings
        return self._once("sync_client", lambda: SyncClient(
            self.store, s.home, token_storage=s.sync_token_storage, batch_size=s.sync_batch_size,
            timeout_s=s.sync_timeout_s, interval_s=s.sync_interval_s, backoff_base_s=s.sync_backoff_base_s,
            backoff_max_s=s.sync_backoff_max_s))

    @property
    def hardware(self) -> Hardware:
        from engine.llm.hardware import detect_hardware

        return self._once("hardware", detect_hardware)

    @property
    def tuning(self) -> Tuning | None:
        from engine.llm.hardware import Tuning

        return Tuning.load(self.settings.tuning_file)

    def _model_lock(self) -> threading.RLock:
        with self._locks_lock:
            return self._locks.setdefault("model-provision", threading.RLock())

    def model_record(self) -> ModelRecord:
        if self.settings.model:
            return self.registry.get(self.settings.model)
        with self._model_lock():     # never two assemblies at once (the window's first-start screen, a turn)
            # A first start, or an account upgraded from a version that copied the model into every
            # data folder while the bundle's machine-wide copy now serves all accounts.
            if not self.registry.list() or self.registry.shared_copy_unused():
                self.registry.provision_bundled()
        return self.registry.selected()

    def model_steps(self, *, cancel: Any = None) -> Iterator[ProvisionStep]:
        """A first start's model assembly, step by step (`engine.models.ProvisionStep`), for a progress
        screen; yields nothing when a model is registered already or another one is chosen. Consume it on
        one worker thread (it holds the provisioning lock between steps)."""
        if self.settings.model:
            return
        with self._model_lock():
            if self.registry.list() and not self.registry.shared_copy_unused():
                return
            for step in self.registry.provision_bundled_steps():
                if cancel is not None and cancel.cancelled:
                    return       # the window closed: the half-copied file is removed at the next start
                if step.step != "done":
                    yield step

    def runtime_options(self, rec: ModelRecord) -> dict[str, int | str]:
        from engine.llm.hardware import choose_ctx, choose_gpu_layers, choose_threads

        hw, tuning, s = self.hardware, self.tuning, self.settings
        return {
            "n_threads": choose_threads(hw, setting=s.n_threads, tuning=tuning),
            "n_ctx": choose_ctx(setting=s.n_ctx, tuning=tuning, model_ctx=rec.context_length),
            "n_gpu_layers": choose_gpu_layers(hw, setting=s.n_gpu_layers),
            "device": hw.accelerator if choose_gpu_layers(hw, setting=s.n_gpu_layers) != 0 else "cpu",
        }

    def llm(self) -> LocalLLM:
        """The selected model, loaded on first use (once, whichever thread asks first)."""
        def load() -> LocalLLM:
            from pathlib import Path

            from engine.llm.local import LocalLLM

            rec = self.model_record()
            return LocalLLM.load(Path(rec.path), model_id=rec.id, seed=self.settings.seed,
                                 **self.runtime_options(rec))  # type: ignore[arg-type]

        return self._once("llm", load)

    # -- voice: speech registry, Transcriber and Synthesizer (each built once, on first use) -----
    @property
    def speech_registry(self) -> SpeechRegistry:
        from engine.speech.registry import SpeechRegistry

        return self._once("speech_registry", lambda: SpeechRegistry(self.settings.speech_dir))

    def _ensure_speech(self) -> None:
        def provision() -> bool:
            reg = self.speech_registry
            if not reg.asr_models() or not reg.voices() or reg.shared_copy_unused():
                reg.provision_bundled()
            return True

        self._once("speech_provisioned", provision)

    def transcriber(self, *, model_id: str | None = None) -> Transcriber:
        """The speech-recognition model (setting asr_model, else Whisper base), loaded on first use."""
        from pathlib import Path

        from engine.llm.hardware import choose_threads
        from engine.speech.transcriber import Transcriber

        self._ensure_speech()
        rec = self.speech_registry.asr_model(model_id or self.settings.asr_model)
        s = self.settings
        return self._once(f"asr:{rec.id}", lambda: Transcriber(
            Path(rec.path), device=s.asr_device, beam_size=s.asr_beam_size,
            cpu_threads=choose_threads(self.hardware, setting=s.n_threads, tuning=self.tuning)))

    def synthesizer(self, *, voice_id: str | None = None, language: str | None = None) -> Synthesizer:
        """A read-aloud voice: `voice_id`, else setting `voice`, else one that speaks `language`
        (default: the learner's). No voice for that language -> SpeechError naming the available ones."""
        from engine.speech.espeak import open_synthesizer

        self._ensure_speech()
        reg = self.speech_registry
        chosen = voice_id or self.settings.voice
        rec = reg.voice(chosen) if chosen else reg.voice_for(language or self.settings.speech_language)
        return self._once(f"tts:{rec.id}", lambda: open_synthesizer(rec))   # Piper, or espeak-ng

    def hub_address(self) -> tuple[str | None, str | None]:
        """The hub URL and device token as they are now (a kiosk may enroll mid-session)."""
        sync = self.sync_client
        url = sync.hub_url
        return url, (sync.tokens.load() if url else None)

    @property
    def escalation(self) -> EscalationService:
        """Cloud escalation through the school hub (engine/escalation); `.start()` watches the hub.
        The hub address, token and roster are read at each call, never frozen at start."""
        def build() -> EscalationService:
            from engine.escalation.history import deliver_to_history, roster_names
            from engine.escalation.service import EscalationConfig, EscalationService

            s = self.settings
            config = EscalationConfig(enabled=s.cloud_enabled, confidence_threshold=s.cloud_confidence_threshold,
                                      long_question_words=s.cloud_long_question_words, budget_s=s.cloud_budget_s,
                                      cloud_max_tokens=s.cloud_max_tokens, local_max_tokens=s.max_answer_tokens,
                                      probe_interval_s=s.cloud_probe_interval_s,
                                      safety_policy=s.cloud_safety_policy, seed=s.seed)
            return EscalationService(s.home / "escalation.sqlite", llm=self.llm, hub=self.hub_address,
                                     roster=lambda: roster_names(self.store), config=config, safety=self.safety,
                                     on_answered=lambda q: deliver_to_history(self.store, q, safety=self.safety))

        return self._once("escalation", build)

    # -- tutor: learners, quizzes, safety (engine/tutor, engine/safety) ------------------------
    @property
    def safety(self) -> SafetyFilter:
        """The school's input/output filters for minors (its word lists from `safety_words_file`, and
        the meaning-based risk check); decisions logged to `<home>/logs/safety.jsonl`. Every path
        uses this one."""
        def build() -> SafetyFilter:
            from engine.safety import SafetyConfig, SafetyFilter, SafetyLog
            from engine.safety.meaning import MeaningCheck

            s = self.settings
            cfg = SafetyConfig.load(s.safety_words_file or s.home / "safety_words.json")
            # The rules, then the check by meaning (paraphrases of risk) over the engine's one embedder.
            return SafetyFilter(cfg, log=SafetyLog(s.home / "logs" / "safety.jsonl"),
                                meaning=MeaningCheck.load_default(self.embedder))

        return self._once("safety", build)

    @property
    def learners(self) -> LearnerBook:
        from engine.tutor.learners import LearnerBook

        return self._once("learners", lambda: LearnerBook(self.store))

    @property
    def quiz_bank(self) -> QuizBank:
        from engine.tutor.quizbank import QuizBank

        # Model-written items a school auto-approves pass its own output check first.
        return self._once("quiz_bank", lambda: QuizBank(self.store, safety=lambda: self.safety))

    def tutor(self) -> Tutor:
        """Explain/Socratic teaching with the loaded model and the class library (built once)."""
        def build() -> Tutor:
            from engine.tutor.tutor import Tutor

            return Tutor(self.llm(), retriever=self.retriever, safety=self.safety,
                         alert_on_distress=self.settings.teacher_alerts)

        return self._once("tutor", build)

    @property
    def turns(self) -> TurnService:
        """The one safe turn every surface uses (chat, Tutor tab, quiz answers, `ask`, `quiz`).
        Building it loads nothing; each engine loads on the first turn that needs it."""
        def build() -> TurnService:
            from engine.llm.backend import GenerationParams
            from engine.turn import TurnService

            s = self.settings
            return TurnService(
                safety=lambda: self.safety, llm=self.llm, tutor=self.tutor, store=lambda: self.store,
                retriever=lambda: self.retriever,
                escalation=(lambda: self.escalation) if s.cloud_enabled else None,
                params=GenerationParams(max_tokens=s.max_answer_tokens, temperature=s.temperature, seed=s.seed),
                answer_mode=s.grounded_answers, teacher_alerts=s.teacher_alerts)

        return self._once("turns", build)

    def close(self) -> None:
        """Close what was built: users of the store before the store, the model last."""
        built = self._built
        for name in [n for n in built if n.startswith(("asr:", "tts:"))]:
            built.pop(name).close()
        for name in ("escalation", "sync_client"):
            if name in built:
                built.pop(name).close()
        for name in ("turns", "tutor", "library", "retriever"):
            built.pop(name, None)
        for name in ("vectors", "store", "llm"):
            if name in built:
                built.pop(name).close()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
