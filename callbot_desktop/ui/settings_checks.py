"""The Settings panel's checks: microphone and speaker tests, device lists, and their widgets.

The microphone test captures for a few seconds and shows the level on a meter; the speaker test
plays :func:`beep` through :meth:`~callbot_desktop.audio.playback.Playback.one_shot`. Both run
their audio streams on a private event loop in a worker thread (see :func:`_on_private_loop`),
not on the qasync loop; :func:`attempt` re-enables a check's button and shows its error, and
:class:`Tasks` holds the checks that are running. The widgets here carry no texts of their own:
:class:`~callbot_desktop.ui.settings_panel.SettingsPanel` translates them and passes them in, so
that they keep the panel's translation context.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from typing import Any, TypeVar

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from callbot_desktop.audio.capture import SILENCE_DB, Capture, LevelChanged
from callbot_desktop.audio.playback import Playback
from callbot_desktop.core.errors import CallbotError
from callbot_desktop.ui.level_meter import level_percent

MIC_TEST_SECONDS = 3.0
HEARD_SOMETHING_DB = -50.0
"""A microphone test whose loudest block stays below this heard nothing useful."""
TONE_HZ = 440.0
TONE_SECONDS = 0.8
TONE_RATE = 48_000
METER_INTERVAL_MS = 50

T = TypeVar("T")


class Tasks:
    """The checks now running, held until they finish (asyncio keeps only weak references)."""

    def __init__(self) -> None:
        self._running: set[asyncio.Task[Any]] = set()

    def start(self, coroutine: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        """Run ``coroutine`` as a task on the running (qasync) loop."""
        task = asyncio.ensure_future(coroutine)
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return task


def beep(seconds: float = TONE_SECONDS, rate: int = TONE_RATE) -> np.ndarray:
    """A soft sine beep with 20 ms fades (float32 mono)."""
    t = np.arange(round(seconds * rate)) / rate
    tone = 0.3 * np.sin(2 * np.pi * TONE_HZ * t)
    fade = min(len(t) // 2, round(0.02 * rate))
    ramp = np.linspace(0.0, 1.0, fade)
    tone[:fade] *= ramp
    tone[len(tone) - fade :] *= ramp[::-1]
    return tone.astype(np.float32)


class Meter:
    """The microphone level, written by the test's worker thread and read by a GUI timer."""

    def __init__(self) -> None:
        self.latest = SILENCE_DB
        self.loudest = SILENCE_DB


def _on_private_loop(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run ``coroutine`` on a fresh event loop in this (worker) thread.

    Audio streams call back into their loop dozens of times a second. On the qasync loop every
    such call is a Qt signal emitted from a foreign thread, which PySide6 6.12 answers with a
    reference-count leak on ``True`` (the process aborts after a few thousand); a plain asyncio
    loop in a worker thread has no such problem.
    """
    return asyncio.run(coroutine)


async def _listen(device: str, seconds: float, meter: Meter) -> str:
    """Capture from ``device`` for ``seconds``, noting levels in ``meter``; returns its name."""
    capture = Capture(device)
    await capture.start()
    try:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):  # the generator is closed by asyncio.run
                async for event in capture.events():
                    if isinstance(event, LevelChanged):
                        meter.latest = event.rms_db
                        meter.loudest = max(meter.loudest, event.rms_db)
    finally:
        await capture.stop()
    return capture.name


async def _beep(device: str) -> str:
    """Play :func:`beep` on ``device`` until it has been heard; returns the device's name."""
    playback = Playback.one_shot(device)
    await playback.start()
    try:
        playback.play(beep(), "test", TONE_RATE)
        await playback.drained()
    finally:
        await playback.stop()
    return playback.name


async def listen(device: str, seconds: float, meter: Meter, level: QProgressBar) -> str:
    """Capture from ``device`` for ``seconds`` in a worker thread, showing its level on ``level``.

    Returns the device's name; ``meter`` holds the latest and loudest level, also after an error.
    """
    timer = QTimer(level)
    timer.setInterval(METER_INTERVAL_MS)
    timer.timeout.connect(lambda: level.setValue(level_percent(meter.latest)))
    timer.start()
    try:
        return await asyncio.to_thread(_on_private_loop, _listen(device, seconds, meter))
    finally:
        timer.stop()
        timer.deleteLater()
        level.setValue(0)


async def play_beep(device: str) -> str:
    """Play :func:`beep` on ``device`` in a worker thread; returns the device's name."""
    return await asyncio.to_thread(_on_private_loop, _beep(device))


async def attempt(
    button: QPushButton, work: Awaitable[T], show_error: Callable[[CallbotError], None]
) -> T | None:
    """Await ``work``, then enable ``button`` again; a CallbotError goes to ``show_error``.

    Returns what ``work`` returned, or None after an error.
    """
    try:
        return await work
    except CallbotError as error:
        show_error(error)
        return None
    finally:
        button.setEnabled(True)


def shown_in(result: QLabel) -> Callable[[CallbotError], None]:
    """Show an error's message and fix in a check's ``result`` label."""
    return lambda error: result.setText(f"{error.message}\n{error.fix}")


def has_model(models: Iterable[str], wanted: str) -> bool:
    """Whether ``wanted`` is among ``models``, with or without its tag (``llama3.2:3b``)."""
    return any(m == wanted or m.split(":")[0] == wanted for m in models)


def fill_devices(combo: QComboBox, default_label: str, names: Iterable[str]) -> None:
    """Refill a device list: the system default (stored as "") first, then each device once."""
    blocked = combo.blockSignals(True)
    combo.clear()
    combo.addItem(default_label, "")
    for name in names:
        if combo.findData(name) < 0:
            combo.addItem(name, name)
    combo.blockSignals(blocked)


def button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A push button labelled ``text`` (accessible name ``name``) that calls ``slot``."""
    widget = QPushButton(text)
    widget.setAccessibleName(name)
    widget.clicked.connect(slot)
    return widget


def result_label(name: str) -> QLabel:
    """An empty, selectable, wrapping label for a check's result."""
    label = QLabel()
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def level_bar(name: str) -> QProgressBar:
    """A thin 0-100 meter for the microphone level."""
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setTextVisible(False)
    bar.setAccessibleName(name)
    bar.setMaximumHeight(14)
    return bar


def row(*widgets: QWidget) -> QWidget:
    """``widgets`` side by side; buttons keep their size, the rest share the room."""
    line = QWidget()
    layout = QHBoxLayout(line)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if not isinstance(widget, QPushButton) else 0)
    if all(isinstance(widget, QPushButton) for widget in widgets):
        layout.addStretch(1)
    return line
