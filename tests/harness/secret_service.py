"""The real OS keyring in tests: a private D-Bus session bus with an unlocked gnome-keyring.

The ``secret_service`` fixture starts ``dbus-daemon`` and ``gnome-keyring-daemon --unlock`` with a
throwaway HOME, points this process (and the subprocesses given ``env``) at them, makes ``keyring``
use its Secret Service backend, and takes it all down afterwards.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService

from tests.harness.components import require_executable

PASSWORD = "callbot-test-keyring"


@dataclass
class SecretServiceSession:
    env: dict[str, str]
    password: str
    bus_address: str
    home: Path


def _secrets_owner_pid(env: dict[str, str]) -> int | None:
    """The PID owning ``org.freedesktop.secrets`` on the test bus, or None if nobody does."""
    asked = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            "string:org.freedesktop.secrets",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=10,
        env=env,
    )
    words = asked.stdout.split()
    return int(words[-1]) if asked.returncode == 0 and words and words[-1].isdigit() else None


def _wait_for_secrets_owner(env: dict[str, str], timeout: float = 15.0) -> int:
    """Wait until the unlocked daemon owns the name, so nothing D-Bus-activates a second one."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pid = _secrets_owner_pid(env)
        if pid is not None:
            return pid
        time.sleep(0.05)
    raise RuntimeError("gnome-keyring-daemon did not take org.freedesktop.secrets on the bus")


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass


@pytest.fixture
def secret_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretServiceSession]:
    dbus = require_executable("dbus-daemon", "dbus")
    previous = keyring.get_keyring()  # resolved before the bus exists: restored afterwards
    daemon = require_executable("gnome-keyring-daemon", "gnome-keyring")
    with tempfile.TemporaryDirectory(prefix="callbot-keyring-") as scratch:
        home = Path(scratch) / "home"
        runtime = Path(scratch) / "run"
        home.mkdir()
        runtime.mkdir(mode=0o700)
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
        }
        started = subprocess.run(
            [dbus, "--session", "--fork", "--print-address=1", "--print-pid=1"],
            capture_output=True,
            text=True,
            timeout=20,
            env=env,
            check=True,
        )
        address, pid_text = started.stdout.split()[:2]
        bus_pid = int(pid_text)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_pid = None
        try:
            unlocked = subprocess.run(
                [daemon, "--unlock", "--components=secrets", "--daemonize"],
                input=PASSWORD,
                capture_output=True,
                text=True,
                timeout=20,
                env=env,
                check=True,
            )
            for line in unlocked.stdout.splitlines():
                name, _, value = line.partition("=")
                if name in ("GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK"):
                    env[name] = value
                elif name == "GNOME_KEYRING_PID":
                    keyring_pid = int(value)
            keyring_pid = _wait_for_secrets_owner(env)
            for name in (
                "HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
                "DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL",
            ):  # fmt: skip
                if name in env:
                    monkeypatch.setenv(name, env[name])
            keyring.set_keyring(SecretService.Keyring())
            try:
                yield SecretServiceSession(env, PASSWORD, address, home)
            finally:
                keyring.set_keyring(previous)
        finally:
            owner = _secrets_owner_pid(env)  # a daemon D-Bus activated later, if any
            for pid in {keyring_pid, owner} - {None}:
                assert pid is not None
                _kill(pid)
            _kill(bus_pid)
