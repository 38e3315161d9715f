"""The float16 CUDA path of Whisper. Runs only where CTranslate2 sees a GPU (not in CI, which has
none): there, a skip is expected and is not counted as coverage (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from callbot_desktop.speech.gpu import cuda_status
from callbot_desktop.speech.stt_guard import normalize_text, word_error_rate
from callbot_desktop.speech.whisper_engine import WhisperEngine
from tests.harness.speech_samples import SpeechSamples

pytestmark = pytest.mark.gpu


def test_cuda_transcribes_with_float16(speech_samples: SpeechSamples) -> None:
    if not cuda_status().available:
        pytest.skip("no CUDA GPU visible to CTranslate2")
    engine = WhisperEngine(device="cuda")
    engine.load()
    assert (engine.device, engine.compute_type) == ("cuda", "float16"), engine.warnings
    sample = speech_samples["weather"]
    transcript = engine.transcribe(sample.audio)
    assert transcript.device == "cuda"
    assert word_error_rate(normalize_text(sample.text), normalize_text(transcript.text)) <= 0.34
