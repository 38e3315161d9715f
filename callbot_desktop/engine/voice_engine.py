"""The voice conversation: microphone → listener → model → sentences → voice → speaker.

:class:`VoiceEngine` owns one :class:`~callbot_desktop.core.pipeline.Pipeline` of the
:mod:`~callbot_desktop.engine.listener`, :mod:`~callbot_desktop.engine.responder` and
:mod:`~callbot_desktop.engine.speaking` processors, the capture and playback streams, and the
:class:`~callbot_desktop.engine.turn_recorder.TurnRecorder`. It runs on one asyncio loop (the CLI's,
or its own thread's in the app, see :mod:`callbot_desktop.engine.engine_thread`) and tells its
front end everything through one ``on_event`` callback, called on that loop: pipeline events as
they leave the pipeline (transcripts, tokens, sentences, heard reports, the end of each turn),
errors with their fix, and the engine's own :mod:`~callbot_desktop.engine.engine_events`.

:meth:`VoiceEngine.start` loads Whisper, the voice and the model *together* (the model is
preloaded, so the first reply is warm), then opens the speaker and the microphone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from callbot_desktop.audio.capture import (
    AudioFrame,
    Capture,
    DeviceLost,
    DeviceRestored,
    LevelChanged,
)
from callbot_desktop.audio.echo_gate import EchoGate
from callbot_desktop.audio.playback import Playback
from callbot_desktop.audio.vad import VadConfig, VoiceActivityDetector
from callbot_desktop.core.errors import CallbotError
from callbot_desktop.core.events import (
    AudioIn,
    Cancel,
    ErrorEvent,
    Event,
    Interrupt,
    SpeechStarted,
    TranscriptFinal,
    TurnConfirmed,
    TurnEnded,
)
from callbot_desktop.core.pipeline import Pipeline
from callbot_desktop.engine.engine_events import (
    DeviceNotice,
    EngineState,
    Loading,
    MicLevel,
    StateChanged,
    TurnSaved,
)
from callbot_desktop.engine.listener import Listener
from callbot_desktop.engine.responder import Responder
from callbot_desktop.engine.speaking import Player, SentenceMaker, Speaker
from callbot_desktop.engine.tts_choice import ChosenVoice
from callbot_desktop.engine.turn_recorder import RecordedTurn, TurnRecorder
from callbot_desktop.llm.chat import ChatBackend, ChatOptions
from callbot_desktop.llm.context import ChatSummarizer, ConversationContext
from callbot_desktop.llm.personas import Persona
from callbot_desktop.settings.store import Settings
from callbot_desktop.speech.stt import SpeechToText
from callbot_desktop.speech.stt_types import LoadProgress
from callbot_desktop.storage.history import History

log = logging.getLogger(__name__)

OnEvent = Callable[[Any], None]

LEVEL_INTERVAL_S = 0.05
"""The level meter is told at most this often."""

FIRST_CLAUSE_WORDS = 4
"""Speak the reply's first clause once it has this many words (measured on 2 cores with
SmolLM2 and Piper: 4 rather than 8 words brings the first sound ~0.25 s sooner)."""


def default_partial_interval(cpu_count: int | None = None) -> float:
    """Partial transcripts every 0.5 s — but none on 2 cores or fewer.

    Measured with ``benchmarks/latency.py`` on 2 cores: a partial pass still running when the
    silence begins delays the transcript that ends the turn by ~0.25 s (p50 1.33 s with
    partials off against 1.58 s with them). The transcript made during the hangover shows the
    person's words before the reply anyway.
    """
    cores = cpu_count if cpu_count is not None else (os.cpu_count() or 1)
    return 0.0 if cores <= 2 else 0.5


@dataclass(frozen=True)
class VoiceConfig:
    """How the engine listens and speaks; :meth:`from_settings` reads the ``audio.*``/``vad.*``."""

    input_device: str = ""
    output_device: str = ""
    hands_free: bool = True
    barge_in: bool = False
    vad: VadConfig = field(default_factory=VadConfig)
    partial_interval: float = field(default_factory=lambda: default_partial_interval())
    """Seconds between partial transcripts while the person speaks (0: none)."""
    speculate: bool = True
    reply_early: bool = True
    """Prepare the reply during the hangover from the speculative transcript (heard only once
    the turn is confirmed)."""
    first_clause_min_words: int = FIRST_CLAUSE_WORDS
    playback_latency: float | str = "low"
    capture_block_ms: float = 20.0
    max_reply_tokens: int | None = 300
    """A spoken reply longer than this is cut (a voice assistant should be brief anyway)."""
    listen: bool = True
    """Open the microphone (False: typed messages only, answers still spoken)."""

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> VoiceConfig:
        values: dict[str, Any] = {
            "input_device": settings.get_str("audio.input_device"),
            "output_device": settings.get_str("audio.output_device"),
            "hands_free": settings.get_bool("audio.hands_free"),
            "barge_in": settings.get_bool("audio.barge_in"),
            "vad": VadConfig.from_settings(settings.as_dict()),
        }
        values.update(overrides)
        return cls(**values)


class VoiceEngine:
    """A voice conversation with ``persona`` (see the module doc).

    ``history`` None means anonymous: nothing is written anywhere. ``model`` is the model name to
    ask ``backend`` for ('' for the built-in model).
    """

    def __init__(
        self,
        *,
        stt: SpeechToText,
        voice: ChosenVoice,
        backend: ChatBackend,
        model: str,
        persona: Persona,
        history: History | None,
        config: VoiceConfig | None = None,
        on_event: OnEvent | None = None,
        vad: VoiceActivityDetector | None = None,
        model_for: Callable[[Persona], str] | None = None,
        backend_label: str = "",
    ) -> None:
        self.config = config or VoiceConfig()
        self.model_for = model_for or (lambda persona: persona.model or model)
        """The model a persona talks with on this backend."""
        self.backend_label = backend_label or type(backend).__name__
        """In words: which backend answers, and why (for the status line)."""
        self.stt = stt
        self.voice = voice
        self.backend = backend
        self.persona = persona
        self._on_event = on_event
        self.state: EngineState = "stopped"
        self.context = ConversationContext(
            persona.system_prompt, summarizer=ChatSummarizer(backend, model=model)
        )
        self.gate = EchoGate(barge_in=self.config.barge_in)
        self.playback = Playback(
            self.config.output_device,
            latency=self.config.playback_latency,
            on_playing=self._on_playing,
        )
        self.capture = Capture(self.config.input_device, block_ms=self.config.capture_block_ms)
        self.player = Player(self.playback)
        self.listener = Listener(
            stt,
            vad=vad or VoiceActivityDetector(self.config.vad),
            gate=self.gate,
            hands_free=self.config.hands_free,
            reply_active=lambda: self.player.active,
            partial_interval=self.config.partial_interval,
            speculate=self.config.speculate,
            reply_early=self.config.reply_early,
        )
        self.responder = Responder(
            backend,
            self.context,
            model=model,
            options=self._options(persona),
        )
        self.recorder = TurnRecorder(
            self.context, history, persona=persona.name, on_recorded=self._on_recorded
        )
        self.pipeline = Pipeline(
            [
                self.listener,
                self.responder,
                SentenceMaker(self.config.first_clause_min_words),
                Speaker(voice.synthesizer),
                self.player,
            ],
            sink=self._on_sink,
            observers=[self.recorder, self._on_observed],
        )
        self._pump: asyncio.Task[None] | None = None
        self._preload: asyncio.Task[None] | None = None
        self._warming: asyncio.Task[None] | None = None
        # Press and release run as separate tasks: first come, first served, so a quick release
        # never overtakes its press (which may wait for a reply to be interrupted first).
        self._ptt_order = asyncio.Lock()
        self._last_level = 0.0
        self.muted = False

    # --- lifecycle --------------------------------------------------------------------------

    async def load(self) -> None:
        """Load Whisper, the voice and the model at the same time, telling progress."""
        self._set_state("loading")

        def whisper_progress(step: LoadProgress) -> None:
            self._emit(Loading("speech recognition", False, step.message, step.fraction))

        await asyncio.gather(
            self._loading("speech recognition", self.stt.load(whisper_progress)),
            self._loading("voice", self.voice.load()),
            self._loading("language model", self.backend.preload(self.responder.model)),
        )
        self._warm_soon()

    async def start(self) -> None:
        """Load everything, open the speaker and the microphone, and start listening."""
        await self.load()
        await self.playback.start()
        if self.config.listen:
            try:
                await self.capture.start()
            except BaseException:
                await self.playback.stop()
                raise
        await self.pipeline.start()
        if self.config.listen:
            loop = asyncio.get_running_loop()
            self._pump = loop.create_task(self._pump_audio(), name="callbot-mic")
        self._set_state(self._resting_state())

    async def stop(self) -> None:
        """Stop listening and speaking; release the devices (the models stay loaded)."""
        for task in (self._pump, self._preload, self._warming):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._pump = self._preload = self._warming = None
        await self.pipeline.stop()
        await self.capture.stop()
        await self.playback.stop()
        await self.context.aclose()
        self._set_state("stopped")

    async def aclose(self) -> None:
        """Stop, and release the models and the backend."""
        await self.stop()
        await self.stt.aclose()
        self.voice.close()
        await self.backend.close()

    async def wait_closed(self) -> None:
        """Until the microphone stops for good (Ctrl+C or :meth:`stop` end it earlier)."""
        if self._pump is not None:
            await self._pump

    # --- control ----------------------------------------------------------------------------

    async def press(self) -> None:
        """Push-to-talk pressed (hold it while speaking)."""
        async with self._ptt_order:
            await self.listener.press()
            if self.listener.ptt.pressed:
                self._set_state("listening")

    async def release(self) -> None:
        """Push-to-talk released: the recording is transcribed and answered."""
        async with self._ptt_order:
            await self.listener.release()

    async def cancel(self) -> None:
        """Stop the reply now (what was heard is kept), and drop an utterance in progress."""
        await self.pipeline.put(Cancel())
        self._set_state(self._resting_state())

    async def send_text(self, text: str) -> None:
        """A typed message, answered (and spoken) like a spoken one."""
        text = text.strip()
        if not text:
            return
        if self.player.active:
            await self.pipeline.put(Interrupt("typed message"))
        await self.pipeline.put(TranscriptFinal(text))

    def set_hands_free(self, on: bool) -> None:
        self.listener.set_hands_free(on)
        if self.state in ("idle", "listening"):
            self._set_state(self._resting_state())

    def set_muted(self, muted: bool) -> None:
        """Muted: the microphone is ignored (typed messages still work)."""
        self.muted = muted
        self.listener.set_muted(muted)
        if muted or self.state in ("muted", "idle", "listening"):
            self._set_state(self._resting_state())

    @property
    def model(self) -> str:
        """The model asked for now ('' for the built-in one)."""
        return self.responder.model

    async def list_models(self) -> list[str]:
        """Names of the models the backend offers."""
        return [info.name for info in await self.backend.models()]

    async def set_model(self, model: str) -> None:
        """Ask ``model`` from now on (preloaded at once)."""
        if model != self.responder.model:
            self.responder.model = model
            await self._loading("language model", self.backend.preload(model))

    async def set_persona(self, persona: Persona, model: str | None = None) -> None:
        """Talk with ``persona`` from now on, in a new conversation; its model is preloaded.

        ``model`` None: the one :attr:`model_for` gives for it.
        """
        if model is None:
            model = self.model_for(persona)
        if self.player.active:
            await self.pipeline.put(Interrupt("persona changed"))
        self.persona = persona
        self.context.system_prompt = persona.system_prompt
        self.recorder.persona = persona.name
        self.recorder.new_conversation()
        self.responder.options = self._options(persona)
        if model != self.responder.model:
            self.responder.model = model
            self._preload = asyncio.get_running_loop().create_task(
                self._loading("language model", self.backend.preload(model))
            )
        self._warm_soon()

    def new_conversation(self) -> None:
        """The next turn starts a new conversation."""
        self.recorder.new_conversation()

    def continue_conversation(
        self, conversation_id: str | None, turns: Sequence[tuple[str, str]]
    ) -> None:
        """Go on with a saved conversation: later turns are added to it, and the model
        remembers ``turns`` (``(role, text)`` pairs, oldest first)."""
        self.recorder.new_conversation()
        self.recorder.conversation_id = conversation_id
        for role, text in turns:
            if role == "user":
                self.context.record_user(text)
            elif role == "assistant":
                self.context.record_assistant(text)
        self._warm_soon()

    # --- inside -----------------------------------------------------------------------------

    def _options(self, persona: Persona) -> ChatOptions:
        return ChatOptions(
            temperature=persona.temperature, num_predict=self.config.max_reply_tokens
        )

    async def _pump_audio(self) -> None:
        async for event in self.capture.events():
            if isinstance(event, AudioFrame):
                await self.pipeline.put(AudioIn(event.pcm.tobytes(), event.rate, t=event.t))
            elif isinstance(event, LevelChanged):
                now = time.monotonic()
                if now - self._last_level >= LEVEL_INTERVAL_S:
                    self._last_level = now
                    self._emit(MicLevel(event.rms_db, event.peak_db))
            elif isinstance(event, DeviceLost):
                self._emit(
                    DeviceNotice(f"The microphone {event.name} stopped: {event.reason}", True)
                )
            elif isinstance(event, DeviceRestored):
                self._emit(DeviceNotice(f"The microphone {event.name} is back", False))

    async def _loading(self, component: str, work: Awaitable[None]) -> None:
        self._emit(Loading(component))
        try:
            await work
        except CallbotError as exc:
            self._emit(Loading(component, done=True, error=str(exc.message)))
            self._emit(ErrorEvent(exc.message, exc.fix, component))
            return
        self._emit(Loading(component, done=True))

    def _resting_state(self) -> EngineState:
        if not self.config.listen:
            return "idle"
        if self.muted:
            return "muted"
        return "listening" if self.listener.hands_free else "idle"

    def _set_state(self, state: EngineState) -> None:
        if state != self.state:
            self.state = state
            self._emit(StateChanged(state))

    def _on_playing(self, playing: bool) -> None:
        self.gate.set_playing(playing)
        if playing:
            self._set_state("speaking")

    def _on_sink(self, event: Event) -> None:
        if isinstance(event, SpeechStarted):
            self._set_state("listening")
        elif isinstance(event, TranscriptFinal) and not event.tentative:
            self._set_state("thinking")
        elif isinstance(event, TurnConfirmed) and self.state != "speaking":
            self._set_state("thinking")
        elif isinstance(event, TurnEnded):
            self._set_state(self._resting_state())
        self._emit(event)

    def _on_observed(self, event: Event, source: str) -> None:
        if isinstance(event, ErrorEvent):
            self._emit(event)

    def _warm_soon(self) -> None:
        """Let the model read the conversation so far while nobody waits (see ChatBackend.warm).

        After start-up, each turn, and a change of persona or conversation: the next reply then
        reads only the person's new words.
        """
        if self._warming is not None:
            self._warming.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not on the loop (a conversation continued before starting)
            return
        self._warming = loop.create_task(self._warm(), name="callbot-warm")

    async def _warm(self) -> None:
        if self._preload is not None:
            await asyncio.wait([self._preload])
        try:
            await self.backend.warm(self.context.messages(), self.responder.model)
        except CallbotError as exc:  # the reply itself will say what is wrong, with its fix
            log.debug("could not read the conversation ahead: %s", exc.message)

    def _on_recorded(self, turn: RecordedTurn) -> None:
        self._warm_soon()
        self._emit(
            TurnSaved(
                turn.conversation_id, turn.user_text, turn.reply, turn.interrupted, turn.timings
            )
        )

    def _emit(self, event: object) -> None:
        if self._on_event is None:
            return
        try:
            self._on_event(event)
        except Exception:
            log.exception("the engine's listener failed on %s", type(event).__name__)
