"""Speech to text with faster-whisper: device choice, warm-up, hallucination guards and partials.

- :class:`WhisperEngine` owns one Whisper model and blocks; it must be used from one thread.
- :class:`SpeechToText` wraps an engine for asyncio: every model call runs on a dedicated
  single-thread executor, so the model is only ever touched from that thread.
- :class:`PartialTranscriber` re-transcribes a growing utterance about every 500 ms while the
  person speaks (never queueing passes), and hands back the final transcript at the end.
- :func:`transcribe_file` decodes any audio file with PyAV and transcribes it (``callbot
  transcribe``).

Device ``auto`` uses CUDA (float16) when CTranslate2 sees a GPU *and* the CUDA libraries load;
a failure (missing cuBLAS/cuDNN raise RuntimeError or OSError at load or at the first transcription)
falls back to the CPU (int8, one thread per core) and leaves a warning on the object.

Whisper invents text for silence and noise ("Thank you.", "you", "[BLANK_AUDIO]"). The guards:
near-silent audio is not transcribed at all, segments are judged by no_speech_prob, avg_logprob and
compression_ratio, non-speech tags are dropped, and a blocklist of the classic inventions applies
when the audio has no speech-like loudness changes or is quiet, or when Whisper itself doubts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import re
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, TypeVar

import numpy as np
import numpy.typing as npt

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.gpu import CudaStatus, cuda_status
from callbot_desktop.speech.whisper_models import (
    BUNDLED,
    DownloadProgress,
    ResolvedModel,
    resolve_model,
    short_error,
)

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
"""Whisper's input rate (Hz); :meth:`SpeechToText.transcribe` takes mono audio at this rate."""

DEVICES = ("auto", "cpu", "cuda")
WARM_UP_SECONDS = 0.5
CUDA_FIX = (
    "install the CUDA 12 cuBLAS library (e.g. `pip install nvidia-cublas-cu12`, or the CUDA "
    "toolkit), or choose the CPU in Settings"
)

Samples = npt.NDArray[np.float32]
_T = TypeVar("_T")


# --------------------------------------------------------------------------------------------
# Options, results and the model's shape


@dataclass(frozen=True)
class DecodeOptions:
    """How Whisper decodes. The defaults are the fast live settings used for the microphone."""

    beam_size: int = 1
    temperature: float | tuple[float, ...] = 0.0
    """0 only: deterministic, and no sampling fallback that invents text on noise."""
    without_timestamps: bool = True
    condition_on_previous_text: bool = False
    vad_filter: bool = False

    def kwargs(self) -> dict[str, Any]:
        temperature = (
            list(self.temperature) if isinstance(self.temperature, tuple) else self.temperature
        )
        return {
            "beam_size": self.beam_size,
            "temperature": temperature,
            "without_timestamps": self.without_timestamps,
            "condition_on_previous_text": self.condition_on_previous_text,
            "vad_filter": self.vad_filter,
        }


LIVE_OPTIONS = DecodeOptions()
"""Microphone utterances and partials: beam 1, no timestamps, no conditioning, temperature 0."""

