"""Importing exports: validated before anything is written, one transaction, search still works."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
from collections.abc import Callable
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callbot_desktop.storage.db import Database, connect, migrations
from callbot_desktop.storage.export import export_document, export_history, iso_utc
from callbot_desktop.storage.history import History
from callbot_desktop.storage.importer import (
    MAX_CONTENT_CHARS,
    MAX_FILE_BYTES,
    SCHEMA_1_INSERT_TRIGGER,
    SCHEMA_2_INSERT_TRIGGER,
    EncryptedExportError,
    ImportWriteError,
    InvalidExportError,
    bulk_load_supported,
    import_history,
    parse_export,
    write_import,
)
from tests.harness.components import require_executable
from tests.unit.storage.test_export import age_cli


def open_history(path: Path, schema: int | None = None) -> History:
    """A history at the latest schema, or migrated only up to ``schema``."""
    ticks = count(1_700_000_000)
    key = os.urandom(32)
    if schema is None:
        return History(Database.open(path, key), clock=lambda: next(ticks))
    conn = connect(path, key)
    for step in migrations()[:schema]:
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{step.sql}\nPRAGMA user_version = {step.version};\nCOMMIT;"
        )
    conn.close()
    return History(Database(path, key), clock=lambda: next(ticks))


@pytest.fixture
def source(tmp_path: Path) -> History:
    return open_history(tmp_path / "source.db")


@pytest.fixture
def target(tmp_path: Path) -> History:
    return open_history(tmp_path / "target.db")


def fill(history: History) -> list[str]:
    first = history.create_conversation(persona="Tutor")
    history.add_message(first.id, "system", "Be brief.")
    history.add_message(first.id, "user", "What is a prime number?")
    reply = history.add_message(first.id, "assistant", "A prime has exactly two divisors.")
    history.update_message(reply.id, interrupted=True)
    second = history.create_conversation(title="Pinned, empty", pinned=True)
    third = history.create_conversation()
    history.add_message(third.id, "user", "Wie spät ist es? 🕰️ zebra")
    return [first.id, second.id, third.id]


def document(conversations: int = 4, messages: int = 2) -> dict[str, Any]:
    """A valid export document, built by hand."""
    return {
        "format": "callbot-export",
        "version": 1,
        "exported_at": "2026-01-01T00:00:00Z",
        "conversations": [
            {
                "id": f"{c:032x}",
                "title": f"Conversation {c}",
                "persona": "",
                "created_at": "2025-06-01T10:00:00Z",
                "pinned": False,
                "messages": [
                    {
                        "role": ("user", "assistant")[m % 2],
                        "content": f"message {m} of conversation {c}",
                        "created_at": f"2025-06-01T10:00:{m % 60:02d}+00:00",
                    }
                    for m in range(messages)
                ],
            }
            for c in range(conversations)
        ],
    }


def write(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def search(history: History, word: str) -> list[int]:
    rows = history.database.connection().execute(
        "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid", (word,)
    )
    return [row[0] for row in rows]


def triggers(history: History) -> dict[str, str]:
    rows = history.database.connection().execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    )
    return dict(rows.fetchall())


def fts_is_consistent(history: History) -> bool:
    conn = history.database.connection()
    conn.execute("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")
    return True  # integrity-check raises when the index and the table disagree


def snapshot(history: History) -> tuple[Any, ...]:
    conn = history.database.connection()
    return (
        conn.execute("SELECT * FROM conversations ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM messages ORDER BY id").fetchall(),
        triggers(history),
    )


# -- round trips ------------------------------------------------------------------------------


def test_round_trip_keeps_everything_the_format_carries(
    source: History, target: History, tmp_path: Path
) -> None:
    ids = fill(source)
    export = tmp_path / "export.json"
    export_history(source.database, export)
    summary = import_history(target.database, export)
    assert (summary.imported, summary.skipped, summary.messages) == (3, 0, 4)
    for conversation_id in ids:
        before, after = source.conversation(conversation_id), target.conversation(conversation_id)
        assert before is not None and after == before
        old, new = source.messages(conversation_id), target.messages(conversation_id)
        assert [(m.role, m.content, m.created_at, m.interrupted) for m in new] == [
            (m.role, m.content, m.created_at, m.interrupted) for m in old
        ]
    assert search(target, "zebra") == [target.messages(ids[2])[0].id]


def test_importing_twice_skips_what_is_there(
    source: History, target: History, tmp_path: Path
) -> None:
    fill(source)
    export = tmp_path / "export.json"
    export_history(source.database, export)
    import_history(target.database, export)
    again = import_history(target.database, export)
    assert (again.imported, again.skipped, again.messages) == (0, 3, 0)
    assert target.count_conversations() == 3 and target.count_messages() == 4
    extra = source.create_conversation(title="new one")
    source.add_message(extra.id, "user", "hello again")
    export_history(source.database, export)
    third = import_history(target.database, export)
    assert (third.imported, third.skipped, third.messages) == (1, 3, 1)


def test_updated_at_defaults_to_the_last_message(target: History, tmp_path: Path) -> None:
    value = document(conversations=1, messages=3)
    import_history(target.database, write(tmp_path / "e.json", value))
    (conversation,) = target.conversations()
    assert iso_utc(conversation.created_at) == "2025-06-01T10:00:00Z"
    assert iso_utc(conversation.updated_at) == "2025-06-01T10:00:02Z"


def test_time_zones_are_converted_to_utc(target: History, tmp_path: Path) -> None:
    value = document(conversations=1, messages=1)
    value["conversations"][0]["messages"][0]["created_at"] = "2025-06-01T12:30:00.5+02:00"
    import_history(target.database, write(tmp_path / "e.json", value))
    (message,) = target.messages(f"{0:032x}")
    assert iso_utc(message.created_at) == "2025-06-01T10:30:00.500000Z"


text = st.text(max_size=200)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=text,
    persona=text,
    contents=st.lists(
        st.tuples(st.sampled_from(["system", "user", "assistant"]), text), max_size=6
    ),
    pinned=st.booleans(),
)
def test_any_text_survives_export_and_import(
    tmp_path_factory: pytest.TempPathFactory,
    title: str,
    persona: str,
    contents: list[tuple[str, str]],
    pinned: bool,
) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    source, target = open_history(folder / "a.db"), open_history(folder / "b.db")
    try:
        chat = source.create_conversation(title=title, persona=persona, pinned=pinned)
        for role, content in contents:
            source.add_message(chat.id, role, content)  # type: ignore[arg-type]
        export = folder / "export.json"
        export_history(source.database, export)
        summary = import_history(target.database, export)
        assert summary.imported == 1 and summary.messages == len(contents)
        assert target.conversation(chat.id) == source.conversation(chat.id)
        assert [(m.role, m.content) for m in target.messages(chat.id)] == contents
    finally:
        source.database.close()
        target.database.close()


# -- validation -------------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], object]


def set_path(*path: Any, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> dict[str, Any]:
        node: Any = doc
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value
        return doc

    return mutate


def delete_path(*path: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> dict[str, Any]:
        node: Any = doc
        for step in path[:-1]:
            node = node[step]
        del node[path[-1]]
        return doc

    return mutate


def duplicate_id(doc: dict[str, Any]) -> dict[str, Any]:
    doc["conversations"][3]["id"] = doc["conversations"][1]["id"]
    return doc


INVALID: list[tuple[Mutation, str]] = [
    (
        set_path("conversations", 3, "messages", 0, "role", value="bot"),
        "conversations[3].messages[0].role must be one of system, user, assistant, not 'bot'",
    ),
    (
        set_path("conversations", 2, "messages", 1, "role", value=None),
        "conversations[2].messages[1].role must be one of system, user, assistant, not null",
    ),
    (lambda d: [d], "it must hold a JSON object, not a list"),
    (set_path("format", value="something-else"), "it is not a CallBot export"),
    (delete_path("format"), "it is not a CallBot export"),
    (set_path("version", value=2), "format version 2, newer than this CallBot reads (1)"),
    (set_path("version", value="1"), "version must be a whole number from 1, not '1'"),
    (set_path("version", value=True), "version must be a whole number from 1, not True"),
    (set_path("version", value=0), "version must be a whole number from 1, not 0"),
    (delete_path("exported_at"), "the export is missing the field 'exported_at'"),
    (set_path("extra", value=1), "the export has an unknown field 'extra'"),
    (set_path("exported_at", value="yesterday"), "exported_at must be an ISO-8601 time"),
    (set_path("conversations", value={}), "conversations must be a list, not an object"),
    (set_path("conversations", 1, value="x"), "conversations[1] must be an object, not text"),
    (delete_path("conversations", 2, "id"), "conversations[2] is missing the field 'id'"),
    (
        set_path("conversations", 2, "id", value="not-a-uuid"),
        "conversations[2].id must be 32 lowercase hexadecimal digits (a UUID), not 'not-a-uuid'",
    ),
    (
        set_path("conversations", 2, "id", value=7),
        "conversations[2].id must be 32 lowercase hexadecimal digits (a UUID), not a number",
    ),
    (duplicate_id, "conversations[3].id repeats conversations[1].id"),
    (set_path("conversations", 0, "title", value=5), "conversations[0].title must be text"),
    (
        set_path("conversations", 0, "title", value="t" * 1001),
        "conversations[0].title must be at most 1,000 characters, not 1,001",
    ),
    (
        set_path("conversations", 0, "persona", value=["x"]),
        "conversations[0].persona must be text, not a list",
    ),
    (
        set_path("conversations", 0, "pinned", value=1),
        "conversations[0].pinned must be true or false, not a number",
    ),
    (
        set_path("conversations", 0, "created_at", value=1_700_000_000),
        "conversations[0].created_at must be an ISO-8601 time such as 2024-05-01T12:00:00Z, "
        "not a number",
    ),
    (
        set_path("conversations", 0, "created_at", value="2025-06-01T10:00:00"),
        "conversations[0].created_at must say its time zone",
    ),
    (
        set_path("conversations", 0, "created_at", value="1969-12-31T23:59:59Z"),
        "conversations[0].created_at must not be before 1970",
    ),
    (
        set_path("conversations", 0, "updated_at", value="soon"),
        "conversations[0].updated_at must be an ISO-8601 time",
    ),
    (
        set_path("conversations", 0, "messages", value=None),
        "conversations[0].messages must be a list, not null",
    ),
    (
        set_path("conversations", 0, "colour", value="red"),
        "conversations[0] has an unknown field 'colour'",
    ),
    (
        delete_path("conversations", 1, "messages", 1, "content"),
        "conversations[1].messages[1] is missing the field 'content'",
    ),
    (
        set_path("conversations", 1, "messages", 1, "content", value="x" * (MAX_CONTENT_CHARS + 1)),
        "conversations[1].messages[1].content must be at most 1,000,000 characters",
    ),
    (
        set_path("conversations", 1, "messages", 0, "interrupted", value="yes"),
        "conversations[1].messages[0].interrupted must be true or false, not text",
    ),
    (
        set_path("conversations", 1, "messages", 0, "timings", value={}),
        "conversations[1].messages[0] has an unknown field 'timings'",
    ),
    (
        set_path("conversations", 1, "messages", 0, "created_at", value="2025-13-01T00:00:00Z"),
        "conversations[1].messages[0].created_at must be an ISO-8601 time such as "
        "2024-05-01T12:00:00Z, not '2025-13-01T00:00:00Z'",
    ),
    (
        set_path("conversations", 1, "messages", 0, value=[]),
        "conversations[1].messages[0] must be an object, not a list",
    ),
]


@pytest.mark.parametrize(("mutate", "message"), INVALID)
def test_invalid_exports_are_refused_whole_with_the_place_named(
    target: History, tmp_path: Path, mutate: Mutation, message: str
) -> None:
    fill(target)
    before = snapshot(target)
    path = write(tmp_path / "bad.json", mutate(copy.deepcopy(document())))
    with pytest.raises(InvalidExportError) as caught:
        import_history(target.database, path)
    assert str(caught.value).startswith("Cannot import bad.json: ")
    assert message in caught.value.message
    assert caught.value.fix
    assert snapshot(target) == before  # the valid conversations before the bad one are not in


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe not utf-8", "it is not UTF-8 text (byte 0 cannot be read)"),
        (b'{"format": "callbot-export",', "it is not valid JSON (line 1, column 29"),
        (b"", "it is not valid JSON (line 1, column 1: Expecting value)"),
        (b'{"format": "callbot-export", "format": "x"}', "repeats the key 'format'"),
        (b'{"format": "callbot-export", "version": NaN}', "it holds NaN"),
        (b"[" * 100_000 + b"]" * 100_000, "nests lists or objects too deeply"),
    ],
)
def test_files_that_are_not_json_are_refused(
    target: History, tmp_path: Path, raw: bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(InvalidExportError, match=re.escape(message)):
        import_history(target.database, path)
    assert target.count_conversations() == 0


def test_lone_surrogates_are_refused(target: History, tmp_path: Path) -> None:
    value = json.dumps(document(conversations=1, messages=1)).replace("message 0", "\\ud800")
    (tmp_path / "s.json").write_text(value)
    with pytest.raises(InvalidExportError, match=r"messages\[0\]\.content must be valid Unicode"):
        import_history(target.database, tmp_path / "s.json")


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    parsed = parse_export(b"\xef\xbb\xbf" + json.dumps(document(2, 1)).encode())
    assert len(parsed.conversations) == 2 and parsed.message_count == 2


def test_files_over_the_size_limit_are_not_read(target: History, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:  # sparse: takes no disk space
        stream.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InvalidExportError, match="more than the 1024 MiB an import may have"):
        import_history(target.database, path)


def test_a_missing_file_says_so(target: History, tmp_path: Path) -> None:
    with pytest.raises(InvalidExportError, match="cannot be read"):
        import_history(target.database, tmp_path / "nope.json")


# -- encrypted files --------------------------------------------------------------------------


def test_a_file_encrypted_by_the_age_cli_with_a_passphrase_imports(
    source: History, target: History, tmp_path: Path
) -> None:
    fill(source)
    plain, sealed = tmp_path / "export.json", tmp_path / "export.json.age"
    export_history(source.database, plain)
    age_cli(["--passphrase", "-o", str(sealed), str(plain)], ["tr0ub4dor &3", "tr0ub4dor &3"])
    with pytest.raises(EncryptedExportError, match="encrypted with a passphrase"):
        import_history(target.database, sealed)
    with pytest.raises(EncryptedExportError, match="cannot be decrypted with this passphrase"):
        import_history(target.database, sealed, passphrase="wrong")
    assert target.count_conversations() == 0
    summary = import_history(target.database, sealed, passphrase="tr0ub4dor &3")
    assert (summary.imported, summary.messages) == (3, 4)


@pytest.mark.parametrize("armor", [False, True])
def test_a_file_encrypted_by_the_age_cli_to_a_key_imports(
    source: History, target: History, tmp_path: Path, armor: bool
) -> None:
    fill(source)
    keygen = require_executable("age-keygen", "age")
    key_file = tmp_path / "key.txt"
    subprocess.run([keygen, "-o", str(key_file)], check=True, capture_output=True)
    public = subprocess.run(
        [keygen, "-y", str(key_file)], check=True, capture_output=True, text=True
    ).stdout.strip()
    plain, sealed = tmp_path / "export.json", tmp_path / "export.json.age"
    export_history(source.database, plain)
    subprocess.run(
        ["age", *(["--armor"] if armor else []), "-r", public, "-o", str(sealed), str(plain)],
        check=True,
        timeout=60,
    )
    with pytest.raises(EncryptedExportError, match="encrypted to an age public key"):
        import_history(target.database, sealed)
    other = tmp_path / "other.txt"
    subprocess.run([keygen, "-o", str(other)], check=True, capture_output=True)
    with pytest.raises(EncryptedExportError, match="cannot be decrypted with this identity"):
        import_history(target.database, sealed, identity=other.read_text())
    summary = import_history(target.database, sealed, identity=key_file.read_text())
    assert (summary.imported, summary.messages) == (3, 4)


def test_our_recipient_export_imports(source: History, target: History, tmp_path: Path) -> None:
    fill(source)
    keygen = require_executable("age-keygen", "age")
    key_file = tmp_path / "key.txt"
    subprocess.run([keygen, "-o", str(key_file)], check=True, capture_output=True)
    public = subprocess.run(
        [keygen, "-y", str(key_file)], check=True, capture_output=True, text=True
    ).stdout.strip()
    sealed = tmp_path / "export.json.age"
    export_history(source.database, sealed, recipients=[public])
    summary = import_history(target.database, sealed, identity=key_file.read_text())
    assert summary.imported == 3


def test_a_bad_identity_is_refused_without_echoing_it(target: History, tmp_path: Path) -> None:
    sealed = tmp_path / "x.age"
    subprocess.run(
        [
            require_executable("age", "age"),
            "-r",
            "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
            "-o",
            str(sealed),
        ],
        input=b"{}",
        check=True,
        timeout=60,
    )
    secret = "AGE-SECRET-KEY-1NOTREALLYAKEY"
    with pytest.raises(EncryptedExportError) as caught:
        import_history(target.database, sealed, identity=f"# comment\n{secret}\n")
    assert "Line 1 of the identity is not an age secret key" in str(caught.value)
    assert secret not in str(caught.value)
    with pytest.raises(EncryptedExportError, match="holds no age secret key"):
        import_history(target.database, sealed, identity="# only a comment\n")


# -- writing: one transaction, bulk path, search ----------------------------------------------


def migration_trigger_sql(version: int) -> dict[str, str]:
    """The CREATE TRIGGER statements of one migration file, by name."""
    sql = migrations()[version - 1].sql
    found = re.findall(r"(CREATE TRIGGER (\w+) .*?\nEND);", sql, flags=re.DOTALL)
    return {name: statement for statement, name in found}


def fresh_triggers(tmp_path: Path) -> dict[str, str]:
    return triggers(open_history(tmp_path / "fresh.db"))


def test_the_bulk_path_knows_the_insert_trigger_of_every_schema(tmp_path: Path) -> None:
    defined = [
        migration_trigger_sql(m.version)["messages_fts_insert"]
        for m in migrations()
        if "messages_fts_insert" in migration_trigger_sql(m.version)
    ]
    assert defined[0] == SCHEMA_1_INSERT_TRIGGER
    assert set(defined) <= {SCHEMA_1_INSERT_TRIGGER, SCHEMA_2_INSERT_TRIGGER}
    assert bulk_load_supported(open_history(tmp_path / "latest.db").database)
    assert bulk_load_supported(open_history(tmp_path / "one.db", schema=1).database)


@pytest.mark.parametrize("schema", [1, None], ids=["schema-1", "latest"])
def test_a_large_import_is_searchable_and_the_triggers_are_exactly_restored(
    tmp_path: Path, schema: int | None
) -> None:
    target = open_history(tmp_path / "target.db", schema)
    expected = migration_trigger_sql(1) if schema == 1 else fresh_triggers(tmp_path)
    existing = target.create_conversation()
    old = target.add_message(existing.id, "user", "aardvark before the import")
    assert triggers(target) == expected
    value = document(conversations=40, messages=60)  # 2,400 messages: the bulk path
    value["conversations"][17]["messages"][5]["content"] = "a quokka smiled"
    value["conversations"][39]["messages"][59]["content"] = "quokka again, and a narwhal"
    seen: list[tuple[int, int]] = []
    summary = import_history(
        target.database,
        write(tmp_path / "big.json", value),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert (summary.imported, summary.skipped, summary.messages) == (40, 0, 2_400)
    assert seen[0] == (0, 40) and seen[-1] == (40, 40) and len(seen) == 41
    assert triggers(target) == expected
    assert fts_is_consistent(target)
    conn = target.database.connection()
    hits = search(target, "quokka")
    contents = [
        conn.execute("SELECT content FROM messages WHERE id = ?", (rowid,)).fetchone()[0]
        for rowid in hits
    ]
    assert contents == ["a quokka smiled", "quokka again, and a narwhal"]
    assert search(target, "aardvark") == [old.id]
    assert len(search(target, "conversation")) == 2_400 - 2  # two were replaced above
    # the triggers work: insert, update and delete after the import
    added = target.add_message(existing.id, "assistant", "a wombat arrives")
    assert search(target, "wombat") == [added.id]
    target.update_message(added.id, content="a platypus instead")
    assert search(target, "wombat") == [] and search(target, "platypus") == [added.id]
    target.delete_conversation(f"{17:032x}")
    assert search(target, "quokka") == [hits[1]]
    assert fts_is_consistent(target)


@pytest.mark.parametrize("schema", [1, None], ids=["schema-1", "latest"])
def test_the_bulk_path_stores_what_the_triggers_would(tmp_path: Path, schema: int | None) -> None:
    value = document(conversations=12, messages=5)
    for index, conversation in enumerate(value["conversations"]):
        conversation["persona"] = ["", "Tutor", "Pirate ☠"][index % 3]
    parsed = parse_export(json.dumps(value).encode())
    bulk = open_history(tmp_path / "bulk.db", schema)
    plain = open_history(tmp_path / "plain.db", schema)
    write_import(bulk.database, parsed, bulk_threshold=1)
    write_import(plain.database, parsed, bulk_threshold=10**9)
    every_row = "SELECT * FROM messages ORDER BY id"
    rows = bulk.database.connection().execute(every_row).fetchall()
    assert rows == plain.database.connection().execute(every_row).fetchall()
    assert len(rows) == 60
    fts_query = "SELECT rowid, * FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid"
    for query in ("conversation", "message", "4", "ruser", "rassistant"):
        assert (
            bulk.database.connection().execute(fts_query, (query,)).fetchall()
            == plain.database.connection().execute(fts_query, (query,)).fetchall()
        )
    assert fts_is_consistent(bulk) and fts_is_consistent(plain)


def test_a_small_import_uses_the_triggers(target: History, tmp_path: Path) -> None:
    value = document(conversations=2, messages=2)
    value["conversations"][1]["messages"][0]["content"] = "a lonely axolotl"
    import_history(target.database, write(tmp_path / "small.json", value))
    assert len(search(target, "axolotl")) == 1
    assert triggers(target) == fresh_triggers(tmp_path) and fts_is_consistent(target)


@pytest.mark.parametrize("conversations", [2, 40])  # the trigger path and the bulk path
def test_a_failure_while_writing_leaves_everything_as_before(
    target: History, tmp_path: Path, conversations: int
) -> None:
    fill(target)
    conn = target.database.connection()
    conn.execute(  # a real database failure on the very last message
        "CREATE TRIGGER test_refuse BEFORE INSERT ON messages WHEN new.content = 'boom' "
        "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
    )
    before = snapshot(target)
    value = document(conversations=conversations, messages=60)
    value["conversations"][-1]["messages"][-1]["content"] = "boom"
    with pytest.raises(ImportWriteError, match="refused by test") as caught:
        import_history(target.database, write(tmp_path / "e.json", value))
    assert "nothing was imported" in str(caught.value)
    assert snapshot(target) == before
    conn.execute("DROP TRIGGER test_refuse")
    assert triggers(target) == fresh_triggers(tmp_path) and fts_is_consistent(target)
    assert search(target, "conversation") == []
    assert len(search(target, "zebra")) == 1


def test_raising_from_progress_cancels_the_import(target: History, tmp_path: Path) -> None:
    def cancel(done: int, total: int) -> None:
        if done == 30:
            raise KeyboardInterrupt

    path = write(tmp_path / "e.json", document(conversations=40, messages=60))
    with pytest.raises(KeyboardInterrupt):
        import_history(target.database, path, progress=cancel)
    assert target.count_conversations() == 0 and target.count_messages() == 0
    assert triggers(target) == fresh_triggers(tmp_path)


def test_write_import_accepts_a_parsed_document(target: History, tmp_path: Path) -> None:
    parsed = parse_export(json.dumps(document(conversations=3, messages=1)).encode())
    summary = write_import(target.database, parsed, bulk_threshold=1)
    assert (summary.imported, summary.messages) == (3, 3)
    assert triggers(target) == fresh_triggers(tmp_path) and fts_is_consistent(target)


def test_import_what_export_document_gives(source: History, target: History) -> None:
    fill(source)
    parsed = parse_export(json.dumps(export_document(source.database)).encode())
    assert write_import(target.database, parsed).imported == 3


def test_the_documented_example_imports(target: History) -> None:
    doc = (Path(__file__).parents[3] / "docs" / "export-format.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", doc, flags=re.DOTALL)
    assert example is not None
    summary = write_import(target.database, parse_export(example[1].encode()))
    assert (summary.imported, summary.messages) == (1, 2)
    (reply,) = [m for m in target.messages("3f2c9a7e5b1d4c8e9f0a1b2c3d4e5f60") if m.interrupted]
    assert reply.role == "assistant"
