"""`Library`: import class material into the store (and the vector index), list it, remove it.

An import is a generator of `ImportProgress` items (the UI's progress bar; the CLI's log). Each
file goes through: hash → (unchanged? duplicate? → skip) → read + chunk into a *staging* document
(status 'importing', invisible to search) in small transactions → vectors → one final transaction
that swaps the staging chunks in (replacing an older version atomically). Cancelling, a bad file
or a crash leaves only the staging rows, which are deleted at once (or at the next start): the
library is exactly as it was. A job row remembers the paths until the whole import is finished,
so `resume()` continues after a restart; finished documents are skipped by their sha256.

What an import, a resume or a removal changed goes to the caller's `ChangeTally` (`tally=`) as it is
committed: the library, for each document that went in or out and for a course the import made.
A file that failed, was unchanged or a duplicate changes nothing.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from engine.cancel import CancelToken
from engine.changes import ChangeTally, Changes, tally_changes
from engine.errors import Cancelled, ImportError_, LanternError
from engine.library.chunking import HEADING_SEPARATOR, chunk_blocks
from engine.library.language import SAMPLE_CHARS, detect_language
from engine.library.readers import Block, document_type, read_blocks
from engine.store import Store, new_id, utc_now

if TYPE_CHECKING:
    from engine.retrieval.vectors import VectorIndex

log = logging.getLogger(__name__)
DEFAULT_COURSE = "My library"
_BATCH = 128          # chunks per staging transaction
_VECTOR_BATCH = 64    # chunks per embedding call (progress + cancel granularity)
LIBRARY_CHANGED = Changes(library=True)


@dataclass(frozen=True)
class ImportProgress:
    """One step of an import. `stage` is one of:
    'reading' / 'indexing' (a file in progress), 'imported', 'unchanged', 'duplicate', 'skipped'
    (not a supported file inside a folder), 'failed' (with `message`), 'done' (the end)."""

    stage: str
    path: str
    file_index: int
    file_count: int
    fraction: float = 0.0          # of the whole import, 0..1
    chunks: int = 0
    message: str = ""
    document_id: str | None = None

    @property
    def finished_file(self) -> bool:
        return self.stage in ("imported", "unchanged", "duplicate", "skipped", "failed")


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    course: str
    course_id: str
    title: str
    source_path: str
    type: str
    language: str | None
    chunk_count: int
    size_bytes: int
    updated_at: str


@dataclass(frozen=True)
class CourseInfo:
    id: str
    name: str
    document_count: int


def _title_from(path: Path) -> str:
    return path.stem.replace("_", " ").replace("-", " ").strip().capitalize() or path.name


class Library:
    """The class library over a `Store` (and optionally a `VectorIndex` for dense retrieval)."""

    def __init__(self, store: Store, *, vectors: VectorIndex | None = None) -> None:
        self.store = store
        self.vectors = vectors
        self.discard_interrupted()

    # -- courses and documents ----------------------------------------------------------------
    def ensure_course(self, name: str, *, language: str | None = None, tally: ChangeTally | None = None) -> str:
        """The course's id; the course is made (a library change) when there is none of that name."""
        name = " ".join(name.split())
        if not name:
            raise ImportError_("The course name is empty.", hint="Give the course a name, e.g. --course Science.")
        with self.store.write() as db:
            row = db.execute("SELECT id FROM courses WHERE name = ?", [name]).fetchone()
            if row:
                return str(row[0])
            cid, now = new_id(), utc_now()
            db.execute("INSERT INTO courses (id, name, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                       [cid, name, language, now, now])
        tally_changes(tally, LIBRARY_CHANGED)
        return cid

    def courses(self) -> list[CourseInfo]:
        rows = self.store.db.execute(
            "SELECT c.id, c.name, count(d.id) FROM courses c LEFT JOIN documents d"
            " ON d.course_id = c.id AND d.status = 'ready' GROUP BY c.id ORDER BY c.name").fetchall()
        return [CourseInfo(r[0], r[1], r[2]) for r in rows]

    def course_id(self, name: str) -> str | None:
        row = self.store.db.execute("SELECT id FROM courses WHERE name = ?", [" ".join(name.split())]).fetchone()
        return str(row[0]) if row else None

    def documents(self, *, course: str | None = None) -> list[DocumentInfo]:
        sql = ("SELECT d.id, c.name, c.id, d.title, d.source_path, d.type, d.language, d.chunk_count, d.size_bytes,"
               " d.updated_at FROM documents d JOIN courses c ON c.id = d.course_id WHERE d.status = 'ready'")
        params: list[str] = []
        if course:
            sql += " AND c.name = ?"
            params.append(" ".join(course.split()))
        rows = self.store.db.execute(sql + " ORDER BY c.name, d.title", params).fetchall()
        return [DocumentInfo(*r) for r in rows]

    def find_document(self, ref: str) -> DocumentInfo:
        """A document by id, id prefix (≥ 6 chars), source path or exact title."""
        ref = ref.strip()
        docs = self.documents()
        resolved = str(Path(ref).expanduser().resolve()) if ref else ""
        matches = [d for d in docs if d.id == ref] or \
                  [d for d in docs if len(ref) >= 6 and d.id.startswith(ref)] or \
                  [d for d in docs if d.source_path in (ref, resolved)] or \
                  [d for d in docs if d.title.casefold() == ref.casefold()]
        if not matches:
            raise ImportError_(f"No document '{ref}' in the library.",
                               hint="See `lantern library list` for ids and titles.")
        if len(matches) > 1:
            raise ImportError_(f"'{ref}' matches {len(matches)} documents.",
                               hint="Use the document id from `lantern library list`.")
        return matches[0]

    def remove(self, ref: str, *, tally: ChangeTally | None = None) -> DocumentInfo:
        """Remove a document, its chunks and its vectors. A document not in the library is an
        `ImportError_` (and changes nothing)."""
        doc = self.find_document(ref)
        with self.store.write() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM chunks WHERE document_id = ?", [doc.id])]
            db.execute("DELETE FROM documents WHERE id = ?", [doc.id])
        tally_changes(tally, LIBRARY_CHANGED)
        if self.vectors is not None and ids:
            self.vectors.delete(ids)
        return doc

    def discard_interrupted(self) -> int:
        """Delete staging documents left by a crash or a kill (they were never visible). A staging
        document of another running Lantern process (its pid is in `error` while importing) is left alone."""
        rows = self.store.db.execute("SELECT id, error FROM documents WHERE status = 'importing'").fetchall()
        gone = [doc_id for doc_id, owner in rows if not _owner_alive(owner)]
        for doc_id in gone:
            self._discard(doc_id)
        return len(gone)

    def _discard(self, doc_id: str) -> None:
        with self.store.write() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM chunks WHERE document_id = ?", [doc_id])]
            db.execute("DELETE FROM documents WHERE id = ? AND status = 'importing'", [doc_id])
        if self.vectors is not None and ids:
            try:
                self.vectors.delete(ids)
            except LanternError as exc:   # stale vectors are invisible and reconciled later
                log.warning("Could not delete vectors of a discarded import: %s", exc)

    # -- import -------------------------------------------------------------------------------
    def import_paths(self, paths: Sequence[Path | str], *, course: str = DEFAULT_COURSE,
                     cancel: CancelToken | None = None, tally: ChangeTally | None = None) -> Iterator[ImportProgress]:
        """Import files and folders (recursively) into `course`. Lazy: nothing happens until
        iterated. A bad file yields a 'failed' item and the import goes on with the next one;
        cancelling raises `Cancelled` after removing the unfinished document. `tally` gets the
        library as soon as a document is in (or the course was made), so it is right after a cancel."""
        cancel = cancel or CancelToken()
        course_id = self.ensure_course(course, tally=tally)
        job_id, now = new_id(), utc_now()
        with self.store.write() as db:
            db.execute("INSERT INTO import_jobs (id, course_id, paths, status, created_at, updated_at)"
                       " VALUES (?, ?, ?, 'running', ?, ?)",
                       [job_id, course_id, json.dumps([str(p) for p in paths]), now, now])
        yield from self._run_job(job_id, course_id, [Path(p) for p in paths], cancel, tally)

    def pending_jobs(self) -> list[tuple[str, str, list[str]]]:
        """(job id, course name, paths) of imports a restart interrupted."""
        rows = self.store.db.execute(
            "SELECT j.id, c.name, j.paths FROM import_jobs j JOIN courses c ON c.id = j.course_id"
            " WHERE j.status = 'running' ORDER BY j.created_at").fetchall()
        return [(r[0], r[1], json.loads(r[2])) for r in rows]

    def resume(self, *, cancel: CancelToken | None = None, tally: ChangeTally | None = None) -> Iterator[ImportProgress]:
        """Continue imports a restart interrupted; documents already finished are skipped."""
        cancel = cancel or CancelToken()
        for job_id, course, paths in self.pending_jobs():
            course_id = self.course_id(course)
            if course_id is not None:
                yield from self._run_job(job_id, course_id, [Path(p) for p in paths], cancel, tally)

    def _finish_job(self, job_id: str, status: str) -> None:
        with self.store.write() as db:
            db.execute("UPDATE import_jobs SET status = ?, updated_at = ? WHERE id = ?", [status, utc_now(), job_id])

    def _run_job(self, job_id: str, course_id: str, paths: list[Path], cancel: CancelToken,
                 tally: ChangeTally | None) -> Iterator[ImportProgress]:
        files = list(self._expand(paths))
        total = len(files)
        try:
            for index, (path, problem) in enumerate(files, start=1):
                cancel.raise_if_cancelled()
                base = (index - 1) / max(1, total)
                if problem is not None:
                    stage = "skipped" if problem.startswith("skip:") else "failed"
                    yield ImportProgress(stage, str(path), index, total, base + 1 / total, message=problem.removeprefix("skip:"))
                    continue
                try:
                    yield from self._import_file(path, course_id, index, total, cancel, tally)
                except ImportError_ as exc:
                    yield ImportProgress("failed", str(path), index, total, base + 1 / total, message=str(exc))
        except Cancelled:
            self._finish_job(job_id, "cancelled")
            raise
        self._finish_job(job_id, "done")
        yield ImportProgress("done", "", total, total, 1.0)

    @staticmethod
    def _expand(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
        """(file, problem or None) for each path; folders recursively, hidden files skipped."""
        for raw in paths:
            path = Path(raw).expanduser()
            try:
                path = path.resolve()
                is_dir = path.is_dir()
                exists = path.exists()
            except OSError as exc:
                yield path, f"Cannot read {path}: {exc.strerror}."
                continue
            if not exists:
                yield path, f"{path} does not exist. Check the path."
            elif is_dir:
                found = False
                for root, dirs, names in os.walk(path, onerror=None):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    for name in sorted(names):
                        if name.startswith((".", "~$")):
                            continue
                        f = Path(root) / name
                        if document_type(f) is None:
                            yield f, f"skip:{name}: not a supported type."
                        else:
                            found = True
                            yield f, None
                if not found:
                    yield path, (f"{path} has no files Lantern can import. "
                                 "Supported: .txt, .md, .html, .pdf, .docx.")
            elif document_type(path) is None:
                yield path, (f"{path.name}: '{path.suffix or 'no extension'}' files are not supported. "
                             "Import .txt, .md, .html, .pdf or .docx.")
            else:
                yield path, None

    def _import_file(self, path: Path, course_id: str, index: int, total: int,
                     cancel: CancelToken, tally: ChangeTally | None) -> Iterator[ImportProgress]:
        kind = document_type(path)
        assert kind is not None
        base, share = (index - 1) / max(1, total), 1 / max(1, total)
        try:
            before = path.stat()
            digest = _sha256(path, cancel)
        except FileNotFoundError as exc:
            raise ImportError_(f"{path.name} disappeared before it could be read.", hint="Check the file.") from exc
        except OSError as exc:
            raise ImportError_(f"Cannot read {path.name}: {exc.strerror}.",
                               hint="Check that the file exists and you may read it.") from exc
        if before.st_size == 0:
            raise ImportError_(f"{path.name} is empty.", hint="Choose a file that has text in it.")
        src = str(path)
        db = self.store.db
        existing = db.execute("SELECT id, sha256 FROM documents WHERE course_id = ? AND source_path = ?"
                              " AND status = 'ready'", [course_id, src]).fetchone()
        if existing and existing[1] == digest:
            yield ImportProgress("unchanged", src, index, total, base + share, message=f"{path.name} is unchanged.",
                                 document_id=existing[0])
            return
        twin = db.execute("SELECT id, title FROM documents WHERE course_id = ? AND sha256 = ? AND status = 'ready'"
                          " AND source_path != ?", [course_id, digest, src]).fetchone()
        if twin:
            yield ImportProgress("duplicate", src, index, total, base + share,
                                 message=f"{path.name} is already in this course as '{twin[1]}'.", document_id=twin[0])
            return
        staging = new_id()
        now = utc_now()
        with self.store.write() as w:
            w.execute("INSERT INTO documents (id, course_id, source_path, sha256, type, title, status, size_bytes,"
                      " error, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'importing', ?, ?, ?, ?)",
                      [staging, course_id, f"{src}#importing-{staging}" if existing else src, digest, kind,
                       _title_from(path), before.st_size, f"pid:{os.getpid()}", now, now])
        try:
            title, language, count = yield from self._stage_chunks(path, kind, staging, before.st_size, index, total,
                                                                   cancel)
            try:
                after = path.stat()
            except FileNotFoundError as exc:
                raise ImportError_(f"{path.name} disappeared while it was being imported.",
                                   hint="Nothing was added; import it again when the file is back.") from exc
            if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
                raise ImportError_(f"{path.name} changed while it was being imported.",
                                   hint="Nothing was added; import it again once it is saved.")
            if count == 0:
                raise ImportError_(f"{path.name} has no text to import.", hint="Choose a file with some text in it.")
            if self.vectors is not None:
                yield from self._stage_vectors(staging, course_id, src, count, index, total, cancel)
            cancel.raise_if_cancelled()
            doc_id, old_chunks = self._publish(staging, existing[0] if existing else None, title, language, kind)
        except BaseException:
            self._discard(staging)
            raise
        tally_changes(tally, LIBRARY_CHANGED)
        if self.vectors is not None and old_chunks:
            try:
                self.vectors.delete(old_chunks)
            except LanternError as exc:
                log.warning("Old vectors of %s stay until the next reindex: %s", path.name, exc)
        verb = "replaced" if existing else "imported"
        yield ImportProgress("imported", src, index, total, base + share, chunks=count, document_id=doc_id,
                             message=f"{path.name}: {verb}, {count} passage{'s' if count != 1 else ''}.")

    def _stage_chunks(self, path: Path, kind: str, staging: str, size: int, index: int, total: int,
                      cancel: CancelToken) -> Generator[ImportProgress, None, tuple[str, str | None, int]]:
        """Read, chunk and insert into the staging document. Returns (title, language, count)."""
        base, share = (index - 1) / max(1, total), 1 / max(1, total)
        vector_share = 0.5 if self.vectors is not None else 0.0
        title: str | None = None
        first_heading: str | None = None
        sample: list[str] = []
        sample_len = 0
        count = 0
        batch: list[tuple] = []

        def blocks() -> Iterator[Block]:
            nonlocal title, first_heading
            try:
                for block in read_blocks(path, kind):
                    if block.level < 0:
                        title = title or block.text
                        continue
                    if block.level > 0 and first_heading is None:
                        first_heading = block.text
                    yield block
            except FileNotFoundError as exc:
                raise ImportError_(f"{path.name} disappeared while it was being imported.",
                                   hint="Nothing was added; import it again when the file is back.") from exc
            except OSError as exc:
                raise ImportError_(f"Cannot read {path.name}: {exc.strerror or exc}.",
                                   hint="Check that the file exists and you may read it.") from exc

        def flush() -> None:
            with self.store.write() as w:
                w.conn.executemany("INSERT INTO chunks (document_id, ordinal, text, heading_path, page, char_start,"
                                   " char_end) VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
            batch.clear()

        for chunk in chunk_blocks(blocks()):
            batch.append((staging, chunk.ordinal, chunk.text, chunk.heading_path, chunk.page, chunk.char_start,
                          chunk.char_end))
            count += 1
            if sample_len < SAMPLE_CHARS:
                sample.append(chunk.text)
                sample_len += len(chunk.text)
            if len(batch) >= _BATCH:
                cancel.raise_if_cancelled()
                flush()
                done = min(1.0, chunk.char_end / max(1, size))
                yield ImportProgress("reading", str(path), index, total, base + share * (1 - vector_share) * done,
                                     chunks=count)
        cancel.raise_if_cancelled()
        if batch:
            flush()
        language = detect_language(" ".join(sample))
        first = first_heading.split(HEADING_SEPARATOR)[0] if first_heading else None
        return (title or first or _title_from(path)).strip()[:200], language, count

    def _stage_vectors(self, staging: str, course_id: str, src: str, count: int, index: int, total: int,
                       cancel: CancelToken) -> Iterator[ImportProgress]:
        assert self.vectors is not None
        base, share = (index - 1) / max(1, total), 1 / max(1, total)
        done = 0
        last_id = -1
        while True:
            cancel.raise_if_cancelled()
            rows = self.store.db.execute(
                "SELECT id, text, heading_path FROM chunks WHERE document_id = ? AND id > ? ORDER BY id LIMIT ?",
                [staging, last_id, _VECTOR_BATCH]).fetchall()
            if not rows:
                return
            self.vectors.add([r[0] for r in rows], [embedding_text(r[1], r[2]) for r in rows], [course_id] * len(rows))
            last_id = rows[-1][0]
            done += len(rows)
            yield ImportProgress("indexing", src, index, total, base + share * (0.5 + 0.5 * done / max(1, count)),
                                 chunks=done)

    def _publish(self, staging: str, old_id: str | None, title: str, language: str | None,
                 kind: str) -> tuple[str, list[int]]:
        """Make the staging document the real one, in one transaction."""
        now = utc_now()
        with self.store.write() as w:
            count = w.execute("SELECT count(*), max(page) FROM chunks WHERE document_id = ?", [staging]).fetchone()
            if kind == "txt" and (count[1] or 1) <= 1:
                w.execute("UPDATE chunks SET page = NULL WHERE document_id = ?", [staging])  # no real pages
            fields = [title, language, count[0], now, staging]
            w.execute("UPDATE documents SET title = ?, language = ?, chunk_count = ?, error = NULL, updated_at = ?"
                      " WHERE id = ?", fields)
            if old_id is None:
                w.execute("UPDATE documents SET status = 'ready' WHERE id = ?", [staging])
                return staging, []
            old_chunks = [r[0] for r in w.execute("SELECT id FROM chunks WHERE document_id = ?", [old_id])]
            w.execute("DELETE FROM chunks WHERE document_id = ?", [old_id])
            w.execute("UPDATE chunks SET document_id = ? WHERE document_id = ?", [old_id, staging])
            w.execute("UPDATE documents SET (sha256, type, title, language, size_bytes, chunk_count, error, updated_at)"
                      " = (SELECT sha256, type, title, language, size_bytes, chunk_count, NULL, updated_at"
                      " FROM documents WHERE id = ?) WHERE id = ?", [staging, old_id])
            w.execute("DELETE FROM documents WHERE id = ?", [staging])
            return old_id, old_chunks


def _owner_alive(owner: str | None) -> bool:
    """Is the process that wrote this staging document (`pid:N`) still running (and not us)?"""
    if not owner or not owner.startswith("pid:"):
        return False
    try:
        pid = int(owner[4:])
    except ValueError:
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def embedding_text(text: str, heading_path: str) -> str:
    """What gets embedded for a chunk: its headings give short passages their topic."""
    return f"{heading_path}\n{text}" if heading_path else text


def _sha256(path: Path, cancel: CancelToken) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
            cancel.raise_if_cancelled()
    return h.hexdigest()
