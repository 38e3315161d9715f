"""The conversation record: conversations, messages, voice notes and personas, in the encrypted
database. Plain data in, plain data out: this module knows nothing of audio or Qt (a voice note is
already-encoded bytes with its codec's name).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from callbot_desktop.storage.db import Connection, Database

Role = Literal["system", "user", "assistant"]
ROLES: tuple[Role, ...] = ("system", "user", "assistant")
TITLE_LENGTH = 60


@dataclass(frozen=True)
class Conversation:
    id: str
    title: str
    persona: str
    created_at: float
    updated_at: float
    pinned: bool


@dataclass(frozen=True)
class Message:
    id: int
    conversation_id: str
    role: Role
    content: str
    created_at: float
    interrupted: bool = False
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Reply:
    """An assistant message as usage figures see it: when, in which persona, how fast."""

    created_at: float
    persona: str
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class VoiceNote:
    codec: str
    sample_rate: int
    duration: float
    data: bytes


_CONVERSATION_COLUMNS = "id, title, persona, created_at, updated_at, pinned"
_MESSAGE_COLUMNS = "id, conversation_id, role, content, created_at, interrupted, timings"


def conversation_from_row(row: tuple[Any, ...]) -> Conversation:
    return Conversation(row[0], row[1], row[2], row[3], row[4], bool(row[5]))


def message_from_row(row: tuple[Any, ...]) -> Message:
    timings = json.loads(row[6]) if row[6] else {}
    return Message(row[0], row[1], row[2], row[3], row[4], bool(row[5]), timings)


def title_from(text: str) -> str:
    """A conversation title made from its first words."""
    words = " ".join(text.split())
    if len(words) <= TITLE_LENGTH:
        return words
    return words[: TITLE_LENGTH - 1].rsplit(" ", 1)[0] + "…"


class History:
    """Reads and writes the record. Safe to use from several threads (one connection each)."""

    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self._clock = clock

    # -- conversations --------------------------------------------------------------------

    def create_conversation(
        self, title: str = "", persona: str = "", *, pinned: bool = False
    ) -> Conversation:
        now = self._clock()
        conversation = Conversation(uuid.uuid4().hex, title, persona, now, now, pinned)
        with self.database.write() as conn:
            insert_conversation(conn, conversation)
        return conversation

    def conversation(self, conversation_id: str) -> Conversation | None:
        row = self._read(
            f"SELECT {_CONVERSATION_COLUMNS} FROM conversations WHERE id = ?", conversation_id
        ).fetchone()
        return conversation_from_row(row) if row else None

    def conversations(
        self, *, limit: int = 200, offset: int = 0, persona: str | None = None
    ) -> list[Conversation]:
        """Pinned first, then the most recently updated."""
        where, args = ("WHERE persona = ?", [persona]) if persona is not None else ("", [])
        rows = self._read(
            f"SELECT {_CONVERSATION_COLUMNS} FROM conversations {where} "
            "ORDER BY pinned DESC, updated_at DESC LIMIT ? OFFSET ?",
            *args,
            limit,
            offset,
        )
        return [conversation_from_row(row) for row in rows]

    def count_conversations(self) -> int:
        return int(self._read("SELECT count(*) FROM conversations").fetchone()[0])

    def rename(self, conversation_id: str, title: str) -> None:
        self._write("UPDATE conversations SET title = ? WHERE id = ?", title, conversation_id)

    def set_pinned(self, conversation_id: str, pinned: bool) -> None:
        self._write(
            "UPDATE conversations SET pinned = ? WHERE id = ?", int(pinned), conversation_id
        )

    def delete_conversation(self, conversation_id: str) -> None:
        self._write("DELETE FROM conversations WHERE id = ?", conversation_id)

    # -- messages -------------------------------------------------------------------------

    def add_message(
        self,
        conversation_id: str,
        role: Role,
        content: str,
        *,
        interrupted: bool = False,
        timings: dict[str, float] | None = None,
    ) -> Message:
        """Append a message; the conversation's title comes from its first user message."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        now = self._clock()
        with self.database.write() as conn:
            cursor = conn.execute(
                "INSERT INTO messages (conversation_id, role, content, created_at, interrupted, "
                "timings) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    role,
                    content,
                    now,
                    int(interrupted),
                    json.dumps(timings) if timings else None,
                ),
            )
            conn.execute(
                "UPDATE conversations SET updated_at = ?, "
                "title = CASE WHEN title = '' AND ? = 'user' THEN ? ELSE title END WHERE id = ?",
                (now, role, title_from(content), conversation_id),
            )
        message_id = cursor.lastrowid
        assert message_id is not None
        return Message(
            message_id, conversation_id, role, content, now, interrupted, dict(timings or {})
        )

    def update_message(
        self,
        message_id: int,
        *,
        content: str | None = None,
        interrupted: bool | None = None,
        timings: dict[str, float] | None = None,
    ) -> None:
        """Change what was kept of a message (e.g. a reply cut short by barge-in)."""
        sets, args = [], []
        for column, value in (
            ("content", content),
            ("interrupted", None if interrupted is None else int(interrupted)),
            ("timings", None if timings is None else json.dumps(timings)),
        ):
            if value is not None:
                sets.append(f"{column} = ?")
                args.append(value)
        if sets:
            self._write(f"UPDATE messages SET {', '.join(sets)} WHERE id = ?", *args, message_id)

    def messages(self, conversation_id: str) -> list[Message]:
        rows = self._read(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY id",
            conversation_id,
        )
        return [message_from_row(row) for row in rows]

    def count_messages(self) -> int:
        return int(self._read("SELECT count(*) FROM messages").fetchone()[0])

    def recent_replies(self, limit: int = 20_000) -> list[Reply]:
        """The newest ``limit`` assistant messages, oldest first, with their persona.

        One query, newest first along the time index, reading no message text.
        """
        rows = self._read(
            "SELECT m.created_at, c.persona, m.timings FROM messages AS m "
            "JOIN conversations AS c ON c.id = m.conversation_id "
            "WHERE m.role = 'assistant' ORDER BY m.created_at DESC, m.id DESC LIMIT ?",
            limit,
        )
        replies = [Reply(row[0], row[1], json.loads(row[2]) if row[2] else {}) for row in rows]
        replies.reverse()
        return replies

    # -- voice notes ----------------------------------------------------------------------

    def attach_voice_note(self, message_id: int, note: VoiceNote) -> None:
        self._write(
            "INSERT OR REPLACE INTO voice_notes (message_id, codec, sample_rate, duration, data) "
            "VALUES (?, ?, ?, ?, ?)",
            message_id,
            note.codec,
            note.sample_rate,
            note.duration,
            note.data,
        )

    def voice_note(self, message_id: int) -> VoiceNote | None:
        row = self._read(
            "SELECT codec, sample_rate, duration, data FROM voice_notes WHERE message_id = ?",
            message_id,
        ).fetchone()
        return VoiceNote(row[0], row[1], row[2], bytes(row[3])) if row else None

    # -- personas -------------------------------------------------------------------------

    def save_persona(self, name: str, data: dict[str, Any], *, builtin: bool = False) -> None:
        now = self._clock()
        self._write(
            "INSERT INTO personas (name, data, builtin, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET data = excluded.data, "
            "updated_at = excluded.updated_at",
            name,
            json.dumps(data),
            int(builtin),
            now,
            now,
        )

    def personas(self) -> dict[str, dict[str, Any]]:
        rows = self._read("SELECT name, data FROM personas ORDER BY builtin DESC, name")
        return {name: json.loads(data) for name, data in rows}

    def delete_persona(self, name: str) -> None:
        self._write("DELETE FROM personas WHERE name = ?", name)

    # -- helpers --------------------------------------------------------------------------

    def _read(self, sql: str, *args: object) -> Any:
        return self.database.connection().execute(sql, args)

    def _write(self, sql: str, *args: object) -> None:
        with self.database.write() as conn:
            conn.execute(sql, args)


def insert_conversation(conn: Connection, conversation: Conversation) -> None:
    conn.execute(
        f"INSERT INTO conversations ({_CONVERSATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
        (
            conversation.id,
            conversation.title,
            conversation.persona,
            conversation.created_at,
            conversation.updated_at,
            int(conversation.pinned),
        ),
    )


def insert_messages(conn: Connection, messages: Iterable[Message]) -> None:
    conn.executemany(
        "INSERT INTO messages (conversation_id, role, content, created_at, interrupted, timings) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                m.conversation_id,
                m.role,
                m.content,
                m.created_at,
                int(m.interrupted),
                json.dumps(m.timings) if m.timings else None,
            )
            for m in messages
        ),
    )
