"""Quiz items in the store: made from a course's chunks, kept as drafts until a teacher approves.

A school setting (`auto_approve`) approves items that passed validation as they are saved; an item
the model wrote is approved that way only when its words pass the output safety check (the school's
filter when the bank has it), as every model text a child sees must. Cloze and teacher items are the
lesson's and the teacher's own words.
Skills are lessons: an item's skill is the lesson title of the document its chunk came from
(the document title when the document is not a lesson).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from engine.cancel import CancelToken
from engine.errors import LanternError
from engine.store import Store, new_id, utc_now
from engine.tutor.quiz import QuizItem, SourceChunk, validate_item
from engine.tutor.quizgen import QuizGeneration, generate_quiz

STATUSES = ("draft", "approved", "rejected")


def course_row(store: Store, course: str) -> dict[str, Any] | None:
    """A course by id or name (case-insensitive, spaces collapsed), or None: the one course lookup of
    every surface (window, `lantern ask`, `lantern quiz`, teacher screens)."""
    name = " ".join(course.split())
    row = store.db.execute("SELECT id, name, language FROM courses WHERE id = ? OR name = ? COLLATE NOCASE"
                           " ORDER BY id = ? DESC LIMIT 1", [course, name, course]).fetchone()
    return None if row is None else {"id": row[0], "name": row[1], "language": row[2]}


def find_course(store: Store, course: str) -> dict[str, Any]:
    """`course_row`, or a LanternError naming the courses there are."""
    row = course_row(store, course)
    if row is None:
        names = [r[0] for r in store.db.execute("SELECT name FROM courses ORDER BY name").fetchall()]
        hint = f"Courses here: {', '.join(names)}." if names else "Import material first: lantern library import PATH"
        raise LanternError(f"No course called {course!r}.", hint=hint)
    return row


def course_chunks(store: Store, course_id: str) -> list[SourceChunk]:
    """Every ready chunk of a course, in lesson then document order, with its skill (lesson)."""
    rows = store.db.execute(
        "SELECT c.id, c.text, c.heading_path, c.page, d.id, d.title, d.course_id, l.title"
        " FROM chunks c JOIN documents d ON d.id = c.document_id"
        " LEFT JOIN lessons l ON l.document_id = d.id"
        " WHERE d.course_id = ? AND d.status = 'ready'"
        " ORDER BY COALESCE(l.ordinal, 1000000), d.source_path, c.ordinal", [course_id]).fetchall()
    out = []
    for cid, text, heading_path, page, doc_id, title, course, lesson in rows:
        headings = [h for h in (heading_path or "").split(" › ") if h]
        if headings and headings[0].casefold() == (title or "").casefold():
            headings = headings[1:]
        out.append(SourceChunk(cid, text, document_id=doc_id, title=title or "", heading=" › ".join(headings),
                               page=page, course_id=course, skill=lesson or title))
    return out


def _row_to_item(r: Any) -> QuizItem:
    return QuizItem(kind=r["kind"], question=r["question"], answer=r["answer"] or "",
                    choices=tuple(json.loads(r["choices"] or "[]")), chunk_id=r["chunk_id"],
                    citation=r["citation"] or "", explanation=r["explanation"] or "",
                    skill=r["skill"], document_id=r["document_id"], course_id=r["course_id"],
                    origin=r["origin"] or "teacher", status=r["status"], id=r["id"])


class QuizBank:
    def __init__(self, store: Store, *, safety: Callable[[], Any] | None = None) -> None:
        """`safety`: a getter of the school's `SafetyFilter` (None: the built-in rules), asked only when
        a model-written item is auto-approved."""
        self.store = store
        self._safety_getter = safety
        self._safety: Any = None

    def _safe_to_show(self, db: Any, item: QuizItem) -> bool:
        """A model-written item passes the output check before it can skip the teacher."""
        if item.origin != "model":
            return True
        if self._safety is None:
            from engine.safety import default_filter

            self._safety = self._safety_getter() if self._safety_getter is not None else default_filter()
        row = db.execute("SELECT language FROM courses WHERE id = ?", [item.course_id]).fetchone()
        words = " \n".join([item.question, *item.choices, item.answer, item.explanation])
        return bool(self._safety.check_output(words, (row[0] if row else None) or "en").allowed)

    def save(self, items: Iterable[QuizItem], *, auto_approve: bool = False) -> list[QuizItem]:
        """Store items (validated against their chunk again); returns them with ids and status."""
        saved: list[QuizItem] = []
        now = utc_now()
        with self.store.write() as db:
            for it in items:
                src = db.execute("SELECT text FROM chunks WHERE id = ?", [it.chunk_id]).fetchone()
                problems = validate_item(it, src[0] if src else "")
                if problems:
                    continue
                iid = it.id or new_id()
                if auto_approve and self._safe_to_show(db, it):
                    status = "approved"
                else:
                    status = it.status if it.status in STATUSES and not auto_approve else "draft"
                db.execute("INSERT INTO quiz_items (id, course_id, document_id, chunk_id, kind, question, choices,"
                           " answer, explanation, skill, created_at, updated_at, status, origin, citation)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           [iid, it.course_id, it.document_id, it.chunk_id, it.kind, it.question,
                            json.dumps(list(it.choices), ensure_ascii=False), it.answer, it.explanation, it.skill,
                            now, now, status, it.origin, it.citation])
                saved.append(QuizItem(**{**it.__dict__, "id": iid, "status": status}))
        return saved

    def items(self, course_id: str, *, status: str | None = "approved") -> list[QuizItem]:
        sql = "SELECT * FROM quiz_items WHERE course_id = ?"
        args: list[Any] = [course_id]
        if status:
            sql += " AND status = ?"
            args.append(status)
        cur = self.store.db.execute(sql + " ORDER BY created_at, rowid", args)
        cols = [d[0] for d in cur.description]
        return [_row_to_item(dict(zip(cols, r, strict=True))) for r in cur.fetchall()]

    def get(self, item_id: str) -> QuizItem:
        cur = self.store.db.execute("SELECT * FROM quiz_items WHERE id = ?", [item_id])
        cols = [d[0] for d in cur.description]
        row = cur.fetchone()
        if row is None:
            raise LanternError(f"No quiz item {item_id!r}.", hint="List items with: lantern quiz --course NAME --list")
        return _row_to_item(dict(zip(cols, row, strict=True)))

    def set_status(self, item_ids: Sequence[str], status: str) -> int:
        """A teacher approves or rejects items. Returns how many changed."""
        if status not in STATUSES:
            raise LanternError(f"Unknown quiz item status {status!r}.", hint=f"Use one of: {', '.join(STATUSES)}.")
        with self.store.write() as db:
            n = 0
            for iid in item_ids:
                n += db.execute("UPDATE quiz_items SET status = ?, updated_at = ? WHERE id = ?",
                                [status, utc_now(), iid]).rowcount
        return n

    def generate(self, course: str, *, llm: Any | None = None, n_items: int = 10, auto_approve: bool = False,
                 max_model_items: int = 3, cancel: CancelToken | None = None) -> tuple[list[QuizItem], QuizGeneration]:
        """Make and save validated draft items for a course (approved at once with `auto_approve`)."""
        c = find_course(self.store, course)
        chunks = course_chunks(self.store, c["id"])
        if not chunks:
            raise LanternError(f"The course {c['name']!r} has no imported material yet.",
                               hint="Import lessons first: lantern library import PATH --course NAME")
        existing = {i.question for i in self.items(c["id"], status=None)}
        gen = generate_quiz(chunks, llm=llm, n_items=n_items + len(existing), language=c["language"],
                            max_model_items=max_model_items, cancel=cancel)
        fresh = [i for i in gen.items if i.question not in existing][:n_items]
        return self.save(fresh, auto_approve=auto_approve), gen

    def ensure(self, course: str, *, llm: Any | None = None, n_items: int = 10, auto_approve: bool = False,
               max_model_items: int = 3, cancel: CancelToken | None = None) -> list[QuizItem]:
        """The course's approved items; when it has none at all yet, generate them first."""
        c = find_course(self.store, course)
        if not self.items(c["id"], status=None):
            self.generate(course, llm=llm, n_items=n_items, auto_approve=auto_approve,
                          max_model_items=max_model_items, cancel=cancel)
        return self.items(c["id"])
