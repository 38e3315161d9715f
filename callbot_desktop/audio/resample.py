"""A small streaming resampler in numpy, for sound cards that refuse the rate we want.

Capture wants 16 kHz and some microphones only open at 44.1 or 48 kHz; playback gets speech at
22,050 Hz (Piper) or 24 kHz (Edge) and the speaker runs at 44.1 or 48 kHz. :class:`Resampler`
converts block by block, keeping just enough history between blocks that the output is the same
as converting the whole signal at once, so block boundaries never click.

The method is a polyphase windowed sinc. Output sample ``n`` lies at input position
``n * rate_in / rate_out``; it is the dot product of the input samples around that position with
a Kaiser-windowed sinc (beta 8, about -80 dB side lobes) whose cut-off is 95 % of the lower of the
two Nyquist frequencies, so downsampling does not alias and upsampling does not image. The kernel
spans ``zero_crossings`` (default 12) zero crossings on each side, i.e. more input taps when the
cut-off is low. For the rational ratio ``up/down`` there are ``up`` distinct sub-filters, which
are computed once; when ``up`` is huge (two rates with a tiny common divisor) the fractional
position is rounded to one of 1024 phases instead (an error under 0.05 % of a sample).
Each sub-filter is normalised to unity DC gain.

The look-ahead, and so the delay, is ``half_width`` input samples (under 1 ms at the usual
rates). :meth:`Resampler.flush` pads with silence to emit the last outputs when a stream ends.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]

MAX_PHASES = 1024
"""Most sub-filters precomputed; above this the fractional position is rounded."""

CHUNK = 4096
"""Outputs computed per vectorised step (bounds the temporary gather array)."""


def _kaiser(x: npt.NDArray[np.float64], beta: float) -> npt.NDArray[np.float64]:
    """Continuous Kaiser window on ``x`` in [-1, 1] (zero outside)."""
    arg = np.sqrt(np.clip(1.0 - x * x, 0.0, None))
    window: npt.NDArray[np.float64] = np.where(
        np.abs(x) <= 1.0, np.i0(beta * arg) / np.i0(beta), 0.0
    )
    return window


def to_float32(audio: npt.NDArray[Any]) -> FloatArray:
    """int16 audio scaled to [-1, 1) as float32; float audio is only cast."""
    if audio.dtype == np.int16:
        return audio.astype(np.float32) / np.float32(32768.0)
    if np.issubdtype(audio.dtype, np.floating):
        return audio.astype(np.float32, copy=False)
    raise TypeError(f"audio must be int16 or float, not {audio.dtype}")


def to_int16(audio: npt.NDArray[Any]) -> npt.NDArray[np.int16]:
    """Float audio in [-1, 1] as int16 (rounded and clipped); int16 is returned as is."""
    if audio.dtype == np.int16:
        return audio
    scaled = np.rint(np.asarray(audio, dtype=np.float32) * np.float32(32768.0))
    result: npt.NDArray[np.int16] = np.clip(scaled, -32768, 32767).astype(np.int16)
    return result


class Resampler:
    """Converts a stream of blocks from ``rate_in`` to ``rate_out``.

    Blocks are 1-D (mono) or ``(frames, channels)`` arrays, int16 or float; the output is float32
    in [-1, 1] with the same number of dimensions. Feeding a signal in any split gives the same
    output as feeding it whole. Not thread-safe: one stream per instance.
    """

    def __init__(self, rate_in: int, rate_out: int, *, zero_crossings: int = 12) -> None:
        if rate_in <= 0 or rate_out <= 0:
            raise ValueError(f"rates must be positive, not {rate_in} → {rate_out}")
        self.rate_in, self.rate_out = rate_in, rate_out
        g = math.gcd(rate_in, rate_out)
        self._up, self._down = rate_out // g, rate_in // g
        fc = 0.95 * min(1.0, self._up / self._down)  # cut-off as a fraction of input Nyquist
        self.half_width = max(2, math.ceil(zero_crossings / fc))
        self._offsets = np.arange(-self.half_width + 1, self.half_width + 1)
        self._phases = min(self._up, MAX_PHASES)
        # Row p holds the taps for the fractional position p / phases; the extra last row (a
        # position of exactly 1) is only reached when rounding to MAX_PHASES phases.
        fractions = np.arange(self._phases + 1)[:, None] / self._phases
        distance = fractions - self._offsets[None, :]
        bank = fc * np.sinc(fc * distance) * _kaiser(distance / self.half_width, 8.0)
        bank /= bank.sum(axis=1, keepdims=True)
        self._bank: FloatArray = bank.astype(np.float32)
        self._channels: int | None = None
        self._buffer: FloatArray = np.zeros((0, 1), np.float32)
        self._buffer_start = 0  # absolute input index of self._buffer[0]
        self._next_out = 0  # absolute index of the next output sample
        self._ndim = 1
        self.reset()

    @property
    def passthrough(self) -> bool:
        """True when both rates are equal (blocks are only converted to float32)."""
        return self._up == self._down

    def reset(self) -> None:
        """Forget all history, as if newly made."""
        self._channels = None
        # Silence before the first sample, so the first outputs have their left-hand taps.
        self._buffer = np.zeros((self.half_width, 1), np.float32)
        self._buffer_start = -self.half_width
        self._next_out = 0

    def output_length(self, input_frames: int) -> int:
        """How many outputs a whole signal of ``input_frames`` frames becomes (once flushed)."""
        return -(-input_frames * self._up // self._down)

    def process(self, block: npt.NDArray[Any]) -> FloatArray:
        """Resample the next block; returns as many outputs as the history allows."""
        audio = to_float32(np.asarray(block))
        if audio.ndim not in (1, 2):
            raise ValueError("blocks must be 1-D or (frames, channels)")
        frames = audio if audio.ndim == 2 else audio[:, None]
        if self._channels is None:
            self._channels, self._ndim = frames.shape[1], audio.ndim
            self._buffer = np.zeros((self.half_width, self._channels), np.float32)
        elif frames.shape[1] != self._channels:
            raise ValueError(f"expected {self._channels} channels, got {frames.shape[1]}")
        if self.passthrough:
            return audio.copy()
        self._buffer = np.concatenate([self._buffer, frames])
        return self._produce()

    def flush(self) -> FloatArray:
        """The outputs still held back for look-ahead, computed against trailing silence.

        Afterwards the resampler starts again from scratch (same channel layout).
        """
        channels, ndim = self._channels or 1, self._ndim
        out: FloatArray = np.zeros((0, channels), np.float32)
        if self._channels is not None and not self.passthrough:
            real_inputs = self._buffer_start + len(self._buffer)  # indices 0 .. real_inputs-1
            wanted = self.output_length(real_inputs) - self._next_out
            pad = np.zeros((2 * self.half_width, channels), np.float32)
            self._buffer = np.concatenate([self._buffer, pad])
            out = self._produce(limit=max(wanted, 0), squeeze=False)
        self.reset()
        return out[:, 0] if ndim == 1 else out

    def _produce(self, limit: int | None = None, *, squeeze: bool = True) -> FloatArray:
        up, down, hw = self._up, self._down, self.half_width
        last = self._buffer_start + len(self._buffer) - 1  # absolute index of the newest input
        # Output n needs inputs up to floor(n * down / up) + hw.
        available = ((last - hw + 1) * up - 1) // down + 1 if last - hw + 1 > 0 else 0
        count = available - self._next_out
        if limit is not None:
            count = min(count, limit)
        channels = self._buffer.shape[1]
        out = np.empty((max(count, 0), channels), np.float32)
        for start in range(0, max(count, 0), CHUNK):
            n = np.arange(self._next_out + start, self._next_out + min(start + CHUNK, count))
            numerator = n * down
            base = numerator // up
            if self._phases == up:
                phase = numerator % up
            else:  # rounded to one of MAX_PHASES positions (row MAX_PHASES means +1 sample)
                phase = np.rint((numerator % up) * (self._phases / up)).astype(np.int64)
            index = (base - self._buffer_start)[:, None] + self._offsets[None, :]
            taps = self._buffer[index]  # (n, 2 * hw, channels)
            out[start : start + len(n)] = np.einsum("ijc,ij->ic", taps, self._bank[phase])
        self._next_out += max(count, 0)
        # Keep only the inputs that later outputs still need.
        keep_from = (self._next_out * down) // up - hw + 1
        drop = min(max(keep_from - self._buffer_start, 0), len(self._buffer))
        if drop:
            self._buffer = self._buffer[drop:]
            self._buffer_start += drop
        return out[:, 0] if squeeze and self._ndim == 1 else out


def resample(audio: npt.NDArray[Any], rate_in: int, rate_out: int) -> FloatArray:
    """Resample a whole 1-D or ``(frames, channels)`` signal; float32 out, exact length."""
    if rate_in == rate_out:
        return to_float32(np.asarray(audio)).copy()
    resampler = Resampler(rate_in, rate_out)
    head = resampler.process(audio)
    return np.concatenate([head, resampler.flush()])
