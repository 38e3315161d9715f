"""A GlobalHotkey on the test's X display; prints pressed/released and the raw key events seen.

A second, independent pynput listener reports every raw event of the hotkey's main key, so the
test can prove that auto-repeat really happened while the key was held. Commands: ``count``
answers ``counts``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from callbot_desktop.ui.hotkey import GlobalHotkey
from callbot_desktop.ui.hotkey_keys import parse_hotkey, pynput_key_name
from tests.ui.x11_apps.protocol import emit
from tests.ui.x11_apps.stdin_commands import StdinCommands


def main() -> int:
    setting = sys.argv[1]
    app = QCoreApplication([])
    hotkey = GlobalHotkey(setting)
    counts = {"pressed": 0, "released": 0}

    def on(name: str) -> None:
        counts[name] += 1
        emit(name)

    hotkey.pressed.connect(lambda: on("pressed"))
    hotkey.released.connect(lambda: on("released"))
    hotkey.ready.connect(lambda: emit("ready", backend=hotkey.backend))

    from pynput import keyboard  # after QCoreApplication: the display is known to work

    main_key = parse_hotkey(setting).key

    def raw(key: object, down: bool) -> None:
        if pynput_key_name(key) == main_key:
            emit("raw", down=down)

    watcher = keyboard.Listener(
        on_press=lambda key: raw(key, True), on_release=lambda key: raw(key, False)
    )
    watcher.start()
    watcher.wait()  # a test helper may block briefly; the app under test never does
    if not hotkey.start():
        emit("unavailable", reason=hotkey.reason)
        return 1

    def command(line: str) -> None:
        if line == "count":
            emit("counts", **counts)

    StdinCommands(command, app)
    status = app.exec()
    hotkey.stop()
    watcher.stop()
    return status


if __name__ == "__main__":
    sys.exit(main())
