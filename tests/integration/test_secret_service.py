"""The real Secret Service keyring (gnome-keyring on a private D-Bus) keeps our secrets."""

from __future__ import annotations

import subprocess
from pathlib import Path

import keyring
import pytest

from callbot_desktop.storage.db import Database
from callbot_desktop.storage.keyring_backend import SERVICE, is_secure, keyring_status
from callbot_desktop.storage.keys import CURRENT, KeyStore
from tests.harness.components import require_executable
from tests.harness.secret_service import SecretServiceSession


def test_a_secret_round_trips_through_gnome_keyring(secret_service: SecretServiceSession) -> None:
    keyring.set_password("callbot-test", "alice", "s3cret-value")
    assert keyring.get_password("callbot-test", "alice") == "s3cret-value"
    secret_tool = require_executable("secret-tool", "libsecret-tools")
    looked_up = subprocess.run(
        [secret_tool, "lookup", "service", "callbot-test", "username", "alice"],
        capture_output=True,
        text=True,
        timeout=20,
        env=secret_service.env,
    )
    assert looked_up.stdout == "s3cret-value"
    keyring.delete_password("callbot-test", "alice")
    assert keyring.get_password("callbot-test", "alice") is None


def test_the_backend_is_recognised_as_secure_and_answering(
    secret_service: SecretServiceSession,
) -> None:
    assert is_secure(keyring.get_keyring())
    status = keyring_status()
    assert status.backend == "keyring.backends.SecretService.Keyring"
    assert status.secure and status.usable


def test_history_key_lives_in_the_keyring_and_reopens_the_database(
    secret_service: SecretServiceSession, tmp_path: Path
) -> None:
    store = KeyStore(tmp_path / "history.key", passphrase=None)
    made = store.load(create=True)
    assert made.source == "keyring"
    assert not (tmp_path / "history.key").exists(), "no key file when the keyring works"
    assert keyring.get_password(SERVICE, CURRENT) == made.key.hex()
    Database.open(tmp_path / "history.db", made.key).close()

    again = KeyStore(tmp_path / "history.key", passphrase=None).load(create=False)
    assert again.key == made.key
    Database.open(tmp_path / "history.db", again.key).close()

    new = store.begin_rotation(again)
    database = Database.open(tmp_path / "history.db", again.key)
    database.rekey(new)
    database.close()
    rotated = store.finish_rotation(again, new)
    assert KeyStore(tmp_path / "k", passphrase=None).load(create=False).key == rotated.key == new
    store.forget()
    assert keyring.get_password(SERVICE, CURRENT) is None


def test_without_a_session_bus_the_key_falls_back_to_a_passphrase(
    secret_service: SecretServiceSession, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    status = keyring_status()
    assert status.secure and not status.usable
    assert "did not answer" in status.detail
    loaded = KeyStore(tmp_path / "history.key", passphrase=lambda new: "fallback").load(create=True)
    assert loaded.source == "passphrase"
    assert (tmp_path / "history.key").is_file()
