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
SPANISH_COURSES = ("sistema-solar",)   # material in Spanish (its questions are not cross-language)


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


def _hyphenate(pdf: Any, word: str, room: float) -> tuple[str, str] | None:
    """Split `word` so that its head plus '-' fits in `room` (3+ letters on each side), or None."""
    for cut in range(len(word) - 3, 2, -1):
        head = word[:cut]
        if head.isalpha() and word[cut:].isalpha() and pdf.get_string_width(head + "-") <= room:
            return head + "-", word[cut:]
    return None


def make_two_column_pdf(markdown: Path, target: Path) -> Path:
    """A textbook page as a layout program makes it, from '# 4.1 Heading' + paragraphs: two columns
    per page, words hyphenated at line ends, running heads that differ on odd and even pages, a
    footer with the page number, figure placeholders with 'Figure 4.1 ...' captions ('> ' lines),
    a boxed glossary ('[BOX] ' lines) and a ruled table ('[TABLE] a | b ; c | d')."""
    from fpdf import FPDF

    heads = ("Living Things, Grade 6", "Unit 4: Plants")
    pdf = FPDF(format=(148, 210))   # A5
    pdf.set_auto_page_break(False)
    pdf.set_title("Living Things, Grade 6 - Unit 4: Plants")
    margin, gutter, top, bottom, lh = 11.0, 6.0, 22.0, 192.0, 4.6
    width = (148 - 2 * margin - gutter) / 2
    state = {"col": 1, "y": bottom}

    def new_column() -> None:
        if state["col"] == 1:
            state["col"], state["y"] = 0, top
            pdf.add_page()
            pdf.set_font("Helvetica", "I", 8)
            pdf.set_xy(margin, 9)
            pdf.cell(148 - 2 * margin, 5, heads[(pdf.page_no() + 1) % 2], align="R" if pdf.page_no() % 2 else "L")
            pdf.line(margin, 15, 148 - margin, 15)
            pdf.set_xy(margin, 198)
            pdf.cell(148 - 2 * margin, 5, f"Living Things - Open School Texts       {pdf.page_no() + 40}",
                     align="R" if pdf.page_no() % 2 else "L")
        else:
            state["col"], state["y"] = 1, top

    def need(height: float) -> float:
        if state["y"] + height > bottom:
            new_column()
        return margin + state["col"] * (width + gutter)

    def write_lines(text: str, style: str, size: float) -> None:
        pdf.set_font("Helvetica", style, size)
        words, line = text.split(), ""
        while words:
            word = words.pop(0)
            trial = f"{line} {word}".strip()
            if pdf.get_string_width(trial) <= width:
                line = trial
                continue
            split = _hyphenate(pdf, word, width - pdf.get_string_width(line + " ")) if line else None
            if split:
                line = f"{line} {split[0]}"
                words.insert(0, split[1])
            else:
                words.insert(0, word)
            x = need(lh)
            pdf.set_xy(x, state["y"])
            pdf.cell(width, lh, line)
            state["y"] += lh
            line = ""
        if line:
            x = need(lh)
            pdf.set_xy(x, state["y"])
            pdf.cell(width, lh, line)
            state["y"] += lh

    new_column()
    for block in [b.strip() for b in markdown.read_text(encoding="utf-8").split("\n\n") if b.strip()]:
        if block.startswith("# "):
            state["y"] += 3
            need(3 * lh)
            write_lines(block[2:], "B", 12)
            state["y"] += 1
        elif block.startswith("> "):
            x = need(30 + 3 * lh)
            pdf.set_fill_color(220, 220, 220)
            pdf.rect(x, state["y"], width, 28, style="F")
            state["y"] += 30
            write_lines(block[2:], "I", 8.5)
        elif block.startswith("[BOX] "):
            pdf.set_font("Helvetica", "", 9)
            x = need(40)
            y0 = state["y"]
            state["y"] += 2
            write_lines(block[6:], "", 9)
            pdf.rect(x - 1, y0, width + 2, state["y"] - y0 + 2)
            state["y"] += 4
        elif block.startswith("[TABLE] "):
            rows = [[c.strip() for c in r.split("|")] for r in block[8:].split(";")]
            x = need(len(rows) * 6 + 2)
            pdf.set_font("Helvetica", "", 9)
            for r, cells in enumerate(rows):
                pdf.set_font("Helvetica", "B" if r == 0 else "", 9)
                for c, cell in enumerate(cells):
                    pdf.set_xy(x + c * width / 2, state["y"])
                    pdf.cell(width / 2, 6, cell, border=1)
                state["y"] += 6
            state["y"] += 3
        else:
            write_lines(" ".join(block.split()), "", 10)
            state["y"] += 2
    pdf.output(str(target))
    return target


