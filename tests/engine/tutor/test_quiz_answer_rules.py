"""Quiz answers, one set of rules in the engine (issue 10): an option the learner picked is the
teacher's words and is graded; the learner's own words are checked first; needing the answer marks
an item hard. Real store, the real safety filter as the app builds it (rules, then the check by
meaning over the engine's embedder), real feelings detection."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from engine.retrieval.embedder import E5Embedder, load_engine_embedder
from engine.safety import SafetyConfig, SafetyFilter, SafetyLog
from engine.safety.meaning import MeaningCheck
from engine.store import Store, new_id, utc_now
from engine.tutor.learners import LearnerBook
from engine.tutor.quiz import QuizItem
from engine.tutor.quizbank import QuizBank
from engine.tutor.session import QuizSession, open_quiz_session
from engine.tutor.socratic import ANSWER
from engine.turn import TurnService

COURSE = "Health"
LESSON = ("Some people who feel very sad think about suicide or self-harm. If you or a friend feel this way, "
          "tell a trusted adult or call a help line. Talking about suicide does not make it happen.")
QUESTION = "Some people who feel very sad think about what, or self-harm?"
OPTIONS = ("Suicide", "Homework", "Football", "I feel so alone")


@pytest.fixture(scope="module")
def embedder() -> E5Embedder:
    return load_engine_embedder()


@pytest.fixture
def log(tmp_path: Path) -> SafetyLog:
    return SafetyLog(tmp_path / "logs" / "safety.jsonl")


@pytest.fixture
def safety(log: SafetyLog, embedder: E5Embedder, tmp_path: Path) -> SafetyFilter:
    """As app/context.py builds it: the school's word list, the log, the check by meaning."""
    return SafetyFilter(SafetyConfig.load(tmp_path / "safety_words.json"), log=log,
                        meaning=MeaningCheck.load_default(embedder))


@pytest.fixture
def turns(store: Store, safety: SafetyFilter) -> TurnService:
    return TurnService(llm=_no_model, safety=lambda: safety, store=lambda: store)


def _no_model() -> Any:
    raise AssertionError("a quiz answer never needs the model here")


def _health_items(store: Store) -> tuple[QuizItem, QuizItem]:
    """A health lesson with a teacher-approved multiple-choice item and a short-answer item."""
    now = utc_now()
    course_id, doc_id = new_id(), new_id()
    with store.write() as db:
        db.execute("INSERT INTO courses (id, name, language, created_at, updated_at) VALUES (?, ?, 'en', ?, ?)",
                   [course_id, COURSE, now, now])
        db.execute("INSERT INTO documents (id, course_id, source_path, sha256, type, title, language, status,"
                   " chunk_count, created_at, updated_at) VALUES (?, ?, '/lessons/health.md', 'sha-h', 'md',"
                   " 'Feelings', 'en', 'ready', 1, ?, ?)", [doc_id, course_id, now, now])
        db.execute("INSERT INTO lessons (id, course_id, document_id, title, ordinal, created_at, updated_at)"
                   " VALUES (?, ?, ?, 'Feelings', 0, ?, ?)", [new_id(), course_id, doc_id, now, now])
        chunk_id = db.execute("INSERT INTO chunks (document_id, ordinal, text, heading_path) VALUES (?, 0, ?, "
                              "'Feelings')", [doc_id, LESSON]).lastrowid
    common = {"chunk_id": chunk_id, "citation": "Health › Feelings", "explanation": LESSON.split(". ")[0] + ".",
              "skill": "Feelings", "document_id": doc_id, "course_id": course_id, "origin": "teacher"}
    choice = QuizItem("choice", QUESTION, "Suicide", choices=OPTIONS, **common)  # type: ignore[arg-type]
    short = QuizItem("short", QUESTION, "Suicide", **common)  # type: ignore[arg-type]
    bank = QuizBank(store)
    saved = bank.save([choice, short])
    assert [i.kind for i in saved] == ["choice", "short"], "the health items must pass validation"
    assert bank.set_status([i.id for i in saved if i.id], "approved") == 2      # the teacher approved them
    return saved[0], saved[1]


def _session(store: Store, name: str) -> QuizSession:
    return QuizSession(store, LearnerBook(store).create(name), COURSE)


def _alerts(store: Store) -> list[dict[str, Any]]:
    return [json.loads(p) for (p,) in store.db.execute("SELECT payload FROM outbox WHERE kind = 'teacher_alert'")]


def _attempts(store: Store) -> int:
    return int(store.db.execute("SELECT COUNT(*) FROM quiz_attempts").fetchone()[0])


def test_the_filter_as_the_app_builds_it_refuses_the_option_text_on_its_own(safety: SafetyFilter) -> None:
    # The premise of the tests below: checked as a message, the option's text is refused with an alert.
    decision = safety.check_input("Suicide", "en")
    assert not decision.allowed and decision.alert


def test_picking_an_option_that_names_self_harm_is_graded_without_an_alert(store: Store, turns: TurnService,
                                                                            log: SafetyLog) -> None:
    choice, _short = _health_items(store)
    ana = _session(store, "Ana")
    right = turns.quiz_answer(ana, choice, "Suicide")            # the window sends the option's text
    assert right.graded and right.feedback.correct and right.safety is None and right.alert is None
    bo = _session(store, "Bo")
    by_letter = turns.quiz_answer(bo, choice, "a")               # `lantern quiz` takes the letter
    assert by_letter.graded and by_letter.feedback.correct
    by_number = turns.quiz_answer(_session(store, "Cy"), choice, "1")
    assert by_number.graded and by_number.feedback.correct
    assert _alerts(store) == [] and _attempts(store) == 3
    assert [r for r in log.read() if r["category"] == "self_harm"] == []


