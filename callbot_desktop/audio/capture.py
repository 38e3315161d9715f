"""Microphone capture: a sounddevice input stream whose frames arrive in asyncio as events.

The PortAudio callback runs on PortAudio's own thread and does only three cheap things: it notes
the time, copies the block (one small int16 array) and hands it to the event loop with
``loop.call_soon_threadsafe``. Everything else happens on the loop: resampling (when the device
would not open at 16 kHz), levels for a meter, and queueing :class:`AudioFrame` and
:class:`LevelChanged` events for ``async for event in capture.events()`` (or only the frames,
with ``capture.frames()``).

Losing the device and getting it back
-------------------------------------
A supervisor task on the loop watches the stream and reports :class:`DeviceLost` /
:class:`DeviceRestored`. PortAudio behind PulseAudio (or PipeWire) almost never reports a lost
device itself, so three signs are used:

* **the stream finished** on its own (PortAudio's callback thread hit a host error, e.g. an ALSA
  ``hw:`` device unplugged);
* **a stall**: no callback for ``stall_timeout_s`` (default 1 s, i.e. 50 missed 20 ms blocks).
  This is what a suspended PulseAudio source looks like: the stream stays "active" and simply
  stops calling back;
* **a failed probe**: every ``poll_interval_s`` (1 s) the configured device is checked with
  ``sounddevice.check_input_settings`` (about 1.5 ms, in a worker thread). This catches a named
  PulseAudio source that was removed: PulseAudio then *moves* our stream to another source (the
  monitor of the speaker, say) and callbacks carry on with the wrong sound, so only a fresh open
  of the name shows that it is gone. "Device busy" answers are not taken as a loss (a raw ALSA
  ``hw:`` device cannot be opened twice).

After a loss the stream is aborted and closed, and every ``poll_interval_s`` the device is opened
again; it counts as restored when the new stream's first callback arrives within
``open_timeout_s``, else that attempt is closed and the next one follows. PortAudio enumerates
devices only when it is initialised, so a device must be known to it (by name or index) to come
back; re-initialising PortAudio would close every other stream in the process, and is left to
the caller.

Streams are always stopped with ``abort()`` then ``close()``: ``stop()`` waits for the device to
drain and hangs forever when a source stops delivering.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from callbot_desktop.audio.devices import load_sounddevice
from callbot_desktop.audio.resample import Resampler, to_int16
from callbot_desktop.core.errors import CallbotError

log = logging.getLogger(__name__)

CAPTURE_RATE = 16_000
"""Rate of every :class:`AudioFrame` (Hz): what the VAD and Whisper want."""

PA_INVALID_SAMPLE_RATE = -9997
"""PortAudio's paInvalidSampleRate: the device would not open at the rate asked for."""

PA_DEVICE_UNAVAILABLE = -9985
"""PortAudio's paDeviceUnavailable: e.g. an ALSA ``hw:`` device already open elsewhere."""

ALSA_EBUSY = -16

SILENCE_DB = -120.0
"""Level reported for digital silence (dBFS)."""

PORTAUDIO_LOCK = threading.Lock()
"""Serialises PortAudio's control calls (open, start, abort, close, probes) across threads.

PortAudio does not promise that these are thread-safe; capture and playback both run them in
worker threads (so that a slow device never blocks the event loop) under this lock. Callbacks and
``Pa_GetStreamTime`` do not need it.
"""

DeviceSpec = str | int | None
"""A device by name (or a substring of it), by PortAudio index, or '' / None for the default."""


def resolve_device(spec: DeviceSpec) -> str | int | None:
    """What to pass to sounddevice as ``device=``: the setting '' → None (the default), a
    string of digits → that index, anything else → the name as is."""
    if spec is None or isinstance(spec, int):
        return spec
    text = spec.strip()
    if not text:
        return None
    return int(text) if text.isdigit() else text


def device_label(device: str | int | None, kind: str) -> str:
    """A readable name for ``device`` (falls back to the spec itself if it cannot be queried)."""
    sd = load_sounddevice()
    try:
        info = sd.query_devices(device, kind)
        return str(info["name"])
    except (ValueError, sd.PortAudioError):
        return "default" if device is None else str(device)


def is_busy_error(error: BaseException) -> bool:
    """True for PortAudio errors meaning "in use" rather than "gone"."""
    args: tuple[Any, ...] = tuple(getattr(error, "args", ()))
    code = args[1] if len(args) > 1 else None
    host = args[2] if len(args) > 2 else None
    host_code = host[1] if isinstance(host, tuple) and len(host) > 1 else None
    return code == PA_DEVICE_UNAVAILABLE or host_code == ALSA_EBUSY


