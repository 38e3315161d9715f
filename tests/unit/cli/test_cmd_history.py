"""`callbot history`: the encrypted history from the command line, with a passphrase on stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from keyring.backends import null

from callbot_desktop.core.paths import resolve_paths
from callbot_desktop.storage.keys import KeyStore
from callbot_desktop.storage.vault import open_history

PASSPHRASE = "correct horse battery staple"


def callbot(
    data_dir: Path, *args: str, stdin: str = PASSPHRASE + "\n"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "callbot_desktop.cli",
            "--data-dir",
            str(data_dir),
            "history",
            "--passphrase-stdin",
            *args,
        ],  # fmt: skip
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(data_dir)},  # no session bus: no keyring
    )


def populate(data_dir: Path) -> str:
    paths = resolve_paths(data_dir).ensure()
    store = KeyStore(paths.data_dir / "history.key", lambda new: PASSPHRASE, backend=null.Keyring())
    opened = open_history(paths.database_file, store)
    chat = opened.history.create_conversation(persona="Travel planner")
    opened.history.add_message(chat.id, "user", "Plan a weekend in Lisbon with café stops")
    opened.history.add_message(chat.id, "assistant", "Start at a pastelaria in Belém.")
    opened.close()
    return chat.id


def test_list_show_and_search_with_a_passphrase(tmp_path: Path) -> None:
    chat_id = populate(tmp_path)
    listed = callbot(tmp_path, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (conversation,) = json.loads(listed.stdout)
    assert conversation["id"] == chat_id
    assert conversation["title"] == "Plan a weekend in Lisbon with café stops"

    shown = callbot(tmp_path, "show", chat_id)
    assert "Start at a pastelaria in Belém." in shown.stdout

    found = callbot(tmp_path, "search", "cafe")
    assert found.returncode == 0, found.stderr
    assert "**café**" in found.stdout and chat_id in found.stdout


def test_wrong_passphrase_is_a_clear_error(tmp_path: Path) -> None:
    populate(tmp_path)
    done = callbot(tmp_path, "list", stdin="not it\n")
    assert done.returncode == 2
    assert "passphrase does not unlock" in done.stderr
    assert PASSPHRASE not in done.stderr


def test_export_then_import_into_a_new_history(tmp_path: Path) -> None:
    populate(tmp_path / "a")
    export = tmp_path / "out.json"
    done = callbot(tmp_path / "a", "export", str(export))
    assert done.returncode == 0, done.stderr
    assert json.loads(export.read_text())["format"] == "callbot-export"

    imported = callbot(tmp_path / "b", "import", str(export))
    assert imported.returncode == 0, imported.stderr
    assert "Imported 1 conversations (2 messages)" in imported.stdout
    again = callbot(tmp_path / "b", "import", str(export))
    assert "1 already present were skipped" in again.stdout


def test_rotate_key_and_delete_all(tmp_path: Path) -> None:
    chat_id = populate(tmp_path)
    key_file = tmp_path / "data" / "history.key"
    before = key_file.read_text()
    assert callbot(tmp_path, "rotate-key").returncode == 0
    assert key_file.read_text() != before
    assert chat_id in callbot(tmp_path, "list").stdout

    refused = callbot(tmp_path, "delete-all")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert callbot(tmp_path, "delete-all", "--yes").returncode == 0
    assert not key_file.exists()
    assert not (tmp_path / "data" / "history.db").exists()


def test_expire_says_how_many_conversations_it_removed(tmp_path: Path) -> None:
    populate(tmp_path)
    populate(tmp_path)
    kept = callbot(tmp_path, "expire")
    assert kept.returncode == 0, kept.stderr
    assert "Removed 0 conversations: every conversation is kept" in kept.stdout
    for name, value in (("privacy.retention", "count"), ("privacy.retention_count", "1")):
        done = subprocess.run(
            [sys.executable, "-m", "callbot_desktop.cli", "--data-dir", str(tmp_path),
             "settings", "set", name, value],
            capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    expired = callbot(tmp_path, "expire")
    assert expired.returncode == 0, expired.stderr
    assert "Removed 1 conversation: only the newest conversation is kept" in expired.stdout
    assert len(json.loads(callbot(tmp_path, "list", "--json").stdout)) == 1
