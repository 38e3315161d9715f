"""The virtual mic and speaker are real: audio goes through PulseAudio, ALSA and PortAudio."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from tests.harness.speech_samples import SpeechSamples
from tests.harness.virtual_audio import VirtualAudio

pytestmark = [pytest.mark.integration, pytest.mark.timeout(60)]

WAIT_S = 15.0
"""How long to wait for audio to arrive before giving up (never asserted as a duration)."""

LEAD_S = 0.1
"""Silence played before a signal on vspeaker: a new playback stream's first 10-30 ms never
reach ``vspeaker.monitor`` (the null sink rewinds to mix the new stream in, and the monitor has
already posted that block), so only the silent lead-in is lost."""


def first_nonzero(audio: npt.NDArray[np.int16]) -> int | None:
    """Index of the first frame with any non-zero sample, or None if all silent."""
    frames = audio.reshape(len(audio), -1)
    hits = np.flatnonzero(np.any(frames != 0, axis=1))
    return int(hits[0]) if len(hits) else None


def covers(audio: npt.NDArray[np.int16], frames: int) -> bool:
    """True once ``audio`` holds ``frames`` frames from its first non-zero one."""
    start = first_nonzero(audio)
    return start is not None and len(audio) - start >= frames


def wait_until_covered(
    snapshot: Any, expected_len: int, timeout: float = WAIT_S
) -> tuple[npt.NDArray[np.int16], int | None]:
    """Poll ``snapshot()`` until it holds ``expected_len`` frames from its first non-zero one."""
    deadline = time.monotonic() + timeout
    while True:
        audio: npt.NDArray[np.int16] = snapshot()
        start = first_nonzero(audio)
        if start is not None and len(audio) - start >= expected_len:
            return audio, start
        if time.monotonic() > deadline:
            return audio, start
        time.sleep(0.02)


def best_alignment(
    audio: npt.NDArray[np.float64], reference: npt.NDArray[np.float64]
) -> tuple[int, float]:
    """``(lag, similarity)``: where ``reference`` best matches inside ``audio`` (a negative lag
    means the recording began after the reference did) and the normalised correlation there."""
    n = 1 << int(np.ceil(np.log2(len(audio) + len(reference))))
    corr = np.fft.irfft(np.fft.rfft(audio, n) * np.conj(np.fft.rfft(reference, n)), n)
    lags = np.concatenate([np.arange(len(audio)), np.arange(-len(reference) + 1, 0)])
    values = np.concatenate([corr[: len(audio)], corr[n - len(reference) + 1 :]])
    lag = int(lags[int(np.argmax(values))])
    a = audio[max(lag, 0) : lag + len(reference)]
    r = reference[max(-lag, 0) : max(-lag, 0) + len(a)]
    return lag, float(np.dot(a, r) / (np.linalg.norm(a) * np.linalg.norm(r) + 1e-12))


def test_sounddevice_lists_the_named_devices(virtual_audio: VirtualAudio) -> None:
    import sounddevice as sd

    devices = {str(d["name"]): d for d in sd.query_devices()}
    assert virtual_audio.mic_device in devices, list(devices)
    assert virtual_audio.speaker_device in devices, list(devices)
    assert devices[virtual_audio.mic_device]["max_input_channels"] >= 1
    assert devices[virtual_audio.speaker_device]["max_output_channels"] >= 2
    # The names are unambiguous when passed as device= to sounddevice.
    assert sd.query_devices(virtual_audio.mic_device, "input")["name"] == "vmic"
    assert sd.query_devices(virtual_audio.speaker_device, "output")["name"] == "vspeaker"


def test_environment_points_at_the_isolated_server(virtual_audio: VirtualAudio) -> None:
    overrides = virtual_audio.env_overrides
    for key, value in overrides.items():
        assert os.environ[key] == value
        assert virtual_audio.env[key] == value
    assert overrides["PULSE_SERVER"].startswith("unix:")
    assert Path(overrides["PULSE_SERVER"].removeprefix("unix:")).is_socket()
    assert "pcm.vmic" in (Path(overrides["HOME"]) / ".asoundrc").read_text()
    assert virtual_audio.pactl("get-default-sink").strip() == "vspeaker"
    assert virtual_audio.pactl("get-default-source").strip() == "vmic"
    sinks = virtual_audio.pactl("list", "short", "sinks")
    assert "s16le 2ch 48000Hz" in next(line for line in sinks.splitlines() if "vspeaker" in line)
    assert "s16le 1ch 16000Hz" in next(line for line in sinks.splitlines() if "vmic_feed" in line)


def test_speech_into_the_mic_is_captured_bit_exact_by_sounddevice(
    virtual_audio: VirtualAudio, speech_samples: SpeechSamples
) -> None:
    """The DONE criterion: a Piper WAV played into vmic comes back sample for sample."""
    import sounddevice as sd

    sample = speech_samples["weather"]
    expected = sample.audio[first_nonzero(sample.audio) or 0 :]
    chunks: list[npt.NDArray[np.int16]] = []
    statuses: list[str] = []
    lock = threading.Lock()
    started = threading.Event()

    def callback(indata: npt.NDArray[np.int16], frames: int, time_info: Any, status: Any) -> None:
        with lock:
            chunks.append(indata[:, 0].copy())
            if status:
                statuses.append(str(status))
        started.set()

    def captured() -> npt.NDArray[np.int16]:
        with lock:
            return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)

    stream = sd.InputStream(
        device=virtual_audio.mic_device,
        samplerate=virtual_audio.mic_rate,
        channels=1,
        dtype="int16",
        callback=callback,
    )
    try:
        stream.start()
        assert started.wait(WAIT_S), "the vmic input stream never called back"
        virtual_audio.play_into_mic(sample.path)
        audio, start = wait_until_covered(captured, len(expected))
    finally:
        stream.abort()  # never stop(): it can hang when the source stops delivering
        stream.close()

    assert start is not None, "nothing but silence was captured"
    got = audio[start : start + len(expected)]
    assert len(got) == len(expected), f"captured {len(got)} of {len(expected)} samples"
    assert np.array_equal(got, expected), (
        f"{int(np.count_nonzero(got != expected))} samples differ; stream status: {statuses}"
    )


def test_array_into_the_mic_is_recorded_bit_exact_from_vmic(
    virtual_audio: VirtualAudio, speech_samples: SpeechSamples
) -> None:
    sample = speech_samples["joke"]
    expected = sample.audio[first_nonzero(sample.audio) or 0 :]
    recorder = virtual_audio.mic_recorder()
    try:
        virtual_audio.play_into_mic(sample.audio, rate=sample.rate)
        _, start = wait_until_covered(recorder.snapshot, len(expected))
    finally:
        audio = recorder.stop()[:, 0]
    assert not recorder.running
    assert start is not None, "nothing but silence was recorded"
    assert np.array_equal(audio[start : start + len(expected)], expected)


def _play_with_sounddevice(
    virtual_audio: VirtualAudio,
    signal: npt.NDArray[Any],
    rate: int,
    done: Any,
) -> None:
    """Play ``signal`` ((frames, channels)) on vspeaker, then silence until ``done()`` is true."""
    import sounddevice as sd

    position = 0
    lock = threading.Lock()

    def callback(outdata: npt.NDArray[Any], frames: int, time_info: Any, status: Any) -> None:
        nonlocal position
        with lock:
            chunk = signal[position : position + frames]
            position += len(chunk)
        outdata[: len(chunk)] = chunk
        outdata[len(chunk) :] = 0

    stream = sd.OutputStream(
        device=virtual_audio.speaker_device,
        samplerate=rate,
        channels=signal.shape[1],
        dtype=signal.dtype.name,
        callback=callback,
        latency="high",  # fewer underruns (each one would insert silence) on a busy machine
    )
    try:
        stream.start()
        deadline = time.monotonic() + len(signal) / rate + WAIT_S
        while not done() and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        stream.abort()
        stream.close()


def test_sounddevice_output_is_recovered_bit_exact_from_the_speaker_monitor(
    virtual_audio: VirtualAudio,
) -> None:
    rate = virtual_audio.speaker_rate
    t = np.arange(rate // 2) / rate
    left = 0.5 * np.sin(2 * np.pi * 440 * t + 0.3)
    right = 0.25 * np.sin(2 * np.pi * 660 * t + 1.1)
    signal = np.round(np.stack([left, right], axis=1) * 32767).astype(np.int16)
    played = np.concatenate([np.zeros((round(LEAD_S * rate), 2), np.int16), signal])  # see LEAD_S

    recorder = virtual_audio.speaker_recorder()
    try:
        _play_with_sounddevice(
            virtual_audio, played, rate, lambda: covers(recorder.snapshot(), len(signal))
        )
    finally:
        audio = recorder.stop()
    start = first_nonzero(audio)
    assert start is not None, "nothing but silence reached vspeaker.monitor"
    got = audio[start : start + len(signal)]
    assert got.shape == signal.shape
    assert np.array_equal(got, signal)


def test_resampled_speech_to_the_speaker_is_recovered_by_correlation(
    virtual_audio: VirtualAudio, speech_samples: SpeechSamples
) -> None:
    """16 kHz mono float speech, upmixed and resampled by PulseAudio, then read back at 16 kHz."""
    sample = speech_samples["timer"]
    lead = np.zeros(round(LEAD_S * sample.rate), np.int16)
    signal = (np.concatenate([lead, sample.audio]).astype(np.float32) / 32768.0)[:, None]
    recorder = virtual_audio.speaker_recorder(rate=sample.rate, channels=1)
    enough = len(signal) + sample.rate // 2
    try:
        _play_with_sounddevice(
            virtual_audio, signal, sample.rate, lambda: covers(recorder.snapshot(), enough)
        )
    finally:
        audio = recorder.stop()[:, 0].astype(np.float64)

    reference = sample.audio.astype(np.float64)
    assert len(audio) > len(reference), "less audio was recorded than was played"
    lag, similarity = best_alignment(audio, reference)
    segment = audio[lag : lag + len(reference)]
    assert lag >= 0 and len(segment) == len(reference), f"speech cut off (lag {lag})"
    energy_ratio = float(np.sum(segment**2) / np.sum(reference**2))
    assert similarity > 0.95, similarity
    assert 0.7 < energy_ratio < 1.4, energy_ratio


def test_record_speaker_returns_silence_when_nothing_plays(virtual_audio: VirtualAudio) -> None:
    audio = virtual_audio.record_speaker(0.3)
    assert audio.dtype == np.int16
    assert audio.shape[1] == virtual_audio.speaker_channels
    assert len(audio) >= round(0.3 * virtual_audio.speaker_rate)
    assert not np.any(audio)


def test_reset_undoes_what_a_test_changed(virtual_audio: VirtualAudio) -> None:
    server = virtual_audio.server
    virtual_audio.pactl("set-sink-volume", "vmic_feed", "50%")
    virtual_audio.pactl("set-sink-mute", "vspeaker", "1")
    virtual_audio.pactl("load-module", "module-null-sink", "sink_name=extra_sink")
    virtual_audio.pactl("set-default-sink", "extra_sink")
    playback = virtual_audio.start_play_into_mic(np.zeros(16000 * 30, dtype=np.int16))

    playback.stop()
    assert playback.done
    server.reset()

    assert "100%" in virtual_audio.pactl("get-sink-volume", "vmic_feed")
    assert virtual_audio.pactl("get-sink-mute", "vspeaker").strip().endswith("no")
    assert "extra_sink" not in virtual_audio.pactl("list", "short", "sinks")
    assert virtual_audio.pactl("get-default-sink").strip() == "vspeaker"
    assert server.module_indices() == server.baseline_modules
    assert virtual_audio.pactl("list", "short", "sink-inputs").strip() == ""
