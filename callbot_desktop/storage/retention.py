"""How long conversations are kept, and deleting everything.

Policies (the settings ``privacy.retention``, ``privacy.retention_days``,
``privacy.retention_count``):

- ``forever``: nothing is deleted;
- ``days``: conversations not updated for N days are deleted (``updated_at`` is the last message,
  so a conversation continued yesterday is not "old");
- ``count``: only the N most recently updated conversations are kept.

Pinned conversations are exempt: never deleted, and not counted in ``count``'s N.

There is no scheduler here: the app calls :func:`apply_retention` at startup and then every
:data:`CHECK_INTERVAL_S` seconds (from a worker thread: it writes). Deleting cascades to messages,
voice notes and the full-text index (by the schema's triggers), in batches of a few hundred
conversations per transaction, so that a first large clean-up never holds the write lock for long;
each batch re-applies the policy, so a conversation that changes meanwhile is judged afresh.

:func:`delete_everything` removes the database with its WAL, shared-memory and backup files and
forgets the key (keyring entry or key file). Forgetting the key comes first: without it, any copy
that survives on the disk cannot be read.
"""

from __future__ import annotations

import glob
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from callbot_desktop.core.errors import CallbotError, SettingError
from callbot_desktop.storage.db import Connection, Database
from callbot_desktop.storage.keys import KeyStore

log = logging.getLogger(__name__)

RetentionMode = Literal["forever", "days", "count"]
MODES: tuple[RetentionMode, ...] = ("forever", "days", "count")
_MODE_BY_NAME: dict[str, RetentionMode] = {mode: mode for mode in MODES}
CHECK_INTERVAL_S = 3600.0
"""How often the app applies the policy while it runs (besides once at startup)."""
BATCH = 500
"""Conversations deleted per transaction."""
DAY_S = 86_400.0

SETTING_MODE = "privacy.retention"
SETTING_DAYS = "privacy.retention_days"
SETTING_COUNT = "privacy.retention_count"


class SettingsReader(Protocol):
    """What :func:`policy_from_settings` needs: ``settings[name]``, as ``Settings`` or a dict."""

    def __getitem__(self, name: str, /) -> object: ...


