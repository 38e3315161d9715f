"""The history key: 32 random bytes, kept in the OS keyring, or wrapped by a passphrase.

- First run: a random key is made and stored in a *secure* OS keyring (service
  ``callbot-desktop``), then read back, because some backends drop secrets silently.
- No secure keyring (plaintext ``keyrings.alt``, null, fail, locked, or a read-back mismatch): the
  same kind of key is wrapped with Argon2id + AES-GCM in ``history.key`` beside the database and
  unlocked with a passphrase (the CLI prompts, or reads ``--passphrase-stdin``; the GUI asks).
- Rotation stores the new key as *pending* before the database is re-encrypted, so a crash at any
  point leaves a key that opens it.

The key is never logged, never put in an exception message, never written in plaintext.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import keyring
import keyring.backend
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.storage.keyring_backend import SERVICE, backend_name, secure_member

log = logging.getLogger(__name__)

KEY_BYTES = 32
CURRENT, PENDING = "database-key", "database-key-pending"
WRAP_FORMAT = "callbot-key"
_AAD = b"callbot-desktop history key v1"
ARGON2 = {"iterations": 3, "lanes": 4, "memory_cost": 64 * 1024}

PassphraseProvider = Callable[[bool], str]
"""Asked for a passphrase; the argument is True when a new one is being chosen."""


class KeyUnavailableError(CallbotError):
    """No key can be had: no secure keyring and no passphrase, or the key is gone."""


class WrongPassphraseError(CallbotError):
    """The passphrase does not unwrap the key file."""


@dataclass(frozen=True)
class LoadedKey:
    key: bytes
    source: Literal["keyring", "passphrase"]
    pending: bytes | None = None

    def __repr__(self) -> str:  # never show key bytes
        return f"LoadedKey(source={self.source!r}, pending={self.pending is not None})"


class KeyStore:
    """Where the key of one database lives, and how to get it back."""

    def __init__(
        self,
        key_file: Path,
        passphrase: PassphraseProvider | None = None,
        backend: keyring.backend.KeyringBackend | None = None,
        account_prefix: str = "",
    ) -> None:
        self.key_file = key_file
        self._passphrase = passphrase
        self._backend = backend
        self._prefix = account_prefix
        self._known_passphrase: str | None = None

    # -- public ---------------------------------------------------------------------------

    def load(self, *, create: bool) -> LoadedKey:
        """Return the key; make one if ``create`` (a new database) and none exists yet."""
        if self.key_file.exists():
            return self._load_wrapped()
        backend = self._secure_backend()
        if backend is not None:
            try:
                found = self._keyring_get(backend, CURRENT)
                if found is not None:
                    return LoadedKey(found, "keyring", self._keyring_get(backend, PENDING))
                if create:
                    key = secrets.token_bytes(KEY_BYTES)
                    self._keyring_store(backend, CURRENT, key)
                    log.info("history key created in the OS keyring (%s)", backend_name(backend))
                    return LoadedKey(key, "keyring")
            except Exception as exc:  # backends raise D-Bus errors, OSError, KeyringError...
                log.warning(
                    "OS keyring unusable (%s); using a passphrase instead", type(exc).__name__
                )
        if not create:
            raise KeyUnavailableError(
                "The key of the history database cannot be found",
                "unlock the OS keyring where it was stored, or delete the history to start afresh",
            )
        key = secrets.token_bytes(KEY_BYTES)
        self._write_wrapped({"current": key}, self._ask(new=True))
        log.info("history key created and protected by a passphrase")
        return LoadedKey(key, "passphrase")

    def begin_rotation(self, loaded: LoadedKey) -> bytes:
        """Store a fresh key as pending (beside the current one) and return it."""
        new = secrets.token_bytes(KEY_BYTES)
        if loaded.source == "keyring":
            self._keyring_store(self._require_backend(), PENDING, new)
        else:
            self._write_wrapped({"current": loaded.key, "pending": new}, self._ask(new=False))
        return new

    def finish_rotation(self, loaded: LoadedKey, new: bytes) -> LoadedKey:
        """After the database was re-encrypted with ``new``: make it the current key."""
        if loaded.source == "keyring":
            backend = self._require_backend()
            self._keyring_store(backend, CURRENT, new)
            backend.delete_password(SERVICE, self._prefix + PENDING)
        else:
            self._write_wrapped({"current": new}, self._ask(new=False))
        return LoadedKey(new, loaded.source)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the key file with a new passphrase (asks for the old one if not known)."""
        keys = self._unwrap(self._ask(new=False))
        self._write_wrapped(keys, new_passphrase)

    def forget(self) -> None:
        """Delete the key everywhere (used by "delete everything")."""
        backend = self._secure_backend()
        if backend is not None:
            for account in (CURRENT, PENDING):
                try:
                    backend.delete_password(SERVICE, self._prefix + account)
                except keyring.errors.KeyringError:
                    pass
        if self.key_file.exists():
            self.key_file.unlink()

    # -- keyring --------------------------------------------------------------------------

    def _secure_backend(self) -> keyring.backend.KeyringBackend | None:
        return secure_member(self._backend or keyring.get_keyring())

    def _require_backend(self) -> keyring.backend.KeyringBackend:
        backend = self._secure_backend()
        if backend is None:
            raise KeyUnavailableError("The OS keyring is no longer available", "unlock it")
        return backend

    def _keyring_get(self, backend: keyring.backend.KeyringBackend, account: str) -> bytes | None:
        stored = backend.get_password(SERVICE, self._prefix + account)
        return bytes.fromhex(stored) if stored else None

    def _keyring_store(
        self, backend: keyring.backend.KeyringBackend, account: str, key: bytes
    ) -> None:
        backend.set_password(SERVICE, self._prefix + account, key.hex())
        if self._keyring_get(backend, account) != key:
            raise _ReadBackMismatch()

    # -- passphrase-wrapped file ----------------------------------------------------------

    def _ask(self, *, new: bool) -> str:
        if self._known_passphrase is not None and not new:
            return self._known_passphrase
        if self._passphrase is None:
            raise KeyUnavailableError(
                "No secure OS keyring is available, so the history key needs a passphrase",
                "unlock or install a keyring (gnome-keyring, KWallet), or run with "
                "--passphrase-stdin",
            )
        passphrase = self._passphrase(new)
        if not passphrase:
            raise KeyUnavailableError("An empty passphrase cannot protect the history", "type one")
        self._known_passphrase = passphrase
        return passphrase

    def _load_wrapped(self) -> LoadedKey:
        keys = self._unwrap(self._ask(new=False))
        return LoadedKey(keys["current"], "passphrase", keys.get("pending"))

    def _unwrap(self, passphrase: str) -> dict[str, bytes]:
        try:
            document = json.loads(self.key_file.read_text(encoding="utf-8"))
            if document.get("format") != WRAP_FORMAT or document.get("version") != 1:
                raise ValueError("not a CallBot key file")
            salt, nonce, sealed = (
                base64.b64decode(document[k]) for k in ("salt", "nonce", "ciphertext")
            )
        except (OSError, ValueError, KeyError) as exc:
            raise KeyUnavailableError(
                f"The key file {self.key_file} is damaged ({type(exc).__name__})",
                "restore it from a backup, or delete the history to start afresh",
            ) from None
        try:
            plain = AESGCM(_derive(passphrase, salt, document)).decrypt(nonce, sealed, _AAD)
        except InvalidTag:
            self._known_passphrase = None
            raise WrongPassphraseError(
                "That passphrase does not unlock the history", "try again"
            ) from None
        parts: dict[str, Any] = json.loads(plain)
        return {name: bytes.fromhex(value) for name, value in parts.items()}

    def _write_wrapped(self, keys: dict[str, bytes], passphrase: str) -> None:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        params: dict[str, Any] = {"kdf": "argon2id", **ARGON2}
        plain = json.dumps({name: key.hex() for name, key in keys.items()}).encode()
        sealed = AESGCM(_derive(passphrase, salt, params)).encrypt(nonce, plain, _AAD)
        document = {
            "format": WRAP_FORMAT,
            "version": 1,
            **params,
            "salt": base64.b64encode(salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "ciphertext": base64.b64encode(sealed).decode(),
        }
        self.key_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(prefix=".key-", dir=self.key_file.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(document, stream)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, self.key_file)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self._known_passphrase = passphrase


class _ReadBackMismatch(Exception):
    """The keyring accepted the key but did not give the same key back."""


def _derive(passphrase: str, salt: bytes, params: dict[str, Any]) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=int(params["iterations"]),
        lanes=int(params["lanes"]),
        memory_cost=int(params["memory_cost"]),
    )
    return kdf.derive(passphrase.encode("utf-8"))
