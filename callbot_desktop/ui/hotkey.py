"""The push-to-talk hotkey: hold it to talk, anywhere on the desktop or inside the window.

The setting ``ui.hotkey`` is written the pynput way (``"<ctrl>+<alt>+<space>"``); reading it into a
:class:`~callbot_desktop.ui.hotkey_keys.Hotkey` is the job of :mod:`callbot_desktop.ui.hotkey_keys`.

:class:`GlobalHotkey` emits ``pressed`` when the whole combination is down and ``released`` when
any part of it goes up. It picks one backend (:func:`choose_backend`):

* **pynput** on X11, Windows and macOS (in this module). pynput calls back on its own thread.
  Each key event goes to the GUI thread through a queued signal, and the hold logic
  (:class:`HoldTracker`) runs there.
* **the XDG GlobalShortcuts portal** over D-Bus on Wayland
  (:class:`~callbot_desktop.ui.hotkey_portal.PortalShortcut`, in
  :mod:`callbot_desktop.ui.hotkey_portal`). It is not exercised by the tests here, because there
  is no portal under Xvfb.
* **none**, with a reason (:attr:`GlobalHotkey.reason`), e.g. when there is no display.

Auto-repeat never adds a ``pressed``. X11's legacy auto-repeat sends a release and a press
together, and must not end the hold. So a release only becomes ``released`` when no press of the
combination follows within ``settle_ms``.

Inside the window, :class:`HoldKeyFilter` gives the same hold semantics from Qt key events
(``isAutoRepeat()``). Install it on the window or on the application; build its key sequence
with :func:`key_sequence`.

Imports point one way: this module imports :mod:`~callbot_desktop.ui.hotkey_keys` (shared with
the portal backend) and :mod:`~callbot_desktop.ui.hotkey_portal`, and neither imports it back.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence

from callbot_desktop.ui.hotkey_keys import Hotkey, HotkeyError, parse_hotkey, pynput_key_name
from callbot_desktop.ui.hotkey_portal import PortalShortcut

DEFAULT_HOTKEY = "<ctrl>+<alt>+<space>"
SETTLE_MS = 60  # how long a release waits for X11 auto-repeat's matching press

# For the in-window filter: canonical modifier name -> Qt key, and the modifiers it compares.
_QT_MODIFIER_KEYS = {
    "ctrl": Qt.Key.Key_Control,
    "alt": Qt.Key.Key_Alt,
    "shift": Qt.Key.Key_Shift,
    "cmd": Qt.Key.Key_Meta,
}
_QT_MODIFIER_MASK = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.MetaModifier
)


def key_sequence(setting: str) -> QKeySequence:
    """The in-window equivalent of the global hotkey (for QShortcut or :class:`HoldKeyFilter`)."""
    return QKeySequence.fromString(
        parse_hotkey(setting).portable_text(), QKeySequence.SequenceFormat.PortableText
    )


class Transition(Enum):
    """What a key event did to the hold."""

    PRESSED = "pressed"
    RELEASE_PENDING = "release pending"  # start (or restart) the settle timer
    RELEASED = "released"


@dataclass
class HoldTracker:
    """Pure hold logic over key-down/key-up events; the caller owns the settle timer.

    * :meth:`press` returns PRESSED when the whole combination becomes down (once per hold).
    * :meth:`release` of a combination key while held returns RELEASE_PENDING.
    * A press of the combination before :meth:`settle` cancels that (X11 auto-repeat pair).
    * :meth:`settle`, called when the timer runs out, returns RELEASED if the release stood.
    """

    combo: frozenset[str]
    down: set[str] = field(default_factory=set)
    active: bool = False
    pending: bool = False

    def press(self, key: str) -> Transition | None:
        self.down.add(key)
        complete = self.combo <= self.down
        if self.pending and complete:
            self.pending = False
            return None
        if complete and not self.active:
            self.active = True
            return Transition.PRESSED
        return None

    def release(self, key: str) -> Transition | None:
        self.down.discard(key)
        if self.active and key in self.combo:
            self.pending = True
            return Transition.RELEASE_PENDING
        return None

    def settle(self) -> Transition | None:
        if not self.pending:
            return None
        self.pending = False
        self.active = False
        return Transition.RELEASED

    def reset(self) -> Transition | None:
        """Forget every key (backend stopped); RELEASED if a hold was going on."""
        was_active = self.active
        self.down.clear()
        self.active = self.pending = False
        return Transition.RELEASED if was_active else None


def choose_backend(environ: Mapping[str, str], platform: str = sys.platform) -> tuple[str, str]:
    """``("pynput" | "portal" | "none", reason)`` for this session; reason is empty unless none."""
    if platform in ("win32", "darwin"):
        return "pynput", ""
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        return "portal", ""
    if environ.get("DISPLAY"):
        return "pynput", ""
    return "none", QCoreApplication.translate(
        "GlobalHotkey",
        "No global hotkey: there is no X display (DISPLAY is not set) and no Wayland session. "
        "The key still works while the window has focus.",
    )


class GlobalHotkey(QObject):
    """Hold-to-talk anywhere: ``pressed`` / ``released`` on the GUI thread.

    Call :meth:`start`; when it returns False, :attr:`reason` says why (show it to the user).
    ``ready`` is emitted once the backend is actually listening.
    """

    pressed = Signal()
    released = Signal()
    ready = Signal()
    _keyEvent = Signal(str, bool)  # emitted on the backend's thread, delivered queued
    _listenerReady = Signal()

    def __init__(
        self,
        setting: str = DEFAULT_HOTKEY,
        parent: QObject | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        settle_ms: int = SETTLE_MS,
    ) -> None:
        super().__init__(parent)
        self._setting = setting
        self._environ = environ
        self._listener: Any = None
        self._portal: PortalShortcut | None = None
        self._tracker = HoldTracker(frozenset())
        self.backend = "none"
        self.reason = ""
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self._on_settle)
        self._keyEvent.connect(self._on_key, Qt.ConnectionType.QueuedConnection)
        self._listenerReady.connect(self.ready, Qt.ConnectionType.QueuedConnection)

    @property
    def active(self) -> bool:
        """Whether a backend is listening."""
        return self._listener is not None or self._portal is not None

    def start(self) -> bool:
        """Start listening with the best backend; False (and :attr:`reason`) when none works."""
        self.stop()
        try:
            hotkey = parse_hotkey(self._setting)
        except HotkeyError as error:
            return self._unavailable(str(error))
        self._tracker = HoldTracker(hotkey.keys)
        environ = self._environ if self._environ is not None else os.environ
        backend, reason = choose_backend(environ)
        if backend == "pynput":
            return self._start_pynput()
        if backend == "portal":
            return self._start_portal(hotkey)
        return self._unavailable(reason)

    def stop(self) -> None:
        """Stop listening; a hold in progress ends with ``released``. Never blocks."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
        portal, self._portal = self._portal, None
        if portal is not None:
            portal.close()
        self._settle.stop()
        if self._tracker.reset() is Transition.RELEASED:
            self.released.emit()

    def set_hotkey(self, setting: str) -> bool:
        """Change the key (the ``ui.hotkey`` setting changed); restarts if it was listening."""
        self._setting = setting
        return self.start() if self.active else True

    def _unavailable(self, reason: str) -> bool:
        self.backend, self.reason = "none", reason
        return False

    def _start_pynput(self) -> bool:
        try:
            from pynput import keyboard  # lazily: it raises ImportError without a display
        except ImportError as error:
            first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
            return self._unavailable(
                QCoreApplication.translate("GlobalHotkey", "No global hotkey: ") + first_line
            )
        listener = keyboard.Listener(
            on_press=lambda key: self._from_thread(key, True),
            on_release=lambda key: self._from_thread(key, False),
        )
        listener.start()
        self._listener = listener
        threading.Thread(target=self._announce_ready, args=(listener,), daemon=True).start()
        self.backend, self.reason = "pynput", ""
        return True

    def _announce_ready(self, listener: Any) -> None:
        listener.wait()  # on a helper thread: the GUI thread never waits for pynput
        self._listenerReady.emit()

    def _from_thread(self, key: object, down: bool) -> None:
        name = pynput_key_name(key)
        if name is not None:
            self._keyEvent.emit(name, down)

    def _start_portal(self, hotkey: Hotkey) -> bool:
        portal = PortalShortcut(hotkey, self._tr_description(), self)
        error = portal.open()
        if error:
            portal.deleteLater()
            return self._unavailable(error)
        queued = Qt.ConnectionType.QueuedConnection
        portal.activated.connect(self._on_portal_activated, queued)
        portal.deactivated.connect(self._on_portal_deactivated, queued)
        portal.bound.connect(self.ready, queued)
        portal.failed.connect(self._on_portal_failed, queued)
        self._portal = portal
        self.backend, self.reason = "portal", ""
        return True

    def _tr_description(self) -> str:
        return self.tr("Push to talk (hold)")

    @Slot(str)
    def _on_portal_failed(self, reason: str) -> None:
        self.stop()
        self._unavailable(reason)

    @Slot()
    def _on_portal_activated(self) -> None:
        for key in sorted(self._tracker.combo):  # the portal reports the whole combination
            self._on_key(key, True)

    @Slot()
    def _on_portal_deactivated(self) -> None:
        for key in sorted(self._tracker.combo):
            self._on_key(key, False)

    @Slot(str, bool)
    def _on_key(self, name: str, down: bool) -> None:
        transition = self._tracker.press(name) if down else self._tracker.release(name)
        if transition is Transition.PRESSED:
            self.pressed.emit()
        elif transition is Transition.RELEASE_PENDING:
            self._settle.start()

    @Slot()
    def _on_settle(self) -> None:
        if self._tracker.settle() is Transition.RELEASED:
            self.released.emit()


