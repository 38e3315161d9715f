"""Voice activity: when the person starts speaking, when their turn ends, and what they said.

Two layers, smallest first:

* :class:`VadStateMachine` is pure (no I/O, no threads, no model): it is given one speech
  probability per window, with the window's samples, and walks pipecat's four states
  ``QUIET → STARTING → SPEAKING → STOPPING → QUIET``. It emits two small frozen events,
  :class:`SpeechStarted` once speech has lasted ``min_speech_ms`` and :class:`SpeechStopped`, which
  carries the whole utterance, once silence has lasted the *hangover*. Tests drive it with plain
  lists of probabilities.
* :class:`VoiceActivityDetector` feeds it from a live stream: 16 kHz mono int16 audio (arrays or
  bytes, or float arrays in [-1, 1]) in chunks of any size, re-chunked into 512-sample (32 ms)
  windows scored by the Silero model (:mod:`callbot_desktop.audio.silero`, onnxruntime only).

Events and shared audio helpers: :mod:`callbot_desktop.audio.vad_events`. Push-to-talk, which
emits the same events with no model: :mod:`callbot_desktop.audio.push_to_talk`.

Decisions, per window of probability ``p``:

* Hysteresis: speech *begins* when ``p >= start_threshold`` (0.5, Silero's own default) and *keeps
  going* while ``p >= stop_threshold`` (0.35, Silero's ``threshold - 0.15``). Once in STOPPING,
  only ``p >= start_threshold`` counts as speech again, so the model's hesitant 0.35–0.5 values
  after the last word neither end the turn early nor keep it open: the silence clock runs on.
* Minimum speech (setting ``vad.min_speech_ms``, 250 ms): STARTING becomes SPEAKING only after
  that much uninterrupted speech (``p >= stop_threshold`` after the first window); a cough or a
  click drops back to QUIET and emits nothing.
* Hangover (setting ``vad.hangover_ms``, 500 ms): SPEAKING becomes STOPPING at the first window
  with ``p < stop_threshold``; STOPPING ends the turn once the silence has lasted the hangover.
* Adaptive end of turn: :meth:`VadStateMachine.set_partial_transcript` tells the machine what has
  been understood so far; :mod:`callbot_desktop.audio.turn_end` shortens the hangover when the
  text ends a sentence and lengthens it when it trails off ("and", "um", a comma, "...").
* Pre-roll (1 s): the utterance starts ``pre_roll_ms`` before the first window that crossed
  ``start_threshold``, so the soft start of the first syllable (which the model scores late) is
  never lost. Pre-roll never reaches back into the previous utterance: utterances never overlap.
* The utterance ends with the last window processed, so it includes the hangover's silence.

Times in events are *stream* times in seconds: samples processed since the start (or the last
:meth:`reset`) divided by the sample rate; nothing here reads a clock.

Settings (declared in ``callbot_desktop.settings.schema``, not imported here): ``vad.min_speech_ms``
and ``vad.hangover_ms`` map to :class:`VadConfig` fields of the same names
(:meth:`VadConfig.from_settings`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from callbot_desktop.audio.turn_end import EndOfTurnPolicy
from callbot_desktop.audio.vad_events import (
    _EMPTY,
    SAMPLE_RATE,
    WINDOW_SAMPLES,
    Int16Array,
    SpeechStarted,
    SpeechStopped,
    VadEvent,
    _frozen,
    _Ring,
    as_int16,
)


class VadState(enum.Enum):
    """The four states of :class:`VadStateMachine` (pipecat's names)."""

    QUIET = "quiet"
    STARTING = "starting"
    SPEAKING = "speaking"
    STOPPING = "stopping"


# --------------------------------------------------------------------------------------- config


@dataclass(frozen=True)
class VadConfig:
    """Tuning of :class:`VadStateMachine`; the defaults suit Silero v6 on a desktop microphone.

    ``start_threshold`` / ``stop_threshold``: probabilities that begin / sustain speech (the gap
    is the hysteresis). ``min_speech_ms`` (setting ``vad.min_speech_ms``): speech shorter than
    this is ignored. ``hangover_ms`` (setting ``vad.hangover_ms``): silence that ends the turn,
    before adaptation by ``end_of_turn``. ``pre_roll_ms``: audio kept from before the onset.
    """

    start_threshold: float = 0.5
    stop_threshold: float = 0.35
    min_speech_ms: float = 250.0
    hangover_ms: float = 500.0
    pre_roll_ms: float = 1000.0
    sample_rate: int = SAMPLE_RATE
    end_of_turn: EndOfTurnPolicy = field(default_factory=EndOfTurnPolicy)

    def __post_init__(self) -> None:
        if not 0 < self.stop_threshold <= self.start_threshold <= 1:
            raise ValueError(
                "need 0 < stop_threshold <= start_threshold <= 1, not "
                f"{self.stop_threshold} / {self.start_threshold}"
            )
        if self.min_speech_ms < 0 or self.hangover_ms < 0 or self.pre_roll_ms < 0:
            raise ValueError("min_speech_ms, hangover_ms and pre_roll_ms must not be negative")
        if self.sample_rate <= 0:
            raise ValueError(f"sample_rate must be positive, not {self.sample_rate}")

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], **overrides: Any) -> VadConfig:
        """A config from the settings ``vad.min_speech_ms`` and ``vad.hangover_ms`` (if present)."""
        config = cls(**overrides)
        return replace(
            config,
            min_speech_ms=float(settings.get("vad.min_speech_ms", config.min_speech_ms)),
            hangover_ms=float(settings.get("vad.hangover_ms", config.hangover_ms)),
        )

    def samples(self, ms: float) -> int:
        """``ms`` milliseconds as a whole number of samples (rounded)."""
        return round(ms * self.sample_rate / 1000)


