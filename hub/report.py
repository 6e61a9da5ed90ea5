"""The teacher's view: per-learner progress and mastery for one class, built from synced events.

Merge rules (README "Sync: conflict rules"): attempts, lesson completions and reviews are counted
once per event id (a union); mastery per skill and profile fields take the value with the highest
hybrid-logical-clock stamp (last writer wins), whichever device wrote it. Stored stamps are
canonical (fixed-width counter), so ordering by the column is ordering by the clock.

The door validates every event (engine.wire), but a report must not depend on that: each row is
read defensively (wrong types are ignored, one unreadable row is skipped and counted), so no stored
row can turn the report into a 500.
"""
from __future__ import annotations

import logging
import math
from typing import Any

import sqlalchemy as sa

from engine.wire import ClassReport, LearnerProgress, check_json, merge_rule
from hub import schema as t
from hub.db import as_utc, utcnow

log = logging.getLogger(__name__)


def _level(payload: dict[str, Any]) -> float | None:
    for key in ("level", "mastery", "p_known", "value"):
        v = payload.get(key)
        if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v):
            return float(v)
    return None


def _text(value: Any) -> str | None:
    return value[:200] if isinstance(value, str) and value.strip() else None


def _apply(p: dict[str, Any], kind: str, entity_id: str | None, payload: dict[str, Any]) -> None:
    if merge_rule(kind) == "lww":
        for key, value in payload.items():   # ordered by hlc: a later stamp overwrites
            try:
                check_json({key: value}, where="profile")
            except ValueError:
                continue
            p["profile"][key] = value
    elif "attempt" in kind:
        p["attempts"] += 1
        p["correct"] += 1 if payload.get("correct") in (True, 1, "1", "true") else 0
    elif "mastery" in kind:
        level = _level(payload)
        skill = _text(payload.get("skill")) or entity_id
        if level is not None and skill:
            p["mastery"][skill] = round(level, 4)
    elif "lesson" in kind and "complet" in kind:
        lesson = entity_id or _text(payload.get("lesson_id"))
        if lesson:
            p["lessons"].add(lesson)
    elif "review" in kind:
        p["reviews"] += 1


def class_report(conn: sa.Connection, class_id: str) -> ClassReport:
    cls = conn.execute(sa.select(t.classes).where(t.classes.c.id == class_id)).one()
    learners: dict[str, dict[str, Any]] = {}
    for row in conn.execute(sa.select(t.learners).where(t.learners.c.class_id == class_id)):
        learners[row.id] = {"display_name": _text(row.display_name), "events": 0, "attempts": 0, "correct": 0,
                            "lessons": set(), "reviews": 0, "mastery": {}, "profile": {}, "last": None}
    q = (sa.select(t.events.c.learner_id, t.events.c.kind, t.events.c.entity_id, t.events.c.hlc,
                   t.events.c.created_at, t.events.c.payload)
         .where(t.events.c.class_id == class_id, t.events.c.learner_id.is_not(None))
         .order_by(t.events.c.hlc, t.events.c.id))
    skipped = 0
    for ev in conn.execute(q).yield_per(2000):
        p = learners.get(ev.learner_id)
        if p is None:
            continue
        try:
            payload = ev.payload if isinstance(ev.payload, dict) else {}
            created = as_utc(ev.created_at)
            _apply(p, ev.kind, ev.entity_id if isinstance(ev.entity_id, str) else None, payload)
        except (ValueError, TypeError, OverflowError, RecursionError, AttributeError) as exc:
            skipped += 1
            log.warning("report for class %s: an event row was skipped: %s", class_id, str(exc)[:200])
            continue
        p["events"] += 1
        p["last"] = created if p["last"] is None or created > p["last"] else p["last"]
    out = []
    for lid, p in learners.items():
        name = _text(p["profile"].get("display_name")) or _text(p["profile"].get("name")) or p["display_name"]
        out.append(LearnerProgress(learner_id=lid, display_name=name, events=p["events"], attempts=p["attempts"],
                                   correct=p["correct"], lessons_completed=len(p["lessons"]), reviews=p["reviews"],
                                   mastery=p["mastery"], profile=p["profile"], last_activity=p["last"]))
    out.sort(key=lambda lp: ((lp.display_name or "").lower(), lp.learner_id))
    if skipped:
        log.warning("report for class %s: %d unreadable event rows skipped", class_id, skipped)
    return ClassReport(class_id=cls.id, class_name=cls.name, learners=out, generated_at=utcnow())
