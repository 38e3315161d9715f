"""Capture from the virtual microphone: frames, levels, resampling, and losing the device.

Everything goes through the real chain (PulseAudio → ALSA pulse plugin → PortAudio →
sounddevice → asyncio). Losses are made for real with ``pactl``: suspending the ``vmic`` source
(the stream stalls, no error is reported) and unloading its module (PulseAudio moves the stream to
another source and carries on, so only a fresh open of ``vmic`` shows that it is gone).

No assertion is about wall-clock time; the waits are only upper bounds for giving up.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import TypeVar

import numpy as np
import numpy.typing as npt
import pytest

from callbot_desktop.audio.capture import (
    CAPTURE_RATE,
    AudioFrame,
    Capture,
    CaptureEvent,
    DeviceLost,
    DeviceRestored,
    LevelChanged,
)
from callbot_desktop.audio.devices import list_devices
from callbot_desktop.core.errors import CallbotError
from tests.harness.speech_samples import SpeechSamples
from tests.harness.virtual_audio import VirtualAudio

pytestmark = [pytest.mark.integration, pytest.mark.timeout(90)]

WAIT_S = 15.0
"""Upper bound for anything to arrive (never asserted as a duration)."""

E = TypeVar("E")


@pytest.fixture
def audio(virtual_audio: VirtualAudio) -> Iterator[VirtualAudio]:
    """``virtual_audio`` that also checks, at teardown, that no capture stream was left open."""
    yield virtual_audio
    leftovers = [
        stream
        for stream in virtual_audio.server.list_objects("source-outputs")
        if "ALSA" in str(stream.get("properties", {}).get("application.name", ""))
    ]
    assert leftovers == [], "a capture stream was left open"


async def next_of(events: AsyncIterator[CaptureEvent], kind: type[E]) -> tuple[E, list[E]]:
    """Read events until one of ``kind``; returns it and the frames seen before it."""
    seen: list[E] = []
    async with asyncio.timeout(WAIT_S):
        async for event in events:
            if isinstance(event, kind):
                return event, seen
            if isinstance(event, AudioFrame):
                seen.append(event)  # type: ignore[arg-type]
    raise AssertionError(f"events ended before a {kind.__name__}")


async def collect_until_covered(
    frames: AsyncIterator[AudioFrame], expected_len: int
) -> npt.NDArray[np.int16]:
    """Frames until ``expected_len`` samples have arrived from the first non-zero one."""
    chunks: list[npt.NDArray[np.int16]] = []
    start: int | None = None
    total = 0
    async with asyncio.timeout(WAIT_S):
        async for frame in frames:
            chunks.append(frame.pcm)
            if start is None and np.any(frame.pcm):
                start = total + int(np.flatnonzero(frame.pcm)[0])
            total += len(frame.pcm)
            if start is not None and total - start >= expected_len:
                break
    audio = np.concatenate(chunks)
    assert start is not None, "nothing but silence was captured"
    return audio[start : start + expected_len]


def similarity(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]) -> tuple[int, float]:
    """Best lag of ``b`` inside ``a`` and the normalised correlation there."""
    n = 1 << int(np.ceil(np.log2(len(a) + len(b))))
    corr = np.fft.irfft(np.fft.rfft(a, n) * np.conj(np.fft.rfft(b, n)), n)[: len(a)]
    lag = int(np.argmax(corr))
    seg = a[lag : lag + len(b)]
    ref = b[: len(seg)]
    return lag, float(np.dot(seg, ref) / (np.linalg.norm(seg) * np.linalg.norm(ref) + 1e-12))


def speech_start(sample: npt.NDArray[np.int16]) -> npt.NDArray[np.int16]:
    return sample[int(np.flatnonzero(sample)[0]) :]


async def assert_speech_arrives_bit_exact(
    capture: Capture, audio: VirtualAudio, speech: npt.NDArray[np.int16]
) -> None:
    expected = speech_start(speech)
    playback = audio.start_play_into_mic(speech)
    try:
        got = await collect_until_covered(capture.frames(), len(expected))
    finally:
        await asyncio.to_thread(playback.stop)
    assert np.array_equal(got, expected), f"{int(np.count_nonzero(got != expected))} differ"


@pytest.mark.asyncio
async def test_speech_in_the_mic_arrives_as_frames_bit_exact(
    audio: VirtualAudio, speech_samples: SpeechSamples
) -> None:
    sample = speech_samples["weather"]
    others: list[CaptureEvent] = []
    capture = Capture(audio.mic_device, on_event=others.append)
    await capture.start()
    try:
        first, _ = await next_of(capture.events(), AudioFrame)
        assert first.rate == CAPTURE_RATE and first.pcm.dtype == np.int16
        assert len(first.pcm) == 320  # 20 ms blocks
        assert capture.device_rate == CAPTURE_RATE  # vmic opens at 16 kHz: no resampling
        await assert_speech_arrives_bit_exact(capture, audio, sample.audio)
    finally:
        await capture.stop()
    assert not capture.stream_open
    assert capture.first_callback_s is not None
    print(f"capture first callback after {capture.first_callback_s * 1000:.0f} ms")
    levels = [event for event in others if isinstance(event, LevelChanged)]
    assert -3.0 < max(level.peak_db for level in levels) <= 0.0  # samples peak at -2 dBFS
    assert min(level.rms_db for level in levels) == -120.0  # digital silence before the speech


@pytest.mark.asyncio
async def test_frames_end_when_capture_stops(audio: VirtualAudio) -> None:
    capture = Capture(audio.mic_device)
    await capture.start()
    received = 0
    some_arrived = asyncio.Event()

    async def consume() -> None:
        nonlocal received
        async for _ in capture.frames():
            received += 1
            if received >= 3:
                some_arrived.set()

    consumer = asyncio.create_task(consume())
    async with asyncio.timeout(WAIT_S):
        await some_arrived.wait()
    await capture.stop()
    async with asyncio.timeout(WAIT_S):
        await consumer  # the iterator ends by itself
    assert not capture.running and not capture.stream_open


@pytest.mark.asyncio
async def test_default_device_and_device_by_index(audio: VirtualAudio) -> None:
    index = next(d.index for d in list_devices().inputs if d.name == audio.mic_device)
    for spec in ("", str(index), index):
        capture = Capture(spec)
        await capture.start()
        try:
            frame, _ = await next_of(capture.events(), AudioFrame)
            assert len(frame.pcm) > 0
        finally:
            await capture.stop()
        if spec != "":
            assert capture.name == audio.mic_device


@pytest.mark.asyncio
async def test_a_device_opened_at_48k_is_resampled_to_16k(
    audio: VirtualAudio, speech_samples: SpeechSamples
) -> None:
    sample = speech_samples["hello"]
    capture = Capture(audio.mic_device, device_rate=48_000)
    await capture.start()
    try:
        await next_of(capture.events(), AudioFrame)
        assert capture.device_rate == 48_000
        playback = audio.start_play_into_mic(sample.padded(0.0, 0.5))
        try:
            got = await collect_until_covered(capture.frames(), len(sample.audio))
        finally:
            await asyncio.to_thread(playback.stop)
    finally:
        await capture.stop()
    lag, match = similarity(
        np.concatenate([got, np.zeros(1600, np.int16)]).astype(np.float64),
        speech_start(sample.audio).astype(np.float64),
    )
    assert match > 0.97, (lag, match)


@pytest.mark.asyncio
async def test_an_unknown_device_is_a_clear_error(audio: VirtualAudio) -> None:
    capture = Capture("no such microphone")
    with pytest.raises(CallbotError, match="could not be opened") as caught:
        await capture.start()
    assert "Settings" in caught.value.fix
    assert not capture.stream_open


@pytest.mark.asyncio
async def test_a_suspended_source_is_lost_and_comes_back(
    audio: VirtualAudio, speech_samples: SpeechSamples
) -> None:
    """Suspending vmic stalls the stream without any error: the stall is the loss."""
    capture = Capture(audio.mic_device, stall_timeout_s=0.5, poll_interval_s=0.5)
    await capture.start()
    try:
        events = capture.events()
        await next_of(events, AudioFrame)
        await asyncio.to_thread(audio.pactl, "suspend-source", audio.mic_device, "1")
        lost, _ = await next_of(events, DeviceLost)
        assert lost.name == audio.mic_device
        assert "stopped delivering" in lost.reason or "no audio" in lost.reason
        assert capture.lost
        await asyncio.to_thread(audio.pactl, "suspend-source", audio.mic_device, "0")
        restored, _ = await next_of(events, DeviceRestored)
        assert restored.name == audio.mic_device and not capture.lost
        await assert_speech_arrives_bit_exact(capture, audio, speech_samples["joke"].audio)
    finally:
        await capture.stop()
        await asyncio.to_thread(audio.pactl, "suspend-source", audio.mic_device, "0")


def remap_module(audio: VirtualAudio) -> tuple[str, list[str]]:
    """Index and arguments of the module that makes the ``vmic`` source."""
    for line in audio.pactl("list", "short", "modules").splitlines():
        index, name, args = (line.split("\t") + ["", ""])[:3]
        if name == "module-remap-source" and f"source_name={audio.mic_device}" in args:
            return index, args.split()
    raise AssertionError("no module-remap-source for vmic")


@pytest.mark.asyncio
async def test_a_removed_source_is_lost_and_comes_back(
    audio: VirtualAudio, speech_samples: SpeechSamples
) -> None:
    """Unloading vmic's module: PulseAudio moves our stream elsewhere; the probe notices."""
    server = audio.server
    index, args = remap_module(audio)
    capture = Capture(audio.mic_device, stall_timeout_s=0.5, poll_interval_s=0.5)
    await capture.start()
    try:
        events = capture.events()
        await next_of(events, AudioFrame)
        await asyncio.to_thread(audio.pactl, "unload-module", index)
        lost, _ = await next_of(events, DeviceLost)
        assert lost.name == audio.mic_device
        assert "can no longer be opened" in lost.reason
        assert not capture.stream_open  # the moved stream (wrong source) was closed
        await asyncio.to_thread(audio.pactl, "load-module", "module-remap-source", *args)
        await next_of(events, DeviceRestored)
        # Bit-exact speech proves the stream is on vmic again, not on some other source.
        await assert_speech_arrives_bit_exact(capture, audio, speech_samples["timer"].audio)
    finally:
        await capture.stop()
        if "source_name=vmic" not in audio.pactl("list", "short", "modules"):
            audio.pactl("load-module", "module-remap-source", *args)
        # The re-loaded module has a new index: make the fixture's reset keep it.
        server.baseline_modules = server.module_indices()
