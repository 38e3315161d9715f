"""A Tray on the test's X display: reports its geometry, its signals and its open menu.

Events: ``ready`` (icon geometry once the icon is painted in the tray host), ``iconEntered``
(the pointer went onto the icon), one event per Tray signal, ``menuShown`` (after the menu is
painted, with each item's text and centre in screen coordinates), ``menuHidden``, ``state`` and
``notice``. Commands: ``state <name>``, ``notice <ini file>``, ``hide_menu``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from callbot_desktop.ui.tray import Tray
from tests.ui.x11_apps.protocol import emit
from tests.ui.x11_apps.stdin_commands import StdinCommands


class MenuWatcher(QObject):
    """Emits ``menuShown`` once per showing, after the first paint, and ``menuHidden``."""

    def __init__(self, menu: QMenu) -> None:
        super().__init__(menu)
        self._menu = menu
        self._reported = False
        menu.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and not self._reported:
            self._reported = True
            QTimer.singleShot(0, self._report)
        elif event.type() == QEvent.Type.Hide:
            self._reported = False
            emit("menuHidden")
        return False

    def _report(self) -> None:
        items = {}
        for action in self._menu.actions():
            if action.isSeparator():
                continue
            centre = self._menu.mapToGlobal(self._menu.actionGeometry(action).center())
            items[action.text()] = [centre.x(), centre.y()]
        geometry = self._menu.geometry()
        emit(
            "menuShown",
            items=items,
            geometry=[geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        )


class IconWatcher(QObject):
    """Notes the icon window's first paint (it is mapped in the tray host) and pointer entries."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)
        widget.update()  # painted only once it is mapped (exposed) in the tray host

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        elif event.type() == QEvent.Type.Enter:
            emit("iconEntered")
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    if not Tray.available():
        emit("unavailable")
        return 1
    tray = Tray()
    tray.set_personas(["Assistant", "Tutor"], "Assistant")
    tray.toggleWindow.connect(lambda: emit("toggleWindow"))
    tray.showWindow.connect(lambda: emit("showWindow"))
    tray.pushToTalk.connect(lambda on: emit("pushToTalk", on=on))
    tray.handsFreeToggled.connect(lambda on: emit("handsFree", on=on))
    tray.muteToggled.connect(lambda on: emit("mute", on=on))
    tray.personaChosen.connect(lambda name: emit("persona", name=name))
    tray.quitRequested.connect(lambda: emit("quit"))
    MenuWatcher(tray.menu)
    tray.show()

    poll = QTimer()
    poll.setInterval(50)

    watchers = [
        IconWatcher(widget)
        for widget in QApplication.topLevelWidgets()
        if "SystemTrayIcon" in widget.metaObject().className()
    ]
    if not watchers:
        emit("noIconWindow")
        return 1

    def report_when_placed() -> None:
        geometry = tray.icon.geometry()
        painted = any(watcher.painted for watcher in watchers)
        if painted and tray.icon.isVisible() and geometry.width() > 0 and geometry.height() > 0:
            poll.stop()
            rect = [geometry.x(), geometry.y(), geometry.width(), geometry.height()]
            emit("ready", geometry=rect)

    poll.timeout.connect(report_when_placed)
    poll.start()

    def command(line: str) -> None:
        name, _, argument = line.partition(" ")
        if name == "state":
            tray.set_state(argument)
            emit("state", tooltip=tray.icon.toolTip())
        elif name == "notice":
            settings = QSettings(argument, QSettings.Format.IniFormat)
            shown = tray.show_notice_once("CallBot", "Still running in the tray", settings, "n")
            emit("notice", shown=shown)
        elif name == "hide_menu":
            tray.menu.hide()

    StdinCommands(command, app)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
