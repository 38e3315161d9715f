"""The history key: in a secure keyring, or wrapped by a passphrase; rotation; never leaked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import null

from callbot_desktop.storage.keyring_backend import SERVICE
from callbot_desktop.storage.keys import (
    CURRENT,
    KeyStore,
    KeyUnavailableError,
    WrongPassphraseError,
)


def passphrase(text: str):  # type: ignore[no-untyped-def]
    return lambda new: text


def test_no_secure_keyring_wraps_the_key_with_a_passphrase(tmp_path: Path) -> None:
    key_file = tmp_path / "history.key"
    store = KeyStore(key_file, passphrase("correct horse"), backend=null.Keyring())
    made = store.load(create=True)
    assert made.source == "passphrase" and len(made.key) == 32
    document = json.loads(key_file.read_text())
    assert document["format"] == "callbot-key" and document["kdf"] == "argon2id"
    assert made.key.hex() not in key_file.read_text()
    assert made.key.hex() not in repr(made)
    again = KeyStore(key_file, passphrase("correct horse"), backend=null.Keyring()).load(
        create=False
    )
    assert again.key == made.key


def test_wrong_passphrase_is_refused(tmp_path: Path) -> None:
    key_file = tmp_path / "history.key"
    KeyStore(key_file, passphrase("right"), backend=null.Keyring()).load(create=True)
    with pytest.raises(WrongPassphraseError):
        KeyStore(key_file, passphrase("wrong"), backend=null.Keyring()).load(create=False)


def test_without_keyring_or_passphrase_the_error_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(KeyUnavailableError) as caught:
        KeyStore(tmp_path / "k", None, backend=null.Keyring()).load(create=True)
    assert "--passphrase-stdin" in caught.value.fix


def test_missing_key_for_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(KeyUnavailableError, match="cannot be found"):
        KeyStore(tmp_path / "k", passphrase("x"), backend=null.Keyring()).load(create=False)


def test_passphrase_change_keeps_the_key(tmp_path: Path) -> None:
    key_file = tmp_path / "history.key"
    store = KeyStore(key_file, passphrase("old"), backend=null.Keyring())
    key = store.load(create=True).key
    store.change_passphrase("new")
    with pytest.raises(WrongPassphraseError):
        KeyStore(key_file, passphrase("old"), backend=null.Keyring()).load(create=False)
    assert (
        KeyStore(key_file, passphrase("new"), backend=null.Keyring()).load(create=False).key == key
    )


def test_rotation_with_a_passphrase_keeps_a_pending_key(tmp_path: Path) -> None:
    key_file = tmp_path / "history.key"
    store = KeyStore(key_file, passphrase("p"), backend=null.Keyring())
    loaded = store.load(create=True)
    new = store.begin_rotation(loaded)
    mid = KeyStore(key_file, passphrase("p"), backend=null.Keyring()).load(create=False)
    assert mid.key == loaded.key and mid.pending == new
    done = store.finish_rotation(loaded, new)
    after = KeyStore(key_file, passphrase("p"), backend=null.Keyring()).load(create=False)
    assert after.key == done.key == new and after.pending is None


class DroppingKeyring(KeyringBackend):
    """A backend that claims to be secure but silently loses what it is given."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None


def test_a_keyring_that_drops_the_key_falls_back_to_a_passphrase(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "history.key", passphrase("pw"), backend=DroppingKeyring())
    loaded = store.load(create=True)
    assert loaded.source == "passphrase"
    assert (tmp_path / "history.key").exists()
    assert SERVICE and CURRENT
