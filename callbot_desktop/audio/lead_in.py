"""Speech synthesizers start with silence; a reply should start with its sound.

Piper's "joe" voice opens every sentence with 40-65 ms below -40 dBFS, Edge TTS's MP3 frames with
more. At the start of a reply that silence is pure waiting, so it is dropped: :func:`sound_start`
says where to cut, keeping :data:`KEEP_S` before the first sample above :data:`THRESHOLD` so the
onset is not cut (the sound then ramps up from near silence: no click).
"""

from __future__ import annotations

import numpy as np

THRESHOLD = 100
"""int16 amplitude (about -50 dBFS) above which a sample is taken as sound."""

KEEP_S = 0.01
"""Silence kept before the first sound."""


def sound_start(pcm: bytes, rate: int, channels: int = 1, sample_width: int = 2) -> int | None:
    """The byte offset in ``pcm`` (interleaved int16) to start playing from: :data:`KEEP_S`
    before its first sound, on a frame boundary. ``None`` when it is silent throughout; 0 when
    it is not 16-bit (not looked into)."""
    if sample_width != 2 or channels < 1:
        return 0
    frame_bytes = 2 * channels
    samples = np.frombuffer(pcm[: len(pcm) - len(pcm) % frame_bytes], "<i2")
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > THRESHOLD)
    if not len(loud):
        return None
    first_frame = int(loud[0]) // channels
    return max(0, first_frame - round(KEEP_S * rate)) * frame_bytes
