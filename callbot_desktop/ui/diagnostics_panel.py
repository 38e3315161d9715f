"""The Diagnostics panel: component health, voice-turn latency, local usage, and a copyable report.

Health is ``callbot doctor``'s report, run in a worker thread. Latency and usage come from the
assistant messages in the encrypted history (read through
:class:`~callbot_desktop.ui.history_access.HistoryAccess`); the numbers are computed by
:mod:`callbot_desktop.engine.usage_stats` on this computer and never sent anywhere. "Copy report"
puts versions, health and latency medians on the clipboard — never conversation text.
"""

from __future__ import annotations

import asyncio
import html
import os
import platform
from collections.abc import Sequence
from datetime import date

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # noqa: E402  (needs the Qt binding chosen above)
from PySide6 import __version__ as pyside_version  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from callbot_desktop import __version__  # noqa: E402
from callbot_desktop.core.errors import CallbotError  # noqa: E402
from callbot_desktop.core.paths import DataPaths  # noqa: E402
from callbot_desktop.doctor import Report, run_doctor  # noqa: E402
from callbot_desktop.engine.usage_stats import (  # noqa: E402
    STAGES,
    Turn,
    recent_voice_turns,
    stage_percentiles,
    stage_series,
    turns_per_day,
    turns_per_persona,
)
from callbot_desktop.settings.store import Settings  # noqa: E402
from callbot_desktop.storage.vault import OpenHistory  # noqa: E402
from callbot_desktop.ui.history_access import HistoryAccess  # noqa: E402
from callbot_desktop.ui.panel_header import panel_title

MAX_REPLIES = 20_000
"""Assistant messages read for the usage figures (the newest)."""
USAGE_DAYS = 30
STAGE_COLOURS = {
    "transcript_ready": "#1f77b4",
    "first_token": "#ff7f0e",
    "first_sentence": "#2ca02c",
    "first_audio": "#d62728",
}


def assistant_turns(opened: OpenHistory) -> list[Turn]:
    """The newest assistant messages, as :class:`Turn` (worker thread)."""
    replies = opened.history.recent_replies(MAX_REPLIES)
    return [Turn(reply.created_at, reply.persona, reply.timings) for reply in replies]


def plain_report(report: Report | None, medians: dict[str, float], turns: int) -> str:
    """Versions, health and latency medians as plain text (no conversation content)."""
    lines = [
        f"CallBot Desktop {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        "Health:",
    ]
    if report is None:
        lines.append("  (not checked yet)")
    else:
        for check in report.checks:
            mark = "ok" if check.ok else ("FAIL" if check.essential else "warn")
            lines.append(f"  [{mark}] {check.name}: {check.summary}")
            if not check.ok and check.fix:
                lines.append(f"         fix: {check.fix}")
    lines += ["", f"Voice-turn latency, median of the last {turns} turns (seconds after speech):"]
    if not medians:
        lines.append("  (no voice turns yet)")
    for stage in STAGES:
        if stage in medians:
            lines.append(f"  {stage}: {medians[stage]:.3f}")
    return "\n".join(lines) + "\n"