def import_courses(library: Any, spec: dict[str, Any], work: Path) -> dict[str, str]:
    """Import every course; returns course name → course id."""
    ids: dict[str, str] = {}
    for name, course in spec["courses"].items():
        paths = [DATA / "courses" / f for f in course["files"]]
        if course.get("as_pdf") == "two_column":
            paths = [make_two_column_pdf(p, work / (p.stem + ".pdf")) for p in paths]
        elif course.get("as_pdf"):
            paths = [make_pdf(p, work / (p.stem + ".pdf")) for p in paths]
        items = list(library.import_paths(paths, course=name))
        failed = [i for i in items if i.stage == "failed"]
        if failed:
            raise RuntimeError(f"import of {name} failed: {failed}")
        ids[name] = library.course_id(name)
    return ids


def _is_spanish(q: str) -> bool:
    return "¿" in q


def _language(q: str) -> str:
    """The question's language, as the engine detects it."""
    from engine.text import guess_language

    return guess_language(q)


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
        row["language"] = _language(q["q"])
        row["empty"] = not answer.strip()
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
        profile = LearnerProfile("bench", "Bench", grade=5, language=_language(q["q"]))
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
                     # a letter hint ("starts with ...") for an answer of several words
                     "letter_hint_multiword": len(q["expect"][0].split()) > 1 and "starts with" in rungs[2],
                     "explain_sentences": _sentence_count(explain.text),
                     "explain_s": round(explain_s, 3), "socratic_first_s": round(socratic_s, 3),
                     "rungs": [r[:160] for r in rungs], "explain": explain.text[:200]})
    return rows


def _sentence_count(text: str) -> int:
    from engine.answers.candidates import split_sentences

    return len(split_sentences(text))


def _rate(n: int, d: int) -> str:
    return f"{n}/{d}" if d else "0/0"


def summarise(rows: list[dict], tutor_rows: list[dict]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for split in dict.fromkeys(r["split"] for r in rows):
        mine = [r for r in rows if r["split"] == split]
        facts = [r for r in mine if r["kind"] == "fact"]
        off = [r for r in mine if r["kind"] == "off"]
        arith = [r for r in mine if r["kind"] == "arith"]
        spanish = [r for r in facts if _is_spanish(r["q"])]
        foreign = [r for r in facts if r["language"] != "en" and r["course"] not in SPANISH_COURSES]
        t = [r for r in tutor_rows if r["split"] == split]
        out[split] = {
            "fact_accuracy": _rate(sum(r["ok"] for r in facts), len(facts)),
            "fact_accuracy_pct": round(100 * sum(r["ok"] for r in facts) / max(1, len(facts)), 1),
            "false_refusals": _rate(sum(not r["covered"] for r in facts), len(facts)),
            "false_accepts": _rate(sum(r["covered"] for r in off), len(off)),
            "spanish_questions_right": _rate(sum(r["ok"] for r in spanish), len(spanish)),
            "other_language_on_english_right": _rate(sum(r["ok"] for r in foreign), len(foreign)),
            "empty_answers": _rate(sum(r["empty"] for r in mine), len(mine)),
            "arithmetic_right": _rate(sum(r["ok"] for r in arith), len(arith)),
            "by_course": {c: _rate(sum(r["ok"] for r in facts if r["course"] == c),
                                   sum(1 for r in facts if r["course"] == c))
                          for c in dict.fromkeys(r["course"] for r in facts)},
            "socratic_telling_rate": _rate(sum(r["told_early"] for r in t), len(t)),
            "socratic_final_rung_right": _rate(sum(r["final_ok"] for r in t), len(t)),
            "explain_right": _rate(sum(r["explain_ok"] for r in t), len(t)),
            "letter_hints_for_multiword_answers": _rate(sum(r["letter_hint_multiword"] for r in t), len(t)),
            "explain_over_2_sentences": _rate(sum(r["explain_sentences"] > 2 for r in t), len(t)),
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
