"""`lantern bench answers --json`: are the library's answers the ones a teacher would sign?

Courses and questions are in bench/data/answers/ (written for this bench): a fictional town course
(plain text whose first line is a title, Markdown), a programming course with code blocks, two
textbook-style HTML chapters (navigation, figure captions, tables, footers), an Earth-science unit
turned into a PDF here with fpdf2 (a running head and a page number on every page), and a Spanish
course; some questions are asked in Spanish about English material. Courses are split: `tune`
(wenlow, computing) may be used to choose weights and thresholds, `held_out` is only reported.

Per set: fact accuracy through the `lantern ask --course` path (`answer_from_library`), false
refusals (a covered question answered "not covered"), false accepts (an off-topic question
answered from the material), computed arithmetic; the Socratic "telling rate" (the expected answer
shown before the last rung, cf. MathDial) and Explain/Socratic latency through `Tutor.respond`;
and the bundled model's general-knowledge accuracy (engine/answers/general_check.py).
Everything runs in a temporary data folder; nothing is downloaded.
"""
from __future__ import annotations

import json
import re
import statistics
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "answers"
RUNNING_HEAD = "Earth Science for Grade 6 - Unit 3: Our Planet"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def contains_fact(answer: str, expect: list[str]) -> bool:
    return any(_fold(e) in _fold(answer) for e in expect)


def load_questions() -> dict[str, Any]:
    return json.loads((DATA / "questions.json").read_text(encoding="utf-8"))


def make_pdf(markdown: Path, target: Path) -> Path:
    """A textbook-style PDF from a '# Heading' + paragraphs file: one section per page, with a
    running head and a page number on every page (the page furniture answers must never use)."""
    from fpdf import FPDF

    class Book(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "I", 9)
            self.cell(0, 8, RUNNING_HEAD, align="C")
            self.ln(14)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 9)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Book()
    pdf.set_title("Earth Science for Grade 6")
    for section in re.split(r"^# ", markdown.read_text(encoding="utf-8"), flags=re.M)[1:]:
        heading, _, body = section.partition("\n")
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.multi_cell(0, 10, heading.strip())
        pdf.ln(2)
        pdf.set_font("Helvetica", "", 12)
        for para in [p.strip() for p in body.split("\n\n") if p.strip()]:
            pdf.multi_cell(0, 7, " ".join(para.split()))
            pdf.ln(4)
    pdf.output(str(target))
    return target


def import_courses(library: Any, spec: dict[str, Any], work: Path) -> dict[str, str]:
    """Import every course; returns course name → course id."""
    ids: dict[str, str] = {}
    for name, course in spec["courses"].items():
        paths = [DATA / "courses" / f for f in course["files"]]
        if course.get("as_pdf"):
            paths = [make_pdf(p, work / (p.stem + ".pdf")) for p in paths]
        items = list(library.import_paths(paths, course=name))
        failed = [i for i in items if i.stage == "failed"]
        if failed:
            raise RuntimeError(f"import of {name} failed: {failed}")
        ids[name] = library.course_id(name)
    return ids


def _is_spanish(q: str) -> bool:
    return "¿" in q


