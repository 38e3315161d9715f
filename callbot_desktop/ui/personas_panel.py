"""The Personas panel: list, create, edit, delete, import and export personas, and hear their voice.

Personas live in the encrypted history (``History`` is the persona store), so every read and
write goes through :class:`~callbot_desktop.ui.history_access.HistoryAccess`. Built-ins cannot be
deleted: saving one stores an edited copy that "Reset to built-in" removes, as
:class:`~callbot_desktop.llm.personas.Personas` allows. "Preview voice" speaks the greeting with
the persona's voice: synthesis runs on the synthesizer's own thread and the audio goes to
``play`` (by default the speaker chosen in Settings), so the GUI never waits.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callbot_desktop.audio.playback import Playback
from callbot_desktop.core.errors import CallbotError
from callbot_desktop.engine.tts_choice import choose_voice
from callbot_desktop.llm.personas import (
    DEFAULT_TEMPERATURE,
    MAX_TEMPERATURE,
    MIN_TEMPERATURE,
    TTS_ENGINES,
    Persona,
    PersonaError,
    Personas,
)
from callbot_desktop.settings.store import Settings
from callbot_desktop.speech.tts import AudioChunk
from callbot_desktop.storage.vault import OpenHistory
from callbot_desktop.ui.error_text import sentence
from callbot_desktop.ui.history_access import HistoryAccess
from callbot_desktop.ui.panel_header import panel_title

PlayAudio = Callable[[Sequence[AudioChunk]], Awaitable[None]]
"""Plays synthesized speech and returns when it has been heard."""

Listed = list[tuple[Persona, bool]]
"""Every persona, and whether it is an edited built-in."""


def speaker_player(settings: Settings) -> PlayAudio:
    """Plays chunks on the speaker chosen in Settings (Settings → Audio)."""

    async def play(chunks: Sequence[AudioChunk]) -> None:
        playback = Playback.one_shot(settings.get_str("audio.output_device"))
        await playback.start()
        try:
            for chunk in chunks:
                samples = chunk.samples().reshape(-1, chunk.channels)
                playback.play(samples, "preview", chunk.rate)
            await playback.drained()
        finally:
            await playback.stop()

    return play


async def synthesize(engine: str, voice: str, text: str) -> list[AudioChunk]:
    """Every chunk of ``text`` spoken by ``engine``/``voice`` (model loading off the loop)."""
    chosen = await asyncio.to_thread(choose_voice, engine, voice)
    try:
        chunks: list[AudioChunk] = []
        async with contextlib.aclosing(chosen.synthesizer.synthesize(text)) as stream:
            async for chunk in stream:
                chunks.append(chunk)
        return chunks
    finally:
        chosen.close()


async def _speak(engine: str, voice: str, text: str, play: PlayAudio) -> list[AudioChunk]:
    """Synthesize ``text`` and play it; runs on its own event loop in a worker thread.

    The synthesizer and the speaker call back into their loop from their own threads many times
    a second; on the qasync loop each of those is a Qt signal emitted from a foreign thread,
    which PySide6 6.12 answers with a reference-count leak on ``True``.
    """
    chunks = await synthesize(engine, voice, text)
    await play(chunks)
    return chunks


class PersonasPanel(QWidget):
    """Edit the personas kept in the history; emits :attr:`personasChanged` after every write."""

    personasChanged = Signal()

    def __init__(
        self,
        access: HistoryAccess,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        play: PlayAudio | None = None,
    ) -> None:
        super().__init__(parent)
        self._access = access
        self._settings = settings
        self._play = play or speaker_player(settings)
        self._editing: str | None = None  # the stored name being edited; None: a new persona
        self._listed: Listed = []
        self._preview: asyncio.Task[list[AudioChunk]] | None = None
        self.setObjectName("personasPanel")
        self._build()
        access.availabilityChanged.connect(self._on_availability)
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        title = panel_title(self.tr("Personas"))
        intro = QLabel(
            self.tr(
                "Who the assistant is: its instructions, model, voice and greeting. "
                "Built-in personas can be edited and reset; your own can be deleted."
            )
        )
        intro.setWordWrap(True)

        self.list = QListWidget()
        self.list.setObjectName("personaList")
        self.list.setAccessibleName(self.tr("Personas"))
        self.list.currentRowChanged.connect(self._show_row)
        self.new_button = self._button(self.tr("Ne&w"), self.tr("New persona"), self.new_persona)
        self.delete_button = self._button(
            self.tr("&Delete"), self.tr("Delete persona"), self._ask_delete
        )
        self.import_button = self._button(
            self.tr("&Import…"), self.tr("Import personas from a TOML file"), self._ask_import
        )
        self.export_button = self._button(
            self.tr("E&xport…"), self.tr("Export all personas to a TOML file"), self._ask_export
        )
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button):
            list_buttons.addWidget(button)
        file_buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button):
            file_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)
        left.addLayout(file_buttons)

        content = QHBoxLayout()
        content.setSpacing(16)
        content.addLayout(left, 1)
        content.addLayout(self._build_form(), 2)

        self.status = QLabel()
        self.status.setObjectName("statusLabel")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(content, 1)
        layout.addWidget(self.status)

    def _build_form(self) -> QVBoxLayout:
        self.name_edit = self._line(self.tr("Name"), self.tr("A short name, e.g. Chef"))
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setAccessibleName(self.tr("System prompt"))
        self.prompt_edit.setPlaceholderText(self.tr("Instructions: who the assistant is…"))
        self.prompt_edit.setTabChangesFocus(True)
        self.prompt_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model_edit = self._line(
            self.tr("Model"),
            self.tr("Settings model ({0})").format(self._settings.get_str("llm.model")),
        )
        self.temperature = QDoubleSpinBox()
        self.temperature.setAccessibleName(self.tr("Temperature"))
        self.temperature.setRange(MIN_TEMPERATURE, MAX_TEMPERATURE)
        self.temperature.setSingleStep(0.1)
        self.temperature.setDecimals(2)
        self.temperature.setToolTip(self.tr("Low: focused and repeatable. High: more varied."))
        self.engine_combo = QComboBox()
        self.engine_combo.setAccessibleName(self.tr("Voice engine"))
        for engine in TTS_ENGINES:
            label = engine or self.tr("As in Settings ({0})").format(
                self._settings.get_str("tts.engine")
            )
            self.engine_combo.addItem(label, engine)
        self.voice_edit = self._line(
            self.tr("Voice"), self.tr("Piper .onnx file or Edge voice; empty = Settings")
        )
        self.language_edit = self._line(self.tr("Language"), self.tr("e.g. en, de; empty = auto"))
        self.greeting_edit = self._line(self.tr("Greeting"), self.tr("Said when a call starts"))
        self.starters_edit = QPlainTextEdit()
        self.starters_edit.setAccessibleName(self.tr("Conversation starters"))
        self.starters_edit.setPlaceholderText(self.tr("One suggestion per line"))
        self.starters_edit.setTabChangesFocus(True)
        self.starters_edit.setMaximumHeight(90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("System &prompt:"), self.prompt_edit)
        form.addRow(self.tr("&Model:"), self.model_edit)
        form.addRow(self.tr("&Temperature:"), self.temperature)
        form.addRow(self.tr("Voice &engine:"), self.engine_combo)
        form.addRow(self.tr("&Voice:"), self.voice_edit)
        form.addRow(self.tr("&Language:"), self.language_edit)
        form.addRow(self.tr("&Greeting:"), self.greeting_edit)
        form.addRow(self.tr("St&arters:"), self.starters_edit)

        self.save_button = self._button(self.tr("&Save"), self.tr("Save persona"), self.save)
        self.save_button.setDefault(True)
        self.reset_button = self._button(
            self.tr("Reset to &built-in"),
            self.tr("Reset to built-in"),
            self._reset_current,
        )
        self.preview_button = self._button(
            self.tr("P&review voice"), self.tr("Preview voice"), self.preview_voice
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout()
        column.addLayout(form, 1)
        column.addLayout(buttons)
        return column

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    # ------------------------------------------------------------------ reading

    def refresh(self, select: str | None = None) -> None:
        """Reload the list from the history (off the GUI thread), then select ``select``."""
        wanted = select or self._editing

        def listed(opened: OpenHistory) -> Listed:
            stored = opened.history.personas()
            registry = Personas(opened.history)
            return [(p, p.is_builtin and p.name in stored) for p in registry.list()]

        self._access.call(listed, lambda result: self._show_list(result, wanted), self._fail)

    def _on_availability(self, available: bool) -> None:
        if available:
            self.refresh()

    def _show_list(self, listed: Listed, select: str | None) -> None:
        self._listed = listed
        self.list.blockSignals(True)
        self.list.clear()
        row = 0
        for index, (persona, edited) in enumerate(listed):
            label = persona.name
            if persona.is_builtin:
                label += self.tr("  (built-in, edited)") if edited else self.tr("  (built-in)")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, persona.name)
            self.list.addItem(item)
            if persona.name == select:
                row = index
        if listed:
            self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show(row)

    def _show_row(self, row: int) -> None:
        """The person picked another persona."""
        self.status.clear()
        self._show(row)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._listed):
            return
        persona, edited = self._listed[row]
        self._editing = persona.name
        self._fill(persona)
        self.name_edit.setReadOnly(persona.is_builtin)
        self.delete_button.setEnabled(not persona.is_builtin)
        self.reset_button.setEnabled(edited)

    def _fill(self, persona: Persona) -> None:
        self.name_edit.setText(persona.name)
        self.prompt_edit.setPlainText(persona.system_prompt)
        self.model_edit.setText(persona.model)
        self.temperature.setValue(persona.temperature)
        self.engine_combo.setCurrentIndex(max(0, self.engine_combo.findData(persona.tts_engine)))
        self.voice_edit.setText(persona.voice)
        self.language_edit.setText(persona.language)
        self.greeting_edit.setText(persona.greeting)
        self.starters_edit.setPlainText("\n".join(persona.starters))

    def persona_from_form(self) -> Persona:
        """The persona as the form describes it; raises :class:`PersonaError` if invalid."""
        starters = tuple(
            line.strip() for line in self.starters_edit.toPlainText().splitlines() if line.strip()
        )
        return Persona(
            name=self.name_edit.text().strip(),
            system_prompt=self.prompt_edit.toPlainText().strip(),
            model=self.model_edit.text().strip(),
            temperature=round(self.temperature.value(), 2),
            tts_engine=str(self.engine_combo.currentData()),
            voice=self.voice_edit.text().strip(),
            language=self.language_edit.text().strip(),
            greeting=self.greeting_edit.text().strip(),
            starters=starters,
        )

    # ------------------------------------------------------------------ writing

    def new_persona(self) -> None:
        """Clear the form for a new persona (saved with Save)."""
        self._editing = None
        self.list.clearSelection()
        self._fill(Persona("New persona", "You are a helpful voice assistant."))
        self.temperature.setValue(DEFAULT_TEMPERATURE)
        self.name_edit.setReadOnly(False)
        self.delete_button.setEnabled(False)
        self.reset_button.setEnabled(False)
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        self.status.setText(self.tr("Fill in the new persona and press Save."))

    def save(self) -> None:
        """Validate the form and save it (a new persona, an edit, or a built-in override)."""
        try:
            persona = self.persona_from_form()
        except PersonaError as error:
            self._fail(error)
            return
        old = self._editing

        def write(opened: OpenHistory) -> None:
            registry = Personas(opened.history)
            if old is None:
                if persona.name in registry:
                    raise PersonaError(
                        f"A persona named {persona.name!r} already exists",
                        "choose another name, or select it in the list to edit it",
                    )
                registry.save(persona)
            else:
                registry.rename(old, persona)

        self._write(write, persona.name, self.tr("Saved {0}.").format(persona.name))

    def delete_persona(self, name: str) -> None:
        """Delete the user persona ``name`` (built-ins cannot be deleted)."""
        self._editing = None
        self._write(
            lambda opened: Personas(opened.history).delete(name),
            None,
            self.tr("Deleted {0}.").format(name),
        )

    def _reset_current(self) -> None:
        if self._editing is not None:
            self.reset_persona(self._editing)

    def reset_persona(self, name: str) -> None:
        """Drop the edits to the built-in ``name``."""
        self._write(
            lambda opened: Personas(opened.history).reset(name),
            name,
            self.tr("{0} is the built-in version again.").format(name),
        )

    def import_file(self, path: Path, *, overwrite: bool = False) -> None:
        """Import the personas in the TOML file ``path`` (all or none)."""

        def work(opened: OpenHistory) -> None:
            Personas(opened.history).import_file(path, overwrite=overwrite)

        self._write(work, None, self.tr("Imported personas from {0}.").format(path.name))

    def export_file(self, path: Path) -> None:
        """Write every persona to ``path`` as TOML."""
        self._access.call(
            lambda opened: Personas(opened.history).export_file(path),
            lambda _none: self.status.setText(self.tr("Exported to {0}.").format(path)),
            self._fail,
        )

    def _write(self, work: Callable[[OpenHistory], object], select: str | None, done: str) -> None:
        def finished(_result: object) -> None:
            self.status.setText(done)
            self.personasChanged.emit()
            self.refresh(select)

        self._access.call(work, finished, self._fail, writes=True)

    def _fail(self, error: Exception) -> None:
        if isinstance(error, CallbotError):
            text = error.message + (f"\n{sentence(error.fix)}" if error.fix else "")
        else:
            text = str(error)
        self.status.setText(text)

    # ------------------------------------------------------------------ dialogs

    def _ask_delete(self) -> None:
        name = self._editing
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete persona"),
            self.tr("Delete the persona {0}? Conversations with it are kept.").format(name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_persona(name)

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import personas"), "", self.tr("Personas (*.toml)")
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Import personas"),
            self.tr("Replace personas that have the same name?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        self.import_file(Path(path), overwrite=answer == QMessageBox.StandardButton.Yes)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export personas"), "personas.toml", self.tr("Personas (*.toml)")
        )
        if path:
            self.export_file(Path(path))

    # ------------------------------------------------------------------ voice preview

    def preview_voice(self) -> asyncio.Task[list[AudioChunk]] | None:
        """Speak the greeting with the form's voice; returns the running task (or None)."""
        if self._preview is not None and not self._preview.done():
            return self._preview
        engine = str(self.engine_combo.currentData()) or self._settings.get_str("tts.engine")
        voice = self.voice_edit.text().strip() or self._settings.get_str("tts.voice")
        text = self.greeting_edit.text().strip() or self.tr("Hello, I am {0}.").format(
            self.name_edit.text().strip() or self.tr("your assistant")
        )
        self.preview_button.setEnabled(False)
        self.status.setText(self.tr("Speaking the greeting…"))
        self._preview = asyncio.ensure_future(self._speak(engine, voice, text))
        return self._preview

    async def _speak(self, engine: str, voice: str, text: str) -> list[AudioChunk]:
        chunks: list[AudioChunk] = []
        try:
            chunks = await asyncio.to_thread(asyncio.run, _speak(engine, voice, text, self._play))
            seconds = sum(chunk.duration for chunk in chunks)
            self.status.setText(self.tr("Played {0:.1f} s of speech.").format(seconds))
        except CallbotError as error:
            self._fail(error)
        except Exception as error:  # a broken voice file: say so instead of failing silently
            self._fail(CallbotError(str(error), "choose another voice"))
        finally:
            self.preview_button.setEnabled(True)
        return chunks
