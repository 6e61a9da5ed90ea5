"""The teacher's class view from every kiosk's synced events (engine.wire.ClassView).

Per learner and per lesson (a quiz item's skill, as on the kiosk): attempts, correct, time spent
(`duration_ms` of attempts), mastery (latest by hybrid clock), due reviews (each review card's latest
state), last activity; the questions most learners miss on their first answer; alerts with time,
learner and category (the alert event never carries the learner's words); and a trend per UTC day.

Merge rules are the report's (hub/report.py): facts count once per event id, state takes the
highest stamp. Events are read in stamp order, so a later stamp overwrites. The door validated
every event, but nothing here depends on it: each row is read defensively and one unreadable row is
skipped and counted (`skipped_rows`), never a 500.
"""
from __future__ import annotations

import logging
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from engine.wire import AlertRow, ClassView, DayTrend, DifficultItem, LearnerSummary, LessonRow
from hub import schema as t
from hub.db import as_utc, utcnow

log = logging.getLogger(__name__)

ATTEMPT, MASTERY, REVIEW, ALERT, ACK = "quiz_attempt", "mastery", "review_card", "teacher_alert", "alert.acknowledged"
COMPLETIONS = ("lesson_completion", "lesson_completed")
KINDS = (ATTEMPT, MASTERY, REVIEW, ALERT, ACK, *COMPLETIONS)
MAX_ALERTS = 200
MAX_DIFFICULT = 20
MIN_LEARNERS_FOR_DIFFICULT = 2
MIN_MISS_RATE = 0.5


def _text(value: Any, limit: int = 200) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value.encode("utf-8")   # a lone surrogate raises here: the row is skipped, not sent
    return value[:limit]


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


@dataclass
class _Cell:
    attempts: int = 0
    correct: int = 0
    ms: int = 0
    last: datetime | None = None
    mastery: float | None = None


@dataclass
class _State:
    cells: dict[tuple[str, str], _Cell] = field(default_factory=lambda: defaultdict(_Cell))
    skill_course: dict[str, str] = field(default_factory=dict)
    item_skill: dict[str, str] = field(default_factory=dict)
    item_question: dict[str, str] = field(default_factory=dict)
    firsts: dict[tuple[str, str], bool] = field(default_factory=dict)     # (learner, item) -> first answer right
    cards: dict[str, tuple[str, str, datetime]] = field(default_factory=dict)   # card -> learner, item, due
    completions: dict[str, set[tuple[str | None, str]]] = field(default_factory=lambda: defaultdict(set))
    alerts: dict[str, dict[str, Any]] = field(default_factory=dict)
    acks: dict[str, tuple[datetime, str | None]] = field(default_factory=dict)
    days: dict[tuple[date, str], list[Any]] = field(default_factory=dict)   # (day, skill) -> [att, right, ms, learners]


def _read_published_quizzes(conn: sa.Connection, class_id: str, state: _State) -> None:
    """Question text and skill of items the teacher published through the hub (newest seq wins)."""
    q = (sa.select(t.feed.c.payload).where(t.feed.c.class_id == class_id, t.feed.c.kind == "quiz",
                                          t.feed.c.deleted.is_(sa.false())).order_by(t.feed.c.seq))
    for (payload,) in conn.execute(q):
        try:
            items = payload.get("items") if isinstance(payload, dict) else None
            for item in items if isinstance(items, list) else []:
                if not isinstance(item, dict):
                    continue
                iid = _text(item.get("id"), 128)
                if iid is None:
                    continue
                question, skill = _text(item.get("question"), 4000), _text(item.get("skill"))
                if question:
                    state.item_question[iid] = question
                if skill:
                    state.item_skill.setdefault(iid, skill)
                    course = _text(item.get("course_id"), 128) or _text(payload.get("course_id"), 128)
                    if course:
                        state.skill_course.setdefault(skill, course)
        except (ValueError, TypeError, AttributeError, UnicodeEncodeError) as exc:
            log.warning("class view %s: a published quiz was skipped: %s", class_id, str(exc)[:200])


