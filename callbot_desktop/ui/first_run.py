"""The first-run wizard: what is kept and where it goes, loading the models, a microphone test.

The microphone and finish pages live here; the consent and model pages, and the worker thread
that all slow work runs on, are in :mod:`~callbot_desktop.ui.first_run_pages`.

Shown by the app while ``ui.first_run_done`` is false (:func:`needs_first_run`). Choices are
written to the settings, and saved with the ``save_settings`` callable, only when Finish is
pressed; Cancel changes nothing, so the wizard comes back at the next start. Everything the
wizard loads or opens (Whisper, the Piper voice, the microphone, its worker thread) is released
when it closes, whichever way.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from callbot_desktop.audio.capture import (
    PORTAUDIO_LOCK,
    AudioFrame,
    Capture,
    DeviceLost,
    DeviceRestored,
    LevelChanged,
)
from callbot_desktop.audio.devices import DeviceList, list_devices
from callbot_desktop.core.errors import CallbotError
from callbot_desktop.core.paths import DataPaths
from callbot_desktop.settings.store import Settings
from callbot_desktop.speech.stt import SpeechToText, Transcript
from callbot_desktop.ui.first_run_pages import (
    ERROR_STYLE,
    OK_STYLE,
    ConsentPage,
    LoopWorker,
    ModelsPage,
    describe_error,
    page_title,
    wrapped,
)
from callbot_desktop.ui.level_meter import level_percent

log = logging.getLogger(__name__)


def needs_first_run(settings: Settings) -> bool:
    """Whether the first-run set-up still has to be shown."""
    return not settings.get_bool("ui.first_run_done")


HEARD_DB = -40.0
"""A block at least this loud (RMS, dBFS) counts as sound."""
HEARD_BLOCKS = 5
"""Consecutive loud blocks (20 ms each) before "I can hear you"."""
QUIET_BLOCKS = 40
"""Quiet blocks that end an utterance (0.8 s)."""
PRE_ROLL_BLOCKS = 25
MAX_BLOCKS = 400
"""An utterance is cut (and transcribed) after 8 s."""


def key_label(hotkey: str) -> str:
    """``<ctrl>+<alt>+<space>`` (the setting's form) as people write it: ``Ctrl+Alt+Space``."""
    return "+".join(part.strip().strip("<>").capitalize() for part in hotkey.split("+"))


class Ear:
    """Notices speech in a stream of blocks: when it starts, and the utterance once it ends."""

    def __init__(self) -> None:
        self.blocks: deque[npt.NDArray[np.int16]] = deque()
        self.speaking = False
        self._loud = 0
        self._quiet = 0

    def hear(
        self, pcm: npt.NDArray[np.int16], rms_db: float
    ) -> tuple[bool, npt.NDArray[np.int16] | None]:
        """``(speech just started, the finished utterance or None)`` after one more block."""
        self.blocks.append(pcm)
        loud = rms_db >= HEARD_DB
        if not self.speaking:
            self._loud = self._loud + 1 if loud else 0
            while len(self.blocks) > PRE_ROLL_BLOCKS + self._loud:
                self.blocks.popleft()
            if self._loud >= HEARD_BLOCKS:
                self.speaking, self._quiet = True, 0
                return True, None
            return False, None
        self._quiet = 0 if loud else self._quiet + 1
        if self._quiet < QUIET_BLOCKS and len(self.blocks) < MAX_BLOCKS:
            return False, None
        utterance = np.concatenate(list(self.blocks))
        self.blocks.clear()
        self.speaking, self._loud = False, 0
        return False, utterance


class MicPage(QWizardPage):
    """Choose the microphone, watch its level, and hear "I can hear you" when you speak."""

    heard = Signal()
    transcribed = Signal(str)

    def __init__(
        self,
        worker: LoopWorker,
        settings: Settings,
        speech: Callable[[], SpeechToText | None],
    ) -> None:
        super().__init__()
        self._worker = worker
        self._speech = speech
        self._listening: Future[Any] | None = None
        self._generation = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self.heard_you = False
        self.loudest_db = -120.0
        self.device_box = QComboBox()
        self.device_box.setAccessibleName(self.tr("Microphone"))
        configured = settings.get_str("audio.input_device")
        self.device_box.addItem(configured or self.tr("System default"), configured)
        self.device_box.currentIndexChanged.connect(lambda _: self.start_listening())
        device_label = QLabel(self.tr("&Microphone:"))
        device_label.setBuddy(self.device_box)
        self.level = QProgressBar()
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setMaximumHeight(14)
        self.level.setAccessibleName(self.tr("Microphone level"))
        self.level_text = QLabel()
        self.level_text.setMinimumWidth(70)
        self.status = wrapped(name="micStatus")
        self.transcript = wrapped(name="micTranscript")
        self.retry = QPushButton(self.tr("&Listen again"))
        self.retry.setAccessibleName(self.tr("Listen to the microphone again"))
        self.retry.clicked.connect(self.start_listening)
        self.retry.setVisible(False)
        device_row = QHBoxLayout()
        device_row.addWidget(device_label)
        device_row.addWidget(self.device_box, 1)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level, 1)
        level_row.addWidget(self.level_text)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(page_title(self.tr("Test your microphone")))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Choose the microphone CallBot listens to, then say something, for example "
                    "“Hello, can you hear me?”. The bar moves when sound comes in."
                )
            )
        )
        layout.addLayout(device_row)
        layout.addLayout(level_row)
        layout.addWidget(self.status)
        layout.addWidget(self.transcript)
        layout.addWidget(self.retry)
        layout.addStretch(1)
        self._show_level(-120.0)

    # -- the device list -------------------------------------------------------------------

    def device(self) -> str:
        """The chosen microphone, as the ``audio.input_device`` setting ('' = default)."""
        return str(self.device_box.currentData() or "")

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self._worker.submit(self._list_inputs(), self._show_devices, self._devices_failed)
        self.start_listening()

    def cleanupPage(self) -> None:  # noqa: N802 (Back was pressed)
        self.stop_listening()

    def validatePage(self) -> bool:  # noqa: N802 (Next was pressed)
        self.stop_listening()
        return True

    async def _list_inputs(self) -> DeviceList:
        def listed() -> DeviceList:
            with PORTAUDIO_LOCK:
                return list_devices()

        return await asyncio.to_thread(listed)

    def _show_devices(self, devices: DeviceList) -> None:
        chosen = self.device()
        blocker = QSignalBlocker(self.device_box)
        self.device_box.clear()
        default = devices.default_input
        label = self.tr("System default ({0})").format(default.name) if default else ""
        self.device_box.addItem(label or self.tr("System default"), "")
        for device in devices.inputs:
            if self.device_box.findData(device.name) < 0:
                self.device_box.addItem(device.name, device.name)
        if chosen and self.device_box.findData(chosen) < 0:
            self.device_box.addItem(self.tr("{0} (not connected)").format(chosen), chosen)
        self.device_box.setCurrentIndex(max(0, self.device_box.findData(chosen)))
        del blocker

    def _devices_failed(self, error: BaseException) -> None:
        self._say(describe_error(error), ERROR_STYLE)

    # -- listening ---------------------------------------------------------------------------

    def start_listening(self) -> None:
        """(Re)start capturing from the chosen microphone."""
        self.stop_listening()
        if self._worker.closed:
            return
        self._generation += 1
        generation = self._generation
        self.retry.setVisible(False)
        self.transcript.clear()
        self._say(self.tr("Opening the microphone…"), "")
        self._listening = self._worker.submit(
            self._listen(self.device(), generation),
            lambda _: None,
            lambda error: self._on_gui(generation, self._failed, error),
        )

    def stop_listening(self) -> None:
        self._generation += 1
        if self._listening is not None:
            self._listening.cancel()
            self._listening = None
        self._show_level(-120.0)

    def _on_gui(self, generation: int, callback: Callable[[Any], None], value: object) -> None:
        if generation == self._generation:
            callback(value)

    def _post(self, generation: int, callback: Callable[[Any], None], value: object) -> None:
        self._worker.post(lambda v: self._on_gui(generation, callback, v), value)

    async def _listen(self, device: str, generation: int) -> None:
        capture = Capture(device)
        await capture.start()
        self._post(generation, self._opened, capture.name)
        ear = Ear()
        frame: AudioFrame | None = None
        try:
            async for event in capture.events():
                if isinstance(event, AudioFrame):
                    frame = event
                elif isinstance(event, LevelChanged) and frame is not None:
                    self._post(generation, self._show_level, event.rms_db)
                    started, utterance = ear.hear(frame.pcm, event.rms_db)
                    if started:
                        self._post(generation, self._heard, None)
                    if utterance is not None:
                        self._transcribe_soon(utterance, generation)
                elif isinstance(event, DeviceLost):
                    self._post(generation, self._lost, event.reason)
                elif isinstance(event, DeviceRestored):
                    self._post(generation, self._opened, event.name)
        finally:
            await capture.stop()

    def _transcribe_soon(self, audio: npt.NDArray[np.int16], generation: int) -> None:
        stt = self._speech()
        if stt is None or not stt.loaded:
            return
        self._post(generation, self._show_transcript, None)
        task = asyncio.create_task(self._transcribe(stt, audio, generation))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _transcribe(
        self, stt: SpeechToText, audio: npt.NDArray[np.int16], generation: int
    ) -> None:
        try:
            transcript: Transcript = await stt.transcribe(audio)
        except Exception as error:  # the test still heard you: say nothing about the words
            log.warning("first-run transcription failed: %s", error)
            return
        self._post(generation, self._show_transcript, transcript.text.strip())

    # -- on the GUI thread -------------------------------------------------------------------

    def _opened(self, name: str) -> None:
        if not self.heard_you:
            self._say(self.tr("Listening to {0}. Say something…").format(name), "")

    def _show_level(self, rms_db: float) -> None:
        self.loudest_db = max(self.loudest_db, rms_db)
        self.level.setValue(level_percent(rms_db))
        shown = self.tr("{0:.0f} dB").format(rms_db) if rms_db > -120 else self.tr("silent")
        self.level_text.setText(shown)

    def _heard(self, _: object) -> None:
        self.heard_you = True
        self._say(self.tr("✔ I can hear you!"), OK_STYLE)
        self.heard.emit()

    def _show_transcript(self, text: str | None) -> None:
        if text is None:
            self.transcript.setText(self.tr("Working out what you said…"))
        elif text:
            self.transcript.setText(self.tr("I heard: “{0}”").format(text))
            self.transcribed.emit(text)
        else:
            self.transcript.setText(self.tr("I heard something, but could not make out words."))

    def _lost(self, reason: str) -> None:
        self._say(self.tr("The microphone stopped ({0}). Waiting for it…").format(reason), "")

    def _failed(self, error: BaseException) -> None:
        self._show_level(-120.0)
        self._say(describe_error(error), ERROR_STYLE)
        self.retry.setVisible(True)

    def _say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)


