"""The real offline MiniLM, loaded once per session (answer ranking uses its similarity)."""
from __future__ import annotations

import pytest

from engine.retrieval import MiniLMEmbedder


@pytest.fixture(scope="session")
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder.load_default()
