"""The Settings panel: schema-made widgets, validated saves, real devices, audio tests, Ollama."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from callbot_desktop.settings.schema import option
from callbot_desktop.settings.store import Settings, load_settings, save_settings
from callbot_desktop.ui.level_meter import level_percent
from callbot_desktop.ui.settings_checks import TONE_HZ, TONE_SECONDS
from callbot_desktop.ui.settings_panel import SettingsPanel
from tests.harness.ollama_server import OLLAMA_VERSION, OllamaTestServer
from tests.harness.virtual_audio import VirtualAudio
from tests.ui.accessibility import focusable, shown_in, unnamed

SHOWN = (
    "audio.input_device", "audio.output_device", "audio.hands_free", "audio.barge_in",
    "vad.min_speech_ms", "vad.hangover_ms", "stt.model", "stt.device", "stt.language",
    "stt.short_window", "tts.engine", "tts.voice", "llm.backend", "llm.host", "llm.model",
    "llm.threads",
    "ui.hotkey", "ui.theme", "ui.language", "ui.start_in_tray",
)  # fmt: skip


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.toml"


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def panel(
    made: list[QWidget],
    settings: Settings,
    settings_file: Path,
    loop: asyncio.AbstractEventLoop,
) -> SettingsPanel:
    widget = SettingsPanel(settings, lambda: save_settings(settings, settings_file))
    made.append(widget)
    widget.resize(640, 1480)
    return widget


def saved(settings_file: Path) -> Settings:
    result = load_settings(settings_file)
    assert result.warnings == []
    return result.settings


def run(loop: asyncio.AbstractEventLoop, task: asyncio.Task[object], timeout: float = 30) -> object:
    return loop.run_until_complete(asyncio.wait_for(task, timeout))


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_every_interactive_widget_has_an_accessible_name(panel: SettingsPanel) -> None:
    assert not unnamed(focusable(panel, keep=shown_in(panel)))
    title = panel.findChild(QLabel, "panelTitle")
    assert title is not None and title.text() == "Settings"
    sections = [box.title() for box in panel.findChildren(QGroupBox)]
    assert sections == [
        "Audio",
        "Speech recognition",
        "Voice",
        "Model",
        "Shortcuts and appearance",
    ]


def test_widgets_are_made_from_the_schema(panel: SettingsPanel) -> None:
    assert tuple(panel.editors) == SHOWN
    for name, widget in panel.editors.items():
        spec = option(name)
        assert widget.toolTip() == spec.help
        if name in ("audio.input_device", "audio.output_device"):
            assert isinstance(widget, QComboBox)
        elif spec.choices:
            assert isinstance(widget, QComboBox)
            assert [widget.itemData(i) for i in range(widget.count())] == list(spec.choices)
            assert widget.currentData() == spec.default
        elif spec.type is bool:
            assert isinstance(widget, QCheckBox) and widget.isChecked() == spec.default
        elif spec.type is int:
            assert isinstance(widget, QSpinBox)
            assert (widget.minimum(), widget.maximum()) == (spec.minimum, spec.maximum)
            assert widget.value() == spec.default
        else:
            assert isinstance(widget, QLineEdit) and widget.text() == spec.default


def test_changes_are_validated_stored_and_saved(
    panel: SettingsPanel, settings: Settings, settings_file: Path
) -> None:
    theme = panel.editors["ui.theme"]
    assert isinstance(theme, QComboBox)
    theme.setCurrentIndex(theme.findData("dark"))
    theme.activated.emit(theme.currentIndex())
    hands_free = panel.editors["audio.hands_free"]
    assert isinstance(hands_free, QCheckBox)
    hands_free.click()
    hangover = panel.editors["vad.hangover_ms"]
    assert isinstance(hangover, QSpinBox)
    hangover.setValue(800)
    model = panel.editors["llm.model"]
    assert isinstance(model, QLineEdit)
    model.setText("  qwen2.5:3b ")
    model.editingFinished.emit()
    assert settings.changed_from_defaults() == {
        "ui.theme": "dark",
        "audio.hands_free": True,
        "vad.hangover_ms": 800,
        "llm.model": "qwen2.5:3b",
    }
    assert saved(settings_file).changed_from_defaults() == settings.changed_from_defaults()
    assert panel.error_label.isHidden()


def test_an_invalid_value_shows_the_problem_and_what_is_allowed(
    panel: SettingsPanel, settings: Settings, settings_file: Path
) -> None:
    assert not panel.apply("vad.min_speech_ms", 10)
    assert not panel.error_label.isHidden()
    text = panel.error_label.text()
    assert "Setting vad.min_speech_ms cannot be 10" in text
    assert "Allowed values: a whole number from 50 to 2000." in text
    assert not panel.apply("ui.theme", "purple")
    assert "one of 'system', 'light', 'dark'" in panel.error_label.text()
    assert settings.changed_from_defaults() == {} and not settings_file.exists()
    assert panel.apply("ui.theme", "light")
    assert panel.error_label.isHidden()


def test_a_settings_file_that_cannot_be_written_says_what_to_do(
    made: list[QWidget], tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    settings = Settings()
    panel = SettingsPanel(settings, lambda: save_settings(settings, blocker / "settings.toml"))
    made.append(panel)
    assert not panel.apply("ui.start_in_tray", True)
    assert "could not be saved" in panel.error_label.text()
    assert "writable" in panel.error_label.text()


def test_changes_made_elsewhere_show_up(panel: SettingsPanel, settings: Settings) -> None:
    settings.set("stt.device", "cpu")
    settings.set("ui.hotkey", "<f9>")
    settings.set("audio.barge_in", True)
    device = panel.editors["stt.device"]
    hotkey = panel.editors["ui.hotkey"]
    barge_in = panel.editors["audio.barge_in"]
    assert isinstance(device, QComboBox) and device.currentData() == "cpu"
    assert isinstance(hotkey, QLineEdit) and hotkey.text() == "<f9>"
    assert isinstance(barge_in, QCheckBox) and barge_in.isChecked()


def test_device_lists_show_the_real_devices(
    qtbot: QtBot,
    panel: SettingsPanel,
    settings: Settings,
    settings_file: Path,
    loop: asyncio.AbstractEventLoop,
    virtual_audio: VirtualAudio,
    screenshot_dir: Path,
) -> None:
    devices = run(loop, panel.refresh_devices())
    assert devices is not None
    mics = panel.editors["audio.input_device"]
    speakers = panel.editors["audio.output_device"]
    assert isinstance(mics, QComboBox) and isinstance(speakers, QComboBox)
    mic_names = [mics.itemData(i) for i in range(mics.count())]
    speaker_names = [speakers.itemData(i) for i in range(speakers.count())]
    assert mic_names[0] == "" and "vmic" in mic_names
    assert speaker_names[0] == "" and "vspeaker" in speaker_names
    assert len(set(mic_names)) == len(mic_names), "each device once"
    assert mics.itemText(0).startswith("System default")
    mics.setCurrentIndex(mics.findData(virtual_audio.mic_device))
    mics.activated.emit(mics.currentIndex())
    assert saved(settings_file).get_str("audio.input_device") == "vmic"

    settings.set("llm.host", "http://127.0.0.1:11434")
    settings.set("tts.voice", "en-GB-SoniaNeural")
    panel.resize(640, 1040)
    panel.show()
    qtbot.waitExposed(panel)
    run(loop, panel.refresh_devices())  # showing the panel lists the devices again
    assert panel.grab().save(str(screenshot_dir / "panel-settings.png"))


def test_a_device_that_is_gone_stays_selected_and_says_so(
    panel: SettingsPanel, settings: Settings, loop: asyncio.AbstractEventLoop
) -> None:
    settings.set("audio.output_device", "USB headset")
    run(loop, panel.refresh_devices())
    speakers = panel.editors["audio.output_device"]
    assert isinstance(speakers, QComboBox)
    assert speakers.currentData() == "USB headset"
    assert speakers.currentText() == "USB headset (not connected)"


def test_microphone_test_shows_the_level_of_real_sound(
    panel: SettingsPanel,
    settings: Settings,
    loop: asyncio.AbstractEventLoop,
    virtual_audio: VirtualAudio,
) -> None:
    settings.set("audio.input_device", virtual_audio.mic_device)
    rate = virtual_audio.mic_rate
    tone = 0.5 * np.sin(2 * np.pi * 300 * np.arange(3 * rate) / rate)
    playing = virtual_audio.start_play_into_mic(tone.astype(np.float32))
    levels: list[int] = []
    panel.level.valueChanged.connect(levels.append)
    loudest = run(loop, panel.test_microphone(seconds=2.0))
    assert isinstance(loudest, float) and loudest > -20.0
    assert max(levels) >= level_percent(-20.0), "the meter moved with the sound"
    assert panel.level.value() == 0 and panel.mic_button.isEnabled()
    assert "vmic works" in panel.mic_result.text()
    playing.wait(10)  # nothing is left sounding into the next test


def test_microphone_test_on_a_silent_microphone_says_what_to_check(
    panel: SettingsPanel,
    settings: Settings,
    loop: asyncio.AbstractEventLoop,
    virtual_audio: VirtualAudio,
) -> None:
    settings.set("audio.input_device", virtual_audio.mic_device)
    loudest = run(loop, panel.test_microphone(seconds=1.0))
    assert isinstance(loudest, float) and loudest < -50.0
    assert "Almost nothing was heard" in panel.mic_result.text()
    assert "muted" in panel.mic_result.text()


def test_microphone_test_with_a_missing_device_says_what_to_do(
    panel: SettingsPanel,
    settings: Settings,
    loop: asyncio.AbstractEventLoop,
    virtual_audio: VirtualAudio,
) -> None:
    settings.set("audio.input_device", "no such microphone")
    run(loop, panel.test_microphone(seconds=1.0))
    assert "could not be opened" in panel.mic_result.text()
    assert "Settings → Audio" in panel.mic_result.text()
    assert panel.mic_button.isEnabled()


def beep_pitch(recorded: np.ndarray[Any, Any], rate: int) -> tuple[float, float]:
    """(seconds of tone, its pitch in Hz) of a recording of the speaker test."""
    loud = np.flatnonzero(np.abs(recorded) > 300)
    if not len(loud):
        return 0.0, 0.0
    tone = recorded[loud[0] : loud[-1] + 1]
    # The pitch from the spectrum, within the band a beep can be in: gaps that underruns leave
    # in the recording add energy far above it, not a false peak here.
    spectrum = np.abs(np.fft.rfft(tone * np.hanning(len(tone))))
    hz = np.fft.rfftfreq(len(tone), 1 / rate)
    band = (hz >= 100) & (hz <= 2000)
    return len(tone) / rate, float(hz[band][np.argmax(spectrum[band])])


def test_speaker_test_plays_a_beep_on_the_chosen_speaker(
    panel: SettingsPanel,
    settings: Settings,
    loop: asyncio.AbstractEventLoop,
    virtual_audio: VirtualAudio,
) -> None:
    settings.set("audio.output_device", virtual_audio.speaker_device)
    recorder = virtual_audio.speaker_recorder()
    assert run(loop, panel.test_speaker()) is True
    # What was played reaches the monitor a moment later: wait for a second's worth of it.
    recorder.wait_for_frames(recorder.frames + virtual_audio.speaker_rate, timeout=10)
    recorded = recorder.stop()[:, 0].astype(np.float64)
    seconds, pitch = beep_pitch(recorded, virtual_audio.speaker_rate)
    assert seconds >= 0.9 * TONE_SECONDS, "the whole beep reached the speaker"
    assert pitch == pytest.approx(TONE_HZ, rel=0.02)
    assert "Played a beep on vspeaker" in panel.speaker_result.text()


def test_check_connection_lists_the_servers_models(
    panel: SettingsPanel,
    settings: Settings,
    loop: asyncio.AbstractEventLoop,
    ollama_server: OllamaTestServer,
) -> None:
    settings.set("llm.host", ollama_server.url)
    status = run(loop, panel.check_connection())
    text = panel.connection_result.text()
    assert f"Ollama {OLLAMA_VERSION} answers at {ollama_server.url}" in text
    assert "llama3.2:latest" in text and "not installed" not in text
    settings.set("llm.model", "mistral")
    run(loop, panel.check_connection())
    assert "`ollama pull mistral`" in panel.connection_result.text()
    assert status is not None


def test_check_connection_without_a_server_says_how_to_start_one(
    panel: SettingsPanel, settings: Settings, loop: asyncio.AbstractEventLoop
) -> None:
    settings.set("llm.host", f"http://127.0.0.1:{unused_port()}")
    run(loop, panel.check_connection())
    assert "Ollama is not running" in panel.connection_result.text()
    assert "ollama serve" in panel.connection_result.text()
    assert panel.connection_button.isEnabled()
