"""The retention timer on a real encrypted history: a first run soon after start, then hourly;
the policy read from the settings each time; nothing done while the history is unavailable."""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callbot_desktop.settings.store import Settings
from callbot_desktop.storage.history import History
from callbot_desktop.storage.keys import KeyStore
from callbot_desktop.storage.retention import CHECK_INTERVAL_S, DAY_S
from callbot_desktop.storage.vault import OpenHistory, open_history
from callbot_desktop.ui.history_access import HistoryAccess
from callbot_desktop.ui.retention_timer import FIRST_DELAY_MS, RetentionTimer
from tests.harness.memory_keyring import MemoryKeyring


@pytest.fixture
def opened(tmp_path: Path) -> OpenHistory:
    opened = open_history(
        tmp_path / "history.db", KeyStore(tmp_path / "k", None, backend=MemoryKeyring())
    )
    for title, age_days in (("Holiday plans", 200.0), ("Tax return", 120.0), ("Today", 0.0)):
        moment = time.time() - age_days * DAY_S
        history = History(opened.database, clock=functools.partial(float, moment))
        chat = history.create_conversation(title, "Assistant")
        history.add_message(chat.id, "user", f"About {title.lower()}")
    return opened


@pytest.fixture
def access(qapp: QApplication, opened: OpenHistory) -> Iterator[HistoryAccess]:
    history_access = HistoryAccess(opened)
    yield history_access
    history_access.close()


def days_policy(days: int) -> Settings:
    settings = Settings()
    settings.set("privacy.retention", "days")
    settings.set("privacy.retention_days", days)
    return settings


def titles(qtbot: QtBot, access: HistoryAccess) -> list[str]:
    found: list[list[str]] = []
    access.call(lambda o: sorted(c.title for c in o.history.conversations()), found.append)
    qtbot.waitUntil(lambda: bool(found))
    return found[0]


def test_defaults_are_hourly_after_a_short_first_delay(access: HistoryAccess) -> None:
    timer = RetentionTimer(access, Settings())
    assert timer.interval_ms == int(CHECK_INTERVAL_S * 1000) == 3_600_000
    assert 0 < FIRST_DELAY_MS <= 60_000
    assert not timer.active
    timer.start()
    assert timer.active
    timer.stop()
    assert not timer.active


def test_the_first_run_after_start_applies_the_policy(qtbot: QtBot, access: HistoryAccess) -> None:
    timer = RetentionTimer(access, days_policy(150), first_delay_ms=0)
    changes: list[None] = []
    access.changed.connect(lambda: changes.append(None))
    with qtbot.waitSignal(timer.applied) as applied:
        timer.start()
    assert applied.args == [1] and changes == [None]
    assert titles(qtbot, access) == ["Tax return", "Today"]
    timer.stop()


def test_the_interval_runs_again_with_the_settings_of_the_time(
    qtbot: QtBot, access: HistoryAccess
) -> None:
    settings = days_policy(150)
    timer = RetentionTimer(access, settings, interval_ms=50, first_delay_ms=0)
    runs: list[int] = []
    failures: list[object] = []
    timer.applied.connect(runs.append)
    timer.failed.connect(failures.append)
    timer.start()
    qtbot.waitUntil(lambda: runs[:1] == [1])
    settings.set("privacy.retention_days", 30)
    qtbot.waitUntil(lambda: 1 in runs[1:] or bool(failures))  # a later run, the new setting
    timer.stop()
    assert failures == []
    assert titles(qtbot, access) == ["Today"]


def test_forever_and_an_unavailable_history_start_nothing(
    qtbot: QtBot, access: HistoryAccess, qapp: QApplication
) -> None:
    assert not RetentionTimer(access, Settings()).apply_now()
    locked = HistoryAccess()
    timer = RetentionTimer(locked, days_policy(1))
    failures: list[object] = []
    timer.failed.connect(failures.append)
    assert not timer.apply_now()
    assert failures == []  # not an error: the next run tries again
    locked.close()
    assert titles(qtbot, access) == ["Holiday plans", "Tax return", "Today"]


def test_a_failure_is_reported(qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> None:
    opened = open_history(tmp_path / "x.db", KeyStore(tmp_path / "xk", None, MemoryKeyring()))
    access = HistoryAccess(opened)
    access.call(lambda o: o.database.connection().execute("DROP TABLE conversations"))
    timer = RetentionTimer(access, days_policy(1))
    with qtbot.waitSignal(timer.failed) as failed:
        assert timer.apply_now()
    assert "conversations" in str(failed.args[0])
    access.close()
