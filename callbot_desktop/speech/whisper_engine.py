"""The blocking Whisper engine: model building, device choice with CUDA fallback, warm-up, guards.

Device ``auto`` uses CUDA (float16) when CTranslate2 sees a GPU *and* the CUDA libraries load;
a failure (missing cuBLAS/cuDNN raise RuntimeError or OSError at load or at the first transcription)
falls back to the CPU (int8, one thread per core) and leaves a warning on the object.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import numpy.typing as npt

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.gpu import CudaStatus, cuda_status
from callbot_desktop.speech.stt_audio import SAMPLE_RATE, Samples, decode_file, to_float32
from callbot_desktop.speech.stt_guard import Guard, TranscriptSegment, apply_guard, measure_level
from callbot_desktop.speech.stt_types import (
    FILE_OPTIONS,
    LIVE_OPTIONS,
    DecodeOptions,
    LoadHook,
    LoadProgress,
    ModelFactory,
    Transcript,
    WhisperLike,
)
from callbot_desktop.speech.whisper_models import (
    BUNDLED,
    DownloadProgress,
    ResolvedModel,
    resolve_model,
    short_error,
)

log = logging.getLogger(__name__)

DEVICES = ("auto", "cpu", "cuda")
WARM_UP_SECONDS = 0.5
CUDA_FIX = (
    "install the CUDA 12 cuBLAS library (e.g. `pip install nvidia-cublas-cu12`, or the CUDA "
    "toolkit), or choose the CPU in Settings"
)


# --------------------------------------------------------------------------------------------
# Building models


def _preload_pip_cuda_libraries() -> None:
    """Make cuBLAS from the ``nvidia-cublas-cu12`` wheel findable by CTranslate2 (best effort).

    pip puts the library in site-packages, which is not on the loader's search path; once it is
    loaded by full path, CTranslate2's own ``dlopen("libcublas.so.12")`` finds it.
    """
    import ctypes
    import importlib.util

    try:
        spec = importlib.util.find_spec("nvidia.cublas")
    except (ImportError, ValueError):
        return
    if spec is None or not spec.submodule_search_locations:
        return
    for root in spec.submodule_search_locations:
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                os.add_dll_directory(str(Path(root) / "bin"))
            continue
        for name in ("libcublasLt.so.12", "libcublas.so.12"):
            library = Path(root) / "lib" / name
            if library.is_file():
                with contextlib.suppress(OSError):
                    ctypes.CDLL(str(library), mode=ctypes.RTLD_GLOBAL)


def whisper_model_factory(
    path: str, device: str, compute_type: str, cpu_threads: int
) -> WhisperLike:
    """The real thing: ``faster_whisper.WhisperModel`` on a local folder (with a shorter encoder
    window for short utterances, see :mod:`.whisper_window`)."""
    from callbot_desktop.speech.whisper_window import WindowedWhisperModel

    if device == "cuda":
        _preload_pip_cuda_libraries()
    model: WhisperLike = WindowedWhisperModel(
        path,
        device=device,
        compute_type=compute_type,
        cpu_threads=cpu_threads,
        local_files_only=True,
    )
    return model


# --------------------------------------------------------------------------------------------
# The blocking engine


class WhisperEngine:
    """One Whisper model plus device choice, warm-up and guards. Blocking; use from one thread.

    ``model`` is ``"bundled"``, a folder, or a named model (downloaded into ``cache_dir``).
    ``device`` is auto, cpu or cuda. ``language`` None (or "auto") detects it on multilingual
    models; English-only (``.en``) models always use "en".
    """

    def __init__(
        self,
        model: str | os.PathLike[str] = BUNDLED,
        *,
        device: str = "auto",
        language: str | None = None,
        cache_dir: Path | None = None,
        cpu_threads: int | None = None,
        guard: Guard | None = None,
        model_factory: ModelFactory | None = None,
        cuda_probe: Callable[[], CudaStatus] = cuda_status,
        allow_download: bool = True,
        hub_endpoint: str | None = None,
    ) -> None:
        if device not in DEVICES:
            raise CallbotError(
                f"Unknown speech device {device!r}", f"use one of: {', '.join(DEVICES)}"
            )
        self.model_spec = str(model)
        self.requested_device = device
        self.requested_language = None if language in (None, "", "auto") else language
        self.cache_dir = cache_dir
        self.cpu_threads = cpu_threads or os.cpu_count() or 1
        self.guard = guard or Guard()
        self.allow_download = allow_download
        self.hub_endpoint = hub_endpoint
        self._factory: ModelFactory = model_factory or whisper_model_factory
        self._cuda_probe = cuda_probe
        self._model: WhisperLike | None = None
        self._resolved: ResolvedModel | None = None
        self.device = ""
        self.compute_type = ""
        self.multilingual = False
        self.language: str | None = self.requested_language
        self.warnings: list[str] = []
        self.load_seconds = 0.0

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def window_reruns(self) -> int:
        """Decodings with the shorter window that looked like a loop and were done again in full
        (see :mod:`~callbot_desktop.speech.whisper_window`)."""
        return int(getattr(self._model, "full_reruns", 0))

    @property
    def model_label(self) -> str:
        return self._resolved.label if self._resolved else self.model_spec

    def _warn(self, message: str) -> None:
        log.warning("%s", message)
        self.warnings.append(message)

    # Loading -----------------------------------------------------------------------------

    def load(self, progress: LoadHook | None = None) -> None:
        """Resolve (maybe download), build on the best device that works, and warm up.

        ``progress`` is called from this thread, and from download threads while downloading.
        """
        if self._model is not None:
            return
        report = progress or (lambda _step: None)
        started = time.perf_counter()

        def downloaded(step: DownloadProgress) -> None:
            what = "MB" if step.unit == "B" else "files"
            scale = 1_000_000 if step.unit == "B" else 1
            message = f"Downloading Whisper model {step.model}: {step.done // scale} {what}"
            if step.total:
                message += f" of {step.total // scale} {what}"
            report(LoadProgress("download", message, step.done, step.total))

        resolved = resolve_model(
            self.model_spec,
            cache_dir=self.cache_dir,
            progress=downloaded,
            allow_download=self.allow_download,
            endpoint=self.hub_endpoint,
        )
        self._resolved = resolved
        for device, compute_type in self._candidates():
            report(LoadProgress("load", f"Loading {resolved.label} on the {device.upper()}"))
            try:
                model = self._factory(str(resolved.path), device, compute_type, self.cpu_threads)
                self._adopt(model, device, compute_type)
                report(LoadProgress("warmup", "Warming up speech recognition"))
                self._warm_up()
            except (RuntimeError, OSError, ValueError) as exc:
                self._model = None
                if device != "cuda":
                    raise CallbotError(
                        f"Could not load the Whisper model {resolved.label} from "
                        f"{resolved.path} ({short_error(exc)})",
                        "choose 'bundled' or another model in Settings, or reinstall it",
                    ) from exc
                self._warn(
                    f"CUDA could not be used ({short_error(exc)}); speech recognition runs on the "
                    f"CPU instead (int8, {self.cpu_threads} threads). To use the GPU, {CUDA_FIX}."
                )
                continue
            break
        self.load_seconds = time.perf_counter() - started
        report(LoadProgress("ready", f"Speech recognition ready ({self.describe()})"))

    def _candidates(self) -> list[tuple[str, str]]:
        cpu = ("cpu", "int8")
        if self.requested_device == "cpu":
            return [cpu]
        status = self._cuda_probe()
        if status.available:
            return [("cuda", "float16"), cpu]
        if self.requested_device == "cuda":
            self._warn(
                f"CUDA was requested but cannot be used ({status.detail}); speech recognition "
                f"runs on the CPU (int8, {self.cpu_threads} threads)."
            )
        return [cpu]

    def _adopt(self, model: WhisperLike, device: str, compute_type: str) -> None:
        self._model, self.device, self.compute_type = model, device, compute_type
        inner = getattr(model, "model", None)
        flag = getattr(inner, "is_multilingual", None)
        english_only = self._resolved.english_only if self._resolved else None
        self.multilingual = bool(flag) if isinstance(flag, bool) else english_only is False
        if self.multilingual:
            self.language = self.requested_language
            return
        if self.requested_language not in (None, "en"):
            self._warn(
                f"The Whisper model {self.model_label} understands only English; it transcribes "
                f"as English instead of {self.requested_language!r}. Choose a multilingual model "
                "(e.g. 'small') for other languages."
            )
        self.language = "en"

    def _warm_up(self) -> None:
        silence = np.zeros(round(WARM_UP_SECONDS * SAMPLE_RATE), dtype=np.float32)
        self._run(silence, LIVE_OPTIONS, self.language or "en")

    def _switch_to_cpu(self, reason: BaseException) -> None:
        self._warn(
            f"CUDA failed while transcribing ({short_error(reason)}); speech recognition now "
            f"runs on the CPU (int8, {self.cpu_threads} threads). To use the GPU, {CUDA_FIX}."
        )
        assert self._resolved is not None
        self._model = None
        model = self._factory(str(self._resolved.path), "cpu", "int8", self.cpu_threads)
        self._adopt(model, "cpu", "int8")

    def describe(self) -> str:
        """``tiny.en (bundled) on CPU int8, 2 threads`` and the like."""
        where = self.device.upper() or "nothing yet"
        extra = f", {self.cpu_threads} threads" if self.device == "cpu" else ""
        return f"{self.model_label} on {where} {self.compute_type}{extra}".strip()

    def unload(self) -> None:
        self._model = None

    # Transcribing -------------------------------------------------------------------------

    def _run(
        self, samples: Samples, options: DecodeOptions, language: str | None
    ) -> tuple[list[TranscriptSegment], str, float]:
        if self._model is None:
            raise CallbotError("The speech recognition model is not loaded", "load it first")
        segments, info = self._model.transcribe(samples, language=language, **options.kwargs())
        result = [
            TranscriptSegment(
                start=float(segment.start),
                end=float(segment.end),
                text=str(segment.text),
                avg_logprob=float(segment.avg_logprob),
                no_speech_prob=float(segment.no_speech_prob),
                compression_ratio=float(segment.compression_ratio),
            )
            for segment in segments  # decoding happens while this generator is consumed
        ]
        return result, str(info.language), float(info.language_probability)

    def transcribe(
        self,
        audio: npt.ArrayLike,
        options: DecodeOptions = LIVE_OPTIONS,
        *,
        language: str | None = None,
        partial: bool = False,
    ) -> Transcript:
        """Transcribe 16 kHz mono audio (int16 or float); silence gives empty text at once."""
        samples = to_float32(audio, copy=False)
        language = self.language if language is None or not self.multilingual else language
        level = measure_level(samples)
        base = Transcript(
            text="",
            language=language or "",
            audio_seconds=len(samples) / SAMPLE_RATE,
            compute_seconds=0.0,
            device=self.device,
            model=self.model_label,
            compute_type=self.compute_type,
            partial=partial,
            level=level,
        )
        if level.peak_dbfs < self.guard.silence_dbfs:
            return replace(base, skipped="silence")
        started = time.perf_counter()
        try:
            segments, detected, probability = self._run(samples, options, language)
        except (RuntimeError, OSError) as exc:
            if self.device != "cuda":
                raise
            self._switch_to_cpu(exc)
            segments, detected, probability = self._run(samples, options, language)
        elapsed = time.perf_counter() - started
        kept, dropped = apply_guard(segments, level, self.guard)
        return replace(
            base,
            text=" ".join(segment.text.strip() for segment in kept).strip(),
            language=detected,
            compute_seconds=elapsed,
            device=self.device,
            compute_type=self.compute_type,
            segments=tuple(kept),
            language_probability=probability,
            dropped=tuple(dropped),
        )

    def transcribe_path(
        self, path: str | os.PathLike[str], options: DecodeOptions = FILE_OPTIONS
    ) -> Transcript:
        """Decode an audio file (see :func:`decode_file`) and transcribe all of it."""
        return self.transcribe(decode_file(path), options)
