"""`lantern bench llm`: Lantern's engine vs raw llama-cpp-python on the same model, context and threads.

Decode speed and time-to-first-token are measured in one process, rounds interleaved (raw first,
then engine first, ...) so machine noise hits both alike; the ratio is what to read, not the absolute times.
Targets: engine decode >= 0.95x raw; warm TTFT for a repeated ~500-token prefix < 0.5 s.
"""
from __future__ import annotations

import os
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DECODE_TOKENS = 128
STORY = ("Write a long adventure story for children about a young explorer who sails across the ocean.\n\n"
         "Chapter one. The morning the ship left the harbour,")


def _prefix() -> str:
    facts = " ".join(f"Station {i} on the river trail has a {['red', 'blue', 'green'][i % 3]} sign and "
                     f"{i * 2 + 3} trees beside it." for i in range(26))
    return f"Read the text and answer the question in one short sentence.\n\nText:\n\"\"\"\n{facts}\n\"\"\"\n\n"


def _time_pieces(pieces: Iterator[str]) -> tuple[float, float, int]:
    """(ttft s, decode tok/s, pieces) for a stream of text pieces, one per token."""
    start = time.perf_counter()
    first = None
    n = 0
    for text in pieces:
        if text:
            n += 1
            if first is None:
                first = time.perf_counter()
    end = time.perf_counter()
    first = first or end
    return first - start, (n - 1) / max(end - first, 1e-9), n


def _raw_decode(llm: Any, prompt: str, tokens: int) -> tuple[float, float, int]:
    """Straight from llama-cpp-python's streaming completion."""
    parts = llm.create_completion(prompt, max_tokens=tokens, temperature=0.0, repeat_penalty=1.0, seed=0, stream=True)
    return _time_pieces(p["choices"][0].get("text") or "" for p in parts)


def _engine_decode(llm: Any, prompt: str, tokens: int) -> tuple[float, float, int]:
    """Through Lantern's LocalLLM (worker thread, queue, cancellation checks)."""
    from engine.llm.backend import GenerationParams

    params = GenerationParams(max_tokens=tokens, temperature=0.0, repeat_penalty=1.0)
    return _time_pieces(c.text for c in llm.stream(prompt, params=params))


def _ttft(fn: Any, llm: Any, prompt: str) -> float:
    return fn(llm, prompt, 1)[0]


def run(quick: bool = False) -> dict[str, Any]:
    import llama_cpp
    import psutil

    from app.context import AppContext
    from engine.llm.local import LocalLLM

    ctx = AppContext()
    rec = ctx.model_record()
    opts = ctx.runtime_options(rec)
    path = Path(rec.path)
    rounds = 1 if quick else 6
    os.environ.setdefault("GGML_LOG_LEVEL", "error")

    engine = LocalLLM.load(path, model_id=rec.id, seed=0, **opts)  # type: ignore[arg-type]
    raw = llama_cpp.Llama(model_path=str(path), n_ctx=int(opts["n_ctx"]), n_threads=int(opts["n_threads"]),
                          n_threads_batch=int(opts["n_threads"]), n_gpu_layers=int(opts["n_gpu_layers"]),
                          seed=0, verbose=False)
    raw_tps, eng_tps = [], []
    for i in range(rounds):
        # Alternate who goes first: the second of a pair runs on a warmer CPU.
        pair = [(raw_tps, _raw_decode, raw), (eng_tps, _engine_decode, engine)]
        for out, fn, model in (pair if i % 2 == 0 else pair[::-1]):
            out.append(fn(model, STORY, DECODE_TOKENS)[1])

    prefix = _prefix()
    prefix_tokens = engine.count_tokens(prefix)
    cold_e, warm_e, cold_r, warm_r = [], [], [], []
    for i in range(rounds):
        # A fresh prefix each round (a different first word) so "cold" really is cold.
        p = f"Round {i}. " + prefix
        cold_r.append(_ttft(_raw_decode, raw, p + "Question: What colour is sign 4?\nAnswer:"))
        warm_r.append(_ttft(_raw_decode, raw, p + "Question: How many trees are beside station 9?\nAnswer:"))
        cold_e.append(_ttft(_engine_decode, engine, p + "Question: What colour is sign 4?\nAnswer:"))
        warm_e.append(_ttft(_engine_decode, engine, p + "Question: How many trees are beside station 9?\nAnswer:"))
    rss_mb = psutil.Process().memory_info().rss / 1e6
    engine.close()
    raw.close()
    med = statistics.median
    result = {
        "model": rec.id, "device": opts["device"], "n_threads": opts["n_threads"], "n_ctx": opts["n_ctx"],
        "rounds": rounds, "decode_tokens": DECODE_TOKENS,
        "raw": {"decode_tok_s": round(med(raw_tps), 1), "ttft_cold_s": round(med(cold_r), 3),
                "ttft_warm_s": round(med(warm_r), 3)},
        "engine": {"decode_tok_s": round(med(eng_tps), 1), "ttft_cold_s": round(med(cold_e), 3),
                   "ttft_warm_s": round(med(warm_e), 3)},
        "prefix_tokens": prefix_tokens,
        "decode_ratio_engine_vs_raw": round(med(eng_tps) / med(raw_tps), 3),
        "warm_ttft_ratio_engine_vs_raw": round(med(warm_e) / max(med(warm_r), 1e-9), 3),
        "rss_mb_both_loaded": round(rss_mb),
    }
    result["targets_met"] = {
        "decode_ratio>=0.95": result["decode_ratio_engine_vs_raw"] >= 0.95,
        "warm_ttft<0.5s": result["engine"]["ttft_warm_s"] < 0.5,
    }
    ctx.close()
    return result
