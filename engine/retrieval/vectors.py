"""Dense vectors for chunks in Chroma (PersistentClient in the data folder, telemetry off).

Chroma is a derived index: SQLite holds the truth, vector ids are chunk ids (text), and each
vector carries `course_id` for filtering. A missing folder is created; a damaged one is moved
aside (`chroma.broken-<time>`) and started fresh, and the caller re-fills it from SQLite.
chromadb is imported lazily (it takes about a second).
"""
from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from engine.errors import StorageError
from engine.retrieval.embedder import E5Embedder, MiniLMEmbedder, similarity

COLLECTION = "chunks"     # MiniLM's collection (every library made before the switch to E5)
log = logging.getLogger(__name__)
_registered: dict[str, type] = {}
_register_lock = threading.Lock()


class Embedder(Protocol):
    """What the index needs: `engine.retrieval.embedder.E5Embedder` (the engine's) or `MiniLMEmbedder`."""

    model_id: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...


# Each embedder has its own collection, and chromadb records the embedding function a collection was
# made with. A library indexed by another embedder is found by its collection and dropped when the
# index opens (`VectorIndex.migrated_from`); the caller then re-fills it from SQLite, the truth.
_EMBEDDERS: dict[str, tuple[str, str]] = {   # model_id -> (collection, chromadb embedding-function name)
    MiniLMEmbedder.model_id: (COLLECTION, "lantern_minilm_int8"),
    E5Embedder.model_id: ("chunks-e5-small", "lantern_multilingual_e5_small"),
}


def collection_for(model_id: str) -> str:
    """The Chroma collection holding `model_id`'s vectors."""
    if model_id not in _EMBEDDERS:
        raise StorageError(f"No vector collection is known for the embedder {model_id}.",
                           hint="Use the engine's embedder (engine.retrieval.load_engine_embedder).")
    return _EMBEDDERS[model_id][0]


def embedding_function_class(model_id: str = MiniLMEmbedder.model_id) -> type:
    """Our chromadb embedding function for `model_id`, registered once per process (a new process
    must import this before opening a collection, or chromadb cannot find its name)."""
    with _register_lock:
        for mid, (_, ef_name) in _EMBEDDERS.items():
            if mid not in _registered:
                _registered[mid] = _make_embedding_function(mid, ef_name)
        return _registered[model_id]


def _make_embedding_function(model_id: str, ef_name: str) -> type:
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
    from chromadb.utils.embedding_functions import register_embedding_function

    loader = E5Embedder.load_default if model_id == E5Embedder.model_id else MiniLMEmbedder.load_default

    class LanternEmbedding(EmbeddingFunction[Documents]):
        """One of the engine's offline embedders (passages; queries go through `VectorIndex.query`)."""

        def __init__(self, embedder: Embedder | None = None) -> None:
            self._embedder = embedder

        def _get(self) -> Embedder:
            if self._embedder is None:
                self._embedder = loader()
            return self._embedder

        def __call__(self, input: Documents) -> Embeddings:
            return list(self._get().embed(list(input)))

        @staticmethod
        def name() -> str:
            return ef_name

        def get_config(self) -> dict[str, Any]:
            return {"model": model_id}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> LanternEmbedding:
            return LanternEmbedding()

        def default_space(self) -> str:  # type: ignore[override]
            return "cosine"

        def supported_spaces(self) -> list[str]:  # type: ignore[override]
            return ["cosine"]

        def is_legacy(self) -> bool:
            return False

    LanternEmbedding.__name__ = LanternEmbedding.__qualname__ = f"Lantern_{ef_name}"
    register_embedding_function(LanternEmbedding)
    return LanternEmbedding


@dataclass(frozen=True)
class VectorHit:
    chunk_id: int
    similarity: float     # cosine similarity on the engine's scale (embedder.similarity)


