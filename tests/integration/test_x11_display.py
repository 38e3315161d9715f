"""Real X11: Qt windows are drawn on Xvfb (screenshots prove it), and the tray host is seen by Qt.

Qt runs in subprocesses (``x11_display.env`` has ``QT_QPA_PLATFORM=xcb``): this process's Qt
platform is fixed at pytest-qt's first use. Screenshots are saved under the test's tmp_path and
their paths printed (``pytest -s``) so a human can look at them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray
from PySide6.QtGui import QImage

from tests.harness.processes import stop_process
from tests.harness.x11 import X11Display

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

PAINT_TIMEOUT = 20.0
PROBE_BACKGROUND = 0xFF1F6F8B  # ARGB of the probe window's background

PROBE_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle(sys.argv[1])
    palette = window.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#1f6f8b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    window.setPalette(palette)
    window.setAutoFillBackground(True)
    label = QLabel("CallBot on a real X server")
    font = label.font()
    font.setPointSize(20)
    label.setFont(font)
    layout = QVBoxLayout(window)
    layout.addWidget(label)
    layout.addWidget(QPushButton("A real button"))
    window.setGeometry(100, 120, 480, 320)
    window.show()
    QTimer.singleShot(90_000, app.quit)  # never outlive the test, even if it is killed
    sys.exit(app.exec())
    """
)

TRAY_PROBE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon
    app = QApplication(sys.argv[:1])
    deadline = time.monotonic() + 10
    while not QSystemTrayIcon.isSystemTrayAvailable() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.1)
    print("TRAY", QSystemTrayIcon.isSystemTrayAvailable())
    """
)


def pixels(png: Path) -> NDArray[np.uint32]:
    """The PNG as a height x width array of 0xAARRGGBB values."""
    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not an image"
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), dtype=np.uint32)
    rows = rows.reshape(image.height(), image.bytesPerLine() // 4)
    return rows[:, : image.width()].copy()


def crop(image: NDArray[np.uint32], area: tuple[int, int, int, int]) -> NDArray[np.uint32]:
    x, y, width, height = area
    return image[max(y, 0) : y + height, max(x, 0) : x + width]


def is_drawn(area: NDArray[np.uint32]) -> bool:
    """Real content, not a flat (blank, black, unpainted) rectangle: many colours, real variance."""
    channels = area.view(np.uint8).reshape(*area.shape, 4)[..., :3].astype(np.float64)
    return area.size > 0 and np.unique(area).size >= 8 and float(channels.std()) > 5.0


def summary(area: NDArray[np.uint32]) -> str:
    values, counts = np.unique(area, return_counts=True)
    order = counts.argsort()[::-1][:3]
    top = ", ".join(f"#{int(values[i]) & 0xFFFFFF:06x}×{counts[i]}" for i in order)
    return f"{area.shape[1]}x{area.shape[0]} px, {values.size} colours, most common: {top}"


def shoot_until_drawn(
    x11_display: X11Display, window: str, path: Path
) -> tuple[Path, NDArray[np.uint32]]:
    """Screenshot the screen until the window's area shows content (it may not be painted yet)."""
    deadline = time.monotonic() + PAINT_TIMEOUT
    while True:
        area = crop(pixels(x11_display.screenshot(path)), x11_display.window_geometry(window))
        if is_drawn(area) or time.monotonic() > deadline:
            return path, area
        time.sleep(0.2)


@contextmanager
def running(command: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[str]]:
    """Start a GUI subprocess with its output in ``log``; terminate (then kill) and reap it."""
    with log.open("w") as output:
        process = subprocess.Popen(
            command, env=env, stdin=subprocess.DEVNULL, stdout=output, stderr=output, text=True
        )
        try:
            yield process
        finally:
            stop_process(process, timeout=20)


