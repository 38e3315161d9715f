"""Audio as Whisper takes it: 16 kHz mono float32, from sample arrays or from audio files."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import numpy.typing as npt

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.whisper_models import short_error

SAMPLE_RATE = 16_000
"""Whisper's input rate (Hz); :meth:`SpeechToText.transcribe` takes mono audio at this rate."""

Samples = npt.NDArray[np.float32]


def to_float32(audio: npt.ArrayLike, *, copy: bool = True) -> Samples:
    """Mono audio given as int16 PCM or as floats, as float32 in [-1, 1].

    With ``copy=False`` a float32 array is returned as it is (no copy of a long file).
    """
    array = np.asarray(audio)
    if array.ndim != 1:
        raise ValueError(f"mono (1-D) audio expected, got shape {array.shape}")
    if array.dtype == np.int16:
        return array.astype(np.float32) / np.float32(32768.0)
    if np.issubdtype(array.dtype, np.floating):
        return array.astype(np.float32, copy=copy)
    raise ValueError(f"audio must be int16 or float, not {array.dtype}")


def decode_file(path: str | os.PathLike[str]) -> Samples:
    """Any audio or video file PyAV can read, as 16 kHz mono float32."""
    import av
    from faster_whisper import decode_audio

    source = Path(path)
    if not source.is_file():
        raise CallbotError(f"{source} does not exist or is not a file", "check the path")
    try:
        audio = decode_audio(str(source), sampling_rate=SAMPLE_RATE)
    except (av.FFmpegError, OSError, ValueError, IndexError, StopIteration) as exc:
        raise CallbotError(
            f"Could not decode {source} as audio ({short_error(exc)})",
            "give a sound file such as WAV, MP3, OGG, FLAC or M4A",
        ) from exc
    return np.asarray(audio, dtype=np.float32)
