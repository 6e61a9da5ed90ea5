"""`lantern bench turn --json`: what the one safe turn costs a learner in waiting.

On the bundled model, warm, over the sample course (imported into a temporary data folder):
- `chat_first_sentence_s`: from asking until the first *checked* sentence of a chat answer
  (`TurnService.chat`: input safety, feelings, retrieval, generation, sentence gate);
- `raw_first_token_s`: the baseline measured in the same run, alternating with it: the first token
  of the same library answer without the turn (`stream_library_answer`);
- `gate_ratio`: median first checked sentence / median first raw token (what checking costs);
- `tutor_first_sentence_s`: the same for a Tutor-tab Explain turn (`TurnService.tutor`);
- `safety_check_ms`: one output check of one sentence with the school's filter.
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

ASSETS = Path(__file__).resolve().parents[1] / "assets"
QUESTIONS = ("What is evaporation?", "What do plants need for photosynthesis?", "Which planet is the largest?",
             "What is a fulcrum?", "How do clouds form?", "What is a fraction?")


def _first(items: Any, kinds: tuple[type, ...]) -> float:
    start = time.perf_counter()
    for item in items:
        if isinstance(item, kinds) and getattr(item, "text", "x"):
            took = time.perf_counter() - start
            for _ in items:   # finish the turn (it saves), outside the timing
                pass
            return took
    return float("nan")


def run(quick: bool = False) -> dict[str, Any]:
    import os

    from app.context import AppContext
    from app.settings import load_settings
    from engine.library import ensure_sample_course
    from engine.llm.backend import GenerationParams, TokenChunk
    from engine.safety import SafetyFilter
    from engine.tutor.library_answer import stream_library_answer
    from engine.turn import Notice, SafetyReply, Text

    rounds = 2 if quick else 5
    with tempfile.TemporaryDirectory(prefix="lantern-bench-turn-") as tmp:
        os.environ["LANTERN_HOME"] = tmp
        settings = load_settings()
        with AppContext(settings) as ctx:
            ensure_sample_course(ctx.library, ASSETS)
            for _ in ctx.retriever.sync_vectors():
                pass
            llm, turns = ctx.llm(), ctx.turns
            params = GenerationParams(max_tokens=settings.max_answer_tokens, temperature=0.0, seed=0)
            learner = ctx.learners.create("Bench")
            list(turns.chat(QUESTIONS[0], learner=learner))   # warm: model, embedder, language detector
            gated, raw, tutor = [], [], []
            for r in range(rounds):
                for i, q in enumerate(QUESTIONS):
                    pair = [lambda q=q: gated.append(_first(iter(turns.chat(q, learner=learner)),
                                                            (Text, SafetyReply, Notice))),
                            lambda q=q: raw.append(_first(iter(stream_library_answer(
                                llm, ctx.retriever, q, params=params)), (TokenChunk,)))]
                    for run_one in (pair if (r + i) % 2 == 0 else pair[::-1]):   # alternate who goes first
                        run_one()
                    tutor.append(_first(iter(turns.tutor(learner, q, mode="explain")), (Text, SafetyReply, Notice)))
            safety = SafetyFilter()
            sentence = "Evaporation is when the Sun heats water and it turns into water vapour."
            t0 = time.perf_counter()
            for _ in range(200):
                safety.check_output(sentence, "en")
            check_ms = (time.perf_counter() - t0) / 200 * 1000
            model = llm.info.id
    med = statistics.median
    return {
        "model": model, "quick": quick, "questions": len(QUESTIONS), "rounds": rounds,
        "chat_first_sentence_s": {"median": round(med(gated), 3), "max": round(max(gated), 3)},
        "raw_first_token_s": {"median": round(med(raw), 3), "max": round(max(raw), 3)},
        "gate_ratio": round(med(gated) / med(raw), 2),
        "tutor_first_sentence_s": {"median": round(med(tutor), 3), "max": round(max(tutor), 3)},
        "safety_check_ms": round(check_ms, 3),
        "target_chat_first_sentence_s": 1.0,       # issue 10: the first checked sentence < 1 s warm
        "meets_target": med(gated) < 1.0,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