class FinishPage(QWizardPage):
    """A summary of the choices; Finish saves them."""

    def __init__(self, settings: Settings, choices: Callable[[], tuple[str, bool, str]]) -> None:
        super().__init__()
        self._settings = settings
        self._choices = choices
        self.summary = wrapped(name="finishSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.error = wrapped(name="finishError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(page_title(self.tr("All set")))
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.error.setVisible(False)
        engine, anonymous, microphone = self._choices()
        voice = self.tr("the online Microsoft voices") if engine == "edge" else self.tr("Piper")
        record = (
            self.tr("Nothing is recorded (anonymous mode).")
            if anonymous
            else self.tr("Conversations are kept, encrypted, on this computer.")
        )
        self.summary.setText(
            self.tr(
                "CallBot speaks with {0}. {1} It listens to {2}.\n\nHold {3} (or the talk "
                "button) to talk. Press Finish to save these choices; you can change them any "
                "time in Settings."
            ).format(
                voice,
                record,
                microphone or self.tr("the system default microphone"),
                key_label(self._settings.get_str("ui.hotkey")),
            )
        )


class FirstRunWizard(QWizard):
    """Consent, models, microphone, finish. See the module docstring."""

    def __init__(
        self,
        settings: Settings,
        paths: DataPaths,
        save_settings: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._save = save_settings
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up CallBot"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 520)
        self.worker = LoopWorker(self)
        self.consent_page = ConsentPage(settings)
        self.models_page = ModelsPage(self.worker, settings, paths)
        self.mic_page = MicPage(self.worker, settings, lambda: self.models_page.stt)
        self.finish_page = FinishPage(settings, self._choices)
        for page in (self.consent_page, self.models_page, self.mic_page, self.finish_page):
            self.addPage(page)
        for which, name in (
            (QWizard.WizardButton.NextButton, self.tr("Next page")),
            (QWizard.WizardButton.BackButton, self.tr("Previous page")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish the set-up and save")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel the set-up")),
        ):
            self.button(which).setAccessibleName(name)

    @property
    def released(self) -> bool:
        """Whether everything the wizard loaded or opened has been let go."""
        return self.worker.stopped.is_set()

    def _choices(self) -> tuple[str, bool, str]:
        """The voice engine, anonymous mode and microphone chosen so far."""
        consent = self.consent_page
        return consent.tts_engine(), consent.anonymous_box.isChecked(), self.mic_page.device()

    def accept(self) -> None:
        """Write the choices, save them, mark the first run done, and close."""
        consent = self.consent_page
        previous = self._settings.as_dict()
        try:
            self._settings.set("tts.engine", consent.tts_engine())
            self._settings.set("privacy.anonymous", consent.anonymous_box.isChecked())
            self._settings.set("privacy.voice_notes", consent.voice_notes_box.isChecked())
            self._settings.set("audio.input_device", self.mic_page.device())
            self._settings.set("ui.first_run_done", True)
            self._save()
        except (CallbotError, OSError) as error:
            for name, value in previous.items():
                self._settings.set(name, value)
            self.finish_page.error.setText(
                self.tr("The settings could not be saved: {0}").format(describe_error(error))
            )
            self.finish_page.error.setVisible(True)
            return
        super().accept()

    def done(self, result: int) -> None:
        """Closing, whichever way: stop listening and release the models."""
        self.mic_page.stop_listening()
        self.worker.close(self.models_page.release)
        super().done(result)
