"""The saved conversations: pinned first, then the most recent, filtered as you type.

Loading, pinning, renaming and deleting all run through
:class:`~callbot_desktop.ui.history_access.HistoryAccess` (off the GUI thread); the list reloads
whenever the history changes. Its context menu (and the Menu key) pins, renames and deletes.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callbot_desktop.storage.history import Conversation
from callbot_desktop.storage.vault import OpenHistory
from callbot_desktop.ui.history_access import HistoryAccess

LOAD_LIMIT = 500
ID_ROLE = Qt.ItemDataRole.UserRole


def _when(timestamp: float) -> str:
    if time.time() - timestamp < 86_400:
        return time.strftime("%H:%M", time.localtime(timestamp))
    return time.strftime("%d %b", time.localtime(timestamp))


class ConversationList(QWidget):
    conversationChosen = Signal(str)
    newConversation = Signal()

    def __init__(self, access: HistoryAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self._all: list[Conversation] = []
        self.filter = QLineEdit()
        self.filter.setObjectName("conversationFilter")
        self.filter.setAccessibleName(self.tr("Filter conversations"))
        self.filter.setPlaceholderText(self.tr("Filter conversations"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._show)
        self.list = QListWidget()
        self.list.setObjectName("conversationList")
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.new_button = QPushButton(self.tr("&New conversation"))
        self.new_button.setObjectName("newConversationButton")
        self.new_button.setAccessibleName(self.tr("New conversation"))
        self.new_button.clicked.connect(self.newConversation)
        self.status = QLabel()
        self.status.setObjectName("conversationListStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.new_button)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        access.changed.connect(self.reload)
        access.availabilityChanged.connect(lambda _available: self.reload())
        self.reload()

    def reload(self) -> None:
        def load(opened: OpenHistory) -> list[Conversation]:
            return opened.history.conversations(limit=LOAD_LIMIT)

        self.access.call(load, self._loaded, self._failed)

    def _loaded(self, conversations: list[Conversation]) -> None:
        self._all = conversations
        self.status.clear()
        self._show()

    def _failed(self, error: Exception) -> None:
        message = getattr(error, "message", str(error))
        self.status.setText(message)
        self._all = []
        self._show()

    def _show(self) -> None:
        wanted = self.filter.text().strip().lower()
        current = self.current_id()
        self.list.clear()
        for conversation in self._all:
            title = conversation.title or self.tr("(untitled)")
            if (
                wanted
                and wanted not in title.lower()
                and wanted not in conversation.persona.lower()
            ):
                continue
            pin = "📌 " if conversation.pinned else ""
            item = QListWidgetItem(
                f"{pin}{title}\n{conversation.persona} · {_when(conversation.updated_at)}"
            )
            item.setData(ID_ROLE, conversation.id)
            item.setToolTip(title)
            self.list.addItem(item)
            if conversation.id == current:
                self.list.setCurrentItem(item)
        if not self._all and not self.status.text():
            self.status.setText(self.tr("No conversations yet."))

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def select(self, conversation_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == conversation_id:
                self.list.setCurrentItem(item)
                return

    def _chosen(self, item: QListWidgetItem) -> None:
        self.conversationChosen.emit(str(item.data(ID_ROLE)))

    def _menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        conversation_id = str(item.data(ID_ROLE))
        conversation = next((c for c in self._all if c.id == conversation_id), None)
        if conversation is None:
            return
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Conversation actions"))
        pin = menu.addAction(self.tr("Unpin") if conversation.pinned else self.tr("Pin"))
        rename = menu.addAction(self.tr("Rename…"))
        delete = menu.addAction(self.tr("Delete…"))
        chosen = menu.exec(self.list.viewport().mapToGlobal(position))
        if chosen is pin:
            self.set_pinned(conversation_id, not conversation.pinned)
        elif chosen is rename:
            title, ok = QInputDialog.getText(
                self, self.tr("Rename"), self.tr("New title:"), text=conversation.title
            )
            if ok and title.strip():
                self.access.call(
                    lambda o: o.history.rename(conversation_id, title.strip()), writes=True
                )
        elif chosen is delete:
            answer = QMessageBox.question(
                self,
                self.tr("Delete conversation"),
                self.tr("Delete “{0}” for good?").format(conversation.title),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.access.call(
                    lambda o: o.history.delete_conversation(conversation_id), writes=True
                )

    def set_pinned(self, conversation_id: str, pinned: bool) -> None:
        self.access.call(lambda o: o.history.set_pinned(conversation_id, pinned), writes=True)
