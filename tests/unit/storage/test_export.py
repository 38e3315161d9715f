"""Exporting the history: the versioned JSON format, Markdown, and age files the real CLI reads."""

from __future__ import annotations

import json
import os
import pty
import select
import stat
import subprocess
import time
from collections.abc import Sequence
from datetime import datetime
from itertools import count
from pathlib import Path

import pytest

from callbot_desktop.storage.db import Database
from callbot_desktop.storage.export import (
    ExportError,
    export_document,
    export_history,
    iso_utc,
    suggested_name,
)
from callbot_desktop.storage.history import History
from tests.harness.components import require_executable

NOW = 1_780_000_000.0  # 2026-05-28T20:26:40Z
KEY = bytes(range(32))


@pytest.fixture
def history(tmp_path: Path) -> History:
    ticks = count(1_700_000_000)
    return History(Database.open(tmp_path / "h.db", KEY), clock=lambda: next(ticks))


def sample(history: History) -> list[str]:
    """Three conversations; returns their ids in creation order."""
    first = history.create_conversation(persona="Tutor")
    history.add_message(first.id, "system", "Be brief.")
    history.add_message(first.id, "user", "What is a prime number?")
    reply = history.add_message(first.id, "assistant", "A prime has exactly two divisors.")
    history.update_message(reply.id, interrupted=True, timings={"first_audio": 0.4})
    second = history.create_conversation(title="Empty one", pinned=True)
    third = history.create_conversation()
    history.add_message(third.id, "user", "# Not a heading\n\nsecond paragraph — ünïcödé 🎉")
    return [first.id, second.id, third.id]


def age_cli(arguments: list[str], answers: Sequence[str] = (), timeout: float = 60) -> str:
    """Run the real ``age`` on a pseudo-terminal (it reads passphrases only from a terminal),
    typing each of ``answers`` when it asks for a passphrase. Returns what it printed."""
    executable = require_executable("age", "age")
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes age, with the pty as its controlling terminal
        os.execv(executable, [executable, *arguments])
    output, pending, answered = b"", list(answers), 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if pending and output.lower().count(b"passphrase") > answered:
                os.write(fd, pending.pop(0).encode() + b"\n")
                answered += 1
        else:
            os.kill(pid, 9)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    text = output.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    return text


def test_json_has_exactly_the_documented_shape(history: History, tmp_path: Path) -> None:
    ids = sample(history)
    target = tmp_path / "out" / "export.json"
    summary = export_history(history.database, target, now=NOW)
    assert (summary.conversations, summary.messages, summary.encrypted) == (3, 4, False)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert list(document) == ["format", "version", "exported_at", "conversations"]
    assert document["format"] == "callbot-export" and document["version"] == 1
    assert document["exported_at"] == "2026-05-28T20:26:40Z"
    assert [c["id"] for c in document["conversations"]] == ids
    first = document["conversations"][0]
    assert set(first) == {
        "id",
        "title",
        "persona",
        "created_at",
        "updated_at",
        "pinned",
        "messages",
    }
    assert (first["title"], first["persona"], first["pinned"]) == (
        "What is a prime number?",
        "Tutor",
        False,
    )
    assert first["created_at"] == "2023-11-14T22:13:20Z"
    assert [m["role"] for m in first["messages"]] == ["system", "user", "assistant"]
    assert first["messages"][0] == {
        "role": "system",
        "content": "Be brief.",
        "created_at": "2023-11-14T22:13:21Z",
    }
    assert first["messages"][2]["interrupted"] is True  # written only when true
    assert "interrupted" not in first["messages"][1]
    assert document["conversations"][1]["pinned"] is True
    assert document["conversations"][1]["messages"] == []
    assert document["conversations"][2]["messages"][0]["content"].endswith("ünïcödé 🎉")
    assert "timings" not in target.read_text(encoding="utf-8")
    assert export_document(history.database, now=NOW) == document


def test_times_are_iso_8601_utc() -> None:
    assert iso_utc(0) == "1970-01-01T00:00:00Z"
    assert iso_utc(1_700_000_000.25) == "2023-11-14T22:13:20.250000Z"
    parsed = datetime.fromisoformat(iso_utc(1_700_000_000.123456))
    assert parsed.utcoffset() is not None
    assert abs(parsed.timestamp() - 1_700_000_000.123456) < 1e-6


def test_selected_conversations_only(history: History, tmp_path: Path) -> None:
    ids = sample(history)
    target = tmp_path / "some.json"
    summary = export_history(history.database, target, conversation_ids=[ids[2], ids[0]])
    document = json.loads(target.read_bytes())
    assert [c["id"] for c in document["conversations"]] == [ids[0], ids[2]]  # oldest first
    assert summary.conversations == 2 and summary.messages == 4


def test_an_unknown_id_writes_nothing(history: History, tmp_path: Path) -> None:
    ids = sample(history)
    target = tmp_path / "some.json"
    with pytest.raises(ExportError, match="1 of the 2 selected conversations no longer exist"):
        export_history(history.database, target, conversation_ids=[ids[0], "f" * 32])
    assert list(tmp_path.glob("some*")) == []


def test_many_selected_ids_are_queried_in_chunks(history: History, tmp_path: Path) -> None:
    ids = [history.create_conversation(title=f"t{i}").id for i in range(1_200)]
    target = tmp_path / "many.json"
    summary = export_history(history.database, target, conversation_ids=ids[::-1])
    assert summary.conversations == 1_200
    assert [c["id"] for c in json.loads(target.read_bytes())["conversations"]] == ids


