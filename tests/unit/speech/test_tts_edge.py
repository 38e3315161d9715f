"""Edge's MP3 is decoded as it streams, and every way Edge can fail ends with Piper speaking.

The Edge service cannot be reached from the test machines, so everything of ours around it is
tested: the streaming MP3 decoder on real MP3 made here with PyAV's LAME encoder, the real edge-tts
client failing without a network (and against a local proxy that refuses, or accepts and stalls),
a scripted Edge stream that fails mid-sentence, and the on-disk voice list cache.
"""

from __future__ import annotations

import asyncio
import io
import json
import socket
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import av
import numpy as np
import numpy.typing as npt
import pytest
from edge_tts.typing import TTSChunk

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.tts import AudioChunk, Synthesizer
from callbot_desktop.speech.tts_edge import (
    EDGE_SAMPLE_RATE,
    EdgeFailure,
    EdgeSynthesizer,
    EdgeVoice,
    EdgeVoiceList,
    EdgeWithFallback,
    Mp3StreamDecoder,
    TtsFallback,
)
from callbot_desktop.speech.tts_piper import PiperSynthesizer

GUARD_S = 60
"""Only a guard against a hang; no test asserts a duration."""

MP3_FRAME = 576
"""Samples per MP3 frame at 24 kHz (MPEG-2 layer III)."""


# --- helpers ------------------------------------------------------------------------------------


def tone(seconds: float, rate: int = EDGE_SAMPLE_RATE) -> npt.NDArray[np.int16]:
    """A gliding tone with a little noise: something the encoder cannot make trivial."""
    t = np.arange(int(seconds * rate)) / rate
    rng = np.random.default_rng(7)
    signal = 0.4 * np.sin(2 * np.pi * (300 + 200 * t) * t) + 0.02 * rng.standard_normal(t.size)
    return (signal * 32767).astype(np.int16)


def encode_mp3(
    samples: npt.NDArray[np.int16], rate: int = EDGE_SAMPLE_RATE, layout: str = "mono"
) -> bytes:
    """Raw MP3 frames, as Edge streams them (no container, no Xing header), via PyAV's LAME."""
    assert "libmp3lame" in av.codecs_available
    encoder = av.CodecContext.create("libmp3lame", "w")
    encoder.sample_rate = rate
    encoder.layout = layout
    encoder.format = "s16p"
    encoder.bit_rate = 48_000
    encoder.open()
    channels = 2 if layout == "stereo" else 1
    planes = np.tile(samples, (channels, 1))
    out = bytearray()
    size = encoder.frame_size
    for start in range(0, samples.size, size):
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(planes[:, start : start + size]), format="s16p", layout=layout
        )
        frame.sample_rate = rate
        frame.pts = start
        out += b"".join(bytes(p) for p in encoder.encode(frame))
    out += b"".join(bytes(p) for p in encoder.encode(None))
    return bytes(out)


def decode_in_pieces(data: bytes, size: int) -> list[AudioChunk]:
    decoder = Mp3StreamDecoder()
    chunks: list[AudioChunk] = []
    for start in range(0, len(data), size):
        chunks.extend(decoder.feed(data[start : start + size]))
    chunks.extend(decoder.flush())
    return chunks


def pcm(chunks: list[AudioChunk]) -> npt.NDArray[np.int16]:
    return np.concatenate([c.samples() for c in chunks]) if chunks else np.zeros(0, np.int16)


async def collect(synth: Synthesizer, text: str) -> list[AudioChunk]:
    async def run() -> list[AudioChunk]:
        return [chunk async for chunk in synth.synthesize(text)]

    return await asyncio.wait_for(run(), GUARD_S)


@pytest.fixture(scope="module")
def speech_mp3() -> bytes:
    """Five seconds of "Edge audio"."""
    return encode_mp3(tone(5.0))


