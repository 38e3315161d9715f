"""Interruptible speaker output that knows how much of each sentence was actually heard.

:meth:`Playback.play` takes a chunk of PCM at any rate, mono or multi-channel, tagged with the
sentence it belongs to. On the event loop it is resampled to the device rate (with a streaming
:class:`~callbot_desktop.audio.resample.Resampler` per sentence, so a sentence split into chunks
has no clicks), converted to the device's channels and int16, and appended to a queue of
segments. The sounddevice callback copies from the head of that queue into the device buffer and
writes silence when it is empty; it never waits for anything but a lock that is only ever held
for a few microseconds (a deque operation or copying one block).

The stream runs all the time between :meth:`start` and :meth:`stop`, in small blocks (10 ms by
default), so that :meth:`interrupt` is heard quickly: it clears the queue and the callback's
current segment in one locked step; the next callback writes silence, and what is still sounding
is only what the device had already been given (its output latency, about 30 ms with
``latency="low"``, 50-70 ms with ``"high"`` on PulseAudio).

What was heard
--------------
Every segment remembers the device frame position at which the callback began handing it over.
The frame at the speaker *now* is estimated from the latest callback: the frames it handed over
at stream time ``t`` reach the DAC at PortAudio's ``outputBufferDacTime``, so at stream time
``now`` the DAC is at ``position + (now - outputBufferDacTime) * rate``, never beyond what was
handed over. (When PortAudio gives no DAC time, the stream's reported latency is used instead:
handed over minus latency.) :meth:`interrupt` and :meth:`report` turn that into seconds and the
fraction heard of each sentence, so the history can keep only what was spoken. Frames already in
the device when :meth:`interrupt` is called still sound for up to one output latency; they are
counted as *not* heard, since the person interrupting talks over them.

``on_playing(True)`` is called when sentence audio starts to reach the device and
``on_playing(False)`` once the queue has run dry (or was interrupted) *and* the output latency has
passed, so a microphone gated on it does not hear the tail of the assistant's own voice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from callbot_desktop.audio.capture import (
    PORTAUDIO_LOCK,
    DeviceSpec,
    device_label,
    resolve_device,
)
from callbot_desktop.audio.devices import load_sounddevice
from callbot_desktop.audio.resample import Resampler, to_int16
from callbot_desktop.core.errors import CallbotError

log = logging.getLogger(__name__)

MAX_TAGS = 256
"""Sentences whose statistics are kept (the oldest are forgotten beyond that)."""
ONE_SHOT_LATENCY_S = 0.3
ONE_SHOT_BLOCK_MS = 40.0
"""For sounds nobody interrupts (a test beep, a voice preview, ``callbot say``). On a busy
machine 10 ms blocks underrun, and PortAudio's ALSA-to-PulseAudio path then loses most of the
sound (a 0.8 s beep arrived as 0.03-0.25 s with every core busy); 40 ms blocks and 0.3 s of
buffer arrived whole every time."""

_PLAYED: npt.NDArray[np.int16] = np.zeros((0, 1), np.int16)
"""What a segment's audio is replaced with once played, so that its memory is freed."""


@dataclass(frozen=True)
class SentenceHeard:
    """How much of one sentence reached the listener."""

    tag: str
    heard_s: float
    total_s: float

    @property
    def fraction(self) -> float:
        """Heard part, 0 to 1 (1 for an empty sentence)."""
        return min(1.0, self.heard_s / self.total_s) if self.total_s > 0 else 1.0

    @property
    def complete(self) -> bool:
        return self.heard_s >= self.total_s


@dataclass(frozen=True)
class PlaybackReport:
    """The sentences queued since the last interrupt/clear, in the order they were queued."""

    sentences: tuple[SentenceHeard, ...]
    interrupted: bool

    def get(self, tag: str) -> SentenceHeard | None:
        return next((s for s in self.sentences if s.tag == tag), None)

    @property
    def heard_s(self) -> float:
        return sum(s.heard_s for s in self.sentences)


