"""The main window: pages, names for screen readers, bubbles that stream, and a real spoken turn
that shows up in the chat view and in search."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from callbot_desktop.engine.tts_choice import choose_voice
from callbot_desktop.engine.voice_engine import OnEvent, VoiceConfig, VoiceEngine
from callbot_desktop.llm.embedded import EmbeddedBackend
from callbot_desktop.llm.personas import Persona
from callbot_desktop.speech.stt import SpeechToText
from callbot_desktop.startup import Startup
from callbot_desktop.ui.bridge import EngineBridge
from callbot_desktop.ui.history_access import HistoryAccess
from callbot_desktop.ui.main_window import PAGES, MainWindow
from callbot_desktop.ui.theme import apply_theme
from tests.harness.ollama_server import require_smollm2
from tests.harness.speech_samples import SpeechSamples
from tests.harness.virtual_audio import VirtualAudio
from tests.ui.sample_window import (
    access_with_a_conversation,
    idle_bridge,
    show_a_reply_being_spoken,
)


@pytest.fixture
def access(tmp_path: Path, qapp: QApplication) -> Iterator[HistoryAccess]:
    shared = access_with_a_conversation(
        tmp_path, "Explain photosynthesis simply", "Plants turn light into sugar."
    )
    yield shared
    shared.close()


@pytest.fixture
def window(
    qtbot: QtBot,
    startup: Startup,
    access: HistoryAccess,
    loop: asyncio.AbstractEventLoop,
) -> MainWindow:
    main_window = MainWindow(startup, access, idle_bridge())
    qtbot.addWidget(main_window)
    main_window.resize(1040, 700)
    return main_window


def focusable_without_name(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.objectName().startswith("qt_") or not widget.isEnabled():
            continue
        if widget.window() is not root:  # a combo box's popup list, a menu: Qt names those
            continue
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def test_every_page_opens_and_every_control_has_a_name(
    window: MainWindow, qtbot: QtBot, screenshot_dir: Path
) -> None:
    for key in PAGES:
        panel = window.show_page(key)
        current = window.pages.currentWidget()
        assert current is not None and current.isAncestorOf(panel)
    missing = focusable_without_name(window)
    assert missing == [], "\n".join(missing)
    assert window.windowTitle() == "CallBot Desktop"


def test_saved_conversations_are_listed_and_open_as_bubbles(
    window: MainWindow, qtbot: QtBot, access: HistoryAccess
) -> None:
    qtbot.waitUntil(lambda: window.conversations.list.count() == 1)
    item = window.conversations.list.item(0)
    assert "Explain photosynthesis" in item.text() and "Tutor" in item.text()
    window.conversations.list.itemActivated.emit(item)
    qtbot.waitUntil(lambda: len(window.chat.bubbles()) == 2)
    user, reply = window.chat.bubbles()
    assert (user.objectName(), reply.objectName()) == ("userBubble", "assistantBubble")
    assert reply.text_so_far.endswith(".") and "interrupted" in reply.text()


def test_a_live_turn_streams_into_bubbles(window: MainWindow) -> None:
    bridge = window.bridge
    bridge.stateChanged.emit("listening")
    assert window.state_label.text() == "Listening…"
    bridge.userPartial.emit("what is the")
    bridge.userPartial.emit("what is the weather")
    (partial,) = window.chat.bubbles()
    assert "<i>" in partial.text() and "weather" in partial.text_so_far
    bridge.userFinal.emit("What is the weather like today?")
    bridge.stateChanged.emit("speaking")
    for piece in ("It is ", "sunny ", "and warm."):
        bridge.assistantText.emit(piece)
    bridge.turnEnded.emit(False)
    user, reply = window.chat.bubbles()
    assert user.text_so_far == "What is the weather like today?" and "<i>" not in user.text()
    assert reply.text_so_far == "It is sunny and warm."
    assert window.state_label.text() == "Speaking…"
    bridge.error.emit("Ollama is not running", "start it with `ollama serve`")
    assert "ollama serve" in window.statusBar().currentMessage()


def test_screenshots_light_and_dark(
    window: MainWindow, qapp: QApplication, qtbot: QtBot, screenshot_dir: Path
) -> None:
    show_a_reply_being_spoken(
        window, qtbot, "And how do roots help?", "Roots drink water and hold the plant in place."
    )
    try:
        for scheme in ("light", "dark"):
            assert apply_theme(qapp, scheme) == scheme
            window.show()
            qtbot.waitExposed(window)
            window.grab().save(str(screenshot_dir / f"main-window-{scheme}.png"))
            for key in PAGES[1:]:
                window.show_page(key)
                qapp.processEvents()
                window.grab().save(str(screenshot_dir / f"page-{key}-{scheme}.png"))
            window.show_page("talk")
    finally:
        apply_theme(qapp, "light")
    assert (screenshot_dir / "main-window-dark.png").stat().st_size > 10_000


@pytest.mark.integration
@pytest.mark.timeout(240)
def test_a_spoken_turn_shows_in_the_chat_and_in_search(
    qtbot: QtBot,
    startup: Startup,
    access: HistoryAccess,
    virtual_audio: VirtualAudio,
    speech_samples: SpeechSamples,
) -> None:
    gguf = require_smollm2()
    opened = access.opened
    assert opened is not None

    def build(on_event: OnEvent) -> VoiceEngine:
        return VoiceEngine(
            stt=SpeechToText(device="cpu"),
            voice=choose_voice("piper", ""),
            backend=EmbeddedBackend(gguf),
            model="",
            persona=Persona("Terse", "Answer in one short sentence.", temperature=0.0),
            history=opened.history,
            config=VoiceConfig(
                input_device=virtual_audio.mic_device,
                output_device=virtual_audio.speaker_device,
                hands_free=True,
                max_reply_tokens=30,
            ),
            on_event=on_event,
        )

    bridge = EngineBridge(build)
    window = MainWindow(startup, access, bridge)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(bridge.started, timeout=120_000) as started:
            bridge.start()
        assert started.args == [True]
        with qtbot.waitSignal(bridge.turnSaved, timeout=120_000):
            virtual_audio.start_play_into_mic(speech_samples["timer"].padded(0.3, 1.0))
        bubbles = window.chat.bubbles()
        assert "timer" in bubbles[0].text_so_far.lower()
        assert bubbles[1].role == "assistant" and bubbles[1].text_so_far
        qtbot.waitUntil(lambda: window.conversations.list.count() == 2, timeout=10_000)

        search = window.show_page("search")
        box = search.findChild(QWidget, "searchQuery")
        assert box is not None
        qtbot.keyClicks(box, "timer")
        qtbot.waitUntil(lambda: "timer" in search_results_text(search).lower(), timeout=10_000)
    finally:
        bridge.shutdown()


def search_results_text(panel: QWidget) -> str:
    from PySide6.QtWidgets import QListView

    views = panel.findChildren(QListView)
    texts = []
    for view in views:
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            texts.append(str(model.data(index, Qt.ItemDataRole.AccessibleTextRole) or ""))
            texts.append(str(model.data(index) or ""))
    return " ".join(texts)


def test_without_a_history_the_chosen_persona_is_still_selected(
    qtbot: QtBot, startup: Startup, loop: asyncio.AbstractEventLoop
) -> None:
    startup.settings.set("llm.persona", "Tutor")
    unavailable = HistoryAccess()  # anonymous mode: built-in personas only
    window = MainWindow(startup, unavailable, idle_bridge())
    qtbot.addWidget(window)
    try:
        assert window.persona_box.currentText() == "Tutor"
        assert window.persona_box.count() >= 4
    finally:
        unavailable.close()