def scripted_edge(
    script: list[TTSChunk | BaseException | float], calls: list[str] | None = None
) -> Any:
    """A stream factory that plays a script: messages, exceptions to raise, seconds to stall."""

    async def stream(text: str) -> AsyncIterator[TTSChunk]:
        if calls is not None:
            calls.append(text)
        for step in script:
            if isinstance(step, BaseException):
                raise step
            if isinstance(step, float):
                await asyncio.sleep(step)
                continue
            yield step

    return stream


def audio(data: bytes) -> TTSChunk:
    return {"type": "audio", "data": data}


def word(text: str, start_s: float, length_s: float) -> TTSChunk:
    return {
        "type": "WordBoundary",
        "text": text,
        "offset": start_s * 10_000_000,
        "duration": length_s * 10_000_000,
    }


class StallingProxy:
    """A TCP server that accepts connections, reads whatever comes, and never answers."""

    def __init__(self) -> None:
        self.connections = 0
        self.connected = asyncio.Event()
        self.hung_up = asyncio.Event()
        self._writers: list[asyncio.StreamWriter] = []
        self._server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def __aenter__(self) -> StallingProxy:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.close()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.connected.set()
        self._writers.append(writer)
        await reader.read()  # until the client hangs up
        self.hung_up.set()
        writer.close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# --- MP3 streaming decode -----------------------------------------------------------------------


@pytest.mark.parametrize("size", [1, 100, 4096])
def test_mp3_decoded_in_pieces_equals_the_whole_decode(speech_mp3: bytes, size: int) -> None:
    whole = decode_in_pieces(speech_mp3, len(speech_mp3))
    pieces = decode_in_pieces(speech_mp3, size)
    assert {(c.rate, c.channels, c.sample_width) for c in pieces} == {(24000, 1, 2)}
    assert sum(c.frames for c in pieces) == sum(c.frames for c in whole)
    assert np.array_equal(pcm(pieces), pcm(whole))


def test_mp3_decode_keeps_every_sample(speech_mp3: bytes) -> None:
    decoded = pcm(decode_in_pieces(speech_mp3, 100))
    sent = tone(5.0).size
    # MP3 adds encoder delay and pads the last frame, never drops: whole frames, a few more.
    assert decoded.size % MP3_FRAME == 0
    assert sent <= decoded.size <= sent + 4 * MP3_FRAME
    with av.open(io.BytesIO(speech_mp3), mode="r", format="mp3") as container:
        assert sum(f.samples for f in container.decode(audio=0)) == decoded.size
    # It is the same sound: the level matches the original's within a decibel.
    level = np.sqrt(np.mean(decoded.astype(np.float64) ** 2))
    original = np.sqrt(np.mean(tone(5.0).astype(np.float64) ** 2))
    assert abs(20 * np.log10(level / original)) < 1.0


def test_audio_comes_out_before_the_stream_ends(speech_mp3: bytes) -> None:
    decoder = Mp3StreamDecoder()
    first = decoder.feed(speech_mp3[:4096])
    assert sum(c.frames for c in first) > 0


def test_stereo_mp3_is_mixed_to_mono() -> None:
    samples = tone(1.0)
    mono = pcm(decode_in_pieces(encode_mp3(samples), 500))
    stereo = pcm(decode_in_pieces(encode_mp3(samples, layout="stereo"), 500))
    assert stereo.size == mono.size
    assert np.corrcoef(mono.astype(np.float64), stereo.astype(np.float64))[0, 1] > 0.95


# --- Edge alone, scripted -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_edge_audio_streams_as_24_khz_pcm(speech_mp3: bytes) -> None:
    pieces = [audio(speech_mp3[i : i + 1000]) for i in range(0, len(speech_mp3), 1000)]
    edge = EdgeSynthesizer(stream_factory=scripted_edge([word("Hello", 0.1, 0.4), *pieces]))
    chunks = await collect(edge, "Hello.")
    assert len(chunks) > 10  # streamed, not in one piece at the end
    assert {c.rate for c in chunks} == {EDGE_SAMPLE_RATE}
    assert np.array_equal(pcm(chunks), pcm(decode_in_pieces(speech_mp3, len(speech_mp3))))


