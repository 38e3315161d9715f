"""The push-to-talk hotkey: parsing, hold logic, the in-window filter, the real thing on X11."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from callbot_desktop.settings.schema import option
from callbot_desktop.ui.hotkey import (
    GlobalHotkey,
    HoldKeyFilter,
    HoldTracker,
    Transition,
    choose_backend,
    key_sequence,
)
from callbot_desktop.ui.hotkey_keys import Hotkey, HotkeyError, parse_hotkey, pynput_key_name
from tests.harness.x11 import X11Display
from tests.ui.x11_apps.protocol import AppProcess
from tests.ui.x11_apps.xkb import fast_auto_repeat

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


# --- parsing ---


def test_the_default_setting_parses_to_ctrl_alt_space() -> None:
    hotkey = parse_hotkey(str(option("ui.hotkey").default))
    assert hotkey == Hotkey(frozenset({"ctrl", "alt"}), "space")
    assert hotkey.text() == "<ctrl>+<alt>+<space>"
    assert hotkey.portal_trigger() == "CTRL+ALT+space"
    assert key_sequence(hotkey.text()) == QKeySequence("Ctrl+Alt+Space")


@pytest.mark.parametrize(
    ("setting", "modifiers", "key", "sequence"),
    [
        ("<ctrl>+<shift>+a", {"ctrl", "shift"}, "a", "Ctrl+Shift+A"),
        ("<f9>", set(), "f9", "F9"),
        (" <Ctrl_L> + <ALT_R> + <Page_Down> ", {"ctrl", "alt"}, "page_down", "Ctrl+Alt+PgDown"),
        ("<ctrl>++", {"ctrl"}, "+", "Ctrl++"),
        ("<super>+<enter>", {"cmd"}, "enter", "Meta+Return"),
    ],
)
def test_settings_in_pynput_style(
    setting: str, modifiers: set[str], key: str, sequence: str
) -> None:
    hotkey = parse_hotkey(setting)
    assert hotkey.modifiers == modifiers
    assert hotkey.key == key
    assert key_sequence(setting) == QKeySequence(sequence)
    assert parse_hotkey(hotkey.text()) == hotkey, "text() reads back to the same hotkey"


@pytest.mark.parametrize(
    ("setting", "says"),
    [
        ("", "empty"),
        ("<ctrl>+<alt>", "only modifiers"),
        ("<ctrl>+<hyper>", "Unknown key '<hyper>'"),
        ("a+b", "two keys"),
    ],
)
def test_bad_settings_say_what_to_write(setting: str, says: str) -> None:
    with pytest.raises(HotkeyError, match=says) as raised:
        parse_hotkey(setting)
    assert "<ctrl>+<alt>+<space>" in str(raised.value) or "<space>" in str(raised.value)


# --- the hold logic (pure) ---


def hold(*steps: str) -> list[Transition]:
    """Feed ``+key`` (down), ``-key`` (up) and ``settle`` steps; the transitions that came out."""
    tracker = HoldTracker(frozenset({"ctrl", "alt", "space"}))
    out: list[Transition | None] = []
    for step in steps:
        if step == "settle":
            out.append(tracker.settle())
        elif step[0] == "+":
            out.append(tracker.press(step[1:]))
        else:
            out.append(tracker.release(step[1:]))
    return [t for t in out if t is not None]


def test_a_hold_is_one_press_and_one_release() -> None:
    assert hold("+ctrl", "+alt", "+space", "-space", "-alt", "-ctrl", "settle") == [
        Transition.PRESSED,
        Transition.RELEASE_PENDING,
        Transition.RELEASE_PENDING,
        Transition.RELEASE_PENDING,
        Transition.RELEASED,
    ]


def test_auto_repeat_presses_add_nothing() -> None:
    repeats = ["+space"] * 20
    assert hold("+ctrl", "+alt", "+space", *repeats, "-space", "settle") == [
        Transition.PRESSED,
        Transition.RELEASE_PENDING,
        Transition.RELEASED,
    ]


def test_x11_auto_repeat_release_press_pairs_do_not_end_the_hold() -> None:
    pairs = ["-space", "+space"] * 10
    transitions = hold("+ctrl", "+alt", "+space", *pairs, "settle")
    assert Transition.RELEASED not in transitions
    assert transitions.count(Transition.PRESSED) == 1


def test_letting_go_of_a_modifier_first_ends_the_hold() -> None:
    assert hold("+space", "+ctrl", "+alt", "-ctrl", "settle", "-space", "-alt", "settle") == [
        Transition.PRESSED,
        Transition.RELEASE_PENDING,
        Transition.RELEASED,
    ]


def test_other_keys_neither_start_nor_end_a_hold() -> None:
    assert hold("+ctrl", "+space", "+x", "-x", "settle") == []
    assert hold("+ctrl", "+alt", "+space", "+x", "-x", "settle") == [Transition.PRESSED]


# --- choosing a backend ---


def test_backend_choice_per_session() -> None:
    assert choose_backend({"DISPLAY": ":0"}, "linux") == ("pynput", "")
    assert choose_backend({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux")[0] == "portal"
    assert choose_backend({"XDG_SESSION_TYPE": "wayland"}, "linux")[0] == "portal"
    assert choose_backend({}, "win32") == ("pynput", "")
    assert choose_backend({}, "darwin") == ("pynput", "")
    backend, reason = choose_backend({}, "linux")
    assert backend == "none"
    assert "DISPLAY" in reason


def test_without_any_display_the_hotkey_is_unavailable_with_a_reason(qapp: QApplication) -> None:
    hotkey = GlobalHotkey(environ={})
    assert hotkey.start() is False
    assert not hotkey.active
    assert hotkey.backend == "none"
    assert "DISPLAY is not set" in hotkey.reason


def test_a_bad_setting_makes_the_hotkey_unavailable_with_the_parse_error(
    qapp: QApplication,
) -> None:
    hotkey = GlobalHotkey("<ctrl>+<alt>", environ={"DISPLAY": ":0"})
    assert hotkey.start() is False
    assert "only modifiers" in hotkey.reason


def test_pynput_key_names(x11_display: X11Display) -> None:
    from pynput.keyboard import Key, KeyCode

    assert pynput_key_name(Key.ctrl_l) == "ctrl"
    assert pynput_key_name(Key.alt_r) == "alt"
    assert pynput_key_name(Key.space) == "space"
    assert pynput_key_name(KeyCode.from_char("A")) == "a"
    assert pynput_key_name(KeyCode.from_vk(4242)) == "<4242>"


# --- in the window: HoldKeyFilter ---


def send_key(widget: QObject, kind: QEvent.Type, key: Qt.Key, repeat: bool = False) -> None:
    event = QKeyEvent(kind, key, CTRL_ALT, "", repeat)
    QApplication.sendEvent(widget, event)


def test_hold_key_filter_ignores_auto_repeat(qtbot: QtBot) -> None:
    field = QLineEdit()
    field.setAccessibleName("typing field")
    qtbot.addWidget(field)
    hold_filter = HoldKeyFilter(key_sequence("<ctrl>+<alt>+<space>"), field)
    field.installEventFilter(hold_filter)
    events: list[str] = []
    hold_filter.pressed.connect(lambda: events.append("pressed"))
    hold_filter.released.connect(lambda: events.append("released"))

    QTest.keyPress(field, Qt.Key.Key_Space, CTRL_ALT)
    for _ in range(5):  # auto-repeat: presses and releases flagged as repeats
        send_key(field, QEvent.Type.KeyRelease, Qt.Key.Key_Space, repeat=True)
        send_key(field, QEvent.Type.KeyPress, Qt.Key.Key_Space, repeat=True)
    assert events == ["pressed"]
    assert hold_filter.held
    QTest.keyRelease(field, Qt.Key.Key_Space, CTRL_ALT)
    assert events == ["pressed", "released"]
    assert field.text() == "", "the hold's key presses do not type into the field"

    QTest.keyClick(field, Qt.Key.Key_A)
    QTest.keyClick(field, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert events == ["pressed", "released"], "other keys and partial combinations do nothing"
    assert field.text() == "a"


def test_hold_key_filter_ends_the_hold_when_a_modifier_goes_up(qtbot: QtBot) -> None:
    field = QLineEdit()
    field.setAccessibleName("typing field")
    qtbot.addWidget(field)
    hold_filter = HoldKeyFilter(key_sequence("<ctrl>+<alt>+<space>"), field)
    field.installEventFilter(hold_filter)
    with qtbot.waitSignal(hold_filter.pressed, timeout=1000):
        QTest.keyPress(field, Qt.Key.Key_Space, CTRL_ALT)
    with qtbot.waitSignal(hold_filter.released, timeout=1000):
        QTest.keyRelease(field, Qt.Key.Key_Control, Qt.KeyboardModifier.AltModifier)
    assert not hold_filter.held


# --- the real global hotkey on X11 ---


@pytest.mark.integration
def test_holding_the_hotkey_on_x11_with_auto_repeat_is_one_press_and_one_release(
    x11_display: X11Display,
) -> None:
    with fast_auto_repeat(x11_display.display, delay_ms=100, interval_ms=20):
        app = AppProcess("hotkey_app", x11_display.env, "<ctrl>+<alt>+<space>")
        try:
            assert app.wait_for("ready")["backend"] == "pynput"
            assert x11_display.xdotool("keydown", "ctrl+alt+space").returncode == 0
            app.wait_for("pressed")
            for _ in range(5):  # the X server repeats the held key: proof that it was held
                app.wait_for("raw", where=lambda event: event["down"])
            assert x11_display.xdotool("keyup", "ctrl+alt+space").returncode == 0
            app.wait_for("released")
            app.send("count")
            counts = app.wait_for("counts")
        finally:
            x11_display.xdotool("keyup", "ctrl+alt+space")
            status = app.stop()
    assert (counts["pressed"], counts["released"]) == (1, 1), app.names()
    assert app.count("raw") >= 6
    assert status == 0, app.stderr


@pytest.mark.integration
def test_other_keys_on_x11_do_not_trigger_the_hotkey(x11_display: X11Display) -> None:
    app = AppProcess("hotkey_app", x11_display.env, "<ctrl>+<alt>+<space>")
    try:
        app.wait_for("ready")
        assert x11_display.xdotool("key", "ctrl+space", "alt+space", "space").returncode == 0
        for _ in range(3):
            app.wait_for("raw", where=lambda event: not event["down"])
        app.send("count")
        counts = app.wait_for("counts")
    finally:
        status = app.stop()
    assert (counts["pressed"], counts["released"]) == (0, 0), app.names()
    assert status == 0, app.stderr
