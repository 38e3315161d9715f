"""The assembled app on a real X display: its tray icon and menu, the global hotkey, its looks.

Each test starts the real ``callbot-desktop`` (fresh data dir, settings written with the real
``callbot settings set``, the built-in model, the virtual mic and speaker) under Xvfb with the
``trayer`` tray host, and drives it only as a person would: mouse clicks and key presses through
xdotool, speech played into the mic. What happened is judged from outside: the tray icon's colour
(each state has its own), the reply's audio on the speaker, and the saved history read back with
the ``callbot`` CLI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.harness.secret_service import SecretServiceSession
from tests.harness.speech_samples import SpeechSamples
from tests.harness.virtual_audio import VirtualAudio
from tests.harness.x11 import X11Display
from tests.ui.x11_apps.real_app import (
    READY,
    RealApp,
    XWindow,
    accessibility_bus,
    accessible_nodes,
    app_env,
    app_window_ids,
    luminance,
    main_window,
    named,
    poll,
    popup_menu,
    prepare_data_dir,
    read_png,
    run_cli,
    tray_icon,
    voiced_seconds,
    wait_for_tray_state,
    wait_until_listening,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(420)]

FIRST_ITEM_DY = 11
"""From the top of the tray menu to the middle of its first item, "Push to talk" (Fusion)."""
LAST_ITEM_DY = 11
"""From the bottom of the tray menu to the middle of its last item, "Quit"."""


def click(x11: X11Display, x: int, y: int, button: str = "1") -> None:
    done = x11.xdotool("mousemove", str(x), str(y), "click", button)
    assert done.returncode == 0, done.stderr


def open_tray_menu(x11: X11Display, icon: XWindow) -> XWindow:
    before = app_window_ids(x11)
    click(x11, *icon.centre, button="3")
    return popup_menu(x11, icon, before)


def dark_pixels(pixels: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> int:
    box = pixels[y0:y1, x0:x1].astype(np.int16)
    return int(np.count_nonzero(np.all(box < 90, axis=2)))


def wait_for_reply_audio(speaker: object, rate: int, seconds: float, timeout: float) -> None:
    from tests.harness.virtual_audio import Recorder

    assert isinstance(speaker, Recorder)
    poll(
        f"{seconds} s of the reply on the speaker",
        lambda: voiced_seconds(speaker.snapshot(), rate) >= seconds,
        timeout,
        every=0.25,
    )


@pytest.fixture
def accessibility_env(
    secret_service: SecretServiceSession, x11_display: X11Display, tmp_path: Path
) -> Iterator[dict[str, str]]:
    """A private session bus with the AT-SPI bus launcher on it (anonymous tests: no key)."""
    env = {**secret_service.env, "DISPLAY": x11_display.display}
    with accessibility_bus(env, tmp_path / "at-spi-bus-launcher.log"):
        yield env


@pytest.fixture
def keyring_env(secret_service: SecretServiceSession) -> dict[str, str]:
    """The keyring's private session bus, for the app and the CLI."""
    return dict(secret_service.env)


