"""The one safe turn, Tutor-tab and quiz paths (engine/turn): real model, real store."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tutor_helpers import seed_course

from engine.safety import SafetyConfig, SafetyFilter, SafetyLog
from engine.tutor.learners import LearnerBook
from engine.tutor.quizbank import QuizBank
from engine.tutor.session import QuizSession
from engine.tutor.tutor import Tutor
from engine.turn import Notice, NoticeKind, SafetyReply, Text, TurnDone, TurnKind, TurnService


def _shown(items: list[Any]) -> str:
    return "".join(i.text for i in items if isinstance(i, (Text, SafetyReply, Notice)))


def _alerts(store: Any) -> list[dict[str, Any]]:
    rows = store.db.execute("SELECT payload FROM outbox WHERE kind = 'teacher_alert'").fetchall()
    return [json.loads(r[0]) for r in rows]


def _no_model() -> Any:
    raise AssertionError("the model must not see this message")


def _quiz(store: Any) -> tuple[QuizSession, Any]:
    seed_course(store)
    ana = LearnerBook(store).create("Ana")
    QuizBank(store).generate("Science basics", n_items=4, auto_approve=True)
    session = QuizSession(store, ana, "Science basics")
    item = session.next_item()
    assert item is not None
    return session, item


def test_a_tutor_turn_with_self_harm_alerts_logs_and_never_reaches_the_model(store, tmp_path: Path):
    log = SafetyLog(tmp_path / "safety.jsonl")
    ana = LearnerBook(store).create("Ana")
    turns = TurnService(llm=_no_model, safety=lambda: SafetyFilter(log=log), store=lambda: store,
                        tutor=lambda: Tutor(_no_model))
    items = list(turns.tutor(ana, "nobody would miss me if i was gone, i want to die", mode="socratic"))
    assert [type(i) for i in items] == [SafetyReply, TurnDone]
    assert items[0].alert and items[1].kind is TurnKind.SAFETY and items[1].alert == "self_harm"
    assert [a["category"] for a in _alerts(store)] == ["self_harm"]
    assert log.read()[-1]["category"] == "self_harm"


def test_a_tutor_answer_with_a_blocked_word_never_reaches_the_learner(llm, chunks, store, tmp_path: Path):
    from engine.tutor.profile import LearnerProfile

    log = SafetyLog(tmp_path / "safety.jsonl")
    strict = SafetyFilter(SafetyConfig(extra_blocked_words={"en": ("evaporation",)}), log=log)
    turns = TurnService(llm=lambda: llm, safety=lambda: strict, tutor=lambda: Tutor(llm, safety=strict))
    kid = LearnerProfile("k1", "Kim")
    water = next(c for c in chunks if "evaporat" in c.text.lower())
    items = list(turns.tutor(kid, "What is evaporation?", material=[water]))
    assert "evaporation" not in _shown(items).lower()
    assert any(isinstance(i, SafetyReply) and i.direction == "output" for i in items)
    assert any(r["direction"] == "output" and r["category"] == "blocked_word" for r in log.read())


def test_a_tutor_turn_streams_sentences_and_reports_the_rung_shown(llm, chunks):
    from engine.tutor.profile import LearnerProfile

    safety = SafetyFilter()
    turns = TurnService(llm=lambda: llm, safety=lambda: safety, tutor=lambda: Tutor(llm, safety=safety))
    water = next(c for c in chunks if "evaporat" in c.text.lower())
    items = list(turns.tutor(LearnerProfile("k1", "Kim"), "What is evaporation?", mode="socratic",
                             material=[water], hint_level=1))
    assert any(isinstance(i, Text) for i in items)
    done = items[-1]
    assert isinstance(done, TurnDone) and done.kind is TurnKind.GUIDE and done.hint_level == 1
    assert not done.reveals_answer and done.citations


def test_a_quiz_answer_with_self_harm_is_not_graded_and_alerts_the_teacher(store, tmp_path: Path):
    session, item = _quiz(store)
    log = SafetyLog(tmp_path / "safety.jsonl")
    turns = TurnService(llm=_no_model, safety=lambda: SafetyFilter(log=log), store=lambda: store)
    turn = turns.quiz_answer(session, item, "i want to kill myself")
    assert not turn.graded and turn.safety is not None and turn.safety.category == "self_harm"
    assert turn.alert == "self_harm"
    assert store.db.execute("SELECT COUNT(*) FROM quiz_attempts").fetchone()[0] == 0
    assert [a["source"] for a in _alerts(store)] == ["quiz"]
    assert log.read()[-1]["category"] == "self_harm"


def test_a_sad_quiz_answer_gets_a_kind_word_and_no_grade(store):
    session, item = _quiz(store)
    turns = TurnService(llm=_no_model, safety=SafetyFilter, store=lambda: store)
    turn = turns.quiz_answer(session, item, "I feel so alone")
    assert not turn.graded and turn.notice is not None and turn.notice.kind is NoticeKind.FEELING
    assert turn.alert == "distress" and [a["category"] for a in _alerts(store)] == ["distress"]


def test_an_ordinary_quiz_answer_is_graded(store):
    session, item = _quiz(store)
    turns = TurnService(llm=_no_model, safety=SafetyFilter, store=lambda: store)
    turn = turns.quiz_answer(session, item, item.answer)
    assert turn.graded and turn.feedback.correct
    assert store.db.execute("SELECT COUNT(*) FROM quiz_attempts").fetchone()[0] == 1


def test_quiz_hints_climb_the_engines_ladder_and_stay_on_the_answer():
    from engine.tutor.quiz import QuizItem
    from engine.tutor.socratic import ANSWER, ladder_for_item

    item = QuizItem("short", "What do plants make in photosynthesis?", "sugar", 1, "Plants",
                    explanation="Plants make sugar from light.", id="q1")
    rungs = ladder_for_item(item)
    assert [TurnService.quiz_hint(item, n) for n in range(ANSWER + 3)] == [*rungs, rungs[ANSWER], rungs[ANSWER]]


def test_arithmetic_with_no_matching_lesson_is_computed_not_refused():
    from engine.tutor.profile import LearnerProfile

    tutor = Tutor(_no_model)            # no retriever: no lesson can match; the model is never asked
    kid = LearnerProfile("k1", "Kim")
    explained = tutor.compose(kid, "What is 3/4 + 1/8? Explain step by step", mode="explain")
    assert explained.kind == "answer" and "7/8" in explained.text
    first_hint = tutor.compose(kid, "What is 3/4 + 1/8?", mode="socratic", hint_level=0)
    assert first_hint.kind == "guide" and "7/8" not in first_hint.text and not first_hint.reveals_answer
    last = tutor.compose(kid, "What is 3/4 + 1/8?", mode="socratic", hint_level=3)
    assert "7/8" in last.text and last.reveals_answer
