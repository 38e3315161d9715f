"""The real OS keyring in tests: a private D-Bus session bus with an unlocked gnome-keyring.

The ``secret_service`` fixture starts ``dbus-daemon`` and ``gnome-keyring-daemon --unlock`` (the
password fed on stdin) with a throwaway HOME, points this process (and subprocesses given ``env``)
at them, makes ``keyring`` use its Secret Service backend, and takes it all down afterwards.

Both daemons run in the foreground as our own children, so teardown terminates and reaps exactly
them. The bus has no service directories: nothing can be D-Bus-activated behind our back (no second,
locked gnome-keyring), and a test that outlives the daemon sees "no such service", not a prompt.
``private_session_bus`` alone gives a bus with no Secret Service on it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService

from tests.harness.components import require_executable, require_module
from tests.harness.processes import stop_process

PASSWORD = "callbot-test-keyring"
SECRETS_NAME = "org.freedesktop.secrets"
START_TIMEOUT = 20.0

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# Set in os.environ for the test (and restored after it), and in ``env``.
_EXPORTED = (
    "HOME",
    "XDG_RUNTIME_DIR",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "DBUS_SESSION_BUS_ADDRESS",
    "GNOME_KEYRING_CONTROL",
)
# Removed from both: they would point the test at another keyring or backend.
_CLEARED = ("SSH_AUTH_SOCK", "PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_PID")


@dataclass(frozen=True)
class SecretServiceSession:
    """A running private bus plus unlocked gnome-keyring.

    ``env`` is a full environment for subprocesses (``secret-tool``, the app) that should use it.
    """

    env: dict[str, str]
    password: str
    bus_address: str
    home: Path
    bus_pid: int
    keyring_pid: int
    control_dir: Path


def secrets_owner_pid(env: Mapping[str, str]) -> int | None:
    """The PID owning ``org.freedesktop.secrets`` on the bus of ``env``, or None if nobody does."""
    asked = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--reply-timeout=5000",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            f"string:{SECRETS_NAME}",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=10,
        env=dict(env),
    )
    words = asked.stdout.split()
    return int(words[-1]) if asked.returncode == 0 and words and words[-1].isdigit() else None


def _stop(process: subprocess.Popen[str]) -> None:
    """Stop a child we started (see :func:`stop_process`) and close our ends of its pipes."""
    stop_process(process)
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


@dataclass(frozen=True)
class SessionBus:
    """A private ``dbus-daemon`` we started, and its address."""

    process: subprocess.Popen[str]
    address: str


@contextlib.contextmanager
def private_session_bus(directory: Path, env: Mapping[str, str]) -> Iterator[SessionBus]:
    """A ``dbus-daemon`` listening on ``directory/bus``, with no activatable services.

    It accepts connections by the time this yields; it is stopped and reaped on exit.
    """
    dbus_daemon = require_executable("dbus-daemon", "dbus")
    config = directory / "bus.conf"
    config.write_text(_BUS_CONFIG.format(socket=directory / "bus"), encoding="utf-8")
    with (directory / "bus.log").open("w") as log:
        process = subprocess.Popen(
            [dbus_daemon, f"--config-file={config}", "--nofork", "--print-address=1"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            env=dict(env),
        )
        try:
            assert process.stdout is not None
            address = process.stdout.readline().strip()  # printed once listening, or it exits
            if not address:
                status = process.wait(timeout=10)
                raise RuntimeError(f"dbus-daemon printed no address (exit status {status})")
            yield SessionBus(process, address)
        finally:
            _stop(process)


def _wait_until_serving(daemon: subprocess.Popen[str], env: Mapping[str, str], log: Path) -> None:
    """Wait until *our* gnome-keyring owns the Secret Service name: it is unlocked by then."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            errors = log.read_text(errors="replace")
            raise RuntimeError(f"gnome-keyring-daemon exited with {daemon.returncode}: {errors}")
        owner = secrets_owner_pid(env)
        if owner == daemon.pid:
            return
        if owner is not None:
            raise RuntimeError(f"{SECRETS_NAME} is owned by pid {owner}, not our daemon")
        time.sleep(0.05)
    raise RuntimeError(f"gnome-keyring-daemon did not take {SECRETS_NAME} in {START_TIMEOUT} s")


@contextlib.contextmanager
def unlocked_gnome_keyring(
    env: Mapping[str, str], control: Path, password: str
) -> Iterator[subprocess.Popen[str]]:
    """``gnome-keyring-daemon --unlock --components=secrets`` on the bus of ``env``, serving."""
    gnome_keyring = require_executable("gnome-keyring-daemon", "gnome-keyring")
    log_path = control.parent / "gnome-keyring.log"
    with log_path.open("w") as log:
        daemon = subprocess.Popen(
            [
                gnome_keyring,
                "--foreground",
                "--unlock",
                "--components=secrets",
                f"--control-directory={control}",
            ],  # fmt: skip
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=log,
            text=True,
            env=dict(env),
        )
        try:
            assert daemon.stdin is not None
            daemon.stdin.write(password)  # --unlock reads the login keyring's password to EOF
            daemon.stdin.close()
            _wait_until_serving(daemon, env, log_path)
            yield daemon
        finally:
            _stop(daemon)


@pytest.fixture
def secret_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretServiceSession]:
    """A private session bus and an unlocked gnome-keyring; ``keyring`` uses it for the test."""
    require_executable("dbus-daemon", "dbus")
    require_executable("dbus-send", "dbus")
    require_executable("gnome-keyring-daemon", "gnome-keyring")
    require_module("secretstorage", "SecretStorage")
    previous = keyring.get_keyring()  # resolved before our bus exists, restored afterwards

    scratch = Path(tempfile.mkdtemp(prefix="callbot-keyring-"))  # short: socket paths are limited
    try:
        home = scratch / "home"
        runtime = scratch / "run"
        control = runtime / "keyring"
        home.mkdir()
        runtime.mkdir(mode=0o700)
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "GNOME_KEYRING_CONTROL": str(control),
        }
        for name in _CLEARED:
            env.pop(name, None)
        with private_session_bus(scratch, env) as bus:
            env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
            with unlocked_gnome_keyring(env, control, PASSWORD) as daemon:
                for name in _EXPORTED:
                    monkeypatch.setenv(name, env[name])
                for name in _CLEARED:
                    monkeypatch.delenv(name, raising=False)
                keyring.set_keyring(SecretService.Keyring())
                try:
                    yield SecretServiceSession(
                        env=env,
                        password=PASSWORD,
                        bus_address=env["DBUS_SESSION_BUS_ADDRESS"],
                        home=home,
                        bus_pid=bus.process.pid,
                        keyring_pid=daemon.pid,
                        control_dir=control,
                    )
                finally:
                    keyring.set_keyring(previous)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
