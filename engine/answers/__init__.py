"""Answers from class material that a teacher would sign: prose candidate sentences, answer-type
checks, ranking, the coverage decision, computed arithmetic, and the general-knowledge rule."""
from __future__ import annotations

from engine.answers.arithmetic import Computed, compute
from engine.answers.coverage import is_covered
from engine.answers.general_check import GeneralCheck, check_general_knowledge, general_answers_allowed
from engine.answers.select import Answer, select_answer

__all__ = ["Answer", "Computed", "GeneralCheck", "check_general_knowledge", "compute", "general_answers_allowed",
           "is_covered", "select_answer"]
