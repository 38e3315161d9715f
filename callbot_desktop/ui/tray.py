"""The system-tray icon: shows what CallBot is doing and offers the main commands in a menu.

It only emits signals; the app connects them to the window and the engine bridge, and calls
:meth:`Tray.set_state` and friends when the engine's state changes. The ``set_*`` methods update
the menu's check marks without emitting anything, so there are no feedback loops.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSettings, Signal, SignalInstance, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from callbot_desktop.ui.resources import icon

STATES = ("idle", "listening", "thinking", "speaking", "muted")


class Tray(QObject):
    """A QSystemTrayIcon with its menu. Call :meth:`show` once :meth:`available` is True."""

    toggleWindow = Signal()
    showWindow = Signal()
    pushToTalk = Signal(bool)
    handsFreeToggled = Signal(bool)
    muteToggled = Signal(bool)
    personaChosen = Signal(str)
    quitRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = "idle"
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()  # a QWidget cannot have a QObject parent; this object keeps it
        self.push_to_talk_action = self._checkable(self.pushToTalk)
        self.hands_free_action = self._checkable(self.handsFreeToggled)
        self.mute_action = self._checkable(self.muteToggled)
        self.menu.addSeparator()
        self.persona_menu = self.menu.addMenu("")
        self._personas = QActionGroup(self)
        self._personas.setExclusive(True)
        self._personas.triggered.connect(self._on_persona)
        self.menu.addSeparator()
        self.show_action = self.menu.addAction("")
        self.show_action.triggered.connect(self.showWindow)
        self.quit_action = self.menu.addAction("")
        self.quit_action.triggered.connect(self.quitRequested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.retranslate()
        self.set_state("idle")

    @staticmethod
    def available() -> bool:
        """Whether a tray host is running (a QApplication must exist)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def retranslate(self) -> None:
        """Set every text again (call after installing another translator)."""
        self.push_to_talk_action.setText(self.tr("&Push to talk"))
        self.hands_free_action.setText(self.tr("&Hands-free"))
        self.mute_action.setText(self.tr("&Mute"))
        self.persona_menu.setTitle(self.tr("P&ersona"))
        self.show_action.setText(self.tr("&Show window"))
        self.quit_action.setText(self.tr("&Quit"))
        self.menu.setAccessibleName(self.tr("CallBot menu"))
        self.persona_menu.setAccessibleName(self.tr("Persona"))
        self.set_state(self.state)

    def _checkable(self, signal: SignalInstance) -> QAction:
        action = self.menu.addAction("")
        action.setCheckable(True)
        action.toggled.connect(signal)
        return action

    def _state_text(self, state: str) -> str:
        return {
            "idle": self.tr("Ready"),
            "listening": self.tr("Listening"),
            "thinking": self.tr("Thinking"),
            "speaking": self.tr("Speaking"),
            "muted": self.tr("Muted"),
        }[state]

    def set_state(self, state: str) -> None:
        """Show one of :data:`STATES`: its icon, and the tooltip "CallBot — <state>"."""
        if state not in STATES:
            raise ValueError(f"unknown tray state {state!r}; expected one of {', '.join(STATES)}")
        self.state = state
        self.icon.setIcon(icon(f"tray-{state}"))
        self.icon.setToolTip(
            self.tr("CallBot — {state}").replace("{state}", self._state_text(state))
        )

    def set_push_to_talk(self, on: bool) -> None:
        """Reflect talking started/stopped elsewhere (hotkey, window) without emitting."""
        _set_quietly(self.push_to_talk_action, on)

    def set_hands_free(self, on: bool) -> None:
        _set_quietly(self.hands_free_action, on)

    def set_muted(self, on: bool) -> None:
        _set_quietly(self.mute_action, on)

    def set_personas(self, names: Sequence[str], current: str | None) -> None:
        """Fill the Persona submenu; ``current`` gets the check mark."""
        for action in self._personas.actions():
            self._personas.removeAction(action)
            self.persona_menu.removeAction(action)
            action.deleteLater()
        for name in names:
            action = QAction(name, self._personas)
            action.setCheckable(True)
            action.setChecked(name == current)
            action.setData(name)
            self.persona_menu.addAction(action)
        self.persona_menu.setEnabled(bool(names))

    @Slot(QAction)
    def _on_persona(self, action: QAction) -> None:
        self.personaChosen.emit(str(action.data()))

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggleWindow.emit()

    def show_notice_once(self, title: str, text: str, settings: QSettings, key: str) -> bool:
        """Show a tray balloon the first time only; True if it was shown now.

        The "already shown" flag lives in ``settings`` under ``key``. The app passes its own
        QSettings, so tests and portable installs control where it goes. This is a UI
        preference, not history, so it does not belong in the settings schema.
        """
        if _as_bool(settings.value(key, False)):
            return False
        if not self.icon.isVisible() or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.showMessage(title, text, icon("callbot-desktop"), 8000)
        settings.setValue(key, True)
        settings.sync()
        return True


def _set_quietly(action: QAction, on: bool) -> None:
    blocked = action.blockSignals(True)
    action.setChecked(on)
    action.blockSignals(blocked)


def _as_bool(value: object) -> bool:
    """QSettings gives back "true"/"false" strings from INI files."""
    return value is True or str(value).lower() in ("true", "1")
