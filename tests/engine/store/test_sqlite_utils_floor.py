"""What Lantern needs of sqlite-utils (pyproject: sqlite-utils>=4.0), exercised directly, so an
older installed version fails here by name rather than deep inside a migration."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database


def test_atomic_rolls_back_a_migration_script_that_fails_half_way(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    db = Database(conn)
    with pytest.raises(RuntimeError), db.atomic():
        db.executescript("CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1);")   # must not commit
        raise RuntimeError("the next migration step failed")
    assert "a" not in db.table_names()


def test_atomic_commits_a_script_that_succeeds(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    db = Database(conn)
    with db.atomic():
        db.executescript("CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1);")
    assert db.execute("SELECT x FROM a").fetchall() == [(1,)]