def wait_for_window(
    x11_display: X11Display, process: subprocess.Popen[str], title: str, log: Path
) -> str:
    """The visible window titled ``title``, failing early (with its log) if the process exits."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = x11_display.xdotool("search", "--onlyvisible", "--name", f"^{title}$", timeout=10)
        if found.stdout.split():
            return found.stdout.split()[0]
        if process.poll() is not None:
            pytest.fail(
                f"exited with {process.returncode} before showing {title!r}:\n" + log.read_text()
            )
        time.sleep(0.2)
    pytest.fail(f"no window {title!r} appeared:\n{log.read_text()}")


def test_a_qt_window_on_xvfb_is_drawn(x11_display: X11Display, tmp_path: Path) -> None:
    title = f"CallBot X11 probe {uuid.uuid4().hex[:8]}"
    log = tmp_path / "probe.log"
    with running([sys.executable, "-c", PROBE_WINDOW, title], x11_display.env, log) as probe:
        found = x11_display.xdotool("search", "--sync", "--onlyvisible", "--name", title)
        assert found.returncode == 0, f"{found.stderr}\n{log.read_text()}"
        window = found.stdout.split()[0]
        _, _, width, height = x11_display.window_geometry(window)
        assert (width, height) == (480, 320)

        shot, area = shoot_until_drawn(x11_display, window, tmp_path / "probe-screen.png")
        print(f"\nprobe window screenshot: {shot}")
        assert is_drawn(area), f"the window's area is blank: {summary(area)}"
        values, counts = np.unique(area, return_counts=True)
        assert values[counts.argmax()] == PROBE_BACKGROUND, summary(area)  # it is our window

        alone = pixels(x11_display.window_screenshot(window, tmp_path / "probe-window.png"))
        assert alone.shape == (height, width)
        assert is_drawn(alone), summary(alone)
        assert probe.poll() is None, log.read_text()


def test_window_screenshot_finds_the_window_by_title(
    x11_display: X11Display, tmp_path: Path
) -> None:
    title = f"CallBot X11 probe {uuid.uuid4().hex[:8]}"
    with running([sys.executable, "-c", PROBE_WINDOW, title], x11_display.env, tmp_path / "log"):
        shot = x11_display.window_screenshot(title, tmp_path / "by-title.png")
        alone = pixels(shot)
        assert alone.shape == (320, 480)
        print(f"\nprobe window found by title: {shot}")


def test_main_window_screenshot_is_not_blank(x11_display: X11Display, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**x11_display.env, "CALLBOT_DATA_DIR": str(data)}
    subprocess.run(  # past the first-run set-up, straight to the main window
        [sys.executable, "-m", "callbot_desktop.cli", "settings", "set", "ui.first_run_done", "1"],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    command = [sys.executable, "-m", "callbot_desktop", "--data-dir", str(data)]
    log = tmp_path / "app.log"
    with running(command, env, log) as app:
        window = wait_for_window(x11_display, app, "CallBot Desktop", log)
        geometry = x11_display.window_geometry(window)
        shot, area = shoot_until_drawn(x11_display, window, tmp_path / "main-window-screen.png")
        alone = x11_display.window_screenshot(window, tmp_path / "main-window.png")
        print(f"\nmain window screenshots: {shot} and {alone}")
        assert geometry[2] >= 400 and geometry[3] >= 300, geometry
        assert is_drawn(area), f"the main window's area is blank: {summary(area)}"
        assert is_drawn(pixels(alone))
        assert app.poll() is None, f"the app exited while showing its window:\n{log.read_text()}"
    assert "Traceback" not in log.read_text(), log.read_text()


def test_system_tray_is_available_with_the_tray_host(x11_display: X11Display) -> None:
    assert x11_display.tray_owner() != 0, "no tray host owns _NET_SYSTEM_TRAY_S0"
    done = subprocess.run(
        [sys.executable, "-c", TRAY_PROBE],
        env=x11_display.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("TRAY True"), done.stdout + done.stderr


def test_the_display_is_exported_with_the_requested_size(x11_display: X11Display) -> None:
    assert os.environ["DISPLAY"] == x11_display.display == x11_display.env["DISPLAY"]
    assert x11_display.env["QT_QPA_PLATFORM"] == "xcb"
    size = x11_display.xdotool("getdisplaygeometry")
    assert size.stdout.split() == ["1280", "800"], size.stderr
