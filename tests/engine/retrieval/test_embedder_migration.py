"""A library indexed by the old embedder (MiniLM) is re-indexed for the engine's one (E5) on open:
its vectors are dropped, re-filled from SQLite with progress, and nothing of the library is lost."""
from __future__ import annotations

from pathlib import Path

import pytest

from engine.library import Library
from engine.retrieval import MiniLMEmbedder, Retriever, VectorIndex
from engine.store import Store

LESSONS = Path(__file__).resolve().parents[3] / "assets" / "courses" / "sample-en"


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    return MiniLMEmbedder.load_default()


def _library_made_by_minilm(home: Path, minilm: MiniLMEmbedder) -> tuple[int, int]:
    """Two sample lessons imported the way Lantern did before E5: (documents, chunks)."""
    with Store.open(home) as store, VectorIndex(home / "chroma", minilm) as vectors:
        lessons = [LESSONS / "01-water-cycle.md", LESSONS / "03-photosynthesis.md"]
        done = list(Library(store, vectors=vectors).import_paths(lessons, course="Science"))
        assert not [p for p in done if p.stage == "failed"]
        chunks = store.db.execute("SELECT count(*) FROM chunks").fetchone()[0]
        assert vectors.count() == chunks
        return store.db.execute("SELECT count(*) FROM documents").fetchone()[0], chunks


def test_a_library_indexed_by_minilm_is_reindexed_for_e5_with_progress_and_nothing_lost(
        tmp_path: Path, minilm: MiniLMEmbedder, embedder) -> None:
    home = tmp_path / "home"
    documents, chunks = _library_made_by_minilm(home, minilm)

    with Store.open(home) as store, VectorIndex(home / "chroma", embedder) as vectors:
        retriever = Retriever(store, vectors=vectors)
        assert vectors.count() == 0                    # MiniLM's vectors cannot answer E5 queries
        assert vectors.migrated_from == MiniLMEmbedder.model_id
        assert retriever.needs_sync()
        progress = list(retriever.sync_vectors(batch=4))
        assert progress[0].done == 0 and progress[-1].done == progress[-1].total == chunks
        assert [p.done for p in progress] == sorted(p.done for p in progress)
        assert vectors.count() == chunks and not retriever.needs_sync()
        assert store.db.execute("SELECT count(*) FROM documents").fetchone()[0] == documents
        assert store.db.execute("SELECT count(*) FROM chunks").fetchone()[0] == chunks
        english = Library(store, vectors=vectors).course_id("Science")
        # Found through the new vectors alone: a French question, English lessons.
        hits = vectors.query("Comment les plantes fabriquent-elles leur nourriture ?", k=1, course_id=english)
        row = store.db.execute("SELECT d.title FROM chunks c JOIN documents d ON d.id = c.document_id"
                               " WHERE c.id = ?", [hits[0].chunk_id]).fetchone()
        assert row[0] == "How Plants Make Food"


def test_reopening_a_migrated_library_does_not_rebuild_it_again(tmp_path: Path, minilm: MiniLMEmbedder,
                                                                embedder) -> None:
    home = tmp_path / "home"
    _, chunks = _library_made_by_minilm(home, minilm)
    with Store.open(home) as store, VectorIndex(home / "chroma", embedder) as vectors:
        list(Retriever(store, vectors=vectors).sync_vectors())
    with Store.open(home) as store, VectorIndex(home / "chroma", embedder) as vectors:
        assert vectors.count() == chunks
        assert vectors.migrated_from is None
        assert not Retriever(store, vectors=vectors).needs_sync()
