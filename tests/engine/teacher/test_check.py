"""Material check on a course seeded with a duplicate, an over-hard passage, a lesson without
questions and a question the material does not cover."""
from __future__ import annotations

from teacher_helpers import DATA, import_course

from engine.teacher.check import check_course, duplicate_pairs, jaccard, shingles
from engine.teacher.material import course_passages
from engine.teacher.quiz_review import generate_items
from engine.tutor.learners import LearnerBook
from engine.tutor.library_answer import NOT_COVERED, Citations, record_turn


def _seed(store):  # type: ignore[no-untyped-def]
    cid = import_course(store, DATA / "check", "Plants")
    book = LearnerBook(store)
    ama = book.create("Ama", grade=4)
    book.create("Kofi", grade=4)
    book.create("Esi", grade=5)
    record_turn(store, question="Why are some leaves red?", answer=NOT_COVERED["en"],
                citations=Citations((), covered=False), learner_id=ama.id, course_id=cid)
    return cid


def test_shingle_jaccard_separates_copies_from_different_text():
    a = shingles("Green plants make their own food from water and air in the sun.")
    assert jaccard(a, a) == 1.0
    assert jaccard(a, shingles("The Moon is the Earth's only natural satellite and it has no air.")) == 0.0


def test_material_check_finds_each_seeded_problem_with_an_action(store):
    cid = _seed(store)
    passages = course_passages(store, cid)
    making_food = next(p for p in passages if p.section == "Making food")
    plants = next(p for p in passages if p.document_title == "Plants")
    assert [(a.chunk_id, b.chunk_id) for a, b, _ in duplicate_pairs(passages)] == [(plants.chunk_id,
                                                                                   making_food.chunk_id)]
    findings = check_course(store, "Plants")
    kinds = [f.kind for f in findings]
    assert kinds.count("duplicate") == 1
    dup = next(f for f in findings if f.kind == "duplicate")
    assert set(dup.chunk_ids) == {plants.chunk_id, making_food.chunk_id} and dup.action == "remove_passage"
    hard = [f for f in findings if f.kind == "too_hard"]
    cells = next(p for p in passages if p.document_title == "Cells")
    assert [f.chunk_ids for f in hard] == [(cells.chunk_id,)]
    assert hard[0].detail["class_grade"] == 4 and hard[0].detail["grade"] > 7 and hard[0].action == "simplify"
    gap = next(f for f in findings if f.kind == "not_covered")
    assert "Why are some leaves red?" in gap.message and gap.action == "add_material"
    assert kinds[0] == "not_covered"
    no_quiz = {f.lesson_id for f in findings if f.kind == "no_quiz"}
    assert len(no_quiz) == 4            # Plants, Making food, Seeds, Cells: nothing generated yet
    assert store.db.execute("SELECT count(*) FROM course_outlines").fetchone()[0] == 0, "a check writes nothing"


def test_lessons_with_questions_drop_out_of_the_no_quiz_findings(store):
    _seed(store)
    generate_items(store, "Plants", n_items=8, max_model_items=0)
    with_items = {r[0] for r in store.db.execute("SELECT DISTINCT chunk_id FROM quiz_items")}
    left = [f for f in check_course(store, "Plants") if f.kind == "no_quiz"]
    assert all(not (set(f.chunk_ids) & with_items) for f in left)
    assert len(left) < 4
