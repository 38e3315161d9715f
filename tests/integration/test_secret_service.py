"""The real Secret Service keyring (gnome-keyring on a private D-Bus) keeps our secrets."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService, fail, null

from callbot_desktop.storage.db import Database
from callbot_desktop.storage.keyring_backend import SERVICE, is_secure, keyring_status
from callbot_desktop.storage.keys import CURRENT, KeyStore
from tests.harness.components import require_executable, require_module
from tests.harness.secret_service import SecretServiceSession, private_session_bus

pytestmark = [pytest.mark.integration, pytest.mark.timeout(90)]

# Prints the backend that keyring picks by itself in a fresh process, then tries to read a secret.
DETECT = """
import keyring
ring = keyring.get_keyring()
print(type(ring).__module__ + "." + type(ring).__qualname__)
try:
    keyring.get_password("callbot-test", "nobody")
except Exception as exc:
    print(type(exc).__module__ + "." + type(exc).__qualname__)
else:
    print("answered")
"""


def secret_tool(
    env: dict[str, str], *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    tool = require_executable("secret-tool", "libsecret-tools")
    return subprocess.run(
        [tool, *args], input=stdin, capture_output=True, text=True, timeout=20, env=env
    )


def detect_backend(env: dict[str, str]) -> list[str]:
    """What ``keyring`` chooses on its own in a new process with ``env``, and how a read ends."""
    done = subprocess.run(
        [sys.executable, "-c", DETECT], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_a_secret_round_trips_through_gnome_keyring(secret_service: SecretServiceSession) -> None:
    keyring.set_password("callbot-test", "alice", "s3cret-value")
    assert keyring.get_password("callbot-test", "alice") == "s3cret-value"

    looked_up = secret_tool(
        secret_service.env, "lookup", "service", "callbot-test", "username", "alice"
    )
    assert looked_up.returncode == 0, looked_up.stderr
    assert looked_up.stdout == "s3cret-value"

    keyring.delete_password("callbot-test", "alice")
    assert keyring.get_password("callbot-test", "alice") is None
    gone = secret_tool(secret_service.env, "lookup", "service", "callbot-test", "username", "alice")
    assert gone.stdout == "" and gone.returncode != 0


def test_a_secret_stored_by_secret_tool_is_read_by_keyring(
    secret_service: SecretServiceSession,
) -> None:
    stored = secret_tool(
        secret_service.env,
        "store",
        "--label=CallBot test",
        "service",
        "callbot-test",
        "username",
        "bob",
        stdin="from-libsecret",
    )
    assert stored.returncode == 0, stored.stderr
    assert keyring.get_password("callbot-test", "bob") == "from-libsecret"


def test_the_secret_is_not_in_the_keyring_file_in_clear(
    secret_service: SecretServiceSession,
) -> None:
    keyring.set_password("callbot-test", "carol", "plain-text-canary-8f3e")
    keyrings = secret_service.home / ".local" / "share" / "keyrings"
    files = sorted(keyrings.glob("*.keyring"))
    assert files, f"gnome-keyring wrote no keyring file under {keyrings}"
    for path in files:
        assert b"plain-text-canary-8f3e" not in path.read_bytes(), path


def test_the_backend_is_the_real_secret_service(secret_service: SecretServiceSession) -> None:
    ring = keyring.get_keyring()
    assert isinstance(ring, SecretService.Keyring)
    assert not isinstance(ring, fail.Keyring | null.Keyring)
    assert "plaintext" not in type(ring).__name__.lower()
    assert not type(ring).__module__.startswith("keyrings.alt")
    assert ring.priority > 0
    assert SecretService.Keyring.viable
    assert (secret_service.control_dir / "control").exists(), "GNOME_KEYRING_CONTROL socket"

    # And keyring finds it by itself in a fresh process, as the app does.
    backend, outcome = detect_backend(secret_service.env)
    assert backend == "keyring.backends.SecretService.Keyring"
    assert outcome == "answered"


def test_the_backend_is_recognised_as_secure_and_answering(
    secret_service: SecretServiceSession,
) -> None:
    assert is_secure(keyring.get_keyring())
    status = keyring_status()
    assert status.backend == "keyring.backends.SecretService.Keyring"
    assert status.secure and status.usable


def test_with_the_bus_pointing_nowhere_secret_service_is_not_viable(
    secret_service: SecretServiceSession, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ring = keyring.get_keyring()
    ring.set_password("callbot-test", "dave", "before")  # the same backend works with the bus

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    assert not SecretService.Keyring.viable
    with pytest.raises(FileNotFoundError):  # jeepney's connect() to the missing socket
        _ = SecretService.Keyring.priority
    with pytest.raises(FileNotFoundError):
        ring.get_password("callbot-test", "dave")
    with pytest.raises(FileNotFoundError):
        ring.set_password("callbot-test", "dave", "after")

    env = {**secret_service.env, "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}"}
    assert detect_backend(env) == ["keyring.backends.fail.Keyring", "keyring.errors.NoKeyringError"]


def test_with_no_bus_address_secret_service_is_not_viable(
    secret_service: SecretServiceSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    secretstorage = pytest.importorskip("secretstorage")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    assert not SecretService.Keyring.viable
    with pytest.raises(RuntimeError, match="Unable to initialize SecretService"):
        _ = SecretService.Keyring.priority
    with pytest.raises(secretstorage.exceptions.SecretServiceNotAvailableException):
        keyring.get_password("callbot-test", "erin")

    env = {k: v for k, v in secret_service.env.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    assert detect_backend(env) == ["keyring.backends.fail.Keyring", "keyring.errors.NoKeyringError"]


def test_a_bus_without_a_keyring_daemon_is_not_viable(monkeypatch: pytest.MonkeyPatch) -> None:
    require_module("secretstorage", "SecretStorage")
    with tempfile.TemporaryDirectory(prefix="callbot-bus-") as scratch:
        env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
        env["HOME"] = scratch
        with private_session_bus(Path(scratch), env) as bus:
            env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
            monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
            assert not SecretService.Keyring.viable
            with pytest.raises(RuntimeError, match="neither running nor activatable"):
                _ = SecretService.Keyring.priority
            assert detect_backend(env) == [
                "keyring.backends.fail.Keyring",
                "keyring.errors.NoKeyringError",
            ]


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
