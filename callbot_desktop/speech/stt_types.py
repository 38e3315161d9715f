"""What speech to text takes and gives: decoding options, transcripts, load progress, models."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from callbot_desktop.speech.stt_audio import Samples
from callbot_desktop.speech.stt_guard import AudioLevel, TranscriptSegment, normalize_text


@dataclass(frozen=True)
class DecodeOptions:
    """How Whisper decodes. The defaults are the fast live settings used for the microphone."""

    beam_size: int = 1
    temperature: float | tuple[float, ...] = 0.0
    """0 only: deterministic, and no sampling fallback that invents text on noise."""
    without_timestamps: bool = True
    condition_on_previous_text: bool = False
    vad_filter: bool = False
    encoder_window_s: float | None = 12.0
    """Encode utterances that fit with this shorter window (see :mod:`.whisper_window`); None:
    always the full 30 s."""

    def kwargs(self) -> dict[str, Any]:
        temperature = (
            list(self.temperature) if isinstance(self.temperature, tuple) else self.temperature
        )
        chosen: dict[str, Any] = {
            "beam_size": self.beam_size,
            "temperature": temperature,
            "without_timestamps": self.without_timestamps,
            "condition_on_previous_text": self.condition_on_previous_text,
            "vad_filter": self.vad_filter,
        }
        if self.encoder_window_s is not None:
            chosen["encoder_window_s"] = self.encoder_window_s
        return chosen


LIVE_OPTIONS = DecodeOptions()
"""Microphone utterances and partials: beam 1, no timestamps, no conditioning, temperature 0,
and a 12 s encoder window for those that fit in it."""

FILE_OPTIONS = DecodeOptions(
    beam_size=5,
    without_timestamps=False,
    temperature=(0.0, 0.2, 0.4, 0.6, 0.8, 1.0),
    encoder_window_s=None,
)
"""Audio files: accuracy over speed, segments with timestamps, Whisper's temperature fallback."""


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
