"""What every speech synthesizer hands to playback: raw PCM chunks, and the one method they share.

Audio travels as bytes beside its rate, width and channel count (never inside JSON), so playback
can queue it without knowing which engine made it. A synthesizer is anything with an
async-generator ``synthesize(text)`` (:class:`Synthesizer`): Piper
(:mod:`callbot_desktop.speech.tts_piper`), Edge with its Piper fallback
(:mod:`callbot_desktop.speech.tts_edge`), or a test fake.

Different engines speak at different rates (Piper's joe voice 22,050 Hz, Edge 24,000 Hz), and
one reply may mix both when Edge falls back mid-reply: every chunk says its own ``rate``.

Consume a reply with ``aclosing`` so that leaving the loop early stops the engine at once::

    async with contextlib.aclosing(tts.synthesize("Hello there.")) as chunks:
        async for chunk in chunks:
            player.write(chunk.pcm, chunk.rate)
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True, slots=True)
class AudioChunk:
    """A piece of synthesized speech: interleaved signed little-endian PCM."""

    pcm: bytes
    rate: int
    """Samples per second, per channel."""
    channels: int = 1
    sample_width: int = 2
    """Bytes per sample: 2 is int16."""

    @property
    def frames(self) -> int:
        """Samples per channel in this chunk."""
        return len(self.pcm) // (self.channels * self.sample_width)

    @property
    def duration(self) -> float:
        """Length of the chunk in seconds."""
        return self.frames / self.rate

    def samples(self) -> npt.NDArray[np.int16]:
        """The PCM as an int16 array (shape ``(frames * channels,)``); only for 16-bit chunks."""
        if self.sample_width != 2:
            raise ValueError(f"samples() needs 16-bit audio, not {self.sample_width * 8}-bit")
        return np.frombuffer(self.pcm, dtype="<i2")


@runtime_checkable
class Synthesizer(Protocol):
    """Text in, PCM chunks out, as soon as each is ready.

    ``synthesize`` is an async generator: the first chunk comes as soon as the engine has it, and
    cancelling the consuming task (or closing the generator) stops the work promptly.
    """

    def synthesize(self, text: str) -> AsyncGenerator[AudioChunk, None]: ...