@dataclass(frozen=True)
class RetentionPolicy:
    mode: RetentionMode = "forever"
    days: int = 90
    count: int = 200

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise SettingError(
                f"Setting {SETTING_MODE} cannot be {self.mode!r}",
                "allowed values: " + ", ".join(repr(m) for m in MODES),
            )
        for name, value in ((SETTING_DAYS, self.days), (SETTING_COUNT, self.count)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise SettingError(
                    f"Setting {name} cannot be {value!r}", "allowed values: a whole number from 1"
                )

    @classmethod
    def keep_forever(cls) -> RetentionPolicy:
        return cls("forever")

    @classmethod
    def delete_after_days(cls, days: int) -> RetentionPolicy:
        return cls("days", days=days)

    @classmethod
    def keep_last(cls, count: int) -> RetentionPolicy:
        return cls("count", count=count)

    def describe(self) -> str:
        """The policy in words, for the settings panel and the log."""
        if self.mode == "days":
            unit = "day" if self.days == 1 else "days"
            return f"delete conversations not updated for {self.days} {unit} (pinned are kept)"
        if self.mode == "count":
            return f"keep the {self.count} most recent conversations (and all pinned ones)"
        return "keep conversations forever"


def policy_from_settings(settings: SettingsReader) -> RetentionPolicy:
    """The policy named by the ``privacy.retention*`` settings."""
    mode = settings[SETTING_MODE]
    if not isinstance(mode, str) or mode not in _MODE_BY_NAME:
        raise SettingError(
            f"Setting {SETTING_MODE} cannot be {mode!r}",
            "allowed values: " + ", ".join(repr(m) for m in MODES),
        )
    numbers = []
    for name in (SETTING_DAYS, SETTING_COUNT):
        value = settings[name]
        if not isinstance(value, int) or isinstance(value, bool):
            raise SettingError(
                f"Setting {name} cannot be {value!r}", "allowed values: a whole number from 1"
            )
        numbers.append(value)
    return RetentionPolicy(_MODE_BY_NAME[mode], days=numbers[0], count=numbers[1])


def _doomed(policy: RetentionPolicy, now: float) -> tuple[str, tuple[float | int, ...]]:
    """A SELECT of the ids the policy deletes (oldest first), and its arguments."""
    if policy.mode == "days":
        return (
            "SELECT id FROM conversations WHERE pinned = 0 AND updated_at < ? "
            "ORDER BY updated_at, id",
            (now - policy.days * DAY_S,),
        )
    return (
        "SELECT id FROM conversations WHERE pinned = 0 "
        "ORDER BY updated_at DESC, id DESC LIMIT -1 OFFSET ?",
        (policy.count,),
    )


def expired_count(database: Database, policy: RetentionPolicy, *, now: float | None = None) -> int:
    """How many conversations :func:`apply_retention` would delete now (to warn before)."""
    if policy.mode == "forever":
        return 0
    select, args = _doomed(policy, time.time() if now is None else now)
    conn: Connection = database.connection()
    return int(conn.execute(f"SELECT count(*) FROM ({select})", args).fetchone()[0])


def apply_retention(
    database: Database,
    policy: RetentionPolicy,
    *,
    now: float | None = None,
    batch: int = BATCH,
) -> int:
    """Delete the conversations the policy no longer keeps; returns how many were deleted."""
    if policy.mode == "forever":
        return 0
    if batch < 1:
        raise ValueError("batch must be at least 1")
    select, args = _doomed(policy, time.time() if now is None else now)
    deleted = 0
    while True:
        with database.write() as conn:
            cursor = conn.execute(
                f"DELETE FROM conversations WHERE id IN ({select} LIMIT ?)"
                if policy.mode == "days"
                else f"DELETE FROM conversations WHERE id IN (SELECT id FROM ({select}) LIMIT ?)",
                (*args, batch),
            )
        deleted += cursor.rowcount
        if cursor.rowcount < batch:
            break
    if deleted:
        log.info("retention (%s) deleted %d conversations", policy.mode, deleted)
    return deleted


def database_files(database_path: Path) -> list[Path]:
    """The database and every file that belongs to it: WAL, shared memory, journal, backups."""
    names = [database_path.name + suffix for suffix in ("", "-wal", "-shm", "-journal")]
    pattern = glob.escape(database_path.name) + "*.bak"
    for backup in sorted(database_path.parent.glob(pattern)):
        names += [backup.name + suffix for suffix in ("", "-wal", "-shm", "-journal")]
    found = [database_path.parent / name for name in dict.fromkeys(names)]
    return [path for path in found if path.exists() or path.is_symlink()]


def delete_everything(
    database_path: Path, key_store: KeyStore, *, database: Database | None = None
) -> list[Path]:
    """Forget the key and delete the database files; returns the files deleted.

    Pass the open ``database`` to close its connections first. Raises CallbotError naming what
    could not be removed (after trying everything).
    """
    if database is not None:
        database.close()
    problems: list[str] = []
    try:
        key_store.forget()
    except Exception as exc:  # keyring backends raise D-Bus errors, OSError, KeyringError...
        log.warning("the history key could not be forgotten (%s)", type(exc).__name__)
        problems.append(f"the key ({type(exc).__name__})")
    deleted = []
    for path in database_files(database_path):
        try:
            path.unlink()
            deleted.append(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            problems.append(f"{path.name} ({exc.strerror or type(exc).__name__})")
    if problems:
        raise CallbotError(
            "Some of the history could not be deleted: " + ", ".join(problems),
            "quit every CallBot window and try again, or delete those files by hand",
        )
    log.info("history deleted: %d files and the key", len(deleted))
    return deleted
