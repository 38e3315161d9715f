"""Settings that the running app applies at once: theme and language."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callbot_desktop.app import Desktop
from callbot_desktop.startup import start
from callbot_desktop.ui.theme import apply_theme


def test_theme_and_language_apply_while_running(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    startup = start(argparse.Namespace(data_dir=str(tmp_path), debug=False))
    desktop = Desktop(qapp, startup)
    qtbot.addWidget(desktop.window)
    try:
        startup.settings.set("ui.theme", "dark")
        window_colour = qapp.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() < 80, "dark at once"
        startup.settings.set("ui.theme", "light")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200

        startup.settings.set("ui.language", "de")
        assert "Neustart" in desktop.window.statusBar().currentMessage()
    finally:
        startup.settings.set("ui.language", "en")
        desktop.shutdown()
        apply_theme(qapp, "light")
