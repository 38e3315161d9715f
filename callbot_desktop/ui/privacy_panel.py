"""The privacy panel: how long conversations are kept, anonymous mode, voice notes, the history key,
and deleting everything.

The ``privacy.*`` settings are bound both ways (a change made elsewhere shows here) and saved with
the ``save_settings`` callable the app passes. Retention, key rotation, passphrase changes and
deleting everything run through :class:`~callbot_desktop.ui.history_access.HistoryAccess`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.settings.schema import option
from callbot_desktop.settings.store import Settings
from callbot_desktop.storage.keyring_backend import keyring_status
from callbot_desktop.storage.keys import KeyStore
from callbot_desktop.storage.retention import apply_retention, policy_from_settings
from callbot_desktop.storage.retention import delete_everything as delete_history
from callbot_desktop.storage.vault import OpenHistory
from callbot_desktop.ui.error_text import message_and_fix
from callbot_desktop.ui.history_access import HistoryAccess, HistoryUnavailable
from callbot_desktop.ui.panel_header import panel_title
from callbot_desktop.ui.passphrase_dialog import PassphraseDialog

_DANGER = "QPushButton { color: white; background-color: #b91c1c; padding: 4px 12px; }" \
    "QPushButton:disabled { background-color: #e5a3a3; }"  # fmt: skip


@dataclass(frozen=True)
class KeyInfo:
    source: str
    key_file: str
    keyring: str


def key_info(opened: OpenHistory) -> KeyInfo:
    """Where the key is kept (runs on the worker: asking the keyring may take a while)."""
    status = keyring_status()
    name = status.backend.rsplit(".", 2)[-2] if status.secure else ""
    return KeyInfo(opened.key.source, str(opened.key_store.key_file), name)


def change_passphrase(opened: OpenHistory, current: str, new: str) -> None:
    """Check ``current`` against the key file, then re-wrap the key with ``new`` (worker)."""
    KeyStore(opened.key_store.key_file, lambda _new: current).load(create=False)
    opened.key_store.change_passphrase(new)


class DeleteEverythingDialog(QDialog):
    """Asks to type a word before everything is deleted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete everything"))
        self.word = self.tr("DELETE")
        text = QLabel(
            self.tr(
                "This deletes every conversation, voice note and persona you saved, and the "
                "key that encrypts them. It cannot be undone.\n\nType {0} to confirm."
            ).format(self.word)
        )
        text.setWordWrap(True)
        self.word_edit = QLineEdit()
        self.word_edit.setAccessibleName(self.tr("Confirmation word"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.confirm_button = buttons.addButton(
            self.tr("&Delete everything"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.confirm_button.setAccessibleName(self.tr("Delete everything, for good"))
        self.confirm_button.setStyleSheet(_DANGER)
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.word_edit.textChanged.connect(
            lambda typed: self.confirm_button.setEnabled(typed.strip() == self.word)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(text)
        layout.addWidget(self.word_edit)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


class PrivacyPanel(QWidget):
    """Retention, anonymous mode, voice notes, and the history's key."""

    #: Apply-now finished: how many conversations were removed.
    retentionApplied = Signal(int)
    #: The key was rotated, or its passphrase changed.
    keyChanged = Signal()
    #: Everything was deleted (the history is unavailable from now on).
    historyDeleted = Signal()

    def __init__(
        self,
        access: HistoryAccess,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        save_settings: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._access = access
        self._settings = settings
        self._save = save_settings or (lambda: None)
        self._key: KeyInfo | None = None
        self.confirm_dialog: QDialog | None = None
        self.setObjectName("privacyPanel")

        title = panel_title(self.tr("Privacy"))
        explanation = QLabel(
            self.tr(
                "Your conversations stay on this computer, encrypted. Choose how long they are "
                "kept, what is recorded, and manage the key that protects them."
            )
        )
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self._retention_group())
        layout.addWidget(self._recording_group())
        layout.addWidget(self._key_group())
        layout.addWidget(self._delete_group())
        layout.addStretch(1)

        self._show_settings()
        unobserve = settings.observe(lambda name, value: self._show_settings())
        self.destroyed.connect(lambda: unobserve())
        access.availabilityChanged.connect(lambda available: self.refresh_key_status())
        self.refresh_key_status()

    # -- building --------------------------------------------------------------------------

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _result(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setVisible(False)  # until there is something to say
        return label

    def _retention_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Keep conversations"))
        self.forever_radio = QRadioButton(self.tr("&Forever"))
        self.days_radio = QRadioButton(self.tr("Delete those not updated for (&days):"))
        self.count_radio = QRadioButton(self.tr("Keep only the most recent (&number):"))
        self.modes = QButtonGroup(self)
        for radio, mode, accessible in (
            (self.forever_radio, "forever", self.tr("Keep conversations forever")),
            (self.days_radio, "days", self.tr("Delete conversations after a number of days")),
            (self.count_radio, "count", self.tr("Keep only a number of recent conversations")),
        ):
            radio.setProperty("mode", mode)
            radio.setAccessibleName(accessible)
            self.modes.addButton(radio)
        self.days_spin = self._spin("privacy.retention_days", self.tr("Days to keep"))
        self.count_spin = self._spin("privacy.retention_count", self.tr("Conversations to keep"))
        self.modes.buttonToggled.connect(self._mode_toggled)
        grid = QGridLayout(group)
        grid.addWidget(self.forever_radio, 0, 0)
        grid.addWidget(self.days_radio, 1, 0)
        grid.addWidget(self.days_spin, 1, 1)
        grid.addWidget(self.count_radio, 2, 0)
        grid.addWidget(self.count_spin, 2, 1)
        grid.setColumnStretch(2, 1)
        note = QLabel(self.tr("Pinned conversations are always kept. The policy runs hourly."))
        note.setWordWrap(True)
        self.apply_button = self._button(
            self.tr("&Apply now"), self.tr("Apply the retention policy now"), self.apply_now
        )
        self.retention_result = self._result("retentionResult")
        grid.addWidget(note, 3, 0, 1, 3)
        row = QHBoxLayout()
        row.addWidget(self.apply_button)
        row.addWidget(self.retention_result, 1)
        grid.addLayout(row, 4, 0, 1, 3)
        return group

    def _spin(self, name: str, accessible: str) -> QSpinBox:
        spin = QSpinBox()
        declared = option(name)
        spin.setRange(int(declared.minimum or 1), int(declared.maximum or 1_000_000))
        spin.setAccessibleName(accessible)
        spin.setToolTip(declared.help)
        spin.valueChanged.connect(lambda value: self._change(name, value))
        return spin

    def _recording_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("What is recorded"))
        self.anonymous_box = QCheckBox(
            self.tr("Anon&ymous mode: keep no record of conversations at all")
        )
        self.anonymous_box.setAccessibleName(self.tr("Anonymous mode"))
        self.voice_box = QCheckBox(self.tr("Keep my recorded &voice with each message"))
        self.voice_box.setAccessibleName(self.tr("Keep voice notes"))
        self.anonymous_box.toggled.connect(lambda on: self._change("privacy.anonymous", on))
        self.voice_box.toggled.connect(lambda on: self._change("privacy.voice_notes", on))
        box = QVBoxLayout(group)
        box.addWidget(self.anonymous_box)
        box.addWidget(self.voice_box)
        return group

    def _key_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Encryption key"))
        self.key_label = QLabel(self.tr("Looking for the key…"))
        self.key_label.setObjectName("keyStatus")
        self.key_label.setWordWrap(True)
        self.rotate_button = self._button(
            self.tr("&Rotate key"), self.tr("Re-encrypt the history with a new key"), self.rotate
        )
        self.passphrase_button = self._button(
            self.tr("Change &passphrase…"),
            self.tr("Change the passphrase"),
            self.ask_new_passphrase,
        )
        self.key_result = self._result("keyResult")
        row = QHBoxLayout()
        row.addWidget(self.rotate_button)
        row.addWidget(self.passphrase_button)
        row.addStretch(1)
        box = QVBoxLayout(group)
        box.addWidget(self.key_label)
        box.addLayout(row)
        box.addWidget(self.key_result)
        return group

    def _delete_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Delete"))
        self.delete_button = self._button(
            self.tr("Delete &everything…"),
            self.tr("Delete every conversation and the key"),
            self.ask_delete_everything,
        )
        self.delete_button.setStyleSheet(_DANGER)
        warning = QLabel(
            self.tr("Deletes every conversation and forgets the key. This cannot be undone.")
        )
        warning.setWordWrap(True)
        self.delete_result = self._result("deleteResult")
        box = QVBoxLayout(group)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(warning, 1)
        box.addLayout(row)
        box.addWidget(self.delete_result)
        return group

    # -- settings --------------------------------------------------------------------------

    def _show_settings(self) -> None:
        blockers = [
            QSignalBlocker(widget)
            for widget in (self.modes, self.days_spin, self.count_spin)
            + (self.anonymous_box, self.voice_box)
        ]
        mode = self._settings.get_str("privacy.retention")
        for radio in self.modes.buttons():
            radio.setChecked(radio.property("mode") == mode)
        self.days_spin.setValue(self._settings.get_int("privacy.retention_days"))
        self.count_spin.setValue(self._settings.get_int("privacy.retention_count"))
        self.days_spin.setEnabled(mode == "days")
        self.count_spin.setEnabled(mode == "count")
        self.anonymous_box.setChecked(self._settings.get_bool("privacy.anonymous"))
        self.voice_box.setChecked(self._settings.get_bool("privacy.voice_notes"))
        del blockers

    def _mode_toggled(self, radio: QRadioButton, checked: bool) -> None:
        if checked:
            self._change("privacy.retention", radio.property("mode"))

    def _change(self, name: str, value: object) -> None:
        if self._settings[name] == value:
            return
        self._settings.set(name, value)
        self._save()

    # -- actions ---------------------------------------------------------------------------

    def apply_now(self) -> None:
        """Apply the retention policy now, in the background, and say how many were removed."""
        try:
            policy = policy_from_settings(self._settings)
        except CallbotError as error:
            self._fail(self.retention_result, error)
            return
        if policy.mode == "forever":
            self._say(self.retention_result, self.tr("Conversations are kept forever."))
            return
        self.apply_button.setEnabled(False)
        self._access.call(
            lambda opened: apply_retention(opened.database, policy),
            self._applied,
            lambda error: self._fail(self.retention_result, error),
        )

    def _applied(self, removed: int) -> None:
        self.apply_button.setEnabled(True)
        if removed:
            self._access.changed.emit()
        text = (
            self.tr("Nothing to remove.")
            if removed == 0
            else self.tr("Removed 1 conversation.")
            if removed == 1
            else self.tr("Removed {0} conversations.").format(removed)
        )
        self._say(self.retention_result, text)
        self.retentionApplied.emit(removed)

    def refresh_key_status(self) -> None:
        """Find out (in the background) where the key is kept."""
        self._access.call(key_info, self._show_key, self._key_unavailable)

    def _show_key(self, info: KeyInfo) -> None:
        self._key = info
        if info.source == "keyring":
            where = info.keyring or self.tr("the system keyring")
            text = self.tr("The key is kept in your system keyring ({0}).").format(where)
        else:
            text = self.tr(
                "The key is protected by your passphrase, in {0}. There is no secure keyring."
            ).format(info.key_file)
        self.key_label.setText(text)
        self.rotate_button.setEnabled(True)
        self.passphrase_button.setEnabled(info.source == "passphrase")
        self.delete_button.setEnabled(True)

    def _key_unavailable(self, error: Exception) -> None:
        self._key = None
        self.key_label.setText(_describe(error))
        for button in (self.rotate_button, self.passphrase_button, self.delete_button):
            button.setEnabled(False)

    def rotate(self) -> None:
        """Re-encrypt the history with a fresh key."""
        self.rotate_button.setEnabled(False)
        self._say(self.key_result, self.tr("Re-encrypting…"))
        self._access.call(
            lambda opened: opened.rotate_key(),
            lambda _: self._key_done(self.tr("The history is now encrypted with a new key.")),
            lambda error: self._key_failed(error),
        )

    def ask_new_passphrase(self) -> None:
        """Open the change-passphrase dialog (not blocking); change it when accepted."""
        dialog = PassphraseDialog("change", self)
        dialog.accepted.connect(
            lambda: self.change_passphrase(dialog.current_passphrase(), dialog.passphrase())
        )
        self.confirm_dialog = dialog
        dialog.open()

    def change_passphrase(self, current: str, new: str) -> None:
        self.passphrase_button.setEnabled(False)
        self._say(self.key_result, self.tr("Changing the passphrase…"))
        self._access.call(
            lambda opened: change_passphrase(opened, current, new),
            lambda _: self._key_done(self.tr("The passphrase was changed.")),
            lambda error: self._key_failed(error),
        )

    def _key_done(self, text: str) -> None:
        self._say(self.key_result, text)
        self.refresh_key_status()
        self.keyChanged.emit()

    def _key_failed(self, error: Exception) -> None:
        self._fail(self.key_result, error)
        self.refresh_key_status()

    def ask_delete_everything(self) -> None:
        """Open the confirmation (not blocking); delete when it is confirmed."""
        dialog = DeleteEverythingDialog(self)
        dialog.accepted.connect(self.delete_everything)
        self.confirm_dialog = dialog
        dialog.open()

    def delete_everything(self) -> None:
        """Forget the key and delete the database (no more questions: confirm first)."""
        self.delete_button.setEnabled(False)

        def work(opened: OpenHistory) -> int:
            database = opened.database
            return len(delete_history(database.path, opened.key_store, database=database))

        self._access.call(work, self._deleted, lambda error: self._fail(self.delete_result, error))

    def _deleted(self, files: int) -> None:
        self._access.set_opened(
            None,
            HistoryUnavailable(
                self.tr("The history was deleted"),
                self.tr("restart CallBot to begin a new, empty history"),
            ),
        )
        self._say(self.delete_result, self.tr("Everything was deleted, and the key forgotten."))
        self.historyDeleted.emit()

    # -- messages ---------------------------------------------------------------------------

    def _say(self, label: QLabel, text: str) -> None:
        label.setStyleSheet("")
        label.setText(text)
        label.setVisible(True)

    def _fail(self, label: QLabel, error: Exception) -> None:
        self.apply_button.setEnabled(True)
        label.setStyleSheet("color: #b91c1c;")
        label.setText(_describe(error))
        label.setVisible(True)


def _describe(error: Exception) -> str:
    if isinstance(error, CallbotError):
        return message_and_fix(error)
    return f"Something went wrong ({type(error).__name__}). See the log."