# -------------------------------------------------------------------------------- state machine


class VadStateMachine:
    """The pure VAD: one probability (and window of samples) in, at most one event out.

    Deterministic and free of I/O; all times come from counting samples. Not thread-safe: call
    :meth:`step` and :meth:`set_partial_transcript` from the same thread (the engine's loop).
    """

    def __init__(self, config: VadConfig | None = None) -> None:
        self.config = config or VadConfig()
        c = self.config
        self._min_speech = c.samples(c.min_speech_ms)
        self._pre_roll = c.samples(c.pre_roll_ms)
        self._ring = _Ring(self._pre_roll)
        self._silence_window: Int16Array = np.zeros(WINDOW_SAMPLES, np.int16)
        self._silence_window.flags.writeable = False
        self.reset()

    # -- state

    def reset(self) -> None:
        """Back to QUIET at stream time 0, forgetting all audio and the utterance count."""
        self._state = VadState.QUIET
        self._now = 0  # samples processed
        self._ring.clear()
        self._last_stop = 0  # sample where the previous utterance's audio ended
        self._count = 0
        self._onset = 0
        self._speech_end = 0
        self._voiced = 0  # samples of speech while STARTING
        self._silence = 0  # samples of silence while STOPPING
        self._audio_start = 0
        self._chunks: list[Int16Array] = []
        self._partial = ""
        self._hangover_ms = self.config.hangover_ms

    @property
    def state(self) -> VadState:
        return self._state

    @property
    def speaking(self) -> bool:
        """True in SPEAKING and STOPPING: an utterance has been confirmed and is still open."""
        return self._state in (VadState.SPEAKING, VadState.STOPPING)

    @property
    def samples_processed(self) -> int:
        return self._now

    @property
    def time(self) -> float:
        """Stream time in seconds: the end of the last window processed."""
        return self._now / self.config.sample_rate

    @property
    def utterance_index(self) -> int:
        """Number of the current (or last) confirmed utterance; 0 before the first."""
        return self._count

    @property
    def utterance(self) -> Int16Array:
        """The open utterance so far (pre-roll included), for partial transcripts.

        Empty unless :attr:`speaking`. A fresh copy every time.
        """
        if not self.speaking:
            return _EMPTY
        return np.concatenate(self._chunks) if self._chunks else _EMPTY

    @property
    def utterance_start_t(self) -> float:
        """Stream seconds of :attr:`utterance`'s first sample (meaningful while speaking)."""
        return self._audio_start / self.config.sample_rate

    @property
    def silence_start_t(self) -> float | None:
        """While STOPPING: the stream time at which the speech ended (the silence began)."""
        if self._state is not VadState.STOPPING:
            return None
        return self._speech_end / self.config.sample_rate

    @property
    def partial_transcript(self) -> str:
        return self._partial

    @property
    def hangover_ms(self) -> float:
        """The silence that will end the current turn, adapted to the partial transcript."""
        return self._hangover_ms

    def set_partial_transcript(self, text: str, utterance: int | None = None) -> None:
        """What the person has said so far; adapts the hangover (see :class:`EndOfTurnPolicy`).

        Pass ``utterance`` (the number from :class:`SpeechStarted`) to have a late transcript of
        an earlier utterance ignored. The text is forgotten when the next utterance starts. The
        new hangover takes effect at the next window (32 ms later at most).
        """
        if utterance is not None and utterance != self._count:
            return
        self._partial = text
        self._hangover_ms = self.config.end_of_turn.hangover_ms(text, self.config.hangover_ms)

    # -- stepping

    def process(self, probabilities: Iterable[float]) -> list[VadEvent]:
        """Step through ``probabilities`` with silent 512-sample windows; the events, in order."""
        events: list[VadEvent] = []
        for p in probabilities:
            event = self.step(p)
            if event is not None:
                events.append(event)
        return events

    def step(self, probability: float, window: Int16Array | None = None) -> VadEvent | None:
        """Advance by one window whose speech probability is ``probability``.

        ``window`` holds its samples (any length > 0; default: 512 samples of silence, for tests
        that only care about timing). Returns the event this window caused, if any.
        """
        samples = self._silence_window if window is None else as_int16(window).copy()
        if len(samples) == 0:
            raise ValueError("a window must hold at least one sample")
        start = self._now
        self._now += len(samples)
        c = self.config
        event: VadEvent | None = None

        if self._state is VadState.QUIET:
            if probability >= c.start_threshold:
                self._begin(start, samples)
                event = self._confirm_if_long_enough()
        elif self._state is VadState.STARTING:
            if probability >= c.stop_threshold:
                self._chunks.append(samples)
                self._voiced += len(samples)
                event = self._confirm_if_long_enough()
            else:
                self._state = VadState.QUIET
                self._chunks = []
        elif self._state is VadState.SPEAKING:
            self._chunks.append(samples)
            if probability < c.stop_threshold:
                self._state = VadState.STOPPING
                self._speech_end = start
                self._silence = len(samples)
                event = self._stop_if_silent_long_enough()
        else:  # STOPPING
            self._chunks.append(samples)
            if probability >= c.start_threshold:
                self._state = VadState.SPEAKING
            else:
                self._silence += len(samples)
                event = self._stop_if_silent_long_enough()

        self._ring.extend(samples)
        return event

    def finish(self) -> VadEvent | None:
        """The stream ended: close an open utterance (speech still unconfirmed is dropped)."""
        if self._state is VadState.STARTING:
            self._state = VadState.QUIET
            self._chunks = []
            return None
        if not self.speaking:
            return None
        if self._state is VadState.SPEAKING:
            self._speech_end = self._now
        return self._stop()

    # -- transitions

    def _begin(self, start: int, samples: Int16Array) -> None:
        self._state = VadState.STARTING
        self._onset = start
        pre_roll = self._ring.last(min(self._pre_roll, start - self._last_stop))
        self._audio_start = start - len(pre_roll)
        self._chunks = [pre_roll, samples]
        self._voiced = len(samples)

    def _confirm_if_long_enough(self) -> SpeechStarted | None:
        if self._voiced < self._min_speech:
            return None
        self._state = VadState.SPEAKING
        self._count += 1
        self._partial = ""
        self._hangover_ms = self.config.hangover_ms
        rate = self.config.sample_rate
        return SpeechStarted(t=self._now / rate, onset_t=self._onset / rate, utterance=self._count)

    def _stop_if_silent_long_enough(self) -> SpeechStopped | None:
        if self._silence < self.config.samples(self._hangover_ms):
            return None
        return self._stop()

    def _stop(self) -> SpeechStopped:
        rate = self.config.sample_rate
        audio = _frozen(np.concatenate(self._chunks))
        event = SpeechStopped(
            t=self._now / rate,
            onset_t=self._onset / rate,
            end_t=self._speech_end / rate,
            audio_start_t=self._audio_start / rate,
            audio=audio,
            utterance=self._count,
            hangover_ms=self._hangover_ms,
            sample_rate=rate,
        )
        self._state = VadState.QUIET
        self._chunks = []
        self._last_stop = self._now
        self._partial = ""
        self._hangover_ms = self.config.hangover_ms
        return event


