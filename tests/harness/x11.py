"""Real X11 windows in tests: Xvfb plus the ``trayer`` tray host, and screenshots.

The session-wide ``x11_display`` fixture starts ``Xvfb`` on a free display (``-displayfd``), waits
until it answers, starts a tray host and waits until it owns the system-tray selection, and exports
``DISPLAY``. ``env`` is the environment for a Qt subprocess on it: the test's current environment
plus ``DISPLAY`` and ``QT_QPA_PLATFORM=xcb`` (the test process itself keeps whatever Qt platform
pytest-qt chose). Everything is stopped at the end of the session.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.harness.components import require_executable
from tests.harness.processes import stop_process

WIDTH, HEIGHT = 1280, 800
START_TIMEOUT = 30.0
TRAY_SELECTION = "_NET_SYSTEM_TRAY_S0"


@dataclass(frozen=True)
class X11Display:
    """A running Xvfb (``display``, e.g. ``":3"``) with a tray host."""

    display: str
    xvfb_pid: int
    tray_pid: int

    @property
    def env(self) -> dict[str, str]:
        """The current os.environ (this test's, not the session's first) on this display, xcb."""
        return _display_env(self.display)

    def xdotool(self, *args: str, timeout: float = 30.0) -> subprocess.CompletedProcess[str]:
        """Run ``xdotool ARGS`` on this display (no check: look at returncode)."""
        return subprocess.run(
            ["xdotool", *args], capture_output=True, text=True, timeout=timeout, env=self.env
        )

    def find_window(self, name: str, timeout: float = 20.0) -> str:
        """The id of the first visible window whose title matches the regex ``name``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ids = self.xdotool("search", "--onlyvisible", "--name", name, timeout=10).stdout.split()
            if ids:
                return ids[0]
            time.sleep(0.1)
        raise TimeoutError(f"no window named {name!r} appeared on {self.display}")

    def window_geometry(self, window: str) -> tuple[int, int, int, int]:
        """x, y, width, height of a window, in root coordinates."""
        shown = self.xdotool("getwindowgeometry", "--shell", window, timeout=10)
        if shown.returncode != 0:
            raise RuntimeError(f"xdotool getwindowgeometry {window}: {shown.stderr.strip()}")
        values = dict(line.split("=", 1) for line in shown.stdout.split())
        return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])

    def screenshot(self, path: Path, window: str = "root") -> Path:
        """Save the whole screen (or the window with this X id) as PNG with imagemagick's import."""
        taken = subprocess.run(
            ["import", "-display", self.display, "-window", window, str(path)],
            capture_output=True,
            text=True,
            timeout=30,
            env=self.env,
        )
        if taken.returncode != 0 or not path.is_file():
            raise RuntimeError(f"import -window {window} failed: {taken.stderr.strip()}")
        return path

    def window_screenshot(self, window: str | int, path: Path) -> Path:
        """Save one window as PNG; ``window`` is an X id (int, decimal or 0x-hex) or a title."""
        text = str(window)
        is_id = isinstance(window, int) or text.isdigit() or text.lower().startswith("0x")
        return self.screenshot(path, window=text if is_id else self.find_window(text))

    def tray_owner(self) -> int:
        """The X window owning ``_NET_SYSTEM_TRAY_S0`` (the tray host), 0 when there is none."""
        return selection_owner(self.display, TRAY_SELECTION)


def _display_env(display: str) -> dict[str, str]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    return env


def selection_owner(display: str, selection: str) -> int:
    """The window owning an X selection on ``display`` (0: none), asked through libX11."""
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    x11 = ctypes.CDLL(name)
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open X display {display}")
    try:
        atom = x11.XInternAtom(connection, selection.encode(), 0)
        return int(x11.XGetSelectionOwner(connection, atom))
    finally:
        x11.XCloseDisplay(connection)


def _read_display_number(read_end: int, server: subprocess.Popen[bytes]) -> str:
    """What Xvfb writes to ``-displayfd`` once it accepts connections: a free display number."""
    with os.fdopen(read_end, "rb") as pipe:
        ready, _, _ = select.select([pipe], [], [], START_TIMEOUT)
        number = pipe.readline().decode().strip() if ready else ""
    if not number.isdigit():
        raise RuntimeError(f"Xvfb reported no display number (exit status {server.poll()})")
    return number


def _wait_for_tray(display: X11Display, tray: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while display.tray_owner() == 0:
        if tray.poll() is not None:
            raise RuntimeError(f"trayer exited with {tray.returncode} on {display.display}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"trayer did not take {TRAY_SELECTION} on {display.display}")
        time.sleep(0.05)


@pytest.fixture(scope="session")
def x11_display() -> Iterator[X11Display]:
    """Xvfb 1280x800x24 on a free display with ``trayer`` as tray host; DISPLAY is exported."""
    xvfb = require_executable("Xvfb", "xvfb")
    trayer = require_executable("trayer", "trayer")
    require_executable("xdotool", "xdotool")
    require_executable("import", "imagemagick")
    require_executable("xdpyinfo", "x11-utils")
    if ctypes.util.find_library("X11") is None:
        pytest.skip("libX11 not found: install it with `apt-get install libx11-6`")

    read_end, write_end = os.pipe()
    try:
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
                "-noreset",
            ],  # fmt: skip
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except BaseException:
        os.close(read_end)
        raise
    finally:
        os.close(write_end)
    tray: subprocess.Popen[bytes] | None = None
    previous = os.environ.get("DISPLAY")
    try:
        display = f":{_read_display_number(read_end, server)}"
        env = _display_env(display)
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
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        x11 = X11Display(display=display, xvfb_pid=server.pid, tray_pid=tray.pid)
        _wait_for_tray(x11, tray)
        os.environ["DISPLAY"] = display
        yield x11
    finally:
        if previous is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = previous
        if tray is not None:
            stop_process(tray)
        stop_process(server)
