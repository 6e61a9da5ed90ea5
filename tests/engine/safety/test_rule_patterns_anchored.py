"""A rule that opens with a lookahead over the rest of the message (`(?=.*...)`) without `^` is tried
at every position of the message: quadratic. A pasted 1,500-character message took 300 ms per such
rule (six languages' overdose-question rules: 1.8 s for one check, measured by `bench safety`'s
`long_message_ms`). Every rule table the input check compiles is read here."""
from __future__ import annotations

import re

import pytest

from engine.safety import rules

TABLES = {"self_harm": rules.SELF_HARM, "violence": rules.VIOLENCE, "abuse": rules.ABUSE, "eating": rules.EATING,
          "grooming": rules.GROOMING, "bullying": rules.BULLYING, "injection": rules.INJECTION, "output_harm": rules.OUTPUT_HARM}
_OPENS_WITH_A_LOOKAHEAD = re.compile(r"\(\?=\.\*")


@pytest.mark.parametrize("category", sorted(TABLES))
def test_no_rule_opens_with_a_lookahead_that_is_not_anchored(category: str) -> None:
    unanchored = [(lang, pattern[:90]) for lang, patterns in TABLES[category].items() for pattern in patterns
                  if _OPENS_WITH_A_LOOKAHEAD.match(pattern)]
    assert unanchored == []
