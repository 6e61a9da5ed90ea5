"""The engine's real offline embedder (multilingual E5), loaded once per session (answer ranking
uses its similarity)."""
from __future__ import annotations

import pytest

from engine.retrieval import E5Embedder, load_engine_embedder


@pytest.fixture(scope="session")
def embedder() -> E5Embedder:
    return load_engine_embedder()
