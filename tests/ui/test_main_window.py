"""The main window: names for screen readers, and a health check that runs off the GUI thread."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from callbot_desktop.startup import start
from callbot_desktop.ui.main_window import MainWindow


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.run_until_complete(event_loop.shutdown_default_executor())
    event_loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, loop: asyncio.AbstractEventLoop) -> MainWindow:
    startup = start(argparse.Namespace(data_dir=str(tmp_path), debug=False))
    main_window = MainWindow(startup)
    qtbot.addWidget(main_window)
    return main_window


def test_every_interactive_widget_has_an_accessible_name(window: MainWindow) -> None:
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() != widget.focusPolicy().NoFocus and widget.isEnabled():
            if widget.objectName().startswith("qt_"):
                continue
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()}"


def test_window_title_and_data_dir_in_status(window: MainWindow, tmp_path: Path) -> None:
    assert window.windowTitle() == "CallBot Desktop"
    assert str(tmp_path.resolve()) in window.statusBar().currentMessage()


def test_health_check_runs_in_background_and_shows_the_report(
    window: MainWindow, loop: asyncio.AbstractEventLoop
) -> None:
    task = window.start_check()
    assert not window.check_button.isEnabled()
    assert window.start_check() is task, "a second press while checking starts nothing new"
    report = loop.run_until_complete(asyncio.wait_for(task, 60))
    assert window.check_button.isEnabled()
    shown = window.report_view.toPlainText()
    for check in report.checks:
        assert check.name in shown
    assert window.statusBar().currentMessage()