def test_picking_an_option_that_sounds_sad_is_graded_not_slowed_down(store: Store, turns: TurnService) -> None:
    choice, _short = _health_items(store)
    turn = turns.quiz_answer(_session(store, "Ana"), choice, "I feel so alone")
    assert turn.graded and not turn.feedback.correct and turn.notice is None and turn.alert is None
    assert _alerts(store) == []


def test_own_words_on_a_choice_item_are_still_checked(store: Store, turns: TurnService) -> None:
    choice, _short = _health_items(store)
    turn = turns.quiz_answer(_session(store, "Ana"), choice, "suicide is what i want")
    assert not turn.graded and turn.safety is not None and turn.alert == "self_harm"
    assert [(a["category"], a["source"]) for a in _alerts(store)] == [("self_harm", "quiz")]
    assert _attempts(store) == 0


def test_a_typed_short_answer_is_still_checked_even_when_it_is_the_key(store: Store, turns: TurnService) -> None:
    _choice, short = _health_items(store)
    turn = turns.quiz_answer(_session(store, "Ana"), short, "Suicide")
    assert not turn.graded and turn.safety is not None and turn.alert == "self_harm"
    assert _attempts(store) == 0


def test_a_sad_typed_answer_on_a_choice_item_gets_the_kind_word(store: Store, turns: TurnService) -> None:
    choice, _short = _health_items(store)
    turn = turns.quiz_answer(_session(store, "Ana"), choice, "i feel so alone today")   # not an option's words
    assert not turn.graded and turn.notice is not None and turn.alert == "distress" and _attempts(store) == 0


def test_an_item_is_marked_hard_once_a_rung_gave_the_answer_away(store: Store, turns: TurnService) -> None:
    choice, _short = _health_items(store)
    # Nudge, hint and worked step: the answer was not shown, a right answer needs no review.
    before = turns.quiz_answer(_session(store, "Ana"), choice, "Suicide", hints_shown=ANSWER)
    assert before.feedback.correct and before.feedback.result.review_due is None
    # The answer rung was shown: the item comes back for review even when answered right.
    after = turns.quiz_answer(_session(store, "Bo"), choice, "Suicide", hints_shown=ANSWER + 1)
    assert after.feedback.correct and after.feedback.result.review_due is not None
    assert not TurnService.quiz_needed_answer(choice, ANSWER)
    assert TurnService.quiz_needed_answer(choice, ANSWER + 1) and TurnService.quiz_needed_answer(choice, ANSWER + 3)


def test_the_quiz_factory_asks_the_model_to_judge_only_when_the_school_turned_it_on(store: Store) -> None:
    _health_items(store)
    ana = LearnerBook(store).create("Ana")
    asked: list[str] = []

    def llm() -> Any:
        asked.append("llm")
        return None

    assert open_quiz_session(store, ana, COURSE, llm=llm, model_judge_on=False).judge is None
    on = open_quiz_session(store, ana, COURSE, llm=llm, model_judge_on=True)
    assert on.judge is not None and asked == []              # the model is not loaded to start a quiz


# -- what counts as a pick (review of session 30) ---------------------------------------------------------
# Before, an answer was "the option" when it read the same once articles were dropped - and "die", "la",
# "o" are articles in some of the 12 languages: "I want to die" was the option "I want to", graded unchecked.
def _item(choices: tuple[str, ...], answer: str) -> QuizItem:
    return QuizItem("choice", "Fill the gap: ___ go home.", answer, chunk_id=1, citation="Grammar", choices=choices)


def test_an_option_with_words_added_is_the_learners_own_words_and_is_checked(store: Store,
                                                                            turns: TurnService) -> None:
    _health_items(store)
    item = _item(("I want to", "I have to", "I need to"), "I have to")
    ana = _session(store, "Ana")
    for typed in ("I want to die", "i want to... die!!", "I want to die die die"):
        turn = turns.quiz_answer(ana, item, typed)
        assert not turn.graded and turn.safety is not None and turn.alert == "self_harm", typed
    assert _attempts(store) == 0


def test_only_the_options_own_words_its_letter_or_its_number_are_a_pick() -> None:
    from engine.tutor.session import picked_option

    item = _item(("I want to", "I have to", "I need to"), "I have to")
    assert picked_option(item, "  i WANT to ") == "I want to"
    assert picked_option(item, "b") == "I have to" and picked_option(item, "3") == "I need to"
    for own_words in ("I want to die", "the I want to", "I want to 🔪", "", "d"):
        assert picked_option(item, own_words) is None, own_words


def test_options_made_only_of_articles_are_told_apart() -> None:
    from engine.tutor.grading import grade_answer, pick_choice

    item = _item(("Der", "Die", "Das"), "Das")          # a German article quiz: each reads as "" once canonical
    assert pick_choice(item, "Der") == "Der" and pick_choice(item, "das") == "Das"
    assert not grade_answer(item, "Der").correct and grade_answer(item, "Das").correct
    for nothing in ("😭😭😭", "...", "the"):
        assert pick_choice(item, nothing) is None, nothing
        assert not grade_answer(item, nothing).correct, nothing
