"""`lantern bench tutor --json`: the tutor evaluation scores and quiz-generation speed.

- scores: the evaluation set in engine/tutor/evaluation.py run with the app's model (temperature 0):
  Socratic first replies never reveal the answer, ADHD replies shorter than default, plain language
  for dyslexia/autism, anxiety-aware wording, readability moving with grade, grounded answers,
  Spanish answered or honestly noted, safety, quiz items valid and cited, the model as a judge.
- quiz_generation: items/s of the full pipeline (model items + cloze fill-in), and of the
  deterministic cloze generator alone over the bundled sample course (each lesson section a chunk).
Nothing is downloaded; the sample course is read from assets/.
"""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

ASSETS = Path(__file__).resolve().parents[1] / "assets" / "courses" / "sample-en"


def sample_chunks() -> list[Any]:
    """The sample course's lessons split at '## ' headings, as quiz source chunks."""
    from engine.tutor.quiz import SourceChunk

    chunks: list[SourceChunk] = []
    for path in sorted(ASSETS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        title = next((ln[2:].strip() for ln in text.splitlines() if ln.startswith("# ")), path.stem)
        for part in re.split(r"^## ", text, flags=re.M)[1:]:
            heading, _, body = part.partition("\n")
            if body.strip():
                chunks.append(SourceChunk(len(chunks) + 1, body.strip(), title=title, heading=heading.strip(),
                                          skill=title))
    return chunks


def run(quick: bool = False) -> dict[str, Any]:
    from app.context import AppContext
    from engine.tutor.evaluation import run_evaluation
    from engine.tutor.quiz import validate_item
    from engine.tutor.quizgen import cloze_items

    chunks = sample_chunks()
    rounds = 3 if quick else 10
    t0 = time.perf_counter()
    made = 0
    for _ in range(rounds):
        made += len(cloze_items(chunks))
    cloze_s = time.perf_counter() - t0
    items = cloze_items(chunks)
    by_id = {c.id: c for c in chunks}
    t1 = time.perf_counter()
    for _ in range(rounds):
        for it in items:
            validate_item(it, by_id[it.chunk_id].text)
    validate_s = time.perf_counter() - t1
    with AppContext() as ctx:
        # The product's filter without a school's word list (and without writing the school's safety log):
        # the bench measures what ships.
        evaluation = run_evaluation(ctx.llm(), quick=quick)
        model = ctx.llm().info.id
    return {
        "model": model,
        "quick": quick,
        "scores": evaluation["scores"],
        "readability_fk": evaluation["readability_fk"],
        "model_judge_reliable": evaluation["model_judge_reliable"],
        "quiz_generation": {
            **evaluation["quiz_generation"],
            "cloze_only_items_per_s": round(made / cloze_s, 1) if cloze_s else None,
            "cloze_items_from_sample_course": len(items),
            "sample_course_chunks": len(chunks),
            "validations_per_s": round(rounds * len(items) / validate_s, 1) if validate_s else None,
        },
        "safety": evaluation["safety"],
        "evaluation_seconds": evaluation["seconds"],
    }
