"""Builds engines from settings, lazily, once each. The only place that knows how they fit."""
from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING

from app.settings import Settings, load_settings
from engine.llm.hardware import Hardware, Tuning, choose_ctx, choose_gpu_layers, choose_threads, detect_hardware
from engine.llm.local import LocalLLM
from engine.models import ModelRecord, ModelRegistry

if TYPE_CHECKING:
    from engine.store import Store


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

    def close(self) -> None:
        if "store" in self.__dict__:
            self.__dict__.pop("store").close()
        if self._llm is not None:
            self._llm.close()
            self._llm = None

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
