"""The passphrase dialog (unlock, create, change: masked, validated, named for screen readers) and
the provider that lets KeyStore ask with it, from the GUI thread or from a worker thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from keyring.backends import null
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from callbot_desktop.storage.keys import KeyStore, LoadedKey
from callbot_desktop.ui.passphrase_dialog import (
    DialogPassphraseProvider,
    PassphraseCancelled,
    PassphraseDialog,
)
from tests.ui.accessibility import focusable, in_window, unnamed


def ok_enabled(dialog: PassphraseDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_unlock_needs_a_passphrase(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("unlock")
    qtbot.addWidget(dialog)
    assert dialog.new_edit.parent() is None or not dialog.new_edit.isVisibleTo(dialog)
    assert not ok_enabled(dialog) and dialog.problem.text() == "Type your passphrase."
    qtbot.keyClicks(dialog.current_edit, "correct horse")
    assert ok_enabled(dialog) and dialog.problem.text() == ""
    assert dialog.current_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.passphrase() == "correct horse"


def test_a_new_passphrase_is_long_enough_and_typed_twice(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("create")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_edit, "short")
    assert dialog.problem.text() == "Use at least 8 characters." and not ok_enabled(dialog)
    dialog.new_edit.setText("a long passphrase")
    dialog.again_edit.setText("a long passphrasf")
    assert dialog.problem.text() == "The two new passphrases differ."
    dialog.accept()
    assert dialog.result() != PassphraseDialog.DialogCode.Accepted.value, "refused while wrong"
    dialog.again_edit.setText("a long passphrase")
    assert ok_enabled(dialog)
    assert dialog.passphrase() == "a long passphrase"


def test_change_needs_the_current_one_and_a_different_new_one(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("change")
    qtbot.addWidget(dialog)
    for edit in (dialog.new_edit, dialog.again_edit):
        edit.setText("same passphrase")
    assert dialog.problem.text() == "Type your passphrase."
    dialog.current_edit.setText("same passphrase")
    assert "same as the current one" in dialog.problem.text()
    dialog.current_edit.setText("old passphrase")
    assert ok_enabled(dialog)
    assert (dialog.current_passphrase(), dialog.passphrase()) == (
        "old passphrase",
        "same passphrase",
    )


def test_show_passphrase_unmasks_every_field(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("change")
    qtbot.addWidget(dialog)
    dialog.show_box.click()
    edits = (dialog.current_edit, dialog.new_edit, dialog.again_edit)
    assert all(edit.echoMode() == QLineEdit.EchoMode.Normal for edit in edits)
    dialog.show_box.click()
    assert all(edit.echoMode() == QLineEdit.EchoMode.Password for edit in edits)


@pytest.mark.parametrize("mode", ["unlock", "create", "change"])
def test_every_focusable_widget_has_an_accessible_name(qtbot: QtBot, mode: str) -> None:
    dialog = PassphraseDialog(mode, notice="That passphrase did not unlock the history.")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.current_edit.setText("x" * 10)
    dialog.new_edit.setText("y" * 10)
    dialog.again_edit.setText("y" * 10)
    controls = focusable(dialog, keep=in_window(dialog))
    assert not unnamed(controls)
    assert len(controls) >= 4


def fill_when_shown(provider: DialogPassphraseProvider, text: str | None) -> list[tuple[str, str]]:
    """Answer each dialog the provider opens with ``text`` (None: cancel it); returns the mode
    and notice of each (the dialogs themselves are deleted once answered)."""
    shown: list[tuple[str, str]] = []

    def answer(dialog: PassphraseDialog) -> None:
        shown.append(
            (dialog.mode, dialog.notice.text() if dialog.notice.isVisibleTo(dialog) else "")
        )

        def fill() -> None:
            if text is None:
                dialog.reject()
                return
            for edit in (dialog.current_edit, dialog.new_edit, dialog.again_edit):
                edit.setText(text)
            dialog.accept()

        QTimer.singleShot(0, fill)  # runs inside the dialog's own event loop when modal

    provider.dialogShown.connect(answer)
    return shown


def in_thread(work: object) -> tuple[threading.Thread, dict[str, object]]:
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()  # type: ignore[operator]
        except Exception as error:
            outcome["error"] = error

    thread = threading.Thread(target=target)
    thread.start()
    return thread, outcome


def test_the_provider_asks_from_a_worker_thread_for_a_real_key_store(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    provider = DialogPassphraseProvider()
    shown = fill_when_shown(provider, "a long passphrase")
    key_file = tmp_path / "history.key"
    thread, outcome = in_thread(
        lambda: KeyStore(key_file, provider, backend=null.Keyring()).load(create=True)
    )
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=30_000)
    made = outcome["value"]
    assert isinstance(made, LoadedKey) and made.source == "passphrase"
    assert shown[0] == ("create", "")
    thread, outcome = in_thread(
        lambda: KeyStore(key_file, provider, backend=null.Keyring()).load(create=False)
    )
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=30_000)
    again = outcome["value"]
    assert isinstance(again, LoadedKey) and again.key == made.key
    assert shown[1] == ("unlock", "")


def test_asking_again_to_unlock_says_the_last_one_was_wrong(
    qtbot: QtBot, qapp: QApplication
) -> None:
    provider = DialogPassphraseProvider()
    shown = fill_when_shown(provider, "whatever it is")
    assert provider(False) == "whatever it is"  # on the GUI thread: a modal dialog
    assert provider(False) == "whatever it is"
    assert shown[0] == ("unlock", "")
    assert shown[1][0] == "unlock" and "did not unlock" in shown[1][1]


def test_cancelling_raises_with_what_to_do(qtbot: QtBot, qapp: QApplication) -> None:
    provider = DialogPassphraseProvider()
    fill_when_shown(provider, None)
    with pytest.raises(PassphraseCancelled) as caught:
        provider(True)
    assert "stays locked" in caught.value.message and caught.value.fix
    thread, outcome = in_thread(lambda: provider(False))
    qtbot.waitUntil(lambda: not thread.is_alive())
    assert isinstance(outcome["error"], PassphraseCancelled)


def test_screenshot(qtbot: QtBot, screenshot_dir: Path) -> None:
    dialog = PassphraseDialog("create")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.new_edit, "correct horse battery")
    qtbot.keyClicks(dialog.again_edit, "correct horse")
    assert dialog.grab().save(str(screenshot_dir / "dialog-passphrase.png"))
    unlock = PassphraseDialog("unlock", notice="That passphrase did not unlock the history.")
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.waitExposed(unlock)
    assert unlock.grab().save(str(screenshot_dir / "dialog-passphrase-unlock.png"))
