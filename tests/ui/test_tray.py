"""The tray icon: states and menu in-process, and the real icon in a real tray host on X11."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callbot_desktop.ui.tray import STATES, Tray
from tests.harness.x11 import X11Display
from tests.ui.x11_apps.protocol import AppProcess


@pytest.fixture
def tray(qapp: QApplication) -> Tray:
    return Tray()


def test_each_state_has_its_own_icon_and_tooltip(tray: Tray) -> None:
    seen_icons: set[int] = set()
    seen_tips: set[str] = set()
    for state in STATES:
        tray.set_state(state)
        assert tray.state == state
        assert not tray.icon.icon().isNull(), state
        assert tray.icon.toolTip().startswith("CallBot — ")
        seen_icons.add(tray.icon.icon().cacheKey())
        seen_tips.add(tray.icon.toolTip())
    assert len(seen_icons) == len(STATES)
    assert len(seen_tips) == len(STATES)
    tray.set_state("listening")
    assert tray.icon.toolTip() == "CallBot — Listening"
    with pytest.raises(ValueError, match="unknown tray state 'asleep'"):
        tray.set_state("asleep")


def test_menu_actions_emit_their_signals(tray: Tray, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tray.pushToTalk, timeout=1000) as talk:
        tray.push_to_talk_action.trigger()
    assert talk.args == [True]
    with qtbot.waitSignal(tray.pushToTalk, timeout=1000) as talk:
        tray.push_to_talk_action.trigger()
    assert talk.args == [False]
    with qtbot.waitSignal(tray.handsFreeToggled, timeout=1000) as hands_free:
        tray.hands_free_action.trigger()
    assert hands_free.args == [True]
    with qtbot.waitSignal(tray.muteToggled, timeout=1000) as mute:
        tray.mute_action.trigger()
    assert mute.args == [True]
    with qtbot.waitSignal(tray.showWindow, timeout=1000):
        tray.show_action.trigger()
    with qtbot.waitSignal(tray.quitRequested, timeout=1000):
        tray.quit_action.trigger()


def test_set_methods_change_check_marks_without_emitting(tray: Tray, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(tray.muteToggled), qtbot.assertNotEmitted(tray.pushToTalk):
        tray.set_muted(True)
        tray.set_push_to_talk(True)
        tray.set_hands_free(True)
    assert tray.mute_action.isChecked()
    assert tray.push_to_talk_action.isChecked()
    assert tray.hands_free_action.isChecked()


def test_persona_submenu(tray: Tray, qtbot: QtBot) -> None:
    tray.set_personas(["Assistant", "Tutor", "Pirate"], "Tutor")
    actions = tray.persona_menu.actions()
    assert [a.text() for a in actions] == ["Assistant", "Tutor", "Pirate"]
    assert [a.isChecked() for a in actions] == [False, True, False]
    with qtbot.waitSignal(tray.personaChosen, timeout=1000) as chosen:
        actions[2].trigger()
    assert chosen.args == ["Pirate"]
    assert [a.isChecked() for a in actions] == [False, False, True], "one check mark at a time"

    tray.set_personas(["Assistant"], "Assistant")
    assert [a.text() for a in tray.persona_menu.actions()] == ["Assistant"]
    tray.set_personas([], None)
    assert not tray.persona_menu.isEnabled()


def test_menus_have_accessible_names(tray: Tray) -> None:
    assert tray.menu.accessibleName() == "CallBot menu"
    assert tray.persona_menu.accessibleName() == "Persona"
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["&Push to talk", "&Hands-free", "&Mute", "P&ersona", "&Show window", "&Quit"]


def test_no_notice_while_the_icon_is_hidden(tray: Tray, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert tray.show_notice_once("CallBot", "Still running", settings, "tray/notice") is False
    assert settings.value("tray/notice") is None, "not marked as shown when it was not"


# --- the real tray on X11 ---


def click(x11: X11Display, x: int, y: int, button: str) -> None:
    moved = x11.xdotool("mousemove", str(x), str(y), "click", button)
    assert moved.returncode == 0, moved.stderr


def point_at_icon(x11: X11Display, geometry: list[int]) -> tuple[int, int]:
    """Move the pointer onto the icon and wait until the icon itself sees it arrive.

    Then a click surely goes to the icon, not to the tray host around it.
    """
    x, y = centre(geometry)
    moved = x11.xdotool("mousemove", str(x), str(y))
    assert moved.returncode == 0, moved.stderr
    return x, y


def centre(geometry: list[int]) -> tuple[int, int]:
    x, y, width, height = geometry
    return x + width // 2, y + height // 2


@pytest.mark.integration
def test_tray_icon_in_a_real_tray_host(
    x11_display: X11Display, screenshot_dir: Path, tmp_path: Path
) -> None:
    app = AppProcess("tray_app", x11_display.env)
    try:
        geometry = app.wait_for("ready")["geometry"]
        assert geometry[2] > 0 and geometry[3] > 0
        x, y = point_at_icon(x11_display, geometry)
        app.wait_for("iconEntered")

        click(x11_display, x, y, "1")
        app.wait_for("toggleWindow")

        click(x11_display, x, y, "3")
        shown = app.wait_for("menuShown")
        shot = x11_display.screenshot(screenshot_dir / "tray-menu.png")
        assert list(shown["items"]) == [
            "&Push to talk",
            "&Hands-free",
            "&Mute",
            "P&ersona",
            "&Show window",
            "&Quit",
        ]
        item_x, item_y = shown["items"]["&Push to talk"]
        click(x11_display, item_x, item_y, "1")
        assert app.wait_for("pushToTalk")["on"] is True
        app.wait_for("menuHidden")

        click(x11_display, x, y, "3")
        app.wait_for("menuShown")
        assert x11_display.xdotool("key", "h").returncode == 0  # the mnemonic of Hands-free
        assert app.wait_for("handsFree")["on"] is True
        app.wait_for("menuHidden")

        app.send("state listening")
        assert app.wait_for("state")["tooltip"] == "CallBot — Listening"

        app.send(f"notice {tmp_path / 'ui.ini'}")
        assert app.wait_for("notice")["shown"] is True
        app.send(f"notice {tmp_path / 'ui.ini'}")
        assert app.wait_for("notice")["shown"] is False, "the notice is shown only once"
    finally:
        status = app.stop()
    assert status == 0, app.stderr

    image = QImage(str(shot))
    assert not image.isNull()
    menu_x, menu_y, menu_width, menu_height = shown["geometry"]
    assert menu_width > 50 and menu_height > 100
    icon_pixel = image.pixelColor(x, y + geometry[3] // 4)
    background = image.pixelColor(5, 700)
    assert icon_pixel != background, "the tray icon is drawn in the screenshot"
