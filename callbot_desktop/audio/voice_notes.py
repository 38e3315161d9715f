"""Voice notes: a person's recorded utterance compressed with Opus (in Ogg) via PyAV, and back.

Storage keeps the encoded bytes inside the encrypted database (never as loose files); it knows
nothing of audio, so encoding and decoding live here. 16 kHz mono speech at 24 kbit/s is about
3 KB per second, roughly a tenth of the raw PCM.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from fractions import Fraction

import av
import numpy as np
import numpy.typing as npt

from callbot_desktop.core.errors import CallbotError

CODEC = "opus"
OPUS_RATE = 48_000  # libopus encodes at 48, 24, 16, 12 or 8 kHz; Ogg Opus always decodes at 48 kHz
BIT_RATE = 24_000


@dataclass(frozen=True)
class EncodedNote:
    codec: str
    sample_rate: int
    duration: float
    data: bytes


def encode(pcm: npt.NDArray[np.int16], sample_rate: int = 16_000) -> EncodedNote:
    """Compress mono int16 PCM to Ogg Opus bytes."""
    samples = np.ascontiguousarray(pcm, dtype=np.int16).reshape(1, -1)
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=sample_rate)
        stream.bit_rate = BIT_RATE
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
        frame.sample_rate = sample_rate
        frame.pts = 0
        frame.time_base = Fraction(1, sample_rate)
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return EncodedNote(CODEC, sample_rate, samples.shape[1] / sample_rate, buffer.getvalue())


def decode(data: bytes, sample_rate: int = 16_000) -> npt.NDArray[np.int16]:
    """Decode Ogg Opus bytes to mono int16 PCM at ``sample_rate``."""
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            resampler = av.AudioResampler(format="s16", layout="mono", rate=sample_rate)
            pieces: list[npt.NDArray[np.int16]] = []
            for frame in container.decode(audio=0):
                for converted in resampler.resample(frame):
                    pieces.append(converted.to_ndarray().reshape(-1).astype(np.int16, copy=False))
            for converted in resampler.resample(None):
                pieces.append(converted.to_ndarray().reshape(-1).astype(np.int16, copy=False))
    except (av.error.FFmpegError, ValueError) as exc:
        raise CallbotError(
            f"This voice note cannot be played ({exc})", "it may be damaged"
        ) from exc
    return np.concatenate(pieces).astype(np.int16) if pieces else np.zeros(0, np.int16)