def levels_dbfs(pcm: npt.NDArray[np.int16]) -> tuple[float, float]:
    """``(rms_db, peak_db)`` of an int16 block, in dB relative to full scale."""
    if len(pcm) == 0:
        return SILENCE_DB, SILENCE_DB
    samples = pcm.astype(np.float32)
    rms = math.sqrt(float(np.dot(samples, samples)) / len(samples)) / 32768.0
    peak = float(np.max(np.abs(samples))) / 32768.0
    return _db(rms), _db(peak)


def _db(amplitude: float) -> float:
    return max(20.0 * math.log10(amplitude), SILENCE_DB) if amplitude > 0 else SILENCE_DB


@dataclass(frozen=True)
class AudioFrame:
    """One block of microphone audio: mono int16 at ``rate`` Hz.

    ``t`` is ``time.monotonic()`` when the block reached us (its last sample had been recorded);
    ``position`` is the index of its first sample in this capture's sample count, which only
    counts delivered samples (a gap during a device loss is not counted).
    """

    pcm: npt.NDArray[np.int16] = field(repr=False)
    rate: int
    t: float
    position: int

    @property
    def seconds(self) -> float:
        return len(self.pcm) / self.rate


@dataclass(frozen=True)
class LevelChanged:
    """Loudness of the latest block, for a level meter (dBFS; -120 for digital silence)."""

    rms_db: float
    peak_db: float


@dataclass(frozen=True)
class DeviceLost:
    """The microphone stopped delivering audio; capture retries on its own."""

    name: str
    reason: str


@dataclass(frozen=True)
class DeviceRestored:
    """The microphone delivers audio again after a :class:`DeviceLost`."""

    name: str


CaptureEvent = AudioFrame | LevelChanged | DeviceLost | DeviceRestored


class _Closed:
    """Queue sentinel: capture stopped, iteration ends."""


_CLOSED = _Closed()


