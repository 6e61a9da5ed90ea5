"""A course's learning path: units -> lessons, built from the imported material, edited and
published by the teacher.

Lessons: a document's top-level sections (a document with one section, or none, is one lesson).
Units: the folders the documents came from; with one folder, each document with several lessons
is a unit, else the whole course is one unit.

Order (deterministic): a lesson that uses a key term another lesson defines comes after it
("after 'Fractions' because it uses 'fraction', defined there"); otherwise the material's own
order (file path, then text order) stands. Units are ordered the same way by the terms their
lessons share. A circle of definitions (A uses B's term and B uses A's) is broken by the material's
order and said so.

The teacher's edits (rename, reorder) go to the draft; `publish` stores the draft as the course's
published path (the `lessons` table follows it, so quizzes and "what next" use the same order)
and queues an `outline.published` sync event (wire model: engine/wire/teacher.py). Publishing
reports `Changes(library=True)` to the caller's `ChangeTally` (the lessons' order changed); draft
edits report nothing, since learners and the other screens never read a draft.
"""
from __future__ import annotations

import hashlib
import heapq
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import PurePath
from typing import Any

from engine.changes import ChangeTally, Changes, tally_changes
from engine.errors import LanternError
from engine.store import Store, new_id, utc_now
from engine.teacher.material import (Passage, course_passages, course_row, definitions, mentions, term_stems,
                                     text_stems)
from engine.text import normalise

__all__ = ["Outline", "OutlineBook", "OutlineLesson", "OutlineUnit", "Prerequisite", "build_outline",
           "order_warnings"]

MAX_TERMS_PER_LESSON = 12


@dataclass(frozen=True)
class Prerequisite:
    term: str
    lesson_id: str
    lesson_title: str


@dataclass(frozen=True)
class OutlineLesson:
    id: str
    title: str
    document_id: str
    section: str
    chunk_ids: tuple[int, ...]
    defines: tuple[str, ...]             # key terms this lesson defines
    uses: tuple[str, ...]                # key terms defined elsewhere that this lesson uses
    prerequisites: tuple[Prerequisite, ...]
    reason: str                          # why it sits where it is, for the teacher


@dataclass(frozen=True)
class OutlineUnit:
    id: str
    title: str
    lessons: tuple[OutlineLesson, ...]


@dataclass(frozen=True)
class Outline:
    course_id: str
    course_name: str
    units: tuple[OutlineUnit, ...]
    notes: tuple[str, ...] = field(default=())

    @property
    def lessons(self) -> list[OutlineLesson]:
        return [lesson for u in self.units for lesson in u.lessons]

    def lesson(self, lesson_id: str) -> OutlineLesson:
        for lesson in self.lessons:
            if lesson.id == lesson_id or (len(lesson_id) >= 6 and lesson.id.startswith(lesson_id)):
                return lesson
        raise LanternError(f"No lesson {lesson_id!r} in the outline of {self.course_name!r}.",
                           hint="See the lesson ids with: lantern teacher outline show --course NAME")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Outline:
        units = tuple(OutlineUnit(u["id"], u["title"], tuple(
            OutlineLesson(lesson["id"], lesson["title"], lesson["document_id"], lesson["section"],
                          tuple(lesson["chunk_ids"]), tuple(lesson["defines"]), tuple(lesson["uses"]),
                          tuple(Prerequisite(**p) for p in lesson["prerequisites"]), lesson["reason"])
            for lesson in u["lessons"])) for u in data["units"])
        return cls(data["course_id"], data["course_name"], units, tuple(data.get("notes", ())))


def _stable_id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


@dataclass
class _Draft:
    id: str
    title: str
    document_id: str
    section: str
    unit_key: str
    passages: list[Passage]


def _lessons_of(passages: Sequence[Passage]) -> list[_Draft]:
    by_doc: dict[str, list[Passage]] = {}
    for p in passages:
        by_doc.setdefault(p.document_id, []).append(p)
    drafts: list[_Draft] = []
    folders = {str(PurePath(ps[0].source_path).parent) for ps in by_doc.values()}
    for doc_id, ps in by_doc.items():
        sections: list[tuple[str, list[Passage]]] = []
        for p in ps:
            if sections and (p.section == sections[-1][0] or not p.section):
                sections[-1][1].append(p)
            else:
                sections.append((p.section, [p]))
        if len(sections) > 1 and sections[0][0] == "":      # an introduction joins the first section
            intro = sections.pop(0)[1]
            sections[0] = (sections[0][0], intro + sections[0][1])
        folder = str(PurePath(ps[0].source_path).parent)
        if len(folders) > 1:
            unit_key = folder
        elif len(sections) > 1:
            unit_key = f"doc:{doc_id}"
        else:
            unit_key = ""
        if len(sections) == 1:
            drafts.append(_Draft(_stable_id(doc_id), ps[0].document_title or sections[0][0], doc_id, "", unit_key,
                                 sections[0][1]))
        else:
            for section, sps in sections:
                drafts.append(_Draft(_stable_id(doc_id, section), section or ps[0].document_title, doc_id, section,
                                     unit_key, sps))
    return drafts


