"""Importing real files into a real store."""
from __future__ import annotations

from pathlib import Path

from engine.cancel import CancelToken
from engine.library import Library
from engine.store import Store

LESSON_MD = """# Rivers

## Where rivers start
A river starts at its source, often a spring high in the hills.

## Where rivers end
A river ends at its mouth, where it flows into a lake or the sea.
"""


def run(library: Library, *paths: Path, course: str = "Geo") -> list:
    return list(library.import_paths(list(paths), course=course))


def chunks(store: Store) -> list[dict]:
    return list(store.db.query("SELECT c.*, d.title FROM chunks c JOIN documents d ON d.id = c.document_id"
                               " WHERE d.status = 'ready' ORDER BY c.id"))


def test_markdown_chunks_keep_their_heading_paths(tmp_path: Path, library: Library, store: Store) -> None:
    f = tmp_path / "rivers.md"
    f.write_text(LESSON_MD, encoding="utf-8")
    items = run(library, f)
    assert [i.stage for i in items] == ["imported", "done"]
    rows = chunks(store)
    assert [r["heading_path"] for r in rows] == ["Rivers › Where rivers start", "Rivers › Where rivers end"]
    assert rows[0]["title"] == "Rivers" and rows[0]["page"] is None
    doc = library.documents()[0]
    assert (doc.type, doc.language, doc.course, doc.chunk_count) == ("md", "en", "Geo", 2)


def test_pdf_chunks_keep_page_numbers_and_headings(tmp_path: Path, library: Library, store: Store, pdf_maker) -> None:
    f = pdf_maker(tmp_path / "moon.pdf", [
        ["# The Moon", "The Moon goes around the Earth once every 27 days."],
        ["# Moon phases", "A full moon happens when the Earth is between the Sun and the Moon."],
        ["# Tides", "The pull of the Moon causes the tides in the oceans."],
    ], title="All about the Moon")
    run(library, f)
    rows = chunks(store)
    by_page = {r["page"]: r for r in rows}
    assert set(by_page) == {1, 2, 3}
    assert "27 days" in by_page[1]["text"] and "full moon" in by_page[2]["text"] and "tides" in by_page[3]["text"]
    assert by_page[2]["heading_path"].endswith("Moon phases")
    assert library.documents()[0].title == "All about the Moon"


def test_docx_headings_paragraphs_and_tables_are_imported(tmp_path: Path, library: Library, store: Store,
                                                          docx_maker) -> None:
    f = docx_maker(tmp_path / "bones.docx", [
        ("h1", "The Skeleton"), ("p", "An adult human has 206 bones."),
        ("h2", "Biggest bone"), ("p", "The femur, in the thigh, is the longest bone."),
        ("table", "Bone|Where"), ("p", "The smallest bone is the stapes, inside the ear."),
    ])
    run(library, f)
    rows = chunks(store)
    text = " ".join(r["text"] for r in rows)
    assert "206 bones" in text and "femur" in text and "Bone | Where" in text
    assert any(r["heading_path"] == "The Skeleton › Biggest bone" and "femur" in r["text"] for r in rows)
    assert library.documents()[0].title == "The Skeleton"


def test_html_drops_scripts_and_navigation(tmp_path: Path, library: Library, store: Store) -> None:
    f = tmp_path / "page.html"
    f.write_text("<html><head><title>Bees</title><script>var secret = 'tracking';</script></head><body>"
                 "<nav>Home | About</nav><h1>Honey bees</h1><p>Bees make honey from nectar.</p>"
                 "<h2>Hives</h2><p>A hive can hold 50,000 bees.</p></body></html>", encoding="utf-8")
    run(library, f)
    rows = chunks(store)
    text = " ".join(r["text"] for r in rows)
    assert "nectar" in text and "50,000" in text
    assert "tracking" not in text and "About" not in text
    assert library.documents()[0].title == "Bees"
    assert rows[-1]["heading_path"] == "Honey bees › Hives"


def test_spanish_material_is_detected_as_spanish(tmp_path: Path, library: Library) -> None:
    f = tmp_path / "agua.txt"
    f.write_text("El agua hierve a cien grados. Cuando se enfría mucho se convierte en hielo.\n", encoding="utf-8")
    run(library, f)
    assert library.documents()[0].language == "es"


def test_reimporting_an_unchanged_file_is_a_no_op(tmp_path: Path, library: Library, store: Store, snap) -> None:
    f = tmp_path / "rivers.md"
    f.write_text(LESSON_MD, encoding="utf-8")
    run(library, f)
    before = snap()
    items = run(library, f)
    assert items[0].stage == "unchanged"
    assert snap() == before