def run_library_answers(llm: Any, retriever: Any, spec: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """Every question through the `lantern ask --course` path."""
    from engine.llm.backend import GenerationParams
    from engine.tutor.library_answer import answer_from_library

    params = GenerationParams(max_tokens=48, temperature=0.0, seed=0)
    rows = []
    for q in spec["questions"]:
        t = time.perf_counter()
        answer, cites = answer_from_library(llm, retriever, q["q"], course_id=ids[q["course"]], params=params)
        ms = (time.perf_counter() - t) * 1000
        split = spec["courses"][q["course"]]["split"]
        row = {"split": split, "course": q["course"], "kind": q["kind"], "q": q["q"], "answer": answer[:200],
               "covered": cites.covered, "ms": round(ms, 1)}
        if q["kind"] != "off":
            row["ok"] = contains_fact(answer, q["expect"])
        rows.append(row)
    return {"rows": rows}


def run_tutor(llm: Any, retriever: Any, spec: dict[str, Any], ids: dict[str, str], *, every: int) -> list[dict]:
    """Socratic ladders and Explain replies through `Tutor.respond` for every `every`-th fact question."""
    from engine.tutor.profile import LearnerProfile
    from engine.tutor.tutor import Tutor

    tutor = Tutor(llm, retriever=retriever)
    facts = [q for q in spec["questions"] if q["kind"] == "fact"][::every]
    rows = []
    for q in facts:
        profile = LearnerProfile("bench", "Bench", grade=5, language="es" if _is_spanish(q["q"]) else "en")
        course = ids[q["course"]]
        tutor._answers.clear()   # cold per question: every reply is measured from the question
        t = time.perf_counter()
        explain = tutor.respond(profile, q["q"], mode="explain", course_id=course)
        explain_s = time.perf_counter() - t
        tutor._answers.clear()
        rungs, socratic_s = [], 0.0
        for level in range(4):
            t = time.perf_counter()
            reply = tutor.respond(profile, q["q"], mode="socratic", course_id=course, hint_level=level)
            if level == 0:
                socratic_s = time.perf_counter() - t
            rungs.append(reply.text)
        rows.append({"split": spec["courses"][q["course"]]["split"], "q": q["q"],
                     "explain_ok": contains_fact(explain.text, q["expect"]),
                     "told_early": any(contains_fact(r, q["expect"]) for r in rungs[:3]),
                     "final_ok": contains_fact(rungs[3], q["expect"]),
                     "explain_s": round(explain_s, 3), "socratic_first_s": round(socratic_s, 3),
                     "rungs": [r[:160] for r in rungs], "explain": explain.text[:200]})
    return rows


def _rate(n: int, d: int) -> str:
    return f"{n}/{d}" if d else "0/0"


def summarise(rows: list[dict], tutor_rows: list[dict]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for split in ("tune", "held_out"):
        mine = [r for r in rows if r["split"] == split]
        facts = [r for r in mine if r["kind"] == "fact"]
        off = [r for r in mine if r["kind"] == "off"]
        arith = [r for r in mine if r["kind"] == "arith"]
        spanish = [r for r in facts if _is_spanish(r["q"])]
        t = [r for r in tutor_rows if r["split"] == split]
        out[split] = {
            "fact_accuracy": _rate(sum(r["ok"] for r in facts), len(facts)),
            "fact_accuracy_pct": round(100 * sum(r["ok"] for r in facts) / max(1, len(facts)), 1),
            "false_refusals": _rate(sum(not r["covered"] for r in facts), len(facts)),
            "false_accepts": _rate(sum(r["covered"] for r in off), len(off)),
            "spanish_questions_right": _rate(sum(r["ok"] for r in spanish), len(spanish)),
            "arithmetic_right": _rate(sum(r["ok"] for r in arith), len(arith)),
            "by_course": {c: _rate(sum(r["ok"] for r in facts if r["course"] == c),
                                   sum(1 for r in facts if r["course"] == c))
                          for c in dict.fromkeys(r["course"] for r in facts)},
            "socratic_telling_rate": _rate(sum(r["told_early"] for r in t), len(t)),
            "socratic_final_rung_right": _rate(sum(r["final_ok"] for r in t), len(t)),
            "explain_right": _rate(sum(r["explain_ok"] for r in t), len(t)),
        }
    lat = [r["ms"] for r in rows]
    out["latency"] = {
        "library_answer_p50_ms": round(statistics.median(lat), 1),
        "library_answer_max_ms": round(max(lat), 1),
        "explain_p50_s": round(statistics.median(r["explain_s"] for r in tutor_rows), 3) if tutor_rows else None,
        "explain_max_s": round(max(r["explain_s"] for r in tutor_rows), 3) if tutor_rows else None,
        "socratic_first_p50_s": round(statistics.median(r["socratic_first_s"] for r in tutor_rows), 3)
        if tutor_rows else None,
        "socratic_first_max_s": round(max(r["socratic_first_s"] for r in tutor_rows), 3) if tutor_rows else None,
    }
    return out


def run(quick: bool = False) -> dict[str, Any]:
    import os

    from app.context import AppContext
    from engine.llm.backend import GenerationParams
    from engine.answers.general_check import GENERAL_QUESTIONS, check_general_knowledge
    from engine.library import Library
    from engine.retrieval import Retriever, VectorIndex, load_engine_embedder
    from engine.store import Store

    spec = load_questions()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lantern-bench-answers-") as tmp, AppContext() as ctx:
        work = Path(tmp)
        store = Store.open(work / "home")
        vectors = VectorIndex(work / "home" / "chroma", load_engine_embedder())
        try:
            ids = import_courses(Library(store, vectors=vectors), spec, work)
            retriever = Retriever(store, vectors=vectors)
            llm = ctx.llm()
            llm.complete("Warm up.", params=GenerationParams(max_tokens=4, temperature=0.0, seed=0))
            library = run_library_answers(llm, retriever, spec, ids)
            tutor_rows = run_tutor(llm, retriever, spec, ids, every=6 if quick else 2)
            check, general_rows = check_general_knowledge(
                llm, questions=GENERAL_QUESTIONS[:12] if quick else GENERAL_QUESTIONS)
        finally:
            vectors.close()
            store.close()
        model = f"{llm.info.id} ({'instruct' if llm.info.is_instruct else 'base'})"
    result: dict[str, Any] = {"bench": "answers", "quick": quick, "model": model, "cpu_count": os.cpu_count(),
                              **summarise(library["rows"], tutor_rows)}
    result["general_knowledge"] = {"right": f"{check.correct}/{check.total}",
                                   "accuracy_pct": round(100 * check.accuracy, 1), "passes_90pct": check.passed,
                                   "wrong": [r for r in general_rows if not r["ok"]][:12]}
    result["misses"] = [{k: r[k] for k in ("split", "q", "answer", "covered")} for r in library["rows"]
                        if (r["kind"] != "off" and not r["ok"]) or (r["kind"] == "off" and r["covered"])]
    result["tutor_misses"] = [r for r in tutor_rows if r["told_early"] or not r["final_ok"]][:10]
    result["seconds"] = round(time.perf_counter() - t0, 1)
    return result
