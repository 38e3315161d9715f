"""Push-to-talk: press → release is the utterance, no voice activity detection involved.

:class:`PushToTalkRecorder` emits the same :class:`SpeechStarted` / :class:`SpeechStopped` events
as the VAD (:mod:`callbot_desktop.audio.vad`), so the rest of the pipeline does not care which one
produced them.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

from callbot_desktop.audio.vad_events import (
    _EMPTY,
    SAMPLE_RATE,
    Int16Array,
    SpeechStarted,
    SpeechStopped,
    _frozen,
    _Ring,
    as_int16,
)


class PushToTalkRecorder:
    """Push-to-talk without any VAD: everything fed between :meth:`press` and :meth:`release`.

    Feed it the microphone all the time; only audio while pressed is kept (plus ``pre_roll_ms``
    from just before the press, default none). Repeated presses (key auto-repeat) and releases
    without a press are ignored. ``max_seconds`` bounds a stuck key: audio beyond it is dropped.
    """

    def __init__(
        self,
        sample_rate: int = SAMPLE_RATE,
        *,
        pre_roll_ms: float = 0.0,
        max_seconds: float = 300.0,
    ) -> None:
        if sample_rate <= 0 or pre_roll_ms < 0 or max_seconds <= 0:
            raise ValueError("sample_rate and max_seconds must be positive, pre_roll_ms >= 0")
        self.sample_rate = sample_rate
        self._pre_roll = round(pre_roll_ms * sample_rate / 1000)
        self._max = math.ceil(max_seconds * sample_rate)
        self._ring = _Ring(self._pre_roll)
        self._now = 0
        self._pressed = False
        self._press_at = 0
        self._audio_start = 0
        self._chunks: list[Int16Array] = []
        self._kept = 0
        self._count = 0

    @property
    def pressed(self) -> bool:
        return self._pressed

    @property
    def utterance(self) -> Int16Array:
        """Audio recorded since the press (pre-roll included); empty when not pressed."""
        if not self._pressed or not self._chunks:
            return _EMPTY
        return np.concatenate(self._chunks)

    def press(self) -> SpeechStarted | None:
        """Start recording; ``None`` when already pressed."""
        if self._pressed:
            return None
        self._pressed = True
        self._count += 1
        self._press_at = self._now
        pre_roll = self._ring.last(self._pre_roll)
        self._audio_start = self._now - len(pre_roll)
        self._chunks = [pre_roll]
        self._kept = len(pre_roll)
        t = self._now / self.sample_rate
        return SpeechStarted(t=t, onset_t=t, utterance=self._count)

    def feed(self, audio: bytes | bytearray | memoryview | npt.NDArray[Any]) -> None:
        """Audio from the microphone, pressed or not."""
        samples = as_int16(audio)
        self._now += len(samples)
        if self._pressed:
            room = self._max - self._kept
            if room > 0:
                kept = samples[:room].copy()
                self._chunks.append(kept)
                self._kept += len(kept)
        else:
            self._ring.extend(samples)

    def release(self) -> SpeechStopped | None:
        """Stop recording; the utterance (possibly empty), or ``None`` when not pressed."""
        if not self._pressed:
            return None
        self._pressed = False
        audio = _frozen(np.concatenate(self._chunks))
        self._chunks = []
        self._ring.clear()
        rate = self.sample_rate
        now = self._now / rate
        return SpeechStopped(
            t=now,
            onset_t=self._press_at / rate,
            end_t=now,
            audio_start_t=self._audio_start / rate,
            audio=audio,
            utterance=self._count,
            hangover_ms=0.0,
            sample_rate=rate,
        )

    def cancel(self) -> None:
        """Drop the recording in progress (e.g. Escape while holding the key)."""
        self._pressed = False
        self._chunks = []
        self._ring.clear()