@pytest.mark.asyncio
async def test_edge_stall_mid_sentence_raises_after_the_audio_so_far(speech_mp3: bytes) -> None:
    script: list[TTSChunk | BaseException | float] = [audio(speech_mp3[:10_000]), 3600.0]
    edge = EdgeSynthesizer(stall_timeout=0.2, stream_factory=scripted_edge(script))
    chunks: list[AudioChunk] = []
    with pytest.raises(EdgeFailure) as caught:
        async for chunk in edge.synthesize("Some words here."):
            chunks.append(chunk)
    assert chunks
    assert caught.value.audio_started
    assert "stopped sending audio" in caught.value.reason
    assert "internet" in caught.value.fix


def test_a_malformed_edge_voice_is_refused_at_once() -> None:
    with pytest.raises(CallbotError) as caught:
        EdgeSynthesizer("Aria")
    assert "Aria" in caught.value.message
    assert "en-US-AriaNeural" in caught.value.fix


# --- Edge with Piper behind it ------------------------------------------------------------------


@pytest.mark.asyncio
async def test_offline_the_real_client_falls_back_to_piper(piper: PiperSynthesizer) -> None:
    """No proxy, the real service: offline this fails at once (DNS); online it speaks."""
    events: list[TtsFallback] = []
    tts = EdgeWithFallback("en-US-AriaNeural", piper, on_fallback=events.append)
    chunks = await collect(tts, "Hello from the fallback voice.")
    assert chunks
    if events:
        assert {c.rate for c in chunks} == {22050}
        assert events[0].edge_tried and events[0].spoken_by_piper == events[0].sentence
        assert events[0].reason
    else:  # a machine with internet: Edge itself answered
        assert {c.rate for c in chunks} == {EDGE_SAMPLE_RATE}


@pytest.mark.asyncio
async def test_a_refused_connection_falls_back_to_piper(piper: PiperSynthesizer) -> None:
    events: list[TtsFallback] = []
    edge = EdgeSynthesizer(proxy=f"http://127.0.0.1:{closed_port()}")
    tts = EdgeWithFallback(edge, piper, on_fallback=events.append)
    chunks = await collect(tts, "The network is down.")
    assert chunks and {c.rate for c in chunks} == {22050}
    assert np.abs(pcm(chunks)).max() > 8000
    assert len(events) == 1
    assert events[0] == TtsFallback(
        "The network is down.", "The network is down.", events[0].reason, edge_tried=True
    )
    assert "cannot connect to Edge" in events[0].reason


@pytest.mark.asyncio
async def test_a_stalled_server_falls_back_after_the_timeout(piper: PiperSynthesizer) -> None:
    """edge-tts's own timeouts never end this wait (it would hang); our 3 s watchdog does."""
    events: list[TtsFallback] = []
    async with StallingProxy() as proxy:
        tts = EdgeWithFallback(EdgeSynthesizer(proxy=proxy.url), piper, on_fallback=events.append)
        chunks = await collect(tts, "Is anybody there?")
        assert proxy.connections == 1
        await asyncio.wait_for(proxy.hung_up.wait(), GUARD_S)  # the connection was closed
    assert chunks and {c.rate for c in chunks} == {22050}
    assert [e.reason for e in events] == ["no answer from Edge within 3 s"]


@pytest.mark.asyncio
async def test_cancelling_while_edge_stalls_closes_the_connection() -> None:
    async with StallingProxy() as proxy:
        edge = EdgeSynthesizer(proxy=proxy.url, first_message_timeout=3600.0)
        task = asyncio.create_task(collect(edge, "Never spoken."))
        await asyncio.wait_for(proxy.connected.wait(), GUARD_S)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.wait_for(proxy.hung_up.wait(), GUARD_S)


