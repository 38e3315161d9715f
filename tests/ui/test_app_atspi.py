"""The assembled app through AT-SPI, as a screen reader sees it and drives it.

The app runs on Xvfb with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on the keyring fixture's private
session bus, where this test starts ``at-spi-bus-launcher`` (which starts the accessibility bus
and, on it, ``at-spi2-registryd``). The client is ``tests/ui/x11_apps/atspi_client.py`` run by
Debian's ``/usr/bin/python3`` (pyatspi is a Debian package, not in the virtualenv), a separate
process, so the app's GUI thread stays free to answer it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.harness.components import require_executable
from tests.harness.secret_service import SecretServiceSession
from tests.harness.virtual_audio import VirtualAudio
from tests.harness.x11 import X11Display
from tests.ui.x11_apps.real_app import (
    APP_TITLE,
    BUS_LAUNCHER,
    READY,
    SYSTEM_PYTHON,
    RealApp,
    accessibility_bus,
    accessible_nodes,
    app_env,
    atspi,
    main_window,
    named,
    poll,
    prepare_data_dir,
    run_cli,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(420)]

NAMED_ROLES = {"push button", "check box", "text", "entry", "combo box", "list", "page tab"}
"""Roles a person moves to and operates: each needs a name (when showing and focusable)."""


@pytest.fixture
def accessibility_env(
    secret_service: SecretServiceSession, x11_display: X11Display, tmp_path: Path
) -> Iterator[dict[str, str]]:
    """The keyring's private bus with the AT-SPI bus launcher on it."""
    require_executable(BUS_LAUNCHER, "at-spi2-core")
    require_executable(SYSTEM_PYTHON, "python3-pyatspi")
    env = {**secret_service.env, "DISPLAY": x11_display.display}
    with accessibility_bus(env, tmp_path / "at-spi-bus-launcher.log"):
        yield env


def test_a_screen_reader_sees_named_controls_and_can_type_and_send(
    x11_display: X11Display,
    virtual_audio: VirtualAudio,
    accessibility_env: dict[str, str],
    tmp_path: Path,
) -> None:
    env = app_env(x11_display, virtual_audio, accessibility_env, accessibility=True)
    data_dir = tmp_path / "data"
    prepare_data_dir(data_dir, env, {})
    app = RealApp(data_dir, env)
    try:
        main_window(x11_display)

        def ready() -> list[dict[str, Any]] | None:
            app.assert_running()
            nodes = accessible_nodes(env)
            states = named(nodes, "label", "Assistant state")
            return nodes if states and states[0]["description"] == READY else None

        try:
            nodes = poll("the app ready in the accessible tree", ready, 180, every=1.0)
        except AssertionError as error:
            raise AssertionError(f"{error}\n{app.diagnosis()}") from None

        assert nodes[0]["role"] == "application"
        frames = [n for n in nodes if n["role"] == "frame"]
        assert frames and frames[0]["name"] == APP_TITLE
        operable = [
            n
            for n in nodes
            if n["role"] in NAMED_ROLES and {"focusable", "showing"} <= set(n["states"])
        ]
        assert len(operable) >= 8, operable
        nameless = [n for n in operable if not n["name"].strip()]
        assert not nameless, f"controls without an accessible name: {nameless}"
        for role, name in [
            ("push button", "Push to talk"),
            ("push button", "Send the message"),
            ("push button", "Stop the reply"),
            ("check box", "Hands-free listening"),
            ("check box", "Mute the microphone"),
            ("text", "Message"),
            ("list", "Pages"),
            ("list", "Conversations"),
        ]:
            assert named(nodes, role, name), f"no {role} named {name!r}"

        question = "What is the capital of France?"
        sent = atspi(env, "type-and-press", "Message", "Send the message", question)
        assert sent.get("typed") == question, sent
        assert sent.get("pressed") is True, sent

        def answered() -> list[dict[str, Any]] | None:
            app.assert_running()
            nodes = accessible_nodes(env)
            reply = [n for n in named(nodes, "label", "Assistant said") if n["description"]]
            state = named(nodes, "label", "Assistant state")
            return nodes if reply and state and state[0]["description"] == READY else None

        nodes = poll("the reply in the accessible tree", answered, 240, every=1.0)
        asked = named(nodes, "label", "You said")
        assert [n["description"] for n in asked] == [question]
        assert named(nodes, "text", "Message")[0]["text"] == "", "the box was emptied"
        conversations = next(
            n for n in nodes if n["role"] == "list" and n["name"] == "Conversations"
        )
        depth = len(conversations["path"])
        items = [
            n
            for n in nodes
            if n["path"][:depth] == conversations["path"] and n["role"] == "list item"
        ]
        assert items, "the new conversation is listed"
    finally:
        app.stop()

    found = run_cli(data_dir, env, "history", "search", "capital")
    assert found.returncode == 0, found.stderr
    assert "capital of France" in found.stdout, found.stdout
