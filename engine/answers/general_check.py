"""May this model answer from its own knowledge when the lessons are silent?

A child reads past a "may be wrong" label, so a general answer is shown only by a model that got at
least `PASS_ACCURACY` of these simple school questions right (temperature 0, one short line each).
Measured: the bundled Gemma 3 270M base gets well under that (see `lantern bench answers`), so by
default the engine says the lessons don't cover the question and offers the teacher or the cloud.

`check_general_knowledge(llm)` runs the check (about a minute on 2 cores for the bundled model);
`general_answers_allowed(info, results)` is the engine's decision the turn service reads.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PASS_ACCURACY = 0.9

# (question, accepted answers: any one must appear in the reply, as a whole word or phrase)
GENERAL_QUESTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("How many legs does a spider have?", ("eight", "8")),
    ("How many legs does an insect have?", ("six", "6")),
    ("What is the capital of France?", ("paris",)),
    ("What is the capital of Japan?", ("tokyo",)),
    ("What is the capital of Italy?", ("rome",)),
    ("What is the largest planet in our solar system?", ("jupiter",)),
    ("Which planet is closest to the Sun?", ("mercury",)),
    ("Which planet is known as the red planet?", ("mars",)),
    ("What gas do plants take in from the air to make food?", ("carbon dioxide", "co2")),
    ("What gas do people need to breathe in to live?", ("oxygen",)),
    ("At what temperature in degrees Celsius does water freeze?", ("0", "zero")),
    ("At what temperature in degrees Celsius does water boil?", ("100",)),
    ("How many days are there in a week?", ("seven", "7")),
    ("How many months are there in a year?", ("twelve", "12")),
    ("How many minutes are in an hour?", ("sixty", "60")),
    ("How many sides does a triangle have?", ("three", "3")),
    ("How many sides does a hexagon have?", ("six", "6")),
    ("What is the largest ocean on Earth?", ("pacific",)),
    ("What is the longest river in Africa?", ("nile",)),
    ("What is the tallest mountain in the world?", ("everest",)),
    ("Who wrote Romeo and Juliet?", ("shakespeare",)),
    ("Who painted the Mona Lisa?", ("leonardo", "da vinci")),
    ("Who was the first person to walk on the Moon?", ("armstrong",)),
    ("What do bees make?", ("honey",)),
    ("What is frozen water called?", ("ice",)),
    ("What is the closest star to the Earth?", ("sun",)),
    ("What force pulls things down to the ground?", ("gravity",)),
    ("What organ pumps blood around the body?", ("heart",)),
    ("What organ do people think with?", ("brain",)),
    ("How many bones does an adult human have?", ("206",)),
    ("What is the hardest natural substance?", ("diamond",)),
    ("What colour do you get when you mix blue and yellow?", ("green",)),
    ("What colour do you get when you mix red and white?", ("pink",)),
    ("What is the largest animal in the world?", ("blue whale",)),
    ("What is the fastest land animal?", ("cheetah",)),
    ("What do caterpillars turn into?", ("butterfl", "moth")),
    ("What is a baby frog called?", ("tadpole",)),
    ("What is a baby cat called?", ("kitten",)),
    ("Which animal is known as the king of the jungle?", ("lion",)),
    ("How many continents are there?", ("seven", "7")),
    ("On which continent is Egypt?", ("africa",)),
    ("What language is mostly spoken in Brazil?", ("portuguese",)),
    ("Why do leaves change colour in autumn?", ("chlorophyll breaks", "less chlorophyll", "chlorophyll fades",
                                                  "loses chlorophyll", "stop making chlorophyll")),
    ("What is H2O?", ("water",)),
    ("What is the chemical symbol for gold?", ("au",)),
    ("What is 7 times 8?", ("56",)),
    ("What is 12 plus 15?", ("27",)),
    ("What is half of 50?", ("25",)),
    ("How many centimetres are in a metre?", ("100", "hundred")),
    ("How many grams are in a kilogram?", ("1000", "1,000", "thousand")),
    ("What do we call animals that eat only plants?", ("herbivore",)),
    ("What is the main gas in the air we breathe?", ("nitrogen",)),
    ("Which instrument has black and white keys?", ("piano",)),
    ("What is the opposite of hot?", ("cold",)),
    ("What shape has four equal sides and four right angles?", ("square",)),
)


@dataclass(frozen=True)
class GeneralCheck:
    """The result of the check for one model file."""

    model_id: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def passed(self) -> bool:
        return self.total >= 50 and self.accuracy >= PASS_ACCURACY


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def reply_is_right(reply: str, accepted: tuple[str, ...]) -> bool:
    """Does `reply` contain one accepted answer as a word (or word start for stems like "butterfl")?"""
    text = _fold(reply)
    return any(re.search(rf"(?<![\w.]){re.escape(_fold(a))}(?!\d)", text) for a in accepted)


def check_general_knowledge(llm: Any, *, questions: tuple[tuple[str, tuple[str, ...]], ...] = GENERAL_QUESTIONS,
                            max_tokens: int = 32) -> tuple[GeneralCheck, list[dict[str, object]]]:
    """Ask the model every question (temperature 0, the engine's open prompt); the result and each reply."""
    from engine.llm.backend import GenerationParams
    from engine.tutor.grounded import stream_answer

    params = GenerationParams(max_tokens=max_tokens, temperature=0.0, seed=0)
    rows: list[dict[str, object]] = []
    correct = 0
    for question, accepted in questions:
        reply = "".join(c.text for c in stream_answer(llm, question, context=None, params=params)).strip()
        ok = reply_is_right(reply, accepted)
        correct += ok
        rows.append({"q": question, "reply": reply[:160], "ok": ok})
    return GeneralCheck(llm.info.id, correct, len(questions)), rows


def load_checks(path: Path) -> dict[str, GeneralCheck]:
    """Recorded checks (model id → result); a missing or unreadable file means none."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {k: GeneralCheck(k, int(v["correct"]), int(v["total"])) for k, v in raw.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save_check(path: Path, check: GeneralCheck) -> None:
    from engine.files import write_json_atomic

    checks = load_checks(path)
    checks[check.model_id] = check
    write_json_atomic(path, {k: {"correct": c.correct, "total": c.total} for k, c in checks.items()})


def general_answers_allowed(model_id: str, checks: Mapping[str, GeneralCheck] | None = None) -> bool:
    """The engine's rule: a model answers from its own knowledge only after passing the check.
    No recorded check (the bundled model, or a new file nobody checked) means no general answers."""
    check = (checks or {}).get(model_id)
    return check is not None and check.passed
