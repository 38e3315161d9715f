"""Online speech with Microsoft Edge's voices (``edge-tts``), and Piper whenever Edge fails.

- :class:`Mp3StreamDecoder` turns Edge's MP3 into 24 kHz mono int16 PCM *as it arrives*: PyAV's
  MP3 parser and decoder are fed chunk by chunk, with exact sample counts whatever the chunk sizes.
- :class:`EdgeSynthesizer` streams one text from Edge. A watchdog bounds every wait for the next
  message (``first_message_timeout``, then ``stall_timeout``) because edge-tts's own timeouts do
  not cover every stall: through a proxy that accepts and never answers it waits for ever. Every
  network failure or stall becomes an :class:`EdgeFailure`, which also says how much of the text
  Edge had already spoken (from its word boundaries).
- :class:`EdgeWithFallback` is the synthesizer the pipeline uses: Edge first, and for any sentence
  Edge cannot finish, Piper speaks the rest of it; every such switch is reported to
  ``on_fallback`` as a :class:`TtsFallback`. After a failure Edge is left alone for
  ``retry_after`` seconds, so a dead network costs one stall, not one per sentence.
- :class:`EdgeVoiceList` is the list of Edge voices, cached on disk with a time to live, and
  served from a stale cache when the network is down.

Edge sends the text to Microsoft; the settings say so where the engine is chosen.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Mapping,
    Sequence,
)
from contextlib import aclosing
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import aiohttp
import av
import av.error
import edge_tts
import numpy as np
import numpy.typing as npt
from av.audio.codeccontext import AudioCodecContext
from av.audio.frame import AudioFrame
from edge_tts.data_classes import TTSConfig
from edge_tts.exceptions import EdgeTTSException
from edge_tts.typing import TTSChunk

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.tts import AudioChunk, Synthesizer

log = logging.getLogger(__name__)

EDGE_SAMPLE_RATE = 24_000
"""Edge always sends 24 kHz mono MP3 (48 kbit/s)."""

DEFAULT_EDGE_VOICE = "en-US-AriaNeural"

NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    aiohttp.ClientError,
    TimeoutError,  # asyncio.TimeoutError is the same class since Python 3.11
    EdgeTTSException,
    OSError,
    av.error.FFmpegError,  # the server sent something that is not MP3
)
"""What makes Edge give up on a text; anything else is a bug and is raised as it is."""

_VOICE_LIST_ERRORS: tuple[type[BaseException], ...] = (*NETWORK_ERRORS, ValueError, KeyError)

_TICKS_PER_SECOND = 10_000_000
"""Edge gives word offsets and durations in 100 ns ticks."""

_DECODER_DELAY_S = 0.1
"""MP3 encoder plus decoder delay, with a margin: audio decoded up to time t holds the speech of
up to about t minus this."""

_OFFLINE_FIX = "check the internet connection, or choose the offline Piper voice in Settings"

EdgeStreamFactory = Callable[[str], AsyncIterator[TTSChunk]]
"""Opens Edge's message stream for one text (a test can give a fake one)."""

VoiceListFetcher = Callable[[], Awaitable[Sequence[Mapping[str, Any]]]]


# --- MP3 decoding -------------------------------------------------------------------------------


class Mp3StreamDecoder:
    """MP3 bytes in, int16 mono PCM out, chunk by chunk, as soon as each MP3 frame is complete.

    Stereo input is mixed down to mono. Call :meth:`flush` after the last bytes.
    """

    def __init__(self) -> None:
        self._codec: AudioCodecContext = av.CodecContext.create("mp3", "r")

    def feed(self, data: bytes) -> list[AudioChunk]:
        """Decode what ``data`` completes; the tail of an unfinished frame waits for more."""
        if not data:
            return []
        frames = [f for packet in self._codec.parse(data) for f in self._codec.decode(packet)]
        return _merge(frames)

    def flush(self) -> list[AudioChunk]:
        """Decode everything still buffered (the end of the stream)."""
        frames = [f for packet in self._codec.parse(None) for f in self._codec.decode(packet)]
        frames.extend(self._codec.decode(None))
        return _merge(frames)


def _merge(frames: Iterable[AudioFrame]) -> list[AudioChunk]:
    """Consecutive frames of one rate as one chunk each."""
    chunks: list[AudioChunk] = []
    parts: list[bytes] = []
    rate = 0
    for frame in frames:
        if frame.samples == 0:
            continue
        if parts and frame.sample_rate != rate:
            chunks.append(AudioChunk(b"".join(parts), rate))
            parts = []
        rate = frame.sample_rate
        parts.append(_int16_mono(frame))
    if parts:
        chunks.append(AudioChunk(b"".join(parts), rate))
    return chunks


