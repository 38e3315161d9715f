"""Importing a JSON export (plain, or age-encrypted with a passphrase or to an identity's key).

Everything is checked before anything is written: the header (format and version), every field's
type, the roles, the timestamps, the ids and the sizes. The first problem found is reported as an
``InvalidExportError`` that says what is wrong and where, for example
``conversations[3].messages[0].role must be one of system, user, assistant, not 'bot'``, and the
database is left untouched.

Then the whole import is written in ONE transaction: conversations whose id is already in the
database are skipped (and counted), the others are added with their messages. For many messages
(``BULK_MESSAGES``) the full-text index is not fed row by row by its trigger: the FTS insert
trigger is dropped, the rows are inserted, the new rows (``id`` above the largest before the
import: the write lock is held, so nothing else inserts) are added to ``messages_fts`` in one
statement, and the trigger is recreated from the very SQL it had (read back from
``sqlite_master``), all inside that transaction, so that a failure at any point leaves the
database, its index and its triggers as they were. That is about 4 times faster than the trigger.
The bulk path is taken only when the trigger is, to the character, one whose effect it knows
(schemas 1 and 2, the latter with ``search_facets``); any other schema gets the plain path.

Imported messages get new ids, above every existing one, in the file's order, and keep their own
``created_at``: older messages imported later break the rule "message ids grow with time" that
search uses to turn a date filter into an id range (search re-checks ``created_at``, so such a
message can be missed by a date filter, never wrongly found).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

import pyrage
import sqlcipher3

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.storage.db import Connection, Database
from callbot_desktop.storage.export import AGE_ARMOR, FORMAT, VERSION, is_age
from callbot_desktop.storage.history import (
    ROLES,
    Conversation,
    Message,
    insert_conversation,
    insert_messages,
)

MAX_FILE_BYTES = 1 << 30
"""The largest file (plain or encrypted) that is read: 1 GiB."""
MAX_CONTENT_CHARS = 1_000_000
MAX_TITLE_CHARS = 1_000
MAX_PERSONA_CHARS = 1_000
BULK_MESSAGES = 1_000
"""From this many new messages on, the FTS insert trigger is set aside during the import."""

_ID = re.compile(r"[0-9a-f]{32}")
_EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
_INSERT_TRIGGER = "messages_fts_insert"
_ID_CHUNK = 500
_TOP_FIELDS = ("format", "version", "exported_at", "conversations")
_CONVERSATION_FIELDS = ("id", "title", "persona", "created_at", "pinned", "messages")
_CONVERSATION_OPTIONAL = ("updated_at",)
_MESSAGE_FIELDS = ("role", "content", "created_at")
_MESSAGE_OPTIONAL = ("interrupted",)
_FIX = "export it again from CallBot Desktop, or correct the file (see docs/export-format.md)"

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while writing, counting new conversations."""


class InvalidExportError(CallbotError):
    """The file is not a valid CallBot export; ``where`` names the offending field."""

    def __init__(self, message: str, fix: str = _FIX, where: str = "") -> None:
        super().__init__(message, fix)
        self.where = where


class EncryptedExportError(CallbotError):
    """The file is age-encrypted and cannot be decrypted with what was given."""


class ImportWriteError(CallbotError):
    """The database refused the import; the transaction was rolled back, nothing was imported."""


@dataclass(frozen=True)
class ImportSummary:
    imported: int
    """Conversations added."""
    skipped: int
    """Conversations left out because one with the same id is already in the database."""
    messages: int
    """Messages added (those of the imported conversations)."""


@dataclass(frozen=True)
class ParsedExport:
    """A validated export, ready to write; messages have ``id`` 0 until they are inserted."""

    exported_at: float
    conversations: tuple[tuple[Conversation, tuple[Message, ...]], ...]

    @property
    def message_count(self) -> int:
        return sum(len(messages) for _, messages in self.conversations)


# -- reading and decrypting -------------------------------------------------------------------


