"""Real SQLite, real Chroma, the engine's real offline embedder (multilingual E5, loaded once per session)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from engine.library import Library
from engine.retrieval import E5Embedder, Retriever, VectorIndex, load_engine_embedder
from engine.store import Store

ASSETS = Path(__file__).resolve().parents[3] / "assets"


@pytest.fixture(scope="session")
def embedder() -> E5Embedder:
    return load_engine_embedder()


@dataclass
class Kit:
    home: Path
    store: Store
    vectors: VectorIndex
    library: Library
    retriever: Retriever

    def reopen_vectors(self, embedder: E5Embedder) -> None:
        self.vectors.close()
        self.vectors = VectorIndex(self.home / "chroma", embedder)
        self.library.vectors = self.vectors
        self.retriever.vectors = self.vectors


def _make_kit(home: Path, embedder: E5Embedder) -> Kit:
    store = Store.open(home)
    vectors = VectorIndex(home / "chroma", embedder)
    return Kit(home, store, vectors, Library(store, vectors=vectors), Retriever(store, vectors=vectors))


def _close(k: Kit) -> None:
    k.vectors.close()
    k.store.close()


@pytest.fixture
def kit(tmp_path: Path, embedder: E5Embedder) -> Iterator[Kit]:
    k = _make_kit(tmp_path / "home", embedder)
    yield k
    _close(k)


@pytest.fixture
def fresh_sample_kit(kit: Kit) -> Kit:
    """The bundled sample course (English and Spanish) imported, for a test that changes it."""
    from engine.library import ensure_sample_course

    assert ensure_sample_course(kit.library, ASSETS) == 8
    return kit


@pytest.fixture(scope="session")
def sample_kit(tmp_path_factory: pytest.TempPathFactory, embedder: E5Embedder) -> Iterator[Kit]:
    """The bundled sample course imported once, for tests that only read it."""
    from engine.library import ensure_sample_course

    k = _make_kit(tmp_path_factory.mktemp("sample") / "home", embedder)
    assert ensure_sample_course(k.library, ASSETS) == 8
    yield k
    _close(k)
