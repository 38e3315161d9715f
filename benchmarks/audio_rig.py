"""What the voice benchmarks share: a private PulseAudio with a virtual microphone and speaker
(as in the tests), and a speaker recorder that notes when each piece of audio arrived."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from tests.harness import virtual_audio as va

VOICED = 300  # int16 amplitude above which a sample is taken as sound


class TimedRecorder(va.Recorder):
    """A speaker recorder that notes when each piece of audio arrived."""

    read_bytes = 4096  # small reads: each arrival time covers little audio

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.arrivals: list[tuple[float, int]] = []  # (monotonic time, frames so far)

    def _stored(self) -> None:
        self.arrivals.append((time.monotonic(), len(self._buffer) // (2 * self.channels)))

    def time_of_frame(self, frame: int) -> float:
        """When frame number ``frame`` arrived (the read that delivered it)."""
        with self._lock:
            for t, frames in self.arrivals:
                if frames > frame:
                    return t
        raise ValueError(f"frame {frame} was never recorded")


def run_on_virtual_audio(
    prefix: str, work: Callable[[va.VirtualAudio, Path], Coroutine[Any, Any, dict[str, Any]]]
) -> None:
    """Start a private PulseAudio, run ``work(audio, speech_folder)`` on it, print its JSON.

    ``speech_folder`` is an empty scratch folder for synthesised utterances; everything is
    removed afterwards.
    """
    root = Path(tempfile.mkdtemp(prefix=prefix))
    speech = root / "speech"
    speech.mkdir()
    server = va.PulseServer(root / "pulse")
    server.start()
    os.environ.update(server.env_overrides)
    try:
        audio = va.VirtualAudio(server)
        result = asyncio.run(work(audio, speech))
        audio.close()
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    json.dump(result, sys.stdout, indent=2)
    print()