class DiagnosticsPanel(QWidget):
    """Health, latency and usage; :meth:`refresh` reloads everything off the GUI thread."""

    def __init__(
        self,
        access: HistoryAccess,
        settings: Settings,
        paths: DataPaths,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._access = access
        self._settings = settings
        self._paths = paths
        self._report: Report | None = None
        self._medians: dict[str, float] = {}
        self._recent = 0
        self._check: asyncio.Task[Report] | None = None
        self.setObjectName("diagnosticsPanel")
        self._build()
        access.changed.connect(self.load_history)
        access.availabilityChanged.connect(self._on_availability)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        title = panel_title(self.tr("Diagnostics"))
        intro = QLabel(
            self.tr(
                "How each part of CallBot is doing, and how quickly it answers. These figures "
                "are computed on this computer from your history and never leave it."
            )
        )
        intro.setWordWrap(True)

        self.health = QTextBrowser()
        self.health.setAccessibleName(self.tr("Component health"))
        self.health.setPlaceholderText(self.tr("Press “Check again” to test every component."))
        self.check_button = QPushButton(self.tr("Check &again"))
        self.check_button.setAccessibleName(self.tr("Check components again"))
        self.check_button.clicked.connect(self.check_health)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setAccessibleName(self.tr("Copy report"))
        self.copy_button.setToolTip(
            self.tr("Versions, health and latency medians; no conversation text")
        )
        self.copy_button.clicked.connect(self.copy_report)
        health_box = QGroupBox(self.tr("Health"))
        health_layout = QVBoxLayout(health_box)
        health_layout.addWidget(self.health, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        health_layout.addLayout(buttons)

        self.latency_plot = self._plot(self.tr("Latency of recent voice turns"), self.tr("s"))
        self.latency_plot.setLabel("bottom", self.tr("Voice turn (oldest to newest)"))
        self.latency_plot.addLegend(
            offset=(8, 8),
            labelTextColor="#222",
            brush=pg.mkBrush(255, 255, 255, 230),
            pen=pg.mkPen("#bbb"),
        )
        self.latency_summary = QLabel()
        self.latency_summary.setAccessibleName(self.tr("Latency summary"))
        self.latency_summary.setWordWrap(True)
        latency_box = QGroupBox(self.tr("Latency"))
        latency_layout = QVBoxLayout(latency_box)
        latency_layout.addWidget(self.latency_summary)
        latency_layout.addWidget(self.latency_plot, 1)

        self.day_plot = self._plot(self.tr("Turns per day (last 30 days)"), self.tr("turns"))
        self.persona_plot = self._plot(self.tr("Turns per persona"), self.tr("turns"))
        self.usage_note = QLabel()
        self.usage_note.setAccessibleName(self.tr("Usage summary"))
        self.usage_note.setWordWrap(True)
        usage_box = QGroupBox(self.tr("Usage (stays on this computer)"))
        usage_layout = QVBoxLayout(usage_box)
        usage_layout.addWidget(self.usage_note)
        plots = QHBoxLayout()
        plots.addWidget(self.day_plot, 3)
        plots.addWidget(self.persona_plot, 2)
        usage_layout.addLayout(plots, 1)

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(health_box, 0, 0)
        grid.addWidget(latency_box, 0, 1)
        grid.addWidget(usage_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)

    def _plot(self, title: str, unit: str) -> pg.PlotWidget:
        plot = pg.PlotWidget(background="w")
        plot.setAccessibleName(title)
        plot.viewport().setAccessibleName(title)
        plot.setTitle(title, color="#333", size="10pt")
        plot.setLabel("left", unit)
        plot.showGrid(x=False, y=True, alpha=0.25)
        plot.setMenuEnabled(False)
        plot.setMinimumHeight(180)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setTextPen("#333")
            plot.getAxis(axis).setPen("#888")
        return plot

    # ------------------------------------------------------------------ health

    def check_health(self) -> asyncio.Task[Report]:
        """Run the doctor in a worker thread and show its checks; returns the running task."""
        if self._check is None or self._check.done():
            self.check_button.setEnabled(False)
            self.health.setPlainText(self.tr("Checking every component…"))
            self._check = asyncio.ensure_future(self._run_check())
        return self._check

    async def _run_check(self) -> Report:
        try:
            report = await asyncio.to_thread(run_doctor, self._paths, self._settings)
        finally:
            self.check_button.setEnabled(True)
        self._report = report
        self.health.setHtml(_health_html(report))
        return report

    # ------------------------------------------------------------------ history

    def _on_availability(self, available: bool) -> None:
        if available:
            self.load_history()

    def load_history(self) -> None:
        """Read the assistant turns (history worker thread), then redraw plots and figures."""
        self._access.call(assistant_turns, self.show_turns, self._history_failed)

    def _history_failed(self, error: Exception) -> None:
        if isinstance(error, CallbotError):
            text = f"{error.message}: {error.fix}." if error.fix else error.message
        else:
            text = str(error)
        self.latency_summary.setText(text)
        self.usage_note.setText(self.tr("Usage appears once the history is open."))

    def show_turns(self, turns: Sequence[Turn], today: date | None = None) -> None:
        """Plot ``turns`` (every assistant message; only voice turns go in the latency plot)."""
        recent = recent_voice_turns(turns)
        self._recent = len(recent)
        self._medians = stage_percentiles(recent)
        self.latency_plot.clear()
        x = list(range(1, len(recent) + 1))
        names = self._stage_names()
        for stage, values in stage_series(recent).items():
            if stage in self._medians:
                self.latency_plot.plot(
                    x,
                    values,
                    pen=pg.mkPen(STAGE_COLOURS[stage], width=2),
                    symbol="o",
                    symbolSize=5,
                    symbolBrush=STAGE_COLOURS[stage],
                    symbolPen=None,
                    name=names[stage],
                    connect="finite",
                )
        first_audio = self._medians.get("first_audio")
        if first_audio is None:
            self.latency_summary.setText(
                self.tr("No voice turns yet: talk to CallBot and the delays appear here.")
            )
        else:
            self.latency_summary.setText(
                self.tr(
                    "Median time from the end of your speech to the first audio: {0:.2f} s "
                    "(last {1} voice turns)."
                ).format(first_audio, len(recent))
            )
        self._plot_usage(turns, today)

    def _plot_usage(self, turns: Sequence[Turn], today: date | None) -> None:
        days = turns_per_day(turns, days=USAGE_DAYS, today=today)
        self.day_plot.clear()
        self.day_plot.addItem(
            pg.BarGraphItem(
                x=list(range(len(days))), height=[n for _, n in days], width=0.8, brush="#1f77b4"
            )
        )
        ticks = [(i, day.strftime("%d %b")) for i, (day, _) in enumerate(days) if i % 7 == 0]
        self.day_plot.getAxis("bottom").setTicks([ticks])
        personas = turns_per_persona(turns, unnamed=self.tr("Default"))
        self.persona_plot.clear()
        self.persona_plot.addItem(
            pg.BarGraphItem(
                x=list(range(len(personas))),
                height=[n for _, n in personas],
                width=0.6,
                brush="#2ca02c",
            )
        )
        self.persona_plot.getAxis("bottom").setTicks([list(enumerate(n for n, _ in personas))])
        total = sum(n for _, n in days)
        self.usage_note.setText(
            self.tr(
                "{0} replies in the last {1} days, {2} in all. Counted on this computer from "
                "your encrypted history; nothing is sent anywhere."
            ).format(total, USAGE_DAYS, len(turns))
        )

    def _stage_names(self) -> dict[str, str]:
        return {
            "transcript_ready": self.tr("Transcript ready"),
            "first_token": self.tr("First token"),
            "first_sentence": self.tr("First sentence"),
            "first_audio": self.tr("First audio"),
        }

    # ------------------------------------------------------------------ report

    def report_text(self) -> str:
        """The plain-text report that "Copy report" puts on the clipboard."""
        return plain_report(self._report, self._medians, self._recent)

    def copy_report(self) -> None:
        """Put :meth:`report_text` on the clipboard."""
        QGuiApplication.clipboard().setText(self.report_text())


def _health_html(report: Report) -> str:
    rows = []
    for check in report.checks:
        if check.ok:
            mark, colour = "✓", "#2e7d32"
        else:
            mark, colour = ("✗", "#c62828") if check.essential else ("!", "#ef6c00")
        fix = "" if check.ok or not check.fix else f"<br><i>{html.escape(check.fix)}</i>"
        rows.append(
            f"<tr><td style='color:{colour}'><b>{mark}</b></td>"
            f"<td><b>{html.escape(check.name)}</b></td>"
            f"<td>{html.escape(check.summary)}{fix}</td></tr>"
        )
    return "<table cellspacing='4'>" + "".join(rows) + "</table>"
