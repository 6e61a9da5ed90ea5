"""Measure this machine once: the fastest thread count and a context size it can fill quickly."""
from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from engine.llm.backend import GenerationParams
from engine.llm.hardware import Hardware, Tuning
from engine.llm.local import LocalLLM

# A prompt filling the whole context should still start answering within this many seconds.
MAX_FULL_CONTEXT_SECONDS = 8.0
CONTEXT_CHOICES = (2048, 4096, 8192)
_TUNE_PROMPT = "The history of the printing press begins in the fifteenth century, when"


def thread_candidates(hw: Hardware) -> list[int]:
    return sorted({1, max(1, hw.physical_cores // 2), hw.physical_cores, hw.logical_cores})


def measure(model_path: Path, *, n_threads: int, n_gpu_layers: int, tokens: int = 48) -> tuple[float, float]:
    """(decode tokens/s, prompt tokens/s) for one thread count."""
    with LocalLLM.load(model_path, model_id="tune", n_ctx=2048, n_threads=n_threads, n_gpu_layers=n_gpu_layers) as llm:
        filler = " ".join(["Students read the chapter about rivers and mountains."] * 40)
        t0 = time.perf_counter()
        llm.complete(filler, params=GenerationParams(max_tokens=1))
        prompt_tok_s = llm.count_tokens(filler) / (time.perf_counter() - t0)
        params = GenerationParams(max_tokens=tokens, temperature=0.0, repeat_penalty=1.0)
        result = llm.complete(_TUNE_PROMPT, params=params)
        decode_s = result.seconds - (result.first_token_seconds or 0.0)
        decode_tok_s = max(result.completion_tokens - 1, 1) / max(decode_s, 1e-6)
        return decode_tok_s, prompt_tok_s


def tune(model_path: Path, hw: Hardware, *, n_gpu_layers: int, model_ctx: int | None) -> Tuning:
    results = {t: measure(model_path, n_threads=t, n_gpu_layers=n_gpu_layers) for t in thread_candidates(hw)}
    best = max(results, key=lambda t: results[t][0])
    prompt_tok_s = results[best][1]
    n_ctx = CONTEXT_CHOICES[0]
    for c in CONTEXT_CHOICES:
        if c / prompt_tok_s <= MAX_FULL_CONTEXT_SECONDS and (model_ctx is None or c <= model_ctx):
            n_ctx = c
    return Tuning(n_threads=best, n_ctx=n_ctx, decode_tok_s=round(results[best][0], 1),
                  measured_at=datetime.now(UTC).isoformat(timespec="seconds"))
