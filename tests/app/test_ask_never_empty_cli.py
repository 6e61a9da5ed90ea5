"""`lantern ask --course X "…"` never prints an empty answer with exit code 0 (issue 14: a "step by
step" question got an empty answer and exit 0), as real subprocesses over a real library."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

LESSON = """# Fractions

## Adding fractions
To add two fractions, first give them the same denominator. Then add the numerators and keep the denominator.
For example, one half is the same as two quarters.

## Parts of a fraction
The number on the top of a fraction is the numerator. The number on the bottom is the denominator.
"""

QUESTIONS = (
    "What is 3/4 + 1/8? Explain step by step",               # computed, with its steps
    "How do you add two fractions? Explain step by step",    # from the lesson
    "Explain step by step how a volcano erupts",             # not in the lesson: an honest refusal
    "step by step",                                          # no question at all
)


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    home = tmp_path_factory.mktemp("ask-home")
    folder = tmp_path_factory.mktemp("ask-lessons")
    (folder / "fractions.md").write_text(LESSON, encoding="utf-8")
    env = {**os.environ, "LANTERN_HOME": str(home)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, env=env,
                              timeout=300, cwd=REPO)

    imported = run("import", str(folder), "--course", "Maths")
    assert imported.returncode == 0, imported.stderr
    return run


@pytest.mark.parametrize("question", QUESTIONS)
def test_ask_with_a_course_prints_an_answer_whenever_it_exits_zero(ask, question: str) -> None:
    result = ask("ask", "--course", "Maths", question)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    answer = result.stdout.partition("Sources:")[0]
    assert answer.strip(), f"empty answer with exit 0 for {question!r}"


def test_a_computed_step_by_step_answer_shows_its_steps_and_result(ask) -> None:
    result = ask("ask", "--course", "Maths", "What is 3/4 + 1/8? Explain step by step")
    assert result.returncode == 0, result.stderr
    assert "7/8" in result.stdout
    assert "6/8" in result.stdout           # 3/4 written in eighths: a step, not just the result


def test_a_turn_that_shows_nothing_exits_one() -> None:
    from app.commands.ask import _print_turn
    from engine.turn import Text

    assert _print_turn(iter([Text("  ")])) == 1
    assert _print_turn(iter([])) == 1
