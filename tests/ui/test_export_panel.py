"""The export panel on a real encrypted history: JSON and Markdown files, all or the selected
conversation, age encryption with a passphrase or to public keys, progress, cancelling, errors."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callbot_desktop.settings.store import Settings
from callbot_desktop.storage.export import ExportSummary, is_age
from callbot_desktop.storage.keys import KeyStore
from callbot_desktop.storage.vault import OpenHistory, open_history
from callbot_desktop.ui.export_panel import PASSPHRASE, RECIPIENTS, ExportCancelled, ExportPanel
from callbot_desktop.ui.history_access import HistoryAccess
from tests.harness.memory_keyring import MemoryKeyring
from tests.ui.accessibility import focusable, in_window, unnamed


@pytest.fixture
def opened(tmp_path: Path) -> OpenHistory:
    store = KeyStore(tmp_path / "history.key", None, backend=MemoryKeyring())
    return open_history(tmp_path / "history.db", store)


@pytest.fixture
def ids(opened: OpenHistory) -> list[str]:
    history = opened.history
    made = []
    for title, persona, lines in (
        ("Weekend in Lisbon", "Travel planner", ["Plan two days in Lisbon", "Start in Alfama."]),
        ("Sourdough rescue", "Chef", ["My starter smells of acetone", "Feed it twice a day."]),
        ("Quarterly budget", "Assistant", ["Sum up Q3 spending", "Rent was the largest item."]),
    ):
        chat = history.create_conversation(title, persona)
        for number, line in enumerate(lines):
            history.add_message(chat.id, "user" if number % 2 == 0 else "assistant", line)
        made.append(chat.id)
    return made


@pytest.fixture
def access(qapp: QApplication, opened: OpenHistory) -> Iterator[HistoryAccess]:
    history_access = HistoryAccess(opened)
    yield history_access
    history_access.close()


@pytest.fixture
def panel(qtbot: QtBot, access: HistoryAccess, ids: list[str]) -> ExportPanel:
    widget = ExportPanel(access, Settings())
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    return widget


def export(qtbot: QtBot, panel: ExportPanel, path: Path) -> object:
    with qtbot.waitSignal(panel.exportFinished, timeout=30_000) as finished:
        assert panel.export_to(path)
    return finished.args[0]


def test_all_conversations_as_json_with_progress(
    qtbot: QtBot, panel: ExportPanel, tmp_path: Path
) -> None:
    values: list[int] = []
    panel.progress.valueChanged.connect(values.append)
    summary = export(qtbot, panel, tmp_path / "out" / "all.json")
    assert isinstance(summary, ExportSummary)
    assert (summary.conversations, summary.messages, summary.encrypted) == (3, 6, False)
    document = json.loads((tmp_path / "out" / "all.json").read_text())
    assert [c["title"] for c in document["conversations"]] == [
        "Weekend in Lisbon",
        "Sourdough rescue",
        "Quarterly budget",
    ]
    assert values[-1] == 3
    assert "Exported 3 conversations (6 messages) to" in panel.result_label.text()
    assert panel.export_button.isEnabled() and panel.progress.isHidden()


def test_only_the_selected_conversation_as_markdown(
    qtbot: QtBot, panel: ExportPanel, ids: list[str], tmp_path: Path
) -> None:
    assert not panel.selected_radio.isEnabled()
    panel.set_current_conversation(ids[1])
    qtbot.waitUntil(lambda: "Sourdough rescue" in panel.selected_radio.text())
    panel.selected_radio.setChecked(True)
    panel.format_box.setCurrentIndex(panel.format_box.findData("markdown"))
    export(qtbot, panel, tmp_path / "one.md")
    text = (tmp_path / "one.md").read_text()
    assert "## Sourdough rescue" in text and "acetone" in text
    assert "Lisbon" not in text
    assert "Exported 1 conversation (2 messages)" in panel.result_label.text()
    panel.set_current_conversation(None)
    assert panel.all_radio.isChecked() and not panel.selected_radio.isEnabled()


def test_age_with_a_passphrase(qtbot: QtBot, panel: ExportPanel, tmp_path: Path) -> None:
    panel.encryption_box.setCurrentIndex(panel.encryption_box.findData(PASSPHRASE))
    assert not panel.passphrase_edit.isHidden()
    panel.passphrase_edit.setText("tram 28 to alfama")
    panel.confirm_edit.setText("tram 28 to alfama")
    summary = export(qtbot, panel, tmp_path / "all.json.age")
    assert isinstance(summary, ExportSummary) and summary.encrypted
    data = (tmp_path / "all.json.age").read_bytes()
    assert is_age(data) and b"Lisbon" not in data
    plain = pyrage.passphrase.decrypt(data, "tram 28 to alfama")
    assert len(json.loads(plain)["conversations"]) == 3
    assert ", encrypted" in panel.result_label.text()


def test_age_to_a_public_key(qtbot: QtBot, panel: ExportPanel, tmp_path: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    panel.encryption_box.setCurrentIndex(panel.encryption_box.findData(RECIPIENTS))
    assert not panel.recipients_edit.isHidden() and panel.passphrase_edit.isHidden()
    panel.recipients_edit.setText(str(identity.to_public()))
    export(qtbot, panel, tmp_path / "all.json.age")
    plain = pyrage.decrypt((tmp_path / "all.json.age").read_bytes(), [identity])
    assert json.loads(plain)["format"] == "callbot-export"


def test_unusable_encryption_is_explained_and_nothing_written(
    qtbot: QtBot, panel: ExportPanel, tmp_path: Path
) -> None:
    failures: list[object] = []
    panel.exportFinished.connect(failures.append)
    panel.encryption_box.setCurrentIndex(panel.encryption_box.findData(PASSPHRASE))
    panel.passphrase_edit.setText("one passphrase")
    panel.confirm_edit.setText("another one")
    assert not panel.export_to(tmp_path / "a.age")
    assert "The two passphrases differ. Type the same one twice." in panel.result_label.text()
    panel.encryption_box.setCurrentIndex(panel.encryption_box.findData(RECIPIENTS))
    panel.recipients_edit.setText("age1notakey")
    assert not panel.export_to(tmp_path / "a.age")
    assert "is not an age public key" in panel.result_label.text()
    assert "starts with age1" in panel.result_label.text()
    assert len(failures) == 2 and not list(tmp_path.glob("a.age*"))


def test_cancelling_writes_nothing(
    qtbot: QtBot, panel: ExportPanel, access: HistoryAccess, tmp_path: Path
) -> None:
    gate = threading.Event()
    access.call(lambda opened: gate.wait(30))  # the export queues behind this
    with qtbot.waitSignal(panel.exportFinished) as finished:
        assert panel.export_to(tmp_path / "all.json")
        assert panel.cancel_button.isVisibleTo(panel) and not panel.export_button.isEnabled()
        assert not panel.export_to(tmp_path / "second.json"), "one export at a time"
        panel.cancel()
        gate.set()
    assert isinstance(finished.args[0], ExportCancelled)
    assert "The export was cancelled. Nothing was written." in panel.result_label.text()
    assert list(tmp_path.glob("all.json*")) == []


def test_a_conversation_deleted_meanwhile_is_reported(
    qtbot: QtBot, panel: ExportPanel, access: HistoryAccess, ids: list[str], tmp_path: Path
) -> None:
    panel.set_current_conversation(ids[0])
    panel.selected_radio.setChecked(True)
    access.call(lambda opened: opened.history.delete_conversation(ids[0]), writes=True)
    export(qtbot, panel, tmp_path / "gone.json")
    assert "no longer exist" in panel.result_label.text()
    assert "Refresh the list" in panel.result_label.text()


def test_without_a_history_the_reason_is_shown(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    access = HistoryAccess()
    widget = ExportPanel(access, Settings())
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.exportFinished):
        widget.export_to(tmp_path / "x.json")
    assert "The history is not open yet" in widget.result_label.text()
    assert widget.export_button.isEnabled()
    access.close()


def test_every_focusable_widget_has_an_accessible_name(panel: ExportPanel, ids: list[str]) -> None:
    panel.set_current_conversation(ids[0])
    for mode in (PASSPHRASE, RECIPIENTS):
        panel.encryption_box.setCurrentIndex(panel.encryption_box.findData(mode))
        assert not unnamed(focusable(panel, keep=in_window(panel)))


def test_screenshot(
    qtbot: QtBot, panel: ExportPanel, ids: list[str], tmp_path: Path, screenshot_dir: Path
) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_current_conversation(ids[0])
    qtbot.waitUntil(lambda: "Lisbon" in panel.selected_radio.text())
    panel.encryption_box.setCurrentIndex(panel.encryption_box.findData(PASSPHRASE))
    panel.passphrase_edit.setText("tram 28 to alfama")
    panel.confirm_edit.setText("tram 28 to alfama")
    export(qtbot, panel, tmp_path / "callbot-export.json.age")
    path = screenshot_dir / "panel-export.png"
    assert panel.grab().save(str(path))
