"""Real X11 windows in tests: Xvfb plus the ``trayer`` tray host, and screenshots.

The session-wide ``x11_display`` fixture starts ``Xvfb`` on a free display (``-displayfd``), a
tray host, and exports ``DISPLAY``; ``env`` is the environment for a Qt subprocess on it.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.harness.components import require_executable

WIDTH, HEIGHT = 1280, 800


@dataclass
class X11Display:
    display: str
    env: dict[str, str] = field(default_factory=dict)

    def screenshot(self, path: Path, window: str = "root") -> Path:
        """Save the whole screen (or one window id) as PNG with imagemagick's ``import``."""
        subprocess.run(
            ["import", "-display", self.display, "-window", window, str(path)],
            check=True,
            timeout=30,
            capture_output=True,
        )
        return path

    def find_window(self, name: str, timeout: float = 20.0) -> str:
        """The id of the first visible window whose title matches ``name``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", name],
                capture_output=True,
                text=True,
                timeout=10,
                env=self.env,
            )
            ids = found.stdout.split()
            if ids:
                return ids[0]
            time.sleep(0.1)
        raise TimeoutError(f"no window named {name!r} appeared on {self.display}")

    def window_geometry(self, window: str) -> tuple[int, int, int, int]:
        """x, y, width, height of a window."""
        shown = subprocess.run(
            ["xdotool", "getwindowgeometry", "--shell", window],
            capture_output=True,
            text=True,
            timeout=10,
            env=self.env,
            check=True,
        )
        values = dict(line.split("=", 1) for line in shown.stdout.split())
        return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def x11_display() -> Iterator[X11Display]:
    xvfb = require_executable("Xvfb", "xvfb")
    trayer = require_executable("trayer", "trayer")
    require_executable("xdotool", "xdotool")
    require_executable("import", "imagemagick")
    require_executable("xdpyinfo", "x11-utils")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            xvfb,
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{WIDTH}x{HEIGHT}x24",
            "-nolisten",
            "tcp",
        ],  # fmt: skip
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    tray: subprocess.Popen[bytes] | None = None
    previous = os.environ.get("DISPLAY")
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not report a display number")
        display = f":{number}"
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        subprocess.run(["xdpyinfo"], env=env, check=True, timeout=20, capture_output=True)
        tray = subprocess.Popen(
            [
                trayer,
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "pixel",
                "--width",
                "120",
                "--height",
                "32",
                "--SetDockType",
                "true",
            ],  # fmt: skip
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.environ["DISPLAY"] = display
        yield X11Display(display, env)
    finally:
        if previous is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = previous
        if tray is not None:
            _stop(tray)
        _stop(server)
