"""`lantern bench teacher --json`: the teacher workspace on a 30-passage course with the bundled model.

The course is the bundled English sample course (assets/courses/sample-en) with each lesson section
a passage and the 13 longest sections cut in two at a sentence end: 30 passages in 4 documents,
imported by the real importer into a fresh store in a temporary folder (no vector index).

- outline_s: building the learning path (definitions, prerequisite order), median of rounds;
- quiz_generation: `generate_items` for 30 items over the course, lesson by lesson, with the app's
  model writing up to `quiz_model_items` of them (the rest cloze), wall and CPU seconds (all
  threads), and cloze-only for comparison;
- check_s: the material check; simplify_ms_per_passage: rule-based easier reading for grade 4.
Nothing is downloaded.
"""
from __future__ import annotations

import re
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

SAMPLE = Path(__file__).resolve().parents[1] / "assets" / "courses" / "sample-en"
PASSAGES = 30


def write_course(folder: Path) -> int:
    """The sample course as 30 passages (one `##` section each) in `folder`; returns the count."""
    from engine.text import sentences_of

    docs: list[tuple[str, str, list[tuple[str, str]]]] = []
    for path in sorted(SAMPLE.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        title = next((ln[2:].strip() for ln in text.splitlines() if ln.startswith("# ")), path.stem)
        sections = []
        for part in re.split(r"^## ", text, flags=re.M)[1:]:
            heading, _, body = part.partition("\n")
            if body.strip():
                sections.append((heading.strip(), " ".join(body.split())))
        docs.append((path.name, title, sections))
    flat = [(d, k, len(body)) for d, (_, _, secs) in enumerate(docs) for k, (_, body) in enumerate(secs)]
    to_split = {(d, k) for d, k, _ in sorted(flat, key=lambda t: -t[2])[:max(0, PASSAGES - len(flat))]}
    count = 0
    for d, (name, title, secs) in enumerate(docs):
        out = [f"# {title}\n"]
        for k, (heading, body) in enumerate(secs):
            sents = sentences_of(body)
            if (d, k) in to_split and len(sents) > 1:
                half = len(sents) // 2
                out += [f"## {heading}\n\n{' '.join(sents[:half])}\n",
                        f"## {heading} (2)\n\n{' '.join(sents[half:])}\n"]
                count += 2
            else:
                out.append(f"## {heading}\n\n{body}\n")
                count += 1
        (folder / name).write_text("\n".join(out), encoding="utf-8")
    return count


def run(quick: bool = False) -> dict[str, Any]:
    from app.context import AppContext
    from engine.library.importer import Library
    from engine.store import Store
    from engine.teacher.check import check_course
    from engine.teacher.material import course_passages
    from engine.teacher.outline import build_outline
    from engine.teacher.quiz_review import generate_items
    from engine.teacher.simplify import simplify_text

    rounds = 3 if quick else 10
    with tempfile.TemporaryDirectory(prefix="lantern-bench-teacher-") as tmp:
        src = Path(tmp) / "course"
        src.mkdir()
        written = write_course(src)
        with Store.open(Path(tmp) / "home") as store, AppContext() as ctx:
            t0 = time.perf_counter()
            lib = Library(store)
            for _ in lib.import_paths([src], course="Bench"):
                pass
            import_s = time.perf_counter() - t0
            passages = course_passages(store, lib.course_id("Bench") or "")
            outline_times = []
            for _ in range(rounds):
                t = time.perf_counter()
                outline = build_outline(store, "Bench")
                outline_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            cloze = generate_items(store, "Bench", n_items=PASSAGES, max_model_items=0)
            cloze_s = time.perf_counter() - t
            with store.write() as db:
                db.execute("DELETE FROM quiz_items")
            llm = ctx.llm()
            model_items = ctx.settings.quiz_model_items
            t, cpu = time.perf_counter(), time.process_time()
            with_model = generate_items(store, "Bench", llm=llm, n_items=PASSAGES, max_model_items=model_items)
            model_s, model_cpu_s = time.perf_counter() - t, time.process_time() - cpu
            t = time.perf_counter()
            findings = check_course(store, "Bench", grade=5)
            check_s = time.perf_counter() - t
            t = time.perf_counter()
            kept = sum(simplify_text(p.text, grade=4).facts_kept for p in passages)
            simplify_s = time.perf_counter() - t
            return {
                "model": llm.info.id,
                "quick": quick,
                "passages": len(passages),
                "passages_written": written,
                "import_s": round(import_s, 3),
                "outline": {"median_s": round(statistics.median(outline_times), 4), "rounds": rounds,
                            "units": len(outline.units), "lessons": len(outline.lessons),
                            "lessons_placed_by_prerequisite": sum(x.reason.startswith("after ")
                                                                  for x in outline.lessons)},
                "quiz_generation": {
                    "items": len(with_model), "seconds": round(model_s, 2),
                    "cpu_seconds": round(model_cpu_s, 2),   # all threads: the wall time on a busy machine misleads
                    "model_items_asked": model_items,
                    "model_items_kept": sum(i.origin == "model" for i in with_model),
                    "cloze_only_items": len(cloze), "cloze_only_seconds": round(cloze_s, 3),
                },
                "check": {"seconds": round(check_s, 3), "findings": len(findings),
                          "by_kind": {k: sum(f.kind == k for f in findings)
                                      for k in sorted({f.kind for f in findings})}},
                "simplify": {"ms_per_passage": round(1000 * simplify_s / max(1, len(passages)), 1),
                             "facts_kept": f"{kept}/{len(passages)}"},
            }
