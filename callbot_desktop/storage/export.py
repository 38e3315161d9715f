"""Exporting the history: versioned JSON (the format ``importer`` reads back), readable Markdown,
and either one encrypted with age (a passphrase, or recipients' ``age1…`` public keys) so that the
standard ``age`` command line tool decrypts it.

The format is documented in ``docs/export-format.md``. In short::

    {"format": "callbot-export", "version": 1, "exported_at": "2026-11-24T10:00:00Z",
     "conversations": [{"id", "title", "persona", "created_at", "updated_at", "pinned",
                        "messages": [{"role", "content", "created_at", "interrupted"?}]}]}

- Times are ISO-8601 in UTC with a ``Z``; ``interrupted`` appears only when true.
- An export is read from one consistent snapshot of the database, and written atomically (a
  temporary file beside the destination, then a rename): a crash, an error or a cancelled export
  never leaves a half-written file. The file is private to the user (mode 0600).
- A plain export is streamed to disk one conversation at a time. An encrypted one is built in
  memory and only its ciphertext touches the disk: the plaintext of an ``.age`` export is never
  written to a file.
- ``progress(done, total)`` is called with the number of conversations written; raising from it
  cancels the export.
- Exports hold conversations only: never the database key, timings, voice notes or settings.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Literal

import pyrage

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.storage.db import Connection, Database
from callbot_desktop.storage.history import Conversation, conversation_from_row

FORMAT = "callbot-export"
VERSION = 1
"""The format version this code writes and the newest it reads (see docs/export-format.md)."""

ExportFormat = Literal["json", "markdown"]
Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)``, counting conversations."""

AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
_ID_CHUNK = 500  # ids per ``IN (...)`` query: far below SQLite's limit on bound variables
_ROLE_NAMES = {"system": "System", "user": "You", "assistant": "Assistant"}


class ExportError(CallbotError):
    """The export could not be made (nothing was written)."""


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    conversations: int
    messages: int
    encrypted: bool


# -- times ------------------------------------------------------------------------------------


