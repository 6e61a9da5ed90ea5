"""Which accelerator the installed llama.cpp build can use, and runtime choices that follow."""
from __future__ import annotations

import json
import os
import platform
from dataclasses import asdict, dataclass
from pathlib import Path

DEFAULT_N_CTX = 2048


@dataclass(frozen=True)
class Hardware:
    accelerator: str          # "cpu", "cuda", "metal", "vulkan", "gpu"
    gpu_offload: bool
    physical_cores: int
    logical_cores: int
    system_info: str


@dataclass(frozen=True)
class Tuning:
    """The best settings `lantern doctor --tune` measured on this machine."""

    n_threads: int
    n_ctx: int
    decode_tok_s: float
    measured_at: str

    def save(self, path: Path) -> None:
        from engine.files import write_json_atomic

        write_json_atomic(path, asdict(self))

    @classmethod
    def load(cls, path: Path) -> Tuning | None:
        try:
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None  # no tuning yet, or a stale file: fall back to defaults


def _physical_cores() -> int:
    try:
        import psutil

        n = psutil.cpu_count(logical=False)
    except ImportError:  # pragma: no cover
        n = None
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(n or usable, usable))


def detect_hardware() -> Hardware:
    import llama_cpp

    offload = bool(llama_cpp.llama_supports_gpu_offload())
    info = llama_cpp.llama_print_system_info()
    info = info.decode("utf-8", "replace") if isinstance(info, bytes) else str(info)
    accel = "cpu"
    if offload:
        low = info.lower()
        if "cuda" in low:
            accel = "cuda"
        elif "metal" in low or platform.system() == "Darwin":
            accel = "metal"
        elif "vulkan" in low:
            accel = "vulkan"
        else:
            accel = "gpu"
    return Hardware(accelerator=accel, gpu_offload=offload, physical_cores=_physical_cores(),
                    logical_cores=os.cpu_count() or 1, system_info=info.strip())


def choose_threads(hw: Hardware, *, setting: int | None, tuning: Tuning | None) -> int:
    if setting:
        return setting
    if tuning:
        return tuning.n_threads
    return hw.physical_cores


def choose_gpu_layers(hw: Hardware, *, setting: int | None) -> int:
    if setting is not None:
        return setting if hw.gpu_offload else 0
    return -1 if hw.gpu_offload else 0


def choose_ctx(*, setting: int | None, tuning: Tuning | None, model_ctx: int | None) -> int:
    n = setting or (tuning.n_ctx if tuning else DEFAULT_N_CTX)
    return min(n, model_ctx) if model_ctx else n
