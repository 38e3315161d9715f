"""Speech to text with faster-whisper, for asyncio: the public face of the speech modules.

- :class:`SpeechToText` wraps a :class:`WhisperEngine` for asyncio: every model call runs on a
  dedicated single-thread executor, so the model is only ever touched from that thread.
- :class:`PartialTranscriber` (``SpeechToText.partials()``) re-transcribes a growing utterance
  about every 500 ms while the person speaks (never queueing passes), and hands back the final
  transcript at the end.
- :func:`transcribe_file` decodes any audio file with PyAV and transcribes it (``callbot
  transcribe``).

The parts live in their own modules: :mod:`~callbot_desktop.speech.whisper_engine` (the blocking
engine and its CUDA fallback), :mod:`~callbot_desktop.speech.stt_types` (options and results),
:mod:`~callbot_desktop.speech.stt_guard` (hallucination and silence guards),
:mod:`~callbot_desktop.speech.stt_partials` (partials) and :mod:`~callbot_desktop.speech.stt_audio`
(audio input). The names callers need are re-exported here.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import TypeVar

import numpy.typing as npt

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.gpu import CudaStatus, cuda_status
from callbot_desktop.speech.stt_audio import SAMPLE_RATE, to_float32
from callbot_desktop.speech.stt_guard import Guard, TranscriptSegment, normalize_text
from callbot_desktop.speech.stt_partials import PartialTranscriber
from callbot_desktop.speech.stt_types import (
    FILE_OPTIONS,
    LIVE_OPTIONS,
    DecodeOptions,
    LoadHook,
    LoadProgress,
    ModelFactory,
    Transcript,
)
from callbot_desktop.speech.whisper_engine import WhisperEngine
from callbot_desktop.speech.whisper_models import BUNDLED

__all__ = [
    "FILE_OPTIONS",
    "LIVE_OPTIONS",
    "SAMPLE_RATE",
    "DecodeOptions",
    "Guard",
    "LoadHook",
    "LoadProgress",
    "PartialTranscriber",
    "SpeechToText",
    "Transcript",
    "TranscriptSegment",
    "WhisperEngine",
    "normalize_text",
    "transcribe_file",
]

_T = TypeVar("_T")


def transcribe_file(
    path: str | os.PathLike[str],
    *,
    model: str | os.PathLike[str] = BUNDLED,
    device: str = "auto",
    language: str | None = None,
    cache_dir: Path | None = None,
    options: DecodeOptions = FILE_OPTIONS,
    progress: LoadHook | None = None,
) -> Transcript:
    """Load a model, transcribe one audio file, and return its transcript (blocking).

    For several files build one :class:`WhisperEngine`, ``load()`` it, and call
    :meth:`WhisperEngine.transcribe_path` for each, so the model is loaded once.
    """
    engine = WhisperEngine(model, device=device, language=language, cache_dir=cache_dir)
    engine.load(progress)
    return engine.transcribe_path(path, options)


# --------------------------------------------------------------------------------------------
# asyncio


def _on_loop(hook: LoadHook, loop: asyncio.AbstractEventLoop) -> LoadHook:
    """A hook that may be called from any thread and runs ``hook`` on ``loop``'s thread."""

    def relay(step: LoadProgress) -> None:
        with contextlib.suppress(RuntimeError):  # the loop may be closing
            loop.call_soon_threadsafe(hook, step)

    return relay


class SpeechToText:
    """Whisper for asyncio: every model call runs on one dedicated worker thread.

    ``await stt.load(progress=...)`` once (``transcribe`` loads on first use otherwise), then
    ``await stt.transcribe(audio)`` for utterances and ``await stt.partial(audio)`` for partial
    transcripts. :attr:`warnings` says when the device asked for could not be used.
    """

    def __init__(
        self,
        model: str | os.PathLike[str] = BUNDLED,
        *,
        device: str = "auto",
        language: str | None = None,
        cache_dir: Path | None = None,
        cpu_threads: int | None = None,
        options: DecodeOptions = LIVE_OPTIONS,
        partial_options: DecodeOptions = LIVE_OPTIONS,
        guard: Guard | None = None,
        model_factory: ModelFactory | None = None,
        cuda_probe: Callable[[], CudaStatus] = cuda_status,
        allow_download: bool = True,
        hub_endpoint: str | None = None,
    ) -> None:
        self.engine = WhisperEngine(
            model,
            device=device,
            language=language,
            cache_dir=cache_dir,
            cpu_threads=cpu_threads,
            guard=guard,
            model_factory=model_factory,
            cuda_probe=cuda_probe,
            allow_download=allow_download,
            hub_endpoint=hub_endpoint,
        )
        self.options = options
        self.partial_options = partial_options
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="whisper")
        self._load_lock = asyncio.Lock()
        self._closed = False

    # State, as seen from the loop --------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.engine.loaded

    @property
    def device(self) -> str:
        """What actually runs once loaded: "cuda" or "cpu" ("" before)."""
        return self.engine.device

    @property
    def compute_type(self) -> str:
        return self.engine.compute_type

    @property
    def model_label(self) -> str:
        return self.engine.model_label

    @property
    def language(self) -> str | None:
        return self.engine.language

    @property
    def multilingual(self) -> bool:
        return self.engine.multilingual

    @property
    def warnings(self) -> tuple[str, ...]:
        """Human-readable notes such as a CUDA fallback, oldest first."""
        return tuple(self.engine.warnings)

    def describe(self) -> str:
        return self.engine.describe()

    # Work -------------------------------------------------------------------------------

    async def _call(self, function: Callable[[], _T]) -> _T:
        if self._closed:
            raise CallbotError("Speech recognition has been shut down", "start it again")
        return await asyncio.get_running_loop().run_in_executor(self._executor, function)

    async def load(self, progress: LoadHook | None = None) -> None:
        """Load the model on its thread; ``progress`` is called on the event loop's thread."""
        async with self._load_lock:
            if self.engine.loaded:
                return
            relay = None if progress is None else _on_loop(progress, asyncio.get_running_loop())
            await self._call(lambda: self.engine.load(relay))

    async def transcribe(
        self,
        audio: npt.ArrayLike,
        *,
        language: str | None = None,
        options: DecodeOptions | None = None,
    ) -> Transcript:
        """The final transcript of 16 kHz mono audio (int16 PCM or float).

        ``language`` and ``options`` override the object's settings for this call only.
        """
        samples = to_float32(audio)  # copied here, so the caller may reuse its buffer
        await self.load()
        options = options or self.options
        return await self._call(lambda: self.engine.transcribe(samples, options, language=language))

    async def partial(self, audio: npt.ArrayLike, *, language: str | None = None) -> Transcript:
        """A quick transcript of audio that is still growing (``partial=True``)."""
        samples = to_float32(audio)
        await self.load()
        options = self.partial_options
        return await self._call(
            lambda: self.engine.transcribe(samples, options, language=language, partial=True)
        )

    def partials(
        self, *, interval: float = 0.5, on_partial: Callable[[str], None] | None = None
    ) -> PartialTranscriber:
        """A :class:`PartialTranscriber` for one utterance."""
        return PartialTranscriber(self, interval=interval, on_partial=on_partial)

    async def aclose(self) -> None:
        """Release the model (on its thread) and stop the worker thread."""
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):
            await self._call(self.engine.unload)
        self._closed = True
        self._executor.shutdown(wait=False)

    async def __aenter__(self) -> SpeechToText:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
