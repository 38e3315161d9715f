"""What the main-window tests build on: a history with one saved conversation, a bridge whose
engine never starts, and a window showing that conversation going on."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from callbot_desktop.engine.voice_engine import OnEvent, VoiceEngine
from callbot_desktop.storage.db import Database
from callbot_desktop.storage.history import History
from callbot_desktop.storage.keys import KeyStore, LoadedKey
from callbot_desktop.storage.vault import OpenHistory
from callbot_desktop.ui.bridge import EngineBridge
from callbot_desktop.ui.history_access import HistoryAccess
from callbot_desktop.ui.main_window import MainWindow


def access_with_a_conversation(folder: Path, question: str, cut_reply: str) -> HistoryAccess:
    """A real encrypted history holding one Tutor conversation: ``question``, then
    ``cut_reply`` marked interrupted. Close it at the end of the test."""
    key = os.urandom(32)
    history = History(Database.open(folder / "history.db", key))
    chat = history.create_conversation(persona="Tutor")
    history.add_message(chat.id, "user", question)
    history.add_message(chat.id, "assistant", cut_reply, interrupted=True)
    opened = OpenHistory(history, KeyStore(folder / "history.key"), LoadedKey(key, "keyring"))
    return HistoryAccess(opened)


def idle_bridge() -> EngineBridge:
    def never(on_event: OnEvent) -> VoiceEngine:
        raise AssertionError("this test starts no engine")

    return EngineBridge(never)


def show_a_reply_being_spoken(window: MainWindow, qtbot: QtBot, question: str, reply: str) -> None:
    """Open the saved conversation, then show ``question`` asked and ``reply`` being spoken, with
    the microphone's level on the meter."""
    qtbot.waitUntil(lambda: window.conversations.list.count() == 1)
    window.conversations.list.itemActivated.emit(window.conversations.list.item(0))
    qtbot.waitUntil(lambda: len(window.chat.bubbles()) == 2)
    window.bridge.userFinal.emit(question)
    window.bridge.assistantText.emit(reply)
    window.bridge.stateChanged.emit("speaking")
    window.controls.set_level(-22.0)
