"""The speech_samples fixture: real Piper speech, resampled to 16 kHz mono int16 WAV files."""

from __future__ import annotations

import numpy as np
import pytest

from tests.harness.speech_samples import (
    PEAK,
    SAMPLE_RATE,
    UTTERANCES,
    SpeechSamples,
    resample,
)
from tests.harness.wav_files import read_wav

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]


def test_the_standard_utterances_are_there(speech_samples: SpeechSamples) -> None:
    texts = {sample.text for sample in speech_samples}
    assert len(speech_samples) == len(UTTERANCES)
    assert {
        "What is the weather like today?",
        "Tell me a joke.",
        "Set a timer for five minutes.",
    } <= texts
    assert speech_samples.by_text("Tell me a joke.") is speech_samples["joke"]
    assert speech_samples.voice_rate == 22_050


def test_samples_are_16khz_mono_int16_wavs(speech_samples: SpeechSamples) -> None:
    for sample in speech_samples:
        assert sample.rate == SAMPLE_RATE == 16_000
        assert sample.audio.dtype == np.int16
        assert sample.audio.ndim == 1
        assert sample.path.is_file() and sample.path.suffix == ".wav"
        audio, rate = read_wav(sample.path)
        assert rate == SAMPLE_RATE
        assert np.array_equal(audio, sample.audio)
        assert sample.seconds == pytest.approx(len(sample.audio) / 16_000)


def test_samples_are_speech_not_silence(speech_samples: SpeechSamples) -> None:
    for sample in speech_samples:
        audio = sample.audio.astype(np.float64)
        peak = float(np.max(np.abs(audio)))
        assert peak == pytest.approx(PEAK * 32767, abs=1), sample.text
        rms = float(np.sqrt(np.mean(audio**2)))
        assert 0.03 * 32767 < rms < 0.5 * 32767, (sample.text, rms)
        # Speech pauses between syllables: the loudness varies a lot over 20 ms frames.
        frames = audio[: len(audio) // 320 * 320].reshape(-1, 320)
        frame_rms = np.sqrt(np.mean(frames**2, axis=1))
        assert np.percentile(frame_rms, 90) > 5 * np.percentile(frame_rms, 10), sample.text
        # Most of the energy lies in the speech band (100 Hz to 4 kHz).
        spectrum = np.abs(np.fft.rfft(audio)) ** 2
        freqs = np.fft.rfftfreq(len(audio), 1 / sample.rate)
        band = spectrum[(freqs >= 100) & (freqs <= 4000)].sum()
        assert band / spectrum.sum() > 0.8, sample.text


def test_durations_are_plausible_for_the_texts(speech_samples: SpeechSamples) -> None:
    for sample in speech_samples:
        words_per_second = sample.words / sample.seconds
        assert 1.0 < words_per_second < 5.0, (sample.text, sample.seconds)
        assert 0.5 < sample.seconds < 5.0, (sample.text, sample.seconds)
    assert speech_samples["joke"].seconds < speech_samples["weather"].seconds
    assert speech_samples["joke"].seconds < speech_samples["timer"].seconds


def test_padded_adds_digital_silence(speech_samples: SpeechSamples) -> None:
    sample = speech_samples["hello"]
    padded = sample.padded(0.25, 0.5)
    assert len(padded) == len(sample.audio) + 4000 + 8000
    assert not np.any(padded[:4000]) and not np.any(padded[-8000:])
    assert np.array_equal(padded[4000:-8000], sample.audio)


def test_more_speech_can_be_synthesized_on_demand(speech_samples: SpeechSamples) -> None:
    extra = speech_samples.synthesize("Good morning.", key="good_morning")
    assert extra.path.parent == speech_samples.directory
    assert extra.path.is_file()
    assert speech_samples["good_morning"] is extra
    assert 0.3 < extra.seconds < 3.0
    assert len(speech_samples) == len(UTTERANCES)  # iteration stays the standard set


def test_resampler_keeps_the_passband_and_removes_aliases() -> None:
    rate_in = 22_050
    t = np.arange(rate_in) / rate_in
    tone = np.sin(2 * np.pi * 1000 * t)
    out = resample(tone, rate_in, SAMPLE_RATE)
    assert len(out) == SAMPLE_RATE
    expected = np.sin(2 * np.pi * 1000 * np.arange(len(out)) / SAMPLE_RATE)
    assert np.max(np.abs(out - expected)[200:-200]) < 1e-4
    # 10 kHz is above the new 8 kHz Nyquist: it must vanish, not fold down to 6 kHz.
    alias = resample(np.sin(2 * np.pi * 10_000 * t), rate_in, SAMPLE_RATE)
    assert np.sqrt(np.mean(alias[200:-200] ** 2)) < 1e-3
    # Same rate in and out is the identity.
    assert np.array_equal(resample(tone, rate_in, rate_in), tone)
