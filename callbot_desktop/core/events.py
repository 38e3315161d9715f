"""The messages of a voice turn: tiny frozen dataclasses that flow through the pipeline.

Two families, told apart by one base class:

* :class:`DataEvent` — the work itself (audio in, transcripts, tokens, sentences, audio out).
  It waits its turn in each processor's queue and is dropped there when the turn is interrupted.
* :class:`SystemEvent` — control (:class:`Interrupt`, :class:`Cancel`). It jumps every queue.

Audio travels as raw PCM ``bytes`` beside its ``rate``/``width``/``channels`` (as in Wyoming), and
its ``repr`` shows only the byte count. Fields holding what a person said or what the assistant
answered are marked private: their ``repr`` shows only a length, so an event can be logged at INFO
without leaking the conversation (see :mod:`callbot_desktop.core.private`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, fields, replace
from typing import Any, ClassVar

from callbot_desktop.core.private import Private

#: ``field(metadata=PRIVATE)`` marks conversation content: repr shows its length only.
PRIVATE: dict[str, Any] = {"private": True}

#: Sample widths (bytes per sample) that PCM may have.
PCM_WIDTHS = (1, 2, 3, 4)


def _now() -> float:
    return time.monotonic()


@dataclass(frozen=True, slots=True, repr=False)
class Event:
    """Base of every pipeline message. Its ``repr`` hides PCM bytes and private text."""

    def __repr__(self) -> str:
        parts = []
        for spec in fields(self):
            value = getattr(self, spec.name)
            if isinstance(value, bytes | bytearray | memoryview):
                shown = f"<{len(value)} bytes>"
            elif spec.metadata.get("private"):
                shown = str(Private(str(value)))
            else:
                shown = repr(value)
            parts.append(f"{spec.name}={shown}")
        return f"{type(self).__name__}({', '.join(parts)})"


@dataclass(frozen=True, slots=True, repr=False)
class DataEvent(Event):
    """Work that queues in order and is dropped from the queues on interruption."""


@dataclass(frozen=True, slots=True, repr=False)
class SystemEvent(Event):
    """Control that bypasses the queues and is handled at once."""


def _check_pcm(pcm: bytes, rate: int, width: int, channels: int) -> None:
    if rate <= 0:
        raise ValueError(f"sample rate must be positive, got {rate}")
    if width not in PCM_WIDTHS:
        raise ValueError(f"sample width must be one of {PCM_WIDTHS} bytes, got {width}")
    if channels < 1:
        raise ValueError(f"channels must be at least 1, got {channels}")
    if len(pcm) % (width * channels):
        raise ValueError(
            f"{len(pcm)} bytes is not a whole number of {width * channels}-byte frames"
        )


def _duration(pcm: bytes, rate: int, width: int, channels: int) -> float:
    return len(pcm) / (rate * width * channels)


# --- data: the turn, in the order it happens ---------------------------------------------------


@dataclass(frozen=True, slots=True, repr=False)
class AudioIn(DataEvent):
    """A chunk of microphone PCM, captured at monotonic time ``t``."""

    pcm: bytes
    rate: int
    width: int = 2
    channels: int = 1
    t: float = field(default_factory=_now)

    def __post_init__(self) -> None:
        _check_pcm(self.pcm, self.rate, self.width, self.channels)

    @property
    def duration_s(self) -> float:
        """Length of the chunk in seconds."""
        return _duration(self.pcm, self.rate, self.width, self.channels)


@dataclass(frozen=True, slots=True, repr=False)
class SpeechStarted(DataEvent):
    """The voice activity detector heard the person start speaking."""

    t: float = field(default_factory=_now)


@dataclass(frozen=True, slots=True, repr=False)
class SpeechStopped(DataEvent):
    """The person stopped speaking: the end of their utterance."""

    t: float = field(default_factory=_now)


@dataclass(frozen=True, slots=True, repr=False)
class TranscriptPartial(DataEvent):
    """Text recognised so far; a later partial or the final one replaces it."""

    text: str = field(metadata=PRIVATE)
    t: float = field(default_factory=_now)


@dataclass(frozen=True, slots=True, repr=False)
class TranscriptFinal(DataEvent):
    """What the person said, complete.

    ``tentative``: sent while the end of the turn is still being waited for, so that the reply
    can be prepared meanwhile; it is heard only after :class:`TurnConfirmed` (an Interrupt
    withdraws it, when the person goes on speaking).
    """

    text: str = field(metadata=PRIVATE)
    t: float = field(default_factory=_now)
    tentative: bool = False


@dataclass(frozen=True, slots=True, repr=False)
class LLMToken(DataEvent):
    """One streamed piece of the model's answer."""

    text: str = field(metadata=PRIVATE)


