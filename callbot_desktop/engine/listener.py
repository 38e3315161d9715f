"""The head of the voice pipeline: microphone audio in, speech events and transcripts out.

Every :class:`~callbot_desktop.core.events.AudioIn` is cleaned (:class:`InputCleaner`), passed
through the :class:`EchoGate` (silence while the assistant speaks, unless barge-in is on) and then

* hands-free: scored by the voice activity detector, which decides where utterances start and end
  (its hangover adapted to the partial transcript, see :mod:`callbot_desktop.audio.turn_end`);
* push-to-talk: recorded between :meth:`Listener.press` and :meth:`Listener.release`.

While the person speaks, partial transcripts are pushed as they come. When the VAD hears silence
begin, partial passes stop and the audio so far is transcribed *speculatively*, during the
hangover: that text adapts the hangover at once (a question mark ends the turn sooner), and if the
person does not go on, it is the final transcript the moment the turn ends — Whisper's time is
hidden inside the hangover instead of added after it.

Speech starting while a reply is under way (being thought of, or heard with barge-in on) pushes an
:class:`~callbot_desktop.core.events.Interrupt` first: the reply stops, the new turn goes on.

Times in the events pushed are ``time.monotonic()``: stream positions are mapped back to the
capture time of the frames that carried them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import numpy as np

from callbot_desktop.audio.clean import InputCleaner
from callbot_desktop.audio.echo_gate import EchoGate
from callbot_desktop.audio.push_to_talk import PushToTalkRecorder
from callbot_desktop.audio.vad import VadState, VoiceActivityDetector
from callbot_desktop.audio.vad_events import SAMPLE_RATE, Int16Array
from callbot_desktop.audio.vad_events import SpeechStarted as VadStarted
from callbot_desktop.audio.vad_events import SpeechStopped as VadStopped
from callbot_desktop.core.events import (
    AudioIn,
    Event,
    Interrupt,
    SpeechStarted,
    SpeechStopped,
    TranscriptFinal,
    TranscriptPartial,
    TurnConfirmed,
    TurnEnded,
)
from callbot_desktop.core.pipeline import Direction, Processor
from callbot_desktop.speech.stt import SpeechToText
from callbot_desktop.speech.stt_partials import PartialTranscriber
from callbot_desktop.speech.stt_types import Transcript

log = logging.getLogger(__name__)

CONFIRM_WAIT_STEPS = 200
"""At most 1 s (200 × 5 ms) for a tentative transcript to reach the end of the pipeline."""


@dataclass
class _Speculation:
    """A transcript started when silence began, of the first ``samples`` of the utterance."""

    samples: int
    task: asyncio.Task[Transcript]
    speech_end_t: float  # monotonic time the speech ended
    text: str = ""


class Listener(Processor):
    """Turns microphone audio into speech events and transcripts (see the module doc).

    ``reply_active`` says whether a reply is being prepared or spoken (speech then interrupts
    it). ``partial_interval`` is the seconds between partial transcription passes (0: none).
    """

    def __init__(
        self,
        stt: SpeechToText,
        *,
        vad: VoiceActivityDetector,
        gate: EchoGate,
        cleaner: InputCleaner | None = None,
        hands_free: bool = True,
        reply_active: Callable[[], bool] = lambda: False,
        partial_interval: float = 0.5,
        speculate: bool = True,
        reply_early: bool = True,
    ) -> None:
        super().__init__("listener")
        self.stt = stt
        self.vad = vad
        self.gate = gate
        self.cleaner = cleaner or InputCleaner()
        self.ptt = PushToTalkRecorder()
        self.hands_free = hands_free
        self.muted = False
        self.reply_active = reply_active
        self.partial_interval = partial_interval
        self.speculate = speculate
        self.reply_early = reply_early
        self._tentative: _Speculation | None = None  # its transcript was sent as tentative
        self._partials: PartialTranscriber | None = None
        self._speculation: _Speculation | None = None
        self._finishing: set[asyncio.Task[None]] = set()
        self._pushes: set[asyncio.Task[None]] = set()
        self._samples = 0  # samples given to the VAD / push-to-talk recorder so far
        self._last_t = 0.0  # capture time of the last of them
        self.speculation_hits = 0
        self.speculation_misses = 0

    # --- control, called on the event loop ------------------------------------------------

    async def press(self) -> None:
        """Push-to-talk pressed: interrupt any reply, start recording."""
        if self.muted:
            return
        if self.reply_active():
            await self.push(Interrupt("push-to-talk"))
        self._drop_utterance()
        started = self.ptt.press()
        if started is not None:
            await self._speech_started(started)

    async def release(self) -> None:
        """Push-to-talk released: the recording is the utterance."""
        stopped = self.ptt.release()
        if stopped is not None:
            await self._speech_stopped(stopped)

    def set_hands_free(self, on: bool) -> None:
        if on != self.hands_free:
            self.hands_free = on
            self._reset()

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        if muted:
            self._reset()

    # --- the pipeline -----------------------------------------------------------------------

    async def process(self, event: Event, direction: Direction) -> None:
        if not isinstance(event, AudioIn):
            await self.push(event, direction)
            return
        if self.muted:
            return
        samples = np.frombuffer(event.pcm, dtype="<i2")
        if event.rate != SAMPLE_RATE or event.channels != 1:
            raise ValueError("the listener takes 16 kHz mono audio")
        admitted = self.gate.admit(self.cleaner.process(samples))
        self._samples += len(admitted)
        self._last_t = event.t
        if not self.hands_free:
            self.ptt.feed(admitted)
            if self.ptt.pressed and self._partials is not None:
                self._partials.feed(admitted)
            return
        was_speaking = self.vad.state is VadState.SPEAKING
        partials_before = self._partials
        for vad_event in self.vad.feed(admitted):
            if isinstance(vad_event, VadStarted):
                await self._speech_started(vad_event)
            else:
                await self._speech_stopped(vad_event)
        state = self.vad.state
        if state is VadState.SPEAKING and self._partials is not None:
            if self._partials is partials_before:  # a new one was given the utterance so far
                self._partials.feed(admitted)
        if state is VadState.STOPPING and was_speaking:
            self._start_speculation()
        elif state is VadState.SPEAKING and self._speculation is not None:
            self._cancel_speculation()  # the person went on
            if self._tentative is not None:
                self._tentative = None
                await self.push(Interrupt("speech resumed"))  # withdraw the early reply

    async def on_interrupt(self) -> None:
        # A Cancel put at the head: forget the utterance in progress, and its transcription.
        self._tentative = None
        self._drop_utterance()
        for task in list(self._finishing):
            task.cancel()

    async def on_stop(self) -> None:
        self._drop_utterance()
        for task in list(self._finishing | self._pushes):
            task.cancel()

    # --- utterances -------------------------------------------------------------------------

    def _monotonic(self, stream_t: float) -> float:
        """Capture time of the sample at stream time ``stream_t`` (VAD / recorder seconds)."""
        return self._last_t - (self._samples / SAMPLE_RATE - stream_t)

    async def _speech_started(self, started: VadStarted) -> None:
        if self.hands_free and (self.gate.speech_started() or self.reply_active()):
            await self.push(Interrupt("barge-in"))
        self._drop_utterance()
        if self.partial_interval > 0:
            self._partials = PartialTranscriber(
                self.stt, interval=self.partial_interval, on_partial=self._on_partial
            )
            if self.hands_free:
                self._partials.feed(self.vad.utterance)
        await self.push(SpeechStarted(t=self._monotonic(started.onset_t)))

    def _on_partial(self, text: str) -> None:
        if self.hands_free:
            self.vad.set_partial_transcript(text)
        self._spawn_push(TranscriptPartial(text))

    async def _speech_stopped(self, stopped: VadStopped) -> None:
        partials, self._partials = self._partials, None
        speculation, self._speculation = self._speculation, None
        tentative, self._tentative = self._tentative, None
        if tentative is not None and tentative is speculation:
            # The reply was prepared during the hangover: let it be heard now.
            self.speculation_hits += 1
            if partials is not None:
                self._spawn(partials.cancel())
            # TurnConfirmed jumps the queues: let the tentative transcript reach the end of the
            # pipeline first, or the confirmation would pass it and its reply be held for ever.
            for _ in range(CONFIRM_WAIT_STEPS):
                if self.reply_active():
                    break
                await asyncio.sleep(0.005)
            await self.push(TurnConfirmed(tentative.text))
            return
        await self.push(SpeechStopped(t=self._monotonic(stopped.end_t)))
        task = asyncio.get_running_loop().create_task(
            self._finish(stopped, partials, speculation), name="callbot-listener-finish"
        )
        self._finishing.add(task)
        task.add_done_callback(self._finishing.discard)

    async def _finish(
        self,
        stopped: VadStopped,
        partials: PartialTranscriber | None,
        speculation: _Speculation | None,
    ) -> None:
        speech_samples = round((stopped.end_t - stopped.audio_start_t) * SAMPLE_RATE)
        transcript: Transcript | None = None
        if speculation is not None and speculation.samples >= speech_samples:
            self.speculation_hits += 1
            if partials is not None:
                await partials.cancel()
            transcript = await speculation.task
        else:
            if speculation is not None:
                self.speculation_misses += 1
                speculation.task.cancel()
            if partials is not None:
                await partials.cancel()
            transcript = await self.stt.transcribe(stopped.audio)
        text = transcript.text.strip()
        if text:
            await self.push(TranscriptFinal(text))
        else:
            log.info("utterance %d held no words", stopped.utterance)
            await self.push(TurnEnded(interrupted=False))

    def _start_speculation(self) -> None:
        if not self.speculate:
            return
        self._cancel_speculation()
        audio: Int16Array = self.vad.utterance.copy()
        task = asyncio.get_running_loop().create_task(
            self.stt.transcribe(audio), name="callbot-listener-speculate"
        )
        silence_start = self.vad.machine.silence_start_t
        speech_end = self._monotonic(silence_start) if silence_start is not None else self._last_t
        speculation = self._speculation = _Speculation(len(audio), task, speech_end)
        utterance = self.vad.machine.utterance_index

        def adapt(done: asyncio.Task[Transcript]) -> None:
            # Everything said so far: the end-of-turn wait adapts to how it ends ("?" → shorter).
            if done.cancelled() or done.exception() is not None:
                return
            if self._speculation is speculation and self.hands_free:
                text = done.result().text.strip()
                self.vad.set_partial_transcript(text, utterance)
                if text and self.reply_early:
                    speculation.text = text
                    self._spawn(self._reply_early(speculation))
                elif text:
                    self._spawn_push(TranscriptPartial(text))

        task.add_done_callback(adapt)

    async def _reply_early(self, speculation: _Speculation) -> None:
        """Start the reply while the hangover runs; it sounds only once the turn is confirmed.

        Runs as a task: if the turn ended (or the person went on) before it got to run, the
        ordinary path has the utterance and nothing is sent here.
        """
        if self._speculation is not speculation or self._tentative is not None:
            return
        self._tentative = speculation  # before any await: the turn's end now confirms it
        await self.push(SpeechStopped(t=speculation.speech_end_t))
        await self.push(TranscriptFinal(speculation.text, tentative=True))

    def _cancel_speculation(self) -> None:
        speculation, self._speculation = self._speculation, None
        if speculation is not None:
            speculation.task.cancel()
            speculation.task.add_done_callback(_consume)

    def _drop_utterance(self) -> None:
        partials, self._partials = self._partials, None
        if partials is not None:
            self._spawn(partials.cancel())
        self._cancel_speculation()

    def _reset(self) -> None:
        self._drop_utterance()
        self.ptt.cancel()
        self.vad.reset()

    def _spawn_push(self, event: Event) -> None:
        self._spawn(self.push(event))

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._pushes.add(task)
        task.add_done_callback(self._pushes.discard)


def _consume(task: asyncio.Task[Transcript]) -> None:
    """Retrieve a cancelled speculation's outcome, so asyncio does not log it as lost."""
    if not task.cancelled():
        task.exception()
