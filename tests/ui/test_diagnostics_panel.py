"""The Diagnostics panel on a real encrypted history with real voice-turn timings."""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from keyring.backends import null
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from callbot_desktop import __version__
from callbot_desktop.core.paths import DataPaths, resolve_paths
from callbot_desktop.settings.store import Settings
from callbot_desktop.storage.db import Database
from callbot_desktop.storage.history import History
from callbot_desktop.storage.keys import KeyStore, LoadedKey
from callbot_desktop.storage.vault import OpenHistory
from callbot_desktop.ui.diagnostics_panel import DiagnosticsPanel
from callbot_desktop.ui.history_access import HistoryAccess
from tests.ui.accessibility import focusable, shown_in, unnamed

DAY = 86_400.0
SECRET = "my bank PIN is 4321"


@pytest.fixture
def history(tmp_path: Path) -> History:
    """A real encrypted history whose clock starts 20 days ago and moves on 3 hours a step."""
    key = os.urandom(32)
    start = time.time() - 20 * DAY
    steps = iter(range(10_000))
    return History(
        Database.open(tmp_path / "history.db", key), clock=lambda: start + next(steps) * 3 * 3600
    )


@pytest.fixture
def access(history: History, tmp_path: Path, qapp: QApplication) -> Iterator[HistoryAccess]:
    keys = KeyStore(tmp_path / "history.key", backend=null.Keyring())
    opened = OpenHistory(history, keys, LoadedKey(b"\0" * 32, "keyring"))
    history_access = HistoryAccess(opened)
    yield history_access
    history_access.close()


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def panel(
    qtbot: QtBot,
    access: HistoryAccess,
    paths: DataPaths,
    loop: asyncio.AbstractEventLoop,
) -> Iterator[DiagnosticsPanel]:
    settings = Settings({"llm.backend": "embedded"})  # no Ollama to wait for
    widget = DiagnosticsPanel(access, settings, paths)
    widget.resize(1100, 760)
    yield widget
    if shiboken6.isValid(widget):
        widget.close()
        shiboken6.delete(widget)


def record_voice_turns(history: History, count: int = 42) -> list[float]:
    """Real conversations as the engine saves them; returns every first_audio saved."""
    first_audio: list[float] = []
    jitter = random.Random(7)
    personas = ["Assistant", "Tutor", "Travel planner", "Assistant", "Assistant"]
    chat = history.create_conversation(persona=personas[0])
    for turn in range(count):
        if turn % 6 == 0:
            chat = history.create_conversation(persona=personas[(turn // 6) % len(personas)])
        history.add_message(chat.id, "user", f"Question {turn}: {SECRET}")
        transcript = 0.15 + jitter.uniform(0.0, 0.15)
        token = transcript + 0.25 + jitter.uniform(0.0, 0.3)
        sentence = token + 0.2 + jitter.uniform(0.0, 0.25)
        timings = {
            "transcript_ready": transcript,
            "first_token": token,
            "first_sentence": sentence,
            "first_audio": sentence + 0.12 + jitter.uniform(0.0, 0.1),
        }
        if turn % 10 == 3:
            del timings["first_token"]  # a stage may be missing
        first_audio.append(timings["first_audio"])
        history.add_message(chat.id, "assistant", f"Answer {turn}", timings=timings)
    typed = history.create_conversation(persona="Translator")
    history.add_message(typed.id, "user", "Typed question")
    history.add_message(typed.id, "assistant", "Typed answer", timings={"tokens_per_second": 30.0})
    return first_audio


def load(qtbot: QtBot, panel: DiagnosticsPanel) -> None:
    panel.load_history()
    qtbot.waitUntil(lambda: bool(panel.usage_note.text()))


def test_every_interactive_widget_has_an_accessible_name(panel: DiagnosticsPanel) -> None:
    assert not unnamed(focusable(panel, keep=shown_in(panel)))
    title = panel.findChild(QLabel, "panelTitle")
    assert title is not None and title.text() == "Diagnostics"


def test_latency_of_recent_voice_turns_with_the_median_first_audio(
    qtbot: QtBot,
    panel: DiagnosticsPanel,
    history: History,
    loop: asyncio.AbstractEventLoop,
    screenshot_dir: Path,
) -> None:
    first_audio = record_voice_turns(history, count=60)
    load(qtbot, panel)
    last_50 = first_audio[-50:]
    expected = statistics.median(last_50)
    assert f"{expected:.2f} s (last 50 voice turns)" in panel.latency_summary.text()
    curves = panel.latency_plot.getPlotItem().listDataItems()
    assert [curve.name() for curve in curves] == [
        "Transcript ready",
        "First token",
        "First sentence",
        "First audio",
    ]
    xs, ys = curves[-1].getData()
    assert len(xs) == 50 and list(ys) == pytest.approx(last_50)
    assert "61 in all" in panel.usage_note.text(), "the typed reply counts as usage"
    assert "nothing is sent anywhere" in panel.usage_note.text()

    report = loop.run_until_complete(asyncio.wait_for(panel.check_health(), 120))
    shown = panel.health.toPlainText()
    for check in report.checks:
        assert check.name in shown
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.grab().save(str(screenshot_dir / "panel-diagnostics.png"))


def test_usage_per_persona_counts_every_reply(
    qtbot: QtBot, panel: DiagnosticsPanel, history: History
) -> None:
    record_voice_turns(history, count=30)
    load(qtbot, panel)
    ticks = panel.persona_plot.getAxis("bottom")._tickLevels[0]
    names = [name for _, name in ticks]
    assert names[0] == "Assistant" and set(names) == {
        "Assistant",
        "Tutor",
        "Travel planner",
        "Translator",
    }
    (bars,) = panel.persona_plot.getPlotItem().items
    assert sum(bars.opts["height"]) == 31
    (days,) = panel.day_plot.getPlotItem().items
    assert len(days.opts["height"]) == 30 and sum(days.opts["height"]) == 31


def test_without_voice_turns_it_says_how_they_appear(qtbot: QtBot, panel: DiagnosticsPanel) -> None:
    load(qtbot, panel)
    assert "No voice turns yet" in panel.latency_summary.text()
    assert "0 replies" in panel.usage_note.text()
    assert panel.latency_plot.getPlotItem().listDataItems() == []


def test_copy_report_has_versions_health_and_medians_but_no_conversation_text(
    qtbot: QtBot,
    panel: DiagnosticsPanel,
    history: History,
    loop: asyncio.AbstractEventLoop,
) -> None:
    first_audio = record_voice_turns(history, count=12)
    load(qtbot, panel)
    report = loop.run_until_complete(asyncio.wait_for(panel.check_health(), 120))
    panel.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == panel.report_text()
    assert f"CallBot Desktop {__version__}" in copied and "PySide6" in copied
    for check in report.checks:
        assert check.name in copied
    assert f"first_audio: {statistics.median(first_audio):.3f}" in copied
    assert "last 12 turns" in copied
    assert SECRET not in copied and "Answer" not in copied and "Question" not in copied


def test_an_unavailable_history_says_what_to_do(
    qtbot: QtBot, paths: DataPaths, loop: asyncio.AbstractEventLoop
) -> None:
    closed = HistoryAccess()
    panel = DiagnosticsPanel(closed, Settings(), paths)
    try:
        panel.load_history()
        assert "The history is not open yet" in panel.latency_summary.text()
        assert "passphrase" in panel.latency_summary.text()
    finally:
        shiboken6.delete(panel)
        closed.close()
