"""Qt tests run offscreen unless a test starts its own display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
