"""The store: a real SQLite file per test."""
from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from engine.errors import StorageError
from engine.store import MIGRATIONS, Store, new_id, utc_now


def test_open_creates_database_with_wal_foreign_keys_and_recorded_migrations(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        assert store.path == tmp_path / "lantern.db"
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]
        tables = set(store.db.table_names())
        for t in ["learners", "classes", "courses", "lessons", "documents", "chunks", "chunks_fts",
                  "conversations", "messages", "quiz_items", "quiz_attempts", "mastery", "review_cards", "outbox"]:
            assert t in tables


def test_reopening_applies_only_new_migrations_after_a_backup(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as db:
            db["classes"].insert({"id": new_id(), "name": "5B", "created_at": utc_now(), "updated_at": utc_now()})
    calls: list[str] = []

    def add_column(db: object) -> None:
        calls.append("ran")
        db.execute("ALTER TABLE classes ADD COLUMN colour TEXT")  # type: ignore[attr-defined]

    migrations = [*MIGRATIONS, ("9999_test_colour", add_column)]
    with Store.open(tmp_path, migrations=migrations) as store:
        assert calls == ["ran"]
        assert store.applied_migrations()[-1] == "9999_test_colour"
        assert "colour" in store.db["classes"].columns_dict
    backups = list(tmp_path.glob("lantern.db.backup-*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:   # the backup is the database from before the migration
        assert conn.execute("SELECT name FROM classes").fetchall() == [("5B",)]
        assert "colour" not in [r[1] for r in conn.execute("PRAGMA table_info(classes)")]
    with Store.open(tmp_path, migrations=migrations):
        assert calls == ["ran"]           # not applied twice
    assert len(list(tmp_path.glob("lantern.db.backup-*"))) == 1   # no pending work, no new backup


def test_failing_migration_rolls_back_and_keeps_data(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as db:
            db["classes"].insert({"id": "c1", "name": "5B", "created_at": utc_now(), "updated_at": utc_now()})

    def broken(db: object) -> None:
        db.execute("ALTER TABLE classes ADD COLUMN half TEXT")  # type: ignore[attr-defined]
        raise RuntimeError("boom")

    with pytest.raises(StorageError, match="9998_broken"):
        Store.open(tmp_path, migrations=[*MIGRATIONS, ("9998_broken", broken)])
    with Store.open(tmp_path) as store:
        assert "half" not in store.db["classes"].columns_dict
        assert store.db.execute("SELECT count(*) FROM classes").fetchone()[0] == 1
        assert "9998_broken" not in store.applied_migrations()


def test_write_rolls_back_everything_on_error(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with pytest.raises(ValueError):
            with store.write() as db:
                db["classes"].insert({"id": "c1", "name": "5B", "created_at": utc_now(), "updated_at": utc_now()})
                store.record_event(db, "class.created", "c1", {"name": "5B"})
                raise ValueError("stop")
        assert store.db.execute("SELECT count(*) FROM classes").fetchone()[0] == 0
        assert store.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0


def test_record_event_writes_outbox_row_in_the_same_transaction(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as db:
            db["learners"].insert({"id": "l1", "name": "Ada", "created_at": utc_now(), "updated_at": utc_now()})
            e1 = store.record_event(db, "learner.created", "l1", {"name": "Ada"}, learner_id="l1")
            e2 = store.record_event(db, "learner.renamed", "l1", {"name": "Ada L."}, learner_id="l1")
        rows = list(store.db.query("SELECT * FROM outbox ORDER BY hlc"))
        assert [r["id"] for r in rows] == [e1, e2]
        assert rows[0]["hlc"] < rows[1]["hlc"]
        assert json.loads(rows[1]["payload"]) == {"name": "Ada L."}
        assert rows[0]["learner_id"] == "l1" and rows[0]["sent_at"] is None
        with pytest.raises(StorageError, match="inside"):
            store.record_event(store.db, "x", None, {})


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with pytest.raises(sqlite3.IntegrityError):
            with store.write() as db:
                db.execute("INSERT INTO lessons (id, course_id, title, created_at, updated_at)"
                           " VALUES ('x', 'no-such-course', 't', '', '')")


def test_reads_are_read_only_and_see_committed_writes(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with pytest.raises(sqlite3.OperationalError):
            store.db.execute("INSERT INTO meta (key, value) VALUES ('a', 'b')")
        with store.write() as db:
            db.execute("INSERT INTO meta (key, value) VALUES ('a', 'b')")
        assert store.db.execute("SELECT value FROM meta WHERE key='a'").fetchone()[0] == "b"


def test_writers_on_many_threads_are_serialized(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        def work(n: int) -> None:
            for i in range(20):
                with store.write() as db:
                    count = db.execute("SELECT count(*) FROM meta").fetchone()[0]
                    db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [f"k{n}-{i}", str(count)])
        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        values = sorted(int(r[0]) for r in store.db.execute("SELECT value FROM meta WHERE key LIKE 'k%'"))
        assert values == list(range(1, 81))   # each writer saw every earlier write (node row is first)


def test_nested_write_is_a_savepoint(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as db:
            db.execute("INSERT INTO meta (key, value) VALUES ('outer', '1')")
            with pytest.raises(ValueError):
                with store.write() as inner:
                    inner.execute("INSERT INTO meta (key, value) VALUES ('inner', '1')")
                    raise ValueError
        keys = {r[0] for r in store.db.execute("SELECT key FROM meta")}
        assert "outer" in keys and "inner" not in keys


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lantern.db"
    path.write_bytes(b"hello, not sqlite" * 10)
    with pytest.raises(StorageError, match="not a Lantern database"):
        Store(path)
    assert path.read_bytes() == b"hello, not sqlite" * 10


def test_node_id_is_stable_across_opens(tmp_path: Path) -> None:
    with Store.open(tmp_path) as s1:
        node = s1.clock.node
    with Store.open(tmp_path) as s2:
        assert s2.clock.node == node


def test_chunks_fts_follows_inserts_and_deletes(tmp_path: Path) -> None:
    now = utc_now()
    with Store.open(tmp_path) as store:
        with store.write() as db:
            db["courses"].insert({"id": "c", "name": "Science", "created_at": now, "updated_at": now})
            db["documents"].insert({"id": "d", "course_id": "c", "source_path": "/x", "sha256": "0", "type": "txt",
                                    "title": "X", "created_at": now, "updated_at": now})
            db["chunks"].insert({"document_id": "d", "ordinal": 0, "text": "Volcanoes erupt lava.", "heading_path": ""})
        hits = store.db.execute("SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH 'volcano'").fetchall()
        assert len(hits) == 1   # porter stemming: volcano ~ volcanoes
        with store.write() as db:
            db.execute("DELETE FROM courses WHERE id='c'")   # cascades to documents and chunks
        assert store.db.execute("SELECT count(*) FROM chunks").fetchone()[0] == 0
        assert store.db.execute("SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH 'volcano'").fetchall() == []