def _int16_mono(frame: AudioFrame) -> bytes:
    """One decoded frame as int16 mono bytes (MP3 decodes to s16p or fltp)."""
    array: npt.NDArray[Any] = frame.to_ndarray()
    channels = frame.layout.nb_channels
    if frame.format.is_planar:
        array = array.reshape(channels, -1)
    else:
        array = array.reshape(-1, channels).T
    if array.dtype.kind == "f":
        mono = array.mean(axis=0) if channels > 1 else array[0]
        pcm: bytes = np.clip(np.rint(mono * 32767.0), -32768, 32767).astype("<i2").tobytes()
        return pcm
    if array.dtype != np.int16:  # s32: keep the top 16 bits
        array = (array.astype(np.int64) >> (8 * array.dtype.itemsize - 16)).astype(np.int16)
    mono = array.mean(axis=0).round().astype("<i2") if channels > 1 else array[0]
    pcm = mono.astype("<i2").tobytes()
    return pcm


# --- Edge alone ---------------------------------------------------------------------------------


class EdgeFailure(CallbotError):
    """Edge could not speak (all of) a text: no network, a stall, or a refusal.

    ``heard_until`` is the index in the text up to which Edge's audio has already been handed out
    (0 when none, or when Edge gave no word timings); ``audio_started`` tells whether any audio was.
    """

    def __init__(self, reason: str, *, heard_until: int = 0, audio_started: bool = False) -> None:
        super().__init__(f"Edge speech is unavailable: {reason}", _OFFLINE_FIX)
        self.reason = reason
        self.heard_until = heard_until
        self.audio_started = audio_started


