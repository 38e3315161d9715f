"""The real ``callbot-desktop`` as a subprocess on the test's X display, and what tests see of it.

:func:`prepare_data_dir` writes the settings with the real ``callbot settings set`` (as a person
would), :class:`RealApp` starts ``callbot-desktop --data-dir DIR`` and stops it, and the other
helpers look at it from outside, as the desktop does: the window tree (``xwininfo``) for the
window, the tray icon embedded in ``trayer`` and its popup menu; screenshots of the icon for its
state (each state has its own colour); PulseAudio's stream list for when the engine has opened the
microphone (the last step of loading); and the app's log file for failure messages.

Every wait polls with a generous timeout; nothing here sleeps for a fixed time to let the app
"settle".
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from tests.harness.processes import stop_process
from tests.harness.virtual_audio import VirtualAudio
from tests.harness.x11 import X11Display

ROOT = Path(__file__).resolve().parents[3]
APP_TITLE = "CallBot Desktop"
READY = "Ready — hold Talk, or type"
"""The status line of a window ready to talk (its idle state)."""
START_TIMEOUT = 120.0
"""Models load on start: generous, for a busy 2-core machine."""

T = TypeVar("T")


def poll(what: str, check: Callable[[], T | None], timeout: float, every: float = 0.2) -> T:
    """Call ``check`` until it returns something truthy; AssertionError after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout:.0f} s")
        time.sleep(every)


# --- settings and the app's process ---


def cli_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "callbot_desktop.cli", "--data-dir", str(data_dir), *args]


def run_cli(
    data_dir: Path, env: Mapping[str, str], *args: str, timeout: float = 120.0
) -> subprocess.CompletedProcess[str]:
    """``callbot --data-dir DIR ARGS`` (no check: look at returncode)."""
    return subprocess.run(
        cli_command(data_dir, *args),
        env=dict(env),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def prepare_data_dir(data_dir: Path, env: Mapping[str, str], settings: Mapping[str, str]) -> None:
    """First run done, the virtual devices, the built-in model, plus ``settings``."""
    wanted = {
        "ui.first_run_done": "true",
        "audio.input_device": "vmic",
        "audio.output_device": "vspeaker",
        "llm.backend": "embedded",
        **settings,
    }
    for name, value in wanted.items():
        done = run_cli(data_dir, env, "settings", "set", name, value)
        assert done.returncode == 0, f"settings set {name} {value}: {done.stderr}"


def app_env(
    x11: X11Display,
    audio: VirtualAudio,
    base: Mapping[str, str] | None = None,
    *,
    accessibility: bool = False,
) -> dict[str, str]:
    """The app's environment: ``base`` (e.g. the keyring's bus), the virtual audio, the display.

    The virtual audio's HOME wins over ``base``'s: PortAudio finds the ``vmic`` and ``vspeaker``
    ALSA devices through the ``.asoundrc`` there. The keyring is reached over D-Bus only.
    """
    env = dict(base if base is not None else x11.env)
    env.update(audio.env_overrides)
    env.update({"DISPLAY": x11.display, "QT_QPA_PLATFORM": "xcb", "QT_API": "pyside6"})
    for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME", "CALLBOT_DATA_DIR"):
        env.pop(name, None)
    if accessibility:
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    else:
        env.pop("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", None)
    return env


def desktop_command() -> list[str]:
    """The installed ``callbot-desktop`` script next to this Python (the virtualenv's)."""
    script = Path(sys.executable).parent / "callbot-desktop"
    if script.is_file():
        return [str(script)]
    found = shutil.which("callbot-desktop")
    assert found, "callbot-desktop is not installed: pip install -e ."
    return [found]


class RealApp:
    """``callbot-desktop --data-dir DIR`` running; its output goes to ``DIR/../app-output.txt``."""

    def __init__(self, data_dir: Path, env: Mapping[str, str]) -> None:
        self.data_dir = data_dir
        self.env = dict(env)
        self.output_path = data_dir.parent / f"{data_dir.name}-output.txt"
        with self.output_path.open("w") as output:
            self.process = subprocess.Popen(
                [*desktop_command(), "--data-dir", str(data_dir)],
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
            )

    @property
    def pid(self) -> int:
        return self.process.pid

    def output(self) -> str:
        return self.output_path.read_text(errors="replace")

    def log(self) -> str:
        logs = sorted((self.data_dir / "logs").glob("*.log"))
        return "\n".join(path.read_text(errors="replace") for path in logs)

    def diagnosis(self) -> str:
        """What to read when something failed: exit status, output and the log's tail."""
        return (
            f"exit status {self.process.poll()}\n--- output ---\n{self.output()[-4000:]}\n"
            f"--- log ---\n{self.log()[-4000:]}"
        )

    def assert_running(self) -> None:
        assert self.process.poll() is None, f"the app ended early\n{self.diagnosis()}"

    def wait_exit(self, timeout: float) -> int:
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired as error:
            raise AssertionError(f"the app did not exit\n{self.diagnosis()}") from error

    def stop(self) -> int | None:
        """End it if it still runs (SIGTERM, then SIGKILL) and reap it; its exit status."""
        return stop_process(self.process, timeout=20)


def wait_until_listening(app: RealApp, audio: VirtualAudio, timeout: float = START_TIMEOUT) -> None:
    """Until the engine has opened the microphone: its models are loaded by then."""

    def mic_open() -> bool:
        app.assert_running()
        return bool(app_streams(audio, app.pid, "source-outputs"))

    try:
        poll("the app opening the microphone", mic_open, timeout, every=0.3)
    except AssertionError as error:
        raise AssertionError(f"{error}\n{app.diagnosis()}") from None


def app_streams(audio: VirtualAudio, pid: int, kind: str) -> list[dict[str, object]]:
    """PulseAudio ``kind`` streams (``source-outputs``, ``sink-inputs``) of the process ``pid``."""
    clients = {
        str(client["index"]): str(client.get("properties", {}).get("application.process.id", ""))
        for client in audio.server.list_objects("clients")
    }
    return [
        stream
        for stream in audio.server.list_objects(kind)
        if clients.get(str(stream.get("client"))) == str(pid)
    ]


def voiced_seconds(recording: npt.NDArray[np.int16], rate: int, threshold: int = 300) -> float:
    """Seconds of a (frames, channels) recording louder than ``threshold`` on any channel."""
    if recording.size == 0:
        return 0.0
    loud = np.abs(recording.astype(np.int32)).max(axis=1) > threshold
    return float(np.count_nonzero(loud)) / rate


# --- windows, seen through xwininfo ---


@dataclass(frozen=True)
class XWindow:
    id: str
    width: int
    height: int
    x: int
    """Root coordinates."""
    y: int
    depth: int
    """0 for a child of the root window, 1 for a grandchild, ..."""

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2


_TREE_LINE = re.compile(
    r'^(?P<indent> +)(?P<id>0x[0-9a-f]+) "(?P<name>[^"]*)": \((?P<klass>[^)]*)\)\s+'
    r"(?P<w>\d+)x(?P<h>\d+)\+-?\d+\+-?\d+\s+\+(?P<x>-?\d+)\+(?P<y>-?\d+)",
    re.MULTILINE,
)


def windows_named(x11: X11Display, name: str) -> list[XWindow]:
    """Every window (mapped or not) titled ``name``, from ``xwininfo -root -tree``."""
    listed = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=x11.env, capture_output=True, text=True, timeout=20
    )
    assert listed.returncode == 0, listed.stderr
    found = []
    for line in _TREE_LINE.finditer(listed.stdout):
        if line["name"] != name:
            continue
        depth = (len(line["indent"]) - 5) // 3
        w, h, x, y = (int(line[k]) for k in ("w", "h", "x", "y"))
        found.append(XWindow(line["id"], w, h, x, y, depth))
    return found


