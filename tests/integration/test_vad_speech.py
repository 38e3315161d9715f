"""The real Silero VAD on real speech: Piper's utterances, fed as a microphone would feed them.

Piper samples its durations at random, so each session's audio differs a little; the bounds
below hold with a margin for every run measured. "Voiced" means a 10 ms frame at -50 dBFS or
louder (the samples peak at -2 dBFS and their pauses are digital near-silence). All times are
audio (stream) times, never wall-clock times.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from callbot_desktop.audio.vad import VadConfig, VoiceActivityDetector
from callbot_desktop.audio.vad_events import SpeechStarted, SpeechStopped, VadEvent
from tests.harness.speech_samples import UTTERANCES, SpeechSamples

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

RATE = 16_000
BEFORE_S, AFTER_S = 1.0, 1.5
CHUNK = 512  # 32 ms, as the brief's microphone delivers it
SLACK_S = 0.150  # the model's lag plus the 32 ms window granularity


def voiced_bounds(audio: npt.NDArray[np.int16], floor_dbfs: float = -50.0) -> tuple[int, int]:
    """First and one-past-last sample of the 10 ms frames at ``floor_dbfs`` or louder."""
    frames = audio[: len(audio) // 160 * 160].astype(np.float64).reshape(-1, 160)
    level = 20 * np.log10(np.sqrt((frames**2).mean(axis=1)) / 32768 + 1e-12)
    loud = np.nonzero(level >= floor_dbfs)[0]
    assert loud.size, "the sample has no voiced frames"
    return int(loud[0]) * 160, (int(loud[-1]) + 1) * 160


def detect(
    audio: npt.NDArray[np.int16],
    detector: VoiceActivityDetector | None = None,
    chunk: int = CHUNK,
    partial: str | None = None,
) -> list[VadEvent]:
    """Feed ``audio`` in chunks; ``partial`` is reported as the transcript once speech starts."""
    detector = detector or VoiceActivityDetector()
    events: list[VadEvent] = []
    for start in range(0, len(audio), chunk):
        new = detector.feed(audio[start : start + chunk])
        events += new
        if partial is not None and any(isinstance(e, SpeechStarted) for e in new):
            detector.set_partial_transcript(partial)
    return events + detector.finish()


def one_utterance(events: list[VadEvent]) -> SpeechStopped:
    assert [type(e) for e in events] == [SpeechStarted, SpeechStopped], events
    stopped = events[1]
    assert isinstance(stopped, SpeechStopped)
    return stopped


@pytest.mark.parametrize("key", list(UTTERANCES))
def test_each_utterance_is_detected_once_with_its_first_and_last_sounds(
    speech_samples: SpeechSamples, key: str
) -> None:
    sample = speech_samples[key]
    stream = sample.padded(before_s=BEFORE_S, after_s=AFTER_S)
    first, last = (round(BEFORE_S * RATE) + b for b in voiced_bounds(sample.audio))
    hangover_s = VadConfig().hangover_ms / 1000

    stopped = one_utterance(detect(stream))
    begin = round(stopped.audio_start_t * RATE)
    end = round(stopped.t * RATE)
    assert np.array_equal(stopped.audio, stream[begin:end])
    # The pre-roll puts the first voiced samples inside the utterance, whatever the model's lag.
    assert begin <= first
    assert np.array_equal(
        stopped.audio[first - begin : first - begin + 1600], stream[first:][:1600]
    )
    # Silero notices speech within a few windows (usually 24–56 ms; a soft "s" can take longer).
    assert stopped.onset_t <= first / RATE + 0.300
    # The turn ends after the last voiced sample, within the hangover plus the model's lag.
    assert last <= end
    assert stopped.t - last / RATE <= hangover_s + SLACK_S
    assert stopped.hangover_ms == VadConfig().hangover_ms


def test_chunk_size_does_not_change_what_is_detected(speech_samples: SpeechSamples) -> None:
    stream = speech_samples["timer"].padded(before_s=BEFORE_S, after_s=AFTER_S)
    reference = detect(stream, chunk=CHUNK)
    for chunk in (160, 480, 1000, 4096):
        events = detect(stream, chunk=chunk)
        assert events == reference
        last, want = events[-1], reference[-1]
        assert isinstance(last, SpeechStopped) and isinstance(want, SpeechStopped)
        assert np.array_equal(last.audio, want.audio)


def test_two_utterances_in_one_stream(speech_samples: SpeechSamples) -> None:
    gap = np.zeros(RATE, np.int16)
    joke, goodbye = speech_samples["joke"].audio, speech_samples["goodbye"].audio
    stream = np.concatenate([gap, joke, gap, goodbye, gap])
    events = detect(stream)
    assert [type(e) for e in events] == [SpeechStarted, SpeechStopped] * 2
    first, second = events[1], events[3]
    assert isinstance(first, SpeechStopped) and isinstance(second, SpeechStopped)
    assert (first.utterance, second.utterance) == (1, 2)
    assert second.audio_start_t >= first.t  # the pre-roll does not repeat the first utterance
    second_first_voice = (2 * RATE + len(joke) + voiced_bounds(goodbye)[0]) / RATE
    assert second.audio_start_t <= second_first_voice


def test_the_partial_transcript_moves_the_end_of_the_turn(speech_samples: SpeechSamples) -> None:
    sample = speech_samples["weather"]
    stream = sample.padded(before_s=BEFORE_S, after_s=AFTER_S)
    last = (round(BEFORE_S * RATE) + voiced_bounds(sample.audio)[1]) / RATE

    plain = one_utterance(detect(stream))
    question = one_utterance(detect(stream, partial="What is the weather like today?"))
    hesitant = one_utterance(detect(stream, partial="What is the weather like, um"))
    assert (question.hangover_ms, plain.hangover_ms, hesitant.hangover_ms) == (250, 500, 900)
    assert question.t < plain.t < hesitant.t
    assert plain.t - question.t == pytest.approx(0.256, abs=0.033)
    assert hesitant.t - plain.t == pytest.approx(0.416, abs=0.033)
    assert last <= question.t <= last + 0.250 + SLACK_S
    assert np.array_equal(question.audio, plain.audio[: len(question.audio)])


@pytest.mark.parametrize("key", ["hello", "goodbye"])
def test_a_comma_keeps_a_pause_inside_the_turn(speech_samples: SpeechSamples, key: str) -> None:
    """ "Hello, can you hear me?" and "Thank you, goodbye." pause after the comma."""
    sample = speech_samples[key]
    stream = sample.padded(before_s=BEFORE_S, after_s=AFTER_S)
    comma = sample.text.split(",")[0] + ","
    stopped = one_utterance(detect(stream, partial=comma))
    assert stopped.hangover_ms == 900
    assert stopped.t * RATE >= round(BEFORE_S * RATE) + voiced_bounds(sample.audio)[1]


def test_silence_and_quiet_noise_around_speech_add_nothing(speech_samples: SpeechSamples) -> None:
    rng = np.random.default_rng(7)
    noise = rng.normal(0, 32768 * 10 ** (-45 / 20), 6 * RATE).astype(np.int16)
    assert detect(noise) == []
    assert detect(np.zeros(5 * RATE, np.int16)) == []
    speech = speech_samples["joke"].audio
    stream = noise.copy()
    stream[2 * RATE : 2 * RATE + len(speech)] += speech // 2
    stopped = one_utterance(detect(stream))
    assert stopped.audio_start_t <= 2.0 + voiced_bounds(speech)[0] / RATE
