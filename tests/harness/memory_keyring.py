"""A real keyring backend that keeps its secrets in memory, for tests that need a secure keyring
without a desktop session. Defined once: keyring discovers every KeyringBackend subclass, so
tests pass it explicitly (``KeyStore(..., backend=MemoryKeyring())``)."""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in a dict (secure for ``is_secure``)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)
