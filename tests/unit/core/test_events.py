"""The pipeline's messages: frozen, small, honest about audio, and quiet about what people say."""

from __future__ import annotations

import dataclasses
import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from callbot_desktop.core.events import (
    AudioIn,
    AudioOut,
    Cancel,
    DataEvent,
    ErrorEvent,
    Interrupt,
    LLMDone,
    LLMToken,
    PlaybackHeard,
    Sentence,
    SpeechStarted,
    SpeechStopped,
    SystemEvent,
    TranscriptFinal,
    TranscriptPartial,
    TurnTimings,
)

SECRET = "my bank PIN is 1234"


def test_events_are_frozen_and_slotted() -> None:
    event = Sentence("hello", 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.index = 3  # type: ignore[misc]
    assert not hasattr(event, "__dict__")


def test_system_and_data_events_are_told_apart_by_base_class() -> None:
    for system in (Interrupt(), Cancel()):
        assert isinstance(system, SystemEvent) and not isinstance(system, DataEvent)
    data = [
        AudioIn(b"\0\0", 16000),
        SpeechStarted(),
        SpeechStopped(),
        TranscriptPartial("a"),
        TranscriptFinal("a"),
        LLMToken("a"),
        LLMDone(),
        Sentence("a", 0),
        AudioOut(b"\0\0", 22050),
        PlaybackHeard(0, 0.5, 1.0),
        TurnTimings(),
        ErrorEvent("broken", "fix it"),
    ]
    for event in data:
        assert isinstance(event, DataEvent) and not isinstance(event, SystemEvent)


def test_cancel_is_an_interrupt_with_its_own_reason() -> None:
    assert isinstance(Cancel(), Interrupt)
    assert Cancel().reason == "cancelled" and Interrupt().reason == "barge-in"


def test_audio_repr_shows_byte_count_not_bytes() -> None:
    pcm = b"\x01\x02" * 8000
    text = repr(AudioIn(pcm, 16000, t=1.0))
    assert text == "AudioIn(pcm=<16000 bytes>, rate=16000, width=2, channels=1, t=1.0)"
    assert "\\x01" not in repr(AudioOut(pcm, 22050, sentence_index=2))


@pytest.mark.parametrize(
    "event",
    [
        TranscriptPartial(SECRET),
        TranscriptFinal(SECRET),
        LLMToken(SECRET),
        Sentence(SECRET, 1),
    ],
)
def test_conversation_text_never_shows_in_repr_or_info_logs(
    event: DataEvent, caplog: pytest.LogCaptureFixture
) -> None:
    assert "1234" not in repr(event) and "1234" not in str(event)
    assert f"<private: {len(SECRET)} chars>" in repr(event)
    with caplog.at_level(logging.INFO):
        logging.getLogger("callbot_desktop.test").info("event: %s / %r", event, event)
    assert "1234" not in caplog.text


def test_equality_still_compares_the_hidden_fields() -> None:
    assert TranscriptFinal("a", t=1.0) == TranscriptFinal("a", t=1.0)
    assert TranscriptFinal("a", t=1.0) != TranscriptFinal("b", t=1.0)
    assert AudioIn(b"\0\0", 16000, t=1.0) != AudioIn(b"\0\1", 16000, t=1.0)


@given(
    frames=st.integers(0, 4000),
    rate=st.sampled_from([8000, 16000, 22050, 44100, 48000]),
    width=st.sampled_from([1, 2, 3, 4]),
    channels=st.integers(1, 2),
)
def test_audio_duration_follows_from_format(
    frames: int, rate: int, width: int, channels: int
) -> None:
    pcm = bytes(frames * width * channels)
    chunk = AudioIn(pcm, rate, width, channels)
    assert chunk.duration_s == pytest.approx(frames / rate)
    assert AudioOut(pcm, rate, width, channels).duration_s == chunk.duration_s
    assert f"<{len(pcm)} bytes>" in repr(chunk)


@pytest.mark.parametrize(
    ("pcm", "rate", "width", "channels"),
    [(b"\0\0", 0, 2, 1), (b"\0\0", 16000, 5, 1), (b"\0\0", 16000, 2, 0), (b"\0\0\0", 16000, 2, 1)],
)
def test_malformed_audio_is_refused(pcm: bytes, rate: int, width: int, channels: int) -> None:
    with pytest.raises(ValueError):
        AudioIn(pcm, rate, width, channels)


def test_timestamps_default_to_monotonic_now() -> None:
    first, second = SpeechStarted(), SpeechStopped()
    assert 0 < first.t <= second.t


def test_turn_timings_keep_the_first_time_of_each_stage() -> None:
    timings = TurnTimings().reached("end_of_speech", 10.0).reached("transcript_ready", 10.25)
    timings = timings.reached("first_token", 10.5).reached("first_token", 11.0)
    assert timings.first_token == 10.5
    assert timings.latencies() == {"transcript_ready": 0.25, "first_token": 0.5}
    with pytest.raises(ValueError, match="unknown stage"):
        timings.reached("dessert", 1.0)


def test_turn_timings_without_end_of_speech_have_no_latencies() -> None:
    assert TurnTimings(first_audio=3.0).latencies() == {}


def test_playback_heard_knows_whether_it_was_cut_off() -> None:
    assert PlaybackHeard(0, 1.0, 1.0).complete
    assert not PlaybackHeard(0, 0.4, 1.0).complete


def test_error_event_reads_like_a_callbot_error() -> None:
    assert str(ErrorEvent("Ollama is not running", "start it with `ollama serve`")) == (
        "Ollama is not running — start it with `ollama serve`"
    )
    assert str(ErrorEvent("broken")) == "broken"
