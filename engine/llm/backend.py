"""The small protocol every LLM backend implements (llama.cpp today; mlc-llm can plug in later)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from engine.cancel import CancelToken


@dataclass(frozen=True)
class ModelInfo:
    """What the loaded model is and where it runs."""

    id: str
    name: str
    architecture: str
    is_instruct: bool          # has a chat template → chat prompts; else completion prompts
    chat_template: str | None
    bos_token: str
    eos_token: str
    n_ctx: int
    n_threads: int
    n_gpu_layers: int
    device: str                # "cpu", "cuda", "metal", ...


@dataclass(frozen=True)
class GenerationParams:
    max_tokens: int = 200
    temperature: float = 0.0
    top_p: float = 0.95
    repeat_penalty: float = 1.1
    stop: tuple[str, ...] = ()
    seed: int = 0
    json_schema: dict[str, Any] | None = None   # constrain output to this schema (llama.cpp grammar)
    confidence: bool = False                    # record each token's probability (for routing)


@dataclass(frozen=True)
class TokenChunk:
    """One streamed piece of an answer. The last chunk has `finish_reason` set (its text may be '')."""

    text: str
    finish_reason: str | None = None    # "stop" | "length" | "cancelled"
    probability: float | None = None    # probability the model gave this piece (confidence=True)


@dataclass(frozen=True)
class Completion:
    text: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    first_token_seconds: float | None
    token_probabilities: tuple[float, ...] = field(default=())


@runtime_checkable
class LLMBackend(Protocol):
    """A loaded model. Not thread-safe: `LocalLLM` gives it one worker thread."""

    info: ModelInfo

    def stream(self, prompt: str, params: GenerationParams, cancel: CancelToken) -> Iterator[TokenChunk]:
        """Yield the continuation of `prompt` piece by piece; stop within one token of `cancel`."""
        ...

    def count_tokens(self, text: str) -> int: ...

    def close(self) -> None: ...
