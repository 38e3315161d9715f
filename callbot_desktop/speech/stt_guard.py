"""Guards against text Whisper invents for silence and noise, and the text helpers they use.

Whisper invents text for silence and noise ("Thank you.", "you", "[BLANK_AUDIO]"). The guards:
near-silent audio is not transcribed at all, segments are judged by no_speech_prob, avg_logprob and
compression_ratio, non-speech tags are dropped, and a blocklist of the classic inventions applies
when the audio has no speech-like loudness changes or is quiet, or when Whisper itself doubts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from callbot_desktop.speech.stt_audio import SAMPLE_RATE, Samples

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
    return word_edits(ref, hyp) / len(ref)


def word_edits(reference: Sequence[str], hypothesis: Sequence[str]) -> int:
    """Insertions, deletions and substitutions that turn the ``reference`` words into the
    ``hypothesis`` words."""
    row = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, 1):
        previous, row[0] = row[0], i
        for j, hyp_word in enumerate(hypothesis, 1):
            previous, row[j] = (
                row[j],
                min(row[j] + 1, row[j - 1] + 1, previous + (ref_word != hyp_word)),
            )
    return row[-1]
