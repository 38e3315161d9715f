"""The Wayland backend of the push-to-talk hotkey: the XDG GlobalShortcuts portal.

:class:`PortalShortcut` binds one global shortcut through ``org.freedesktop.portal.GlobalShortcuts``
and reports when it goes down (``activated``) and up (``deactivated``).
:class:`~callbot_desktop.ui.hotkey.GlobalHotkey` (in :mod:`callbot_desktop.ui.hotkey`, which also
holds the hold logic and the pynput backend) starts it on Wayland and feeds those signals into
its hold logic. It is not exercised by the tests here, because there is no portal under Xvfb.

PySide6's QtDBus cannot marshal BindShortcuts' ``a(sa{sv})`` argument (QDBusArgument.beginArray
wants a registered struct metatype; it aborts the process otherwise), and the portal ties the
session to the caller's connection, so the whole exchange uses jeepney (already installed on
Linux with SecretStorage) on one blocking connection in a daemon thread.

Imports point one way: :mod:`callbot_desktop.ui.hotkey` imports this module, and this module
imports only :class:`~callbot_desktop.ui.hotkey_keys.Hotkey` from the shared
:mod:`callbot_desktop.ui.hotkey_keys`, never :mod:`callbot_desktop.ui.hotkey`, so there is no
import cycle.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from callbot_desktop.ui.hotkey_keys import Hotkey

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