class _Progress:
    """How far into the text the audio handed out so far reaches, from Edge's word boundaries."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.samples = 0
        self.rate = EDGE_SAMPLE_RATE
        self._cursor = 0
        self._word_ends: list[tuple[float, int]] = []
        """(end of the word in seconds of audio, index in the text just after it)."""

    def word(self, chunk: TTSChunk) -> None:
        word = chunk.get("text", "")
        start = self.text.find(word, self._cursor) if word else -1
        if start < 0:
            return
        self._cursor = start + len(word)
        end_s = (chunk.get("offset", 0.0) + chunk.get("duration", 0.0)) / _TICKS_PER_SECOND
        self._word_ends.append((end_s, self._cursor))

    def heard_until(self) -> int:
        heard_s = self.samples / self.rate - _DECODER_DELAY_S
        return max((index for end_s, index in self._word_ends if end_s <= heard_s), default=0)


class EdgeSynthesizer:
    """Speaks with one Edge voice; any failure raises :class:`EdgeFailure` (see the module doc).

    ``rate``/``volume``/``pitch`` take edge-tts's forms ("+10%", "-5%", "+2Hz"). ``connect_timeout``
    is passed to edge-tts (whole seconds, the TCP connect); ``first_message_timeout`` and
    ``stall_timeout`` are this class's own watchdog over every wait for Edge's next message.
    A bad voice name or setting raises :class:`CallbotError` here, not on the first sentence.
    """

    sample_rate = EDGE_SAMPLE_RATE

    def __init__(
        self,
        voice: str = DEFAULT_EDGE_VOICE,
        *,
        rate: str = "+0%",
        volume: str = "+0%",
        pitch: str = "+0Hz",
        proxy: str | None = None,
        connect_timeout: int = 3,
        first_message_timeout: float = 3.0,
        stall_timeout: float = 3.0,
        stream_factory: EdgeStreamFactory | None = None,
    ) -> None:
        try:
            TTSConfig(voice, rate, volume, pitch, "WordBoundary")
        except (TypeError, ValueError) as exc:
            raise CallbotError(
                f"Edge voice settings not accepted: {exc}",
                f"choose an Edge voice such as {DEFAULT_EDGE_VOICE} from the list in Settings",
            ) from exc
        self.voice = voice
        self.rate = rate
        self.volume = volume
        self.pitch = pitch
        self.proxy = proxy
        self.connect_timeout = connect_timeout
        self.first_message_timeout = first_message_timeout
        self.stall_timeout = stall_timeout
        self._stream_factory = stream_factory or self._communicate

    def _communicate(self, text: str) -> AsyncIterator[TTSChunk]:
        return edge_tts.Communicate(
            text,
            self.voice,
            rate=self.rate,
            volume=self.volume,
            pitch=self.pitch,
            boundary="WordBoundary",
            proxy=self.proxy,
            connect_timeout=self.connect_timeout,
            receive_timeout=max(1, round(self.stall_timeout)),
        ).stream()

    async def synthesize(self, text: str) -> AsyncGenerator[AudioChunk, None]:
        """24 kHz mono int16 chunks as Edge's MP3 arrives; :class:`EdgeFailure` on any failure.

        Audio decoded before a failure is handed out first, then the error is raised.
        """
        if not text.strip():
            return
        progress = _Progress(text)
        decoder = Mp3StreamDecoder()
        stream = self._stream_factory(text)
        timeout = self.first_message_timeout
        failure: EdgeFailure | None = None
        try:
            while True:
                try:
                    async with asyncio.timeout(timeout):
                        message = await anext(stream)
                    chunks = (
                        decoder.feed(message.get("data", b"")) if message["type"] == "audio" else []
                    )
                except StopAsyncIteration:
                    break
                except NETWORK_ERRORS as exc:
                    failure = EdgeFailure(_describe(exc, progress.samples > 0, timeout))
                    break
                if message["type"] == "WordBoundary":
                    progress.word(message)
                timeout = self.stall_timeout
                for chunk in chunks:
                    progress.samples += chunk.frames
                    progress.rate = chunk.rate
                    yield chunk
            for chunk in _safe_flush(decoder):
                progress.samples += chunk.frames
                yield chunk
            if failure is None and progress.samples == 0:
                failure = EdgeFailure("Edge sent no audio")
            if failure is not None:
                failure.heard_until = progress.heard_until()
                failure.audio_started = progress.samples > 0
                raise failure
        finally:
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:
                await aclose()


def _safe_flush(decoder: Mp3StreamDecoder) -> list[AudioChunk]:
    try:
        return decoder.flush()
    except av.error.FFmpegError:
        return []


def _describe(exc: BaseException, audio_started: bool, timeout: float) -> str:
    """A short human-readable reason for a failure."""
    if isinstance(exc, TimeoutError):
        if audio_started:
            return f"Edge stopped sending audio for {timeout:g} s"
        return f"no answer from Edge within {timeout:g} s"
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return "no internet connection (the Edge server's name does not resolve)"
    if isinstance(exc, aiohttp.ClientConnectorError | ConnectionRefusedError):
        return f"cannot connect to Edge ({exc.strerror or exc})"
    if isinstance(exc, av.error.FFmpegError):
        return f"Edge sent audio that cannot be decoded ({exc})"
    detail = str(exc) or type(exc).__name__
    return f"Edge failed: {detail}"


# --- Edge with Piper behind it ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TtsFallback:
    """Piper spoke (part of) a sentence because Edge could not."""

    sentence: str
    """The text that was asked for."""
    spoken_by_piper: str
    """What Piper said: the whole sentence, or the rest after the words Edge had already said."""
    reason: str
    """Why, for a person: "no internet connection (...)", "no answer from Edge within 3 s"."""
    edge_tried: bool
    """False while Edge is left alone after a recent failure (``retry_after``)."""


FallbackHook = Callable[[TtsFallback], None]


class EdgeWithFallback:
    """Edge for every sentence it can speak, Piper for the rest (see the module doc).

    ``edge_voice`` is a voice name or a configured :class:`EdgeSynthesizer`; ``piper`` is
    usually a :class:`~callbot_desktop.speech.tts_piper.PiperSynthesizer`. Chunks carry their own
    rate: 24,000 Hz from Edge, the Piper voice's rate (22,050 Hz for joe) from Piper.
    """

    def __init__(
        self,
        edge_voice: str | EdgeSynthesizer,
        piper: Synthesizer,
        *,
        on_fallback: FallbackHook | None = None,
        retry_after: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.edge = (
            edge_voice if isinstance(edge_voice, EdgeSynthesizer) else EdgeSynthesizer(edge_voice)
        )
        self.piper = piper
        self.on_fallback = on_fallback
        self.retry_after = retry_after
        self._clock = clock
        self._edge_down_until = float("-inf")
        self._last_reason = ""

    @property
    def edge_resting(self) -> bool:
        """True while Edge is not tried because it failed less than ``retry_after`` s ago."""
        return self._clock() < self._edge_down_until

    def retry_edge(self) -> None:
        """Try Edge again from the next sentence on (say, when the network is back)."""
        self._edge_down_until = float("-inf")

    async def synthesize(self, text: str) -> AsyncGenerator[AudioChunk, None]:
        """Edge's audio for ``text``, or Piper's for whatever Edge could not say."""
        if not text.strip():
            return
        rest = text
        if self.edge_resting:
            self._report(TtsFallback(text, text, self._last_reason, edge_tried=False))
        else:
            try:
                async with aclosing(self.edge.synthesize(text)) as edge_chunks:
                    async for chunk in edge_chunks:
                        yield chunk
                return
            except EdgeFailure as failure:
                self._last_reason = failure.reason
                self._edge_down_until = self._clock() + self.retry_after
                rest = _unspoken(text, failure)
            if not rest:
                log.info("Edge failed after the last word of %r: %s", text, self._last_reason)
                return
            self._report(TtsFallback(text, rest, self._last_reason, edge_tried=True))
        async with aclosing(self.piper.synthesize(rest)) as piper_chunks:
            async for chunk in piper_chunks:
                yield chunk

    def _report(self, event: TtsFallback) -> None:
        if event.edge_tried:
            log.warning("Speaking with Piper instead of Edge: %s", event.reason)
        else:
            log.debug("Edge is resting after a failure; speaking with Piper")
        if self.on_fallback is not None:
            self.on_fallback(event)


def _unspoken(text: str, failure: EdgeFailure) -> str:
    """What Piper still has to say: the text after the last word Edge's audio completed."""
    rest = text[failure.heard_until :].lstrip(" \t\n,;:.!?—–-")
    return rest if any(ch.isalnum() for ch in rest) else ""