def test_tray_menu_push_to_talk_turn_is_answered_and_kept(
    x11_display: X11Display,
    virtual_audio: VirtualAudio,
    speech_samples: SpeechSamples,
    keyring_env: dict[str, str],
    tmp_path: Path,
    screenshot_dir: Path,
) -> None:
    env = app_env(x11_display, virtual_audio, keyring_env)
    data_dir = tmp_path / "data"
    prepare_data_dir(data_dir, env, {"ui.theme": "light"})
    app = RealApp(data_dir, env)
    try:
        main_window(x11_display)
        icon = tray_icon(x11_display, app)
        assert icon.width > 0 and icon.height > 0
        wait_until_listening(app, virtual_audio)
        wait_for_tray_state(x11_display, icon, "idle", tmp_path / "icon.png")

        menu = open_tray_menu(x11_display, icon)
        click(x11_display, menu.x + menu.width // 2, menu.y + FIRST_ITEM_DY)  # Push to talk
        wait_for_tray_state(x11_display, icon, "listening", tmp_path / "icon.png")
        speaker = virtual_audio.speaker_recorder()
        virtual_audio.play_into_mic(speech_samples["weather"].padded(0.3, 0.5))

        menu = open_tray_menu(x11_display, icon)
        shot = x11_display.screenshot(screenshot_dir / "app-x11-tray-menu.png")
        pixels = read_png(shot)
        left, top = menu.x + 4, menu.y
        push_to_talk_box = dark_pixels(pixels, left, top + 2, left + 22, top + 20)
        hands_free_box = dark_pixels(pixels, left, top + 24, left + 22, top + 42)
        assert push_to_talk_box > 8 > hands_free_box, (
            f"Push to talk is checked while talking, Hands-free is not "
            f"({push_to_talk_box} and {hands_free_box} dark pixels in their boxes); see {shot}"
        )
        click(x11_display, menu.x + menu.width // 2, menu.y + FIRST_ITEM_DY)  # ends the turn

        wait_for_reply_audio(speaker, virtual_audio.speaker_rate, 0.5, timeout=180)
        wait_for_tray_state(x11_display, icon, "idle", tmp_path / "icon.png", timeout=180)

        menu = open_tray_menu(x11_display, icon)
        click(x11_display, menu.x + menu.width // 2, menu.y + menu.height - LAST_ITEM_DY)  # Quit
        status = app.wait_exit(timeout=60)
        assert status == 0, app.diagnosis()
    finally:
        app.stop()

    listed = run_cli(data_dir, env, "history", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    conversations = json.loads(listed.stdout)
    assert len(conversations) == 1, conversations
    assert "weather" in conversations[0]["title"].lower(), conversations
    shown = run_cli(data_dir, env, "history", "show", "--json", conversations[0]["id"])
    assert shown.returncode == 0, shown.stderr
    messages = json.loads(shown.stdout)["messages"]
    said = {m["role"]: m["content"] for m in messages}
    assert "weather" in said["user"].lower(), messages
    assert said["assistant"].strip(), messages
    found = run_cli(data_dir, env, "history", "search", "weather")
    assert found.returncode == 0, found.stderr
    assert conversations[0]["id"] in found.stdout
    assert "Traceback" not in app.output(), app.output()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_global_hotkey_hold_is_one_turn_and_the_window_looks_right(
    theme: str,
    x11_display: X11Display,
    virtual_audio: VirtualAudio,
    speech_samples: SpeechSamples,
    accessibility_env: dict[str, str],
    tmp_path: Path,
    screenshot_dir: Path,
) -> None:
    """Holding Ctrl+Alt+Space while speaking, with X11's auto-repeat on (as for a person), is
    one turn: one "You said" bubble with the whole sentence, counted through AT-SPI."""
    env = app_env(x11_display, virtual_audio, accessibility_env, accessibility=True)
    data_dir = tmp_path / "data"
    prepare_data_dir(data_dir, env, {"privacy.anonymous": "true", "ui.theme": theme})
    app = RealApp(data_dir, env)
    pressed = False
    try:
        window = main_window(x11_display)
        icon = tray_icon(x11_display, app)
        wait_until_listening(app, virtual_audio)
        wait_for_tray_state(x11_display, icon, "idle", tmp_path / "icon.png")

        assert x11_display.xdotool("keydown", "ctrl+alt+space").returncode == 0
        pressed = True
        wait_for_tray_state(x11_display, icon, "listening", tmp_path / "icon.png")
        speaker = virtual_audio.speaker_recorder()
        virtual_audio.play_into_mic(speech_samples["weather"].padded(0.3, 0.5))
        assert x11_display.xdotool("keyup", "ctrl+alt+space").returncode == 0
        pressed = False

        wait_for_reply_audio(speaker, virtual_audio.speaker_rate, 0.5, timeout=180)
        wait_for_tray_state(x11_display, icon, "idle", tmp_path / "icon.png", timeout=180)

        def answered() -> list[dict[str, Any]] | None:
            app.assert_running()
            nodes = accessible_nodes(env)
            state = named(nodes, "label", "Assistant state")
            replies = [n for n in named(nodes, "label", "Assistant said") if n["description"]]
            return nodes if replies and state and state[0]["description"] == READY else None

        nodes = poll("the reply in the accessible tree", answered, 180, every=1.0)
        shot = x11_display.window_screenshot(window.id, screenshot_dir / f"app-x11-{theme}.png")
    finally:
        if pressed:
            x11_display.xdotool("keyup", "ctrl+alt+space")
        app.stop()
    heard = [n["description"] for n in named(nodes, "label", "You said")]
    assert len(heard) == 1, f"one hold, one turn; heard {heard}; see {shot}"
    assert "weather" in heard[0].lower(), heard
    pixels = read_png(shot)
    assert pixels.shape[:2] == (window.height, window.width)
    level = luminance(pixels)
    if theme == "dark":
        assert level < 90, f"the dark window is mostly dark (mean luminance {level:.0f}); {shot}"
    else:
        assert level > 170, f"the light window is mostly light (mean luminance {level:.0f}); {shot}"
    assert "Traceback" not in app.output(), app.output()
