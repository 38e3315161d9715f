"""Real X11: the app's main window is drawn on Xvfb, and a tray host makes the tray available."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QImage

from tests.harness.x11 import X11Display


def distinct_colours(png: Path, area: tuple[int, int, int, int]) -> int:
    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not an image"
    x, y, width, height = area
    colours = set()
    for py in range(y, min(y + height, image.height()), 4):
        for px in range(x, min(x + width, image.width()), 4):
            colours.add(image.pixel(px, py))
    return len(colours)


def test_main_window_screenshot_is_not_blank(x11_display: X11Display, tmp_path: Path) -> None:
    app = subprocess.Popen(
        [sys.executable, "-m", "callbot_desktop", "--data-dir", str(tmp_path / "data")],
        env=x11_display.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        window = x11_display.find_window("CallBot Desktop")
        geometry = x11_display.window_geometry(window)
        subprocess.run(["xdotool", "sleep", "0.5"], timeout=10)  # let it paint
        shot = x11_display.screenshot(tmp_path / "main-window.png")
        print(f"screenshot: {shot}")
        assert geometry[2] >= 400 and geometry[3] >= 300
        assert distinct_colours(shot, geometry) > 5, "the window's area is one flat colour"
        assert app.poll() is None, "the app exited while showing its window"
    finally:
        app.terminate()
        _, stderr = app.communicate(timeout=20)
    assert b"Traceback" not in stderr, stderr.decode(errors="replace")


def test_system_tray_is_available_with_the_tray_host(x11_display: X11Display) -> None:
    probe = textwrap.dedent(
        """
        import sys, time
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon
        app = QApplication(sys.argv)
        deadline = time.monotonic() + 15
        while not QSystemTrayIcon.isSystemTrayAvailable() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.1)
        print("TRAY", QSystemTrayIcon.isSystemTrayAvailable())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env=x11_display.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip().endswith("TRAY True"), done.stderr
