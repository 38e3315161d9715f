"""The SQLCipher database: raw-key encryption, WAL, one connection per thread, migrations."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
import sqlcipher3

from callbot_desktop.storage import db
from callbot_desktop.storage.db import Database, NewerDatabaseError, WrongKeyError

KEY = bytes(range(32))


def test_file_is_encrypted_and_opens_only_with_its_key(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    database = Database.open(path, KEY)
    with database.write() as conn:
        conn.execute(
            "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?, ?, 0, 0)",
            ("c1", "a very recognisable title"),
        )
    database.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    raw = path.read_bytes()
    assert b"SQLite format 3" not in raw[:16]
    assert b"recognisable" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    with pytest.raises(WrongKeyError) as caught:
        db.connect(path, bytes(32))
    assert KEY.hex() not in str(caught.value)
    again = Database.open(path, KEY)
    assert again.connection().execute("SELECT title FROM conversations").fetchone() == (
        "a very recognisable title",
    )
    again.close()


def test_pragmas_are_set(tmp_path: Path) -> None:
    conn = Database.open(tmp_path / "h.db", KEY).connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == db.latest_version()


def test_one_connection_per_thread_and_writes_are_seen(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "h.db", KEY)
    seen: list[object] = []

    def writer() -> None:
        with database.write() as conn:
            conn.execute(
                "INSERT INTO conversations (id, created_at, updated_at) VALUES ('t', 0, 0)"
            )
        seen.append(database.connection())

    thread = threading.Thread(target=writer)
    thread.start()
    thread.join(10)
    assert seen and seen[0] is not database.connection()
    assert database.connection().execute("SELECT id FROM conversations").fetchall() == [("t",)]


def test_failed_write_rolls_back(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "h.db", KEY)
    with pytest.raises(RuntimeError), database.write() as conn:
        conn.execute("INSERT INTO conversations (id, created_at, updated_at) VALUES ('x', 0, 0)")
        raise RuntimeError("boom")
    assert database.connection().execute("SELECT count(*) FROM conversations").fetchone() == (0,)


def test_rekey_changes_the_key(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    database = Database.open(path, KEY)
    new_key = os.urandom(32)
    database.rekey(new_key)
    database.close()
    with pytest.raises(WrongKeyError):
        db.connect(path, KEY)
    assert db.connect(path, new_key).execute("PRAGMA user_version").fetchone()[0] >= 1


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    conn = db.connect(path, KEY)
    conn.execute(f"PRAGMA user_version = {db.latest_version() + 5}")
    conn.close()
    with pytest.raises(NewerDatabaseError, match="update CallBot"):
        Database.open(path, KEY)


def test_upgrade_from_every_past_version_backs_up_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Build a database at each past version, then open it with the current code."""
    steps = db.migrations()
    for version in range(len(steps)):
        path = tmp_path / f"v{version}" / "h.db"
        path.parent.mkdir()
        conn = db.connect(path, KEY)
        for step in steps[:version]:
            conn.executescript(f"{step.sql}\nPRAGMA user_version = {step.version};")
        conn.close()
        database = Database.open(path, KEY)
        conn = database.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(steps)
        conn.execute("INSERT INTO conversations (id, created_at, updated_at) VALUES ('a', 0, 0)")
        conn.execute(
            "INSERT INTO messages (conversation_id, role, content, created_at) "
            "VALUES ('a', 'user', 'hello migrated world', 0)"
        )
        hits = conn.execute(
            "SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'migrated'"
        ).fetchall()
        assert len(hits) == 1
        backup = path.with_name(f"h.db.v{version}.bak")
        assert backup.exists() == (version > 0)
        if version > 0:
            old = db.connect(backup, KEY)
            assert old.execute("PRAGMA user_version").fetchone()[0] == version
        database.close()


def test_a_broken_migration_leaves_the_old_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "h.db"
    Database.open(path, KEY).close()
    broken = [
        *db.migrations(),
        db.Migration(db.latest_version() + 1, "broken", "CREATE TABLE x (;"),
    ]
    monkeypatch.setattr(db, "migrations", lambda: broken)
    with pytest.raises(sqlcipher3.Error):
        Database.open(path, KEY)
    conn = db.connect(path, KEY)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(broken) - 1
