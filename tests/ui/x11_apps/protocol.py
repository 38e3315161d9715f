"""The line protocol between an X11 test and its helper app: JSON events out, commands in.

The app prints one JSON object per line on stdout (``{"event": "ready", ...}``) and reads one
command per line on stdin; end of input quits it. :class:`AppProcess` is the test's side: it starts
the app, waits for events with a timeout (never a fixed sleep) and stops it.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]


_EMIT_LOCK = threading.Lock()


def emit(event: str, **fields: Any) -> None:
    """App side: print one event line (from any thread: lines never interleave)."""
    line = json.dumps({"event": event, **fields}) + "\n"
    with _EMIT_LOCK:
        sys.stdout.write(line)
        sys.stdout.flush()


class AppProcess:
    """A helper app (``python -m tests.ui.x11_apps.<module>``) and the events it printed."""

    def __init__(self, module: str, env: dict[str, str], *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", f"tests.ui.x11_apps.{module}", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.events: list[dict[str, Any]] = []
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._stderr: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()
        threading.Thread(target=self._pump_stderr, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def _pump_stderr(self) -> None:
        assert self.process.stderr is not None
        self._stderr.extend(self.process.stderr)

    @property
    def stderr(self) -> str:
        return "".join(self._stderr)

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def wait_for(
        self, event: str, timeout: float = 20.0, where: Callable[[dict[str, Any]], bool] = bool
    ) -> dict[str, Any]:
        """The first not yet seen event named ``event`` (and matching ``where``), waiting for it."""
        for seen in self.events:
            if seen["event"] == event and not seen.get("_taken") and where(seen):
                seen["_taken"] = True
                return seen
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            try:
                line = self._lines.get(timeout=max(remaining, 0.0))
            except queue.Empty:
                line = ""
            if line is None or remaining <= 0:
                raise AssertionError(
                    f"no {event!r} event within {timeout}s; saw {self.names()}; "
                    f"exit status {self.process.poll()}; stderr:\n{self.stderr}"
                )
            if not line.startswith("{"):
                continue
            record: dict[str, Any] = json.loads(line)
            self.events.append(record)
            if record["event"] == event and where(record):
                record["_taken"] = True
                return record

    def drain(self, until: str, timeout: float = 20.0) -> list[dict[str, Any]]:
        """Every event up to and including the first ``until`` (send a command that answers it)."""
        self.wait_for(until, timeout)
        return [e for e in self.events if e["event"] != until]

    def names(self) -> list[str]:
        return [e["event"] for e in self.events]

    def count(self, event: str) -> int:
        return sum(1 for e in self.events if e["event"] == event)

    def stop(self) -> int:
        """Close stdin (the app quits) and reap it; kill it if it hangs."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            try:
                self.process.stdin.close()
            except BrokenPipeError:
                pass
        try:
            return self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(timeout=15)
