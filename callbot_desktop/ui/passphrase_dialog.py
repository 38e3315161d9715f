"""Asking for the history passphrase with a dialog, and the provider that KeyStore calls.

Without a secure OS keyring the history key is wrapped by a passphrase
(:mod:`callbot_desktop.storage.keys`). :class:`PassphraseDialog` asks for the existing one
("unlock"), a new one typed twice ("create"), or both ("change"); everything is masked unless
"Show passphrase" is ticked, and OK stays disabled until what was typed is usable.

:class:`DialogPassphraseProvider` is a ``PassphraseProvider`` (``provider(new) -> str``). KeyStore
calls it from whichever thread opens the history, usually the history worker: from another thread
it shows the dialog on the GUI thread and waits for the answer; on the GUI thread it shows it
modally. Cancelling raises :class:`PassphraseCancelled`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from callbot_desktop.storage.keys import KeyUnavailableError

Mode = Literal["unlock", "create", "change"]
MIN_LENGTH = 8
"""The shortest new passphrase accepted."""


class PassphraseCancelled(KeyUnavailableError):
    """No passphrase was given (the dialog was cancelled)."""


class PassphraseDialog(QDialog):
    """Ask for the current passphrase, a new one (twice), or both."""

    def __init__(
        self, mode: Mode = "unlock", parent: QWidget | None = None, *, notice: str = ""
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setObjectName("passphraseDialog")
        titles = {
            "unlock": self.tr("Unlock your history"),
            "create": self.tr("Protect your history"),
            "change": self.tr("Change the history passphrase"),
        }
        explanations = {
            "unlock": self.tr(
                "There is no secure keyring on this computer, so your conversations are "
                "protected by a passphrase. Type it to open them."
            ),
            "create": self.tr(
                "There is no secure keyring on this computer. Choose a passphrase to protect "
                "your conversations; you will need it each time CallBot starts. It cannot be "
                "recovered if you forget it."
            ),
            "change": self.tr(
                "Type the passphrase you use now, then the new one twice. Your conversations "
                "stay as they are."
            ),
        }
        self.setWindowTitle(titles[mode])
        explanation = QLabel(explanations[mode])
        explanation.setWordWrap(True)
        self.notice = QLabel(notice)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b91c1c;")
        self.notice.setVisible(bool(notice))

        self.current_edit = self._secret("currentPassphrase", self.tr("Current passphrase"))
        self.new_edit = self._secret("newPassphrase", self.tr("New passphrase"))
        self.again_edit = self._secret("repeatPassphrase", self.tr("New passphrase again"))
        form = QFormLayout()
        if mode != "create":
            label = self.tr("&Passphrase:") if mode == "unlock" else self.tr("&Current:")
            form.addRow(self._label(label, self.current_edit), self.current_edit)
        if mode != "unlock":
            form.addRow(self._label(self.tr("&New passphrase:"), self.new_edit), self.new_edit)
            form.addRow(self._label(self.tr("&Again:"), self.again_edit), self.again_edit)

        self.show_box = QCheckBox(self.tr("&Show passphrase"))
        self.show_box.setAccessibleName(self.tr("Show the passphrase as you type"))
        self.show_box.toggled.connect(self._set_visible)
        self.problem = QLabel()
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Unlock") if mode == "unlock" else self.tr("&OK"))
        ok.setAccessibleName(ok.text().replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(explanation)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.show_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.current_edit, self.new_edit, self.again_edit):
            edit.textChanged.connect(self._validate)
        self.setMinimumWidth(440)
        self._validate()

    def _secret(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _set_visible(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        for edit in (self.current_edit, self.new_edit, self.again_edit):
            edit.setEchoMode(mode)

    def problem_text(self) -> str:
        """Why OK is disabled ('' when what was typed can be used)."""
        if self.mode != "create" and not self.current_edit.text():
            return self.tr("Type your passphrase.")
        if self.mode == "unlock":
            return ""
        new = self.new_edit.text()
        if len(new) < MIN_LENGTH:
            return self.tr("Use at least {0} characters.").format(MIN_LENGTH)
        if new != self.again_edit.text():
            return self.tr("The two new passphrases differ.")
        if self.mode == "change" and new == self.current_edit.text():
            return self.tr("The new passphrase is the same as the current one.")
        return ""

    def _validate(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setAccessibleName(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem_text():
            super().accept()

    def passphrase(self) -> str:
        """The passphrase to use: the new one (create, change) or the one typed (unlock)."""
        return self.current_edit.text() if self.mode == "unlock" else self.new_edit.text()

    def current_passphrase(self) -> str:
        return self.current_edit.text()


@dataclass
class _Request:
    new: bool
    done: threading.Event = field(default_factory=threading.Event)
    answer: str | None = None


class DialogPassphraseProvider(QObject):
    """A KeyStore passphrase provider that asks with :class:`PassphraseDialog`.

    Create it on the GUI thread; call it from any thread. ``dialogShown`` gives each dialog as it
    opens (for automation and tests).
    """

    dialogShown = Signal(object)
    _asked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = parent
        self._unlocks = 0
        self._asked.connect(self._open)

    def __call__(self, new: bool) -> str:
        request = _Request(new)
        if QThread.currentThread() == self.thread():
            dialog = self._dialog(new)
            self.dialogShown.emit(dialog)
            if dialog.exec() == QDialog.DialogCode.Accepted.value:
                request.answer = dialog.passphrase()
            dialog.deleteLater()
        else:
            self._asked.emit(request)  # queued to the GUI thread
            request.done.wait()
        if request.answer is None:
            raise PassphraseCancelled(
                "No passphrase was given, so the history stays locked",
                "unlock it from the Privacy panel, or restart CallBot",
            )
        return request.answer

    def _dialog(self, new: bool) -> PassphraseDialog:
        notice = ""
        if not new:
            self._unlocks += 1
            if self._unlocks > 1:  # the store asks again only when the last one was wrong
                notice = self.tr("That passphrase did not unlock the history. Try again.")
        return PassphraseDialog("create" if new else "unlock", self._window, notice=notice)

    def _open(self, request: _Request) -> None:
        dialog = self._dialog(request.new)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted.value:
                request.answer = dialog.passphrase()
            request.done.set()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialogShown.emit(dialog)
