"""The encrypted history, reached from the GUI without ever blocking its thread.

Every panel that reads or writes conversations goes through one :class:`HistoryAccess`. Work is a
plain function of the :class:`~callbot_desktop.storage.vault.OpenHistory`; it runs on one worker
thread (SQLCipher connections are per thread, and one writer at a time is all SQLite wants), and
its result — or its exception — comes back on the GUI thread through a queued Qt signal::

    access.call(lambda opened: opened.history.conversations(limit=50), show, show_error)

Until the history is opened (the app opens it in the background at start-up; a passphrase may be
asked first) and in anonymous mode there is nothing to call: :meth:`call` reports a
:class:`HistoryUnavailable` to ``failed``, with what to do about it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.storage.vault import OpenHistory

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


def _alive(callback: Callable[..., object]) -> bool:
    """False for a method of a widget that was deleted while the work ran (a closed window)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class HistoryUnavailable(CallbotError):
    """There is no open history to work on (anonymous mode, locked, or failed to open)."""


class HistoryAccess(QObject):
    """Runs history work on one worker thread; delivers results on the GUI thread.

    ``opened`` may be given now or later with :meth:`set_opened` (e.g. once a passphrase was
    entered). ``unavailable`` explains why there is none meanwhile.
    """

    #: The history became available (True) or went away (False).
    availabilityChanged = Signal(bool)
    #: Something wrote to the history (a turn saved, a conversation deleted…): lists refresh.
    changed = Signal()
    _deliver = Signal(object, object, object)

    def __init__(
        self,
        opened: OpenHistory | None = None,
        *,
        unavailable: CallbotError | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._opened = opened
        self._unavailable = unavailable or HistoryUnavailable(
            "The history is not open yet", "wait a moment, or unlock it with your passphrase"
        )
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="callbot-history")
        # Queued even from the GUI thread: done/failed never run inside call() itself.
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
        self._closed = False

    @property
    def available(self) -> bool:
        return self._opened is not None and not self._closed

    @property
    def opened(self) -> OpenHistory | None:
        """The open history; touch it only inside work given to :meth:`call`."""
        return self._opened

    @property
    def reason(self) -> CallbotError:
        """Why the history is unavailable (meaningful only when it is)."""
        return self._unavailable

    def set_opened(self, opened: OpenHistory | None, reason: CallbotError | None = None) -> None:
        """Make ``opened`` the history worked on (None: unavailable, for ``reason``)."""
        self._opened = opened
        if reason is not None:
            self._unavailable = reason
        self.availabilityChanged.emit(opened is not None)

    def call(
        self,
        work: Callable[[OpenHistory], T],
        done: Callable[[T], None] | None = None,
        failed: Failed | None = None,
        *,
        writes: bool = False,
    ) -> Future[T] | None:
        """Run ``work(opened)`` on the worker thread; then ``done(result)`` or ``failed(error)``
        on the GUI thread. With ``writes``, :attr:`changed` is emitted after success.

        Returns the future (None when the history is unavailable: ``failed`` got the reason).
        """
        opened = self._opened
        if opened is None or self._closed:
            if failed is not None:
                failed(self._unavailable)
            return None
        future = self._executor.submit(work, opened)
        future.add_done_callback(lambda f: self._deliver.emit(f, done, (failed, writes)))
        return future

    def _on_deliver(self, future: Future[Any], done: Done | None, extra: tuple[Any, bool]) -> None:
        failed, writes = extra
        error = future.exception()
        if error is not None:
            if not isinstance(error, CallbotError):
                log.error("history work failed", exc_info=error)
            if failed is not None and isinstance(error, Exception) and _alive(failed):
                failed(error)
            return
        if done is not None and _alive(done):
            done(future.result())
        if writes:
            self.changed.emit()

    def wait(self, timeout: float = 10.0) -> None:
        """Block until the work queued so far has run (for tests and for shutdown)."""
        self._executor.submit(lambda: None).result(timeout)

    def close(self) -> None:
        """Finish queued work, then close the database (on its worker thread)."""
        if self._closed:
            return
        self._closed = True
        opened = self._opened
        if opened is not None:
            self._executor.submit(opened.close)
        self._executor.shutdown(wait=True)
