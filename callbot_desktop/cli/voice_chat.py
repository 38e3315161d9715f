"""The terminal side of ``callbot chat --voice`` and ``callbot chat --speak``.

Both run the :class:`~callbot_desktop.engine.voice_engine.VoiceEngine`: ``--voice`` with the
microphone (hands-free, until Ctrl+C), ``--speak`` without it (each message typed, or given with
``--text``, is answered aloud). The conversation goes to standard output — ``you: …`` and the reply
as it is spoken — and everything else (loading, each turn's delays, errors with their fix) to
standard error.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from typing import Any

from callbot_desktop.core.events import (
    ErrorEvent,
    LLMToken,
    TranscriptFinal,
    TurnConfirmed,
    TurnEnded,
)
from callbot_desktop.engine.backend_choice import BackendChoice
from callbot_desktop.engine.engine_events import DeviceNotice, Loading, TurnSaved
from callbot_desktop.engine.voice_setup import build_voice_engine
from callbot_desktop.llm.personas import Persona
from callbot_desktop.startup import Startup
from callbot_desktop.storage.history import History

READY_LINE = "Listening… talk to me (Ctrl+C to stop)"
"""Printed on stderr once everything is loaded and the microphone is open."""


class TerminalPrinter:
    """Prints the engine's events; :attr:`turn_over` is set whenever a turn has ended."""

    def __init__(self) -> None:
        self.turn_over = asyncio.Event()
        self._replying = False

    def __call__(self, event: Any) -> None:
        if isinstance(event, TranscriptFinal) and not event.tentative:
            _out(f"you: {event.text}\n")
        elif isinstance(event, TurnConfirmed):
            _out(f"you: {event.text}\n")
        elif isinstance(event, LLMToken):
            if not self._replying:
                self._replying = True
                _out("assistant: ")
            _out(event.text)
        elif isinstance(event, TurnEnded):
            if self._replying:
                _out(" […]\n" if event.interrupted else "\n")
            self._replying = False
            self.turn_over.set()
        elif isinstance(event, TurnSaved):
            _err(_delays(event.timings))
        elif isinstance(event, ErrorEvent):
            _err(f"error: {event}")
        elif isinstance(event, Loading):
            if event.error:
                _err(f"{event.component}: {event.error}")
            elif event.done:
                _err(f"{event.component}: ready")
        elif isinstance(event, DeviceNotice):
            _err(("warning: " if event.lost else "") + event.text)


def run_voice_chat(
    context: Startup,
    persona: Persona,
    history: History | None,
    choice: BackendChoice,
    *,
    listen: bool,
    lines: Iterator[str] | None,
) -> int:
    """Run a voice (``listen``) or spoken-text conversation; 0 when it ends normally."""
    try:
        asyncio.run(_converse(context, persona, history, choice, listen=listen, lines=lines))
    except KeyboardInterrupt:
        _err("")
    return 0


async def _converse(
    context: Startup,
    persona: Persona,
    history: History | None,
    choice: BackendChoice,
    *,
    listen: bool,
    lines: Iterator[str] | None,
) -> None:
    printer = TerminalPrinter()
    engine, _ = build_voice_engine(
        context.settings,
        context.paths,
        persona,
        history,
        on_event=printer,
        choice=choice,
        listen=listen,
        hands_free=True,
    )
    try:
        await engine.start()
        if listen:
            _err(f"{READY_LINE} [{engine.capture.name} → {engine.playback.name}]")
            await engine.wait_closed()
            return
        while (text := await _next_line(lines)) is not None:
            if not text.strip():
                continue
            printer.turn_over.clear()
            await engine.send_text(text)
            await printer.turn_over.wait()
    finally:
        await engine.aclose()


async def _next_line(lines: Iterator[str] | None) -> str | None:
    if lines is not None:
        return next(lines, None)
    line = await asyncio.to_thread(sys.stdin.readline)
    return line if line else None


def _delays(timings: dict[str, float]) -> str:
    if "first_audio" not in timings:
        return ""
    parts = [
        f"{label} {timings[key]:.2f} s"
        for key, label in (
            ("transcript_ready", "transcript"),
            ("first_token", "first word"),
            ("first_audio", "first sound"),
        )
        if key in timings
    ]
    return "(after you stopped: " + ", ".join(parts) + ")"


def _out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _err(text: str) -> None:
    if text:
        print(text, file=sys.stderr, flush=True)
