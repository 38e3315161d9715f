"""Opening the history: find or make the key, open the encrypted database, rotate the key.

``open_history`` is what the app and the CLI call. It survives a key rotation that crashed half
way: if the current key does not open the database, the pending key is tried, and promoted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from callbot_desktop.storage.db import Database, WrongKeyError
from callbot_desktop.storage.history import History
from callbot_desktop.storage.keys import KeyStore, LoadedKey

log = logging.getLogger(__name__)


@dataclass
class OpenHistory:
    history: History
    key_store: KeyStore
    key: LoadedKey

    @property
    def database(self) -> Database:
        return self.history.database

    def rotate_key(self) -> None:
        """Re-encrypt the database with a fresh key. A crash at any point leaves it openable."""
        new = self.key_store.begin_rotation(self.key)
        self.database.rekey(new)
        self.key = self.key_store.finish_rotation(self.key, new)
        log.info("history key rotated")

    def close(self) -> None:
        self.database.close()


def open_history(database_file: Path, key_store: KeyStore) -> OpenHistory:
    """Open (or create) the encrypted history; raises a CallbotError saying what to do."""
    exists = database_file.exists()
    loaded = key_store.load(create=not exists)
    try:
        database = Database.open(database_file, loaded.key)
    except WrongKeyError:
        if loaded.pending is None:
            raise
        database = Database.open(database_file, loaded.pending)
        loaded = key_store.finish_rotation(loaded, loaded.pending)
        log.warning("an interrupted key rotation was completed")
    return OpenHistory(History(database), key_store, loaded)
