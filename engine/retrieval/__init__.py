"""Hybrid retrieval: FTS5 + Chroma (the offline multilingual E5 embedder), reciprocal-rank fusion.
chromadb loads lazily."""
from __future__ import annotations

from engine.retrieval.embedder import E5Embedder, MiniLMEmbedder, load_engine_embedder
from engine.retrieval.retriever import IndexProgress, Passage, Retrieval, Retriever
from engine.retrieval.vectors import VectorIndex

__all__ = ["E5Embedder", "IndexProgress", "MiniLMEmbedder", "Passage", "Retrieval", "Retriever", "VectorIndex",
           "load_engine_embedder"]
