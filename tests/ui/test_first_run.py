"""The first-run wizard with real parts: consent gating, Whisper tiny.en and Piper really loaded,
the language model found (built-in, or a real HTTP Ollama server after a Retry), the virtual
microphone hearing Piper-spoken speech, and the choices saved to a real settings file."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QProgressBar,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.settings.store import load_settings
from callbot_desktop.startup import Startup, start
from callbot_desktop.ui.first_run import HEARD_DB, FirstRunWizard, needs_first_run
from callbot_desktop.ui.first_run_pages import StepRow
from tests.harness.ollama_server import OllamaTestServer
from tests.harness.speech_samples import SpeechSamples
from tests.harness.virtual_audio import VirtualAudio

LOAD_TIMEOUT_MS = 120_000
CLOSED_PORT = "http://127.0.0.1:9"
"""Nothing listens here: asking it for Ollama fails at once."""


@pytest.fixture
def startup(tmp_path: Path) -> Startup:
    setup = start(argparse.Namespace(data_dir=str(tmp_path / "data"), debug=False))
    setup.settings.set("llm.host", CLOSED_PORT)  # never a real Ollama of the machine
    return setup


class Saver:
    """The app's save callable: saves for real, and counts; ``error`` makes it fail."""

    def __init__(self, startup: Startup) -> None:
        self.startup = startup
        self.calls = 0
        self.error: Exception | None = None

    def __call__(self) -> None:
        self.calls += 1
        if self.error is not None:
            raise self.error
        self.startup.save_settings()


@pytest.fixture
def saver(startup: Startup) -> Saver:
    return Saver(startup)


def released(wizard: FirstRunWizard) -> Callable[[], bool]:
    return lambda: wizard.released


@pytest.fixture
def make_wizard(
    qtbot: QtBot, startup: Startup, saver: Saver
) -> Iterator[Callable[[], FirstRunWizard]]:
    made: list[FirstRunWizard] = []

    def make() -> FirstRunWizard:
        wizard = FirstRunWizard(startup.settings, startup.paths, saver)
        qtbot.addWidget(wizard)
        wizard.resize(720, 600)
        wizard.show()
        qtbot.waitExposed(wizard)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        if wizard.isVisible():
            wizard.reject()
        qtbot.waitUntil(released(wizard), timeout=LOAD_TIMEOUT_MS)


@pytest.fixture
def wizard(make_wizard: Callable[[], FirstRunWizard]) -> FirstRunWizard:
    return make_wizard()


def next_button(wizard: QWizard) -> QAbstractButton:
    return wizard.button(QWizard.WizardButton.NextButton)


def to_models_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    wizard.consent_page.understood_box.click()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.models_page