def main_window(x11: X11Display, timeout: float = 60.0) -> XWindow:
    def find() -> XWindow | None:
        big = [w for w in windows_named(x11, APP_TITLE) if w.depth == 0 and w.width > 400]
        return big[0] if big else None

    return poll("the main window", find, timeout)


def tray_icon(x11: X11Display, app: RealApp, timeout: float = 60.0) -> XWindow:
    """The app's icon window, once embedded in the tray host (a grandchild of the root)."""

    def find() -> XWindow | None:
        app.assert_running()
        embedded = [
            w for w in windows_named(x11, APP_TITLE) if w.depth >= 1 and 8 <= w.width <= 128
        ]
        return embedded[0] if embedded else None

    return poll("the tray icon embedded in trayer", find, timeout)


def popup_menu(x11: X11Display, near: XWindow, before: set[str], timeout: float = 20.0) -> XWindow:
    """A new top-level window of the app next to ``near`` (the icon): the tray menu.

    ``before``: ids of the app's windows before the menu was asked for.
    """

    def find() -> XWindow | None:
        menus = [
            w
            for w in windows_named(x11, APP_TITLE)
            if w.depth == 0
            and w.id not in before
            and 60 <= w.width <= 600
            and 60 <= w.height <= 600
            and abs(w.x + w.width - (near.x + near.width)) < 300
        ]
        return menus[0] if menus else None

    return poll("the tray menu", find, timeout, every=0.1)


def app_window_ids(x11: X11Display) -> set[str]:
    return {w.id for w in windows_named(x11, APP_TITLE)}


# --- pixels ---

Pixels = npt.NDArray[np.uint8]