def _topological(n: int, edges: dict[int, set[int]]) -> tuple[list[int], set[int]]:
    """Kahn's order over 0..n-1 (lowest original index first among the ready); a circle is broken at
    its lowest index. Returns the order and the nodes placed while a prerequisite was still missing."""
    indegree = [0] * n
    for targets in edges.values():
        for b in targets:
            indegree[b] += 1
    ready = [i for i in range(n) if indegree[i] == 0]
    heapq.heapify(ready)
    placed: list[int] = []
    done: set[int] = set()
    forced: set[int] = set()
    while len(placed) < n:
        if not ready:
            nxt = min(i for i in range(n) if i not in done)
            forced.add(nxt)
            indegree[nxt] = 0
            heapq.heappush(ready, nxt)
        i = heapq.heappop(ready)
        if i in done:
            continue
        placed.append(i)
        done.add(i)
        for b in sorted(edges.get(i, ())):
            if b in done:
                continue
            indegree[b] -= 1
            if indegree[b] == 0:
                heapq.heappush(ready, b)
    return placed, forced


def build_outline(store: Store, course: str) -> Outline:
    """The learning path the material suggests (not saved). Deterministic for the same material."""
    c = course_row(store, course)
    passages = course_passages(store, c["id"])
    if not passages:
        raise LanternError(f"The course {c['name']!r} has no imported material yet.",
                           hint="Import lessons first: lantern import PATH --course NAME")
    language = c["language"] or passages[0].language
    drafts = _lessons_of(passages)
    defs = definitions(passages, language=language)
    chunk_lesson = {p.chunk_id: i for i, d in enumerate(drafts) for p in d.passages}
    # A term belongs to the first lesson that defines it.
    definer: dict[str, tuple[int, str]] = {}
    for d in defs:
        definer.setdefault(normalise(d.term), (chunk_lesson[d.chunk_id], d.term))
    stems_by_lesson = [text_stems(" ".join(p.text for p in d.passages), language) for d in drafts]
    term_keys = {key: term_stems(term, language) for key, (_, term) in definer.items()}
    uses: dict[int, list[tuple[str, int]]] = {i: [] for i in range(len(drafts))}
    edges: dict[int, set[int]] = {}
    for key, (owner, term) in definer.items():
        for i, st in enumerate(stems_by_lesson):
            if i != owner and mentions(st, term_keys[key]):
                uses[i].append((term, owner))
                edges.setdefault(owner, set()).add(i)
    # Units first (their order follows the lessons' terms), then lessons inside each unit.
    unit_keys: list[str] = []
    for draft in drafts:
        if draft.unit_key not in unit_keys:
            unit_keys.append(draft.unit_key)
    unit_edges: dict[int, set[int]] = {}
    for a, targets in edges.items():
        ua = unit_keys.index(drafts[a].unit_key)
        for b in targets:
            ub = unit_keys.index(drafts[b].unit_key)
            if ua != ub:
                unit_edges.setdefault(ua, set()).add(ub)
    unit_order, unit_forced = _topological(len(unit_keys), unit_edges)
    notes: list[str] = []
    units: list[OutlineUnit] = []
    for ui in unit_order:
        members = [i for i, d in enumerate(drafts) if d.unit_key == unit_keys[ui]]
        local = {g: k for k, g in enumerate(members)}
        local_edges = {local[a]: {local[b] for b in bs if b in local} for a, bs in edges.items() if a in local}
        order, forced = _topological(len(members), local_edges)
        lessons = []
        position: dict[int, int] = {}
        for k in order:
            position[members[k]] = len(position)
        for k in order:
            i = members[k]
            lessons.append(_lesson(drafts, i, uses[i], defs, chunk_lesson, members, position, k in forced, language))
            if k in forced:
                notes.append(f"'{drafts[i].title}' and a lesson it needs define each other's terms; "
                             "the material's order was kept.")
        unit_title = _unit_title(unit_keys[ui], drafts, c["name"])
        units.append(OutlineUnit(_stable_id(c["id"], unit_keys[ui]), unit_title, tuple(lessons)))
        if ui in unit_forced:
            notes.append(f"Unit '{unit_title}' and another unit use each other's terms; the material's order was kept.")
    return Outline(c["id"], c["name"], tuple(units), tuple(notes))


