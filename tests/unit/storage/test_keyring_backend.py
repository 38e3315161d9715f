"""Plaintext, null and fail keyrings are recognised as insecure; real ones as secure."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import SecretService, chainer, fail, null

from callbot_desktop.storage.keyring_backend import is_secure, keyring_status


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def test_fail_and_null_backends_are_insecure() -> None:
    assert not is_secure(fail.Keyring())
    assert not is_secure(null.Keyring())


def test_secret_service_is_secure() -> None:
    assert is_secure(SecretService.Keyring())


def test_a_chain_is_secure_only_if_every_member_is(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = chainer.ChainerBackend()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [SecretService.Keyring()])
    assert is_secure(chain)
    monkeypatch.setattr(
        chainer.ChainerBackend, "backends", [SecretService.Keyring(), null.Keyring()]
    )
    assert not is_secure(chain)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not is_secure(chain)


def test_status_of_the_null_backend(restore_keyring: None) -> None:
    keyring.set_keyring(null.Keyring())
    status = keyring_status()
    assert status.backend == "keyring.backends.null.Keyring"
    assert not status.secure and not status.usable


def test_a_chain_keeps_the_key_in_its_secure_member_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from callbot_desktop.storage.keyring_backend import secure_member

    secret_service = SecretService.Keyring()
    chain = chainer.ChainerBackend()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [secret_service, null.Keyring()])
    assert secure_member(chain) is secret_service
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [null.Keyring()])
    assert secure_member(chain) is None
    assert secure_member(fail.Keyring()) is None
