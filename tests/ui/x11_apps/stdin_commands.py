"""App side: read commands from stdin in the Qt event loop; end of input quits the app."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier


class StdinCommands(QObject):
    """Calls ``handle(line)`` for each line on stdin; quits the application at end of input."""

    def __init__(self, handle: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        line = sys.stdin.readline()
        if not line:
            self._notifier.setEnabled(False)
            QCoreApplication.quit()
            return
        if line.strip():
            self._handle(line.strip())
