"""Qt tests run offscreen unless a test starts its own display."""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from callbot_desktop.startup import Startup, start

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

SCREENSHOTS_ENV = "CALLBOT_SCREENSHOTS"


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """Where tests save screenshots of windows and panels for people to look at.

    ``$CALLBOT_SCREENSHOTS``, else ``build/screenshots`` in the source tree (ignored by git).
    """
    default = Path(__file__).resolve().parents[2] / "build" / "screenshots"
    folder = Path(os.environ.get(SCREENSHOTS_ENV, default))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def loop(qapp: object) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync event loop, current for the test (what the app runs panels on)."""
    import qasync
    from PySide6.QtWidgets import QApplication

    assert isinstance(qapp, QApplication)
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.run_until_complete(event_loop.shutdown_default_executor())
    event_loop.close()
    asyncio.set_event_loop(None)
    # The loop's Qt timers must go now, on this (the GUI) thread: a garbage collection that
    # runs later on a worker thread would destroy them there.
    gc.collect()


@pytest.fixture
def made(qtbot: object) -> Iterator[list[Any]]:
    """Panels made by a test, deleted at its end on the GUI thread (never later by the garbage
    collector, which may run on any thread)."""
    import shiboken6

    widgets: list[Any] = []
    yield widgets
    for widget in widgets:
        if shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)


@pytest.fixture
def startup(tmp_path: Path) -> Startup:
    """Settings, paths and logging for a fresh data folder in ``tmp_path``."""
    return start(argparse.Namespace(data_dir=str(tmp_path / "data"), debug=False))
