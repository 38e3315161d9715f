"""Partial transcripts of one utterance while it is spoken, and its final transcript."""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from callbot_desktop.speech.stt_audio import SAMPLE_RATE, Samples, to_float32
from callbot_desktop.speech.stt_types import Transcript

if TYPE_CHECKING:
    from callbot_desktop.speech.stt import SpeechToText

log = logging.getLogger(__name__)


class PartialTranscriber:
    """Partial transcripts of one utterance while it is spoken; the final one at :meth:`finish`.

    Call :meth:`feed` (on the event loop's thread) with each audio chunk. When ``interval``
    seconds have passed since the last pass started and that pass is done, the whole buffer so
    far is transcribed again; while a pass runs, nothing is queued (the feed is counted in
    :attr:`skipped_busy`). Changed texts go to ``on_partial`` and to ``async for text in it``.
    :meth:`finish` waits for a running pass and returns the final transcript, reusing the last
    pass when it already covered all the audio with the same options.
    """

    def __init__(
        self,
        stt: SpeechToText,
        *,
        interval: float = 0.5,
        min_seconds: float = 0.3,
        on_partial: Callable[[str], None] | None = None,
    ) -> None:
        self.stt = stt
        self.interval = interval
        self.min_samples = round(min_seconds * SAMPLE_RATE)
        self.on_partial = on_partial
        self._buffer = np.zeros(SAMPLE_RATE * 8, dtype=np.float32)
        self._size = 0
        self._task: asyncio.Task[None] | None = None
        self._last_start = -math.inf
        self._latest: Transcript | None = None
        self._latest_size = 0
        self._last_text = ""
        self._language: str | None = None
        self._texts: asyncio.Queue[str | None] = asyncio.Queue()
        self._finished = False
        self.passes = 0
        self.skipped_busy = 0

    @property
    def audio_seconds(self) -> float:
        return self._size / SAMPLE_RATE

    @property
    def latest(self) -> Transcript | None:
        """The newest partial transcript, if any pass has finished."""
        return self._latest

    @property
    def text(self) -> str:
        return self._last_text

    def audio(self) -> Samples:
        """A copy of everything fed so far (float32)."""
        return self._buffer[: self._size].copy()

    def feed(self, chunk: npt.ArrayLike) -> None:
        """Add audio (16 kHz mono int16 or float); may start a partial pass."""
        if self._finished:
            raise RuntimeError("feed() after finish()")
        samples = to_float32(chunk)
        needed = self._size + len(samples)
        if needed > len(self._buffer):
            grown = np.zeros(max(needed, 2 * len(self._buffer)), dtype=np.float32)
            grown[: self._size] = self._buffer[: self._size]
            self._buffer = grown
        self._buffer[self._size : needed] = samples
        self._size = needed
        self._maybe_start()

    def _maybe_start(self) -> None:
        if self._finished or self._size < self.min_samples or self._size == self._latest_size:
            return
        loop = asyncio.get_running_loop()
        if loop.time() - self._last_start < self.interval:
            return
        if self._task is not None and not self._task.done():
            self.skipped_busy += 1
            return
        self._last_start = loop.time()
        self._task = loop.create_task(self._pass(self.audio(), self._size))

    async def _pass(self, audio: Samples, size: int) -> None:
        try:
            result = await self.stt.partial(audio, language=self._language)
        except Exception:  # a failed partial must not end the turn; finish() will report
            log.exception("partial transcription failed")
            self._task = None
            return
        self.passes += 1
        if size >= self._latest_size:
            self._latest, self._latest_size = result, size
            if (
                self._language is None
                and self.stt.multilingual
                and not result.skipped
                and result.language_probability >= 0.8
            ):
                self._language = result.language  # keep later passes on one language
            if result.text != self._last_text:
                self._last_text = result.text
                self._emit(result.text)
        self._task = None
        self._maybe_start()

    def _emit(self, text: str) -> None:
        self._texts.put_nowait(text)
        if self.on_partial is not None:
            try:
                self.on_partial(text)
            except Exception:
                log.exception("on_partial callback failed")

    async def finish(self) -> Transcript:
        """Stop partials and return the transcript of all the audio fed."""
        self._finished = True
        try:
            await self.wait_idle()
            latest = self._latest
            if (
                latest is not None
                and self._latest_size == self._size
                and self.stt.partial_options == self.stt.options
            ):
                return replace(latest, partial=False)
            return await self.stt.transcribe(self.audio(), language=self._language)
        finally:
            self._texts.put_nowait(None)

    async def wait_idle(self) -> None:
        """Wait until no partial pass is running (one that starts meanwhile is waited for too)."""
        while self._task is not None and not self._task.done():
            await asyncio.wait([self._task])

    async def cancel(self) -> None:
        """Give up on this utterance (e.g. on barge-in); a running pass is left to end."""
        self._finished = True
        task, self._task = self._task, None
        if task is not None:
            await asyncio.wait([task])
        self._texts.put_nowait(None)

    def __aiter__(self) -> AsyncIterator[str]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[str]:
        while (text := await self._texts.get()) is not None:
            yield text
