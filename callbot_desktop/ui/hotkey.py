"""The push-to-talk hotkey: hold it to talk, anywhere on the desktop or inside the window.

The setting ``ui.hotkey`` is written the pynput way (``"<ctrl>+<alt>+<space>"``).
:func:`parse_hotkey` reads it into a :class:`Hotkey`, which can also be written as a Qt key sequence
or as an XDG portal trigger.

:class:`GlobalHotkey` emits ``pressed`` when the whole combination is down and ``released`` when
any part of it goes up. It picks one backend:

* **pynput** on X11, Windows and macOS. pynput calls back on its own thread. Each key event goes
  to the GUI thread through a queued signal, and the hold logic (:class:`HoldTracker`) runs
  there.
* **the XDG GlobalShortcuts portal** over QtDBus on Wayland (:class:`PortalShortcut`). It is not
  exercised by the tests here, because there is no portal under Xvfb.
* **none**, with a reason (:attr:`GlobalHotkey.reason`), e.g. when there is no display.

Auto-repeat never adds a ``pressed``. X11's legacy auto-repeat sends a release and a press
together, and must not end the hold. So a release only becomes ``released`` when no press of the
combination follows within ``settle_ms``.

Inside the window, :class:`HoldKeyFilter` gives the same hold semantics from Qt key events
(``isAutoRepeat()``). Install it on the window or on the application; build its key sequence
with :func:`key_sequence`.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
import uuid
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

DEFAULT_HOTKEY = "<ctrl>+<alt>+<space>"
SETTLE_MS = 60  # how long a release waits for X11 auto-repeat's matching press

# Canonical modifier name -> (Qt portable name, XDG shortcut modifier).
_MODIFIERS: dict[str, tuple[str, str]] = {
    "ctrl": ("Ctrl", "CTRL"),
    "alt": ("Alt", "ALT"),
    "shift": ("Shift", "SHIFT"),
    "cmd": ("Meta", "LOGO"),
}
_MODIFIER_ALIASES = {
    "control": "ctrl",
    "ctrl_l": "ctrl",
    "ctrl_r": "ctrl",
    "alt_l": "alt",
    "alt_r": "alt",
    "shift_l": "shift",
    "shift_r": "shift",
    "cmd_l": "cmd",
    "cmd_r": "cmd",
    "super": "cmd",
    "win": "cmd",
    "meta": "cmd",
}
# pynput key name -> (Qt portable name, XKB keysym name for the portal).
_NAMED_KEYS: dict[str, tuple[str, str]] = {
    "space": ("Space", "space"),
    "enter": ("Return", "Return"),
    "tab": ("Tab", "Tab"),
    "esc": ("Esc", "Escape"),
    "backspace": ("Backspace", "BackSpace"),
    "delete": ("Del", "Delete"),
    "insert": ("Ins", "Insert"),
    "home": ("Home", "Home"),
    "end": ("End", "End"),
    "page_up": ("PgUp", "Prior"),
    "page_down": ("PgDown", "Next"),
    "up": ("Up", "Up"),
    "down": ("Down", "Down"),
    "left": ("Left", "Left"),
    "right": ("Right", "Right"),
    "pause": ("Pause", "Pause"),
    "print_screen": ("Print", "Print"),
    "menu": ("Menu", "Menu"),
    "scroll_lock": ("ScrollLock", "Scroll_Lock"),
    **{f"f{n}": (f"F{n}", f"F{n}") for n in range(1, 21)},
}
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


class HotkeyError(ValueError):
    """A ``ui.hotkey`` value that cannot be used; the message says what to write instead."""


@dataclass(frozen=True)
class Hotkey:
    """Modifiers (``ctrl``, ``alt``, ``shift``, ``cmd``) plus one key (``space``, ``f9``, ``a``)."""

    modifiers: frozenset[str]
    key: str

    @property
    def keys(self) -> frozenset[str]:
        """Every key that must be down, in the names :func:`pynput_key_name` gives."""
        return self.modifiers | {self.key}

    def _ordered_modifiers(self) -> list[str]:
        return [name for name in _MODIFIERS if name in self.modifiers]

    def text(self) -> str:
        """Back in the setting's format: ``<ctrl>+<alt>+<space>``."""
        key = f"<{self.key}>" if self.key in _NAMED_KEYS else self.key
        return "+".join([*(f"<{m}>" for m in self._ordered_modifiers()), key])

    def portable_text(self) -> str:
        """For QKeySequence (PortableText): ``Ctrl+Alt+Space``.

        Qt maps Ctrl to the Command key on macOS, so there ``cmd`` and ``ctrl`` swap places.
        """
        swap = {"ctrl": "Meta", "cmd": "Ctrl"} if sys.platform == "darwin" else {}
        names = [swap.get(m, _MODIFIERS[m][0]) for m in self._ordered_modifiers()]
        key = _NAMED_KEYS[self.key][0] if self.key in _NAMED_KEYS else self.key.upper()
        return "+".join([*names, key])

    def portal_trigger(self) -> str:
        """For the XDG shortcuts spec ("preferred_trigger"): ``CTRL+ALT+space``."""
        names = [_MODIFIERS[m][1] for m in self._ordered_modifiers()]
        key = _NAMED_KEYS[self.key][1] if self.key in _NAMED_KEYS else self.key
        return "+".join([*names, key])


