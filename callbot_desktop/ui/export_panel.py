"""The export panel: write conversations to a JSON or Markdown file, optionally encrypted with age.

The export itself is :func:`callbot_desktop.storage.export.export_history`, run through
:class:`~callbot_desktop.ui.history_access.HistoryAccess`; its ``progress(done, total)`` callback
comes from the worker thread and reaches the progress bar through a queued signal. Cancelling makes
that callback raise, which leaves nothing written. :meth:`ExportPanel.export_to` does the work
without a file dialog (the "Export…" button asks for the destination first).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.settings.store import Settings
from callbot_desktop.storage.export import (
    ExportFormat,
    ExportSummary,
    check_encryption,
    export_history,
    suggested_name,
)
from callbot_desktop.storage.history import Conversation
from callbot_desktop.storage.vault import OpenHistory
from callbot_desktop.ui.error_text import message_and_fix
from callbot_desktop.ui.history_access import HistoryAccess
from callbot_desktop.ui.panel_header import panel_title

PLAIN, PASSPHRASE, RECIPIENTS = "none", "passphrase", "recipients"


class ExportCancelled(CallbotError):
    """The person cancelled the export (nothing was written)."""


class ExportPanel(QWidget):
    """Choose what to export, how, and where; then export in the background."""

    #: The export ended: an ExportSummary, or the exception that stopped it.
    exportFinished = Signal(object)
    _progress = Signal(int, int)

    def __init__(
        self, access: HistoryAccess, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._access = access
        self._settings = settings
        self._current: str | None = None
        self._cancel = threading.Event()
        self._running = False
        self.setObjectName("exportPanel")

        title = panel_title(self.tr("Export"))
        explanation = QLabel(
            self.tr(
                "Save conversations to a file: JSON can be imported again, Markdown is easy to "
                "read. An encrypted export can be opened with the standard age tool."
            )
        )
        explanation.setWordWrap(True)

        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormat")
        self.format_box.setAccessibleName(self.tr("File format"))
        self.format_box.addItem(self.tr("JSON (can be imported again)"), "json")
        self.format_box.addItem(self.tr("Markdown (easy to read)"), "markdown")

        self.all_radio = QRadioButton(self.tr("&All conversations"))
        self.all_radio.setAccessibleName(self.tr("Export all conversations"))
        self.all_radio.setChecked(True)
        self.selected_radio = QRadioButton(self.tr("Only the &selected conversation"))
        self.selected_radio.setAccessibleName(self.tr("Export only the selected conversation"))
        self.selected_radio.setEnabled(False)
        scope = QButtonGroup(self)
        scope.addButton(self.all_radio)
        scope.addButton(self.selected_radio)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.all_radio)
        scope_box.addWidget(self.selected_radio)

        self.encryption_box = QComboBox()
        self.encryption_box.setObjectName("exportEncryption")
        self.encryption_box.setAccessibleName(self.tr("Encryption"))
        self.encryption_box.addItem(self.tr("None: a readable file"), PLAIN)
        self.encryption_box.addItem(self.tr("age, with a passphrase"), PASSPHRASE)
        self.encryption_box.addItem(self.tr("age, for public keys (recipients)"), RECIPIENTS)
        self.passphrase_edit = self._secret(self.tr("Export passphrase"))
        self.confirm_edit = self._secret(self.tr("Export passphrase again"))
        self.recipients_edit = QLineEdit()
        self.recipients_edit.setObjectName("exportRecipients")
        self.recipients_edit.setAccessibleName(self.tr("age public keys"))
        self.recipients_edit.setPlaceholderText(self.tr("age1… (several: separate with spaces)"))

        form = QFormLayout()
        for text, field in (
            (self.tr("&Format:"), self.format_box),
            (self.tr("&Encryption:"), self.encryption_box),
            (self.tr("Pass&phrase:"), self.passphrase_edit),
            (self.tr("A&gain:"), self.confirm_edit),
            (self.tr("&Recipients:"), self.recipients_edit),
        ):
            form.addRow(self._label(text, field), field)
        form.insertRow(1, self.tr("Conversations:"), scope_box)
        self._form = form

        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName(self.tr("Export to a file"))
        self.export_button.clicked.connect(self.choose_destination)
        self.cancel_button = QPushButton(self.tr("&Cancel export"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setAccessibleName(self.tr("Export result"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addStretch(1)

        self.encryption_box.currentIndexChanged.connect(self._encryption_changed)
        self._progress.connect(self._on_progress)
        self._encryption_changed()

    def _secret(self, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(accessible)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- choices ---------------------------------------------------------------------------

    def set_current_conversation(self, conversation_id: str | None) -> None:
        """The conversation selected elsewhere (None: none), for "only the selected one"."""
        self._current = conversation_id
        self.selected_radio.setEnabled(conversation_id is not None)
        self.selected_radio.setText(self.tr("Only the &selected conversation"))
        if conversation_id is None:
            self.all_radio.setChecked(True)
            return
        self._access.call(
            lambda opened: opened.history.conversation(conversation_id),
            lambda found: self._show_selected(conversation_id, found),
        )

    def _show_selected(self, conversation_id: str, found: Conversation | None) -> None:
        if conversation_id == self._current and found is not None and found.title:
            text = self.tr("Only the &selected conversation (“{0}”)").format(found.title)
            self.selected_radio.setText(text.replace("&&", "&"))

    def _encryption_changed(self) -> None:
        mode = self.encryption_box.currentData()
        for edit, visible in (
            (self.passphrase_edit, mode == PASSPHRASE),
            (self.confirm_edit, mode == PASSPHRASE),
            (self.recipients_edit, mode == RECIPIENTS),
        ):
            self._form.setRowVisible(edit, visible)

    def file_format(self) -> ExportFormat:
        return "markdown" if self.format_box.currentData() == "markdown" else "json"

    def _encryption(self) -> tuple[str | None, list[str]]:
        """(passphrase, recipients) as chosen; raises CallbotError when they cannot be used."""
        mode = self.encryption_box.currentData()
        if mode == PASSPHRASE:
            if self.passphrase_edit.text() != self.confirm_edit.text():
                raise CallbotError(
                    self.tr("The two passphrases differ"), self.tr("type the same one twice")
                )
            check_encryption(self.passphrase_edit.text(), ())
            return self.passphrase_edit.text(), []
        if mode == RECIPIENTS:
            recipients = self.recipients_edit.text().replace(",", " ").split()
            check_encryption(None, recipients)
            return None, recipients
        return None, []

    # -- exporting -------------------------------------------------------------------------

    def choose_destination(self) -> None:
        """Ask where to save (a file dialog), then export there."""
        encrypted = self.encryption_box.currentData() != PLAIN
        name = suggested_name(self.file_format(), encrypted=encrypted)
        patterns = self.tr("Encrypted files (*.age)") if encrypted else self.tr("All files (*)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export conversations"), str(Path.home() / name), patterns
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> bool:
        """Export to ``path`` in the background; False when it could not start (shown why)."""
        if self._running:
            return False
        try:
            passphrase, recipients = self._encryption()
        except CallbotError as error:
            self._finish(error)
            return False
        ids = [self._current] if self.selected_radio.isChecked() and self._current else None
        file_format = self.file_format()
        self._cancel.clear()

        def progress(done: int, total: int) -> None:
            if self._cancel.is_set():
                raise ExportCancelled(
                    self.tr("The export was cancelled"), self.tr("nothing was written")
                )
            self._progress.emit(done, total)

        def work(opened: OpenHistory) -> ExportSummary:
            return export_history(
                opened.database,
                path,
                file_format=file_format,
                conversation_ids=ids,
                passphrase=passphrase,
                recipients=recipients,
                progress=progress,
            )

        self._set_running(True)
        self.result_label.setText(self.tr("Exporting…"))
        self._access.call(work, self._finish, self._finish)
        return True

    def cancel(self) -> None:
        """Stop the running export; nothing is written."""
        self._cancel.set()

    def _on_progress(self, done: int, total: int) -> None:
        if not self._running:
            return
        if done >= total and self.encryption_box.currentData() != PLAIN:
            self.progress.setRange(0, 0)  # encrypting: no steps to count
            self.result_label.setText(self.tr("Encrypting…"))
            return
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.export_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first progress report

    def _finish(self, outcome: ExportSummary | Exception) -> None:
        self._set_running(False)
        if isinstance(outcome, ExportSummary):
            lock = self.tr(", encrypted") if outcome.encrypted else ""
            text = (
                self.tr("Exported 1 conversation ({1} messages{2}) to {3}.")
                if outcome.conversations == 1
                else self.tr("Exported {0} conversations ({1} messages{2}) to {3}.")
            ).format(outcome.conversations, outcome.messages, lock, outcome.path.name)
            folder = str(outcome.path.parent).replace(os.sep, os.sep + "\u200b")  # may wrap
            text += "\n" + self.tr("Folder: {0}").format(folder)
            self.result_label.setStyleSheet("")
        else:
            text = _describe(outcome, self.tr("The export failed"))
            self.result_label.setStyleSheet("color: #b91c1c;")
        self.result_label.setText(text)
        self.result_label.setToolTip(
            str(outcome.path) if isinstance(outcome, ExportSummary) else ""
        )
        self.exportFinished.emit(outcome)


def _describe(error: Exception, fallback: str) -> str:
    """What went wrong and what to do, as one sentence pair."""
    if isinstance(error, CallbotError):
        return message_and_fix(error)
    return f"{fallback} ({type(error).__name__})."
