"""Input cleaning: rumble removed, speech band kept, quiet speech raised, nothing clipped."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from callbot_desktop.audio.clean import HighPass, InputCleaner
from tests.harness.speech_samples import SpeechSamples

RATE = 16_000


def tone(hz: float, seconds: float = 1.0, amplitude: float = 8000) -> npt.NDArray[np.float64]:
    t = np.arange(int(RATE * seconds)) / RATE
    return amplitude * np.sin(2 * np.pi * hz * t)


def rms_db(x: npt.NDArray[np.float64]) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(x * x)) + 1e-9))


def test_rumble_is_cut_and_speech_band_kept() -> None:
    for hz, low, high in ((20, -100.0, -20.0), (1000, -0.5, 0.5), (300, -0.5, 0.5)):
        signal = tone(hz)
        filtered = HighPass().process(signal)
        change = rms_db(filtered[RATE // 2 :]) - rms_db(signal[RATE // 2 :])
        assert low < change < high, (hz, change)


def test_output_does_not_depend_on_block_size() -> None:
    signal = tone(50) + tone(700, amplitude=3000)
    whole = HighPass().process(signal)
    streamed = HighPass()
    parts = [streamed.process(signal[i : i + 333]) for i in range(0, len(signal), 333)]
    assert np.allclose(np.concatenate(parts), whole)


def test_quiet_speech_is_raised_and_never_clipped(speech_samples: SpeechSamples) -> None:
    speech = speech_samples["weather"].padded(before_s=0.5, after_s=0.5)
    quiet = (speech.astype(np.float64) * 0.05).astype(np.int16)
    cleaner = InputCleaner()
    out = np.concatenate([cleaner.process(quiet[i : i + 320]) for i in range(0, len(quiet), 320)])
    assert len(out) == len(quiet)
    tail = slice(len(out) // 2, None)
    assert rms_db(out[tail].astype(np.float64)) > rms_db(quiet[tail].astype(np.float64)) + 6
    loud = np.concatenate([speech, speech]).astype(np.int16)
    cleaned = InputCleaner().process(loud)
    assert np.max(np.abs(cleaned.astype(np.int32))) <= 32767
    assert cleaned.dtype == np.int16