def age_identities(identity: str) -> list[Any]:
    """Parse the text of an age identity file (``AGE-SECRET-KEY-1…`` lines, ``#`` comments)."""
    keys = [
        line.strip()
        for line in identity.splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    if not keys:
        raise EncryptedExportError(
            "The identity holds no age secret key", "choose the key file made by age-keygen"
        )
    parsed = []
    for number, key in enumerate(keys, start=1):
        try:
            parsed.append(pyrage.x25519.Identity.from_str(key))
        except pyrage.IdentityError:  # the message never shows the key itself
            raise EncryptedExportError(
                f"Line {number} of the identity is not an age secret key",
                "choose the key file made by age-keygen (lines start with AGE-SECRET-KEY-1)",
            ) from None
    return parsed


def _age_header(data: bytes) -> bytes:
    """The header of an age file (armored or not), or b"" when it cannot be read."""
    if data.lstrip().startswith(AGE_ARMOR):
        body = [
            line.strip()
            for line in data.strip().splitlines()[1:]
            if line.strip() and not line.startswith(b"-----")
        ]
        try:
            data = base64.b64decode(b"".join(body))
        except (binascii.Error, ValueError):
            return b""
    end = data.find(b"\n---")
    return data[:end] if end != -1 else b""


def uses_passphrase(data: bytes) -> bool:
    """True when an age file was encrypted with a passphrase (not to public keys)."""
    return b"\n-> scrypt " in _age_header(data)


def decrypt_export(
    data: bytes,
    *,
    passphrase: str | None = None,
    identity: str | None = None,
    name: str = "the file",
) -> bytes:
    """Plain bytes of an export: ``data`` itself when it is not age-encrypted."""
    if not is_age(data):
        return data
    by_passphrase = uses_passphrase(data)
    if by_passphrase and passphrase is None:
        raise EncryptedExportError(
            f"Cannot import {name}: it is encrypted with a passphrase",
            "type the passphrase it was made with",
        )
    if not by_passphrase and identity is None:
        raise EncryptedExportError(
            f"Cannot import {name}: it is encrypted to an age public key",
            "choose the identity file (secret key) that belongs to that public key",
        )
    try:
        if by_passphrase:
            assert passphrase is not None
            return bytes(pyrage.passphrase.decrypt(data, passphrase))
        assert identity is not None
        return bytes(pyrage.decrypt(data, age_identities(identity)))
    except pyrage.DecryptError:
        what = "passphrase" if by_passphrase else "identity"
        raise EncryptedExportError(
            f"Cannot import {name}: it cannot be decrypted with this {what}, or it is damaged",
            f"check the {what}; if it is right, the file was changed or cut short",
        ) from None


def read_export(source: Path) -> bytes:
    """The bytes of ``source``, refusing files over MAX_FILE_BYTES before reading them."""
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidExportError(
                f"{source.name} is {size / 2**20:.0f} MiB, more than the "
                f"{MAX_FILE_BYTES / 2**20:.0f} MiB an import may have",
                "export fewer conversations at a time",
            )
        return source.read_bytes()
    except OSError as exc:
        raise InvalidExportError(
            f"{source} cannot be read ({exc.strerror or type(exc).__name__})",
            "check that the file exists and that you may read it",
        ) from None


# -- validating -------------------------------------------------------------------------------


class _Invalid(Exception):
    def __init__(self, where: str, problem: str, fix: str = _FIX) -> None:
        super().__init__(f"{where} {problem}" if where else problem)
        self.where = where
        self.fix = fix


def _fail(where: str, problem: str) -> NoReturn:
    raise _Invalid(where, problem)


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    names = {bool: "true/false", int: "a number", float: "a number", str: "text"}
    names |= {list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _object(
    value: object, where: str, required: Sequence[str], optional: Sequence[str] = ()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        _fail(where, f"must be an object, not {_type_name(value)}")
    for name in required:
        if name not in value:
            _fail(where, f"is missing the field {name!r}")
    for name in value:
        if name not in required and name not in optional:
            _fail(where, f"has an unknown field {name!r}")
    return value


def _text(value: object, where: str, limit: int) -> str:
    if not isinstance(value, str):
        _fail(where, f"must be text, not {_type_name(value)}")
    if len(value) > limit:
        _fail(where, f"must be at most {limit:,} characters, not {len(value):,}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        _fail(where, "must be valid Unicode text (it holds a lone surrogate escape)")
    return value


def _flag(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        _fail(where, f"must be true or false, not {_type_name(value)}")
    return value


def _time(value: object, where: str) -> float:
    example = "such as 2024-05-01T12:00:00Z"
    if not isinstance(value, str):
        _fail(where, f"must be an ISO-8601 time {example}, not {_type_name(value)}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        shown = value if len(value) <= 40 else value[:37] + "…"
        _fail(where, f"must be an ISO-8601 time {example}, not {shown!r}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        _fail(where, f"must say its time zone ({example}), not {value!r}")
    if moment < _EARLIEST:
        _fail(where, f"must not be before 1970, not {value!r}")
    return moment.timestamp()


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        _fail(where, f"must be a list, not {_type_name(value)}")
    return value


def _message(value: object, where: str, conversation_id: str) -> Message:
    fields = _object(value, where, _MESSAGE_FIELDS, _MESSAGE_OPTIONAL)
    role = fields["role"]
    if not isinstance(role, str) or role not in ROLES:
        shown = repr(role) if isinstance(role, str) else _type_name(role)
        _fail(f"{where}.role", f"must be one of {', '.join(ROLES)}, not {shown}")
    content = _text(fields["content"], f"{where}.content", MAX_CONTENT_CHARS)
    created_at = _time(fields["created_at"], f"{where}.created_at")
    interrupted = _flag(fields.get("interrupted", False), f"{where}.interrupted")
    return Message(0, conversation_id, role, content, created_at, interrupted)


def _conversation(value: object, where: str) -> tuple[Conversation, tuple[Message, ...]]:
    fields = _object(value, where, _CONVERSATION_FIELDS, _CONVERSATION_OPTIONAL)
    conversation_id = fields["id"]
    if not isinstance(conversation_id, str) or not _ID.fullmatch(conversation_id):
        shown = (
            repr(conversation_id)[:40]
            if isinstance(conversation_id, str)
            else _type_name(conversation_id)
        )
        _fail(f"{where}.id", f"must be 32 lowercase hexadecimal digits (a UUID), not {shown}")
    title = _text(fields["title"], f"{where}.title", MAX_TITLE_CHARS)
    persona = _text(fields["persona"], f"{where}.persona", MAX_PERSONA_CHARS)
    created_at = _time(fields["created_at"], f"{where}.created_at")
    pinned = _flag(fields["pinned"], f"{where}.pinned")
    messages = tuple(
        _message(item, f"{where}.messages[{index}]", conversation_id)
        for index, item in enumerate(_list(fields["messages"], f"{where}.messages"))
    )
    if "updated_at" in fields:
        updated_at = _time(fields["updated_at"], f"{where}.updated_at")
    else:
        updated_at = max([created_at, *(m.created_at for m in messages)])
    conversation = Conversation(conversation_id, title, persona, created_at, updated_at, pinned)
    return conversation, messages


def _header(document: object) -> dict[str, Any]:
    if not isinstance(document, dict):
        _fail("", f"it must hold a JSON object, not {_type_name(document)}")
    if document.get("format") != FORMAT:
        _fail("", f'it is not a CallBot export (no "format": "{FORMAT}")')
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        shown = repr(version) if "version" in document else "missing"
        _fail("version", f"must be a whole number from 1, not {shown}")
    if version > VERSION:
        raise _Invalid(
            "",
            f"it is format version {version}, newer than this CallBot reads ({VERSION})",
            "update CallBot Desktop, then import it",
        )
    return _object(document, "the export", _TOP_FIELDS)


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _reject_constant(name: str) -> NoReturn:
    raise _Invalid("", f"it holds {name}, which JSON does not allow")


def parse_export(data: bytes, *, name: str = "the file") -> ParsedExport:
    """Decode and validate a plain JSON export; raises InvalidExportError at the first problem."""
    try:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            _fail("", f"it is not UTF-8 text (byte {exc.start} cannot be read)")
        try:
            document = json.loads(
                text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant
            )
        except _DuplicateKey as exc:
            _fail("", f"it repeats the key {exc.args[0]!r} inside one object")
        except json.JSONDecodeError as exc:
            _fail("", f"it is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
        except RecursionError:
            _fail("", "it nests lists or objects too deeply")
        fields = _header(document)
        exported_at = _time(fields["exported_at"], "exported_at")
        conversations = []
        first_seen: dict[str, int] = {}
        for index, item in enumerate(_list(fields["conversations"], "conversations")):
            where = f"conversations[{index}]"
            conversation, messages = _conversation(item, where)
            if conversation.id in first_seen:
                _fail(f"{where}.id", f"repeats conversations[{first_seen[conversation.id]}].id")
            first_seen[conversation.id] = index
            conversations.append((conversation, messages))
    except _Invalid as exc:
        raise InvalidExportError(f"Cannot import {name}: {exc}", exc.fix, exc.where) from None
    return ParsedExport(exported_at, tuple(conversations))


# -- writing ----------------------------------------------------------------------------------


def _existing(conn: Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(f"SELECT id FROM conversations WHERE id IN ({marks})", chunk)
        found.update(row[0] for row in rows)
    return found


# The bulk path replaces the FTS insert trigger by set-based statements, so it must know exactly
# what that trigger does: it is used only when the database's trigger is, to the character, one of
# these (from migrations 0001 and 0002). Any other trigger (a newer schema) gets the plain path,
# where every trigger fires as usual: slower, never wrong.
SCHEMA_1_INSERT_TRIGGER = (
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN\n"
    "    INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);\n"
    "END"
)
SCHEMA_2_INSERT_TRIGGER = (
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN\n"
    "    INSERT INTO messages_fts (rowid, content, search_facets)\n"
    "        SELECT new.id, new.content, new.search_facets WHERE new.search_facets <> '';\n"
    "    UPDATE messages SET search_facets = 'r' || new.role || ' p' || hex(coalesce(\n"
    "            (SELECT persona FROM conversations WHERE id = new.conversation_id), ''))\n"
    "        WHERE id = new.id AND new.search_facets = '';\n"
    "END"
)


@dataclass(frozen=True)
class _BulkPlan:
    facets: bool
    """Whether messages carry ``search_facets``, computed here as the trigger would."""
    fill: str
    """Adds the messages with ``id > ?`` to the full-text index."""


_BULK_PLANS = {
    SCHEMA_1_INSERT_TRIGGER: _BulkPlan(
        False,
        "INSERT INTO messages_fts (rowid, content) SELECT id, content FROM messages WHERE id > ?",
    ),
    SCHEMA_2_INSERT_TRIGGER: _BulkPlan(
        True,
        "INSERT INTO messages_fts (rowid, content, search_facets) "
        "SELECT id, content, search_facets FROM messages WHERE id > ?",
    ),
}
_INSERT_WITH_FACETS = (
    "INSERT INTO messages (conversation_id, role, content, created_at, interrupted, search_facets) "
    "VALUES (?, ?, ?, ?, ?, 'r' || ? || ' p' || hex(?))"
)


def _insert_trigger(conn: Connection) -> str | None:
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_INSERT_TRIGGER,)
    ).fetchone()
    return str(row[0]) if row else None


def bulk_load_supported(database: Database) -> bool:
    """True when large imports can set the FTS insert trigger aside (its SQL is a known one)."""
    return _insert_trigger(database.connection()) in _BULK_PLANS


def _insert_with_facets(
    conn: Connection, conversation: Conversation, messages: Sequence[Message]
) -> None:
    conn.executemany(
        _INSERT_WITH_FACETS,
        (
            (m.conversation_id, m.role, m.content, m.created_at, int(m.interrupted))
            + (m.role, conversation.persona)
            for m in messages
        ),
    )


def write_import(
    database: Database,
    parsed: ParsedExport,
    *,
    progress: Progress | None = None,
    bulk_threshold: int = BULK_MESSAGES,
) -> ImportSummary:
    """Write a validated export in one transaction, skipping conversations already present.

    From ``bulk_threshold`` new messages on (and for a known schema), the FTS insert trigger is
    dropped, the rows inserted, the new rows indexed in one statement, and the trigger recreated
    from its own stored SQL, all in the same transaction.
    """
    try:
        with database.write() as conn:
            present = _existing(conn, [c.id for c, _ in parsed.conversations])
            new = [(c, ms) for c, ms in parsed.conversations if c.id not in present]
            count = sum(len(ms) for _, ms in new)
            trigger = _insert_trigger(conn) if count >= bulk_threshold else None
            plan = _BULK_PLANS.get(trigger) if trigger is not None else None
            last_id = 0
            if plan is not None:
                last_id = int(
                    conn.execute("SELECT coalesce(max(id), 0) FROM messages").fetchone()[0]
                )
                conn.execute(f"DROP TRIGGER {_INSERT_TRIGGER}")
            if progress is not None:
                progress(0, len(new))
            for done, (conversation, messages) in enumerate(new, start=1):
                insert_conversation(conn, conversation)
                if plan is not None and plan.facets:
                    _insert_with_facets(conn, conversation, messages)
                else:
                    insert_messages(conn, messages)
                if progress is not None:
                    progress(done, len(new))
            if plan is not None and trigger is not None:
                added = conn.execute("SELECT count(*) FROM messages WHERE id > ?", (last_id,))
                if int(added.fetchone()[0]) != count:  # pragma: no cover - rowids out of order
                    raise ImportWriteError(
                        "The new messages did not get the ids expected; nothing was imported",
                        "report this as a bug",
                    )
                conn.execute(plan.fill, (last_id,))
                conn.execute(trigger)
    except sqlcipher3.Error as exc:
        raise ImportWriteError(
            f"The history database refused the import ({exc}); nothing was imported",
            "check the free disk space and try again",
        ) from exc
    return ImportSummary(len(new), len(parsed.conversations) - len(new), count)


def import_history(
    database: Database,
    source: Path,
    *,
    passphrase: str | None = None,
    identity: str | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import an export file (plain JSON, or ``.age`` with ``passphrase`` or ``identity``).

    ``identity`` is the text of an age identity file (as written by ``age-keygen``). Nothing is
    written unless the whole file is valid; raising from ``progress`` cancels the import.
    """
    data = read_export(source)
    plain = decrypt_export(data, passphrase=passphrase, identity=identity, name=source.name)
    if len(plain) > MAX_FILE_BYTES:
        raise InvalidExportError(
            f"{source.name} decrypts to more than {MAX_FILE_BYTES / 2**20:.0f} MiB",
            "export fewer conversations at a time",
        )
    parsed = parse_export(plain, name=source.name)
    return write_import(database, parsed, progress=progress)