def _unit_title(key: str, drafts: Sequence[_Draft], course_name: str) -> str:
    if key.startswith("doc:"):
        return next(d.passages[0].document_title for d in drafts if d.unit_key == key) or course_name
    if key:
        return PurePath(key).name.replace("_", " ").replace("-", " ").strip() or course_name
    return course_name


def _lesson(drafts: Sequence[_Draft], i: int, used: list[tuple[str, int]], defs: Sequence[Any],
            chunk_lesson: dict[int, int], members: Sequence[int], position: dict[int, int], forced: bool,
            language: str) -> OutlineLesson:
    d = drafts[i]
    defines = tuple(x.term for x in defs if chunk_lesson[x.chunk_id] == i)[:MAX_TERMS_PER_LESSON]
    prereqs = tuple(Prerequisite(term, drafts[owner].id, drafts[owner].title) for term, owner in used)
    # The reason names the prerequisite placed last before this lesson (the one that fixes its place).
    before = [(position[owner], -k, term, owner) for k, (term, owner) in enumerate(used)
              if owner in position and position[owner] < position[i]]
    if forced:
        reason = "kept in the material's order: it and a lesson it needs use each other's terms"
    elif before:
        _, _, term, owner = max(before)   # the latest lesson; its first-defined term
        reason = f"after '{drafts[owner].title}' because it uses '{term}', defined there"
    elif any(owner not in position for _, owner in used):
        term, owner = next((t, o) for t, o in used if o not in position)
        reason = f"its unit comes after '{drafts[owner].title}''s unit, which defines '{term}'"
    else:
        reason = "in the material's order"
    return OutlineLesson(d.id, d.title, d.document_id, d.section, tuple(p.chunk_id for p in d.passages), defines,
                         tuple(dict.fromkeys(t for t, _ in used))[:MAX_TERMS_PER_LESSON], prereqs, reason)


def order_warnings(outline: Outline) -> list[str]:
    """Lessons that now come before a lesson they need (after a teacher's reordering)."""
    seen: set[str] = set()
    out = []
    for lesson in outline.lessons:
        for p in lesson.prerequisites:
            if p.lesson_id not in seen and any(x.id == p.lesson_id for x in outline.lessons):
                out.append(f"'{lesson.title}' uses '{p.term}' before '{p.lesson_title}' defines it.")
        seen.add(lesson.id)
    return out


