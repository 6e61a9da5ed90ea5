"""Hybrid retrieval: FTS5 + Chroma (offline MiniLM), reciprocal-rank fusion. chromadb loads lazily."""
from __future__ import annotations

from engine.retrieval.embedder import MiniLMEmbedder
from engine.retrieval.retriever import IndexProgress, Passage, Retrieval, Retriever
from engine.retrieval.vectors import VectorIndex

__all__ = ["IndexProgress", "MiniLMEmbedder", "Passage", "Retrieval", "Retriever", "VectorIndex"]
