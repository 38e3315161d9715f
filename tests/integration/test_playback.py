"""Playback to the virtual speaker: what is played comes back on ``vspeaker.monitor``, and an
interrupt silences it quickly and reports how much of each sentence was heard.

Durations are measured in recorded audio samples, never with a clock: the recording of
``vspeaker.monitor`` is the ground truth for when the speaker went quiet.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import numpy as np
import numpy.typing as npt
import pytest

from callbot_desktop.audio.playback import Playback, PlaybackReport
from callbot_desktop.audio.resample import resample, to_int16
from callbot_desktop.core.errors import CallbotError
from tests.harness.speech_samples import SpeechSamples
from tests.harness.virtual_audio import Recorder, VirtualAudio

pytestmark = [pytest.mark.integration, pytest.mark.timeout(90)]

WAIT_S = 15.0
"""Upper bound for anything to happen (never asserted as a duration)."""

RATE = 48_000
THRESHOLD = 200
"""A recorded sample louder than this (int16) counts as sound (the signals peak at ~16000)."""

SILENCE_WITHIN_MS = 100.0
"""The speaker must be silent within this much recorded audio after the interrupt mark."""

LEAD_S = 0.1
"""Silence played first: the first 10-30 ms of a new stream never reach ``vspeaker.monitor``
(and on a busy machine the first callbacks come late), so only silence may be lost."""


def play_lead_in(playback: Playback) -> None:
    playback.play(np.zeros(round(LEAD_S * RATE), np.int16), "lead-in", RATE)


@pytest.fixture
def audio(virtual_audio: VirtualAudio) -> Iterator[VirtualAudio]:
    """``virtual_audio`` that also checks, at teardown, that no playback stream was left open."""
    yield virtual_audio
    leftovers = [
        stream
        for stream in virtual_audio.server.list_objects("sink-inputs")
        if "ALSA" in str(stream.get("properties", {}).get("application.name", ""))
    ]
    assert leftovers == [], "a playback stream was left open"


def chirp(rate: int, seconds: float, amplitude: float = 0.5) -> npt.NDArray[np.float32]:
    """A 300 Hz → 3 kHz sweep: continuous sound (no pauses) with an unambiguous alignment."""
    t = np.arange(round(rate * seconds)) / rate
    f0, f1 = 300.0, 3000.0
    phase = 2 * np.pi * (f0 * t + (f1 - f0) * t * t / (2 * seconds))
    return (amplitude * np.sin(phase)).astype(np.float32)


def loud(recording: npt.NDArray[np.int16]) -> npt.NDArray[np.intp]:
    """Indices of the recorded frames with sound on any channel."""
    frames = recording.reshape(len(recording), -1).astype(np.int32)
    return np.flatnonzero(np.max(np.abs(frames), axis=1) > THRESHOLD)


def best_alignment(
    audio: npt.NDArray[np.float64], reference: npt.NDArray[np.float64]
) -> tuple[int, float]:
    """Lag of ``reference`` inside ``audio`` and the normalised correlation there."""
    n = 1 << int(np.ceil(np.log2(len(audio) + len(reference))))
    corr = np.fft.irfft(np.fft.rfft(audio, n) * np.conj(np.fft.rfft(reference, n)), n)
    lag = int(np.argmax(corr[: len(audio)]))
    seg = audio[lag : lag + len(reference)]
    ref = reference[: len(seg)]
    return lag, float(np.dot(seg, ref) / (np.linalg.norm(seg) * np.linalg.norm(ref) + 1e-12))


async def wait_for_frames(recorder: Recorder, frames: int) -> None:
    assert await asyncio.to_thread(recorder.wait_for_frames, frames, WAIT_S)


async def wait_until_heard(playback: Playback, tag: str, seconds: float) -> None:
    """Poll the report until ``seconds`` of ``tag`` were heard (an upper-bounded wait)."""
    async with asyncio.timeout(WAIT_S):
        while True:
            sentence = playback.report().get(tag)
            if sentence is not None and sentence.heard_s >= seconds:
                return
            await asyncio.sleep(0.005)  # noqa: ASYNC110 (polling the audio clock is the point)


@pytest.mark.asyncio
async def test_played_audio_comes_back_bit_exact_at_the_device_rate(audio: VirtualAudio) -> None:
    """48 kHz stereo int16 needs no conversion: the monitor gives back exactly what was played."""
    t = np.arange(RATE // 2) / RATE
    signal = np.round(
        np.stack([0.5 * np.sin(2 * np.pi * 440 * t), 0.25 * np.sin(2 * np.pi * 660 * t)], 1) * 32767
    ).astype(np.int16)
    states: list[bool] = []
    playback = Playback(
        audio.speaker_device, samplerate=RATE, latency="high", on_playing=states.append
    )
    recorder = audio.speaker_recorder()
    await playback.start()
    try:
        assert (playback.samplerate, playback.channels) == (RATE, 2)
        play_lead_in(playback)
        playback.play(signal, "s1", RATE)
        async with asyncio.timeout(WAIT_S):
            await playback.drained()
        report = playback.report()
    finally:
        await playback.stop()
        recording = await asyncio.to_thread(recorder.stop)
    expected = signal[1:]  # sin(0) = 0: the first frame is silent
    start = int(np.flatnonzero(np.any(recording != 0, axis=1))[0])
    assert np.array_equal(recording[start : start + len(expected)], expected)
    assert states == [True, False]
    sentence = report.get("s1")
    assert sentence is not None and sentence.fraction == 1.0
    assert sentence.total_s == pytest.approx(0.5)


@pytest.mark.asyncio
async def test_speech_at_another_rate_is_resampled_and_recognisable(
    audio: VirtualAudio, speech_samples: SpeechSamples
) -> None:
    """16 kHz mono speech, sent in uneven chunks, comes out at 48 kHz stereo, click-free."""
    sample = speech_samples["weather"]
    recorder = audio.speaker_recorder()
    playback = Playback(audio.speaker_device, samplerate=RATE, latency="high")
    await playback.start()
    try:
        play_lead_in(playback)
        for start in range(0, len(sample.audio), 3001):  # chunks split mid-sentence
            playback.play(sample.audio[start : start + 3001], "weather", sample.rate)
        async with asyncio.timeout(WAIT_S):
            await playback.drained()
        report = playback.report()
    finally:
        await playback.stop()
        recording = await asyncio.to_thread(recorder.stop)
    expected = resample(sample.audio, sample.rate, RATE)  # the same conversion in one go
    got = recording[:, 0].astype(np.float64) / 32768.0
    lag, match = best_alignment(got, expected.astype(np.float64))
    assert match > 0.999, match  # chunking changed nothing
    assert np.array_equal(
        recording[lag : lag + len(expected), 0], recording[lag:, 1][: len(expected)]
    )
    heard = report.get("weather")
    assert heard is not None and heard.fraction == 1.0
    assert heard.total_s == pytest.approx(sample.seconds, abs=0.001)


@pytest.mark.asyncio
async def test_interrupt_silences_the_speaker_and_reports_what_was_heard(
    audio: VirtualAudio,
) -> None:
    rate = 24_000  # like Edge TTS: resampled to 48 kHz on the way
    sentence = chirp(rate, 3.0)
    states: list[bool] = []
    recorder = audio.speaker_recorder()
    playback = Playback(
        audio.speaker_device, samplerate=RATE, latency="high", on_playing=states.append
    )
    await playback.start()
    try:
        play_lead_in(playback)
        playback.play(sentence, "long", rate)
        await wait_until_heard(playback, "long", 1.0)
        mark = recorder.frames  # the recording's position when interrupt() is called
        report = playback.interrupt()
        async with asyncio.timeout(WAIT_S):
            await playback.drained()
        await wait_for_frames(recorder, mark + RATE // 2)  # half a second after the mark
        latency_ms = playback.latency_s * 1000
    finally:
        await playback.stop()
        recording = await asyncio.to_thread(recorder.stop)

    assert report.interrupted
    heard = report.get("long")
    assert heard is not None
    assert 0.0 < heard.fraction < 1.0
    assert heard.total_s == pytest.approx(3.0)
    assert heard.heard_s >= 1.0  # interrupt came after the report said 1 s had been heard
    assert states == [True, False]

    sound = loud(recording)
    first, last = int(sound[0]), int(sound[-1])
    assert np.all(np.diff(sound) < RATE // 100), "the sweep was cut short before the interrupt"
    after_mark_ms = (last - mark) / RATE * 1000
    audible_s = (last + 1 - first) / RATE
    beyond_heard_ms = (audible_s - heard.heard_s) * 1000
    print(
        f"\nsilence {after_mark_ms:.1f} ms of audio after the interrupt mark; sounded "
        f"{beyond_heard_ms:.1f} ms beyond the reported heard point "
        f"(heard {heard.heard_s:.3f} s = {heard.fraction:.3f}; stream latency "
        f"{latency_ms:.0f} ms)"
    )
    assert after_mark_ms <= SILENCE_WITHIN_MS
    # "Heard" is what had reached the speaker at the call; what was already in the device
    # sounded a little longer: at most about one output latency plus one block.
    assert -20.0 <= beyond_heard_ms <= SILENCE_WITHIN_MS
    assert not np.any(np.abs(recording[last + 1 :].astype(np.int32)) > THRESHOLD)


@pytest.mark.asyncio
async def test_interrupt_reports_every_queued_sentence(audio: VirtualAudio) -> None:
    """Sentence 1 heard in full, sentence 2 in part, sentence 3 not at all."""
    rate = 22_050  # like Piper
    playback = Playback(audio.speaker_device, latency="high")  # the device's own default rate
    await playback.start()
    try:
        for tag in ("one", "two", "three"):
            playback.play(to_int16(chirp(rate, 0.6)), tag, rate)
        await wait_until_heard(playback, "two", 0.2)
        report = playback.interrupt()
        assert playback.report().sentences == ()  # statistics start afresh
        async with asyncio.timeout(WAIT_S):
            await playback.drained()
    finally:
        await playback.stop()
    assert isinstance(report, PlaybackReport)
    assert [s.tag for s in report.sentences] == ["one", "two", "three"]
    one, two, three = report.sentences
    assert one.fraction == 1.0 and one.complete
    assert 0.0 < two.fraction < 1.0 and two.heard_s >= 0.2
    assert three.heard_s == 0.0 and three.fraction == 0.0
    assert report.heard_s == pytest.approx(one.heard_s + two.heard_s)
    assert one.total_s == pytest.approx(0.6, abs=0.001)


@pytest.mark.asyncio
async def test_idle_playback_outputs_silence_and_interrupt_is_harmless(
    audio: VirtualAudio,
) -> None:
    recorder = audio.speaker_recorder()
    playback = Playback(audio.speaker_device, samplerate=RATE, latency="high")
    await playback.start()
    try:
        await wait_for_frames(recorder, recorder.frames + RATE // 4)
        report = playback.interrupt()
        async with asyncio.timeout(WAIT_S):
            await playback.drained()
        assert report.sentences == () and not playback.playing
    finally:
        await playback.stop()
        recording = await asyncio.to_thread(recorder.stop)
    assert not np.any(recording)
    assert playback.underruns >= 0 and not playback.stream_open
    assert playback.speech_underruns == 0  # silence only: nothing a person could hear as a gap


@pytest.mark.asyncio
async def test_an_unknown_speaker_is_a_clear_error(audio: VirtualAudio) -> None:
    playback = Playback("no such speaker")
    with pytest.raises(CallbotError, match="could not be opened"):
        await playback.start()
    assert not playback.stream_open
    with pytest.raises(RuntimeError, match="before start"):
        playback.play(np.zeros(10, np.int16), "x", RATE)
