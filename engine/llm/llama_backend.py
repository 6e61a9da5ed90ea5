"""The llama.cpp backend (llama-cpp-python)."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from engine.cancel import CancelToken
from engine.errors import ModelError
from engine.llm.backend import GenerationParams, ModelInfo, TokenChunk

# Tokens kept free at the end of the context so an answer always has room to start.
_MIN_ANSWER_ROOM = 16


class ConfidenceRecorder:
    """A llama.cpp logits processor that records the top token's probability at each step.

    With greedy decoding (temperature 0) that is the probability of the emitted token; it is the
    cheapest honest confidence signal a base model gives (no logits_all buffer needed).
    """

    def __init__(self) -> None:
        self.probabilities: list[float] = []

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import numpy as np

        top = float(np.max(scores))
        # log-sum-exp, stable: p(top) = 1 / sum(exp(s - top))
        self.probabilities.append(1.0 / float(np.sum(np.exp(scores - top))))
        return scores


_LOG_CALLBACK: object = None


def _silence_llama_log(llama_cpp: Any) -> None:
    """llama.cpp prints notices to stderr even with verbose=False; route them nowhere."""
    global _LOG_CALLBACK
    if _LOG_CALLBACK is None:
        import ctypes

        @llama_cpp.llama_log_callback
        def _drop(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
            return None

        _LOG_CALLBACK = _drop  # keep a reference: llama.cpp holds a raw pointer to it
        llama_cpp.llama_log_set(_LOG_CALLBACK, ctypes.c_void_p(0))


class LlamaCppBackend:
    """One loaded GGUF model. Not thread-safe: use it from one thread (LocalLLM does that)."""

    def __init__(self, model_path: Path, *, model_id: str, n_ctx: int, n_threads: int,
                 n_gpu_layers: int, device: str, seed: int = 0) -> None:
        os.environ.setdefault("GGML_LOG_LEVEL", "error")
        import llama_cpp

        _silence_llama_log(llama_cpp)
        self._llama_cpp = llama_cpp
        path = Path(model_path)
        if not path.exists():
            raise ModelError(f"Model file {path} is missing.", hint="Run 'lantern models provision'.")
        try:
            self._llm = llama_cpp.Llama(
                model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads,
                n_gpu_layers=n_gpu_layers, seed=seed, verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelError(f"llama.cpp could not load {path.name}: {exc}.",
                             hint="The file may be damaged or use an architecture this build does not know; "
                                  "try 'lantern models add' again or pick another model.") from exc
        meta = dict(self._llm.metadata)
        template = meta.get("tokenizer.chat_template")
        self.info = ModelInfo(
            id=model_id, name=meta.get("general.name", path.stem), architecture=meta.get("general.architecture", "?"),
            is_instruct=bool(template), chat_template=template,
            bos_token=self._token_text(self._llm.token_bos()), eos_token=self._token_text(self._llm.token_eos()),
            n_ctx=self._llm.n_ctx(), n_threads=n_threads, n_gpu_layers=n_gpu_layers, device=device,
        )
        self._grammars: dict[str, Any] = {}

    def _token_text(self, token: int) -> str:
        if token < 0:
            return ""
        return self._llm.detokenize([token], special=True).decode("utf-8", "replace")

    def count_tokens(self, text: str) -> int:
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def _grammar(self, schema: dict[str, Any]) -> Any:
        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            from llama_cpp import LlamaGrammar

            self._grammars[key] = LlamaGrammar.from_json_schema(key, verbose=False)
        return self._grammars[key]

    def stream(self, prompt: str, params: GenerationParams, cancel: CancelToken) -> Iterator[TokenChunk]:
        prompt_tokens = len(self._llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=True))
        room = self.info.n_ctx - prompt_tokens
        if room < _MIN_ANSWER_ROOM:
            raise ModelError(
                f"The prompt is {prompt_tokens} tokens but the model's context holds {self.info.n_ctx}.",
                hint="Ask a shorter question, use fewer materials, or raise LANTERN_N_CTX.")
        recorder = ConfidenceRecorder() if params.confidence else None
        kwargs: dict[str, Any] = dict(
            max_tokens=min(params.max_tokens, room), temperature=params.temperature, top_p=params.top_p,
            repeat_penalty=params.repeat_penalty, stop=list(params.stop) or None, seed=params.seed, stream=True,
        )
        if params.json_schema is not None:
            kwargs["grammar"] = self._grammar(params.json_schema)
        if recorder is not None:
            kwargs["logits_processor"] = self._llama_cpp.LogitsProcessorList([recorder])
        if cancel.cancelled:
            yield TokenChunk("", finish_reason="cancelled")
            return
        gen: Any = self._llm.create_completion(prompt, **kwargs)   # streaming: an iterator of dict parts
        finish = "stop"
        try:
            for part in gen:
                choice = part["choices"][0]
                text = choice.get("text") or ""
                reason = choice.get("finish_reason")
                prob = recorder.probabilities[-1] if recorder and recorder.probabilities else None
                if text:
                    yield TokenChunk(text, probability=prob)
                if reason:
                    finish = reason
                if cancel.cancelled:
                    finish = "cancelled"
                    break
        finally:
            gen.close()
        yield TokenChunk("", finish_reason=finish)

    def close(self) -> None:
        llm, self._llm = getattr(self, "_llm", None), None  # type: ignore[assignment]
        if llm is not None:
            llm.close()