class Capture:
    """Microphone audio as asyncio events; see the module docstring for loss handling.

    Use it from a running event loop::

        capture = Capture(settings.get_str("audio.input_device"))
        await capture.start()
        try:
            async for event in capture.events():
                ...
        finally:
            await capture.stop()

    ``device``: name, index or '' for the default. ``block_ms``: block length (20 ms: 320
    samples at 16 kHz). ``device_rate``: open the device at this rate and resample to 16 kHz
    (None: try 16 kHz, and fall back to the device's default rate if it refuses).
    ``max_queued``: events kept when nobody reads; the oldest are dropped beyond that (counted in
    :attr:`dropped`). ``on_event``: called on the loop with every event that is not an
    :class:`AudioFrame` (handy with :meth:`frames`, which yields only frames).
    """

    def __init__(
        self,
        device: DeviceSpec = "",
        *,
        block_ms: float = 20.0,
        device_rate: int | None = None,
        stall_timeout_s: float = 1.0,
        poll_interval_s: float = 1.0,
        open_timeout_s: float = 3.0,
        max_queued: int = 1000,
        on_event: Callable[[CaptureEvent], None] | None = None,
    ) -> None:
        self.device = resolve_device(device)
        self.block_ms = block_ms
        self.rate = CAPTURE_RATE
        self._forced_rate = device_rate
        self.stall_timeout_s = stall_timeout_s
        self.poll_interval_s = poll_interval_s
        self.open_timeout_s = open_timeout_s
        self._on_event = on_event
        self._max_queued = max_queued
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: asyncio.Queue[CaptureEvent | _Closed] = asyncio.Queue()
        self._supervisor: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        # Stream state. _stream and _generation change only under PORTAUDIO_LOCK.
        self._stream: Any = None
        self._generation = 0
        self._stopping = False
        self._last_callback = 0.0  # monotonic time of the latest callback (written by PortAudio)
        self._opened_at = 0.0
        self._first_callback_at = 0.0
        self._finished = threading.Event()  # the current stream ended without our asking
        self._resampler: Resampler | None = None
        self._lost = False
        self._position = 0
        # Public figures.
        self.name = "default" if self.device is None else str(self.device)
        self.device_rate: int | None = None
        self.first_callback_s: float | None = None
        """Seconds from the latest (re)start of the stream to its first callback."""
        self.level = LevelChanged(SILENCE_DB, SILENCE_DB)
        self.dropped = 0
        self.overflows = 0

    # ---------------------------------------------------------------- lifecycle

    @property
    def running(self) -> bool:
        """Between :meth:`start` and :meth:`stop` (also while the device is lost)."""
        return self._supervisor is not None and not self._supervisor.done()

    @property
    def stream_open(self) -> bool:
        """Whether a PortAudio stream is open right now."""
        return self._stream is not None

    @property
    def lost(self) -> bool:
        """True between a :class:`DeviceLost` and the next :class:`DeviceRestored`."""
        return self._lost

    async def start(self) -> None:
        """Open the device and start capturing.

        Raises :class:`CallbotError` when the device cannot be opened at all; later losses are
        reported as events instead.
        """
        if self.running:
            return
        self._loop = asyncio.get_running_loop()
        self._stopping = False
        self._lost = False
        self._wake = asyncio.Event()
        self._queue = asyncio.Queue()
        try:
            await asyncio.to_thread(self._open)
        except Exception as error:
            raise CallbotError(
                f"The microphone {self.name!r} could not be opened ({error})",
                "check the microphone setting (Settings → Audio), or plug the microphone in",
            ) from error
        self.name = await asyncio.to_thread(device_label, self.device, "input")
        self._supervisor = asyncio.create_task(self._supervise(), name="capture-supervisor")

    async def stop(self) -> None:
        """Stop capturing (abort + close, never a draining stop) and end the event iterators."""
        self._stopping = True
        if self._supervisor is not None:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
            self._supervisor = None
        await asyncio.to_thread(self._close)
        self._queue.put_nowait(_CLOSED)

    async def __aenter__(self) -> Capture:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ---------------------------------------------------------------- consuming

    async def events(self) -> AsyncIterator[CaptureEvent]:
        """Every event in order, until :meth:`stop`. One consumer at a time."""
        while True:
            event = await self._queue.get()
            if isinstance(event, _Closed):
                self._queue.put_nowait(event)  # let other iterators end too
                return
            yield event

    async def frames(self) -> AsyncIterator[AudioFrame]:
        """Only the :class:`AudioFrame` events (others still go to ``on_event``)."""
        async for event in self.events():
            if isinstance(event, AudioFrame):
                yield event

    # ---------------------------------------------------------------- PortAudio thread

    def _make_callback(self, generation: int) -> Callable[[Any, int, Any, Any], None]:
        loop = self._loop
        assert loop is not None

        def callback(
            indata: npt.NDArray[np.int16], frames: int, time_info: Any, status: Any
        ) -> None:
            now = time.monotonic()
            self._last_callback = now
            if status.input_overflow:
                self.overflows += 1
            block = indata[:, 0].copy()
            with contextlib.suppress(RuntimeError):  # the loop is closed: nobody listens
                loop.call_soon_threadsafe(self._deliver, block, now, generation)

        return callback

    def _make_finished_callback(self, generation: int) -> Callable[[], None]:
        loop = self._loop
        assert loop is not None

        def finished() -> None:
            # Also called when we abort a stream ourselves: then the generation has moved on.
            if generation == self._generation and not self._stopping:
                self._finished.set()
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(self._wake.set)

        return finished

    # ---------------------------------------------------------------- worker threads

    def _open(self) -> None:
        """Open and start a stream (worker thread). Raises what PortAudio raises."""
        sd = load_sounddevice()
        with PORTAUDIO_LOCK:
            if self._stopping:
                return
            self._close_locked()
            rates: list[int] = [self._forced_rate or CAPTURE_RATE]
            if self._forced_rate is None:
                info = sd.query_devices(self.device, "input")
                default_rate = round(float(info["default_samplerate"]))
                if default_rate != CAPTURE_RATE:
                    rates.append(default_rate)
            self._generation += 1
            self._finished.clear()
            stream: Any = None
            for index, rate in enumerate(rates):
                try:
                    stream = sd.InputStream(
                        device=self.device,
                        samplerate=rate,
                        channels=1,
                        dtype="int16",
                        blocksize=max(1, round(rate * self.block_ms / 1000)),
                        callback=self._make_callback(self._generation),
                        finished_callback=self._make_finished_callback(self._generation),
                    )
                    break
                except sd.PortAudioError as error:
                    refused_rate = len(error.args) > 1 and error.args[1] == PA_INVALID_SAMPLE_RATE
                    if not refused_rate or index == len(rates) - 1:
                        raise
                    log.info("%s refuses %d Hz; opening at %d Hz", self.name, rate, rates[-1])
            self.device_rate = int(stream.samplerate)
            self._resampler = (
                None
                if self.device_rate == CAPTURE_RATE
                else Resampler(self.device_rate, CAPTURE_RATE)
            )
            self._first_callback_at = 0.0
            self._opened_at = time.monotonic()
            self._last_callback = self._opened_at
            try:
                stream.start()
            except Exception:
                stream.close(ignore_errors=True)
                raise
            self._stream = stream

    def _close(self) -> None:
        with PORTAUDIO_LOCK:
            self._close_locked()

    def _close_locked(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        self._generation += 1  # late callbacks of this stream are ignored
        try:
            stream.abort(ignore_errors=True)
        finally:
            stream.close(ignore_errors=True)

    def _probe(self) -> BaseException | None:
        """Check that the device can still be opened; the error if it cannot (worker thread)."""
        sd = load_sounddevice()
        with PORTAUDIO_LOCK:
            try:
                sd.check_input_settings(
                    device=self.device,
                    samplerate=self.device_rate or CAPTURE_RATE,
                    channels=1,
                    dtype="int16",
                )
            except (sd.PortAudioError, ValueError) as error:
                return None if is_busy_error(error) else error
        return None

    # ---------------------------------------------------------------- event loop

    def _deliver(self, block: npt.NDArray[np.int16], t: float, generation: int) -> None:
        if generation != self._generation or self._stopping:
            return
        if not self._first_callback_at:
            self._first_callback_at = t
            self.first_callback_s = t - self._opened_at
            if self._lost:
                self._lost = False
                self._emit(DeviceRestored(self.name))
        if self._resampler is not None:
            block = to_int16(self._resampler.process(block))
            if len(block) == 0:
                return
        frame = AudioFrame(block, CAPTURE_RATE, t, self._position)
        self._position += len(block)
        self._emit(frame)
        rms_db, peak_db = levels_dbfs(block)
        self.level = LevelChanged(rms_db, peak_db)
        self._emit(self.level)

    def _emit(self, event: CaptureEvent) -> None:
        if self._queue.qsize() >= self._max_queued:
            with contextlib.suppress(asyncio.QueueEmpty):
                self._queue.get_nowait()
                self.dropped += 1
        self._queue.put_nowait(event)
        if self._on_event is not None and not isinstance(event, AudioFrame):
            try:
                self._on_event(event)
            except Exception:
                log.exception("capture on_event callback failed")

    async def _lose(self, reason: str) -> None:
        log.warning("microphone %s lost: %s", self.name, reason)
        await asyncio.to_thread(self._close)
        if not self._lost:
            self._lost = True
            self._emit(DeviceLost(self.name, reason))

    async def _wait(self, seconds: float) -> None:
        """Sleep, but wake early when the stream finishes on its own."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)
        self._wake.clear()

    async def _supervise(self) -> None:
        tick = max(0.02, min(self.stall_timeout_s, self.poll_interval_s) / 4)
        last_probe = time.monotonic()
        last_attempt = 0.0
        while not self._stopping:
            now = time.monotonic()
            if self._stream is None:
                if now - last_attempt < self.poll_interval_s:
                    await self._wait(self.poll_interval_s - (now - last_attempt))
                    continue
                last_attempt = time.monotonic()
                try:
                    await asyncio.to_thread(self._open)
                except Exception as error:
                    log.debug("re-opening %s failed: %s", self.name, error)
                continue
            if self._finished.is_set():
                await self._lose("the audio stream ended unexpectedly")
            elif not self._first_callback_at:
                if now - self._opened_at > self.open_timeout_s:
                    reason = f"no audio within {self.open_timeout_s:.1f} s of opening the device"
                    await self._lose(reason)
                else:
                    await self._wait(tick)
            elif now - self._last_callback > self.stall_timeout_s:
                silent_ms = round((now - self._last_callback) * 1000)
                await self._lose(f"the device stopped delivering audio ({silent_ms} ms)")
            elif now - last_probe >= self.poll_interval_s:
                last_probe = now
                problem = await asyncio.to_thread(self._probe)
                if problem is not None:
                    await self._lose(f"the device can no longer be opened ({problem})")
            else:
                await self._wait(tick)
            if self._stream is None:
                last_attempt = time.monotonic()
