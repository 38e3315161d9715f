"""The Settings panel: every option of the schema as a widget, plus device, speaker and model tests.

Widgets are made from each :class:`~callbot_desktop.settings.schema.Option`: choices become a
combo box, a bool a check box, a number a spin box bounded by its minimum and maximum, text a line
edit; the option's help is the tooltip. A change is checked with ``Option.validate``, stored in
:class:`~callbot_desktop.settings.store.Settings` and saved at once; a value that does not fit
shows the setting's error and what is allowed. Changes made elsewhere (observers) show up here.

Slow things run off the GUI thread on the qasync loop: listing audio devices and probing Ollama
in worker threads. The microphone and speaker tests, and the widgets of all the checks, live in
:mod:`~callbot_desktop.ui.settings_checks`; their texts stay here, in the panel's translations.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from callbot_desktop.audio.devices import DeviceList, list_devices
from callbot_desktop.core.errors import CallbotError
from callbot_desktop.llm.ollama import ServerStatus, probe, resolve_host
from callbot_desktop.settings.schema import Option, Value, option
from callbot_desktop.settings.store import Settings
from callbot_desktop.ui import settings_checks as checks
from callbot_desktop.ui.error_text import sentence
from callbot_desktop.ui.panel_header import panel_title

DEVICE_OPTIONS = ("audio.input_device", "audio.output_device")


class SettingsPanel(QWidget):
    """All settings by section; ``save_settings`` writes them to disk after every change."""

    def __init__(
        self, settings: Settings, save_settings: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._save = save_settings
        self.editors: dict[str, QWidget] = {}
        self._tasks = checks.Tasks()
        self._devices_listed = False
        self.setObjectName("settingsPanel")
        self._build()
        # A weak reference: Settings outlives the panel, and a cycle through it would let the
        # garbage collector delete the widget later, on whatever thread it happens to run in.
        this = weakref.WeakMethod(self._on_changed)

        def observer(name: str, value: Value) -> None:
            method = this()
            if method is not None:
                method(name, value)

        stop = settings.observe(observer)
        self.destroyed.connect(lambda _obj=None: stop())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """List the audio devices the first time the panel is shown."""
        super().showEvent(event)
        if not self._devices_listed:
            self._devices_listed = True
            self.refresh_devices()

    # ------------------------------------------------------------------ building

    def _labels(self) -> dict[str, str]:
        return {
            "audio.input_device": self.tr("&Microphone:"),
            "audio.output_device": self.tr("S&peaker:"),
            "audio.hands_free": self.tr("&Hands-free (listen all the time)"),
            "audio.barge_in": self.tr("Let my voice &interrupt the assistant"),
            "vad.min_speech_ms": self.tr("Shortest speech (ms):"),
            "vad.hangover_ms": self.tr("Pause that ends my turn (ms):"),
            "stt.model": self.tr("&Whisper model:"),
            "stt.device": self.tr("Runs on:"),
            "stt.language": self.tr("Spoken &language:"),
            "stt.short_window": self.tr("&Faster recognition of short sentences"),
            "tts.engine": self.tr("Voice &engine:"),
            "tts.voice": self.tr("&Voice:"),
            "llm.backend": self.tr("&Backend:"),
            "llm.host": self.tr("Ollama &address:"),
            "llm.model": self.tr("Ollama m&odel:"),
            "llm.threads": self.tr("Built-in model threa&ds (0: automatic):"),
            "ui.hotkey": self.tr("P&ush-to-talk key:"),
            "ui.theme": self.tr("&Theme:"),
            "ui.language": self.tr("Interface lan&guage:"),
            "ui.start_in_tray": self.tr("Start hidde&n in the system tray"),
        }

    def _sections(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(key, heading, settings) of every section, in order."""
        return [
            (
                "audio",
                self.tr("Audio"),
                (
                    "audio.input_device",
                    "audio.output_device",
                    "audio.hands_free",
                    "audio.barge_in",
                    "vad.min_speech_ms",
                    "vad.hangover_ms",
                ),
            ),
            (
                "stt",
                self.tr("Speech recognition"),
                ("stt.model", "stt.device", "stt.language", "stt.short_window"),
            ),
            ("tts", self.tr("Voice"), ("tts.engine", "tts.voice")),
            ("llm", self.tr("Model"), ("llm.backend", "llm.host", "llm.model", "llm.threads")),
            (
                "ui",
                self.tr("Shortcuts and appearance"),
                ("ui.hotkey", "ui.theme", "ui.language", "ui.start_in_tray"),
            ),
        ]

    def _build(self) -> None:
        title = panel_title(self.tr("Settings"))
        intro = QLabel(
            self.tr(
                "Changes are checked and saved at once. Hover over a setting to see what it does."
            )
        )
        intro.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setAccessibleName(self.tr("Problem with a setting"))
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()

        labels = self._labels()
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        for key, heading, names in self._sections():
            box = QGroupBox(heading)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for name in names:
                editor = self._editor(option(name), labels[name])
                self.editors[name] = editor
                if isinstance(editor, QCheckBox):
                    form.addRow("", editor)
                else:
                    form.addRow(labels[name], editor)
            self._add_extras(key, form)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("All settings"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)

    def _editor(self, spec: Option, label: str) -> QWidget:
        """The widget for one option, made from its metadata."""
        name = spec.name
        plain = label.replace("&", "").rstrip(":")
        widget: QWidget
        if name in DEVICE_OPTIONS:
            combo = QComboBox()
            combo.activated.connect(self._edited)
            widget = combo
        elif spec.choices:
            combo = QComboBox()
            for choice in spec.choices:
                combo.addItem(self._choice_label(choice), choice)
            combo.activated.connect(self._edited)
            widget = combo
        elif spec.type is bool:
            box = QCheckBox(label.rstrip(":"))
            box.toggled.connect(self._edited)
            widget = box
        elif spec.type is int:
            spin = QSpinBox()
            spin.setRange(int(spec.minimum or 0), int(spec.maximum or 2_000_000_000))
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._edited)
            widget = spin
        elif spec.type is float:
            real = QDoubleSpinBox()
            real.setRange(spec.minimum or 0.0, spec.maximum or 1e9)
            real.setKeyboardTracking(False)
            real.valueChanged.connect(self._edited)
            widget = real
        else:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Default: {0}").format(spec.default or self.tr("none")))
            edit.editingFinished.connect(self._edited)
            widget = edit
        widget.setObjectName(name)
        widget.setAccessibleName(plain)
        widget.setToolTip(self.tr(spec.help))
        widget.setAccessibleDescription(self.tr(spec.help))
        self._show_value(widget, spec, self._settings[name])
        return widget

    def _add_extras(self, section: str, form: QFormLayout) -> None:
        if section == "audio":
            self.refresh_button = checks.button(
                self.tr("&Refresh devices"), self.tr("Refresh device lists"), self.refresh_devices
            )
            self.mic_button = checks.button(
                self.tr("Te&st microphone"), self.tr("Test microphone"), self.test_microphone
            )
            self.level = checks.level_bar(self.tr("Microphone level"))
            self.mic_result = checks.result_label(self.tr("Microphone test result"))
            self.speaker_button = checks.button(
                self.tr("Test spea&ker"), self.tr("Test speaker"), self.test_speaker
            )
            self.speaker_result = checks.result_label(self.tr("Speaker test result"))
            form.addRow("", checks.row(self.refresh_button))
            form.addRow("", checks.row(self.mic_button, self.level))
            form.addRow("", self.mic_result)
            form.addRow("", checks.row(self.speaker_button, self.speaker_result))
        elif section == "llm":
            self.connection_button = checks.button(
                self.tr("&Check connection"), self.tr("Check connection"), self.check_connection
            )
            self.connection_result = checks.result_label(self.tr("Connection check result"))
            form.addRow("", checks.row(self.connection_button, self.connection_result))

    # ------------------------------------------------------------------ values

    def _choice_label(self, choice: str) -> str:
        """A setting's value in words (the value itself stays what is stored)."""
        labels = {
            "auto": self.tr("Automatic"),
            "cpu": self.tr("Processor (CPU)"),
            "cuda": self.tr("NVIDIA GPU (CUDA)"),
            "piper": self.tr("Piper (offline)"),
            "edge": self.tr("Edge (online, Microsoft)"),
            "ollama": self.tr("Ollama"),
            "embedded": self.tr("Built-in model"),
            "forever": self.tr("Keep forever"),
            "days": self.tr("For a number of days"),
            "count": self.tr("The newest conversations only"),
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "en": "English",
            "de": "Deutsch",
            "es": "Español",
            "fr": "Français",
        }
        return labels.get(choice, choice)

    def _edited(self) -> None:
        """An editor changed (its object name is its setting): apply its value."""
        widget = self.sender()
        name = widget.objectName()
        value: object
        if isinstance(widget, QComboBox):
            value = widget.currentData()
        elif isinstance(widget, QCheckBox):
            value = widget.isChecked()
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            value = widget.value()
        elif isinstance(widget, QLineEdit):
            value = widget.text().strip()
        else:
            return
        self.apply(name, value)

    def apply(self, name: str, value: object) -> bool:
        """Validate ``value`` for the setting ``name``, store and save it; False if refused."""
        spec = option(name)
        try:
            checked = spec.validate(value)
            self._settings.set(name, checked)
            self._save()
        except CallbotError as error:
            self._show_error(error)
            return False
        except OSError as error:
            self._show_error(
                CallbotError(
                    f"The settings could not be saved ({error.strerror or error})",
                    "check that the settings folder is writable (see Diagnostics)",
                )
            )
            return False
        self.error_label.hide()
        return True

    def _show_error(self, error: CallbotError) -> None:
        fix = f"\n{sentence(error.fix)}" if error.fix else ""
        self.error_label.setText(error.message + fix)
        self.error_label.show()

    def _on_changed(self, name: str, value: Value) -> None:
        widget = self.editors.get(name)
        if widget is not None:
            self._show_value(widget, option(name), value)

    def _show_value(self, widget: QWidget, spec: Option, value: Value) -> None:
        blocked = widget.blockSignals(True)
        try:
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0:
                    widget.addItem(self._missing_label(spec, str(value)), value)
                    index = widget.count() - 1
                widget.setCurrentIndex(index)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                widget.setValue(value)  # type: ignore[arg-type]
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
        finally:
            widget.blockSignals(blocked)

    def _missing_label(self, spec: Option, value: str) -> str:
        if spec.name not in DEVICE_OPTIONS:
            return value
        if not value:
            return self.tr("System default")
        return self.tr("{0} (not connected)").format(value)

    # ------------------------------------------------------------------ devices

    def refresh_devices(self) -> asyncio.Task[DeviceList | None]:
        """List the audio devices in a worker thread and fill the two device lists."""
        self.refresh_button.setEnabled(False)
        return self._tasks.start(self._refresh_devices())

    async def _refresh_devices(self) -> DeviceList | None:
        listing = asyncio.to_thread(list_devices)
        devices = await checks.attempt(self.refresh_button, listing, self._show_error)
        if devices is None:
            return None
        for name, found, default in (
            ("audio.input_device", devices.inputs, devices.default_input),
            ("audio.output_device", devices.outputs, devices.default_output),
        ):
            combo = self.editors[name]
            assert isinstance(combo, QComboBox)
            default_label = self.tr("System default")
            if default is not None:
                default_label = self.tr("System default ({0})").format(default.name)
            checks.fill_devices(combo, default_label, (device.name for device in found))
            self._show_value(combo, option(name), self._settings[name])
        return devices

    # ------------------------------------------------------------------ audio tests

    def test_microphone(self, seconds: float = checks.MIC_TEST_SECONDS) -> asyncio.Task[float]:
        """Show the microphone's level for ``seconds``; the task returns the loudest dBFS."""
        self.mic_button.setEnabled(False)
        self.mic_result.setText(
            self.tr("Listening for {0:g} seconds: say something…").format(seconds)
        )
        return self._tasks.start(self._test_microphone(seconds))

    async def _test_microphone(self, seconds: float) -> float:
        meter = checks.Meter()
        device = self._settings.get_str("audio.input_device")
        listening = checks.listen(device, seconds, meter, self.level)
        name = await checks.attempt(self.mic_button, listening, checks.shown_in(self.mic_result))
        if name is None:
            return meter.loudest
        if meter.loudest < checks.HEARD_SOMETHING_DB:
            text = self.tr(
                "Almost nothing was heard (loudest {0:.0f} dB). Check that {1} is not muted, "
                "or choose another microphone."
            ).format(meter.loudest, name)
        else:
            text = self.tr("{0} works: loudest {1:.0f} dB.").format(name, meter.loudest)
        self.mic_result.setText(text)
        return meter.loudest

    def test_speaker(self) -> asyncio.Task[bool]:
        """Play a short beep on the chosen speaker."""
        self.speaker_button.setEnabled(False)
        self.speaker_result.setText(self.tr("Playing a beep…"))
        return self._tasks.start(self._test_speaker())

    async def _test_speaker(self) -> bool:
        device = self._settings.get_str("audio.output_device")
        beeping = checks.play_beep(device)
        name = await checks.attempt(
            self.speaker_button, beeping, checks.shown_in(self.speaker_result)
        )
        if name is None:
            return False
        self.speaker_result.setText(self.tr("Played a beep on {0}. Did you hear it?").format(name))
        return True

    # ------------------------------------------------------------------ model

    def check_connection(self) -> asyncio.Task[ServerStatus]:
        """Ask the Ollama server (in a worker thread) for its version and models."""
        self.connection_button.setEnabled(False)
        host = resolve_host(self._settings.get_str("llm.host"))
        self.connection_result.setText(self.tr("Asking {0}…").format(host))
        return self._tasks.start(self._check_connection(host))

    async def _check_connection(self, host: str) -> ServerStatus:
        try:
            status = await asyncio.to_thread(probe, host)
        finally:
            self.connection_button.setEnabled(True)
        if not status.running:
            self.connection_result.setText(f"{status.problem}\n{status.fix}")
            return status
        wanted = self._settings.get_str("llm.model")
        names = ", ".join(status.models) or self.tr("none")
        text = self.tr("Ollama {0} answers at {1}. Models: {2}.").format(
            status.version, status.host, names
        )
        if not checks.has_model(status.models, wanted):
            text += "\n" + self.tr("The model {0} is not installed: run `ollama pull {0}`.").format(
                wanted
            )
        self.connection_result.setText(text)
        return status
