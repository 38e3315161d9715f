"""The one door between the desktop UI and the voice engine.

:class:`EngineBridge` runs the :class:`~callbot_desktop.engine.voice_engine.VoiceEngine` on an
:class:`~callbot_desktop.engine.engine_thread.EngineThread` and turns everything it reports into
Qt signals, delivered on the GUI thread (queued). Its slots hand the person's actions over to the
engine's loop and return at once: nothing here ever waits for the engine.

Signals carry plain values (strings, floats, dicts) so that widgets never hold engine objects.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.core.events import (
    ErrorEvent,
    Interrupt,
    LLMToken,
    SpeechStarted,
    TranscriptFinal,
    TranscriptPartial,
    TurnConfirmed,
    TurnEnded,
)
from callbot_desktop.engine.engine_events import (
    DeviceNotice,
    Loading,
    MicLevel,
    StateChanged,
    TurnSaved,
)
from callbot_desktop.engine.engine_thread import EngineThread

if TYPE_CHECKING:  # the engine (audio, Whisper, llama.cpp) is imported on its thread, later
    from callbot_desktop.engine.voice_engine import OnEvent, VoiceEngine
    from callbot_desktop.llm.personas import Persona

log = logging.getLogger(__name__)

#: Builds the engine (on the engine's thread: it may probe Ollama), given the event callback.
EngineFactory = Callable[["OnEvent"], "VoiceEngine"]


class EngineBridge(QObject):
    """See the module doc. Call :meth:`start` once; :meth:`shutdown` before quitting."""

    stateChanged = Signal(str)
    #: component, done, detail, fraction (-1: unknown), error ('' when fine)
    loading = Signal(str, bool, str, float, str)
    micLevel = Signal(float)
    speechStarted = Signal()
    userPartial = Signal(str)
    userFinal = Signal(str)
    #: a piece of the reply, as it is about to be spoken
    assistantText = Signal(str)
    #: the reply is over; True when it was cut short
    turnEnded = Signal(bool)
    #: conversation id ('' when anonymous), timings
    turnSaved = Signal(str, dict)
    #: message, fix
    error = Signal(str, str)
    notice = Signal(str)
    #: the engine is loaded and listening (or failed to start: error was emitted)
    started = Signal(bool)
    #: the backend's model names, the one in use, and which backend answers (in words)
    modelsListed = Signal(list, str, str)

    _event = Signal(object)

    def __init__(self, factory: EngineFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._thread = EngineThread()
        self._engine: VoiceEngine | None = None
        self._event.connect(self._dispatch)
        self.state = "stopped"

    @property
    def engine(self) -> VoiceEngine | None:
        """The engine, once built (touch it only on its own thread, through :meth:`run`)."""
        return self._engine

    # --- lifecycle ------------------------------------------------------------------------------

    def start(self) -> concurrent.futures.Future[None]:
        """Build and start the engine in the background; :attr:`started` tells how it went."""
        self._thread.start()
        return self._thread.submit(self._boot())

    async def _boot(self) -> None:
        try:
            self._engine = self._factory(self._event.emit)
            await self._engine.start()
        except CallbotError as exc:
            self._event.emit(ErrorEvent(exc.message, exc.fix, "start"))
            self._event.emit(_Started(False))
            return
        except Exception as exc:
            log.exception("the voice engine failed to start")
            self._event.emit(
                ErrorEvent(f"The voice engine failed to start: {exc}", "see the log file", "start")
            )
            self._event.emit(_Started(False))
            return
        self._event.emit(_Started(True))

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop the engine, release devices and models, end its thread (blocks up to timeout)."""
        if self._thread.running:
            future = self._thread.submit(self._close())
            try:
                future.result(timeout)
            except Exception:
                log.exception("the voice engine did not close cleanly")
        self._thread.stop()

    async def _close(self) -> None:
        if self._engine is not None:
            await self._engine.aclose()

    # --- the person's actions (GUI thread; return at once) --------------------------------------

    @Slot()
    def press(self) -> None:
        self._do(lambda engine: engine.press())

    @Slot()
    def release(self) -> None:
        self._do(lambda engine: engine.release())

    @Slot()
    def cancel(self) -> None:
        self._do(lambda engine: engine.cancel())

    @Slot(str)
    def send_text(self, text: str) -> None:
        self._do(lambda engine: engine.send_text(text))

    @Slot(bool)
    def set_hands_free(self, on: bool) -> None:
        self._call(lambda engine: engine.set_hands_free(on))

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        self._call(lambda engine: engine.set_muted(muted))

    def set_persona(self, persona: Persona) -> None:
        self._do(lambda engine: engine.set_persona(persona))

    @Slot(str)
    def set_model(self, model: str) -> None:
        self._do(lambda engine: engine.set_model(model))

    @Slot()
    def request_models(self) -> None:
        """Ask the backend for its models; :attr:`modelsListed` answers."""

        async def listing(engine: VoiceEngine) -> None:
            names = await engine.list_models()
            self._event.emit(_Models(names, engine.model, engine.backend_label))

        self._do(listing)

    def new_conversation(self) -> None:
        self._call(lambda engine: engine.new_conversation())

    def continue_conversation(self, conversation_id: str, turns: list[tuple[str, str]]) -> None:
        self._call(lambda engine: engine.continue_conversation(conversation_id, turns))

    def run(self, work: Callable[[VoiceEngine], Coroutine[Any, Any, Any]]) -> None:
        """Run ``work(engine)`` on the engine's loop (for actions not listed above)."""
        self._do(work)

    def _do(self, work: Callable[[VoiceEngine], Coroutine[Any, Any, Any]]) -> None:
        engine = self._engine
        if engine is None or not self._thread.running:
            self.notice.emit(self.tr("The voice engine is still starting…"))
            return

        async def guarded() -> None:
            try:
                await work(engine)
            except CallbotError as exc:
                self._event.emit(ErrorEvent(exc.message, exc.fix, "engine"))

        self._thread.submit(guarded())

    def _call(self, work: Callable[[VoiceEngine], object]) -> None:
        engine = self._engine
        if engine is not None and self._thread.running:
            self._thread.call(work, engine)

    # --- engine → GUI -------------------------------------------------------------------------

    def _dispatch(self, event: object) -> None:
        if isinstance(event, StateChanged):
            self.state = event.state
            self.stateChanged.emit(event.state)
        elif isinstance(event, MicLevel):
            self.micLevel.emit(event.rms_db)
        elif isinstance(event, SpeechStarted):
            self.speechStarted.emit()
        elif isinstance(event, TranscriptPartial):
            self.userPartial.emit(event.text)
        elif isinstance(event, TranscriptFinal):
            if event.tentative:
                self.userPartial.emit(event.text)  # final once the turn is confirmed
            else:
                self.userFinal.emit(event.text)
        elif isinstance(event, TurnConfirmed):
            self.userFinal.emit(event.text)
        elif isinstance(event, LLMToken):
            self.assistantText.emit(event.text)
        elif isinstance(event, TurnEnded):
            self.turnEnded.emit(event.interrupted)
        elif isinstance(event, TurnSaved):
            self.turnSaved.emit(event.conversation_id or "", dict(event.timings))
        elif isinstance(event, ErrorEvent):
            self.error.emit(event.message, event.fix)
        elif isinstance(event, Loading):
            fraction = -1.0 if event.fraction is None else event.fraction
            self.loading.emit(event.component, event.done, event.detail, fraction, event.error)
        elif isinstance(event, DeviceNotice):
            self.notice.emit(event.text)
        elif isinstance(event, _Started):
            self.started.emit(event.ok)
        elif isinstance(event, _Models):
            self.modelsListed.emit(event.names, event.current, event.label)
        elif isinstance(event, Interrupt):
            pass  # its effects arrive as TurnEnded and a state change


class _Started:
    def __init__(self, ok: bool) -> None:
        self.ok = ok


class _Models:
    def __init__(self, names: list[str], current: str, label: str) -> None:
        self.names, self.current, self.label = names, current, label