class HoldKeyFilter(QObject):
    """Event filter: ``pressed`` when ``sequence``'s first key combination goes down, ``released``
    when its key or one of its modifiers goes up; auto-repeat is ignored (and swallowed).

    Losing focus while held also ends the hold, so talking never gets stuck on.
    """

    pressed = Signal()
    released = Signal()

    def __init__(self, sequence: QKeySequence, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if sequence.isEmpty():
            raise HotkeyError(
                QCoreApplication.translate("GlobalHotkey", "The push-to-talk key sequence is empty")
            )
        combination: QKeyCombination = sequence[0]  # type: ignore[index]  # stubs lack it
        self._key = combination.key()
        self._modifiers = combination.keyboardModifiers() & _QT_MODIFIER_MASK
        self._release_keys = {self._key} | {
            qt_key
            for name, qt_key in _QT_MODIFIER_KEYS.items()
            if self._modifiers & _qt_modifier(name)
        }
        self.held = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == self._key and (event.modifiers() & _QT_MODIFIER_MASK) == (
                self._modifiers
            ):
                if not event.isAutoRepeat() and not self.held:
                    self.held = True
                    self.pressed.emit()
                return True
        elif kind == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent):
            if self.held and not event.isAutoRepeat() and event.key() in self._release_keys:
                self._end()
                return True
        elif kind in (QEvent.Type.FocusOut, QEvent.Type.WindowDeactivate) and self.held:
            self._end()
        return super().eventFilter(watched, event)

    def _end(self) -> None:
        self.held = False
        self.released.emit()


def _qt_modifier(name: str) -> Qt.KeyboardModifier:
    return {
        "ctrl": Qt.KeyboardModifier.ControlModifier,
        "alt": Qt.KeyboardModifier.AltModifier,
        "shift": Qt.KeyboardModifier.ShiftModifier,
        "cmd": Qt.KeyboardModifier.MetaModifier,
    }[name]