FILE_OPTIONS = DecodeOptions(
    beam_size=5, without_timestamps=False, temperature=(0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
)
"""Audio files: accuracy over speed, segments with timestamps, Whisper's temperature fallback."""

HALLUCINATIONS: frozenset[str] = frozenset(
    {
        "you",
        "thank you",
        "thank you very much",
        "thank you so much",
        "thanks",
        "thanks for watching",
        "thank you for watching",
        "thanks for watching and see you next time",
        "thank you for watching and see you next time",
        "thanks for listening",
        "thank you for listening",
        "please subscribe",
        "like and subscribe",
        "please like and subscribe",
        "subscribe to my channel",
        "see you next time",
        "we'll see you next time",
        "see you in the next video",
        "bye",
        "bye bye",
        "the end",
        "i'm sorry",
        "okay",
        "oh",
        "so",
        "hmm",
        "uh",
        "um",
        "blank audio",
        "silence",
        "music",
        "applause",
        "laughter",
        "subtitles by the amara org community",
    }
)
"""Classic Whisper inventions on silence and noise, as :func:`normalize_text` writes them."""


@dataclass(frozen=True)
class Guard:
    """Thresholds against invented text. Audio levels are in dBFS (RMS of 30 ms frames)."""

    silence_dbfs: float = -50.0
    """Audio whose loudest frame is below this is not transcribed at all."""
    no_speech_prob: float = 0.6
    no_speech_logprob: float = -0.8
    """A segment with no_speech_prob above ``no_speech_prob`` and avg_logprob below this goes."""
    min_avg_logprob: float = -2.0
    """A segment this unlikely goes whatever no_speech_prob says."""
    max_compression_ratio: float = 2.4
    """Repetition loops ("the the the …") compress well; above this a segment goes."""
    blocklist: frozenset[str] = HALLUCINATIONS
    doubt_no_speech_prob: float = 0.3
    doubt_avg_logprob: float = -1.0
    """Blocklisted text goes when Whisper doubts like this, or when the audio is not speech-like:"""
    quiet_dbfs: float = -40.0
    min_active_seconds: float = 0.3
    """... its loudest frame is below ``quiet_dbfs``, or less than this much of it rises 12 dB
    above its own floor (steady noise, hum and silence never do)."""


@dataclass(frozen=True)
class AudioLevel:
    """Loudness of a stretch of audio, from the RMS of 30 ms frames (dBFS, floor -120)."""

    rms_dbfs: float
    peak_dbfs: float
    """The loudest frame."""
    floor_dbfs: float
    """The 10th percentile frame: the background."""
    active_seconds: float
    """Time in frames at least 12 dB above the floor and above -50 dBFS: speech-like activity."""


@dataclass(frozen=True)
class TranscriptSegment:
    """One Whisper segment and the scores the guards judged it by."""

    start: float
    end: float
    text: str
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
    compression_ratio: float = 1.0


@dataclass(frozen=True)
class Transcript:
    """What was said, and how it was worked out."""

    text: str
    language: str
    audio_seconds: float
    compute_seconds: float
    device: str
    model: str
    segments: tuple[TranscriptSegment, ...] = ()
    language_probability: float = 1.0
    compute_type: str = ""
    partial: bool = False
    skipped: str = ""
    """Why the model was not run at all ("silence"); empty when it ran."""
    dropped: tuple[str, ...] = ()
    """``"reason: text"`` for every segment the guards removed."""
    level: AudioLevel | None = field(default=None, repr=False)

    @property
    def words(self) -> list[str]:
        return normalize_text(self.text).split()

    def as_json(self, file: str = "") -> dict[str, Any]:
        """The fields ``callbot transcribe --json`` prints; the caller fills in ``file``."""
        return {
            "file": file,
            "text": self.text,
            "language": self.language,
            "audio_seconds": round(self.audio_seconds, 3),
            "compute_seconds": round(self.compute_seconds, 3),
            "device": self.device,
            "model": self.model,
        }


@dataclass(frozen=True)
class LoadProgress:
    """A step of :meth:`SpeechToText.load`: stage is download, load, warmup or ready."""

    stage: str
    message: str
    done: int = 0
    total: int = 0

    @property
    def fraction(self) -> float | None:
        return min(1.0, self.done / self.total) if self.total > 0 else None


LoadHook = Callable[[LoadProgress], None]


class WhisperLike(Protocol):
    """What the engine needs of a model: faster_whisper.WhisperModel, or a test double."""

    def transcribe(self, audio: Samples, **options: Any) -> tuple[Iterable[Any], Any]: ...


ModelFactory = Callable[[str, str, str, int], WhisperLike]
"""Builds a model from (model folder, device, compute type, CPU threads); may raise."""


# --------------------------------------------------------------------------------------------
# Pure helpers: audio, text and the guards


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


def _dbfs(power: float | npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    return 10.0 * np.log10(np.maximum(power, 1e-12))


def measure_level(audio: Samples, rate: int = SAMPLE_RATE, gate_dbfs: float = -50.0) -> AudioLevel:
    """Loudness figures of float audio; see :class:`AudioLevel`."""
    frame = rate * 30 // 1000
    if len(audio) == 0:
        return AudioLevel(-120.0, -120.0, -120.0, 0.0)
    usable = len(audio) // frame * frame
    frames = audio[:usable].reshape(-1, frame) if usable else audio[None, :]
    power = np.einsum("ij,ij->i", frames, frames, dtype=np.float64) / frames.shape[1]
    tail = audio[usable:] if usable else audio[:0]
    total = (float(power.sum()) * frames.shape[1] + float(np.dot(tail, tail))) / len(audio)
    frame_db = _dbfs(power)
    floor = float(np.percentile(frame_db, 10))
    active = int(np.count_nonzero(frame_db >= max(floor + 12.0, gate_dbfs)))
    return AudioLevel(
        rms_dbfs=round(float(_dbfs(total)), 2),
        peak_dbfs=round(float(frame_db.max()), 2),
        floor_dbfs=round(floor, 2),
        active_seconds=active * frames.shape[1] / rate,
    )


_NON_WORD = re.compile(r"[^\w\s']+")
_TAG = re.compile(r"^\s*(\[[^\]]*\]|\([^)]*\)|\*[^*]*\*)\s*$")


def normalize_text(text: str) -> str:
    """Lower case, no punctuation, single spaces: for comparing transcripts."""
    text = _NON_WORD.sub(" ", text.lower().replace("\u2019", "'"))
    return " ".join(word.strip("'") for word in text.split() if word.strip("'"))


def judge_segment(segment: TranscriptSegment, level: AudioLevel, guard: Guard) -> str:
    """Why ``segment`` is invented text ("" when it is kept)."""
    text = segment.text.strip()
    words = normalize_text(text)
    if not words or _TAG.match(text):
        return "no words"
    if segment.no_speech_prob > guard.no_speech_prob and (
        segment.avg_logprob < guard.no_speech_logprob
    ):
        return "no speech"
    if segment.avg_logprob < guard.min_avg_logprob:
        return "unlikely"
    if segment.compression_ratio > guard.max_compression_ratio:
        return "repetitive"
    if words in guard.blocklist:
        speech_like = (
            level.peak_dbfs >= guard.quiet_dbfs and level.active_seconds >= guard.min_active_seconds
        )
        doubt = (
            segment.no_speech_prob > guard.doubt_no_speech_prob
            or segment.avg_logprob < guard.doubt_avg_logprob
        )
        if doubt or not speech_like:
            return "known hallucination"
    return ""


def apply_guard(
    segments: Iterable[TranscriptSegment], level: AudioLevel, guard: Guard
) -> tuple[list[TranscriptSegment], list[str]]:
    """Split segments into (kept, ``"reason: text"`` of the dropped)."""
    kept: list[TranscriptSegment] = []
    dropped: list[str] = []
    for segment in segments:
        reason = judge_segment(segment, level, guard)
        if reason:
            dropped.append(f"{reason}: {segment.text.strip()}")
        else:
            kept.append(segment)
    return kept, dropped


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level edit distance over the reference length, after :func:`normalize_text`."""
    ref, hyp = normalize_text(reference).split(), normalize_text(hypothesis).split()
    if not ref:
        return 0.0 if not hyp else 1.0
    row = list(range(len(hyp) + 1))
    for i, ref_word in enumerate(ref, 1):
        previous, row[0] = row[0], i
        for j, hyp_word in enumerate(hyp, 1):
            previous, row[j] = (
                row[j],
                min(row[j] + 1, row[j - 1] + 1, previous + (ref_word != hyp_word)),
            )
    return row[-1] / len(ref)


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
    """The real thing: ``faster_whisper.WhisperModel`` on a local folder."""
    from faster_whisper import WhisperModel

    if device == "cuda":
        _preload_pip_cuda_libraries()
    model: WhisperLike = WhisperModel(
        path,
        device=device,
        compute_type=compute_type,
        cpu_threads=cpu_threads,
        local_files_only=True,
    )
    return model


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