def test_progress_counts_conversations(history: History, tmp_path: Path) -> None:
    sample(history)
    seen: list[tuple[int, int]] = []
    export_history(history.database, tmp_path / "p.json", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_a_cancelled_export_leaves_the_old_file_and_no_temporary(
    history: History, tmp_path: Path
) -> None:
    sample(history)
    target = tmp_path / "export.json"
    target.write_text("previous export")

    def cancel(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_history(history.database, target, progress=cancel)
    assert target.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_file_is_private_and_replaced_whole(history: History, tmp_path: Path) -> None:
    sample(history)
    target = tmp_path / "export.json"
    target.write_text("x" * 100_000)
    export_history(history.database, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    json.loads(target.read_bytes())  # nothing of the old content is left
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_empty_history_exports_a_valid_document(history: History, tmp_path: Path) -> None:
    target = tmp_path / "empty.json"
    summary = export_history(history.database, target, now=NOW)
    assert summary.conversations == 0
    assert json.loads(target.read_bytes())["conversations"] == []


def test_markdown_is_readable_and_message_text_cannot_break_it(
    history: History, tmp_path: Path
) -> None:
    sample(history)
    target = tmp_path / "export.md"
    summary = export_history(history.database, target, file_format="markdown", now=NOW)
    assert summary.messages == 4
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# CallBot Desktop conversations\n")
    assert "Exported 2026-05-28 20:26 UTC: 3 conversations." in text
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == [
        "# CallBot Desktop conversations",
        "## What is a prime number?",
        "## Empty one",
        "## # Not a heading second paragraph — ünïcödé 🎉",
    ]
    assert "Persona: Tutor · Started 2023-11-14 22:13 UTC" in text
    assert "· Pinned" in text
    assert "**You** · 2023-11-14 22:13 UTC\n\n> What is a prime number?" in text
    assert "**Assistant** · 2023-11-14 22:13 UTC *(interrupted)*" in text
    assert "> # Not a heading\n>\n> second paragraph — ünïcödé 🎉" in text


def test_exports_never_contain_the_database_key(history: History, tmp_path: Path) -> None:
    sample(history)
    for file_format in ("json", "markdown"):
        target = tmp_path / f"export.{file_format}"
        export_history(history.database, target, file_format=file_format)
        data = target.read_bytes()
        assert KEY not in data and KEY.hex().encode() not in data
        assert KEY.hex().upper().encode() not in data


def test_passphrase_export_is_decrypted_by_the_age_cli(history: History, tmp_path: Path) -> None:
    sample(history)
    plain, sealed = tmp_path / "plain.json", tmp_path / "export.json.age"
    export_history(history.database, plain, now=NOW)
    summary = export_history(history.database, sealed, passphrase="correct horse battery", now=NOW)
    assert summary.encrypted
    assert sealed.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert b"prime" not in sealed.read_bytes()
    out = tmp_path / "decrypted.json"
    age_cli(["--decrypt", "-o", str(out), str(sealed)], ["correct horse battery"])
    assert out.read_bytes() == plain.read_bytes()


def test_recipient_export_is_decrypted_by_the_age_cli(history: History, tmp_path: Path) -> None:
    sample(history)
    keygen = require_executable("age-keygen", "age")
    identities = []
    for name in ("alice", "bob"):
        subprocess.run([keygen, "-o", str(tmp_path / name)], check=True, capture_output=True)
        identities.append(tmp_path / name)
    public = [
        subprocess.run(
            [keygen, "-y", str(path)], check=True, capture_output=True, text=True
        ).stdout.strip()
        for path in identities
    ]
    assert all(key.startswith("age1") for key in public)
    for file_format, suffix in (("json", ".json"), ("markdown", ".md")):
        plain, sealed = tmp_path / f"plain{suffix}", tmp_path / f"export{suffix}.age"
        export_history(history.database, plain, file_format=file_format, now=NOW)  # type: ignore[arg-type]
        export_history(
            history.database,
            sealed,
            file_format=file_format,  # type: ignore[arg-type]
            recipients=public,
            now=NOW,
        )
        for identity in identities:  # each recipient can decrypt it
            done = subprocess.run(
                ["age", "--decrypt", "-i", str(identity), str(sealed)],
                check=True,
                capture_output=True,
                timeout=60,
            )
            assert done.stdout == plain.read_bytes()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"passphrase": "x", "recipients": ["age1abc"]}, "not both"),
        ({"passphrase": ""}, "empty passphrase"),
        ({"recipients": ["age1notakey"]}, "'age1notakey' is not an age public key"),
        (
            {"recipients": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"]},
            "'ssh-ed25519 …' is not an age",
        ),
    ],
)
def test_unusable_encryption_settings_write_nothing(
    history: History, tmp_path: Path, options: dict[str, object], message: str
) -> None:
    sample(history)
    with pytest.raises(ExportError, match=message):
        export_history(history.database, tmp_path / "x.age", **options)  # type: ignore[arg-type]
    assert list(tmp_path.glob("*.age")) == []


def test_suggested_names() -> None:
    assert suggested_name(now=NOW) == "callbot-export-2026-05-28.json"
    assert suggested_name("markdown", encrypted=True, now=NOW) == "callbot-export-2026-05-28.md.age"
