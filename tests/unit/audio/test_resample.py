"""The streaming resampler: exact lengths, split-invariance, clean tones and no aliasing."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from callbot_desktop.audio.resample import Resampler, resample, to_float32, to_int16

pytestmark = pytest.mark.timeout(60)


def tone(freq: float, rate: int, seconds: float, amplitude: float = 0.5) -> npt.NDArray[np.float64]:
    t = np.arange(round(rate * seconds)) / rate
    return amplitude * np.sin(2 * np.pi * freq * t)


def level_db(audio: npt.NDArray[np.floating], reference: float = 0.5) -> float:
    rms = float(np.sqrt(np.mean(np.square(audio, dtype=np.float64))))
    return float(20 * np.log10(max(rms, 1e-12) / (reference / np.sqrt(2))))


@pytest.mark.parametrize(
    ("rate_in", "rate_out"),
    [(48_000, 16_000), (44_100, 16_000), (22_050, 48_000), (24_000, 48_000), (16_000, 16_000)],
)
def test_whole_signal_has_the_exact_length(rate_in: int, rate_out: int) -> None:
    audio = tone(440, rate_in, 0.37)
    out = resample(audio, rate_in, rate_out)
    assert len(out) == -(-len(audio) * rate_out // rate_in)
    assert out.dtype == np.float32


@pytest.mark.parametrize(("rate_in", "rate_out"), [(48_000, 16_000), (22_050, 48_000)])
def test_block_by_block_equals_all_at_once(rate_in: int, rate_out: int) -> None:
    rng = np.random.default_rng(7)
    audio = (rng.standard_normal(rate_in // 2) * 3000).astype(np.int16)
    whole = resample(audio, rate_in, rate_out)
    resampler = Resampler(rate_in, rate_out)
    pieces = []
    position = 0
    while position < len(audio):
        size = int(rng.integers(1, 700))
        pieces.append(resampler.process(audio[position : position + size]))
        position += size
    pieces.append(resampler.flush())
    streamed = np.concatenate(pieces)
    assert streamed.shape == whole.shape
    np.testing.assert_allclose(streamed, whole, atol=1e-6)


@pytest.mark.parametrize(
    ("rate_in", "rate_out", "freq"),
    [(48_000, 16_000, 1000.0), (44_100, 16_000, 3000.0), (22_050, 48_000, 2500.0)],
)
def test_a_tone_in_the_pass_band_comes_through_unchanged(
    rate_in: int, rate_out: int, freq: float
) -> None:
    out = resample(tone(freq, rate_in, 0.5), rate_in, rate_out)
    expected = tone(freq, rate_out, 0.5)[: len(out)]
    middle = slice(200, len(out) - 200)  # away from the zero-padded edges
    assert np.max(np.abs(out[middle] - expected[middle])) < 0.005


def test_a_tone_above_the_new_nyquist_does_not_alias() -> None:
    out = resample(tone(12_000, 48_000, 0.5), 48_000, 16_000)  # would alias to 4 kHz
    assert level_db(out[200:-200]) < -60


def test_stereo_channels_are_resampled_independently() -> None:
    stereo = np.stack([tone(440, 24_000, 0.2), tone(880, 24_000, 0.2, 0.25)], axis=1)
    out = resample(stereo, 24_000, 48_000)
    assert out.shape == (len(stereo) * 2, 2)
    np.testing.assert_allclose(out[:, 0], resample(stereo[:, 0], 24_000, 48_000), atol=1e-6)
    np.testing.assert_allclose(out[:, 1], resample(stereo[:, 1], 24_000, 48_000), atol=1e-6)


def test_awkward_ratios_use_rounded_phases_and_stay_accurate() -> None:
    out = resample(tone(1000, 44_100, 0.3), 44_100, 16_001)  # 16001/44100: 16001 phases
    expected = tone(1000, 16_001, 0.31)[: len(out)]
    assert np.max(np.abs(out[200:-200] - expected[200:-200])) < 0.005


def test_equal_rates_pass_through() -> None:
    audio = (np.arange(-100, 100) * 100).astype(np.int16)
    resampler = Resampler(16_000, 16_000)
    assert resampler.passthrough
    np.testing.assert_array_equal(to_int16(resampler.process(audio)), audio)


def test_channel_count_cannot_change_mid_stream() -> None:
    resampler = Resampler(48_000, 16_000)
    resampler.process(np.zeros(480, np.int16))
    with pytest.raises(ValueError, match="channels"):
        resampler.process(np.zeros((480, 2), np.int16))


def test_int16_float_round_trip_is_exact() -> None:
    audio = np.array([-32768, -1, 0, 1, 32767], np.int16)
    np.testing.assert_array_equal(to_int16(to_float32(audio)), audio)
    np.testing.assert_array_equal(to_int16(np.array([2.0, -2.0])), [32767, -32768])
