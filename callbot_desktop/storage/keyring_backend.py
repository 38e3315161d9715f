"""Which OS keyring the ``keyring`` library picked, and whether it is safe to keep the database key.

``keyring`` silently falls back to backends that are no keyring at all: ``fail`` (raises), ``null``
(drops secrets) and, when ``keyrings.alt`` is installed, plaintext files. Those are never used for
the database key; the passphrase-wrapped key file is used instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.backend
from keyring.backends import chainer

SERVICE = "callbot-desktop"
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True)
class KeyringStatus:
    backend: str
    secure: bool
    usable: bool
    detail: str


def backend_name(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    """True for a real OS keyring (Secret Service, KWallet, macOS, Windows)."""
    if isinstance(backend, chainer.ChainerBackend):
        members = list(backend.backends)
        return bool(members) and all(is_secure(b) for b in members)
    return not type(backend).__module__.startswith(_INSECURE_MODULES)


def secure_member(
    backend: keyring.backend.KeyringBackend,
) -> keyring.backend.KeyringBackend | None:
    """The backend to keep the key in: ``backend`` itself if secure; in a chain (keyring chains
    every viable backend, e.g. Secret Service plus a plaintext file when ``keyrings.alt`` is
    installed) its best secure member, used directly so nothing can fall through to the file."""
    if isinstance(backend, chainer.ChainerBackend):
        return next((b for b in backend.backends if is_secure(b)), None)
    return backend if is_secure(backend) else None


def keyring_status() -> KeyringStatus:
    """Describe the active backend and try a harmless read; never raises."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        return KeyringStatus("none", False, False, f"no keyring backend could be loaded ({exc})")
    member = secure_member(backend)
    if member is None:
        return KeyringStatus(backend_name(backend), False, False, "not a secure OS keyring")
    backend, name = member, backend_name(member)
    try:
        backend.get_password(SERVICE, "__doctor_probe__")
    except Exception as exc:  # locked, no daemon, prompt dismissed...
        return KeyringStatus(name, True, False, f"the keyring did not answer ({exc})")
    return KeyringStatus(name, True, True, "secure OS keyring, answering")
