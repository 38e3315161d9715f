"""What the main-window tests build on: a history with one saved conversation, and a bridge
whose engine never starts."""

from __future__ import annotations

import os
from pathlib import Path

from callbot_desktop.engine.voice_engine import OnEvent, VoiceEngine
from callbot_desktop.storage.db import Database
from callbot_desktop.storage.history import History
from callbot_desktop.storage.keys import KeyStore, LoadedKey
from callbot_desktop.storage.vault import OpenHistory
from callbot_desktop.ui.bridge import EngineBridge
from callbot_desktop.ui.history_access import HistoryAccess


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
