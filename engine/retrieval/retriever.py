"""Hybrid retrieval over the library: SQLite FTS5 (BM25) + Chroma vectors, fused by reciprocal rank.

Only chunks of finished documents ('ready') are ever returned, filtered by course when asked.
`assess()` also says whether the material covers the question at all (calibrated thresholds on
dense similarity and word overlap; see bench/retrieval.py), so the tutor can say "the materials
don't cover this" instead of answering from an unrelated passage.

SQLite is the source of truth: `sync_vectors()` makes Chroma match it (adds missing vectors,
drops stale ones) and `reindex()` rebuilds it from nothing. Do not run them during an import.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.cancel import CancelToken
from engine.library.importer import embedding_text
from engine.store import Store
from engine.text import loose_stem

if TYPE_CHECKING:
    from engine.answers.select import Answer
    from engine.retrieval.vectors import VectorIndex

RRF_K = 60
# Calibrated on on-topic vs off-topic questions over the sample course (bench/retrieval.py
# `coverage`; English on-topic best similarity ≥ 0.42, off-topic ≤ 0.40; Spanish questions score
# ~0.45 against any Spanish text, so similarity alone is not enough below 0.55):
# a question is covered when a passage is very similar (cosine in MiniLM's units: the engine's E5
# cosines are mapped onto that scale by `embedder.similarity`, fitted on the tune courses) ...
COVER_SIMILARITY = 0.55
# ... or fairly similar and sharing at least half of the question's content words.
COVER_SIMILARITY_WITH_WORDS = 0.41
COVER_WORD_SHARE = 0.5
# ... or containing every content word of the question while still somewhat similar ("What are
# stomata?" against a long passage that defines them: cosine 0.25, all words present).
COVER_SIMILARITY_ALL_WORDS = 0.20
_WORD = re.compile(r"\w+", re.UNICODE)
_STOPWORDS = frozenset("""
a an and are as at be been but by can could did do does doing for from had has have how i if in into is it its
me my no not of on or our so than that the their them then there these they this to too was we were what when
where which who whom why will with would you your about after before between during each few more most other
some such up down out over under again further once here all any both very just should now tell explain describe
please mean means meaning called name named give list
el la los las un una unos unas y o de del al en con por para que qué como cómo es son fue ser está están se su sus
lo le les mi tu cual cuál cuales cuáles quien quién donde dónde cuando cuándo por qué porque muy más menos hay
le la les nos os este esta estos estas ese esa eso
""".split())


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk, with what a citation needs."""

    chunk_id: int
    document_id: str
    course_id: str
    title: str
    heading_path: str
    page: int | None
    text: str
    score: float                     # fused RRF score (higher is better)
    similarity: float | None = None  # cosine to the question (None without vectors)
    word_share: float = 0.0          # share of the question's content words found in the passage

    def label(self) -> str:
        """`Title › Heading, p. N` — how a citation reads."""
        headings = self.heading_path.split(" › ") if self.heading_path else []
        if headings and headings[0].casefold() == self.title.casefold():
            headings = headings[1:]     # the top heading is usually the title itself
        heading = " › ".join([self.title, *headings])
        return f"{heading}, p. {self.page}" if self.page else heading


@dataclass(frozen=True)
class Retrieval:
    passages: tuple[Passage, ...]
    covered: bool          # does the material answer this at all?
    best_similarity: float | None
    answer: Answer | None = None   # the best answer sentence in `passages` (engine/answers), when covered


@dataclass(frozen=True)
class IndexProgress:
    done: int
    total: int


def content_words(text: str) -> list[str]:
    """Lower-cased, accent-folded words of `text` without stopwords, in order, unique."""
    words = []
    for w in _WORD.findall(text.casefold()):
        if len(w) < 2 or w in _STOPWORDS or w.isdigit() and len(w) < 2:
            continue
        words.append(_fold(w))
    return list(dict.fromkeys(words))


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# A crude shared stem for the overlap signal (volcanoes ~ volcano, plantas ~ plant): engine/text.
_stem = loose_stem


def word_share(question_words: list[str], text: str) -> float:
    if not question_words:
        return 0.0
    stems = {_stem(w) for w in content_words(text)}
    return sum(1 for w in question_words if _stem(w) in stems) / len(question_words)


def _edge_key(word: str) -> str:
    return "#" if word.strip("()[].,:;-–·|").isdigit() else word


