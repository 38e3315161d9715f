"""A plaintext keyring (the real ``keyrings.alt``) is never trusted with the history key.

``keyring`` picks ``keyrings.alt.file.PlaintextKeyring`` when nothing better is there (or when
``PYTHON_KEYRING_BACKEND`` names it): it writes secrets base64-encoded, unencrypted, into a file.
The history key must then be wrapped by a passphrase in ``history.key`` instead, with nothing put
in that file, and without a passphrase the error must say how to give one.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from callbot_desktop.storage.keyring_backend import SERVICE, is_secure, keyring_status
from callbot_desktop.storage.keys import CURRENT, PENDING, KeyStore, KeyUnavailableError
from callbot_desktop.storage.vault import open_history

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

PLAINTEXT_BACKEND = "keyrings.alt.file.PlaintextKeyring"
KEYRINGS_ALT = Path(sys.prefix) / "keyrings-alt"
"""`make test` installs keyrings.alt here, off the venv's path, so no other test picks it up."""


def use_keyrings_alt() -> str:
    """Make the real keyrings.alt importable (for this process; returned: for a PYTHONPATH)."""
    if not (KEYRINGS_ALT / "keyrings" / "alt").is_dir():
        pytest.skip(
            f"keyrings.alt missing: `pip install --no-deps --target {KEYRINGS_ALT} keyrings.alt`"
            " (make test does it)"
        )
    if str(KEYRINGS_ALT) not in sys.path:
        sys.path.append(str(KEYRINGS_ALT))
    return str(KEYRINGS_ALT)


PASSPHRASE = "pw"
REPO = Path(__file__).resolve().parents[2]
STATUS = """
import dataclasses, json
from callbot_desktop.storage.keyring_backend import keyring_status
print(json.dumps(dataclasses.asdict(keyring_status())))
"""


def stored_secrets(keyring_file: Path) -> dict[tuple[str, str], str]:
    """Every (section, option) of a PlaintextKeyring file (names escaped), value decoded."""
    if not keyring_file.exists():
        return {}
    config = configparser.RawConfigParser()
    config.read(keyring_file, encoding="utf-8")
    found = {}
    for section in config.sections():
        for option, value in config.items(section):
            try:
                found[(section, option)] = base64.decodebytes(value.encode()).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                found[(section, option)] = value
    return found


def assert_key_absent(key: bytes, files: list[Path]) -> None:
    """Neither the raw key nor its hex (any case), nor base64 of either, is in these files."""
    hexed = key.hex()
    forms = {
        "raw": key,
        "hex": hexed.encode(),
        "HEX": hexed.upper().encode(),
        "base64 of hex": base64.b64encode(hexed.encode()),
        "base64": base64.b64encode(key),
    }
    for path in files:
        data = path.read_bytes()
        for name, form in forms.items():
            assert data.find(form) == -1, f"the history key ({name}) is in {path}"