def iso_utc(timestamp: float) -> str:
    """Unix seconds as ISO-8601 UTC: ``2024-05-01T12:00:00Z``, with microseconds when not zero."""
    moment = datetime.fromtimestamp(timestamp, UTC)
    spec = "seconds" if moment.microsecond == 0 else "microseconds"
    return moment.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def _readable_utc(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M UTC")


# -- encryption -------------------------------------------------------------------------------


def is_age(data: bytes) -> bool:
    """True when ``data`` is an age file (binary or ASCII-armored)."""
    return data.startswith(AGE_MAGIC) or data.lstrip().startswith(AGE_ARMOR)


def age_recipients(recipients: Sequence[str]) -> list[Any]:
    """Parse ``age1…`` public keys; a bad one gets an error that shows only its start."""
    parsed = []
    for text in recipients:
        key = text.strip()
        try:
            parsed.append(pyrage.x25519.Recipient.from_str(key))
        except pyrage.RecipientError:
            shown = key if len(key) <= 16 else key[:12] + "…"
            raise ExportError(
                f"{shown!r} is not an age public key",
                "give the public key that age-keygen printed, which starts with age1",
            ) from None
    return parsed


def check_encryption(passphrase: str | None, recipients: Sequence[str]) -> None:
    """Raise ExportError unless exactly one of a non-empty passphrase or valid recipients is given.

    Cheap: nothing is encrypted (a passphrase costs about a second of scrypt per encryption).
    """
    if passphrase is not None and recipients:
        raise ExportError(
            "An age file is encrypted with a passphrase or to public keys, not both",
            "choose one of the two",
        )
    if passphrase is not None:
        if not passphrase:
            raise ExportError("An empty passphrase protects nothing", "type a passphrase")
        return
    if not recipients:
        raise ExportError("Nothing to encrypt with", "give a passphrase or an age public key")
    age_recipients(recipients)


def encrypt_bytes(
    data: bytes, *, passphrase: str | None = None, recipients: Sequence[str] = ()
) -> bytes:
    """Encrypt with age: either with a passphrase, or to one or more ``age1…`` public keys."""
    check_encryption(passphrase, recipients)
    if passphrase is not None:
        return bytes(pyrage.passphrase.encrypt(data, passphrase))
    return bytes(pyrage.encrypt(data, age_recipients(recipients)))


# -- reading the database ---------------------------------------------------------------------


@contextmanager
def _snapshot(conn: Connection) -> Iterator[Connection]:
    """A read transaction, so that every query of the export sees the same state."""
    if conn.in_transaction:  # the caller already holds one
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")  # read only: nothing to commit


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _select(conn: Connection, conversation_ids: Sequence[str] | None) -> list[Conversation]:
    columns = "id, title, persona, created_at, updated_at, pinned"
    if conversation_ids is None:
        rows = conn.execute(f"SELECT {columns} FROM conversations ORDER BY created_at, id")
        return [conversation_from_row(row) for row in rows]
    wanted = list(dict.fromkeys(conversation_ids))
    found: list[Conversation] = []
    for chunk in _chunks(wanted, _ID_CHUNK):
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(f"SELECT {columns} FROM conversations WHERE id IN ({marks})", chunk)
        found.extend(conversation_from_row(row) for row in rows)
    missing = len(wanted) - len(found)
    if missing:
        raise ExportError(
            f"{missing} of the {len(wanted)} selected conversations no longer exist",
            "refresh the list of conversations and export again",
        )
    found.sort(key=lambda c: (c.created_at, c.id))
    return found


def _messages(conn: Connection, conversation_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT role, content, created_at, interrupted FROM messages "
        "WHERE conversation_id = ? ORDER BY id",
        (conversation_id,),
    )
    messages = []
    for role, content, created_at, interrupted in rows:
        message: dict[str, Any] = {
            "role": role,
            "content": content,
            "created_at": iso_utc(created_at),
        }
        if interrupted:
            message["interrupted"] = True
        messages.append(message)
    return messages


def conversation_document(conn: Connection, conversation: Conversation) -> dict[str, Any]:
    """One conversation as it appears in the JSON export."""
    return {
        "id": conversation.id,
        "title": conversation.title,
        "persona": conversation.persona,
        "created_at": iso_utc(conversation.created_at),
        "updated_at": iso_utc(conversation.updated_at),
        "pinned": conversation.pinned,
        "messages": _messages(conn, conversation.id),
    }


def export_document(
    database: Database, conversation_ids: Sequence[str] | None = None, *, now: float | None = None
) -> dict[str, Any]:
    """The whole JSON export as a dict (in memory: for small exports and tests)."""
    stream = io.BytesIO()
    with _snapshot(database.connection()) as conn:
        conversations = _select(conn, conversation_ids)
        _write_json(conn, conversations, stream, _now(now), None)
    document: dict[str, Any] = json.loads(stream.getvalue())
    return document


# -- writing ----------------------------------------------------------------------------------


def _now(now: float | None) -> float:
    return datetime.now(UTC).timestamp() if now is None else now


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _write_json(
    conn: Connection,
    conversations: Sequence[Conversation],
    stream: IO[bytes],
    now: float,
    progress: Progress | None,
) -> int:
    """Stream the JSON document, one conversation per line; returns the number of messages."""
    total, messages = len(conversations), 0
    header = {"format": FORMAT, "version": VERSION, "exported_at": iso_utc(now)}
    stream.write(_dumps(header)[:-1].encode("utf-8") + b', "conversations": [')
    if progress is not None:
        progress(0, total)
    for done, conversation in enumerate(conversations, start=1):
        document = conversation_document(conn, conversation)
        messages += len(document["messages"])
        separator = b"\n" if done == 1 else b",\n"
        stream.write(separator + _dumps(document).encode("utf-8"))
        if progress is not None:
            progress(done, total)
    stream.write(b"\n]}\n" if total else b"]}\n")
    return messages


def _quote(text: str) -> str:
    """Message text as a Markdown block quote, so that its own headings cannot break the outline."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _write_markdown(
    conn: Connection,
    conversations: Sequence[Conversation],
    stream: IO[bytes],
    now: float,
    progress: Progress | None,
) -> int:
    total, count = len(conversations), 0
    out: list[str] = [
        "# CallBot Desktop conversations\n",
        f"Exported {_readable_utc(now)}: {total} conversation{'s' if total != 1 else ''}.\n",
    ]
    stream.write("\n".join(out).encode("utf-8"))
    if progress is not None:
        progress(0, total)
    for done, conversation in enumerate(conversations, start=1):
        title = " ".join(conversation.title.split()) or "Untitled conversation"
        details = [f"Started {_readable_utc(conversation.created_at)}"]
        if conversation.persona:
            details.insert(0, f"Persona: {' '.join(conversation.persona.split())}")
        if conversation.pinned:
            details.append("Pinned")
        parts = [f"\n---\n\n## {title}\n", " · ".join(details) + "\n"]
        for message in _messages(conn, conversation.id):
            count += 1
            created = datetime.fromisoformat(message["created_at"]).timestamp()
            note = " *(interrupted)*" if message.get("interrupted") else ""
            heading = f"**{_ROLE_NAMES[message['role']]}** · {_readable_utc(created)}{note}"
            parts.append(f"{heading}\n\n{_quote(message['content'])}\n")
        stream.write("\n".join(parts).encode("utf-8"))
        if progress is not None:
            progress(done, total)
    return count


def write_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write a file through a private temporary file beside it, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def suggested_name(
    file_format: ExportFormat = "json", *, encrypted: bool = False, now: float | None = None
) -> str:
    """A file name for the save dialog: ``callbot-export-2026-11-24.json.age``."""
    day = datetime.fromtimestamp(_now(now), UTC).strftime("%Y-%m-%d")
    suffix = ".json" if file_format == "json" else ".md"
    return f"callbot-export-{day}{suffix}{'.age' if encrypted else ''}"


def export_history(
    database: Database,
    destination: Path,
    *,
    file_format: ExportFormat = "json",
    conversation_ids: Sequence[str] | None = None,
    passphrase: str | None = None,
    recipients: Sequence[str] = (),
    progress: Progress | None = None,
    now: float | None = None,
) -> ExportSummary:
    """Export all conversations (or those in ``conversation_ids``) to ``destination``.

    With ``passphrase`` or ``recipients`` the file is age-encrypted (name it ``….age``). Raises
    ExportError (nothing written) for unknown ids or unusable encryption settings.
    """
    if file_format not in ("json", "markdown"):
        raise ValueError(f"file_format must be 'json' or 'markdown', not {file_format!r}")
    encrypted = passphrase is not None or bool(recipients)
    if encrypted:  # check the keys before the (possibly long) export
        check_encryption(passphrase, recipients)
    writer = _write_json if file_format == "json" else _write_markdown
    moment = _now(now)
    counted: list[int] = []
    with _snapshot(database.connection()) as conn:
        conversations = _select(conn, conversation_ids)

        def write(stream: IO[bytes]) -> None:
            if not encrypted:
                counted.append(writer(conn, conversations, stream, moment, progress))
                return
            plain = io.BytesIO()
            counted.append(writer(conn, conversations, plain, moment, progress))
            data = plain.getbuffer().tobytes()
            plain.close()
            stream.write(encrypt_bytes(data, passphrase=passphrase, recipients=recipients))

        write_atomically(destination, write)
    return ExportSummary(destination, len(conversations), counted[0], encrypted)