class OutlineBook:
    """Draft and published outlines of each course, in the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def draft(self, course: str) -> Outline:
        """The teacher's draft; built from the material (and saved) the first time."""
        c = course_row(self.store, course)
        row = self.store.db.execute("SELECT draft FROM course_outlines WHERE course_id = ?", [c["id"]]).fetchone()
        if row:
            return Outline.from_json(json.loads(row[0]))
        return self.rebuild(course)

    def current(self, course: str) -> Outline:
        """The saved draft, or the outline the material suggests (without saving it): for readers
        such as the material check, which must not write."""
        c = course_row(self.store, course)
        row = self.store.db.execute("SELECT draft FROM course_outlines WHERE course_id = ?", [c["id"]]).fetchone()
        return Outline.from_json(json.loads(row[0])) if row else build_outline(self.store, c["id"])

    def rebuild(self, course: str) -> Outline:
        """Build the outline from the material again; the draft's edits are replaced."""
        outline = build_outline(self.store, course)
        self._save_draft(outline)
        return outline

    def published(self, course: str) -> Outline | None:
        c = course_row(self.store, course)
        row = self.store.db.execute("SELECT published FROM course_outlines WHERE course_id = ?", [c["id"]]).fetchone()
        return Outline.from_json(json.loads(row[0])) if row and row[0] else None

    def _save_draft(self, outline: Outline) -> None:
        text = json.dumps(outline.to_json(), ensure_ascii=False)
        with self.store.write() as db:
            db.execute("INSERT INTO course_outlines (course_id, draft, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT(course_id) DO UPDATE SET draft = excluded.draft, updated_at = excluded.updated_at",
                       [outline.course_id, text, utc_now()])

    def rename_lesson(self, course: str, lesson_id: str, title: str) -> Outline:
        title = _clean_title(title)
        outline = self.draft(course)
        target = outline.lesson(lesson_id).id
        units = tuple(replace(u, lessons=tuple(replace(x, title=title) if x.id == target else x for x in u.lessons))
                      for u in outline.units)
        return self._store_edit(replace(outline, units=units))

    def rename_unit(self, course: str, unit_id: str, title: str) -> Outline:
        title = _clean_title(title)
        outline = self.draft(course)
        unit = _find_unit(outline, unit_id)
        return self._store_edit(replace(outline, units=tuple(replace(u, title=title) if u.id == unit.id else u
                                                             for u in outline.units)))

    def move_lesson(self, course: str, lesson_id: str, position: int, *, unit_id: str | None = None) -> Outline:
        """Put a lesson at `position` (0-based) of its unit, or of `unit_id`'s unit."""
        outline = self.draft(course)
        lesson = outline.lesson(lesson_id)
        target_unit = _find_unit(outline, unit_id) if unit_id else next(u for u in outline.units if lesson in u.lessons)
        moved = replace(lesson, reason="placed here by the teacher")
        units = []
        for u in outline.units:
            rest = [x for x in u.lessons if x.id != lesson.id]
            if u.id == target_unit.id:
                rest.insert(max(0, min(position, len(rest))), moved)
            units.append(replace(u, lessons=tuple(rest)))
        return self._store_edit(replace(outline, units=tuple(u for u in units if u.lessons)))

    def move_unit(self, course: str, unit_id: str, position: int) -> Outline:
        outline = self.draft(course)
        unit = _find_unit(outline, unit_id)
        rest = [u for u in outline.units if u.id != unit.id]
        rest.insert(max(0, min(position, len(rest))), unit)
        return self._store_edit(replace(outline, units=tuple(rest)))

    def _store_edit(self, outline: Outline) -> Outline:
        self._save_draft(outline)
        return outline

    def publish(self, course: str, *, tally: ChangeTally | None = None) -> Outline:
        """The draft becomes the course's path for learners: stored, mirrored into `lessons`
        (order; a title only for a new row, since an existing title is the skill mastery is kept
        under), and queued for sync to the class."""
        outline = self.draft(course)
        now = utc_now()
        with self.store.write() as db:
            db.execute("UPDATE course_outlines SET published = ?, published_at = ?, updated_at = ? WHERE course_id = ?",
                       [json.dumps(outline.to_json(), ensure_ascii=False), now, now, outline.course_id])
            self._mirror_lessons(db, outline, now)
            self.store.record_event(db, "outline.published", outline.course_id, outline_event(outline))
        tally_changes(tally, Changes(library=True))
        return outline

    @staticmethod
    def _mirror_lessons(db: Any, outline: Outline, now: str) -> None:
        # One `lessons` row per document (the quiz bank's skill is the document's lesson): a
        # document's first lesson in the path names it and gives its place.
        firsts: dict[str, tuple[int, OutlineLesson]] = {}
        for ordinal, lesson in enumerate(outline.lessons, start=1):
            firsts.setdefault(lesson.document_id, (ordinal, lesson))
        for doc_id, (ordinal, lesson) in firsts.items():
            title = lesson.title if lesson.section == "" else db.execute(
                "SELECT title FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
            row = db.execute("SELECT id FROM lessons WHERE course_id = ? AND document_id = ?",
                             [outline.course_id, doc_id]).fetchone()
            if row:   # the title stays: it is the quiz items' skill, and mastery is kept per skill
                db.execute("UPDATE lessons SET ordinal = ?, updated_at = ? WHERE id = ?", [ordinal, now, row[0]])
            else:
                db.execute("INSERT INTO lessons (id, course_id, document_id, title, ordinal, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [new_id(), outline.course_id, doc_id, title, ordinal, now, now])


def outline_event(outline: Outline) -> dict[str, Any]:
    """The `outline.published` payload: titles, order and key terms (no passage text)."""
    return {"course_id": outline.course_id, "course_name": outline.course_name,
            "units": [{"id": u.id, "title": u.title,
                       "lessons": [{"id": x.id, "title": x.title, "document_id": x.document_id,
                                    "key_terms": list(x.defines[:MAX_TERMS_PER_LESSON])} for x in u.lessons]}
                      for u in outline.units]}


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise LanternError("A title cannot be empty.", hint="Type a name for it.")
    return title[:200]


def _find_unit(outline: Outline, unit_id: str) -> OutlineUnit:
    for u in outline.units:
        if u.id == unit_id or (len(unit_id) >= 6 and u.id.startswith(unit_id)):
            return u
    raise LanternError(f"No unit {unit_id!r} in the outline of {outline.course_name!r}.",
                       hint="See the unit ids with: lantern teacher outline show --course NAME")
