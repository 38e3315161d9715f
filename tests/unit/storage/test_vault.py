"""Opening the history with its key, rotating the key, and surviving a rotation cut short."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import null

from callbot_desktop.storage.db import WrongKeyError
from callbot_desktop.storage.keys import KeyStore
from callbot_desktop.storage.vault import open_history


def store(tmp_path: Path, passphrase: str = "pass") -> KeyStore:
    return KeyStore(tmp_path / "history.key", lambda new: passphrase, backend=null.Keyring())


def test_create_then_reopen(tmp_path: Path) -> None:
    opened = open_history(tmp_path / "history.db", store(tmp_path))
    chat = opened.history.create_conversation(title="kept")
    opened.close()
    again = open_history(tmp_path / "history.db", store(tmp_path))
    assert again.history.conversation(chat.id) is not None


def test_rotation_keeps_the_data_and_changes_the_key(tmp_path: Path) -> None:
    opened = open_history(tmp_path / "history.db", store(tmp_path))
    chat = opened.history.create_conversation(title="kept")
    old = opened.key.key
    opened.rotate_key()
    assert opened.key.key != old
    opened.close()
    again = open_history(tmp_path / "history.db", store(tmp_path))
    assert again.key.key != old
    assert again.history.conversation(chat.id) is not None


def test_a_rotation_cut_short_after_rekey_is_completed_on_next_open(tmp_path: Path) -> None:
    opened = open_history(tmp_path / "history.db", store(tmp_path))
    chat = opened.history.create_conversation(title="kept")
    new = opened.key_store.begin_rotation(opened.key)
    opened.database.rekey(new)
    opened.close()  # "crash": finish_rotation never ran
    again = open_history(tmp_path / "history.db", store(tmp_path))
    assert again.key.key == new and again.key.pending is None
    assert again.history.conversation(chat.id) is not None


def test_a_rotation_cut_short_before_rekey_still_opens(tmp_path: Path) -> None:
    opened = open_history(tmp_path / "history.db", store(tmp_path))
    old = opened.key.key
    opened.key_store.begin_rotation(opened.key)
    opened.close()
    again = open_history(tmp_path / "history.db", store(tmp_path))
    assert again.key.key == old


def test_wrong_key_without_pending_is_reported(tmp_path: Path) -> None:
    open_history(tmp_path / "history.db", store(tmp_path)).close()
    (tmp_path / "history.key").unlink()
    other = tmp_path / "other"
    other.mkdir()
    open_history(
        other / "x.db", KeyStore(tmp_path / "history.key", lambda n: "pass", backend=null.Keyring())
    ).close()
    with pytest.raises(WrongKeyError):
        open_history(tmp_path / "history.db", store(tmp_path))
