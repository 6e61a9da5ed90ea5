"""Applying what the hub published to the local database, inside the pull's transaction.

Every item is kept as published in `sync_feed` (newest seq wins). Then, best effort and inside a
savepoint so a mismatch never blocks sync, it is mirrored into the library's own tables:

- `roster.learner` {learner_id, display_name}           -> learners (added if missing)
- `course` {name, language?, description?}              -> courses (upsert by id)
- `lesson` {course_id, title, ordinal?}                 -> lessons (upsert by id; course must exist)
- `quiz`   {course_id?, items: [{id, question, choices?, answer?, explanation?, skill?}]}
                                                         -> quiz_items (upsert by item id, teacher-approved)
- `outline` {course_id, units: [{lessons: [{title, document_id?}]}]}   (a teacher's `outline.published`)
                                                         -> lessons.ordinal of this kiosk's copy of the course
                                                            (by document, else by title), so the learner home
                                                            and "what next" follow the published path

A deleted item is marked deleted in `sync_feed` only: nothing a learner did is removed locally.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

from engine.store import utc_now
from engine.wire import FeedItem

log = logging.getLogger(__name__)


def apply_feed_item(db: Any, item: FeedItem) -> None:
    payload = json.dumps(item.payload, ensure_ascii=False, sort_keys=True)
    db.execute(
        "INSERT INTO sync_feed (kind, entity_id, seq, payload, deleted, published_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(kind, entity_id) DO UPDATE SET seq=excluded.seq, payload=excluded.payload, "
        "deleted=excluded.deleted, published_at=excluded.published_at WHERE excluded.seq > sync_feed.seq",
        [item.kind, item.entity_id, item.seq, payload, int(item.deleted), item.published_at.isoformat()])
    if item.deleted:
        return
    mirror = _MIRRORS.get(item.kind)
    if mirror is None:
        return
    db.execute("SAVEPOINT sync_apply")
    try:
        mirror(db, item.entity_id, item.payload, utc_now())
        db.execute("RELEASE sync_apply")
    except (sqlite3.Error, TypeError, ValueError) as exc:
        # e.g. a local course already has that name: the item stays available in sync_feed.
        db.execute("ROLLBACK TO sync_apply")
        db.execute("RELEASE sync_apply")
        log.info("Published %s %s kept in sync_feed only: %s", item.kind, item.entity_id, exc)


def _columns(db: Any, table: str) -> set[str]:
    return {r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()}


def _roster(db: Any, entity_id: str, p: dict[str, Any], now: str) -> None:
    if p.get("display_name"):
        db.execute("INSERT INTO learners (id, name, created_at, updated_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET name=excluded.name, updated_at=excluded.updated_at",
                   [entity_id, str(p["display_name"]), now, now])


def _course(db: Any, entity_id: str, p: dict[str, Any], now: str) -> None:
    db.execute("INSERT INTO courses (id, name, language, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
               "ON CONFLICT(id) DO UPDATE SET name=excluded.name, language=excluded.language, "
               "description=excluded.description, updated_at=excluded.updated_at",
               [entity_id, str(p.get("name") or p.get("title") or entity_id), p.get("language"),
                p.get("description"), now, now])


def _lesson(db: Any, entity_id: str, p: dict[str, Any], now: str) -> None:
    if not p.get("course_id"):
        return
    db.execute("INSERT INTO lessons (id, course_id, title, ordinal, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
               "ON CONFLICT(id) DO UPDATE SET course_id=excluded.course_id, title=excluded.title, "
               "ordinal=excluded.ordinal, updated_at=excluded.updated_at",
               [entity_id, str(p["course_id"]), str(p.get("title") or entity_id), int(p.get("ordinal") or 0), now, now])


def _quiz(db: Any, entity_id: str, p: dict[str, Any], now: str) -> None:
    cols = _columns(db, "quiz_items")
    for q in p.get("items") or []:
        if not isinstance(q, dict) or not q.get("id") or not q.get("question"):
            continue
        row: dict[str, Any] = {
            "id": str(q["id"]), "course_id": q.get("course_id") or p.get("course_id"), "kind": q.get("kind") or "choice",
            "question": str(q["question"]), "choices": json.dumps(q.get("choices") or [], ensure_ascii=False),
            "answer": q.get("answer"), "explanation": q.get("explanation"), "skill": q.get("skill"),
            "status": "approved", "origin": "teacher", "created_at": now, "updated_at": now,
        }
        row = {k: v for k, v in row.items() if k in cols}
        names = ", ".join(row)
        updates = ", ".join(f"{k}=excluded.{k}" for k in row if k not in ("id", "created_at"))
        db.execute(f"INSERT INTO quiz_items ({names}) VALUES ({', '.join('?' * len(row))}) "
                   f"ON CONFLICT(id) DO UPDATE SET {updates}", list(row.values()))


def _outline(db: Any, entity_id: str, p: dict[str, Any], now: str) -> None:
    course_id = str(p.get("course_id") or entity_id)
    done: set[str] = set()
    lessons = [x for u in p.get("units") or [] if isinstance(u, dict) for x in u.get("lessons") or []
               if isinstance(x, dict)]
    for ordinal, lesson in enumerate(lessons, start=1):
        # A document's first lesson in the path gives its place (as OutlineBook.publish does locally).
        key = str(lesson.get("document_id") or lesson.get("title") or "")
        if not key or key in done:
            continue
        done.add(key)
        if lesson.get("document_id"):
            db.execute("UPDATE lessons SET ordinal = ?, updated_at = ? WHERE course_id = ? AND document_id = ?",
                       [ordinal, now, course_id, str(lesson["document_id"])])
        else:
            db.execute("UPDATE lessons SET ordinal = ?, updated_at = ? WHERE course_id = ? AND title = ?",
                       [ordinal, now, course_id, str(lesson["title"])])


_MIRRORS = {"roster.learner": _roster, "course": _course, "lesson": _lesson, "quiz": _quiz, "outline": _outline}