@pytest.mark.asyncio
async def test_a_failure_mid_sentence_lets_piper_say_only_the_rest(
    piper: PiperSynthesizer, speech_mp3: bytes
) -> None:
    words = [word(w, i, 0.5) for i, w in enumerate(["Alpha", "bravo", "charlie", "delta", "echo"])]
    cut = len(speech_mp3) * 3 // 5  # about 3 s of the 5 s: "charlie" (ends at 2.5 s) is heard
    script: list[TTSChunk | BaseException | float] = [
        *words,
        audio(speech_mp3[:cut]),
        aiohttp.ServerDisconnectedError(),
    ]
    events: list[TtsFallback] = []
    edge = EdgeSynthesizer(stream_factory=scripted_edge(script))
    tts = EdgeWithFallback(edge, piper, on_fallback=events.append)
    chunks = await collect(tts, "Alpha, bravo, charlie; delta echo.")
    rates = [c.rate for c in chunks]
    assert rates[0] == EDGE_SAMPLE_RATE and rates[-1] == 22050
    assert rates == sorted(rates, reverse=True)  # Edge's audio first, then Piper's
    assert [(e.spoken_by_piper, e.edge_tried) for e in events] == [("delta echo.", True)]
    assert "Server disconnected" in events[0].reason


@pytest.mark.asyncio
async def test_a_failure_after_the_last_word_needs_no_fallback(
    piper: PiperSynthesizer, speech_mp3: bytes
) -> None:
    script: list[TTSChunk | BaseException | float] = [
        word("Done", 0.0, 0.5),
        audio(speech_mp3),
        ConnectionResetError(),
    ]
    events: list[TtsFallback] = []
    edge = EdgeSynthesizer(stream_factory=scripted_edge(script))
    tts = EdgeWithFallback(edge, piper, on_fallback=events.append)
    chunks = await collect(tts, "Done.")
    assert {c.rate for c in chunks} == {EDGE_SAMPLE_RATE}
    assert events == []


@pytest.mark.asyncio
async def test_after_a_failure_edge_rests_then_is_retried(
    piper: PiperSynthesizer, speech_mp3: bytes
) -> None:
    now = [1000.0]
    calls: list[str] = []
    script: list[TTSChunk | BaseException | float] = [aiohttp.ClientConnectionError("down")]
    edge = EdgeSynthesizer(stream_factory=scripted_edge(script, calls))
    events: list[TtsFallback] = []
    tts = EdgeWithFallback(
        edge, piper, on_fallback=events.append, retry_after=30.0, clock=lambda: now[0]
    )
    await collect(tts, "First.")
    now[0] += 10
    assert tts.edge_resting
    await collect(tts, "Second.")
    assert calls == ["First."]  # Edge was not asked for the second sentence
    assert [(e.sentence, e.edge_tried) for e in events] == [("First.", True), ("Second.", False)]
    assert events[1].reason == events[0].reason == "Edge failed: down"
    now[0] += 25
    assert not tts.edge_resting
    await collect(tts, "Third.")
    assert calls == ["First.", "Third."]
    tts.retry_edge()
    assert not tts.edge_resting


@pytest.mark.asyncio
async def test_an_edge_stream_without_audio_falls_back(piper: PiperSynthesizer) -> None:
    events: list[TtsFallback] = []
    edge = EdgeSynthesizer(stream_factory=scripted_edge([word("Hi", 0.0, 0.3)]))
    tts = EdgeWithFallback(edge, piper, on_fallback=events.append)
    assert await collect(tts, "Hi.")
    assert [e.reason for e in events] == ["Edge sent no audio"]


@pytest.mark.asyncio
async def test_edge_that_sends_garbage_falls_back(piper: PiperSynthesizer) -> None:
    events: list[TtsFallback] = []
    garbage = audio(bytes(range(256)) * 40)
    edge = EdgeSynthesizer(stream_factory=scripted_edge([garbage]))
    tts = EdgeWithFallback(edge, piper, on_fallback=events.append)
    chunks = await collect(tts, "Noise.")
    assert chunks and chunks[-1].rate == 22050
    assert len(events) == 1


