"""Applies the retention policy while the app runs: once shortly after start, then every hour.

The policy is read from the settings each time (so a change applies at the next run), and the
deleting runs through :class:`~callbot_desktop.ui.history_access.HistoryAccess`. While the history
is unavailable (locked, anonymous mode) a run does nothing; the next one tries again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.settings.store import Settings
from callbot_desktop.storage.retention import (
    CHECK_INTERVAL_S,
    apply_retention,
    policy_from_settings,
)
from callbot_desktop.ui.history_access import HistoryAccess

log = logging.getLogger(__name__)

FIRST_DELAY_MS = 10_000
"""How long after :meth:`RetentionTimer.start` the first run comes (start-up stays light)."""


class RetentionTimer(QObject):
    """Runs :func:`apply_retention` on a timer; :attr:`applied` reports how many were deleted."""

    #: A run finished: the number of conversations it deleted.
    applied = Signal(int)
    #: A run failed: what went wrong and what to do.
    failed = Signal(object)

    def __init__(
        self,
        access: HistoryAccess,
        settings: Settings,
        parent: QObject | None = None,
        *,
        interval_ms: int = int(CHECK_INTERVAL_S * 1000),
        first_delay_ms: int = FIRST_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._access = access
        self._settings = settings
        self._running = False
        self._hourly = QTimer(self)
        self._hourly.setInterval(interval_ms)
        self._hourly.timeout.connect(self._tick)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(first_delay_ms)
        self._first.timeout.connect(self._tick)

    def start(self) -> None:
        """Run once after a short delay, then every interval."""
        self._first.start()
        self._hourly.start()

    def stop(self) -> None:
        self._first.stop()
        self._hourly.stop()

    @property
    def active(self) -> bool:
        return self._hourly.isActive()

    @property
    def interval_ms(self) -> int:
        return self._hourly.interval()

    def _tick(self) -> None:
        # A slot must not return a bool: PySide6 6.12 drops a reference to True/False for each
        # call, and the interpreter aborts once the count reaches zero.
        self.apply_now()

    def apply_now(self) -> bool:
        """Apply the policy now, in the background; False when nothing was started (policy
        "forever", history unavailable, or a run still going)."""
        if self._running or not self._access.available:
            return False
        try:
            policy = policy_from_settings(self._settings)
        except CallbotError as error:
            self.failed.emit(error)
            return False
        if policy.mode == "forever":
            return False
        self._running = True  # (done may even be called before call() returns)
        started = self._access.call(
            lambda opened: apply_retention(opened.database, policy), self._done, self._failed
        )
        return started is not None

    def _done(self, removed: int) -> None:
        self._running = False
        if removed:
            self._access.changed.emit()
        self.applied.emit(removed)

    def _failed(self, error: Exception) -> None:
        self._running = False
        log.warning("retention could not be applied: %s", error)
        self.failed.emit(error)
