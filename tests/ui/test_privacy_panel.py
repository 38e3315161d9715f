"""The privacy panel on a real encrypted history: settings bound both ways and saved, retention
applied on demand, the key's status, rotating it, changing its passphrase, deleting everything."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import null
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callbot_desktop.settings.store import Settings
from callbot_desktop.storage.keys import KeyStore, WrongPassphraseError
from callbot_desktop.storage.vault import OpenHistory, open_history
from callbot_desktop.ui.history_access import HistoryAccess
from callbot_desktop.ui.passphrase_dialog import PassphraseDialog
from callbot_desktop.ui.privacy_panel import DeleteEverythingDialog, PrivacyPanel
from tests.harness.memory_keyring import MemoryKeyring
from tests.ui.accessibility import focusable, in_window, unnamed

PASSPHRASE = "correct horse battery"


def passphrase_store(folder: Path, passphrase: str = PASSPHRASE) -> KeyStore:
    return KeyStore(folder / "history.key", lambda new: passphrase, backend=null.Keyring())


@pytest.fixture
def opened(tmp_path: Path) -> OpenHistory:
    opened = open_history(tmp_path / "history.db", passphrase_store(tmp_path))
    for title, pinned in (("Old trip notes", False), ("Budget", True), ("Recipes", False)):
        chat = opened.history.create_conversation(title, "Assistant", pinned=pinned)
        opened.history.add_message(chat.id, "user", f"Notes about {title.lower()}")
    return opened


@pytest.fixture
def access(qapp: QApplication, opened: OpenHistory) -> Iterator[HistoryAccess]:
    history_access = HistoryAccess(opened)
    yield history_access
    history_access.close()


class Saves:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def saves() -> Saves:
    return Saves()


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def panel(qtbot: QtBot, access: HistoryAccess, settings: Settings, saves: Saves) -> PrivacyPanel:
    widget = PrivacyPanel(access, settings, save_settings=saves)
    qtbot.addWidget(widget)
    widget.resize(640, 700)
    qtbot.waitUntil(lambda: "passphrase" in widget.key_label.text())
    return widget


def titles(access: HistoryAccess, qtbot: QtBot) -> list[str]:
    found: list[list[str]] = []
    access.call(lambda o: sorted(c.title for c in o.history.conversations()), found.append)
    qtbot.waitUntil(lambda: bool(found))
    return found[0]


def test_retention_choices_change_and_save_the_settings(
    panel: PrivacyPanel, settings: Settings, saves: Saves
) -> None:
    assert panel.forever_radio.isChecked() and not panel.days_spin.isEnabled()
    panel.days_radio.click()
    assert settings["privacy.retention"] == "days" and panel.days_spin.isEnabled()
    panel.days_spin.setValue(30)
    assert settings["privacy.retention_days"] == 30
    panel.count_radio.click()
    panel.count_spin.setValue(25)
    assert (settings["privacy.retention"], settings["privacy.retention_count"]) == ("count", 25)
    assert not panel.days_spin.isEnabled()
    panel.anonymous_box.click()
    panel.voice_box.click()
    assert settings["privacy.anonymous"] is True and settings["privacy.voice_notes"] is True
    assert saves.count == 6


def test_settings_changed_elsewhere_show_here_without_saving_again(
    panel: PrivacyPanel, settings: Settings, saves: Saves
) -> None:
    settings.set("privacy.retention", "days")
    settings.set("privacy.retention_days", 7)
    settings.set("privacy.anonymous", True)
    assert panel.days_radio.isChecked() and panel.days_spin.value() == 7
    assert panel.anonymous_box.isChecked()
    assert saves.count == 0


def test_apply_now_removes_what_the_policy_no_longer_keeps(
    qtbot: QtBot, panel: PrivacyPanel, settings: Settings, access: HistoryAccess
) -> None:
    panel.count_radio.click()
    panel.count_spin.setValue(1)  # keep the newest unpinned one, and the pinned one
    changes: list[None] = []
    access.changed.connect(lambda: changes.append(None))
    with qtbot.waitSignal(panel.retentionApplied) as applied:
        panel.apply_button.click()
    assert applied.args == [1] and changes == [None]
    assert panel.retention_result.text() == "Removed 1 conversation."
    assert titles(access, qtbot) == ["Budget", "Recipes"]
    with qtbot.waitSignal(panel.retentionApplied) as again:
        panel.apply_now()
    assert again.args == [0] and panel.retention_result.text() == "Nothing to remove."
    panel.forever_radio.click()
    panel.apply_now()
    assert panel.retention_result.text() == "Conversations are kept forever."


def test_passphrase_key_status(panel: PrivacyPanel, tmp_path: Path) -> None:
    assert str(tmp_path / "history.key") in panel.key_label.text()
    assert panel.passphrase_button.isEnabled() and panel.rotate_button.isEnabled()


def test_keyring_key_status(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "k" / "history.key", None, backend=MemoryKeyring())
    access = HistoryAccess(open_history(tmp_path / "k" / "history.db", store))
    widget = PrivacyPanel(access, Settings())
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: "keyring" in widget.key_label.text())
    assert not widget.passphrase_button.isEnabled()
    assert widget.rotate_button.isEnabled()
    access.close()


def test_rotating_the_key_keeps_the_conversations(
    qtbot: QtBot, panel: PrivacyPanel, access: HistoryAccess, tmp_path: Path
) -> None:
    before = (tmp_path / "history.key").read_bytes()
    with qtbot.waitSignal(panel.keyChanged, timeout=30_000):
        panel.rotate_button.click()
    assert panel.key_result.text() == "The history is now encrypted with a new key."
    assert (tmp_path / "history.key").read_bytes() != before
    access.close()
    again = open_history(tmp_path / "history.db", passphrase_store(tmp_path))
    assert len(again.history.conversations()) == 3
    again.close()


def test_changing_the_passphrase_through_the_dialog(
    qtbot: QtBot, panel: PrivacyPanel, access: HistoryAccess, tmp_path: Path
) -> None:
    panel.passphrase_button.click()
    dialog = panel.confirm_dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    dialog.current_edit.setText(PASSPHRASE)
    dialog.new_edit.setText("a brand new passphrase")
    dialog.again_edit.setText("a brand new passphrase")
    with qtbot.waitSignal(panel.keyChanged, timeout=30_000):
        dialog.accept()
    assert panel.key_result.text() == "The passphrase was changed."
    access.close()
    with pytest.raises(WrongPassphraseError):
        open_history(tmp_path / "history.db", passphrase_store(tmp_path))
    again = open_history(
        tmp_path / "history.db", passphrase_store(tmp_path, "a brand new passphrase")
    )
    assert len(again.history.conversations()) == 3
    again.close()


def test_a_wrong_current_passphrase_changes_nothing(
    qtbot: QtBot, panel: PrivacyPanel, tmp_path: Path
) -> None:
    before = (tmp_path / "history.key").read_bytes()
    panel.change_passphrase("not the passphrase", "a brand new passphrase")
    qtbot.waitUntil(lambda: "does not unlock" in panel.key_result.text(), timeout=30_000)
    assert "Try again." in panel.key_result.text()
    assert (tmp_path / "history.key").read_bytes() == before


def test_delete_everything_asks_for_the_word_then_deletes(
    qtbot: QtBot, panel: PrivacyPanel, access: HistoryAccess, tmp_path: Path
) -> None:
    panel.delete_button.click()
    dialog = panel.confirm_dialog
    assert isinstance(dialog, DeleteEverythingDialog) and dialog.isVisible()
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.word_edit, "delet")
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.word_edit, "E")
    assert not dialog.confirm_button.isEnabled(), "the word is case sensitive"
    dialog.word_edit.setText("DELETE")
    assert dialog.confirm_button.isEnabled()
    with qtbot.waitSignal(panel.historyDeleted):
        dialog.confirm_button.click()
    assert not access.available
    assert "The history was deleted" in access.reason.message
    assert not (tmp_path / "history.db").exists() and not (tmp_path / "history.key").exists()
    assert "Everything was deleted" in panel.delete_result.text()
    qtbot.waitUntil(lambda: not panel.rotate_button.isEnabled())
    assert "The history was deleted" in panel.key_label.text()


def test_cancelling_the_confirmation_deletes_nothing(
    qtbot: QtBot, panel: PrivacyPanel, access: HistoryAccess, tmp_path: Path
) -> None:
    panel.delete_button.click()
    dialog = panel.confirm_dialog
    assert dialog is not None
    dialog.reject()
    access.wait()
    assert access.available and (tmp_path / "history.db").exists()


def test_every_focusable_widget_has_an_accessible_name(panel: PrivacyPanel) -> None:
    panel.delete_button.click()
    dialog = panel.confirm_dialog
    assert dialog is not None
    for root in (panel, dialog):
        assert not unnamed(focusable(root, keep=in_window(root)))
    dialog.reject()


def test_screenshots(
    qtbot: QtBot, panel: PrivacyPanel, settings: Settings, screenshot_dir: Path
) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    panel.days_radio.click()
    panel.days_spin.setValue(90)
    panel.voice_box.click()
    with qtbot.waitSignal(panel.retentionApplied):
        panel.apply_now()
    assert panel.grab().save(str(screenshot_dir / "panel-privacy.png"))
    panel.delete_button.click()
    dialog = panel.confirm_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(screenshot_dir / "dialog-delete-everything.png"))
    dialog.reject()
