"""The teacher's view: per-learner progress and mastery for one class, built from synced events.

Merge rules (README "Sync: conflict rules"): attempts, lesson completions and reviews are counted
once per event id (a union); mastery per skill and profile fields take the value with the highest
hybrid-logical-clock stamp (last writer wins), whichever device wrote it.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from engine.wire import ClassReport, LearnerProgress, merge_rule
from hub import schema as t
from hub.db import as_utc, utcnow


def _level(payload: dict[str, Any]) -> float | None:
    for key in ("level", "mastery", "p_known", "value"):
        v = payload.get(key)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return float(v)
    return None


def class_report(conn: sa.Connection, class_id: str) -> ClassReport:
    cls = conn.execute(sa.select(t.classes).where(t.classes.c.id == class_id)).one()
    learners: dict[str, dict[str, Any]] = {}
    for row in conn.execute(sa.select(t.learners).where(t.learners.c.class_id == class_id)):
        learners[row.id] = {"display_name": row.display_name, "events": 0, "attempts": 0, "correct": 0,
                            "lessons": set(), "reviews": 0, "mastery": {}, "profile": {}, "last": None}
    q = (sa.select(t.events.c.learner_id, t.events.c.kind, t.events.c.entity_id, t.events.c.hlc,
                   t.events.c.created_at, t.events.c.payload)
         .where(t.events.c.class_id == class_id, t.events.c.learner_id.is_not(None))
         .order_by(t.events.c.hlc, t.events.c.id))
    for ev in conn.execute(q).yield_per(2000):
        p = learners.get(ev.learner_id)
        if p is None:
            continue
        payload = ev.payload if isinstance(ev.payload, dict) else {}
        kind = ev.kind
        p["events"] += 1
        created = as_utc(ev.created_at)
        p["last"] = created if p["last"] is None or created > p["last"] else p["last"]
        if merge_rule(kind) == "lww":
            for key, value in payload.items():   # ordered by hlc: a later stamp overwrites
                p["profile"][key] = value
        elif "attempt" in kind:
            p["attempts"] += 1
            p["correct"] += 1 if payload.get("correct") in (True, 1, "1", "true") else 0
        elif "mastery" in kind:
            level = _level(payload)
            skill = payload.get("skill") or ev.entity_id
            if level is not None and skill:
                p["mastery"][str(skill)] = round(level, 4)
        elif "lesson" in kind and "complet" in kind:
            p["lessons"].add(ev.entity_id or payload.get("lesson_id"))
        elif "review" in kind:
            p["reviews"] += 1
    out = []
    for lid, p in sorted(learners.items(), key=lambda kv: ((kv[1]["profile"].get("name") or kv[1]["display_name"]
                                                             or "").lower(), kv[0])):
        name = p["profile"].get("display_name") or p["profile"].get("name") or p["display_name"]
        out.append(LearnerProgress(learner_id=lid, display_name=name, events=p["events"], attempts=p["attempts"],
                                   correct=p["correct"], lessons_completed=len(p["lessons"]), reviews=p["reviews"],
                                   mastery=p["mastery"], profile=p["profile"], last_activity=p["last"]))
    return ClassReport(class_id=cls.id, class_name=cls.name, learners=out, generated_at=utcnow())