TRAY_COLOURS = {
    "idle": (0x6B, 0x72, 0x80),
    "listening": (0x16, 0xA3, 0x4A),
    "thinking": (0xD9, 0x77, 0x06),
    "speaking": (0x3B, 0x6F, 0xD8),
    "muted": (0x9C, 0xA3, 0xAF),
}
"""The fill of each tray icon (resources/icons/tray-<state>.svg)."""


def read_png(path: Path) -> Pixels:
    """A PNG as a (height, width, 3) RGB array (through QImage: no PIL in the virtualenv)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"cannot read {path}"
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(bytes(image.constBits()), dtype=np.uint8).reshape(height, stride)
    return raw[:, : width * 3].reshape(height, width, 3).copy()


def colour_share(pixels: Pixels, colour: tuple[int, int, int], tolerance: int = 24) -> float:
    """The fraction of pixels within ``tolerance`` (per channel) of ``colour``."""
    close = np.all(np.abs(pixels.astype(np.int16) - np.array(colour)) <= tolerance, axis=2)
    return float(np.count_nonzero(close)) / float(close.size)


def tray_state(pixels: Pixels) -> str | None:
    """Which state's colour fills at least 15 % of the icon, if any."""
    shares = {state: colour_share(pixels, colour) for state, colour in TRAY_COLOURS.items()}
    state, share = max(shares.items(), key=lambda item: item[1])
    return state if share >= 0.15 else None


def window_pixels(x11: X11Display, window: XWindow, path: Path) -> Pixels:
    return read_png(x11.screenshot(path, window=window.id))


def wait_for_tray_state(
    x11: X11Display, icon: XWindow, state: str, shot: Path, timeout: float = 60.0
) -> None:
    seen: list[str | None] = []

    def shows() -> bool:
        seen.append(tray_state(window_pixels(x11, icon, shot)))
        return seen[-1] == state

    try:
        poll(f"the tray icon turning {state}", shows, timeout, every=0.1)
    except AssertionError as error:
        raise AssertionError(f"{error}; it showed {sorted(set(map(str, seen)))}") from None


def luminance(pixels: Pixels) -> float:
    """Mean luminance 0-255."""
    rgb = pixels.astype(np.float64)
    weighted = 0.2126 * rgb[..., 0] + 0.7152 * rgb[..., 1] + 0.0722 * rgb[..., 2]
    return float(np.mean(weighted))


# --- AT-SPI: the accessibility bus and a pyatspi client (Debian's python3) ---

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
ATSPI_CLIENT = ROOT / "tests" / "ui" / "x11_apps" / "atspi_client.py"


def _children(pid: int) -> list[int]:
    """Ids of the processes whose parent is ``pid`` (from /proc)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(status.parent.name))
    return found


@contextlib.contextmanager
def accessibility_bus(env: Mapping[str, str], log_path: Path) -> Iterator[None]:
    """``at-spi-bus-launcher`` on the session bus of ``env`` (a private one), until exit.

    It starts the accessibility bus, where ``at-spi2-registryd`` is started on demand; it owns
    ``org.a11y.Bus`` by the time this yields. Stopped (with the bus daemon it started) on exit.
    """
    checked = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=60
    )
    assert checked.returncode == 0, f"apt-get install python3-pyatspi: {checked.stderr}"
    with log_path.open("w") as log:
        launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:

        def bus_address() -> bool:
            assert launcher.poll() is None, log_path.read_text()
            asked = subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.a11y.Bus",
                    "/org/a11y/bus",
                    "org.a11y.Bus.GetAddress",
                ],  # fmt: skip
                env=dict(env),
                capture_output=True,
                text=True,
                timeout=10,
            )
            return asked.returncode == 0 and "unix:" in asked.stdout

        poll("the accessibility bus", bus_address, 30)
        yield
    finally:
        bus_daemons = _children(launcher.pid)  # the accessibility bus's dbus-daemon
        stop_process(launcher)
        for pid in bus_daemons:  # normally gone with the launcher; the registry goes with it
            if Path(f"/proc/{pid}").exists():
                os.kill(pid, signal.SIGTERM)


def atspi(env: Mapping[str, str], command: str, *args: str) -> dict[str, Any]:
    """Run the AT-SPI client once on the app titled APP_TITLE; its JSON answer."""
    done = subprocess.run(
        [SYSTEM_PYTHON, str(ATSPI_CLIENT), command, APP_TITLE, *args],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.stdout.strip(), f"the AT-SPI client printed nothing: {done.stderr}"
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


def accessible_nodes(env: Mapping[str, str]) -> list[dict[str, Any]]:
    """The app's accessible tree, flattened (empty while the app is not registered yet)."""
    answer = atspi(env, "dump")
    return list(answer["nodes"]) if answer.get("found") else []


def named(nodes: list[dict[str, Any]], role: str, name: str) -> list[dict[str, Any]]:
    return [n for n in nodes if n["role"] == role and n["name"] == name]
