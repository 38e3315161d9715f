"""16-bit PCM WAV files in and out, for the test harness and the benchmarks."""

from __future__ import annotations

import os
import wave

import numpy as np
import numpy.typing as npt


def write_wav(path: str | os.PathLike[str], audio: npt.NDArray[np.int16], rate: int) -> None:
    """Write mono or (frames, channels) int16 audio as a PCM WAV file."""
    frames = audio if audio.ndim == 2 else audio[:, None]
    with wave.open(os.fspath(path), "wb") as wav:
        wav.setnchannels(frames.shape[1])
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(np.ascontiguousarray(frames, dtype="<i2").tobytes())


def read_wav(path: str | os.PathLike[str]) -> tuple[npt.NDArray[np.int16], int]:
    """Read a 16-bit PCM WAV file as ``(audio, rate)``; audio is 1-D if mono, else 2-D."""
    with wave.open(os.fspath(path), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise ValueError(f"{path}: only 16-bit PCM WAV is supported")
        channels, rate = wav.getnchannels(), wav.getframerate()
        data = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2").astype(np.int16)
    return (data if channels == 1 else data.reshape(-1, channels)), rate
