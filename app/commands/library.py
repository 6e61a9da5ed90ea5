"""`lantern import PATH... [--course NAME]` and `lantern library list|remove|reindex|resume`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from engine.errors import ImportError_


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import class material (txt, md, html, pdf, docx; folders recursively)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--course", default=None, help="course to add the material to (default: 'My library')")
    p.add_argument("--json", action="store_true", help="print one JSON object per file")
    p.set_defaults(handler=run_import)

    lib = sub.add_parser("library", help="list, remove or re-index the imported material")
    lsub = lib.add_subparsers(dest="library_command", metavar="ACTION")
    ls = lsub.add_parser("list", help="list documents per course")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.add_argument("--course", default=None, help="only this course")
    ls.set_defaults(handler=run_list)
    rm = lsub.add_parser("remove", help="remove a document (its passages and vectors)")
    rm.add_argument("doc", help="document id (or a unique prefix), source path or title")
    rm.set_defaults(handler=run_remove)
    ri = lsub.add_parser("reindex", help="rebuild the vector index from the library")
    ri.set_defaults(handler=run_reindex)
    rs = lsub.add_parser("resume", help="finish imports that a restart interrupted")
    rs.set_defaults(handler=run_resume)
    lib.set_defaults(handler=lambda args: (lib.print_help(), 2)[1])


def _report(items, *, as_json: bool) -> tuple[int, list[str]]:
    """Print one line per finished file; failures are listed on stderr (the first one again as the error)."""
    imported, failures = 0, []
    for item in items:
        if item.stage == "done" or not item.finished_file:
            continue
        if item.stage == "imported":
            imported += 1
        if item.stage == "failed":
            failures.append(item.message)
        if as_json:
            print(json.dumps({"stage": item.stage, "path": item.path, "message": item.message,
                              "document_id": item.document_id, "chunks": item.chunks}, ensure_ascii=False))
        elif item.stage != "failed":
            print(item.message or f"{item.path}: {item.stage}")
    if len(failures) > 1 and not as_json:
        for message in failures[1:]:
            print(f"   failed  {message}", file=sys.stderr)
    return imported, failures


def run_import(args: argparse.Namespace) -> int:
    from app.context import AppContext
    from engine.library import DEFAULT_COURSE

    with AppContext() as ctx:
        items = ctx.library.import_paths(args.paths, course=args.course or DEFAULT_COURSE)
        _imported, failures = _report(items, as_json=args.json)
    if failures:
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        raise ImportError_(f"{failures[0]}{more}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.context import AppContext
    from engine.library import Library

    with AppContext() as ctx:
        lib = Library(ctx.store)          # listing needs no vectors (fast, no model load)
        docs = lib.documents(course=args.course)
        if args.json:
            print(json.dumps([{"id": d.id, "course": d.course, "title": d.title, "source_path": d.source_path,
                               "type": d.type, "language": d.language, "chunks": d.chunk_count,
                               "size_bytes": d.size_bytes, "updated_at": d.updated_at} for d in docs],
                             indent=2, ensure_ascii=False))
            return 0
        if not docs:
            print("The library is empty. Add material with: lantern import PATH --course NAME")
            return 0
        course = None
        for d in docs:
            if d.course != course:
                course = d.course
                print(f"{course}")
            print(f"  {d.id[:8]}  {d.title}  [{d.type}, {d.language or '?'}, {d.chunk_count} passages]  {d.source_path}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from app.context import AppContext

    with AppContext() as ctx:
        doc = ctx.library.remove(args.doc)
    print(f"Removed '{doc.title}' from {doc.course}.")
    return 0


def run_reindex(args: argparse.Namespace) -> int:
    from app.context import AppContext

    with AppContext() as ctx:
        last = None
        for progress in ctx.retriever.reindex():
            last = progress
    n = last.total if last else 0
    print(f"Re-indexed {n} passage{'s' if n != 1 else ''}.")
    return 0


def run_resume(args: argparse.Namespace) -> int:
    from app.context import AppContext

    with AppContext() as ctx:
        _imported, failures = _report(ctx.library.resume(), as_json=False)
    if failures:
        raise ImportError_(failures[0])
    return 0


def doctor_report(ctx) -> dict[str, object]:
    """For `lantern doctor`: what the library holds and whether its search index is in step."""
    from engine.library import Library
    from engine.retrieval import Retriever

    lib = Library(ctx.store)
    docs = lib.documents()
    chunks = Retriever(ctx.store).ready_chunk_count()
    report: dict[str, object] = {
        "database": str(ctx.store.path), "migrations": ctx.store.applied_migrations(),
        "courses": [{"name": c.name, "documents": c.document_count} for c in lib.courses()],
        "documents": len(docs), "passages": chunks, "interrupted_imports": len(lib.pending_jobs()),
    }
    try:
        vectors = ctx.vectors.count()
        report["vector_index"] = {"folder": str(ctx.vectors.folder), "vectors": vectors,
                                  "in_step": vectors == chunks,
                                  "fix": None if vectors == chunks else "lantern library reindex"}
    except Exception as exc:  # noqa: BLE001 - doctor reports, never fails
        report["vector_index"] = {"error": str(exc), "fix": "lantern library reindex"}
    return report
