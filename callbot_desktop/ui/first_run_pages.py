"""The first-run wizard's consent and model pages, and the worker thread slow work runs on.

Slow work (loading Whisper and the Piper voice, asking Ollama, listing devices, capturing audio)
runs on a :class:`LoopWorker`: an asyncio event loop on its own thread. Results and progress come
back to the GUI thread through a queued Qt signal, so the pages work the same under qasync in the
app and under pytest-qt without any asyncio loop on the GUI thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.core.paths import DataPaths
from callbot_desktop.engine.backend_choice import Decision, decide, quick_probe
from callbot_desktop.engine.tts_choice import ChosenVoice, choose_voice
from callbot_desktop.engine.voice_setup import speech_to_text
from callbot_desktop.llm.chat import LLMError
from callbot_desktop.llm.embedded import EmbeddedBackend
from callbot_desktop.settings.store import Settings
from callbot_desktop.speech.stt import LoadProgress, SpeechToText
from callbot_desktop.ui.error_text import message_and_fix
from callbot_desktop.ui.panel_header import panel_title

log = logging.getLogger(__name__)

OK_STYLE = "color: #15803d; font-weight: 600;"
ERROR_STYLE = "color: #b91c1c;"


def describe_error(error: BaseException) -> str:
    """What went wrong and what to do, for a status line."""
    if isinstance(error, CallbotError):
        return message_and_fix(error)
    log.error("first-run step failed", exc_info=error)
    return QCoreApplication.translate(
        "FirstRunWizard", "Something went wrong ({0}: {1}). See the log for details."
    ).format(type(error).__name__, error)


def page_title(text: str) -> QLabel:
    """The big title every page starts with (styled by the theme as ``panelTitle``)."""
    title = panel_title(text)
    return title


def wrapped(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class LoopWorker(QObject):
    """An asyncio loop on its own thread; callbacks run on the GUI thread via a queued signal."""

    _deliver = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop = asyncio.new_event_loop()
        self._closed = False
        self.stopped = threading.Event()
        """Set once the loop has stopped and everything on it was released."""
        self._deliver.connect(self._on_deliver)
        self._thread = threading.Thread(target=self._run, name="callbot-first-run", daemon=True)
        self._thread.start()

    @property
    def closed(self) -> bool:
        return self._closed

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_forever()
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.run_until_complete(self._loop.shutdown_default_executor())
        finally:
            self._loop.close()
            self.stopped.set()

    def submit(
        self,
        coroutine: Coroutine[Any, Any, Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> Future[Any]:
        """Run ``coroutine`` on the loop; then ``done(result)`` or ``failed(error)`` on the GUI."""
        if self._closed:
            coroutine.close()  # never run: the wizard is closing
            cancelled: Future[Any] = Future()
            cancelled.cancel()
            return cancelled
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)

        def finished(future: Future[Any]) -> None:
            if future.cancelled():
                return
            error = future.exception()
            if error is None:
                self.post(done, future.result())
            elif isinstance(error, Exception):
                self.post(failed, error)

        future.add_done_callback(finished)
        return future

    def post(self, callback: Callable[[Any], None], value: object = None) -> None:
        """Call ``callback(value)`` on the GUI thread (from any thread); dropped once closed."""
        if not self._closed:
            with contextlib.suppress(RuntimeError):  # the wizard is being deleted
                self._deliver.emit(callback, value)

    def _on_deliver(self, callback: Callable[[Any], None], value: object) -> None:
        if not self._closed:
            callback(value)

    def close(self, release: Callable[[], Awaitable[None]]) -> None:
        """Cancel what runs, await ``release()`` on the loop, then stop it. Returns at once."""
        if self._closed:
            return
        self._closed = True

        async def shutdown() -> None:
            current = asyncio.current_task()
            tasks = [task for task in asyncio.all_tasks() if task is not current]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            try:
                await release()
            except Exception:
                log.exception("releasing the first-run models failed")

        future = asyncio.run_coroutine_threadsafe(shutdown(), self._loop)
        future.add_done_callback(lambda _: self._loop.call_soon_threadsafe(self._loop.stop))


class StepRow(QWidget):
    """One thing being set up: its name, a progress bar, a status line and a Retry button."""

    finished = Signal()

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = "idle"
        self.name_label = QLabel(f"<b>{name}</b>")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("{0}: progress").format(accessible))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(12)
        self.status = wrapped(self.tr("Waiting…"))
        self.retry = QPushButton(self.tr("&Retry"))
        self.retry.setAccessibleName(self.tr("Retry: {0}").format(accessible))
        self.retry.setVisible(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.bar, 0, 1, 1, 2)
        grid.addWidget(self.status, 1, 0, 1, 2)
        grid.addWidget(self.retry, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 170)

    def running(self, text: str) -> None:
        self.state = "running"
        self.bar.setRange(0, 0)  # busy until a fraction is known
        self._say(text, "")
        self.retry.setVisible(False)

    def progress(self, fraction: float | None, text: str) -> None:
        if fraction is None:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 100)
            self.bar.setValue(round(fraction * 100))
        self._say(text, "")

    def succeeded(self, text: str) -> None:
        self.state = "done"
        self.bar.setRange(0, 100)
        self.bar.setValue(100)
        self._say(self.tr("✔ {0}").format(text), OK_STYLE)
        self.finished.emit()

    def failed(self, text: str) -> None:
        self.state = "failed"
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self._say(self.tr("✖ {0}").format(text), ERROR_STYLE)
        self.retry.setVisible(True)
        self.finished.emit()

    def _say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)


def check_backend(setting: str, host: str) -> Decision:
    """Which language model will answer, and why; raises when neither can (blocking)."""
    decision = decide(setting, host)
    if decision.kind == "ollama" and decision.status is None:
        status = quick_probe(decision.host)  # llm.backend = ollama: it must answer
        if not status.running:
            raise LLMError(status.problem, status.fix)
    elif decision.kind == "embedded":
        EmbeddedBackend()  # raises EmbeddedModelUnavailable when it is not installed
    return decision


class ModelsPage(QWizardPage):
    """Loads Whisper and the Piper voice and finds the language model, each with progress."""

    def __init__(self, worker: LoopWorker, settings: Settings, paths: DataPaths) -> None:
        super().__init__()
        self._worker = worker
        self._settings = settings
        self._paths = paths
        self.stt: SpeechToText | None = None
        """Touched only on the worker's loop."""
        self.voice: ChosenVoice | None = None
        self.whisper_row = StepRow(self.tr("Speech recognition"), self.tr("Speech recognition"))
        self.voice_row = StepRow(self.tr("Offline voice"), self.tr("Offline voice"))
        self.brain_row = StepRow(self.tr("Language model"), self.tr("Language model"))
        self.warning = wrapped(name="modelsWarning")
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(page_title(self.tr("Getting ready")))
        layout.addWidget(
            wrapped(
                self.tr(
                    "CallBot loads the speech recognizer and the offline voice, and looks for "
                    "the language model that will answer you. Everything runs on this computer."
                )
            )
        )
        jobs = (
            (self.whisper_row, self._load_whisper, self._whisper_ready),
            (self.voice_row, self._load_voice, self._voice_ready),
            (self.brain_row, self._check_backend, self._backend_ready),
        )
        for row, work, ready in jobs:
            layout.addWidget(row)
            row.finished.connect(self._row_finished)
            row.retry.clicked.connect(lambda _=False, r=row, w=work, d=ready: self._start(r, w, d))
        self._jobs = jobs
        layout.addWidget(self.warning)
        layout.addStretch(1)

    @property
    def rows(self) -> tuple[StepRow, ...]:
        return tuple(row for row, _, _ in self._jobs)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        for row, work, ready in self._jobs:
            if row.state == "idle":
                self._start(row, work, ready)

    def isComplete(self) -> bool:  # noqa: N802
        return all(row.state in ("done", "failed") for row in self.rows)

    def _start(
        self,
        row: StepRow,
        work: Callable[[], Coroutine[Any, Any, Any]],
        ready: Callable[[Any], str],
    ) -> None:
        row.running(self.tr("Starting…"))
        self.completeChanged.emit()
        self._worker.submit(
            work(),
            lambda result: row.succeeded(ready(result)),
            lambda error: row.failed(describe_error(error)),
        )

    def _row_finished(self) -> None:
        failed = [row for row in self.rows if row.state == "failed"]
        self.warning.setVisible(bool(failed))
        self.warning.setText(
            self.tr(
                "Something could not be set up. You can press Retry, or go on now: what failed "
                "will not work until it is fixed (see Settings)."
            )
        )
        self.completeChanged.emit()

    # -- work, on the worker's loop ----------------------------------------------------------

    async def _load_whisper(self) -> SpeechToText:
        if self.stt is not None and not self.stt.loaded:
            await self.stt.aclose()  # a failed load: start again with a fresh one
            self.stt = None
        if self.stt is None:
            self.stt = speech_to_text(self._settings, self._paths)
        await self.stt.load(lambda step: self._worker.post(self._whisper_progress, step))
        return self.stt

    async def _load_voice(self) -> ChosenVoice:
        if self.voice is None:
            self.voice = choose_voice("piper", "")  # also what speaks when Edge fails
        await self.voice.load()
        return self.voice

    async def _check_backend(self) -> Decision:
        backend = self._settings.get_str("llm.backend")
        host = self._settings.get_str("llm.host")
        return await asyncio.to_thread(check_backend, backend, host)

    async def release(self) -> None:
        """Free the models (on the worker's loop, when the wizard closes)."""
        if self.stt is not None:
            await self.stt.aclose()
            self.stt = None
        if self.voice is not None:
            self.voice.close()
            self.voice = None

    # -- results, on the GUI thread ----------------------------------------------------------

    def _whisper_progress(self, step: LoadProgress) -> None:
        if self.whisper_row.state == "running":
            self.whisper_row.progress(step.fraction, step.message)

    def _whisper_ready(self, stt: SpeechToText) -> str:
        text = self.tr("Ready: {0}").format(stt.describe())
        return "\n".join((text, *stt.warnings))

    def _voice_ready(self, voice: ChosenVoice) -> str:
        name = voice.piper.model_path.name.removesuffix(".onnx")
        return self.tr("Ready: the {0} voice").format(name)

    def _backend_ready(self, decision: Decision) -> str:
        status = decision.status
        if decision.kind == "ollama":
            version = status.version if status is not None else ""
            if version:
                return self.tr("Ollama {0} will answer, at {1}.").format(version, decision.host)
            return self.tr("Ollama will answer, at {0}.").format(decision.host)
        if status is None:
            return self.tr("The built-in model will answer, as chosen in Settings.")
        why = status.problem or self.tr("Ollama does not answer at {0}").format(decision.host)
        return self.tr("The built-in model will answer: {0}.").format(why)