def _apply(state: _State, ev: Any, since: datetime) -> None:
    kind = ev.kind
    payload = ev.payload if isinstance(ev.payload, dict) else {}
    learner = ev.learner_id if isinstance(ev.learner_id, str) else None
    created = as_utc(ev.created_at)
    if kind == ATTEMPT and learner:
        item = _text(payload.get("quiz_item_id"), 128)
        skill = _text(payload.get("skill")) or (state.item_skill.get(item) if item else None)
        if skill is None:
            return
        if item:
            state.item_skill.setdefault(item, skill)
        right = payload.get("correct") is True
        ms = payload.get("duration_ms")
        ms = int(ms) if isinstance(ms, int) and not isinstance(ms, bool) and 0 <= ms <= 86_400_000 else 0
        cell = state.cells[(learner, skill)]
        cell.attempts += 1
        cell.correct += int(right)
        cell.ms += ms
        cell.last = created if cell.last is None or created > cell.last else cell.last
        if item and (learner, item) not in state.firsts:
            state.firsts[(learner, item)] = right
        if created >= since:
            day = state.days.setdefault((created.date(), skill), [0, 0, 0, set()])
            day[0] += 1
            day[1] += int(right)
            day[2] += ms
            day[3].add(learner)
    elif kind == MASTERY and learner:
        skill = _text(payload.get("skill")) or _text(ev.entity_id)
        level = _number(payload.get("level"))
        if skill is None or level is None or not 0.0 <= level <= 1.0:
            return
        state.cells[(learner, skill)].mastery = round(level, 4)
        course = _text(payload.get("course_id"), 128)
        if course:
            state.skill_course[skill] = course
    elif kind == REVIEW and learner:
        card, item, due = _text(ev.entity_id, 128), _text(payload.get("quiz_item_id"), 128), _when(payload.get("due"))
        if card and item and due:
            state.cards[card] = (learner, item, due)
    elif kind in COMPLETIONS and learner:
        lesson = _text(ev.entity_id, 128) or _text(payload.get("lesson_id"), 128)
        if lesson:
            state.completions[learner].add((_text(payload.get("course_id"), 128), lesson))
    elif kind == ALERT:
        state.alerts[str(ev.id)] = {"at": _when(payload.get("at")) or created, "learner_id": learner,
                                    "category": _text(payload.get("category"), 64) or "unknown",
                                    "source": _text(payload.get("source"), 64)}
    elif kind == ACK:
        alert_id = _text(payload.get("alert_event_id"), 128) or _text(ev.entity_id, 128)
        if alert_id:
            state.acks[alert_id] = (_when(payload.get("acknowledged_at")) or created, _text(payload.get("note"), 2000))


def class_view(conn: sa.Connection, class_id: str, *, course_id: str | None = None, days: int = 30,
               now: datetime | None = None) -> ClassView:
    """The class view of one class (the caller checked the teacher may see it)."""
    now = now or utcnow()
    since = datetime.combine(now.date() - timedelta(days=days - 1), datetime.min.time(), tzinfo=UTC)
    cls = conn.execute(sa.select(t.classes.c.id, t.classes.c.name).where(t.classes.c.id == class_id)).one()
    names: dict[str, str | None] = {}
    for row in conn.execute(sa.select(t.learners.c.id, t.learners.c.display_name)
                            .where(t.learners.c.class_id == class_id).order_by(t.learners.c.id)):
        try:
            names[row.id] = _text(row.display_name)
        except UnicodeEncodeError:
            names[row.id] = None
    state = _State()
    _read_published_quizzes(conn, class_id, state)
    e = t.events.c
    q = (sa.select(e.id, e.learner_id, e.kind, e.entity_id, e.created_at, e.payload)
         .where(e.class_id == class_id, e.kind.in_(KINDS)).order_by(e.hlc, e.id))
    skipped = 0
    for ev in conn.execute(q).yield_per(2000):
        try:
            _apply(state, ev, since)
        except (ValueError, TypeError, OverflowError, AttributeError, UnicodeEncodeError) as exc:
            skipped += 1
            log.warning("class view %s: event %s skipped: %s", class_id, ev.id, str(exc)[:200])
    if skipped:
        log.warning("class view %s: %d unreadable event rows skipped", class_id, skipped)
    return _assemble(state, cls, names, course_id=course_id, since=since, now=now, skipped=skipped)