@dataclass(frozen=True, slots=True, repr=False)
class LLMDone(DataEvent):
    """The model finished its answer (``done_reason`` as the server reports it: stop, length…)."""

    done_reason: str = "stop"


@dataclass(frozen=True, slots=True, repr=False)
class Sentence(DataEvent):
    """A whole sentence of the answer, ready to speak; ``index`` counts from 0 within the turn."""

    text: str = field(metadata=PRIVATE)
    index: int = 0


@dataclass(frozen=True, slots=True, repr=False)
class AudioOut(DataEvent):
    """Synthesised PCM for sentence ``sentence_index``."""

    pcm: bytes
    rate: int
    width: int = 2
    channels: int = 1
    sentence_index: int = 0

    def __post_init__(self) -> None:
        _check_pcm(self.pcm, self.rate, self.width, self.channels)

    @property
    def duration_s(self) -> float:
        """Length of the chunk in seconds."""
        return _duration(self.pcm, self.rate, self.width, self.channels)


@dataclass(frozen=True, slots=True, repr=False)
class PlaybackHeard(DataEvent):
    """How much of a sentence was actually played before it ended or was cut off."""

    sentence_index: int
    heard_s: float
    total_s: float

    @property
    def complete(self) -> bool:
        """Whether the whole sentence was played."""
        return self.heard_s >= self.total_s


@dataclass(frozen=True, slots=True, repr=False)
class TurnEnded(DataEvent):
    """The reply is over: played to the end, or ``interrupted`` (barge-in, cancel, failure)."""

    interrupted: bool = False


@dataclass(frozen=True, slots=True, repr=False)
class TurnTimings(DataEvent):
    """Monotonic time (seconds) at which each stage of one turn was first reached.

    ``None`` means the stage was not reached (yet). :meth:`latencies` gives each stage relative
    to the end of speech, which is what a person feels as delay.
    """

    STAGES: ClassVar[tuple[str, ...]] = (
        "end_of_speech",
        "transcript_ready",
        "first_token",
        "first_sentence",
        "first_audio",
    )

    end_of_speech: float | None = None
    transcript_ready: float | None = None
    first_token: float | None = None
    first_sentence: float | None = None
    first_audio: float | None = None

    def reached(self, stage: str, t: float) -> TurnTimings:
        """A copy with ``stage`` set to ``t``, unless it was already reached (first one wins)."""
        if stage not in self.STAGES:
            raise ValueError(f"unknown stage {stage!r}; stages are {', '.join(self.STAGES)}")
        if getattr(self, stage) is not None:
            return self
        changes: dict[str, Any] = {stage: t}
        return replace(self, **changes)

    def latencies(self) -> dict[str, float]:
        """Seconds from the end of speech to every later stage reached; empty without it."""
        start = self.end_of_speech
        if start is None:
            return {}
        result: dict[str, float] = {}
        for stage in self.STAGES[1:]:
            value = getattr(self, stage)
            if value is not None:
                result[stage] = value - start
        return result


@dataclass(frozen=True, slots=True, repr=False)
class ErrorEvent(DataEvent):
    """Something failed: what happened, and what the person can do about it."""

    message: str
    fix: str = ""
    source: str = ""

    def __str__(self) -> str:
        return f"{self.message} — {self.fix}" if self.fix else self.message


# --- system: jumps the queues ------------------------------------------------------------------


@dataclass(frozen=True, slots=True, repr=False)
class TurnConfirmed(SystemEvent):
    """The person has finished: the tentative transcript ``text`` stands, its reply may sound."""

    text: str = field(metadata=PRIVATE)


@dataclass(frozen=True, slots=True, repr=False)
class Interrupt(SystemEvent):
    """Barge-in: drop all queued work, stop what is in flight, and let the new turn through."""

    reason: str = "barge-in"


@dataclass(frozen=True, slots=True, repr=False)
class Cancel(Interrupt):
    """The person stopped the turn (button, hotkey). Handled exactly like :class:`Interrupt`."""

    reason: str = "cancelled"
