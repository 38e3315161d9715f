"""The Personas panel on a real encrypted history: list, edit, reset, delete, TOML, preview."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from keyring.backends import null
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from callbot_desktop.llm.personas import BUILTIN_PERSONAS, Persona, Personas
from callbot_desktop.settings.store import Settings
from callbot_desktop.speech.tts import AudioChunk
from callbot_desktop.storage.db import Database
from callbot_desktop.storage.history import History
from callbot_desktop.storage.keys import KeyStore, LoadedKey
from callbot_desktop.storage.vault import OpenHistory
from callbot_desktop.ui.history_access import HistoryAccess
from callbot_desktop.ui.personas_panel import PersonasPanel
from tests.harness.virtual_audio import VirtualAudio
from tests.ui.accessibility import focusable, shown_in, unnamed


@pytest.fixture
def access(tmp_path: Path, qapp: QApplication) -> Iterator[HistoryAccess]:
    key = os.urandom(32)
    database = Database.open(tmp_path / "history.db", key)
    keys = KeyStore(tmp_path / "history.key", backend=null.Keyring())
    history_access = HistoryAccess(OpenHistory(History(database), keys, LoadedKey(key, "keyring")))
    yield history_access
    history_access.close()


class Heard:
    """Stands in for the speaker: keeps what the preview would play."""

    def __init__(self) -> None:
        self.chunks: list[AudioChunk] = []

    async def __call__(self, chunks: Sequence[AudioChunk]) -> None:
        self.chunks.extend(chunks)


@pytest.fixture
def heard() -> Heard:
    return Heard()


@pytest.fixture
def panel(
    qtbot: QtBot,
    made: list[QWidget],
    access: HistoryAccess,
    heard: Heard,
    loop: asyncio.AbstractEventLoop,
) -> PersonasPanel:
    widget = PersonasPanel(access, Settings(), play=heard)
    made.append(widget)
    widget.resize(920, 640)
    qtbot.waitUntil(lambda: widget.list.count() == len(BUILTIN_PERSONAS))
    return widget


def names_in_list(panel: PersonasPanel) -> list[str]:
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def stored(access: HistoryAccess) -> Personas:
    access.wait()
    assert access.opened is not None
    return Personas(access.opened.history)


def save_and_wait(qtbot: QtBot, panel: PersonasPanel, name: str) -> None:
    with qtbot.waitSignal(panel.personasChanged):
        panel.save()
    qtbot.waitUntil(lambda: any(text.startswith(name) for text in names_in_list(panel)))


def rms(samples: np.ndarray) -> float:
    values = samples.astype(np.float64)
    return float(np.sqrt(np.mean(values * values)))


def test_every_interactive_widget_has_an_accessible_name(panel: PersonasPanel) -> None:
    assert not unnamed(focusable(panel, keep=shown_in(panel)))
    title = panel.findChild(QLabel, "panelTitle")
    assert title is not None and title.text() == "Personas"


def test_lists_built_ins_and_shows_the_first(
    qtbot: QtBot, panel: PersonasPanel, screenshot_dir: Path
) -> None:
    assert names_in_list(panel) == [f"{p.name}  (built-in)" for p in BUILTIN_PERSONAS]
    assert panel.name_edit.text() == "Assistant" and panel.name_edit.isReadOnly()
    assert panel.greeting_edit.text() == BUILTIN_PERSONAS[0].greeting
    assert not panel.delete_button.isEnabled() and not panel.reset_button.isEnabled()
    panel.list.setCurrentRow(1)
    assert panel.name_edit.text() == "Tutor"
    assert panel.starters_edit.toPlainText().splitlines() == list(BUILTIN_PERSONAS[1].starters)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.grab().save(str(screenshot_dir / "panel-personas.png"))


def test_a_new_persona_is_saved_and_listed(
    qtbot: QtBot, panel: PersonasPanel, access: HistoryAccess
) -> None:
    panel.new_persona()
    panel.name_edit.setText("Chef")
    panel.prompt_edit.setPlainText("You are a cheerful chef. Keep recipes short.")
    panel.model_edit.setText("qwen2.5:3b")
    panel.temperature.setValue(1.1)
    panel.engine_combo.setCurrentIndex(panel.engine_combo.findData("piper"))
    panel.language_edit.setText("en")
    panel.greeting_edit.setText("What are we cooking?")
    panel.starters_edit.setPlainText("A quick pasta\n\nSomething with eggs\n")
    save_and_wait(qtbot, panel, "Chef")
    chef = stored(access).get("Chef")
    assert chef == Persona(
        "Chef",
        "You are a cheerful chef. Keep recipes short.",
        model="qwen2.5:3b",
        temperature=1.1,
        tts_engine="piper",
        language="en",
        greeting="What are we cooking?",
        starters=("A quick pasta", "Something with eggs"),
    )
    assert names_in_list(panel)[-1] == "Chef"
    assert panel.name_edit.text() == "Chef" and panel.delete_button.isEnabled()
    assert "Saved Chef" in panel.status.text()


def test_editing_a_built_in_stores_an_override_that_reset_removes(
    qtbot: QtBot, panel: PersonasPanel, access: HistoryAccess
) -> None:
    panel.list.setCurrentRow(1)
    panel.greeting_edit.setText("Ready to learn?")
    save_and_wait(qtbot, panel, "Tutor  (built-in, edited)")
    assert stored(access).get("Tutor").greeting == "Ready to learn?"
    assert panel.reset_button.isEnabled()
    with qtbot.waitSignal(panel.personasChanged):
        panel.reset_button.click()
    qtbot.waitUntil(lambda: names_in_list(panel)[1] == "Tutor  (built-in)")
    assert stored(access).get("Tutor") == BUILTIN_PERSONAS[1]
    assert panel.greeting_edit.text() == BUILTIN_PERSONAS[1].greeting


def test_a_user_persona_can_be_renamed_and_deleted(
    qtbot: QtBot, panel: PersonasPanel, access: HistoryAccess
) -> None:
    panel.new_persona()
    panel.name_edit.setText("Coach")
    save_and_wait(qtbot, panel, "Coach")
    panel.name_edit.setText("Running coach")
    save_and_wait(qtbot, panel, "Running coach")
    assert "Coach" not in stored(access) and "Running coach" in stored(access)
    with qtbot.waitSignal(panel.personasChanged):
        panel.delete_persona("Running coach")
    qtbot.waitUntil(lambda: panel.list.count() == len(BUILTIN_PERSONAS))
    assert "Running coach" not in stored(access)


def test_invalid_input_shows_the_problem_and_what_to_do(
    qtbot: QtBot, panel: PersonasPanel, access: HistoryAccess
) -> None:
    panel.new_persona()
    panel.name_edit.setText("Silent")
    panel.prompt_edit.setPlainText("   ")
    panel.save()
    assert "system_prompt" in panel.status.text()
    assert "1 to 8000 characters" in panel.status.text()
    panel.name_edit.setText("Tutor")
    panel.prompt_edit.setPlainText("Another tutor")
    panel.save()
    qtbot.waitUntil(lambda: "already exists" in panel.status.text())
    assert "choose another name" in panel.status.text().lower()
    assert "Silent" not in stored(access)
    assert stored(access).get("Tutor") == BUILTIN_PERSONAS[1]


def test_built_ins_cannot_be_deleted(qtbot: QtBot, panel: PersonasPanel) -> None:
    panel.delete_persona("Assistant")
    qtbot.waitUntil(lambda: "cannot be deleted" in panel.status.text())
    assert "Reset to built-in" in panel.status.text()


def test_export_then_import_round_trips_through_toml(
    qtbot: QtBot, panel: PersonasPanel, access: HistoryAccess, tmp_path: Path
) -> None:
    panel.new_persona()
    panel.name_edit.setText("Poet")
    panel.greeting_edit.setText("Shall I rhyme?")
    save_and_wait(qtbot, panel, "Poet")
    exported = tmp_path / "personas.toml"
    panel.export_file(exported)
    qtbot.waitUntil(lambda: "Exported" in panel.status.text())
    assert '[[persona]]\nname = "Poet"' in exported.read_text(encoding="utf-8")

    with qtbot.waitSignal(panel.personasChanged):
        panel.delete_persona("Poet")
    qtbot.waitUntil(lambda: panel.list.count() == len(BUILTIN_PERSONAS))
    panel.import_file(exported)
    qtbot.waitUntil(lambda: "already exists" in panel.status.text())
    assert "Poet" not in stored(access), "an import is all or nothing"
    with qtbot.waitSignal(panel.personasChanged):
        panel.import_file(exported, overwrite=True)
    qtbot.waitUntil(lambda: panel.list.count() == len(BUILTIN_PERSONAS) + 1)
    assert stored(access).get("Poet").greeting == "Shall I rhyme?"


def test_an_unreadable_import_file_says_what_to_do(
    qtbot: QtBot, panel: PersonasPanel, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[[persona]]\nname = 'X'\nsystem_prompt = \n", encoding="utf-8")
    panel.import_file(broken)
    qtbot.waitUntil(lambda: "not valid TOML" in panel.status.text())
    assert "Fix the file" in panel.status.text()


def test_preview_speaks_the_greeting_with_the_real_piper_voice(
    panel: PersonasPanel, heard: Heard, loop: asyncio.AbstractEventLoop
) -> None:
    panel.greeting_edit.setText("Hello there, nice to meet you.")
    task = panel.preview_voice()
    assert task is not None and not panel.preview_button.isEnabled()
    chunks = loop.run_until_complete(asyncio.wait_for(task, 90))
    assert chunks and heard.chunks == chunks
    assert {chunk.rate for chunk in chunks} == {22_050}
    samples = np.concatenate([chunk.samples() for chunk in chunks])
    assert len(samples) / 22_050 > 0.8, "a whole sentence was spoken"
    assert rms(samples) > 500, "the voice is audible, not silence"
    assert panel.preview_button.isEnabled()
    assert "Played" in panel.status.text()


def test_preview_with_a_missing_voice_file_says_what_to_do(
    panel: PersonasPanel, heard: Heard, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    panel.engine_combo.setCurrentIndex(panel.engine_combo.findData("piper"))
    panel.voice_edit.setText(str(tmp_path / "nobody.onnx"))
    task = panel.preview_voice()
    assert task is not None
    assert loop.run_until_complete(asyncio.wait_for(task, 60)) == []
    assert heard.chunks == []
    assert "Piper voice not found" in panel.status.text()
    assert "Settings" in panel.status.text()


def test_preview_plays_on_the_speaker_from_settings(
    qtbot: QtBot,
    made: list[QWidget],
    access: HistoryAccess,
    loop: asyncio.AbstractEventLoop,
    virtual_audio: VirtualAudio,
) -> None:
    settings = Settings({"audio.output_device": virtual_audio.speaker_device})
    panel = PersonasPanel(access, settings)
    made.append(panel)
    qtbot.waitUntil(lambda: panel.list.count() == len(BUILTIN_PERSONAS))
    recorder = virtual_audio.speaker_recorder()
    task = panel.preview_voice()
    assert task is not None
    chunks = loop.run_until_complete(asyncio.wait_for(task, 90))
    recorded = recorder.stop()
    assert chunks, panel.status.text()
    assert rms(recorded) > 200, "the greeting reached the virtual speaker"