class VectorIndex:
    """Chunk vectors in `<folder>` (usually `<home>/chroma`). Close when done."""

    def __init__(self, folder: Path, embedder: Embedder) -> None:
        self.folder = Path(folder)
        self.embedder = embedder
        self.collection_name = collection_for(embedder.model_id)
        self._client: Any = None
        self._collection: Any = None
        self._lock = threading.RLock()
        self.rebuilt = False     # True when the folder was missing or damaged and started fresh
        # The embedder the library was indexed with before, when it was another one: its vectors
        # were dropped on opening, and `Retriever.sync_vectors` re-fills them from SQLite.
        self.migrated_from: str | None = None

    # -- opening ------------------------------------------------------------------------------
    def _open(self) -> Any:
        with self._lock:
            if self._collection is not None:
                return self._collection
            os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
            fresh = not (self.folder / "chroma.sqlite3").exists()
            try:
                self._collection = self._connect()
                self._collection.count()
            except Exception as exc:  # noqa: BLE001 - chromadb raises many types for a damaged folder
                log.warning("Vector index at %s is damaged (%s); starting a fresh one.", self.folder, exc)
                self._discard_client()
                self._move_aside()
                fresh = True
                try:
                    self._collection = self._connect()
                except Exception as exc2:
                    raise StorageError(f"Cannot create the vector index in {self.folder}: {exc2}.",
                                       hint="Check that the data folder is writable.") from exc2
            self.rebuilt = self.rebuilt or fresh
            return self._collection

    def _connect(self) -> Any:
        import chromadb
        from chromadb.config import Settings

        ef_cls = embedding_function_class(self.embedder.model_id)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._client = chromadb.PersistentClient(path=str(self.folder),
                                                 settings=Settings(anonymized_telemetry=False, allow_reset=True))
        self._drop_other_embedders()
        return self._client.get_or_create_collection(self.collection_name, embedding_function=ef_cls(self.embedder),
                                                     metadata={"hnsw:space": "cosine"})

    def _drop_other_embedders(self) -> None:
        """The re-index migration: vectors made by another embedder cannot be searched with this
        one's queries, so their collection is dropped (SQLite keeps every chunk)."""
        for model_id, (name, _) in _EMBEDDERS.items():
            if name == self.collection_name:
                continue
            try:
                self._client.delete_collection(name)
            except Exception:  # noqa: BLE001 - chromadb raises its own NotFound types: nothing to drop
                continue
            log.info("Vector index at %s was made by %s; rebuilding it for %s.", self.folder, model_id,
                     self.embedder.model_id)
            self.migrated_from = model_id

    def _discard_client(self) -> None:
        self._collection = None
        client, self._client = self._client, None
        if client is not None:
            try:
                client.close()   # releases chromadb's shared per-path system (file handles)
            except Exception:  # noqa: BLE001 - best effort on a broken client
                pass
        self._forget_shared_system()

    def _forget_shared_system(self) -> None:
        # chromadb caches one "system" per folder for the whole process; a client whose start-up
        # failed leaves a broken one behind that a fresh client would reuse.
        try:
            from chromadb.api.shared_system_client import SharedSystemClient
        except ImportError:
            return
        ident = str(self.folder)
        with SharedSystemClient._refcount_lock:
            system = SharedSystemClient._identifier_to_system.pop(ident, None)
            SharedSystemClient._identifier_to_refcount.pop(ident, None)
        if system is not None:
            try:
                system.stop()
            except Exception:  # noqa: BLE001
                pass

    def _move_aside(self) -> None:
        if self.folder.exists():
            target = self.folder.with_name(f"{self.folder.name}.broken-{time.strftime('%Y%m%d%H%M%S')}")
            try:
                self.folder.rename(target)
            except OSError:
                shutil.rmtree(self.folder, ignore_errors=True)

    # -- operations ---------------------------------------------------------------------------
    def count(self) -> int:
        return int(self._call(lambda c: c.count()))

    def ids(self) -> set[int]:
        out: set[int] = set()
        total = self.count()
        step = 5000
        for offset in range(0, total, step):
            got = self._call(lambda c, o=offset: c.get(include=[], limit=step, offset=o))
            out.update(int(i) for i in got["ids"])
        return out

    def add(self, chunk_ids: Sequence[int], texts: Sequence[str], course_ids: Sequence[str]) -> None:
        if not chunk_ids:
            return
        vectors = self.embedder.embed(list(texts))
        self._call(lambda c: c.upsert(ids=[str(i) for i in chunk_ids], embeddings=vectors,
                                      metadatas=[{"course_id": cid} for cid in course_ids]))

    def delete(self, chunk_ids: Sequence[int]) -> None:
        ids = [str(i) for i in chunk_ids]
        for start in range(0, len(ids), 5000):
            self._call(lambda c, s=start: c.delete(ids=ids[s:s + 5000]))

    def query(self, text: str, *, k: int, course_id: str | None = None) -> list[VectorHit]:
        vector = self.embedder.embed_queries([text])
        return self.query_vector(vector[0], k=k, course_id=course_id)

    def query_vector(self, vector: Any, *, k: int, course_id: str | None = None) -> list[VectorHit]:
        if self.count() == 0:
            return []
        where = {"course_id": course_id} if course_id else None
        res = self._call(lambda c: c.query(query_embeddings=[vector], n_results=k, where=where,
                                           include=["distances"]))
        return [VectorHit(int(i), similarity(self.embedder, 1.0 - float(d)))
                for i, d in zip(res["ids"][0], res["distances"][0], strict=True)]

    def reset(self) -> None:
        """Drop every vector (the caller re-fills from SQLite)."""
        with self._lock:
            coll = self._open()
            try:
                self._client.delete_collection(self.collection_name)
            except Exception:  # noqa: BLE001 - a damaged collection: start over from the folder
                self._discard_client()
                self._move_aside()
            self._collection = None
            del coll
            self._open()

    def _call(self, fn: Any) -> Any:
        with self._lock:
            coll = self._open()
            try:
                return fn(coll)
            except Exception as exc:
                raise StorageError(f"The vector index failed: {exc}.",
                                   hint="Run `lantern library reindex` to rebuild it from the library.") from exc

    def close(self) -> None:
        with self._lock:
            self._discard_client()

    def __enter__(self) -> VectorIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
