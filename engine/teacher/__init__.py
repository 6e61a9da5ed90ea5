"""The teacher workspace (no Qt): outline / learning path, quiz review, material check,
differentiated reading, class view, alerts inbox, open-questions queue and worksheets.
ui/ and the CLI only render its typed results.

Public names load lazily (PEP 562), like `engine`: the CLI must not pay for YAKE or fpdf2 to start.
"""
from __future__ import annotations

import importlib
from typing import Any

_PUBLIC = {
    "Outline": "engine.teacher.outline", "OutlineBook": "engine.teacher.outline",
    "build_outline": "engine.teacher.outline", "order_warnings": "engine.teacher.outline",
    "GenerationProgress": "engine.teacher.quiz_review", "ReviewItem": "engine.teacher.quiz_review",
    "add_item": "engine.teacher.quiz_review", "approve": "engine.teacher.quiz_review",
    "approve_all_drafts": "engine.teacher.quiz_review", "edit_item": "engine.teacher.quiz_review",
    "generate_items": "engine.teacher.quiz_review", "generate_steps": "engine.teacher.quiz_review",
    "reject": "engine.teacher.quiz_review",
    "review_items": "engine.teacher.quiz_review",
    "Finding": "engine.teacher.check", "check_course": "engine.teacher.check",
    "ReadingDraft": "engine.teacher.simplify", "approve_reading": "engine.teacher.simplify",
    "approved_reading": "engine.teacher.simplify", "simplify_chunk": "engine.teacher.simplify",
    "simplify_text": "engine.teacher.simplify",
    "ClassRow": "engine.teacher.classview", "DifficultQuestion": "engine.teacher.classview",
    "class_csv": "engine.teacher.classview", "class_rows": "engine.teacher.classview",
    "TrendPoint": "engine.teacher.classview", "class_trend": "engine.teacher.classview",
    "difficult_questions": "engine.teacher.classview",
    "Alert": "engine.teacher.alerts", "acknowledge": "engine.teacher.alerts", "alerts": "engine.teacher.alerts",
    "unread_count": "engine.teacher.alerts",
    "OpenQuestion": "engine.teacher.questions", "answer_yourself": "engine.teacher.questions",
    "approve_for_cloud": "engine.teacher.questions", "mark_add_material": "engine.teacher.questions",
    "open_questions": "engine.teacher.questions",
    "lesson_items": "engine.teacher.worksheet", "render_worksheet": "engine.teacher.worksheet",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'engine.teacher' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
