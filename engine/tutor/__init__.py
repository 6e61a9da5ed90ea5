"""Tutor logic: prompts, grounded answers, modes, quizzes, learner model."""