# --- the voice list -----------------------------------------------------------------------------

SERVICE_VOICES = [
    {
        "Name": "Microsoft Server Speech Text to Speech Voice (en-US, AriaNeural)",
        "ShortName": "en-US-AriaNeural",
        "Gender": "Female",
        "Locale": "en-US",
        "FriendlyName": "Microsoft Aria Online (Natural) - English (United States)",
    },
    {
        "ShortName": "de-DE-KatjaNeural",
        "Gender": "Female",
        "Locale": "de-DE",
        "FriendlyName": "Microsoft Katja Online (Natural) - German (Germany)",
    },
]


class Fetcher:
    def __init__(self) -> None:
        self.calls = 0
        self.fail = False

    async def __call__(self) -> list[dict[str, Any]]:
        self.calls += 1
        if self.fail:
            raise aiohttp.ClientConnectionError("offline")
        return SERVICE_VOICES


@pytest.mark.asyncio
async def test_the_voice_list_is_cached_for_its_ttl(tmp_path: Path) -> None:
    now = [1_000_000.0]
    fetch = Fetcher()
    voices = EdgeVoiceList(tmp_path, ttl=timedelta(hours=1), fetch=fetch, clock=lambda: now[0])
    first = await voices.voices()
    assert [v.short_name for v in first] == ["de-DE-KatjaNeural", "en-US-AriaNeural"]
    assert first[1] == EdgeVoice(
        "en-US-AriaNeural",
        "en-US",
        "Female",
        "Microsoft Aria Online (Natural) - English (United States)",
    )
    assert json.loads((tmp_path / EdgeVoiceList.CACHE_FILE).read_text())["voices"]
    now[0] += 1800
    again = EdgeVoiceList(tmp_path, ttl=timedelta(hours=1), fetch=fetch, clock=lambda: now[0])
    assert await again.voices() == first
    assert fetch.calls == 1
    now[0] += 3600
    assert await again.voices() == first
    assert fetch.calls == 2
    assert await again.voices(refresh=True) == first
    assert fetch.calls == 3


@pytest.mark.asyncio
async def test_offline_a_stale_voice_list_is_better_than_none(tmp_path: Path) -> None:
    now = [1_000_000.0]
    fetch = Fetcher()
    voices = EdgeVoiceList(tmp_path, ttl=timedelta(hours=1), fetch=fetch, clock=lambda: now[0])
    cached = await voices.voices()
    fetch.fail = True
    now[0] += 10 * 3600
    assert await voices.voices() == cached
    assert voices.cached() == cached
    assert fetch.calls == 2


@pytest.mark.asyncio
async def test_offline_without_a_cache_the_error_says_what_to_do(tmp_path: Path) -> None:
    fetch = Fetcher()
    fetch.fail = True
    voices = EdgeVoiceList(tmp_path, fetch=fetch)
    assert voices.cached() is None
    with pytest.raises(CallbotError) as caught:
        await voices.voices()
    assert "list of Edge voices" in caught.value.message
    assert "Piper" in caught.value.fix


@pytest.mark.asyncio
async def test_a_corrupt_voice_cache_is_fetched_again(tmp_path: Path) -> None:
    (tmp_path / EdgeVoiceList.CACHE_FILE).write_text("{not json")
    fetch = Fetcher()
    voices = EdgeVoiceList(tmp_path, fetch=fetch)
    assert len(await voices.voices()) == 2
    assert fetch.calls == 1


@pytest.mark.asyncio
async def test_the_real_voice_list_offline_fails_clearly_or_works_online(tmp_path: Path) -> None:
    voices = EdgeVoiceList(tmp_path / "cache")
    try:
        found = await asyncio.wait_for(voices.voices(), GUARD_S)
    except CallbotError as error:
        assert "list of Edge voices" in error.message
        assert voices.cached() is None
    else:
        assert any(v.short_name == "en-US-AriaNeural" for v in found)
