"""What the voice engine tells its front end (the app's bridge, a terminal) besides pipeline
events.

Small frozen dataclasses, like the pipeline's own events; the front end receives them and the
pipeline events alike through one callback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from callbot_desktop.core.private import Private

EngineState = Literal["loading", "idle", "listening", "thinking", "speaking", "muted", "stopped"]


@dataclass(frozen=True, slots=True)
class StateChanged:
    """What the assistant is doing now, for the status line and the tray icon."""

    state: EngineState


@dataclass(frozen=True, slots=True)
class Loading:
    """A component is loading (``done`` False), finished, or failed (``error`` set)."""

    component: str
    done: bool = False
    detail: str = ""
    fraction: float | None = None
    error: str = ""


@dataclass(frozen=True, slots=True)
class MicLevel:
    """Loudness of the microphone's latest block (dBFS), for a level meter."""

    rms_db: float
    peak_db: float


@dataclass(frozen=True, slots=True)
class DeviceNotice:
    """The microphone or speaker went away or came back."""

    text: str
    lost: bool


@dataclass(frozen=True, slots=True, repr=False)
class TurnSaved:
    """A turn was recorded; ids are None in anonymous mode."""

    conversation_id: str | None
    user_text: str
    reply: str
    interrupted: bool
    timings: dict[str, float]

    def __repr__(self) -> str:
        return (
            f"TurnSaved(conversation_id={self.conversation_id!r}, "
            f"user_text={Private(self.user_text)}, reply={Private(self.reply)}, "
            f"interrupted={self.interrupted}, timings={self.timings})"
        )