class ConsentPage(QWizardPage):
    """What is stored, what leaves the computer, the voice engine; "I understand" to go on."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(page_title(self.tr("Welcome to CallBot")))
        layout.addWidget(
            wrapped(
                self.tr(
                    "CallBot is a voice assistant that runs on this computer. Before you start, "
                    "here is what it keeps, and what (if anything) leaves this computer."
                )
            )
        )
        layout.addWidget(self._stored_group(settings))
        layout.addWidget(self._voice_group(settings))
        self.understood_box = QCheckBox(
            self.tr("I &understand how my conversations are kept and where they go")
        )
        self.understood_box.setAccessibleName(self.tr("I understand"))
        self.understood_box.toggled.connect(lambda _: self.completeChanged.emit())
        layout.addWidget(self.understood_box)
        layout.addStretch(1)

    def _stored_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("What is stored"))
        text = wrapped(
            self.tr(
                "Your conversations (what you say and the answers) are kept on this computer "
                "only, encrypted. The key is kept in your system keyring; if there is no secure "
                "keyring, you choose a passphrase that protects it."
            )
        )
        self.voice_notes_box = QCheckBox(self.tr("Also keep recordings of my &voice"))
        self.voice_notes_box.setAccessibleName(self.tr("Keep voice recordings"))
        self.voice_notes_box.setChecked(settings.get_bool("privacy.voice_notes"))
        self.anonymous_box = QCheckBox(
            self.tr("&Anonymous mode: keep no record of conversations at all")
        )
        self.anonymous_box.setAccessibleName(self.tr("Anonymous mode"))
        self.anonymous_box.toggled.connect(lambda on: self.voice_notes_box.setEnabled(not on))
        self.anonymous_box.setChecked(settings.get_bool("privacy.anonymous"))
        box = QVBoxLayout(group)
        box.addWidget(text)
        box.addWidget(self.voice_notes_box)
        box.addWidget(self.anonymous_box)
        return group

    def _voice_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("What leaves this computer"))
        text = wrapped(
            self.tr(
                "Nothing, unless you choose the online voices: they send the text to be spoken "
                "to Microsoft. The offline voice never sends anything."
            )
        )
        self.piper_radio = QRadioButton(self.tr("&Offline voice (Piper), recommended"))
        self.piper_radio.setAccessibleName(self.tr("Offline voice, Piper"))
        self.edge_radio = QRadioButton(
            self.tr("O&nline voices (Microsoft Edge): the text to be spoken goes to Microsoft")
        )
        self.edge_radio.setAccessibleName(self.tr("Online voices, Microsoft Edge"))
        self.voices = QButtonGroup(self)
        self.voices.addButton(self.piper_radio)
        self.voices.addButton(self.edge_radio)
        edge = settings.get_str("tts.engine") == "edge"
        (self.edge_radio if edge else self.piper_radio).setChecked(True)
        box = QVBoxLayout(group)
        box.addWidget(text)
        box.addWidget(self.piper_radio)
        box.addWidget(self.edge_radio)
        return group

    def tts_engine(self) -> str:
        return "edge" if self.edge_radio.isChecked() else "piper"

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.understood_box.isChecked()
