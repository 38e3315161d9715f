"""Voice activity: when the person starts speaking, when their turn ends, and what they said.

Three layers, smallest first:

* :class:`VadStateMachine` is pure (no I/O, no threads, no model): it is given one speech
  probability per window, with the window's samples, and walks pipecat's four states
  ``QUIET → STARTING → SPEAKING → STOPPING → QUIET``. It emits two small frozen events,
  :class:`SpeechStarted` once speech has lasted ``min_speech_ms`` and :class:`SpeechStopped`, which
  carries the whole utterance, once silence has lasted the *hangover*. Tests drive it with plain
  lists of probabilities.
* :class:`VoiceActivityDetector` feeds it from a live stream: 16 kHz mono int16 audio (arrays or
  bytes, or float arrays in [-1, 1]) in chunks of any size, re-chunked into 512-sample (32 ms)
  windows scored by the Silero model (:mod:`callbot_desktop.audio.silero`, onnxruntime only).
* :class:`PushToTalkRecorder` is the bypass for push-to-talk: press → release is the utterance, no
  model involved. It emits the same two events, so the rest of the pipeline does not care which
  one produced them.

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
  been understood so far. :class:`EndOfTurnPolicy` shortens the hangover when the text ends a
  sentence and lengthens it when the text trails off ("and", "um", a comma, "...").
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
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 16_000
"""Rate of all audio handled here (Hz)."""

WINDOW_SAMPLES = 512
"""Samples per model window: 32 ms at 16 kHz (what Silero scores)."""

Int16Array = npt.NDArray[np.int16]

_EMPTY: Int16Array = np.zeros(0, np.int16)
_EMPTY.flags.writeable = False


# --------------------------------------------------------------------------------------- events


@dataclass(frozen=True)
class SpeechStarted:
    """Speech was confirmed: it has lasted ``min_speech_ms``.

    ``t`` is when that became known (the end of the confirming window); ``onset_t`` is where the
    speech began (the start of the first window over the start threshold). Both are stream
    seconds. ``utterance`` numbers the utterances from 1.
    """

    t: float
    onset_t: float
    utterance: int


@dataclass(frozen=True)
class SpeechStopped:
    """The turn ended; ``audio`` is the whole utterance, pre-roll included.

    ``audio`` is read-only 16 kHz mono int16 and covers stream seconds ``audio_start_t`` to ``t``
    (``audio_start_t`` is ``onset_t`` minus the pre-roll, later if the stream or the previous
    utterance was too close). ``end_t`` is where the speech ended (the start of the silence that
    ended the turn; ``t`` for push-to-talk or :meth:`VadStateMachine.finish`). ``hangover_ms`` is
    the silence that was required, after adaptation to the partial transcript.
    """

    t: float
    onset_t: float
    end_t: float
    audio_start_t: float
    audio: Int16Array = field(repr=False, compare=False)
    utterance: int
    hangover_ms: float
    sample_rate: int = SAMPLE_RATE

    @property
    def duration(self) -> float:
        """Length of ``audio`` in seconds."""
        return len(self.audio) / self.sample_rate

    @property
    def pcm(self) -> bytes:
        """``audio`` as little-endian 16-bit PCM bytes (Wyoming style)."""
        return self.audio.astype("<i2", copy=False).tobytes()


VadEvent = SpeechStarted | SpeechStopped
"""What the VAD and push-to-talk emit."""


class VadState(enum.Enum):
    """The four states of :class:`VadStateMachine` (pipecat's names)."""

    QUIET = "quiet"
    STARTING = "starting"
    SPEAKING = "speaking"
    STOPPING = "stopping"


class TurnEnding(enum.Enum):
    """How a partial transcript ends, as judged by :class:`EndOfTurnPolicy`."""

    COMPLETE = "complete"
    CONTINUING = "continuing"
    UNKNOWN = "unknown"


# --------------------------------------------------------------------------------------- config

CONTINUATION_WORDS: frozenset[str] = frozenset(
    {
        # fillers and hesitations
        "um", "umm", "uh", "uhm", "er", "erm", "ah",
        # conjunctions: the sentence goes on
        "and", "but", "or", "so", "because", "then",
        # words an English sentence cannot end on
        "the", "a", "an", "to", "of", "with", "my", "your",
    }
)  # fmt: skip
"""Default last words after which the speaker is probably not done."""

_CLOSERS = "\"'”’»)]}"


@dataclass(frozen=True)
class EndOfTurnPolicy:
    """Adapts the hangover to how the partial transcript ends.

    Rules, first match wins, after stripping trailing spaces and closing quotes/brackets:

    1. an ellipsis (``...`` or ``…``): CONTINUING (the speaker trails off);
    2. ``?`` or ``!``: COMPLETE;
    3. a trailing mark from ``continuation_marks`` (default comma, semicolon, colon, dashes):
       CONTINUING;
    4. a last word (lower-cased, punctuation stripped) in ``continuation_words``
       (:data:`CONTINUATION_WORDS`: "and", "um", "uh", "so", "but", "or", ...): CONTINUING, even
       with a full stop, because Whisper writes "um." and "and." at the end of a partial;
    5. a character from ``sentence_endings`` (default ``.``, plus the ``?!`` of rule 2):
       COMPLETE;
    6. anything else, or no text: UNKNOWN.

    COMPLETE multiplies the base hangover by ``complete_factor`` (0.5) but never goes below
    ``min_hangover_ms`` (200 ms; nor above the base); CONTINUING multiplies it by
    ``continuation_factor`` (1.8) but never above ``max_hangover_ms`` (3000 ms, the setting's
    maximum; nor below the base). UNKNOWN keeps the base.
    """

    sentence_endings: str = ".?!"
    complete_factor: float = 0.5
    min_hangover_ms: float = 200.0
    continuation_words: frozenset[str] = CONTINUATION_WORDS
    continuation_marks: str = ",;:-–—"
    continuation_factor: float = 1.8
    max_hangover_ms: float = 3000.0

    def __post_init__(self) -> None:
        if not 0 < self.complete_factor <= 1:
            raise ValueError(f"complete_factor must be in (0, 1], not {self.complete_factor}")
        if self.continuation_factor < 1:
            raise ValueError(f"continuation_factor must be >= 1, not {self.continuation_factor}")
        if not 0 <= self.min_hangover_ms <= self.max_hangover_ms:
            raise ValueError("need 0 <= min_hangover_ms <= max_hangover_ms")

    def classify(self, text: str) -> TurnEnding:
        """Whether ``text`` sounds finished, unfinished, or neither."""
        tail = text.rstrip().rstrip(_CLOSERS).rstrip()
        if not tail:
            return TurnEnding.UNKNOWN
        if tail.endswith(("...", "…")):
            return TurnEnding.CONTINUING
        if tail[-1] in "?!" and tail[-1] in self.sentence_endings:
            return TurnEnding.COMPLETE
        if tail[-1] in self.continuation_marks:
            return TurnEnding.CONTINUING
        words = tail.split()
        last = words[-1].strip(".,;:!?-–—…" + _CLOSERS + "\"'(“‘«[{").lower() if words else ""
        if last in self.continuation_words:
            return TurnEnding.CONTINUING
        if tail[-1] in self.sentence_endings:
            return TurnEnding.COMPLETE
        return TurnEnding.UNKNOWN

    def hangover_ms(self, text: str, base_ms: float) -> float:
        """The hangover to use after ``text``, given the configured ``base_ms``."""
        ending = self.classify(text)
        if ending is TurnEnding.COMPLETE:
            return min(base_ms, max(self.min_hangover_ms, base_ms * self.complete_factor))
        if ending is TurnEnding.CONTINUING:
            return max(base_ms, min(self.max_hangover_ms, base_ms * self.continuation_factor))
        return base_ms


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


# ---------------------------------------------------------------------------------- audio input


def as_int16(audio: bytes | bytearray | memoryview | npt.NDArray[Any]) -> Int16Array:
    """Mono audio as a 1-D int16 array.

    Bytes are little-endian 16-bit PCM. int16 arrays pass through (``(n, 1)`` is flattened);
    float arrays are taken as [-1, 1] and scaled, rounded and clipped.
    """
    if isinstance(audio, bytes | bytearray | memoryview):
        raw = bytes(audio)
        if len(raw) % 2:
            raise ValueError("PCM bytes must hold whole 16-bit samples (an even length)")
        return np.frombuffer(raw, dtype="<i2").astype(np.int16, copy=False)
    array: npt.NDArray[Any] = np.asarray(audio)
    if array.ndim == 2 and array.shape[1] == 1:
        array = array[:, 0]
    if array.ndim != 1:
        raise ValueError(f"audio must be mono (1-D), not shape {array.shape}")
    if array.dtype == np.int16:
        return array.astype(np.int16, copy=False)
    if np.issubdtype(array.dtype, np.floating):
        scaled = np.rint(array.astype(np.float32) * np.float32(32768.0))
        converted: Int16Array = np.clip(scaled, -32768, 32767).astype(np.int16)
        return converted
    raise TypeError(f"audio must be int16, float or PCM bytes, not {array.dtype}")


class _Ring:
    """The last ``capacity`` samples of a stream (the pre-roll)."""

    def __init__(self, capacity: int) -> None:
        self._buffer: Int16Array = np.zeros(capacity, np.int16)
        self._filled = 0
        self._position = 0  # where the next sample goes

    def clear(self) -> None:
        self._filled = 0
        self._position = 0

    def extend(self, samples: Int16Array) -> None:
        capacity = len(self._buffer)
        if capacity == 0:
            return
        samples = samples[-capacity:]
        n = len(samples)
        first = min(n, capacity - self._position)
        self._buffer[self._position : self._position + first] = samples[:first]
        self._buffer[: n - first] = samples[first:]
        self._position = (self._position + n) % capacity
        self._filled = min(capacity, self._filled + n)

    def last(self, n: int) -> Int16Array:
        """A copy of the newest ``min(n, filled)`` samples, oldest first."""
        n = max(0, min(n, self._filled))
        start = self._position - n
        if start >= 0:
            return self._buffer[start : self._position].copy()
        return np.concatenate([self._buffer[start:], self._buffer[: self._position]])


def _frozen(audio: Int16Array) -> Int16Array:
    audio.flags.writeable = False
    return audio


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


# ------------------------------------------------------------------------------- push-to-talk


class PushToTalkRecorder:
    """Push-to-talk without any VAD: everything fed between :meth:`press` and :meth:`release`.

    Feed it the microphone all the time; only audio while pressed is kept (plus ``pre_roll_ms``
    from just before the press, default none). Repeated presses (key auto-repeat) and releases
    without a press are ignored. ``max_seconds`` bounds a stuck key: audio beyond it is dropped.
    """

    def __init__(
        self,
        sample_rate: int = SAMPLE_RATE,
        *,
        pre_roll_ms: float = 0.0,
        max_seconds: float = 300.0,
    ) -> None:
        if sample_rate <= 0 or pre_roll_ms < 0 or max_seconds <= 0:
            raise ValueError("sample_rate and max_seconds must be positive, pre_roll_ms >= 0")
        self.sample_rate = sample_rate
        self._pre_roll = round(pre_roll_ms * sample_rate / 1000)
        self._max = math.ceil(max_seconds * sample_rate)
        self._ring = _Ring(self._pre_roll)
        self._now = 0
        self._pressed = False
        self._press_at = 0
        self._audio_start = 0
        self._chunks: list[Int16Array] = []
        self._kept = 0
        self._count = 0

    @property
    def pressed(self) -> bool:
        return self._pressed

    @property
    def utterance(self) -> Int16Array:
        """Audio recorded since the press (pre-roll included); empty when not pressed."""
        if not self._pressed or not self._chunks:
            return _EMPTY
        return np.concatenate(self._chunks)

    def press(self) -> SpeechStarted | None:
        """Start recording; ``None`` when already pressed."""
        if self._pressed:
            return None
        self._pressed = True
        self._count += 1
        self._press_at = self._now
        pre_roll = self._ring.last(self._pre_roll)
        self._audio_start = self._now - len(pre_roll)
        self._chunks = [pre_roll]
        self._kept = len(pre_roll)
        t = self._now / self.sample_rate
        return SpeechStarted(t=t, onset_t=t, utterance=self._count)

    def feed(self, audio: bytes | bytearray | memoryview | npt.NDArray[Any]) -> None:
        """Audio from the microphone, pressed or not."""
        samples = as_int16(audio)
        self._now += len(samples)
        if self._pressed:
            room = self._max - self._kept
            if room > 0:
                kept = samples[:room].copy()
                self._chunks.append(kept)
                self._kept += len(kept)
        else:
            self._ring.extend(samples)

    def release(self) -> SpeechStopped | None:
        """Stop recording; the utterance (possibly empty), or ``None`` when not pressed."""
        if not self._pressed:
            return None
        self._pressed = False
        audio = _frozen(np.concatenate(self._chunks))
        self._chunks = []
        self._ring.clear()
        rate = self.sample_rate
        now = self._now / rate
        return SpeechStopped(
            t=now,
            onset_t=self._press_at / rate,
            end_t=now,
            audio_start_t=self._audio_start / rate,
            audio=audio,
            utterance=self._count,
            hangover_ms=0.0,
            sample_rate=rate,
        )

    def cancel(self) -> None:
        """Drop the recording in progress (e.g. Escape while holding the key)."""
        self._pressed = False
        self._chunks = []
        self._ring.clear()
