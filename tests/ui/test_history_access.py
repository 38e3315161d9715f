"""HistoryAccess: work runs on its worker thread, results and errors come back on the GUI thread,
the history may be unavailable (and says why), writes announce themselves, and close closes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import null
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.storage.history import Conversation
from callbot_desktop.storage.keys import KeyStore
from callbot_desktop.storage.vault import OpenHistory, open_history
from callbot_desktop.ui.history_access import HistoryAccess, HistoryUnavailable


def _open(folder: Path) -> OpenHistory:
    store = KeyStore(folder / "history.key", lambda new: "a long passphrase", null.Keyring())
    return open_history(folder / "history.db", store)


@pytest.fixture
def opened(tmp_path: Path) -> OpenHistory:
    return _open(tmp_path)


@pytest.fixture
def access(qapp: QApplication, opened: OpenHistory) -> Iterator[HistoryAccess]:
    history_access = HistoryAccess(opened)
    yield history_access
    history_access.close()


def test_work_runs_on_the_worker_and_the_result_arrives_on_the_gui_thread(
    qtbot: QtBot, access: HistoryAccess, qapp: QApplication
) -> None:
    seen: dict[str, object] = {}

    def work(opened: OpenHistory) -> Conversation:
        seen["worker"] = threading.current_thread().name
        return opened.history.create_conversation(title="Trip to Lisbon", persona="Travel")

    def done(conversation: Conversation) -> None:
        seen["gui"] = QThread.currentThread() == qapp.thread()
        seen["conversation"] = conversation

    future = access.call(work, done)
    assert future is not None
    qtbot.waitUntil(lambda: "conversation" in seen)
    assert str(seen["worker"]).startswith("callbot-history")
    assert seen["gui"] is True
    found = seen["conversation"]
    assert isinstance(found, Conversation) and found.title == "Trip to Lisbon"
    titles: list[str] = []
    access.call(lambda o: [c.title for c in o.history.conversations()], titles.extend)
    qtbot.waitUntil(lambda: titles == ["Trip to Lisbon"])


def test_an_error_reaches_failed_with_its_message_and_fix(
    qtbot: QtBot, access: HistoryAccess
) -> None:
    errors: list[Exception] = []
    done: list[object] = []

    def work(opened: OpenHistory) -> None:
        raise CallbotError("The disk is full", "free some space and try again")

    access.call(work, done.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert not done
    error = errors[0]
    assert isinstance(error, CallbotError)
    assert (error.message, error.fix) == ("The disk is full", "free some space and try again")


def test_an_unexpected_error_is_delivered_too(qtbot: QtBot, access: HistoryAccess) -> None:
    errors: list[Exception] = []
    access.call(lambda o: o.history.add_message("no-such-chat", "user", "hi"), None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert not isinstance(errors[0], CallbotError)  # a foreign key failure from SQLite


def test_without_a_history_failed_hears_why_at_once(
    qtbot: QtBot, qapp: QApplication, opened: OpenHistory
) -> None:
    access = HistoryAccess()
    try:
        assert not access.available and access.opened is None
        errors: list[Exception] = []
        assert access.call(lambda o: 1, None, errors.append) is None
        assert errors == [access.reason]
        assert isinstance(access.reason, HistoryUnavailable)
        assert "passphrase" in access.reason.fix
        with qtbot.waitSignal(access.availabilityChanged) as became:
            access.set_opened(opened)
        assert became.args == [True]
        assert access.available
        reason = HistoryUnavailable("Anonymous mode is on", "turn it off in Privacy")
        with qtbot.waitSignal(access.availabilityChanged) as went:
            access.set_opened(None, reason)
        assert went.args == [False]
        access.call(lambda o: 1, None, errors.append)
        assert errors[-1] is reason
    finally:
        access.close()
        opened.close()


def test_writes_announce_a_change_and_reads_do_not(qtbot: QtBot, access: HistoryAccess) -> None:
    changes: list[None] = []
    access.changed.connect(lambda: changes.append(None))
    read: list[int] = []
    access.call(lambda o: o.history.count_conversations(), read.append)
    qtbot.waitUntil(lambda: bool(read))
    assert read == [0] and changes == []
    with qtbot.waitSignal(access.changed):
        access.call(lambda o: o.history.create_conversation(title="Budget"), writes=True)
    assert len(changes) == 1


def test_a_failed_write_announces_nothing(qtbot: QtBot, access: HistoryAccess) -> None:
    changes: list[None] = []
    errors: list[Exception] = []
    access.changed.connect(lambda: changes.append(None))
    access.call(lambda o: o.history.add_message("missing", "user", "x"), None, errors.append,
                writes=True)  # fmt: skip
    qtbot.waitUntil(lambda: bool(errors))
    assert changes == []


def test_wait_runs_the_queue_and_close_closes_the_database(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    opened = _open(tmp_path)
    access = HistoryAccess(opened)
    made: list[Conversation] = []
    access.call(lambda o: o.history.create_conversation(title="Kept"), made.append)
    access.wait()
    qtbot.waitUntil(lambda: bool(made))
    access.close()
    access.close()  # twice is harmless
    assert not access.available
    errors: list[Exception] = []
    assert access.call(lambda o: 1, None, errors.append) is None
    assert isinstance(errors[0], HistoryUnavailable)
    again = _open(tmp_path)  # everything was written and the file closed cleanly
    try:
        assert [c.title for c in again.history.conversations()] == ["Kept"]
    finally:
        again.close()
