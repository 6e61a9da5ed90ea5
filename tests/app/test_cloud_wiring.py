"""The app's cloud wiring, through `AppContext` as the window and CLI build it: a kiosk enrolled in a
real hub (the hub app on loopback, SQLite) whose cloud provider is the tests' OpenAI-compatible
stand-in, the school's word list from `safety_words_file`, and learners added after start.

If `app/context.py` dropped `safety=`, froze the roster, or delivered saved answers unchecked, these fail."""
from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.context import AppContext
from app.settings import load_settings
from engine.safety import SafetyLog, rules
from hub.escalation import EscalationStore, ProviderConfig
from hubkit import ThreadHub, fresh_database, seed_school

# Words any answer to "why do leaves change colour in autumn?" uses, and the safe reply does not.
LEAF_WORDS = ("leaves", "leaf", "colour", "color", "colors", "colours", "autumn", "fall", "chlorophyll", "green",
              "trees", "tree", "is", "are", "was", "were", "of", "and", "because", "it", "they")
# For Spanish learners only: words any reply about the sky uses (English or Spanish), none in the Spanish safe reply.
SKY_WORDS_ES = ("the", "is", "are", "of", "and", "it", "sky", "blue", "light", "sun", "el", "es", "y", "cielo",
                "azul", "luz", "sol", "color")


def wait_for(predicate: Callable[[], Any], timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture
def school_hub(tmp_path: Path, loopback_cloud: Any) -> Iterator[tuple[str, str]]:
    """The real hub app with one school whose cloud provider is the stand-in: (hub URL, an enrollment code)."""
    from hub.db import make_engine

    loopback_cloud.reset()
    db = fresh_database("sqlite", tmp_path)
    seed = seed_school(db)
    engine = make_engine(db, pool_size=1, max_overflow=0)
    EscalationStore(engine, create_tables=False).add_provider(
        ProviderConfig(name="cloud", base_url=loopback_cloud.url, model="gemma", max_retries=0, timeout_s=120))
    engine.dispose()
    with ThreadHub(db) as hub:
        yield hub.url, seed.codes["5B"]


@pytest.fixture
def kiosk(tmp_path: Path, bundled_model_path: Path, school_hub: tuple[str, str]) -> Callable[[dict[str, Any]], AppContext]:
    """`kiosk(word_lists)`: an AppContext over a fresh data folder with the school's word list, enrolled in the hub."""
    made: list[AppContext] = []

    def make(blocked_words: dict[str, Any]) -> AppContext:
        home = tmp_path / "home"
        home.mkdir()
        (home / "models").symlink_to(bundled_model_path.parent, target_is_directory=True)   # the model, not a copy
        words = tmp_path / "school_words.json"
        words.write_text(json.dumps({"blocked_words": blocked_words}), encoding="utf-8")
        ctx = AppContext(load_settings(home=home, safety_words_file=words, cloud_enabled=True, sync_enabled=False,
                                       sync_token_storage="file", cloud_budget_s=120, cloud_max_tokens=48,
                                       max_answer_tokens=8))   # the device's fallback: a few words, one sentence
        made.append(ctx)
        ctx.sync_client.enroll(school_hub[0], school_hub[1], device_name="kiosk-7")
        return ctx

    yield make
    for ctx in made:
        ctx.close()


def _sent(cloud: Any) -> str:
    return "\n".join(m["content"] for r in cloud.proxy.received for m in r["body"]["messages"])


def test_a_learner_added_after_start_is_redacted_and_a_reply_with_the_schools_word_never_reaches_them(
        kiosk: Any, loopback_cloud: Any) -> None:
    from engine.escalation import RouteDecision
    from engine.turn import Notice, SafetyReply, Text

    ctx = kiosk({"en": list(LEAF_WORDS)})
    ctx.escalation.start()
    wait_for(lambda: ctx.escalation.router.gate() is None)         # the hub is there and lets the school escalate
    zeph = ctx.learners.create("Zephyrine Quist")                  # added on the Learners screen after start
    items = list(ctx.turns.chat("Zephyrine Quist asks: why do leaves change colour in autumn?", learner=zeph,
                                deeper=True))

    sent = _sent(loopback_cloud)
    assert loopback_cloud.proxy.received and "leaves change colour" in sent    # the question reached the cloud
    assert "Zephyrine" not in sent and "Quist" not in sent                     # without the new learner's name
    # The cloud asker checked the reply with the school's list (not a default filter without it): the
    # turn ends with its decision that the reply was unsafe, and the device answered instead.
    assert [(d.route, d.fallback) for d in items if isinstance(d, RouteDecision)] == [("local", "unsafe_reply")]
    shown = "".join(i.text for i in items if isinstance(i, (Text, SafetyReply, Notice)))
    assert shown and not re.search(r"\b(" + "|".join(LEAF_WORDS) + r")\b", shown, re.IGNORECASE), shown
    log = SafetyLog(ctx.settings.home / "logs" / "safety.jsonl").read()
    assert ("output", "blocked_word", zeph.id) in {(r["direction"], r["category"], r["learner_id"]) for r in log}


def test_a_saved_answer_is_checked_in_the_learners_language_and_lands_in_their_history_only(
        kiosk: Any, loopback_cloud: Any) -> None:
    # The school blocks these words for Spanish learners only: the cloud asker's own check (in the
    # device's one language, English) lets the reply through, so only a check in the learner's
    # language stops it before it reaches her history.
    ctx = kiosk({"es": list(SKY_WORDS_ES)})
    lucia = ctx.learners.create("Lucía Gómez", language="es")
    will = ctx.learners.create("Will Chen")
    q = ctx.escalation.saved.save("¿Por qué el cielo es azul?", learner_id=lucia.id)
    ctx.escalation.start()                                         # the hub appears: saved questions go out

    def histories() -> list[tuple[str, str, str]]:
        return ctx.store.db.execute(
            "SELECT c.learner_id, m.role, m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "ORDER BY m.rowid").fetchall()

    wait_for(lambda: len(histories()) == 3)
    answered = ctx.escalation.journal.get(q.id)
    assert answered.status == "answered"
    raw = answered.answer or ""
    assert re.search(r"\b(" + "|".join(SKY_WORDS_ES) + r")\b", raw, re.IGNORECASE), raw   # the cloud did use them
    rows = histories()
    assert {r[0] for r in rows} == {lucia.id}                      # hers, and no one else's (not Will's)
    assert will.id not in {r[0] for r in rows}
    tutor = [r[2] for r in rows if r[1] == "tutor"]
    assert tutor == [rules.SAFE_RESPONSE_OUTPUT["es"]]             # the safe text, in her language
    log = SafetyLog(ctx.settings.home / "logs" / "safety.jsonl").read()
    assert ("output", "blocked_word", "es", lucia.id) in {
        (r["direction"], r["category"], r["language"], r["learner_id"]) for r in log}