def parse_hotkey(text: str) -> Hotkey:
    """Read ``<ctrl>+<alt>+<space>``-style text; raise HotkeyError saying what is wrong."""
    cleaned = text.strip()
    if not cleaned:
        raise HotkeyError(
            QCoreApplication.translate(
                "GlobalHotkey", "The push-to-talk key is empty; for example: <ctrl>+<alt>+<space>"
            )
        )
    parts = cleaned[:-2].split("+") + ["+"] if cleaned.endswith("++") else cleaned.split("+")
    modifiers: set[str] = set()
    key: str | None = None
    for part in parts:
        token = part.strip().lower()
        name = token[1:-1] if len(token) > 2 and token[0] == "<" and token[-1] == ">" else token
        name = _MODIFIER_ALIASES.get(name, name)
        if name in _MODIFIERS:
            modifiers.add(name)
            continue
        if name not in _NAMED_KEYS and len(name) != 1:
            raise HotkeyError(
                QCoreApplication.translate(
                    "GlobalHotkey",
                    "Unknown key {key!r} in {text!r}; use names such as <space>, <f9> or a letter",
                )
                .replace("{key!r}", repr(part.strip()))
                .replace("{text!r}", repr(text))
            )
        if key is not None:
            raise HotkeyError(
                QCoreApplication.translate(
                    "GlobalHotkey",
                    "{text!r} names two keys; use modifiers and one key, like <ctrl>+<alt>+<space>",
                ).replace("{text!r}", repr(text))
            )
        key = name
    if key is None:
        raise HotkeyError(
            QCoreApplication.translate(
                "GlobalHotkey", "{text!r} has only modifiers; add a key, like <ctrl>+<alt>+<space>"
            ).replace("{text!r}", repr(text))
        )
    return Hotkey(frozenset(modifiers), key)


def key_sequence(setting: str) -> QKeySequence:
    """The in-window equivalent of the global hotkey (for QShortcut or :class:`HoldKeyFilter`)."""
    return QKeySequence.fromString(
        parse_hotkey(setting).portable_text(), QKeySequence.SequenceFormat.PortableText
    )


def pynput_key_name(key: object) -> str | None:
    """The name of a pynput Key/KeyCode as :attr:`Hotkey.keys` spells it; None if it has none.

    Duck-typed so this module never imports pynput (which fails without a display).
    """
    name = getattr(key, "name", None)
    if isinstance(name, str):  # a pynput.keyboard.Key member
        return _MODIFIER_ALIASES.get(name, name)
    char = getattr(key, "char", None)
    if isinstance(char, str) and char:
        return char.lower()
    vk = getattr(key, "vk", None)
    return f"<{vk}>" if vk is not None else None


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


# --- Wayland: org.freedesktop.portal.GlobalShortcuts (not tested here: no portal under Xvfb) ---
#
# PySide6's QtDBus cannot marshal BindShortcuts' ``a(sa{sv})`` argument (QDBusArgument.beginArray
# wants a registered struct metatype; it aborts the process otherwise), and the portal ties the
# session to the caller's connection, so the whole exchange uses jeepney (already installed on
# Linux with SecretStorage) on one blocking connection in a daemon thread.

_PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
_PORTAL_PATH = "/org/freedesktop/portal/desktop"
_SHORTCUTS_IFACE = "org.freedesktop.portal.GlobalShortcuts"
_REQUEST_IFACE = "org.freedesktop.portal.Request"
SHORTCUT_ID = "push-to-talk"


class PortalShortcut(QObject):
    """One global shortcut through the portal: CreateSession, BindShortcuts, then listen.

    Each portal call answers with a Request object whose ``Response(u, a{sv})`` signal carries the
    result; ``Activated``/``Deactivated`` then arrive on the GlobalShortcuts interface. The desktop
    may ask the user to confirm or change the key. Signals are emitted from the worker thread;
    connect to them with a queued connection.
    """

    activated = Signal()
    deactivated = Signal()
    bound = Signal()
    failed = Signal(str)

    def __init__(self, hotkey: Hotkey, description: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hotkey = hotkey
        self._description = description
        self._connection: Any = None
        self._closing = False

    def open(self) -> str:
        """Connect to the session bus and start the worker; an error text if that fails."""
        try:
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            return QCoreApplication.translate(
                "GlobalHotkey", "No global hotkey: the Python package jeepney is missing"
            )
        try:
            self._connection = open_dbus_connection(bus="SESSION")
        except (OSError, KeyError, ValueError) as error:
            return QCoreApplication.translate(
                "GlobalHotkey", "No global hotkey: no D-Bus session bus for the desktop portal: "
            ) + str(error)
        threading.Thread(target=self._run, name="portal-shortcut", daemon=True).start()
        return ""

    def close(self) -> None:
        """Stop: closing our connection ends the portal session too. Never blocks."""
        self._closing = True
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.sock.shutdown(socket.SHUT_RDWR)

    def _run(self) -> None:
        connection = self._connection
        try:
            self._serve(connection)
        except Exception as error:  # noqa: BLE001 - reported to the user, thread ends
            if not self._closing:
                self.failed.emit(
                    QCoreApplication.translate(
                        "GlobalHotkey", "The global push-to-talk shortcut stopped: "
                    )
                    + str(error)
                )
        finally:
            with contextlib.suppress(OSError):
                connection.close()

    def _serve(self, connection: Any) -> None:
        from jeepney import DBusAddress, HeaderFields, MatchRule, new_method_call
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import Proxy

        portal = DBusAddress(_PORTAL_PATH, bus_name=_PORTAL_SERVICE, interface=_SHORTCUTS_IFACE)
        bus = Proxy(message_bus, connection)

        def request(method: str, signature: str, *args: Any) -> dict[str, Any]:
            token = "callbot_" + uuid.uuid4().hex
            sender = connection.unique_name.lstrip(":").replace(".", "_")
            rule = MatchRule(
                type="signal",
                interface=_REQUEST_IFACE,
                member="Response",
                path=f"{_PORTAL_PATH}/request/{sender}/{token}",
            )
            bus.AddMatch(rule)
            with connection.filter(rule) as responses:
                options = {"handle_token": ("s", token)}
                call = new_method_call(portal, method, signature + "a{sv}", (*args, options))
                connection.send_and_get_reply(call)
                code, results = connection.recv_until_filtered(responses).body
            if code != 0:
                raise RuntimeError(
                    QCoreApplication.translate("GlobalHotkey", "the desktop declined the shortcut")
                )
            return dict(results)

        created = request("CreateSession", "")
        session = created["session_handle"][1]
        events = MatchRule(type="signal", interface=_SHORTCUTS_IFACE, path=_PORTAL_PATH)
        bus.AddMatch(events)
        with connection.filter(events) as queue:
            shortcut = {
                "description": ("s", self._description),
                "preferred_trigger": ("s", self._hotkey.portal_trigger()),
            }
            request("BindShortcuts", "oa(sa{sv})s", session, [(SHORTCUT_ID, shortcut)], "")
            self.bound.emit()
            while not self._closing:
                message = connection.recv_until_filtered(queue)
                member = message.header.fields.get(HeaderFields.member)
                if message.body[1] != SHORTCUT_ID:
                    continue
                if member == "Activated":
                    self.activated.emit()
                elif member == "Deactivated":
                    self.deactivated.emit()
