"""The VAD: the pure state machine driven by lists of probabilities, re-chunking, push-to-talk.

Windows are 512 samples (32 ms at 16 kHz), so with the defaults speech is confirmed after 8
windows (250 ms → 4000 samples → 8 × 512) and the turn ends after 16 silent windows (500 ms).
Audio is a synthetic ramp where needed, so every sample of an utterance can be traced back to its
exact position in the stream.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callbot_desktop.audio.push_to_talk import PushToTalkRecorder
from callbot_desktop.audio.silero import SileroVad, default_model_path
from callbot_desktop.audio.turn_end import CONTINUATION_WORDS, EndOfTurnPolicy, TurnEnding
from callbot_desktop.audio.vad import VadConfig, VadState, VadStateMachine, VoiceActivityDetector
from callbot_desktop.audio.vad_events import (
    SAMPLE_RATE,
    WINDOW_SAMPLES,
    SpeechStarted,
    SpeechStopped,
    VadEvent,
    as_int16,
)

W = WINDOW_SAMPLES
WIN_S = W / SAMPLE_RATE  # 0.032 s


def at(windows: int) -> float:
    """Stream time after ``windows`` windows, computed as the VAD does."""
    return windows * W / SAMPLE_RATE


SPEECH, SILENCE, MAYBE = 0.9, 0.05, 0.42  # MAYBE lies between the stop and start thresholds
Q, ST, SP, SO = VadState.QUIET, VadState.STARTING, VadState.SPEAKING, VadState.STOPPING


def ramp(n: int, start: int = 0) -> npt.NDArray[np.int16]:
    """Samples whose values are their own positions (mod 2**16): identity can be checked."""
    return ((np.arange(start, start + n) % 65536) - 32768).astype(np.int16)


def states(machine: VadStateMachine, probabilities: list[float]) -> list[VadState]:
    """The state after each window."""
    trace = []
    for p in probabilities:
        machine.step(p)
        trace.append(machine.state)
    return trace


def run(
    machine: VadStateMachine, probabilities: list[float], stream: npt.NDArray[np.int16]
) -> list[VadEvent]:
    """Step through ``stream`` window by window with the given probabilities."""
    assert len(stream) == len(probabilities) * W
    events: list[VadEvent] = []
    for i, p in enumerate(probabilities):
        event = machine.step(p, stream[i * W : (i + 1) * W])
        if event is not None:
            events.append(event)
    return events


def windows(ms: float) -> int:
    """Whole windows needed to cover ``ms`` milliseconds."""
    return -(-round(ms * SAMPLE_RATE / 1000) // W)


# ------------------------------------------------------------------------------ state machine


def test_silence_stays_quiet() -> None:
    machine = VadStateMachine()
    assert machine.process([SILENCE] * 100 + [MAYBE] * 100) == []
    assert machine.state is Q
    assert machine.utterance.size == 0
    assert machine.utterance_index == 0
    assert machine.time == pytest.approx(at(200))


def test_quiet_starting_speaking_stopping_quiet() -> None:
    machine = VadStateMachine()
    probs = [SILENCE] * 3 + [SPEECH] * 10 + [SILENCE] * 16 + [SILENCE] * 2
    trace = states(machine, probs)
    assert trace == [Q] * 3 + [ST] * 7 + [SP] * 3 + [SO] * 15 + [Q] * 3


def test_events_carry_stream_times() -> None:
    events = VadStateMachine().process([SILENCE] * 3 + [SPEECH] * 10 + [SILENCE] * 20)
    assert events[0] == SpeechStarted(t=at(11), onset_t=at(3), utterance=1)
    stopped = events[1]
    assert isinstance(stopped, SpeechStopped)
    assert stopped.onset_t == pytest.approx(at(3))
    assert stopped.end_t == pytest.approx(at(13))
    assert stopped.t == pytest.approx(at(29))  # 16 silent windows = 512 ms >= 500 ms
    assert stopped.audio_start_t == 0.0  # pre-roll reaches back to the start of the stream
    assert stopped.hangover_ms == 500
    assert stopped.utterance == 1
    assert len(stopped.audio) == 29 * W
    assert stopped.duration == pytest.approx(at(29))
    assert len(events) == 2


@pytest.mark.parametrize("min_speech_ms", [0, 100, 250, 400])
def test_min_speech_rejects_short_blips(min_speech_ms: int) -> None:
    needed = max(1, windows(min_speech_ms))
    short = VadStateMachine(VadConfig(min_speech_ms=min_speech_ms))
    blip = [SILENCE] * 5 + [SPEECH] * (needed - 1) + [SILENCE] * 40
    assert short.process(blip) == []
    assert short.state is Q

    long = VadStateMachine(VadConfig(min_speech_ms=min_speech_ms))
    events = long.process([SILENCE] * 5 + [SPEECH] * needed)
    assert events == [SpeechStarted(t=at(5 + needed), onset_t=at(5), utterance=1)]


def test_blips_separated_by_a_dip_do_not_add_up() -> None:
    machine = VadStateMachine()
    assert machine.process(([SPEECH] * 5 + [SILENCE]) * 10) == []
    assert machine.state is Q


def test_hangover_bridges_pauses_shorter_than_it() -> None:
    machine = VadStateMachine()
    probs = [SPEECH] * 10 + [SILENCE] * 15 + [SPEECH] * 10 + [SILENCE] * 16
    events = machine.process(probs)
    assert [type(e) for e in events] == [SpeechStarted, SpeechStopped]
    stopped = events[1]
    assert isinstance(stopped, SpeechStopped)
    assert stopped.end_t == pytest.approx(at(35))
    assert stopped.t == pytest.approx(at(51))


@pytest.mark.parametrize("hangover_ms", [0, 100, 300, 500, 1200])
def test_hangover_length(hangover_ms: int) -> None:
    needed = max(1, windows(hangover_ms))
    machine = VadStateMachine(VadConfig(hangover_ms=hangover_ms))
    machine.process([SPEECH] * 10 + [SILENCE] * (needed - 1))
    assert machine.state is (SO if needed > 1 else SP)
    event = machine.step(SILENCE)
    assert isinstance(event, SpeechStopped)
    assert event.t - event.end_t == pytest.approx(at(needed))
    assert event.t - event.end_t >= hangover_ms / 1000
    assert machine.state is Q


def test_hysteresis_start_needs_the_start_threshold() -> None:
    machine = VadStateMachine()
    assert machine.process([0.49] * 50) == []
    assert states(machine, [0.5]) == [ST]


def test_hysteresis_speech_continues_above_the_stop_threshold() -> None:
    machine = VadStateMachine()
    # Once started, values between the thresholds sustain speech (in STARTING as in SPEAKING).
    trace = states(machine, [SPEECH] + [MAYBE] * 30)
    assert trace == [ST] * 7 + [SP] * 24
    assert machine.step(0.34) is None
    assert machine.state is SO


def test_hysteresis_stopping_resumes_only_above_the_start_threshold() -> None:
    machine = VadStateMachine()
    machine.process([SPEECH] * 10 + [SILENCE] * 5)
    assert machine.state is SO
    # Hesitant values keep the silence clock running: 5 + 11 windows end the turn.
    trace = states(machine, [MAYBE] * 11)
    assert trace == [SO] * 10 + [Q]

    machine = VadStateMachine()
    machine.process([SPEECH] * 10 + [SILENCE] * 5)
    assert states(machine, [0.5, SILENCE]) == [SP, SO]
    assert machine.process([SILENCE] * 14) == []  # the silence clock restarted
    assert isinstance(machine.step(SILENCE), SpeechStopped)


def test_pre_roll_is_exactly_the_second_before_the_onset() -> None:
    machine = VadStateMachine()
    n_before = 50  # 1.6 s of "silence" before the speech
    probs = [SILENCE] * n_before + [SPEECH] * 20 + [SILENCE] * 16
    stream = ramp(len(probs) * W)
    events = run(machine, probs, stream)
    stopped = events[-1]
    assert isinstance(stopped, SpeechStopped)
    onset = n_before * W
    assert round(stopped.onset_t * SAMPLE_RATE) == onset
    start = onset - SAMPLE_RATE  # exactly 1 s of pre-roll
    assert round(stopped.audio_start_t * SAMPLE_RATE) == start
    assert np.array_equal(stopped.audio, stream[start:])
    assert not stopped.audio.flags.writeable


def test_pre_roll_never_reaches_into_the_previous_utterance() -> None:
    machine = VadStateMachine()
    probs = [SPEECH] * 10 + [SILENCE] * 16 + [SILENCE] * 5 + [SPEECH] * 10 + [SILENCE] * 16
    stream = ramp(len(probs) * W)
    first, second = (e for e in run(machine, probs, stream) if isinstance(e, SpeechStopped))
    assert np.array_equal(first.audio, stream[: 26 * W])
    assert second.audio_start_t == pytest.approx(first.t)
    assert np.array_equal(second.audio, stream[26 * W :])
    assert second.utterance == 2


def test_rejected_blips_stay_in_the_pre_roll() -> None:
    machine = VadStateMachine(VadConfig(pre_roll_ms=320))  # 10 windows
    probs = [SILENCE] * 20 + [SPEECH] * 3 + [SILENCE] * 2 + [SPEECH] * 8 + [SILENCE] * 16
    stream = ramp(len(probs) * W)
    stopped = run(machine, probs, stream)[-1]
    assert isinstance(stopped, SpeechStopped)
    assert np.array_equal(stopped.audio, stream[15 * W :])


def test_growing_utterance_while_speaking() -> None:
    machine = VadStateMachine()
    probs = [SILENCE] * 40 + [SPEECH] * 12
    stream = ramp(len(probs) * W)
    run(machine, probs[:45], stream[: 45 * W])
    assert machine.state is ST
    assert machine.utterance.size == 0  # nothing until speech is confirmed
    run(machine, probs[45:48], stream[45 * W : 48 * W])
    assert machine.state is SP
    start = 40 * W - SAMPLE_RATE
    assert machine.utterance_start_t == start / SAMPLE_RATE
    assert np.array_equal(machine.utterance, stream[start : 48 * W])
    run(machine, probs[48:], stream[48 * W :])
    assert np.array_equal(machine.utterance, stream[start:])  # it grows window by window


def test_finish_closes_an_open_utterance_and_drops_unconfirmed_speech() -> None:
    machine = VadStateMachine()
    machine.process([SPEECH] * 4)
    assert machine.finish() is None
    assert machine.state is Q

    machine.process([SPEECH] * 10)
    stopped = machine.finish()
    assert isinstance(stopped, SpeechStopped)
    assert stopped.end_t == stopped.t == pytest.approx(at(14))
    assert machine.finish() is None

    machine.process([SPEECH] * 10 + [SILENCE] * 3)
    stopped = machine.finish()
    assert isinstance(stopped, SpeechStopped)
    assert stopped.end_t == pytest.approx(at(24))
    assert stopped.t == pytest.approx(at(27))


def test_reset_starts_a_new_stream() -> None:
    machine = VadStateMachine()
    machine.process([SPEECH] * 10)
    machine.reset()
    assert machine.state is Q and machine.time == 0 and machine.utterance_index == 0
    assert machine.process([SPEECH] * 8)[0] == SpeechStarted(t=at(8), onset_t=0.0, utterance=1)


def test_windows_of_other_lengths_count_by_samples() -> None:
    machine = VadStateMachine(VadConfig(min_speech_ms=100, hangover_ms=100))
    events = [machine.step(SPEECH, ramp(800)), machine.step(SPEECH, ramp(800, 800))]
    assert events[0] is None
    assert events[1] == SpeechStarted(t=0.1, onset_t=0.0, utterance=1)
    stopped = machine.step(SILENCE, ramp(1600, 1600))
    assert isinstance(stopped, SpeechStopped)
    assert np.array_equal(stopped.audio, ramp(3200))
    with pytest.raises(ValueError):
        machine.step(SPEECH, ramp(0))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([0.0, 0.2, 0.34, 0.35, 0.49, 0.5, 0.8, 1.0]), max_size=300),
    st.sampled_from([0, 64, 250, 400]),
    st.sampled_from([0, 200, 500]),
    st.sampled_from([0, 300, 1000]),
)
def test_invariants_for_any_probabilities(
    probs: list[float], min_speech_ms: int, hangover_ms: int, pre_roll_ms: int
) -> None:
    config = VadConfig(
        min_speech_ms=min_speech_ms, hangover_ms=hangover_ms, pre_roll_ms=pre_roll_ms
    )
    machine = VadStateMachine(config)
    stream = ramp(len(probs) * W)
    events = run(machine, probs, stream)
    closing = machine.finish()
    if closing is not None:
        events.append(closing)
    assert [type(e) for e in events] == [SpeechStarted, SpeechStopped] * (len(events) // 2)
    previous_end = 0
    for number, (started, stopped) in enumerate(zip(events[::2], events[1::2], strict=True), 1):
        assert isinstance(started, SpeechStarted) and isinstance(stopped, SpeechStopped)
        assert started.utterance == stopped.utterance == number
        assert started.onset_t == stopped.onset_t
        assert started.t - started.onset_t >= min_speech_ms / 1000 - 1e-9
        begin = round(stopped.audio_start_t * SAMPLE_RATE)
        end = round(stopped.t * SAMPLE_RATE)
        assert begin >= previous_end  # utterances never overlap
        assert begin == max(
            previous_end, round(stopped.onset_t * SAMPLE_RATE) - config.samples(pre_roll_ms)
        )
        assert np.array_equal(stopped.audio, stream[begin:end])
        assert stopped.onset_t <= stopped.end_t <= stopped.t
        if stopped is not closing:
            assert stopped.t - stopped.end_t >= hangover_ms / 1000 - 1e-9
        previous_end = end


# --------------------------------------------------------------------------- adaptive hangover


def stop_after(text: str | None, config: VadConfig | None = None) -> int:
    """Silent windows it takes to end the turn after ``text`` was the partial transcript."""
    machine = VadStateMachine(config)
    machine.process([SPEECH] * 10)
    if text is not None:
        machine.set_partial_transcript(text)
    for n in range(1, 1000):
        if machine.step(SILENCE) is not None:
            return n
    raise AssertionError("never stopped")


def test_hangover_is_shorter_after_a_question() -> None:
    assert stop_after(None) == 16  # 500 ms
    assert stop_after("What time is it?") == 8  # 250 ms
    assert stop_after("Turn on the lights.") == 8
    assert stop_after("Stop!") == 8


def test_hangover_is_longer_after_um() -> None:
    assert stop_after("I would like, um") == 29  # 900 ms
    assert stop_after("Tell me about the weather and") == 29
    assert stop_after("Thank you,") == 29
    assert stop_after("So I was thinking...") == 29


def test_hangover_without_a_clear_ending_is_the_base() -> None:
    assert stop_after("What is the weather") == 16
    assert stop_after("") == 16


def test_a_shorter_hangover_applies_to_silence_already_heard() -> None:
    machine = VadStateMachine()
    machine.process([SPEECH] * 10 + [SILENCE] * 12)
    assert machine.state is SO
    machine.set_partial_transcript("Is it raining?")
    stopped = machine.step(SILENCE)
    assert isinstance(stopped, SpeechStopped)
    assert stopped.hangover_ms == 250


def test_the_partial_transcript_belongs_to_one_utterance() -> None:
    machine = VadStateMachine()
    machine.process([SPEECH] * 10)
    machine.set_partial_transcript("um")
    assert machine.hangover_ms == 900
    assert machine.partial_transcript == "um"
    machine.process([SILENCE] * 29 + [SPEECH] * 10)
    assert machine.utterance_index == 2
    assert machine.hangover_ms == 500 and machine.partial_transcript == ""
    machine.set_partial_transcript("late words from the first one.", utterance=1)
    assert machine.hangover_ms == 500
    machine.set_partial_transcript("Hi.", utterance=2)
    assert machine.hangover_ms == 250


def test_the_hangover_floor_and_ceiling() -> None:
    assert stop_after("Done.", VadConfig(hangover_ms=300)) == windows(200)
    assert stop_after("Done.", VadConfig(hangover_ms=150)) == windows(150)  # never longer
    assert stop_after("and", VadConfig(hangover_ms=2500)) == windows(3000)


@pytest.mark.parametrize(
    ("text", "ending"),
    [
        ("What is the weather like today?", TurnEnding.COMPLETE),
        ("Thanks.", TurnEnding.COMPLETE),
        ('He said "stop."', TurnEnding.COMPLETE),
        ("(really?)  ", TurnEnding.COMPLETE),
        ("Wow!", TurnEnding.COMPLETE),
        ("I need eggs, milk and", TurnEnding.CONTINUING),
        ("Let me think, um.", TurnEnding.CONTINUING),
        ("Uh", TurnEnding.CONTINUING),
        ("So", TurnEnding.CONTINUING),
        ("coffee or", TurnEnding.CONTINUING),
        ("It's cold but", TurnEnding.CONTINUING),
        ("Hello,", TurnEnding.CONTINUING),
        ("The list:", TurnEnding.CONTINUING),
        ("Well...", TurnEnding.CONTINUING),
        ("Well…", TurnEnding.CONTINUING),
        ("So?", TurnEnding.COMPLETE),
        ("Sandbox", TurnEnding.UNKNOWN),
        ("What is the weather", TurnEnding.UNKNOWN),
        ("", TurnEnding.UNKNOWN),
        ("   ", TurnEnding.UNKNOWN),
    ],
)
def test_end_of_turn_classification(text: str, ending: TurnEnding) -> None:
    assert EndOfTurnPolicy().classify(text) is ending


def test_end_of_turn_words_and_factors_are_parameters() -> None:
    policy = EndOfTurnPolicy(
        continuation_words=CONTINUATION_WORDS | {"like"},
        continuation_factor=3.0,
        complete_factor=0.8,
        min_hangover_ms=0,
    )
    assert policy.classify("it was like") is TurnEnding.CONTINUING
    assert policy.hangover_ms("it was like", 500) == 1500
    assert policy.hangover_ms("Yes.", 500) == 400
    assert EndOfTurnPolicy(sentence_endings="?").classify("Yes.") is TurnEnding.UNKNOWN
    with pytest.raises(ValueError):
        EndOfTurnPolicy(complete_factor=1.5)
    with pytest.raises(ValueError):
        EndOfTurnPolicy(continuation_factor=0.5)


# -------------------------------------------------------------------------------------- config


def test_config_validation_and_settings() -> None:
    with pytest.raises(ValueError):
        VadConfig(start_threshold=0.3, stop_threshold=0.4)
    with pytest.raises(ValueError):
        VadConfig(hangover_ms=-1)
    config = VadConfig.from_settings(
        {"vad.min_speech_ms": 100, "vad.hangover_ms": 800, "other": 1}, pre_roll_ms=500
    )
    assert (config.min_speech_ms, config.hangover_ms, config.pre_roll_ms) == (100, 800, 500)
    assert VadConfig.from_settings({}) == VadConfig()


def test_as_int16_accepts_arrays_bytes_and_floats() -> None:
    samples = np.array([0, 1, -1, 32767, -32768], np.int16)
    assert np.array_equal(as_int16(samples.tobytes()), samples)
    assert np.array_equal(as_int16(samples[:, None]), samples)
    floats = np.array([0.0, 0.5, -1.0, 2.0], np.float32)
    assert as_int16(floats).tolist() == [0, 16384, -32768, 32767]
    with pytest.raises(ValueError):
        as_int16(b"\x00")
    with pytest.raises(ValueError):
        as_int16(np.zeros((4, 2), np.int16))
    with pytest.raises(TypeError):
        as_int16(np.zeros(4, np.int32))


# ------------------------------------------------------------------------ streaming detector


class LoudnessModel:
    """A stand-in for Silero: a window is speech when its mean absolute value is large."""

    def __init__(self) -> None:
        self.windows: list[int] = []
        self.resets = 0

    def __call__(self, window: npt.NDArray[Any], /) -> float:
        assert window.shape == (W,)
        self.windows.append(len(window))
        return 0.9 if float(np.abs(window.astype(np.float64)).mean()) > 1000 else 0.0

    def reset(self) -> None:
        self.resets += 1


def loud_and_quiet() -> npt.NDArray[np.int16]:
    """3 s: 0.5 s quiet, 1 s loud, 1.5 s quiet, with a ramp riding on it for identity."""
    level = np.zeros(3 * SAMPLE_RATE, np.int64)
    level[SAMPLE_RATE // 2 : 3 * SAMPLE_RATE // 2] = 10_000
    signs = np.where(np.arange(len(level)) % 2 == 0, 1, -1)
    return (level * signs + np.arange(len(level)) % 97).astype(np.int16)


def feed_in_chunks(detector: VoiceActivityDetector, audio: Any, sizes: list[int]) -> list[VadEvent]:
    events: list[VadEvent] = []
    position, i = 0, 0
    while position < len(audio):
        size = sizes[i % len(sizes)]
        events += detector.feed(audio[position : position + size])
        position += size
        i += 1
    return events


def test_detector_rechunks_into_512_sample_windows() -> None:
    audio = loud_and_quiet()
    model = LoudnessModel()
    detector = VoiceActivityDetector(model=model)
    events = feed_in_chunks(detector, audio, [480])  # 30 ms chunks, as a sound card gives
    assert len(model.windows) == len(audio) // W
    assert [type(e) for e in events] == [SpeechStarted, SpeechStopped]
    stopped = events[1]
    assert isinstance(stopped, SpeechStopped)
    begin = round(stopped.audio_start_t * SAMPLE_RATE)
    assert begin == 0  # the pre-roll reaches back to the start
    assert np.array_equal(stopped.audio, audio[: round(stopped.t * SAMPLE_RATE)])
    assert detector.state is Q
    assert detector.last_probability == 0.0


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(1, 3000), min_size=1, max_size=20))
def test_detector_events_do_not_depend_on_chunk_sizes(sizes: list[int]) -> None:
    audio = loud_and_quiet()
    reference = feed_in_chunks(VoiceActivityDetector(model=LoudnessModel()), audio, [W])
    events = feed_in_chunks(VoiceActivityDetector(model=LoudnessModel()), audio, sizes)
    assert events == reference
    for got, want in zip(events, reference, strict=True):
        if isinstance(got, SpeechStopped) and isinstance(want, SpeechStopped):
            assert np.array_equal(got.audio, want.audio)


def test_detector_takes_bytes_and_floats() -> None:
    audio = loud_and_quiet()
    reference = feed_in_chunks(VoiceActivityDetector(model=LoudnessModel()), audio, [W])
    as_bytes = feed_in_chunks(
        VoiceActivityDetector(model=LoudnessModel()), audio.tobytes(), [2 * 1000]
    )
    floats = feed_in_chunks(
        VoiceActivityDetector(model=LoudnessModel()), audio.astype(np.float32) / 32768, [777]
    )
    assert as_bytes == reference == floats


def test_detector_partial_transcript_finish_and_reset() -> None:
    audio = loud_and_quiet()
    model = LoudnessModel()
    detector = VoiceActivityDetector(VadConfig(hangover_ms=2000), model=model)
    events = detector.feed(audio[: 2 * SAMPLE_RATE])
    assert [type(e) for e in events] == [SpeechStarted]
    assert detector.state is SO
    assert len(detector.utterance) > SAMPLE_RATE
    detector.set_partial_transcript("Thank you.")
    assert detector.machine.hangover_ms == 1000
    stopped = detector.feed(audio[2 * SAMPLE_RATE :])
    assert [type(e) for e in stopped] == [SpeechStopped]

    detector.reset()
    assert model.resets == 1 and detector.state is Q
    detector.feed(audio[: SAMPLE_RATE + 100])
    assert detector.state is SP
    closing = detector.finish()
    assert [type(e) for e in closing] == [SpeechStopped]
    assert detector.finish() == []


def test_detector_runs_at_16khz_only() -> None:
    with pytest.raises(ValueError):
        VoiceActivityDetector(VadConfig(sample_rate=8000), model=LoudnessModel())


# ------------------------------------------------------------------------------ push-to-talk


def test_push_to_talk_records_from_press_to_release() -> None:
    ptt = PushToTalkRecorder()
    stream = ramp(10 * W)
    ptt.feed(stream[: 2 * W])  # before the press: not recorded
    assert ptt.release() is None
    started = ptt.press()
    assert started == SpeechStarted(t=at(2), onset_t=at(2), utterance=1)
    assert ptt.press() is None  # key auto-repeat
    assert ptt.pressed
    ptt.feed(stream[2 * W : 5 * W])
    assert np.array_equal(ptt.utterance, stream[2 * W : 5 * W])
    ptt.feed(stream[5 * W : 7 * W].tobytes())
    stopped = ptt.release()
    assert isinstance(stopped, SpeechStopped)
    assert np.array_equal(stopped.audio, stream[2 * W : 7 * W])
    assert stopped.onset_t == stopped.audio_start_t == pytest.approx(at(2))
    assert stopped.t == stopped.end_t == pytest.approx(at(7))
    assert stopped.hangover_ms == 0 and stopped.utterance == 1
    assert ptt.release() is None and not ptt.pressed
    ptt.feed(stream[7 * W :])
    assert ptt.utterance.size == 0


def test_push_to_talk_pre_roll_limit_and_cancel() -> None:
    ptt = PushToTalkRecorder(pre_roll_ms=64, max_seconds=0.1)  # 1024 samples, 1600 at most
    stream = ramp(20 * W)
    ptt.feed(stream[: 3 * W])
    ptt.press()
    ptt.feed(stream[3 * W :])
    stopped = ptt.release()
    assert isinstance(stopped, SpeechStopped)
    assert np.array_equal(stopped.audio, stream[W : W + 1600])
    assert stopped.audio_start_t == pytest.approx(WIN_S)

    ptt.press()
    ptt.feed(stream[:W])
    ptt.cancel()
    assert not ptt.pressed and ptt.release() is None
    ptt.press()
    empty = ptt.release()
    assert isinstance(empty, SpeechStopped) and empty.audio.size == 0 and empty.utterance == 3


# ------------------------------------------------------------------- the real Silero model


@pytest.fixture(scope="module")
def silero() -> SileroVad:
    return SileroVad()


def babble(seconds: float, seed: int = 1) -> npt.NDArray[np.int16]:
    """Voice-like sound: harmonics of a wobbling pitch, changing timbre, syllables at 4 Hz.

    Silero scores it anywhere from 0.1 to 0.95, which exercises the model's state.
    """
    t = np.arange(round(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    pitch = 120 + 20 * np.sin(2 * np.pi * 3 * t)
    phase = 2 * np.pi * np.cumsum(pitch) / SAMPLE_RATE
    voice = sum(
        np.sin(k * phase) / k * (1 + np.sin(2 * np.pi * (k * 37 % 11 + 1) * 0.7 * t))
        for k in range(1, 30)
    )
    syllables = np.clip(np.sin(2 * np.pi * 4 * t), 0, None) ** 0.5
    noise = np.random.default_rng(seed).normal(0, 0.01, len(t))
    audio: npt.NDArray[np.int16] = (np.clip(0.3 * voice * syllables + noise, -1, 1) * 32767).astype(
        np.int16
    )
    return audio


def test_silero_runs_on_one_thread_from_the_faster_whisper_asset(silero: SileroVad) -> None:
    assert silero.path == default_model_path()
    assert silero.path.name == "silero_vad_v6.onnx"
    options = silero._session.get_session_options()
    assert options.intra_op_num_threads == 1 and options.inter_op_num_threads == 1


def test_silero_streaming_matches_faster_whisper_on_the_whole_signal(silero: SileroVad) -> None:
    from faster_whisper.vad import get_vad_model

    audio = np.concatenate([np.zeros(8000, np.int16), babble(1.5), np.zeros(8000, np.int16)])
    audio = audio[: len(audio) // W * W]
    whole = np.asarray(get_vad_model()(audio.astype(np.float32) / 32768)).reshape(-1)
    assert whole.max() > 0.9 and np.ptp(whole) > 0.8
    silero.reset()
    one_by_one = [silero(audio[i : i + W]) for i in range(0, len(audio), W)]
    np.testing.assert_allclose(one_by_one, whole, atol=1e-5)
    silero.reset()
    np.testing.assert_allclose(silero.probabilities(audio), whole, atol=1e-5)
    silero.reset()
    first = silero.probabilities(audio[: 7 * W])
    rest = silero.probabilities(audio[7 * W :].astype(np.float32) / 32768)
    np.testing.assert_allclose(np.concatenate([first, rest]), whole, atol=1e-5)
    assert silero.probabilities(np.zeros(0, np.int16)).size == 0


def test_silero_needs_whole_windows(silero: SileroVad) -> None:
    with pytest.raises(ValueError):
        silero(np.zeros(100, np.int16))
    with pytest.raises(TypeError):
        silero(np.zeros(W, np.int32))


@pytest.mark.parametrize("level_dbfs", [-60, -40, -25])
def test_silence_and_white_noise_are_not_speech(level_dbfs: int) -> None:
    rng = np.random.default_rng(-level_dbfs)
    noise = rng.normal(0, 32768 * 10 ** (level_dbfs / 20), 5 * SAMPLE_RATE)
    audio = np.concatenate([np.zeros(SAMPLE_RATE, np.int16), noise.astype(np.int16)])
    detector = VoiceActivityDetector()
    assert feed_in_chunks(detector, audio, [W]) == [] and detector.finish() == []
    assert detector.state is Q