@pytest.fixture
def plaintext_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[keyring.backend.KeyringBackend]:
    """The real ``PlaintextKeyring``, writing to a file in tmp, as the process's keyring."""
    use_keyrings_alt()
    from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-not-found,import-untyped,unused-ignore]

    data_home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    ring = PlaintextKeyring()
    ring.file_path = str(data_home / "python_keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(previous)


def keyring_file(ring: keyring.backend.KeyringBackend) -> Path:
    return Path(getattr(ring, "file_path"))  # noqa: B009 - set by the fixture, not typed


def test_the_plaintext_keyring_is_reported_insecure(
    plaintext_keyring: keyring.backend.KeyringBackend,
) -> None:
    assert keyring.get_keyring() is plaintext_keyring
    assert not is_secure(plaintext_keyring)
    status = keyring_status()
    assert status.backend == PLAINTEXT_BACKEND
    assert (status.secure, status.usable) == (False, False)
    assert "not a secure" in status.detail


def test_a_passphrase_wraps_the_key_and_the_plaintext_keyring_gets_nothing(
    plaintext_keyring: keyring.backend.KeyringBackend, tmp_path: Path
) -> None:
    asked: list[bool] = []

    def passphrase(new: bool) -> str:
        asked.append(new)
        return PASSPHRASE

    key_file = tmp_path / "data" / "history.key"
    loaded = KeyStore(key_file, passphrase=passphrase).load(create=True)

    assert loaded.source == "passphrase"
    assert asked == [True]
    assert len(loaded.key) == 32
    document = json.loads(key_file.read_text(encoding="utf-8"))
    assert document["format"] == "callbot-key" and document["kdf"] == "argon2id"
    assert plaintext_keyring.get_password(SERVICE, CURRENT) is None
    assert plaintext_keyring.get_password(SERVICE, PENDING) is None
    assert stored_secrets(keyring_file(plaintext_keyring)) == {}
    present = [p for p in (key_file, keyring_file(plaintext_keyring)) if p.exists()]
    assert_key_absent(loaded.key, present)

    again = KeyStore(key_file, passphrase=lambda new: PASSPHRASE).load(create=False)
    assert (again.key, again.source) == (loaded.key, "passphrase")

    # The whole history opens through it, and still nothing goes to the plaintext keyring.
    opened = open_history(
        tmp_path / "data" / "history.db", KeyStore(key_file, lambda new: PASSPHRASE)
    )
    try:
        assert opened.key.key == loaded.key
        opened.history.create_conversation("hello")
        opened.rotate_key()
        assert opened.key.source == "passphrase" and opened.key.key != loaded.key
    finally:
        opened.close()
    assert stored_secrets(keyring_file(plaintext_keyring)) == {}
    assert_key_absent(opened.key.key, [p for p in tmp_path.rglob("*") if p.is_file()])


def test_without_a_passphrase_the_error_says_how_to_give_one(
    plaintext_keyring: keyring.backend.KeyringBackend, tmp_path: Path
) -> None:
    key_file = tmp_path / "data" / "history.key"
    with pytest.raises(KeyUnavailableError) as raised:
        KeyStore(key_file, passphrase=None).load(create=True)
    assert "--passphrase-stdin" in raised.value.fix
    assert "passphrase" in raised.value.message
    assert not key_file.exists()
    assert stored_secrets(keyring_file(plaintext_keyring)) == {}


def test_a_key_found_in_the_plaintext_keyring_is_not_used(
    plaintext_keyring: keyring.backend.KeyringBackend, tmp_path: Path
) -> None:
    planted = bytes(range(32))
    plaintext_keyring.set_password(SERVICE, CURRENT, planted.hex())
    file = keyring_file(plaintext_keyring)
    assert list(stored_secrets(file).values()) == [planted.hex()]  # the reader works

    key_file = tmp_path / "data" / "history.key"
    with pytest.raises(KeyUnavailableError):
        KeyStore(key_file, passphrase=lambda new: PASSPHRASE).load(create=False)
    loaded = KeyStore(key_file, passphrase=lambda new: PASSPHRASE).load(create=True)
    assert loaded.source == "passphrase" and loaded.key != planted
    assert list(stored_secrets(file).values()) == [planted.hex()]  # left as it was


def run_cli(
    data_dir: Path, env: dict[str, str], *args: str, stdin: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbot_desktop.cli", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        cwd=REPO,
    )


def test_the_cli_uses_a_passphrase_when_keyring_is_plaintext(tmp_path: Path) -> None:
    extra_path = use_keyrings_alt()
    home = tmp_path / "home"
    data_home = home / ".local" / "share"
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DBUS_SESSION_BUS_ADDRESS", "CALLBOT_DATA_DIR", "PYTHON_KEYRING_BACKEND")
    }
    env.update(
        PYTHONPATH=extra_path,
        PYTHON_KEYRING_BACKEND=PLAINTEXT_BACKEND,
        HOME=str(home),
        XDG_DATA_HOME=str(data_home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    status = subprocess.run(
        [sys.executable, "-c", STATUS],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
    )
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout) == {
        "backend": PLAINTEXT_BACKEND,
        "secure": False,
        "usable": False,
        "detail": "not a secure OS keyring",
    }  # what a process with this environment really picks

    data_dir = tmp_path / "callbot"
    ring_file = data_home / "python_keyring" / "keyring_pass.cfg"

    first = run_cli(data_dir, env, "history", "--passphrase-stdin", "list", stdin="pw\n")
    assert first.returncode == 0, first.stderr

    key_file = data_dir / "data" / "history.key"
    assert key_file.is_file()
    assert (data_dir / "data" / "history.db").is_file()
    loaded = KeyStore(key_file, passphrase=lambda new: PASSPHRASE).load(create=False)
    assert loaded.source == "passphrase"
    assert stored_secrets(ring_file) == {}
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert_key_absent(loaded.key, written)
    assert loaded.key.hex() not in first.stdout + first.stderr

    second = run_cli(data_dir, env, "history", "--passphrase-stdin", "list", stdin="pw\n")
    assert second.returncode == 0, second.stderr

    wrong = run_cli(data_dir, env, "history", "--passphrase-stdin", "list", stdin="nope\n")
    assert wrong.returncode == 2
    assert "does not unlock" in wrong.stderr

    # No terminal and no --passphrase-stdin: refused, saying how to give the passphrase.
    refused = run_cli(data_dir, env, "history", "list", stdin="")
    assert refused.returncode == 2
    assert "--passphrase-stdin" in refused.stderr
    assert stored_secrets(ring_file) == {}
