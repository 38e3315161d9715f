"""The main window: a navigation column on the left, the page it picks on the right.

The first page is the conversation: saved conversations, the chat bubbles, the talk controls,
and the persona and model pickers. The other pages are the panels (personas, search, export,
privacy, settings, diagnostics); each is built the first time it is opened, so that the window
appears at once. Everything the engine says arrives through the
:class:`~callbot_desktop.ui.bridge.EngineBridge`; everything stored goes through the
:class:`~callbot_desktop.ui.history_access.HistoryAccess`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from callbot_desktop import APP_NAME
from callbot_desktop.engine.text_chat import MemoryPersonaStore
from callbot_desktop.llm.personas import Persona, Personas
from callbot_desktop.startup import Startup
from callbot_desktop.storage.history import Message
from callbot_desktop.storage.vault import OpenHistory
from callbot_desktop.ui.bridge import EngineBridge
from callbot_desktop.ui.chat_view import ChatView
from callbot_desktop.ui.conversation_list import ConversationList
from callbot_desktop.ui.history_access import HistoryAccess
from callbot_desktop.ui.resources import icon
from callbot_desktop.ui.talk_controls import TalkControls

PAGES = ("talk", "personas", "search", "export", "privacy", "settings", "diagnostics")


class MainWindow(QMainWindow):
    #: the window was closed while a tray icon keeps the app running
    hiddenToTray = Signal()

    def __init__(
        self,
        startup: Startup,
        access: HistoryAccess,
        bridge: EngineBridge,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.startup = startup
        self.access = access
        self.bridge = bridge
        self.keep_in_tray = False
        self._quitting = False
        self._panels: dict[str, QWidget] = {}
        self._containers: dict[str, QVBoxLayout] = {}
        self._wanted_persona = ""  # to select once the persona names are listed
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("callbot-desktop"))
        self.resize(1040, 700)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(150)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        titles = {
            "talk": self.tr("Conversation"),
            "personas": self.tr("Personas"),
            "search": self.tr("Search"),
            "export": self.tr("Export"),
            "privacy": self.tr("Privacy"),
            "settings": self.tr("Settings"),
            "diagnostics": self.tr("Diagnostics"),
        }
        for number, key in enumerate(PAGES, start=1):
            item = QListWidgetItem(titles[key])
            item.setSizeHint(QSize(0, 36))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(self.tr("{0} (Ctrl+{1})").format(titles[key], number))
            self.nav.addItem(item)
            container = QWidget()
            container.setObjectName(f"{key}Page")
            box = QVBoxLayout(container)
            box.setContentsMargins(0, 0, 0, 0)
            self._containers[key] = box
            self.pages.addWidget(container)
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda k=key: self.show_page(k))
        self.nav.currentRowChanged.connect(self._page_chosen)

        talk = self._build_talk_page()
        self._containers["talk"].addWidget(talk)
        self._panels["talk"] = talk

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(body)

        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setAccessibleName(self.tr("Assistant state"))
        self.statusBar().addPermanentWidget(self.state_label)
        self.statusBar().setAccessibleName(self.tr("Status"))
        where = str(startup.paths.explicit_root or startup.paths.data_dir)
        self.statusBar().showMessage(self.tr("Starting… Your data is in {0}").format(where))
        self.nav.setCurrentRow(0)
        self._connect_bridge()
        access.availabilityChanged.connect(lambda _available: self.reload_personas())
        self.reload_personas()
        self.set_state(bridge.state)

    # --- the conversation page ----------------------------------------------------------------

    def _build_talk_page(self) -> QWidget:
        self.conversations = ConversationList(self.access)
        self.conversations.conversationChosen.connect(self.open_conversation)
        self.conversations.newConversation.connect(self.new_conversation)

        self.persona_box = QComboBox()
        self.persona_box.setObjectName("personaPicker")
        self.persona_box.setAccessibleName(self.tr("Persona"))
        self.persona_box.setToolTip(self.tr("Who the assistant is"))
        self.persona_box.activated.connect(self._persona_chosen)
        self.model_box = QComboBox()
        self.model_box.setObjectName("modelPicker")
        self.model_box.setAccessibleName(self.tr("Model"))
        self.model_box.setMinimumWidth(160)
        self.model_box.activated.connect(self._model_chosen)
        self.backend_label = QLabel()
        self.backend_label.setObjectName("backendLabel")
        self.backend_label.setWordWrap(True)
        persona_label = QLabel(self.tr("&Persona:"))
        persona_label.setBuddy(self.persona_box)
        model_label = QLabel(self.tr("&Model:"))
        model_label.setBuddy(self.model_box)
        pickers = QHBoxLayout()
        pickers.addWidget(persona_label)
        pickers.addWidget(self.persona_box)
        pickers.addSpacing(12)
        pickers.addWidget(model_label)
        pickers.addWidget(self.model_box)
        pickers.addWidget(self.backend_label, 1)

        self.chat = ChatView()
        self.controls = TalkControls()
        self.controls.hands_free.setChecked(self.startup.settings.get_bool("audio.hands_free"))
        self.controls.talkStarted.connect(self.bridge.press)
        self.controls.talkEnded.connect(self.bridge.release)
        self.controls.handsFreeToggled.connect(self._hands_free)
        self.controls.muteToggled.connect(self.bridge.set_muted)
        self.controls.stopRequested.connect(self.bridge.cancel)
        self.controls.textSubmitted.connect(self.bridge.send_text)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 8, 8, 0)
        column.addLayout(pickers)
        column.addWidget(self.chat, 1)
        column.addWidget(self.controls)
        splitter = QSplitter()
        splitter.setObjectName("talkSplitter")
        splitter.addWidget(self.conversations)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 650])
        return splitter

    # --- pages --------------------------------------------------------------------------------

    def show_page(self, key: str) -> QWidget:
        """Show page ``key`` (building its panel the first time); returns the panel."""
        self.nav.setCurrentRow(PAGES.index(key))
        return self._panels[key]

    def panel(self, key: str) -> QWidget:
        """The panel for ``key``, built now if it was not yet."""
        if key not in self._panels:
            widget = self._make_panel(key)
            self._containers[key].addWidget(widget)
            self._panels[key] = widget
        return self._panels[key]

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row]
        self.panel(key)
        self.pages.setCurrentIndex(row)

    def _make_panel(self, key: str) -> QWidget:
        settings, access = self.startup.settings, self.access
        save: Callable[[], None] = self.startup.save_settings
        if key == "personas":
            from callbot_desktop.ui.personas_panel import PersonasPanel

            personas = PersonasPanel(access, settings)
            personas.personasChanged.connect(self.reload_personas)
            return personas
        if key == "search":
            from callbot_desktop.ui.search_panel import SearchPanel

            search = SearchPanel(access, settings)
            search.openConversation.connect(self._open_hit)
            return search
        if key == "export":
            from callbot_desktop.ui.export_panel import ExportPanel

            export = ExportPanel(access, settings)
            export.set_current_conversation(self.conversations.current_id())
            self.conversations.conversationChosen.connect(export.set_current_conversation)
            return export
        if key == "privacy":
            from callbot_desktop.ui.privacy_panel import PrivacyPanel

            return PrivacyPanel(access, settings, save_settings=save)
        if key == "settings":
            from callbot_desktop.ui.settings_panel import SettingsPanel

            return SettingsPanel(settings, save)
        from callbot_desktop.ui.diagnostics_panel import DiagnosticsPanel

        return DiagnosticsPanel(access, settings, self.startup.paths)

    # --- conversations ------------------------------------------------------------------------

    def open_conversation(self, conversation_id: str) -> None:
        """Show a saved conversation; what is said next continues it."""

        def load(opened: OpenHistory) -> list[Message]:
            return opened.history.messages(conversation_id)

        def show(messages: list[Message]) -> None:
            self.chat.show_messages([(m.role, m.content, m.interrupted) for m in messages])
            turns = [(str(m.role), m.content) for m in messages if m.role != "system"]
            self.bridge.continue_conversation(conversation_id, turns)
            self.conversations.select(conversation_id)

        self.access.call(load, show, self._show_error)

    def _open_hit(self, conversation_id: str, _message_id: int) -> None:
        self.show_page("talk")
        self.open_conversation(conversation_id)

    def new_conversation(self) -> None:
        self.chat.clear()
        self.conversations.list.clearSelection()
        self.bridge.new_conversation()

    # --- personas and models ------------------------------------------------------------------

    def reload_personas(self) -> None:
        self._wanted_persona = self.persona_box.currentText() or self.startup.settings.get_str(
            "llm.persona"
        )
        if self.access.available:
            self.access.call(lambda o: Personas(o.history).names(), self._personas_listed)
        else:
            self._personas_listed(Personas(MemoryPersonaStore()).names())

    def _personas_listed(self, names: list[str]) -> None:
        self.persona_box.clear()
        self.persona_box.addItems(names)
        if self._wanted_persona in names:
            self.persona_box.setCurrentText(self._wanted_persona)

    def _persona_chosen(self, _index: int) -> None:
        name = self.persona_box.currentText()

        def switch(chosen: Persona) -> None:
            self.bridge.set_persona(chosen)
            self.chat.clear()
            self.startup.settings.set("llm.persona", name)
            self.startup.save_settings()
            self.statusBar().showMessage(self.tr("Now talking with {0}").format(name), 5000)

        if self.access.available:
            self.access.call(lambda o: Personas(o.history).get(name), switch, self._show_error)
        else:
            switch(Personas(MemoryPersonaStore()).get(name))

    def _models_listed(self, names: list[str], current: str, label: str) -> None:
        self.model_box.clear()
        if not current:  # the built-in model
            self.model_box.addItem(self.tr("Built-in model"))
            self.model_box.setEnabled(False)
        else:
            self.model_box.addItems(names or [current])
            self.model_box.setCurrentText(current)
            self.model_box.setEnabled(True)
        if current:
            self.backend_label.setText(self.tr("Ollama"))
        else:
            self.backend_label.setText(self.tr("Small and offline: Ollama gives better answers"))
        self.backend_label.setToolTip(label)

    def _model_chosen(self, _index: int) -> None:
        model = self.model_box.currentText()
        if model and self.model_box.isEnabled():
            self.bridge.set_model(model)
            self.startup.settings.set("llm.model", model)
            self.startup.save_settings()

    def _hands_free(self, on: bool) -> None:
        self.bridge.set_hands_free(on)
        self.startup.settings.set("audio.hands_free", on)
        self.startup.save_settings()

    # --- what the engine says -----------------------------------------------------------------

    def _connect_bridge(self) -> None:
        bridge = self.bridge
        bridge.stateChanged.connect(self.set_state)
        bridge.micLevel.connect(self.controls.set_level)
        bridge.userPartial.connect(self.chat.user_partial)
        bridge.userFinal.connect(self.chat.user_final)
        bridge.assistantText.connect(self.chat.assistant_piece)
        bridge.turnEnded.connect(self.chat.turn_ended)
        bridge.turnSaved.connect(self._turn_saved)
        bridge.error.connect(lambda message, fix: self._show_error_text(message, fix))
        bridge.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        bridge.loading.connect(self._loading)
        bridge.modelsListed.connect(self._models_listed)
        bridge.started.connect(self._engine_started)

    def set_state(self, state: str) -> None:
        words = {
            "loading": self.tr("Loading models…"),
            "idle": self.tr("Ready — hold Talk, or type"),
            "listening": self.tr("Listening…"),
            "thinking": self.tr("Thinking…"),
            "speaking": self.tr("Speaking…"),
            "muted": self.tr("Microphone muted"),
            "stopped": self.tr("Not listening"),
        }
        self.state_label.setText(words.get(state, state))
        self.state_label.setAccessibleDescription(words.get(state, state))
        if state in ("idle", "muted") and self.controls.talking:
            self.controls.set_talking(False)

    def _loading(
        self, component: str, done: bool, detail: str, fraction: float, error: str
    ) -> None:
        if error:
            return  # the error itself is shown with its fix
        if done:
            text = self.tr("{0}: ready").format(component)
        elif fraction >= 0:
            text = self.tr("Loading {0}… {1}%").format(component, round(fraction * 100))
        else:
            text = self.tr("Loading {0}…").format(component) + (f" {detail}" if detail else "")
        self.statusBar().showMessage(text, 4000)

    def _engine_started(self, ok: bool) -> None:
        if ok:
            self.statusBar().showMessage(self.tr("Ready."), 5000)
            self.bridge.request_models()

    def _turn_saved(self, conversation_id: str, _timings: dict[str, float]) -> None:
        if conversation_id:
            self.access.changed.emit()
            self.conversations.select(conversation_id)

    def _show_error(self, error: Exception) -> None:
        self._show_error_text(getattr(error, "message", str(error)), getattr(error, "fix", ""))

    def _show_error_text(self, message: str, fix: str) -> None:
        text = f"{message} — {fix}" if fix else message
        self.statusBar().showMessage(text, 15000)

    # --- closing ------------------------------------------------------------------------------

    def quit_for_real(self) -> None:
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_in_tray and not self._quitting:
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        super().closeEvent(event)