def wait_models(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.waitUntil(wizard.models_page.isComplete, timeout=LOAD_TIMEOUT_MS)


def save_shot(wizard: QWizard, folder: Path, name: str) -> None:
    path = folder / name
    assert wizard.grab().save(str(path))
    assert path.stat().st_size > 0


def test_next_is_disabled_until_i_understand_is_ticked(
    qtbot: QtBot, wizard: FirstRunWizard, screenshot_dir: Path
) -> None:
    page = wizard.consent_page
    assert wizard.currentPage() is page
    assert page.piper_radio.isChecked() and not page.edge_radio.isChecked()
    assert not next_button(wizard).isEnabled()
    page.understood_box.setFocus()
    qtbot.keyClick(page.understood_box, Qt.Key.Key_Space)
    assert page.understood_box.isChecked() and next_button(wizard).isEnabled()
    save_shot(wizard, screenshot_dir, "first-run-consent.png")
    page.understood_box.click()
    assert not next_button(wizard).isEnabled()


def test_anonymous_mode_turns_voice_recordings_off(wizard: FirstRunWizard) -> None:
    page = wizard.consent_page
    assert page.voice_notes_box.isEnabled()
    page.anonymous_box.click()
    assert not page.voice_notes_box.isEnabled()
    page.anonymous_box.click()
    assert page.voice_notes_box.isEnabled()


def test_cancel_saves_nothing_and_releases_everything(
    qtbot: QtBot, wizard: FirstRunWizard, startup: Startup, saver: Saver
) -> None:
    wizard.consent_page.edge_radio.click()
    wizard.consent_page.understood_box.click()
    wizard.reject()
    qtbot.waitUntil(lambda: wizard.released, timeout=LOAD_TIMEOUT_MS)
    assert saver.calls == 0
    assert not startup.paths.settings_file.exists()
    assert startup.settings["tts.engine"] == "piper"
    assert needs_first_run(startup.settings)


def test_models_page_loads_whisper_and_piper_and_finds_the_built_in_model(
    qtbot: QtBot, wizard: FirstRunWizard, screenshot_dir: Path
) -> None:
    to_models_page(qtbot, wizard)
    page = wizard.models_page
    assert not next_button(wizard).isEnabled()  # nothing is loaded yet
    wait_models(qtbot, wizard)
    assert [row.state for row in page.rows] == ["done", "done", "done"]
    for row in page.rows:
        assert (row.bar.value(), row.bar.maximum()) == (100, 100)
        assert not row.retry.isVisible()
    assert page.stt is not None and page.stt.loaded and "tiny.en" in page.stt.describe()
    assert page.voice is not None and page.voice.piper.loaded
    assert "tiny.en" in page.whisper_row.status.text()
    assert "joe" in page.voice_row.status.text()
    assert "built-in model" in page.brain_row.status.text()
    assert "127.0.0.1:9" in page.brain_row.status.text()  # the reason: Ollama did not answer
    assert not page.warning.isVisible()
    assert next_button(wizard).isEnabled()
    save_shot(wizard, screenshot_dir, "first-run-models.png")

    wizard.reject()
    qtbot.waitUntil(lambda: wizard.released, timeout=LOAD_TIMEOUT_MS)
    assert page.stt is None and page.voice is None


def test_a_failed_step_shows_the_fix_allows_continuing_and_retries(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    startup: Startup,
    ollama_server: OllamaTestServer,
    screenshot_dir: Path,
) -> None:
    startup.settings.set("llm.backend", "ollama")  # must answer, and nothing listens
    to_models_page(qtbot, wizard)
    page = wizard.models_page
    wait_models(qtbot, wizard)
    row: StepRow = page.brain_row
    assert row.state == "failed"
    assert "Ollama is not running at http://127.0.0.1:9" in row.status.text()
    assert "ollama serve" in row.status.text()  # the fix
    assert row.retry.isVisible() and page.warning.isVisible()
    assert next_button(wizard).isEnabled()  # a failure does not block the way on
    save_shot(wizard, screenshot_dir, "first-run-models-error.png")

    startup.settings.set("llm.host", ollama_server.url)
    qtbot.mouseClick(row.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.state == "done", timeout=LOAD_TIMEOUT_MS)
    assert row.status.text().startswith("✔ Ollama")
    assert f"will answer, at {ollama_server.url}." in row.status.text()
    assert not row.retry.isVisible() and not page.warning.isVisible()


def test_mic_page_hears_speech_and_finish_saves_the_choices(
    virtual_audio: VirtualAudio,  # first: torn down last, after the wizard released the mic
    qtbot: QtBot,
    wizard: FirstRunWizard,
    startup: Startup,
    saver: Saver,
    speech_samples: SpeechSamples,
    screenshot_dir: Path,
) -> None:
    wizard.consent_page.edge_radio.click()
    wizard.consent_page.voice_notes_box.click()
    to_models_page(qtbot, wizard)
    wait_models(qtbot, wizard)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.mic_page
    assert wizard.currentPage() is page

    box = page.device_box
    qtbot.waitUntil(lambda: box.findData(virtual_audio.mic_device) >= 0, timeout=30_000)
    box.setCurrentIndex(box.findData(virtual_audio.mic_device))
    qtbot.waitUntil(lambda: "Listening to vmic" in page.status.text(), timeout=30_000)
    assert not page.heard_you
    levels: list[int] = []
    page.level.valueChanged.connect(levels.append)

    virtual_audio.start_play_into_mic(speech_samples["hello"].padded(0.2, 1.5))
    qtbot.waitUntil(lambda: page.heard_you, timeout=30_000)
    assert "I can hear you" in page.status.text()
    assert page.loudest_db > HEARD_DB and max(levels) > 40
    save_shot(wizard, screenshot_dir, "first-run-mic.png")
    qtbot.waitUntil(lambda: page.transcript.text().startswith("I heard:"), timeout=60_000)
    assert "hear" in page.transcript.text().lower()
    save_shot(wizard, screenshot_dir, "first-run-mic-transcript.png")

    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.finish_page
    summary = wizard.finish_page.summary.text()
    assert "vmic" in summary and "Microsoft" in summary and "Ctrl+Alt+Space" in summary
    save_shot(wizard, screenshot_dir, "first-run-finish.png")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and saver.calls == 1
    qtbot.waitUntil(lambda: wizard.released, timeout=LOAD_TIMEOUT_MS)

    saved = load_settings(startup.paths.settings_file).settings
    assert saved["audio.input_device"] == "vmic"
    assert saved["tts.engine"] == "edge"
    assert saved["privacy.voice_notes"] is True and saved["privacy.anonymous"] is False
    assert saved["ui.first_run_done"] is True
    assert not needs_first_run(saved) and not needs_first_run(startup.settings)


def test_a_failed_save_keeps_the_wizard_open_and_the_settings_unchanged(
    wizard: FirstRunWizard, startup: Startup, saver: Saver
) -> None:
    saver.error = CallbotError("The disk is full", "free some space")
    wizard.consent_page.anonymous_box.click()
    wizard.accept()
    assert wizard.isVisible() and saver.calls == 1
    assert wizard.finish_page.error.isVisibleTo(wizard.finish_page)
    assert "The disk is full. Free some space." in wizard.finish_page.error.text()
    assert startup.settings["privacy.anonymous"] is False
    assert needs_first_run(startup.settings)


def test_every_page_has_a_title_and_every_control_a_name_and_keyboard_access(
    wizard: FirstRunWizard,
) -> None:
    pages = [wizard.page(page_id) for page_id in wizard.pageIds()]
    assert len(pages) == 4
    for page in pages:
        assert isinstance(page, QWizardPage)
        titles = [
            label for label in page.findChildren(QLabel) if label.objectName() == "panelTitle"
        ]
        assert len(titles) == 1 and titles[0].text()
    controls: list[QAbstractButton | QComboBox | QProgressBar] = []
    for page in pages:
        controls += page.findChildren(QAbstractButton)
        controls += page.findChildren(QComboBox)
        controls += page.findChildren(QProgressBar)
    controls += [
        wizard.button(which)
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    ]
    assert len(controls) >= 15
    for control in controls:
        assert control.accessibleName(), control
        if not isinstance(control, QProgressBar):
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.accessibleName()


def test_a_missing_microphone_says_what_to_do_and_another_can_be_chosen(
    virtual_audio: VirtualAudio,  # first: torn down last, after the wizard released the mic
    qtbot: QtBot,
    make_wizard: Callable[[], FirstRunWizard],
    startup: Startup,
) -> None:
    startup.settings.set("audio.input_device", "no-such-mic")
    wizard = make_wizard()
    to_models_page(qtbot, wizard)
    wait_models(qtbot, wizard)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.mic_page
    qtbot.waitUntil(page.retry.isVisible, timeout=30_000)
    assert "The microphone 'no-such-mic' could not be opened" in page.status.text()
    assert "Check the microphone setting" in page.status.text()
    box = page.device_box
    qtbot.waitUntil(lambda: box.findData(virtual_audio.mic_device) >= 0, timeout=30_000)
    assert box.currentText() == "no-such-mic (not connected)"
    assert next_button(wizard).isEnabled()  # the test is not required to go on

    box.setCurrentIndex(box.findData(virtual_audio.mic_device))
    qtbot.waitUntil(lambda: "Listening to vmic" in page.status.text(), timeout=30_000)
    assert not page.retry.isVisible()