def test_a_changed_file_replaces_its_chunks_and_keeps_its_id(tmp_path: Path, library: Library, store: Store) -> None:
    f = tmp_path / "rivers.md"
    f.write_text(LESSON_MD, encoding="utf-8")
    run(library, f)
    doc_id = library.documents()[0].id
    f.write_text(LESSON_MD.replace("spring high in the hills", "glacier on a mountain"), encoding="utf-8")
    items = run(library, f)
    assert items[0].stage == "imported" and "replaced" in items[0].message
    docs = library.documents()
    assert [d.id for d in docs] == [doc_id]
    text = " ".join(r["text"] for r in chunks(store))
    assert "glacier" in text and "spring high" not in text
    hits = store.db.execute("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'spring'").fetchone()[0]
    assert hits == 0
    assert store.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1   # no staging left over


def test_same_content_under_another_name_is_reported_as_duplicate(tmp_path: Path, library: Library, snap) -> None:
    a, b = tmp_path / "a.md", tmp_path / "copy of a.md"
    a.write_text(LESSON_MD, encoding="utf-8")
    b.write_text(LESSON_MD, encoding="utf-8")
    run(library, a)
    before = snap()
    items = run(library, b)
    assert items[0].stage == "duplicate" and "already in this course" in items[0].message
    assert snap() == before


def test_folders_import_recursively_and_skip_other_files(tmp_path: Path, library: Library) -> None:
    root = tmp_path / "course"
    (root / "unit1" / "deep").mkdir(parents=True)
    (root / "unit1" / "a.md").write_text("# A\n\nAlpha text about ants.\n", encoding="utf-8")
    (root / "unit1" / "deep" / "b.txt").write_text("Beta text about bees.\n", encoding="utf-8")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    (root / ".hidden.md").write_text("secret", encoding="utf-8")
    items = run(library, root)
    stages = sorted((Path(i.path).name, i.stage) for i in items if i.stage != "done")
    assert stages == [("a.md", "imported"), ("b.txt", "imported"), ("photo.jpg", "skipped")]
    assert items[-1].stage == "done" and items[-1].fraction == 1.0


def test_progress_rises_to_one_and_counts_files(tmp_path: Path, library: Library) -> None:
    f = tmp_path / "long.txt"
    f.write_text("\n\n".join(f"Paragraph {i} tells a short fact about the number {i}." for i in range(6000)),
                 encoding="utf-8")
    items = run(library, f)
    fractions = [i.fraction for i in items]
    assert any(i.stage == "reading" for i in items)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert items[-2].chunks == library.documents()[0].chunk_count > 100


def test_cancelling_mid_import_leaves_the_library_unchanged(tmp_path: Path, library: Library, snap) -> None:
    keep = tmp_path / "keep.md"
    keep.write_text(LESSON_MD, encoding="utf-8")
    run(library, keep)
    before = snap()
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join(f"Line {i} about cancelling imports safely." for i in range(5000)), encoding="utf-8")
    token = CancelToken()
    seen = []
    try:
        for item in library.import_paths([big], course="Geo", cancel=token):
            seen.append(item.stage)
            if item.stage == "reading":
                token.cancel()
    except Exception as exc:  # noqa: BLE001
        assert type(exc).__name__ == "Cancelled"
    else:
        raise AssertionError("the import was not cancelled")
    assert "reading" in seen and "imported" not in seen
    assert snap() == before
    assert library.pending_jobs() == []     # a cancelled job is not resumed


def test_resume_skips_finished_documents(tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.md").write_text(f"# Doc {i}\n\nText number {i} about owls.\n", encoding="utf-8")
    lib = Library(store)
    items = lib.import_paths([folder], course="Birds")
    first = next(items)                  # one document finishes, then the app "stops"
    assert first.stage == "imported"
    items.close()
    assert len(lib.pending_jobs()) == 1
    stages = [i.stage for i in Library(store).resume()]
    assert stages == ["unchanged", "imported", "imported", "done"]
    assert len(lib.documents()) == 3 and lib.pending_jobs() == []


def test_remove_deletes_document_and_chunks(tmp_path: Path, library: Library, store: Store) -> None:
    f = tmp_path / "rivers.md"
    f.write_text(LESSON_MD, encoding="utf-8")
    run(library, f)
    doc = library.documents()[0]
    removed = library.remove(doc.id[:8])
    assert removed.id == doc.id
    assert library.documents() == []
    assert store.db.execute("SELECT count(*) FROM chunks").fetchone()[0] == 0


def test_sample_course_is_imported_once_with_lessons_and_not_again_after_removal(store: Store) -> None:
    from engine.library import ensure_sample_course

    assets = Path(__file__).resolve().parents[3] / "assets"
    lib = Library(store)
    assert ensure_sample_course(lib, assets) == 8
    langs = {(d.course, d.language) for d in lib.documents()}
    assert langs == {("Sample: Science and Maths", "en"), ("Ejemplo: Ciencias y Matemáticas", "es")}
    assert store.db.execute("SELECT count(*) FROM lessons").fetchone()[0] == 8
    for d in lib.documents():
        lib.remove(d.id)
    assert ensure_sample_course(lib, assets) == 0 and lib.documents() == []
