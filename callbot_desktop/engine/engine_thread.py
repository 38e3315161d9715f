"""An asyncio event loop on a thread of its own, for the voice engine inside the desktop app.

The GUI thread runs Qt (and qasync); the voice engine gets its own loop so that nothing the GUI
does can delay the audio, and nothing the engine does can freeze the window. Work is handed over
with :meth:`EngineThread.submit` (a coroutine, run there; a ``concurrent.futures.Future`` back) or
:meth:`EngineThread.call` (a plain function).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from callbot_desktop.core.errors import CallbotError

log = logging.getLogger(__name__)

T = TypeVar("T")


class EngineThread:
    def __init__(self, name: str = "callbot-engine") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._started = False

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._thread.start()

    def submit(self, work: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run ``work`` on the engine's loop; its future (exceptions are logged if unread)."""
        future = asyncio.run_coroutine_threadsafe(work, self.loop)
        future.add_done_callback(_log_failure)
        return future

    def call(self, function: Callable[..., object], *args: object) -> None:
        """Call ``function(*args)`` on the engine's loop, soon."""
        self.loop.call_soon_threadsafe(function, *args)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the loop (after the work already handed over) and wait for the thread."""
        if not self._started or not self._thread.is_alive():
            return
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("the engine thread did not stop within %.0f s", timeout)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_forever()
        finally:
            try:
                pending = [t for t in asyncio.all_tasks(self.loop) if not t.done()]
                for task in pending:
                    task.cancel()
                if pending:
                    self.loop.run_until_complete(asyncio.wait(pending, timeout=5))
                self.loop.run_until_complete(self.loop.shutdown_asyncgens())
                self.loop.run_until_complete(self.loop.shutdown_default_executor())
            finally:
                self.loop.close()


def _log_failure(future: concurrent.futures.Future[Any]) -> None:
    if future.cancelled():
        return
    error = future.exception()
    if isinstance(error, CallbotError):
        log.info("engine work failed: %s", error.message)
    elif error is not None:
        log.error("engine work failed", exc_info=error)
