"""`LocalLLM`: the on-device model behind one worker thread, with streaming and cancellation.

llama.cpp contexts are not thread-safe. Every call into the backend runs on this object's own
single-thread executor, whichever thread asks; streamed pieces cross back through a queue.
"""
from __future__ import annotations

import json
import queue
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from engine.cancel import CancelToken
from engine.errors import ModelError
from engine.llm.backend import Completion, GenerationParams, LLMBackend, ModelInfo, TokenChunk

_DONE = object()


class LocalLLM:
    """A loaded model used from any thread; generation is serialised on one worker thread."""

    def __init__(self, backend: LLMBackend, *, executor: ThreadPoolExecutor | None = None) -> None:
        self._backend = backend
        self._executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="lantern-llm")
        self._closed = False

    @classmethod
    def load(cls, model_path: Path, *, model_id: str, n_ctx: int, n_threads: int, n_gpu_layers: int = 0,
             device: str = "cpu", seed: int = 0) -> LocalLLM:
        """Load a GGUF with llama.cpp (on the worker thread that will use it)."""
        from engine.llm.llama_backend import LlamaCppBackend

        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lantern-llm")
        future = executor.submit(LlamaCppBackend, model_path, model_id=model_id, n_ctx=n_ctx,
                                 n_threads=n_threads, n_gpu_layers=n_gpu_layers, device=device, seed=seed)
        try:
            backend = future.result()
        except BaseException:
            executor.shutdown(wait=False)
            raise
        return cls(backend, executor=executor)

    @property
    def info(self) -> ModelInfo:
        return self._backend.info

    def count_tokens(self, text: str) -> int:
        return self._executor.submit(self._backend.count_tokens, text).result()

    def stream(self, prompt: str, *, params: GenerationParams | None = None,
               cancel: CancelToken | None = None) -> Iterator[TokenChunk]:
        """Yield the answer piece by piece. Lazy: nothing runs until the first `next()`.

        Closing the generator early (or `cancel.cancel()`) stops generation within one token.
        Raises the backend's error (e.g. ModelError) from the consumer's thread.
        """
        if self._closed:
            raise ModelError("The model has been closed.")
        params = params or GenerationParams()
        # A child token: cancelled by the caller, or by us when the consumer walks away.
        stop_here = CancelToken(parent=cancel)
        pieces: queue.Queue[Any] = queue.Queue()

        def work() -> None:
            try:
                for chunk in self._backend.stream(prompt, params, stop_here):
                    pieces.put(chunk)
            except BaseException as exc:  # noqa: BLE001 - re-raised on the consumer's side
                pieces.put(exc)
            finally:
                pieces.put(_DONE)

        self._executor.submit(work)
        try:
            while (item := pieces.get()) is not _DONE:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop_here.cancel()

    def complete(self, prompt: str, *, params: GenerationParams | None = None,
                 cancel: CancelToken | None = None) -> Completion:
        """Generate a whole answer (non-streaming)."""
        start = time.perf_counter()
        first: float | None = None
        parts: list[str] = []
        probs: list[float] = []
        finish = "stop"
        for chunk in self.stream(prompt, params=params, cancel=cancel):
            if chunk.text:
                if first is None:
                    first = time.perf_counter() - start
                parts.append(chunk.text)
                if chunk.probability is not None:
                    probs.append(chunk.probability)
            if chunk.finish_reason:
                finish = chunk.finish_reason
        text = "".join(parts)
        return Completion(text=text, finish_reason=finish, prompt_tokens=self.count_tokens(prompt),
                          completion_tokens=self.count_tokens(text) if text else 0,
                          seconds=time.perf_counter() - start, first_token_seconds=first,
                          token_probabilities=tuple(probs))

    def generate_json(self, prompt: str, schema: dict[str, Any], *, params: GenerationParams | None = None,
                      cancel: CancelToken | None = None) -> Any:
        """Generate output constrained to `schema` and parse it. The content still needs validating."""
        base = params or GenerationParams(max_tokens=400)
        p = GenerationParams(**{**base.__dict__, "json_schema": schema, "stop": ()})
        result = self.complete(prompt, params=p, cancel=cancel)
        try:
            return json.loads(result.text)
        except json.JSONDecodeError as exc:
            # Only happens when max_tokens cut the JSON short.
            raise ModelError(f"The model's JSON answer was cut short ({result.completion_tokens} tokens).",
                             hint="Raise max_tokens for this request.") from exc

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._executor.submit(self._backend.close).result()
        self._executor.shutdown(wait=True)

    def __enter__(self) -> LocalLLM:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

