"""What voice activity detection and push-to-talk emit, and the audio plumbing they share.

:class:`SpeechStarted` and :class:`SpeechStopped` (together :data:`VadEvent`) are the two events
of :mod:`callbot_desktop.audio.vad` and :mod:`callbot_desktop.audio.push_to_talk`, so the rest of
the pipeline does not care which one produced them. :func:`as_int16` turns any chunk of mono
audio into int16 samples; the pre-roll ring buffer lives here too, since both recorders keep one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 16_000
"""Rate of all audio handled here (Hz)."""

WINDOW_SAMPLES = 512
"""Samples per model window: 32 ms at 16 kHz (what Silero scores)."""

Int16Array = npt.NDArray[np.int16]

_EMPTY: Int16Array = np.zeros(0, np.int16)
_EMPTY.flags.writeable = False


# --------------------------------------------------------------------------------------- events


@dataclass(frozen=True)
class SpeechStarted:
    """Speech was confirmed: it has lasted ``min_speech_ms``.

    ``t`` is when that became known (the end of the confirming window); ``onset_t`` is where the
    speech began (the start of the first window over the start threshold). Both are stream
    seconds. ``utterance`` numbers the utterances from 1.
    """

    t: float
    onset_t: float
    utterance: int


@dataclass(frozen=True)
class SpeechStopped:
    """The turn ended; ``audio`` is the whole utterance, pre-roll included.

    ``audio`` is read-only 16 kHz mono int16 and covers stream seconds ``audio_start_t`` to ``t``
    (``audio_start_t`` is ``onset_t`` minus the pre-roll, later if the stream or the previous
    utterance was too close). ``end_t`` is where the speech ended (the start of the silence that
    ended the turn; ``t`` for push-to-talk or :meth:`VadStateMachine.finish`). ``hangover_ms`` is
    the silence that was required, after adaptation to the partial transcript.
    """

    t: float
    onset_t: float
    end_t: float
    audio_start_t: float
    audio: Int16Array = field(repr=False, compare=False)
    utterance: int
    hangover_ms: float
    sample_rate: int = SAMPLE_RATE

    @property
    def duration(self) -> float:
        """Length of ``audio`` in seconds."""
        return len(self.audio) / self.sample_rate

    @property
    def pcm(self) -> bytes:
        """``audio`` as little-endian 16-bit PCM bytes (Wyoming style)."""
        return self.audio.astype("<i2", copy=False).tobytes()


VadEvent = SpeechStarted | SpeechStopped
"""What the VAD and push-to-talk emit."""


# ---------------------------------------------------------------------------------- audio input


def as_int16(audio: bytes | bytearray | memoryview | npt.NDArray[Any]) -> Int16Array:
    """Mono audio as a 1-D int16 array.

    Bytes are little-endian 16-bit PCM. int16 arrays pass through (``(n, 1)`` is flattened);
    float arrays are taken as [-1, 1] and scaled, rounded and clipped.
    """
    if isinstance(audio, bytes | bytearray | memoryview):
        raw = bytes(audio)
        if len(raw) % 2:
            raise ValueError("PCM bytes must hold whole 16-bit samples (an even length)")
        return np.frombuffer(raw, dtype="<i2").astype(np.int16, copy=False)
    array: npt.NDArray[Any] = np.asarray(audio)
    if array.ndim == 2 and array.shape[1] == 1:
        array = array[:, 0]
    if array.ndim != 1:
        raise ValueError(f"audio must be mono (1-D), not shape {array.shape}")
    if array.dtype == np.int16:
        return array.astype(np.int16, copy=False)
    if np.issubdtype(array.dtype, np.floating):
        scaled = np.rint(array.astype(np.float32) * np.float32(32768.0))
        converted: Int16Array = np.clip(scaled, -32768, 32767).astype(np.int16)
        return converted
    raise TypeError(f"audio must be int16, float or PCM bytes, not {array.dtype}")


class _Ring:
    """The last ``capacity`` samples of a stream (the pre-roll)."""

    def __init__(self, capacity: int) -> None:
        self._buffer: Int16Array = np.zeros(capacity, np.int16)
        self._filled = 0
        self._position = 0  # where the next sample goes

    def clear(self) -> None:
        self._filled = 0
        self._position = 0

    def extend(self, samples: Int16Array) -> None:
        capacity = len(self._buffer)
        if capacity == 0:
            return
        samples = samples[-capacity:]
        n = len(samples)
        first = min(n, capacity - self._position)
        self._buffer[self._position : self._position + first] = samples[:first]
        self._buffer[: n - first] = samples[first:]
        self._position = (self._position + n) % capacity
        self._filled = min(capacity, self._filled + n)

    def last(self, n: int) -> Int16Array:
        """A copy of the newest ``min(n, filled)`` samples, oldest first."""
        n = max(0, min(n, self._filled))
        start = self._position - n
        if start >= 0:
            return self._buffer[start : self._position].copy()
        return np.concatenate([self._buffer[start:], self._buffer[: self._position]])


def _frozen(audio: Int16Array) -> Int16Array:
    audio.flags.writeable = False
    return audio
