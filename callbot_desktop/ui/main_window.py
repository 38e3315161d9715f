"""The main window. For now: a welcome view and an on-demand health check of this machine.

The check runs the same doctor as ``callbot doctor``, off the GUI thread, so the window never
freezes while devices, the keyring and Ollama are probed.
"""

from __future__ import annotations

import asyncio
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from callbot_desktop import APP_NAME
from callbot_desktop.doctor import Report, run_doctor
from callbot_desktop.startup import Startup


class MainWindow(QMainWindow):
    def __init__(self, startup: Startup) -> None:
        super().__init__()
        self._startup = startup
        self._check_task: asyncio.Task[Report] | None = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.resize(880, 620)

        title = QLabel(self.tr("CallBot Desktop"))
        title.setObjectName("title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(self.tr("Application name"))

        subtitle = QLabel(
            self.tr(
                "Your private voice assistant. Speech is recognised on this computer, and "
                "every conversation is kept encrypted."
            )
        )
        subtitle.setWordWrap(True)
        subtitle.setAccessibleName(self.tr("About this application"))

        self.check_button = QPushButton(self.tr("&Check this computer"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setAccessibleName(self.tr("Check this computer"))
        self.check_button.setToolTip(
            self.tr("Look for a microphone, speaker, models, keyring and Ollama")
        )
        self.check_button.setShortcut(QKeySequence("F5"))
        self.check_button.clicked.connect(self.start_check)

        self.report_view = QTextBrowser()
        self.report_view.setObjectName("reportView")
        self.report_view.setAccessibleName(self.tr("Health check results"))
        self.report_view.setPlaceholderText(
            self.tr("Press “Check this computer” to see what is ready.")
        )

        layout = QVBoxLayout()
        layout.setContentsMargins(24, 24, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.report_view, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

        where = str(startup.paths.explicit_root or startup.paths.data_dir)
        self.statusBar().setAccessibleName(self.tr("Status"))
        self.statusBar().showMessage(self.tr("Ready. Your data is in {0}").format(where))
        if startup.warnings:
            self.report_view.setPlainText("\n".join(startup.warnings))

    def start_check(self) -> asyncio.Task[Report]:
        """Run the doctor in a worker thread and show its report; returns the running task."""
        if self._check_task is None or self._check_task.done():
            self.check_button.setEnabled(False)
            self.statusBar().showMessage(self.tr("Checking this computer…"))
            self._check_task = asyncio.ensure_future(self._check())
        return self._check_task

    async def _check(self) -> Report:
        try:
            report = await asyncio.to_thread(
                run_doctor, self._startup.paths, self._startup.settings
            )
        finally:
            self.check_button.setEnabled(True)
        self.report_view.setHtml(_report_html(report))
        self.statusBar().showMessage(
            self.tr("Everything essential works.")
            if report.ok
            else self.tr("Some things need attention: see the fixes below.")
        )
        return report


def _report_html(report: Report) -> str:
    rows = []
    for check in report.checks:
        mark = "✓" if check.ok else ("✗" if check.essential else "!")
        fix = "" if check.ok or not check.fix else f"<br><i>{html.escape(check.fix)}</i>"
        rows.append(
            f"<tr><td>{mark}</td><td><b>{html.escape(check.name)}</b></td>"
            f"<td>{html.escape(check.summary)}{fix}</td></tr>"
        )
    return "<table cellspacing='6'>" + "".join(rows) + "</table>"
