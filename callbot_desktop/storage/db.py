"""The encrypted SQLCipher database: opening with a raw key, one connection per thread, write
transactions, and schema migrations with ``PRAGMA user_version`` and numbered ``.sql`` files.

Each file ``migrations/NNNN_name.sql`` takes the schema from version NNNN-1 to NNNN. Before a
database that already holds data is migrated it is copied (encrypted, with the same key) to
``<name>.v<old>.bak`` beside it.
"""

from __future__ import annotations

import importlib.resources
import logging
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

import sqlcipher3

from callbot_desktop.core.errors import CallbotError

log = logging.getLogger(__name__)

KEY_BYTES = 32
Connection: TypeAlias = sqlite3.Connection
"""sqlcipher3 ships no type hints; its Connection has the API of the standard library's."""


class WrongKeyError(CallbotError):
    """The database exists but the key does not open it."""


class NewerDatabaseError(CallbotError):
    """The database was written by a newer CallBot than this one."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """The packaged migrations, in order; their numbers must run 1, 2, 3 … without a gap."""
    found = []
    folder = importlib.resources.files("callbot_desktop.storage") / "migrations"
    for entry in folder.iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {[m.version for m in found]}")
    return found


def latest_version() -> int:
    return len(migrations())


def key_pragma(key: bytes) -> str:
    """The PRAGMA that opens with a raw 256-bit key: no key derivation on every open."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a database key has {KEY_BYTES} bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path | str, key: bytes) -> Connection:
    """Open one keyed connection (autocommit; transactions are explicit) and check the key."""
    conn: Connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise WrongKeyError(
            f"The history database {path} cannot be opened with this key",
            "restore the key (keyring or passphrase), or delete the history to start afresh",
        ) from exc
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


class Database:
    """A keyed database file, with one connection per thread."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._key = key
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[Connection] = []

    @classmethod
    def open(cls, path: Path, key: bytes) -> Database:
        """Open (creating if needed) and migrate to the latest schema."""
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        database = cls(path, key)
        migrate(database.connection(), path, key)
        return database

    def connection(self) -> Connection:
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path, self._key)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction started with BEGIN IMMEDIATE (so the busy timeout applies)."""
        conn = self.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt the whole database with ``new_key`` (other threads' connections close)."""
        self.close_other_connections()
        conn = self.connection()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
        self._key = new_key

    def close_other_connections(self) -> None:
        mine = getattr(self._local, "conn", None)
        with self._lock:
            others = [c for c in self._all if c is not mine]
            self._all = [c for c in self._all if c is mine]
        for conn in others:
            try:
                conn.close()
            except sqlcipher3.ProgrammingError:  # belongs to another thread: closed when it ends
                log.debug("connection of another thread left to its thread")

    def close(self) -> None:
        """Close this thread's connection, and the others' where allowed."""
        self.close_other_connections()
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
            with self._lock:
                self._all.clear()


def migrate(conn: Connection, path: Path, key: bytes) -> int:
    """Bring the schema to the latest version; returns the version it started from."""
    steps = migrations()
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > len(steps):
        raise NewerDatabaseError(
            f"The history database {path} has schema {current}, newer than this CallBot knows",
            "update CallBot Desktop",
        )
    if current == len(steps):
        return current
    if current > 0:
        backup = path.with_name(f"{path.name}.v{current}.bak")
        target = connect(backup, key)
        try:
            conn.backup(target)
        finally:
            target.close()
        log.info("backed up schema %d to %s before migrating", current, backup)
    for step in steps[current:]:
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{step.sql}\nPRAGMA user_version = {step.version};\nCOMMIT;"
            )
        except sqlcipher3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("history schema migrated to %d (%s)", step.version, step.name)
    return current