# ------------------------------------------------------------------------------ live detection


class SpeechModel(Protocol):
    """Scores consecutive 512-sample windows of one stream (e.g. :class:`SileroVad`)."""

    def __call__(self, window: npt.NDArray[Any], /) -> float: ...

    def reset(self) -> None: ...


class VoiceActivityDetector:
    """Silero plus :class:`VadStateMachine` over a live 16 kHz stream in chunks of any size.

    ``model`` defaults to :class:`~callbot_desktop.audio.silero.SileroVad` (loaded here, about
    50 ms). Samples that do not fill a whole window wait for the next :meth:`feed`.
    """

    def __init__(self, config: VadConfig | None = None, model: SpeechModel | None = None) -> None:
        self.machine = VadStateMachine(config)
        if self.machine.config.sample_rate != SAMPLE_RATE:
            raise ValueError("the Silero VAD runs at 16 kHz only")
        if model is None:
            from callbot_desktop.audio.silero import SileroVad

            model = SileroVad()
        self.model: SpeechModel = model
        self._pending: Int16Array = _EMPTY
        self.last_probability = 0.0

    @property
    def config(self) -> VadConfig:
        return self.machine.config

    @property
    def state(self) -> VadState:
        return self.machine.state

    @property
    def utterance(self) -> Int16Array:
        """The open utterance so far (see :attr:`VadStateMachine.utterance`)."""
        return self.machine.utterance

    def set_partial_transcript(self, text: str, utterance: int | None = None) -> None:
        """See :meth:`VadStateMachine.set_partial_transcript`."""
        self.machine.set_partial_transcript(text, utterance)

    def feed(self, audio: bytes | bytearray | memoryview | npt.NDArray[Any]) -> list[VadEvent]:
        """Process a chunk of 16 kHz mono audio; the events it caused, in order."""
        samples = as_int16(audio)
        if len(self._pending):
            samples = np.concatenate([self._pending, samples])
        whole = len(samples) // WINDOW_SAMPLES * WINDOW_SAMPLES
        events: list[VadEvent] = []
        for offset in range(0, whole, WINDOW_SAMPLES):
            window = samples[offset : offset + WINDOW_SAMPLES]
            self.last_probability = float(self.model(window))
            event = self.machine.step(self.last_probability, window)
            if event is not None:
                events.append(event)
        self._pending = samples[whole:].copy()
        return events

    def finish(self) -> list[VadEvent]:
        """End of stream: close an open utterance. A partial window left over is dropped."""
        self._pending = _EMPTY
        event = self.machine.finish()
        return [] if event is None else [event]

    def reset(self) -> None:
        """Start a new stream: state machine, model state and leftover samples."""
        self.machine.reset()
        self.model.reset()
        self._pending = _EMPTY
        self.last_probability = 0.0