# --- the voice list -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EdgeVoice:
    """One Edge voice, as the Settings list shows it."""

    short_name: str
    """What :class:`EdgeSynthesizer` takes: "en-US-AriaNeural"."""
    locale: str
    gender: str
    friendly_name: str

    @classmethod
    def from_service(cls, item: Mapping[str, Any]) -> EdgeVoice:
        return cls(
            short_name=str(item["ShortName"]),
            locale=str(item.get("Locale", "")),
            gender=str(item.get("Gender", "")),
            friendly_name=str(item.get("FriendlyName", item["ShortName"])),
        )


class EdgeVoiceList:
    """Edge's voices, fetched at most once per ``ttl`` and kept in ``cache_dir``.

    When the list cannot be fetched, a cached list of any age is used; with none, a
    :class:`CallbotError` says to check the connection.
    """

    CACHE_FILE = "edge_voices.json"

    def __init__(
        self,
        cache_dir: Path,
        *,
        ttl: timedelta = timedelta(days=7),
        timeout: float = 5.0,
        fetch: VoiceListFetcher | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = cache_dir / self.CACHE_FILE
        self.ttl = ttl
        self.timeout = timeout
        self._fetch = fetch or _fetch_from_edge
        self._clock = clock

    async def voices(self, *, refresh: bool = False) -> list[EdgeVoice]:
        """All voices, sorted by locale then name: from the cache while it is fresh (unless
        ``refresh``), else from Edge, else from a stale cache."""
        cached = await asyncio.to_thread(self._read)
        if cached is not None and not refresh:
            fetched_at, voices = cached
            if 0 <= self._clock() - fetched_at < self.ttl.total_seconds():
                return voices
        try:
            async with asyncio.timeout(self.timeout):
                raw = await self._fetch()
            voices = sorted(
                (EdgeVoice.from_service(item) for item in raw if "ShortName" in item),
                key=lambda v: (v.locale, v.short_name),
            )
        except _VOICE_LIST_ERRORS as exc:
            reason = _describe(exc, False, self.timeout)
            if cached is not None:
                log.warning("Using the cached Edge voice list: %s", reason)
                return cached[1]
            raise CallbotError(
                f"Could not get the list of Edge voices: {reason}", _OFFLINE_FIX
            ) from exc
        await asyncio.to_thread(self._write, voices)
        return voices

    def cached(self) -> list[EdgeVoice] | None:
        """The cached list, of any age, without touching the network (blocking file read)."""
        found = self._read()
        return found[1] if found is not None else None

    def _read(self) -> tuple[float, list[EdgeVoice]] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            voices = [EdgeVoice(**item) for item in data["voices"]]
            return float(data["fetched_at"]), voices
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("Ignoring the unreadable Edge voice cache %s: %s", self.path, exc)
            return None

    def _write(self, voices: list[EdgeVoice]) -> None:
        data = {
            "fetched_at": self._clock(),
            "voices": [
                {
                    "short_name": v.short_name,
                    "locale": v.locale,
                    "gender": v.gender,
                    "friendly_name": v.friendly_name,
                }
                for v in voices
            ],
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(self.path.name + ".partial")
            partial.write_text(json.dumps(data, indent=0), encoding="utf-8")
            os.replace(partial, self.path)
        except OSError as exc:
            log.warning("Could not cache the Edge voice list in %s: %s", self.path, exc)


async def _fetch_from_edge() -> Sequence[Mapping[str, Any]]:
    voices = await edge_tts.list_voices()
    return cast(Sequence[Mapping[str, Any]], voices)
