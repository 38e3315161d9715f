"""Retention policies (pinned conversations exempt) and deleting everything, key included."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from keyring.backends import null

from callbot_desktop.core.errors import SettingError
from callbot_desktop.settings.store import Settings
from callbot_desktop.storage.db import Database, connect
from callbot_desktop.storage.history import (
    Conversation,
    History,
    Message,
    insert_conversation,
    insert_messages,
)
from callbot_desktop.storage.keyring_backend import SERVICE
from callbot_desktop.storage.keys import CURRENT, KeyStore, KeyUnavailableError
from callbot_desktop.storage.retention import (
    DAY_S,
    RetentionPolicy,
    apply_retention,
    database_files,
    delete_everything,
    expired_count,
    policy_from_settings,
)
from tests.harness.memory_keyring import MemoryKeyring

NOW = 1_800_000_000.0


@pytest.fixture
def history(tmp_path: Path) -> History:
    return History(Database.open(tmp_path / "h.db", os.urandom(32)), clock=lambda: NOW)


def add(
    history: History,
    title: str,
    age_days: float,
    *,
    pinned: bool = False,
    messages: int = 2,
    word: str = "hello",
) -> str:
    """A conversation last updated ``age_days`` before NOW, with some messages."""
    updated = NOW - age_days * DAY_S
    conversation = Conversation(os.urandom(16).hex(), title, "", updated - 60, updated, pinned)
    with history.database.write() as conn:
        insert_conversation(conn, conversation)
        insert_messages(
            conn,
            [
                Message(0, conversation.id, "user", f"{word} number {i}", updated - 60 + i)
                for i in range(messages)
            ],
        )
    return conversation.id


def titles(history: History) -> list[str]:
    return sorted(c.title for c in history.conversations(limit=10_000))


def search(history: History, word: str) -> int:
    row = history.database.connection().execute(
        "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?", (word,)
    )
    return int(row.fetchone()[0])


def fts_is_consistent(history: History) -> bool:
    conn = history.database.connection()
    conn.execute("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")
    return True


def test_forever_deletes_nothing(history: History) -> None:
    add(history, "ancient", 10_000)
    assert apply_retention(history.database, RetentionPolicy.keep_forever(), now=NOW) == 0
    assert expired_count(history.database, RetentionPolicy(), now=NOW) == 0
    assert titles(history) == ["ancient"]


def test_days_deletes_what_was_not_updated_for_that_long(history: History) -> None:
    add(history, "old", 31, word="walrus")
    add(history, "old pinned", 400, pinned=True, word="walrus")
    add(history, "recent", 29)
    add(history, "edge", 30)  # exactly 30 days: kept
    policy = RetentionPolicy.delete_after_days(30)
    assert expired_count(history.database, policy, now=NOW) == 1
    assert apply_retention(history.database, policy, now=NOW) == 1
    assert titles(history) == ["edge", "old pinned", "recent"]
    assert history.count_messages() == 6
    assert search(history, "walrus") == 2  # the pinned one's messages only
    assert fts_is_consistent(history)
    assert apply_retention(history.database, policy, now=NOW) == 0


def test_count_keeps_the_most_recently_updated_and_every_pinned(history: History) -> None:
    for age in range(10):
        add(history, f"c{age}", age)
    add(history, "pinned old", 500, pinned=True)
    add(history, "pinned new", 0.5, pinned=True)
    policy = RetentionPolicy.keep_last(3)
    assert expired_count(history.database, policy, now=NOW) == 7
    assert apply_retention(history.database, policy, now=NOW) == 7
    assert titles(history) == ["c0", "c1", "c2", "pinned new", "pinned old"]
    assert apply_retention(history.database, policy, now=NOW) == 0
    assert apply_retention(history.database, RetentionPolicy.keep_last(100), now=NOW) == 0


def test_count_breaks_ties_by_id_and_never_over_deletes(history: History) -> None:
    ids = sorted(add(history, f"same{i}", 1) for i in range(5))
    assert apply_retention(history.database, RetentionPolicy.keep_last(2), now=NOW) == 3
    kept = {c.id for c in history.conversations()}
    assert kept == set(ids[-2:])


@pytest.mark.parametrize("batch", [1, 2, 7, 500])
def test_deleting_in_batches_deletes_exactly_the_expired(history: History, batch: int) -> None:
    for i in range(15):
        add(history, f"old{i}", 100 + i, word="ocelot")
    for i in range(4):
        add(history, f"new{i}", i)
    policy = RetentionPolicy.delete_after_days(50)
    assert apply_retention(history.database, policy, now=NOW, batch=batch) == 15
    assert titles(history) == ["new0", "new1", "new2", "new3"]
    count_policy = RetentionPolicy.keep_last(1)
    assert apply_retention(history.database, count_policy, now=NOW, batch=batch) == 3
    assert titles(history) == ["new0"] and search(history, "ocelot") == 0


def test_a_large_delete_cascades_and_keeps_the_index_consistent(history: History) -> None:
    for i in range(300):
        add(history, f"old{i}", 200 + i, messages=60, word="lemur")
    keep = add(history, "keep", 1, messages=10, word="lemur")
    deleted = apply_retention(history.database, RetentionPolicy.delete_after_days(90), now=NOW)
    assert deleted == 300
    assert history.count_messages() == 10 and search(history, "lemur") == 10
    assert [m.conversation_id for m in history.messages(keep)] == [keep] * 10
    conn = history.database.connection()
    assert conn.execute("SELECT count(*) FROM voice_notes").fetchone()[0] == 0
    assert fts_is_consistent(history)


def test_voice_notes_go_with_their_conversation(history: History) -> None:
    from callbot_desktop.storage.history import VoiceNote

    old = history.create_conversation(title="old")
    message = history.add_message(old.id, "user", "my voice")
    history.attach_voice_note(message.id, VoiceNote("opus", 48_000, 1.0, b"\x00" * 10))
    later = NOW + 10 * DAY_S
    assert apply_retention(history.database, RetentionPolicy.delete_after_days(5), now=later) == 1
    assert history.voice_note(message.id) is None


def test_policy_from_the_real_settings() -> None:
    settings = Settings()
    assert policy_from_settings(settings) == RetentionPolicy("forever", days=90, count=200)
    settings.set("privacy.retention", "days")
    settings.set("privacy.retention_days", 30)
    assert policy_from_settings(settings) == RetentionPolicy.delete_after_days(30)
    settings.set("privacy.retention", "count")
    settings.set("privacy.retention_count", 50)
    policy = policy_from_settings(settings)
    assert (policy.mode, policy.count) == ("count", 50)
    assert policy.describe() == "keep the 50 most recent conversations (and all pinned ones)"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {
                "privacy.retention": "weekly",
                "privacy.retention_days": 1,
                "privacy.retention_count": 1,
            },
            "privacy.retention cannot be 'weekly'",
        ),
        (
            {
                "privacy.retention": "days",
                "privacy.retention_days": 0,
                "privacy.retention_count": 1,
            },
            "privacy.retention_days cannot be 0",
        ),
        (
            {
                "privacy.retention": "days",
                "privacy.retention_days": "9",
                "privacy.retention_count": 1,
            },
            "privacy.retention_days cannot be '9'",
        ),
        (
            {
                "privacy.retention": "count",
                "privacy.retention_days": 1,
                "privacy.retention_count": True,
            },
            "privacy.retention_count cannot be True",
        ),
    ],
)
def test_bad_policy_values_are_refused(values: dict[str, object], message: str) -> None:
    with pytest.raises(SettingError, match=message):
        policy_from_settings(values)


def test_policies_describe_themselves() -> None:
    assert RetentionPolicy().describe() == "keep conversations forever"
    assert (
        RetentionPolicy.delete_after_days(1)
        .describe()
        .startswith("delete conversations not updated for 1 day ")
    )


def make_database(data: Path, store: KeyStore) -> tuple[Path, Database]:
    path = data / "history.db"
    database = Database.open(path, store.load(create=True).key)
    History(database).create_conversation(title="secret")
    backup = connect(data / "history.db.v1.bak", store.load(create=False).key)  # as migrate() does
    database.connection().backup(backup)
    backup.close()
    return path, database


def test_delete_everything_removes_the_files_and_the_key_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = KeyStore(data / "history.key", lambda new: "passphrase", backend=null.Keyring())
    path, database = make_database(data, store)
    for name in ("settings.toml", "settings.toml.bak", "other.db.bak", "history.dbx"):
        (data / name).write_text("keep me")
    belonging = database_files(path)
    assert {p.name for p in belonging} >= {"history.db", "history.db-wal", "history.db.v1.bak"}
    deleted = delete_everything(path, store, database=database)
    assert not any(p.exists() for p in belonging)  # closing may already remove -wal and -shm
    assert {p.name for p in deleted} >= {"history.db", "history.db.v1.bak"}
    assert sorted(p.name for p in data.iterdir()) == [
        "history.dbx",
        "other.db.bak",
        "settings.toml",
        "settings.toml.bak",
    ]
    with pytest.raises(KeyUnavailableError):
        store.load(create=False)


def test_delete_everything_forgets_the_keyring_entry(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeyStore(tmp_path / "history.key", None, backend=backend)
    path, database = make_database(tmp_path, store)
    assert (SERVICE, CURRENT) in backend.secrets
    delete_everything(path, store, database=database)
    assert backend.secrets == {}
    assert database_files(path) == []
    fresh = KeyStore(tmp_path / "history.key", None, backend=backend).load(create=True)
    reopened = Database.open(path, fresh.key)  # starting afresh works
    assert History(reopened).count_conversations() == 0


def test_delete_everything_with_nothing_there_is_fine(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "history.key", None, backend=null.Keyring())
    assert delete_everything(tmp_path / "history.db", store) == []