class _Segment:
    """A run of device-ready frames of one sentence; the callback advances ``offset``."""

    __slots__ = ("first_position", "offset", "pcm", "tag")

    def __init__(self, tag: str, pcm: npt.NDArray[np.int16]) -> None:
        self.tag = tag
        self.pcm = pcm
        self.offset = 0  # frames handed to the device so far
        self.first_position = -1  # device frame position of pcm[0], once handed over

    def heard(self, position: float) -> float:
        """Frames of this segment at or before the device frame ``position``."""
        if self.first_position < 0:
            return 0.0
        return min(max(position - self.first_position, 0.0), float(self.offset))


class _Sentence:
    __slots__ = ("frames", "seconds", "segments")

    def __init__(self) -> None:
        self.seconds = 0.0  # duration as given to play(), before any resampling
        self.frames = 0  # device frames queued
        self.segments: list[_Segment] = []

    def heard_s(self, position: float, rate: float, tail_pending: bool) -> float:
        frames = sum(s.heard(position) for s in self.segments)
        if frames >= self.frames and not tail_pending:
            return self.seconds  # all of it (exactly, whatever the rounding of the chunks)
        return min(frames / rate, self.seconds)


class Playback:
    """A speaker stream fed from a queue of tagged PCM chunks; see the module docstring.

    ``device``: name, index or '' for the default. ``samplerate``: device rate (None: the
    device's default). ``channels``: None for stereo where the device has two channels, else
    mono. ``block_ms``: callback block (10 ms). ``latency``: PortAudio's suggested latency
    (``"low"``, ``"high"`` or seconds; "high" resists underruns on a busy machine).
    ``on_playing``: called on the event loop with True/False as speech starts and ends.
    """

    def __init__(
        self,
        device: DeviceSpec = "",
        *,
        samplerate: int | None = None,
        channels: int | None = None,
        block_ms: float = 10.0,
        latency: float | str = "low",
        on_playing: Callable[[bool], None] | None = None,
        flush_on_interrupt: bool = True,
    ) -> None:
        self.device = resolve_device(device)
        self.name = "default" if self.device is None else str(self.device)
        self.block_ms = block_ms
        self._requested_rate = samplerate
        self._requested_channels = channels
        self._latency = latency
        self._on_playing = on_playing
        self.flush_on_interrupt = flush_on_interrupt
        self.samplerate = 0
        self.channels = 0
        self.underruns = 0
        """PortAudio output underflows, counted by the callback (also while only silence plays)."""
        self.speech_underruns = 0
        """Those of :attr:`underruns` that came while speech was being handed over: the ones a
        person could hear as a gap."""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stream: Any = None
        self._generation = 0
        # Shared with the callback, under _lock.
        self._lock = threading.Lock()
        self._segments: deque[_Segment] = deque()
        self._written = 0  # device frames handed over so far (speech and silence)
        self._cb_position = 0  # first frame of the latest callback
        self._cb_dac_time = 0.0  # stream time at which that frame reaches the DAC (0: unknown)
        self._cb_busy = False  # the latest callback handed over speech
        self._speech_end = 0  # device frame position just after the latest speech frame
        # Event-loop side.
        self._sentences: OrderedDict[str, _Sentence] = OrderedDict()
        self._resampler: Resampler | None = None
        self._resampler_key: tuple[str, int, int] | None = None
        self._idle = asyncio.Event()
        self._idle.set()
        self._playing = False
        self._finish_timer: asyncio.TimerHandle | None = None
        self._finish_deadline = 0.0
        self._closing: asyncio.Task[None] | None = None
        self._flushing: asyncio.Task[None] | None = None
        self._restarting = False  # our own abort()+start() to drop what the device holds

    @classmethod
    def one_shot(cls, device: DeviceSpec = "") -> Playback:
        """A player for sounds that are played to the end, not interrupted (see
        :data:`ONE_SHOT_BLOCK_MS`)."""
        return cls(device, latency=ONE_SHOT_LATENCY_S, block_ms=ONE_SHOT_BLOCK_MS)

    # ---------------------------------------------------------------- lifecycle

    @property
    def playing(self) -> bool:
        """Speech is reaching the listener (see ``on_playing``)."""
        return self._playing

    @property
    def stream_open(self) -> bool:
        return self._stream is not None

    @property
    def latency_s(self) -> float:
        """Output latency reported by the stream (0 when closed)."""
        stream = self._stream
        return float(stream.latency) if stream is not None else 0.0

    @property
    def queued_s(self) -> float:
        """Seconds of audio queued and not yet handed to the device."""
        with self._lock:
            frames = sum(len(s.pcm) - s.offset for s in self._segments)
        return frames / self.samplerate if self.samplerate else 0.0

    async def start(self) -> None:
        """Open the device and start outputting (silence until something is played)."""
        if self._stream is not None:
            return
        self._loop = asyncio.get_running_loop()
        try:
            await asyncio.to_thread(self._open)
        except Exception as error:
            raise CallbotError(
                f"The speaker {self.name!r} could not be opened ({error})",
                "check the speaker setting (Settings → Audio), or plug the speaker in",
            ) from error
        self.name = await asyncio.to_thread(device_label, self.device, "output")

    async def stop(self) -> None:
        """Abort and close the stream (never a draining stop); queued audio is dropped."""
        with self._lock:
            self._segments.clear()
        for task in (self._flushing, self._closing):
            if task is not None:
                with contextlib.suppress(Exception):
                    await task
        self._flushing = self._closing = None
        await asyncio.to_thread(self._close)
        self._resampler, self._resampler_key = None, None
        self._finish()

    async def __aenter__(self) -> Playback:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ---------------------------------------------------------------- worker threads

    def _open(self) -> None:
        sd = load_sounddevice()
        with PORTAUDIO_LOCK:
            info = sd.query_devices(self.device, "output")
            rate = self._requested_rate or round(float(info["default_samplerate"]))
            channels = self._requested_channels or min(2, int(info["max_output_channels"]))
            self._generation += 1
            generation = self._generation
            stream = sd.OutputStream(
                device=self.device,
                samplerate=rate,
                channels=channels,
                dtype="int16",
                blocksize=max(1, round(rate * self.block_ms / 1000)),
                latency=self._latency,
                callback=self._make_callback(generation),
                finished_callback=self._make_finished_callback(generation),
            )
            self.samplerate, self.channels = int(stream.samplerate), channels
            with self._lock:
                self._written = self._cb_position = self._speech_end = 0
                self._cb_dac_time = 0.0
                self._cb_busy = False
            try:
                stream.start()
            except Exception:
                stream.close(ignore_errors=True)
                raise
            self._stream = stream

    def _close(self) -> None:
        with PORTAUDIO_LOCK:
            stream, self._stream = self._stream, None
            if stream is None:
                return
            self._generation += 1
            try:
                stream.abort(ignore_errors=True)
            finally:
                stream.close(ignore_errors=True)

    def _flush_device(self) -> None:
        """Drop what the device still holds: abort() discards its buffer, start() resumes."""
        with PORTAUDIO_LOCK:
            stream = self._stream
            if stream is None:
                return
            self._restarting = True
            try:
                stream.abort(ignore_errors=True)
            finally:
                self._restarting = False
            try:
                stream.start()
            except Exception as error:
                log.warning("the speaker stream %s could not be restarted: %s", self.name, error)
                assert self._loop is not None
                with contextlib.suppress(RuntimeError):
                    self._loop.call_soon_threadsafe(self._on_stream_ended, self._generation)

    # ---------------------------------------------------------------- PortAudio thread

    def _make_callback(self, generation: int) -> Callable[[Any, int, Any, Any], None]:
        loop = self._loop
        assert loop is not None
        segments, lock = self._segments, self._lock

        def callback(
            outdata: npt.NDArray[np.int16], frames: int, time_info: Any, status: Any
        ) -> None:
            underflow = bool(status.output_underflow)
            filled = 0
            with lock:
                if underflow:
                    self.underruns += 1
                    if self._cb_busy or segments:
                        self.speech_underruns += 1
                position = self._written
                while filled < frames and segments:
                    segment = segments[0]
                    n = min(frames - filled, len(segment.pcm) - segment.offset)
                    outdata[filled : filled + n] = segment.pcm[segment.offset : segment.offset + n]
                    if segment.offset == 0:
                        segment.first_position = position + filled
                    segment.offset += n
                    filled += n
                    if segment.offset >= len(segment.pcm):
                        segment.pcm = _PLAYED  # only the counts are needed from now on
                        segments.popleft()
                self._written = position + frames
                self._cb_position = position
                if filled:
                    self._speech_end = position + filled
                dac = float(time_info.outputBufferDacTime)
                self._cb_dac_time = dac if dac > float(time_info.currentTime) > 0 else 0.0
                busy, changed = filled > 0, (filled > 0) != self._cb_busy
                self._cb_busy = busy
            if filled < frames:
                outdata[filled:] = 0
            if changed:
                with contextlib.suppress(RuntimeError):  # the loop is closed
                    loop.call_soon_threadsafe(self._on_busy, busy, generation)

        return callback

    def _make_finished_callback(self, generation: int) -> Callable[[], None]:
        loop = self._loop
        assert loop is not None

        def finished() -> None:
            if generation == self._generation and not self._restarting:  # not our own abort
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(self._on_stream_ended, generation)

        return finished

    # ---------------------------------------------------------------- event loop

    def play(self, chunk: npt.NDArray[Any], tag: str, rate: int) -> None:
        """Queue ``chunk`` (int16 or float in [-1, 1]; 1-D mono or ``(frames, channels)``) at
        ``rate`` Hz as part of sentence ``tag``. Call on the event loop; returns at once."""
        if self._stream is None:
            raise RuntimeError("Playback.play() before start()")
        audio = np.asarray(chunk)
        channels_in = 1 if audio.ndim == 1 else audio.shape[1]
        key = (tag, rate, channels_in)
        if key != self._resampler_key:
            self._flush_resampler()
            if rate != self.samplerate:
                self._resampler, self._resampler_key = Resampler(rate, self.samplerate), key
        seconds = len(audio) / rate
        if self._resampler is not None:
            audio = self._resampler.process(audio)
        self._enqueue(tag, audio, seconds)

    def _flush_resampler(self) -> None:
        """Emit the resampler's held-back tail into its sentence; forget it."""
        resampler, key = self._resampler, self._resampler_key
        self._resampler, self._resampler_key = None, None
        if resampler is not None and key is not None:
            self._enqueue(key[0], resampler.flush(), 0.0)

    def _enqueue(self, tag: str, audio: npt.NDArray[Any], seconds: float) -> None:
        pcm = self._to_device(audio)
        sentence = self._sentences.get(tag)
        if sentence is None:
            sentence = self._sentences[tag] = _Sentence()
            while len(self._sentences) > MAX_TAGS:
                self._sentences.popitem(last=False)
        sentence.seconds += seconds
        sentence.frames += len(pcm)
        if len(pcm) == 0:
            return
        segment = _Segment(tag, pcm)
        sentence.segments.append(segment)
        self._idle.clear()
        with self._lock:
            self._segments.append(segment)

    def _to_device(self, audio: npt.NDArray[Any]) -> npt.NDArray[np.int16]:
        """int16 ``(frames, self.channels)``: mono is copied to every channel, other layouts
        are mixed down to mono first."""
        pcm = to_int16(audio)
        if pcm.ndim == 2 and pcm.shape[1] == self.channels:
            return np.ascontiguousarray(pcm)
        if pcm.ndim == 2 and pcm.shape[1] == 1:
            pcm = pcm[:, 0]
        elif pcm.ndim == 2:
            pcm = to_int16(pcm.astype(np.float32).mean(axis=1) / 32768.0)
        return np.ascontiguousarray(np.repeat(pcm[:, None], self.channels, axis=1))

    async def drained(self) -> None:
        """Wait until everything queued has been played and has left the speaker."""
        self._flush_resampler()
        while not self._idle.is_set():
            await self._idle.wait()

    def interrupt(self) -> PlaybackReport:
        """Silence the output now and report how much of each sentence was heard.

        Clears the queue and the callback's current segment at once; the sentence statistics
        start afresh afterwards. Call it on the event loop.
        """
        with self._lock:
            self._segments.clear()
            report = self._report_locked(interrupted=True)
            sounding = self._speech_end > self._heard_position_locked()
        self._sentences.clear()
        self._resampler, self._resampler_key = None, None
        if sounding and self.flush_on_interrupt and self._loop is not None:
            self._flushing = self._loop.create_task(asyncio.to_thread(self._flush_device))
        self._schedule_finish()
        return report

    def report(self, *, clear: bool = False) -> PlaybackReport:
        """How much of each sentence queued since the last interrupt/clear was heard so far."""
        with self._lock:
            report = self._report_locked(interrupted=False)
        if clear:
            self._sentences.clear()
        return report

    def _heard_position_locked(self) -> float:
        """Device frame position at the speaker now (see the module docstring)."""
        stream = self._stream
        if stream is None:
            return float(self._written)
        if self._cb_dac_time > 0:
            try:
                now = float(stream.time)
            except Exception:
                now = 0.0
            if now > 0:
                position = self._cb_position + (now - self._cb_dac_time) * self.samplerate
                return min(max(position, 0.0), float(self._written))
        return max(float(self._written) - float(stream.latency) * self.samplerate, 0.0)

    def _report_locked(self, *, interrupted: bool) -> PlaybackReport:
        position = self._heard_position_locked()
        rate = float(self.samplerate or 1)
        pending = self._resampler_key[0] if self._resampler_key is not None else None
        sentences = tuple(
            SentenceHeard(tag, sentence.heard_s(position, rate, tag == pending), sentence.seconds)
            for tag, sentence in self._sentences.items()
        )
        return PlaybackReport(sentences, interrupted)

    def _on_busy(self, busy: bool, generation: int) -> None:
        if generation != self._generation:
            return
        if busy:
            if self._finish_timer is not None:
                self._finish_timer.cancel()
                self._finish_timer = None
            if not self._playing:
                self._set_playing(True)
        else:
            self._schedule_finish()

    def _schedule_finish(self, delay: float | None = None) -> None:
        """Declare the output idle once what the device holds has been played."""
        if self._loop is None:
            return
        if self._finish_timer is not None:
            self._finish_timer.cancel()
        if delay is None:
            delay = self.latency_s + self.block_ms / 1000
            # If the stream's clock misbehaves, give up waiting for it after this.
            self._finish_deadline = self._loop.time() + 4 * delay + 0.5
        self._finish_timer = self._loop.call_later(delay, self._finish_if_idle)

    def _finish_if_idle(self) -> None:
        self._finish_timer = None
        if self._stream is None:
            self._finish()
            return
        with self._lock:
            if self._segments or self._cb_busy:
                return  # more speech: the callback reports when it runs dry again
            remaining = self._speech_end - self._heard_position_locked()
        assert self._loop is not None
        if remaining > 0 and self._loop.time() < self._finish_deadline:
            self._schedule_finish(remaining / self.samplerate + 0.002)
        else:
            self._finish()

    def _finish(self) -> None:
        if self._finish_timer is not None:
            self._finish_timer.cancel()
            self._finish_timer = None
        with self._lock:
            empty = not self._segments
        if empty:
            self._idle.set()
        if self._playing:
            self._set_playing(False)

    def _set_playing(self, playing: bool) -> None:
        self._playing = playing
        if self._on_playing is not None:
            try:
                self._on_playing(playing)
            except Exception:
                log.exception("on_playing callback failed")

    def _on_stream_ended(self, generation: int) -> None:
        if generation != self._generation:
            return
        log.warning("the speaker stream %s ended unexpectedly", self.name)
        with self._lock:
            self._segments.clear()
            self._cb_busy = False
        self._finish()  # nothing more will play: drained() must not wait for it
        assert self._loop is not None
        self._closing = self._loop.create_task(asyncio.to_thread(self._close))