def _assemble(state: _State, cls: Any, names: dict[str, str | None], *, course_id: str | None, since: datetime,
              now: datetime, skipped: int) -> ClassView:
    def in_course(skill: str) -> bool:
        return course_id is None or state.skill_course.get(skill) == course_id

    lessons = sorted({skill for (_, skill) in state.cells if in_course(skill)}, key=lambda s: (s.lower(), s))
    for learner, _ in state.cells:
        names.setdefault(learner, None)   # a learner whose roster row is missing still shows
    order = sorted(names, key=lambda lid: ((names[lid] or "").lower(), lid))
    due: dict[tuple[str, str], int] = defaultdict(int)
    for learner, item, when in state.cards.values():
        skill = state.item_skill.get(item)
        if skill and when <= now and in_course(skill):
            due[(learner, skill)] += 1
    rows, learners = [], []
    for lid in order:
        total = LearnerSummary(learner_id=lid, learner=names[lid])
        att = cor = ms = dues = 0
        last: datetime | None = None
        for skill in lessons:
            cell = state.cells.get((lid, skill)) or _Cell()
            rows.append(LessonRow(learner_id=lid, learner=names[lid], lesson=skill, course_id=state.skill_course.get(skill),
                                  attempts=cell.attempts, correct=cell.correct, mastery=cell.mastery,
                                  due_reviews=due[(lid, skill)], last_activity=cell.last,
                                  time_spent_s=round(cell.ms / 1000, 1)))
            att, cor, ms, dues = att + cell.attempts, cor + cell.correct, ms + cell.ms, dues + due[(lid, skill)]
            if cell.last and (last is None or cell.last > last):
                last = cell.last
        done = sum(1 for c, _ in state.completions.get(lid, ()) if course_id is None or c == course_id)
        learners.append(total.model_copy(update={"attempts": att, "correct": cor, "lessons_completed": done,
                                                 "due_reviews": dues, "last_activity": last,
                                                 "time_spent_s": round(ms / 1000, 1)}))
    return ClassView(class_id=cls.id, class_name=cls.name, course_id=course_id, since=since, generated_at=now,
                     learners=learners, rows=rows, difficult_items=_difficult(state, in_course),
                     alerts=_alerts(state, names), trends=_trends(state, in_course), skipped_rows=skipped)


def _difficult(state: _State, in_course: Any) -> list[DifficultItem]:
    answered: dict[str, int] = defaultdict(int)
    missed: dict[str, int] = defaultdict(int)
    for (_, item), right in state.firsts.items():
        answered[item] += 1
        missed[item] += 0 if right else 1
    out = []
    for item, n in answered.items():
        skill = state.item_skill.get(item)
        if n < MIN_LEARNERS_FOR_DIFFICULT or missed[item] / n < MIN_MISS_RATE or (skill and not in_course(skill)):
            continue
        out.append(DifficultItem(quiz_item_id=item, question=state.item_question.get(item), lesson=skill,
                                 learners_answered=n, learners_missed=missed[item],
                                 miss_rate=round(missed[item] / n, 3)))
    out.sort(key=lambda d: (-d.miss_rate, -d.learners_missed, d.quiz_item_id))
    return out[:MAX_DIFFICULT]


def _alerts(state: _State, names: dict[str, str | None]) -> list[AlertRow]:
    out = []
    for eid, a in state.alerts.items():
        acked, note = state.acks.get(eid, (None, None))
        out.append(AlertRow(event_id=eid, at=a["at"], learner_id=a["learner_id"],
                            learner=names.get(a["learner_id"]) if a["learner_id"] else None,
                            category=a["category"], source=a["source"], acknowledged_at=acked, note=note))
    out.sort(key=lambda r: (r.at, r.event_id), reverse=True)
    return out[:MAX_ALERTS]


def _trends(state: _State, in_course: Any) -> list[DayTrend]:
    per_day: dict[date, list[Any]] = {}
    for (day, skill), (attempts, correct, ms, learners) in state.days.items():
        if in_course(skill):
            total = per_day.setdefault(day, [0, 0, 0, set()])
            total[0], total[1], total[2] = total[0] + attempts, total[1] + correct, total[2] + ms
            total[3] |= learners
    return [DayTrend(day=day, attempts=a, correct=c, active_learners=len(who), time_spent_s=round(ms / 1000, 1))
            for day, (a, c, ms, who) in sorted(per_day.items())]
