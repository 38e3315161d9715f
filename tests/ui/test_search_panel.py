"""The search panel on a real encrypted history: results as you type, highlighted and escaped
snippets, filters, keyboard use, the empty and error states, and newest-query-wins."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callbot_desktop.settings.store import Settings
from callbot_desktop.storage.history import History
from callbot_desktop.storage.keys import KeyStore
from callbot_desktop.storage.search import MATCH_END, MATCH_START, SearchHit
from callbot_desktop.storage.vault import OpenHistory, open_history
from callbot_desktop.ui.history_access import HistoryAccess
from callbot_desktop.ui.search_panel import HIT_ROLE, SearchPanel, snippet_html
from tests.harness.memory_keyring import MemoryKeyring
from tests.ui.accessibility import focusable, in_window, unnamed

DAY = 86_400.0
NOW = time.time()


CHATS = [
    (
        "Weekend in Lisbon",
        "Travel planner",
        40.0,
        [
            ("user", "Can you plan a weekend in Lisbon? I want to ride the old tram."),
            (
                "assistant",
                "Take tram 28 early in the morning from Martim Moniz up to Alfama, "
                "before the tram fills with visitors.",
            ),  # fmt: skip
        ],
    ),
    (
        "Sourdough that will not rise",
        "Chef",
        3.0,
        [
            ("user", "My sourdough starter smells of acetone. Is it dead?"),
            ("assistant", "It is hungry, not dead: feed it twice a day at room temperature."),
        ],
    ),
    (
        "Commute options",
        "",
        1.0,
        [
            ("user", "Is the tram or the bus faster to the office? <b>Honest</b> answer & quick"),
            ("assistant", "The tram: it has its own lane, so it is faster at rush hour."),
        ],
    ),
]


def fill(opened: OpenHistory) -> dict[str, str]:
    """The three conversations above, dated days ago; returns title -> id."""
    ids = {}
    for title, persona, age, messages in CHATS:
        moments = iter(NOW - age * DAY + minute * 60 for minute in range(10))
        history = History(opened.database, clock=functools.partial(next, moments))
        chat = history.create_conversation(title, persona)
        for role, text in messages:
            history.add_message(chat.id, role, text)  # type: ignore[arg-type]
        ids[title] = chat.id
    return ids


@pytest.fixture
def opened(tmp_path: Path) -> OpenHistory:
    store = KeyStore(tmp_path / "history.key", None, backend=MemoryKeyring())
    return open_history(tmp_path / "history.db", store)


@pytest.fixture
def ids(opened: OpenHistory) -> dict[str, str]:
    return fill(opened)


@pytest.fixture
def access(qapp: QApplication, opened: OpenHistory) -> Iterator[HistoryAccess]:
    history_access = HistoryAccess(opened)
    yield history_access
    history_access.close()


@pytest.fixture
def panel(qtbot: QtBot, access: HistoryAccess, ids: dict[str, str]) -> SearchPanel:
    widget = SearchPanel(access, Settings())
    qtbot.addWidget(widget)
    widget.resize(760, 560)
    access.wait()
    qtbot.waitUntil(lambda: widget.persona_box.count() == 4)  # any, '', Chef, Travel planner
    return widget


def hits(panel: SearchPanel) -> list[SearchHit]:
    return [panel.results.item(row).data(HIT_ROLE) for row in range(panel.results.count())]


def run(qtbot: QtBot, panel: SearchPanel, text: str) -> int:
    with qtbot.waitSignal(panel.resultsShown) as shown:
        panel.query_edit.setText(text)
        panel.search_now()
    count = shown.args[0]
    assert isinstance(count, int)
    return count


def test_typing_shows_results_after_a_pause(qtbot: QtBot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.resultsShown) as shown:
        qtbot.keyClicks(panel.query_edit, "tram")
    assert shown.args == [4]
    assert panel.stack.currentWidget() is panel.results
    assert {hit.conversation_title for hit in hits(panel)} == {
        "Weekend in Lisbon",
        "Commute options",
    }
    assert "4 results" in panel.status.text()
    first = panel.results.item(0).text()
    assert "tram" in first and MATCH_START not in first  # screen readers get plain text


def test_snippets_are_escaped_and_matches_highlighted(qtbot: QtBot, panel: SearchPanel) -> None:
    assert run(qtbot, panel, "honest") == 1
    hit = hits(panel)[0]
    shown = snippet_html(hit.snippet)
    assert "&lt;b&gt;" in shown and "<b>" not in shown
    assert "&amp;" in shown
    assert 'font-weight:600">Honest</span>' in shown
    made = snippet_html(f"a <i>{MATCH_START}x{MATCH_END}</i> & b")
    assert made.startswith("a &lt;i&gt;<span") and made.endswith("&lt;/i&gt; &amp; b")


def test_role_persona_and_date_filters(qtbot: QtBot, panel: SearchPanel) -> None:
    panel.role_box.setCurrentIndex(panel.role_box.findData("assistant"))
    assert run(qtbot, panel, "tram") == 2
    assert {hit.role for hit in hits(panel)} == {"assistant"}
    panel.role_box.setCurrentIndex(0)
    panel.persona_box.setCurrentIndex(panel.persona_box.findData("Travel planner"))
    assert run(qtbot, panel, "tram") == 2
    assert {hit.persona for hit in hits(panel)} == {"Travel planner"}
    panel.persona_box.setCurrentIndex(0)
    panel.period_box.setCurrentIndex(panel.period_box.findData(7))
    assert run(qtbot, panel, "tram") == 2
    assert {hit.conversation_title for hit in hits(panel)} == {"Commute options"}
    panel.period_box.setCurrentIndex(panel.period_box.findData(-1))
    assert not panel.dates_row.isHidden()
    today = QDate.currentDate()
    panel.from_edit.setDate(today.addDays(-45))
    panel.until_edit.setDate(today.addDays(-30))
    assert run(qtbot, panel, "tram") == 2
    assert {hit.conversation_title for hit in hits(panel)} == {"Weekend in Lisbon"}


def test_newest_order(qtbot: QtBot, panel: SearchPanel) -> None:
    panel.order_box.setCurrentIndex(panel.order_box.findData("newest"))
    assert run(qtbot, panel, "tram") == 4
    times = [hit.created_at for hit in hits(panel)]
    assert times == sorted(times, reverse=True)


def test_no_results_says_so(qtbot: QtBot, panel: SearchPanel) -> None:
    assert run(qtbot, panel, "submarine") == 0
    assert panel.stack.currentWidget() is panel.message
    assert "No messages match “submarine”" in panel.message.text()
    panel.query_edit.clear()
    panel.search_now()
    assert "Type above" in panel.message.text()


def test_an_unavailable_history_shows_what_to_do(qtbot: QtBot, qapp: QApplication) -> None:
    access = HistoryAccess()
    widget = SearchPanel(access, Settings())
    qtbot.addWidget(widget)
    widget.query_edit.setText("tram")
    widget.search_now()
    assert widget.stack.currentWidget() is widget.message
    assert "The history is not open yet" in widget.message.text()
    assert "Wait a moment" in widget.message.text()
    access.close()


def test_the_newest_query_wins(qtbot: QtBot, panel: SearchPanel, access: HistoryAccess) -> None:
    gate = threading.Event()
    access.call(lambda opened: gate.wait(30))  # hold the worker while two queries queue up
    shown: list[int] = []
    panel.resultsShown.connect(shown.append)
    panel.query_edit.setText("tram")
    panel.search_now()
    panel.query_edit.setText("sourdough")
    panel.search_now()
    gate.set()
    qtbot.waitUntil(lambda: bool(shown))
    access.wait()
    qtbot.waitUntil(lambda: panel.status.text() != "Searching…")
    assert shown == [1]
    assert [hit.conversation_title for hit in hits(panel)] == ["Sourdough that will not rise"]


def test_new_messages_refresh_the_results(
    qtbot: QtBot, panel: SearchPanel, access: HistoryAccess, ids: dict[str, str]
) -> None:
    assert run(qtbot, panel, "acetone") == 1
    with qtbot.waitSignal(panel.resultsShown) as shown:
        access.call(
            lambda o: o.history.add_message(ids["Commute options"], "user", "acetone again"),
            writes=True,
        )
    assert shown.args == [2]


def test_keyboard_down_then_enter_opens_the_conversation(
    qtbot: QtBot, panel: SearchPanel, ids: dict[str, str]
) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.query_edit.setFocus()
    assert run(qtbot, panel, "acetone") == 1
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Down)
    qtbot.waitUntil(panel.results.hasFocus)
    with qtbot.waitSignal(panel.openConversation) as opened:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    hit = hits(panel)[0]
    assert opened.args == [ids["Sourdough that will not rise"], hit.message_id]


def test_every_focusable_widget_has_an_accessible_name(panel: SearchPanel) -> None:
    panel.period_box.setCurrentIndex(panel.period_box.findData(-1))
    assert not unnamed(focusable(panel, keep=in_window(panel)))


def test_screenshot(qtbot: QtBot, panel: SearchPanel, screenshot_dir: Path) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    assert run(qtbot, panel, "tram") == 4
    path = screenshot_dir / "panel-search.png"
    assert panel.grab().save(str(path))
    assert path.stat().st_size > 0