def _repeated_edge(texts: list[str], *, start: bool, max_words: int = 14) -> str:
    """The longest run of words (at the start or the end) that at least half of `texts` share."""
    if len(texts) < 3:
        return ""
    need = max(3, (len(texts) + 1) // 2)
    split = [t.split()[:max_words] if start else t.split()[-max_words:][::-1] for t in texts]
    for n in range(max_words, 0, -1):
        counts: dict[tuple[str, ...], int] = {}
        for words in split:
            if len(words) >= n:
                key = tuple(_edge_key(w) for w in words[:n])
                counts[key] = counts.get(key, 0) + 1
        key, count = max(counts.items(), key=lambda kv: kv[1], default=((), 0))
        if count >= need and (n >= 2 or key == ("#",)):
            words = list(key) if start else list(key)[::-1]
            return r"\s+".join(r"[(\[]?\d{1,4}[)\].,:;]?" if w == "#" else re.escape(w) for w in words)
    return ""


class Retriever:
    """Searches one store's library. Thread-safe for searches (each thread reads on its own connection)."""

    def __init__(self, store: Store, *, vectors: VectorIndex | None = None, candidates: int = 20) -> None:
        self.store = store
        self.vectors = vectors
        self.candidates = candidates

    # -- search -------------------------------------------------------------------------------
    def search(self, query: str, *, course_id: str | None = None, k: int = 5) -> list[Passage]:
        """The `k` best passages for `query`, best first."""
        return list(self.assess(query, course_id=course_id, k=k).passages)

    def assess(self, query: str, *, course_id: str | None = None, k: int = 3, answer: bool = True) -> Retrieval:
        """Search, and judge whether the best passages cover the question: the passage-level
        thresholds below, then (with `answer`) checked against the best answer sentence in those
        passages (engine/answers), which also comes back in `Retrieval.answer`."""
        words = content_words(query)
        lexical = self._fts(words, course_id=course_id, limit=self.candidates)
        dense: list[tuple[int, float]] = []
        if self.vectors is not None and query.strip():
            dense = [(h.chunk_id, h.similarity) for h in
                     self.vectors.query(query, k=self.candidates, course_id=course_id)]
        fused: dict[int, float] = {}
        for rank, cid in enumerate(lexical):
            fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
        for rank, (cid, _sim) in enumerate(dense):
            fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
        sims = dict(dense)
        rows = self._rows(list(fused), course_id=course_id)   # drops unfinished and stale ids
        passages = [Passage(cid, *rows[cid][:6], score=fused[cid], similarity=sims.get(cid),
                            word_share=word_share(words, f"{rows[cid][3]} {rows[cid][5]}"))
                    for cid in sorted(fused, key=lambda c: -fused[c]) if cid in rows][:k]
        best_sim = max((p.similarity for p in passages if p.similarity is not None), default=None)
        covered = self._covers(passages, has_vectors=self.vectors is not None)
        found = Retrieval(tuple(passages), covered=covered, best_similarity=best_sim)
        if not answer or not passages:
            return found
        from engine.answers.coverage import is_covered
        from engine.answers.select import select_answer

        best = select_answer(query, [p.text for p in passages],
                             embedder=self.vectors.embedder if self.vectors is not None else None,
                             furniture=[self.furniture(p.document_id) for p in passages])
        covered = is_covered(found, best)
        return Retrieval(found.passages, covered=covered, best_similarity=best_sim, answer=best if covered else None)

    @staticmethod
    def _covers(passages: list[Passage], *, has_vectors: bool) -> bool:
        for p in passages:
            if not has_vectors:
                if p.word_share >= COVER_WORD_SHARE:
                    return True
                continue
            sim = p.similarity if p.similarity is not None else 0.0
            if (sim >= COVER_SIMILARITY or (sim >= COVER_SIMILARITY_WITH_WORDS and p.word_share >= COVER_WORD_SHARE)
                    or (sim >= COVER_SIMILARITY_ALL_WORDS and p.word_share >= 0.999)):
                return True
        return False

    # Words in more than this share of all chunks are left out of the BM25 query when rarer ones
    # remain: they barely change the ranking but make SQLite score most of the library (slow).
    COMMON_WORD_SHARE = 0.2
    PRUNE_FROM_CHUNKS = 500     # small libraries are fast anyway: keep every word

    def _fts_terms(self, words: list[str]) -> list[str]:
        db = self.store.db
        total = db.execute("SELECT count(*) FROM chunks").fetchone()[0]
        if total != getattr(self, "_df_total", None):
            self._df_total = total
            self._df: dict[str, int] = {}
        df: dict[str, int] = self._df
        for w in words:
            if w not in df:
                df[w] = db.execute("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH ?",
                                   ['"' + w.replace('"', "") + '"']).fetchone()[0]
        present = [w for w in words if df[w] > 0]
        if total < self.PRUNE_FROM_CHUNKS:
            return present
        rare = [w for w in present if df[w] <= self.COMMON_WORD_SHARE * total]
        return rare or sorted(present, key=lambda w: df[w])[:3]

    def _fts(self, words: list[str], *, course_id: str | None, limit: int) -> list[int]:
        terms = self._fts_terms(words[:24]) if words else []
        if not terms:
            return []
        match = " OR ".join('"' + w.replace('"', "") + '"' for w in terms)
        sql = ("SELECT c.id FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid"
               " JOIN documents d ON d.id = c.document_id"
               " WHERE chunks_fts MATCH ? AND d.status = 'ready'")
        params: list[object] = [match]
        if course_id:
            sql += " AND d.course_id = ?"
            params.append(course_id)
        sql += " ORDER BY bm25(chunks_fts, 1.0, 0.5) LIMIT ?"
        params.append(limit)
        return [r[0] for r in self.store.db.execute(sql, params).fetchall()]

    def _rows(self, ids: list[int], *, course_id: str | None) -> dict[int, tuple[str, str, str, str, int | None, str]]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        sql = (f"SELECT c.id, d.id, d.course_id, d.title, c.heading_path, c.page, c.text FROM chunks c"
               f" JOIN documents d ON d.id = c.document_id WHERE c.id IN ({marks}) AND d.status = 'ready'")
        params: list[object] = list(ids)
        if course_id:
            sql += " AND d.course_id = ?"
            params.append(course_id)
        return {r[0]: tuple(r[1:]) for r in self.store.db.execute(sql, params).fetchall()}

    # -- page furniture ----------------------------------------------------------------------
    def furniture(self, document_id: str) -> tuple[str, ...]:
        """Running heads and footers of a paged document (PDF): word sequences that open or close
        the text of at least half of its pages (3 pages or more), as regular expressions (page
        numbers in them match any number). Cached per document."""
        cache: dict[str, tuple[str, ...]] = self.__dict__.setdefault("_furniture", {})
        if document_id in cache:
            return cache[document_id]
        rows = self.store.db.execute("SELECT page, text FROM chunks WHERE document_id = ? AND page IS NOT NULL"
                                     " ORDER BY ordinal", [document_id]).fetchall()
        firsts: dict[int, str] = {}
        lasts: dict[int, str] = {}
        for page, text in rows:
            firsts.setdefault(page, text)
            lasts[page] = text
        found = tuple(p for p in (_repeated_edge(list(firsts.values()), start=True),
                                  _repeated_edge(list(lasts.values()), start=False)) if p)
        if len(cache) > 512:
            cache.clear()
        cache[document_id] = found
        return found

    def passage_context(self, chunk_id: int, *, around: int = 1) -> list[tuple[int, str, bool]]:
        """The cited chunk with its neighbours on the same page: (chunk id, text, is_cited), in order."""
        row = self.store.db.execute("SELECT document_id, ordinal, page FROM chunks WHERE id = ?", [chunk_id]).fetchone()
        if not row:
            return []
        doc, ordinal, page = row
        rows = self.store.db.execute(
            "SELECT id, text, page FROM chunks WHERE document_id = ? AND ordinal BETWEEN ? AND ? ORDER BY ordinal",
            [doc, ordinal - around, ordinal + around]).fetchall()
        return [(r[0], r[1], r[0] == chunk_id) for r in rows if r[2] == page or r[0] == chunk_id]

    # -- keeping Chroma in step with SQLite ---------------------------------------------------
    def ready_chunk_count(self) -> int:
        return int(self.store.db.execute(
            "SELECT count(*) FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.status = 'ready'"
        ).fetchone()[0])

    def needs_sync(self) -> bool:
        """True when the vector index does not hold exactly the library's chunks (cheap check)."""
        return self.vectors is not None and self.vectors.count() != self.ready_chunk_count()

    def sync_vectors(self, *, cancel: CancelToken | None = None, batch: int = 64) -> Iterator[IndexProgress]:
        """Add missing vectors and drop stale ones. Lazy; resumable (re-run continues)."""
        if self.vectors is None:
            return
        cancel = cancel or CancelToken()
        have = self.vectors.ids()
        rows = self.store.db.execute(
            "SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.status = 'ready'").fetchall()
        ready = {r[0] for r in rows}
        stale = sorted(have - ready)
        if stale:
            self.vectors.delete(stale)
        missing = sorted(ready - have)
        total = len(missing)
        yield IndexProgress(0, total)
        for start in range(0, total, batch):
            cancel.raise_if_cancelled()
            ids = missing[start:start + batch]
            marks = ",".join("?" * len(ids))
            got = self.store.db.execute(
                f"SELECT c.id, c.text, c.heading_path, d.course_id FROM chunks c JOIN documents d"
                f" ON d.id = c.document_id WHERE c.id IN ({marks})", ids).fetchall()
            self.vectors.add([r[0] for r in got], [embedding_text(r[1], r[2]) for r in got], [r[3] for r in got])
            yield IndexProgress(min(total, start + len(ids)), total)
        self.vectors.rebuilt = False

    def reindex(self, *, cancel: CancelToken | None = None) -> Iterator[IndexProgress]:
        """Drop every vector and rebuild them from SQLite."""
        if self.vectors is None:
            return
        self.vectors.reset()
        yield from self.sync_vectors(cancel=cancel)
