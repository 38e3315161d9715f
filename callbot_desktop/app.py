"""The composition root of the desktop app: settings, Qt, the asyncio loop (qasync), windows.

``callbot-desktop [--data-dir DIR] [--start-in-tray] [--self-test]``.

Start-up shows the window first and does everything slow behind it: the history is opened on its
worker thread (a passphrase is asked only where there is no secure keyring), then the voice
engine is built and its models loaded on the engine's own thread, with progress in the status
line. ``--self-test`` builds the main window, runs a coroutine on the qasync loop, prints
``SELF-TEST OK`` and exits 0; it checks installs and frozen builds alike, on any
``QT_QPA_PLATFORM`` (offscreen included).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from callbot_desktop import APP_ID, APP_NAME, __version__
from callbot_desktop.startup import Startup, add_common_arguments, start

if TYPE_CHECKING:
    from callbot_desktop.engine.voice_engine import OnEvent, VoiceEngine
    from callbot_desktop.ui.hotkey import GlobalHotkey
    from callbot_desktop.ui.tray import Tray

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="callbot-desktop", description=f"{APP_NAME}.")
    add_common_arguments(parser)
    parser.add_argument(
        "--start-in-tray",
        action="store_true",
        help="start hidden in the system tray this time (setting ui.start_in_tray: always)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start Qt, build the main window, run the event loop once, print SELF-TEST OK",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    startup = start(args)

    import qasync  # after PySide6, so that qasync binds to it

    from callbot_desktop.ui.i18n import install_translator
    from callbot_desktop.ui.resources import icon
    from callbot_desktop.ui.theme import apply_theme

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("callbot-desktop"))
    settings = startup.settings
    install_translator(app, settings.get_str("ui.language"))
    apply_theme(app, settings.get_str("ui.theme"))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    with loop:  # closing the loop also stops its worker threads
        desktop = Desktop(app, startup)
        if args.self_test:
            code = _self_test(loop)  # the window was built above: that is part of the test
            desktop.shutdown()
            return code
        if not desktop.first_run():
            desktop.shutdown()
            return 0
        desktop.show(in_tray=args.start_in_tray or settings.get_bool("ui.start_in_tray"))
        desktop.open_history_then_engine()
        quitting = asyncio.Event()
        app.aboutToQuit.connect(quitting.set)
        app.setQuitOnLastWindowClosed(not desktop.tray_available)
        loop.run_until_complete(quitting.wait())
        desktop.shutdown()
    return 0


class Desktop:
    """Everything the running app is made of, wired together."""

    def __init__(self, app: QApplication, startup: Startup) -> None:
        from callbot_desktop.ui.bridge import EngineBridge
        from callbot_desktop.ui.history_access import HistoryAccess
        from callbot_desktop.ui.main_window import MainWindow

        self.app = app
        self.startup = startup
        self.access = HistoryAccess()
        self.bridge = EngineBridge(self._build_engine)
        self.window = MainWindow(startup, self.access, self.bridge)
        self.tray: Tray | None = None
        self.hotkey: GlobalHotkey | None = None
        self.tray_available = False
        self._closed = False
        self._unobserve = startup.settings.observe(self._setting_changed)

    # --- start-up -----------------------------------------------------------------------------

    def first_run(self) -> bool:
        """Run the first-run set-up if it was never done; False when the person cancelled it."""
        from callbot_desktop.ui.first_run import FirstRunWizard, needs_first_run

        if not needs_first_run(self.startup.settings):
            return True
        wizard = FirstRunWizard(
            self.startup.settings, self.startup.paths, self.startup.save_settings
        )
        return bool(wizard.exec())

    def show(self, *, in_tray: bool) -> None:
        from callbot_desktop.ui.hotkey import GlobalHotkey, HoldKeyFilter, key_sequence
        from callbot_desktop.ui.tray import STATES as TRAY_STATES
        from callbot_desktop.ui.tray import Tray

        settings = self.startup.settings
        window, bridge, controls = self.window, self.bridge, self.window.controls
        self.tray_available = Tray.available()
        if self.tray_available:
            tray = self.tray = Tray(self.app)
            tray.toggleWindow.connect(self.toggle_window)
            tray.showWindow.connect(self.show_window)
            tray.pushToTalk.connect(
                lambda on: controls.start_talking() if on else controls.end_talking()
            )
            tray.handsFreeToggled.connect(controls.hands_free.setChecked)
            tray.muteToggled.connect(controls.mute.setChecked)
            tray.personaChosen.connect(self._tray_persona)
            tray.quitRequested.connect(self.quit)
            # The tray has icons for what a person sees; loading and stopped show as idle.
            bridge.stateChanged.connect(
                lambda state: tray.set_state(state if state in TRAY_STATES else "idle")
            )
            controls.handsFreeToggled.connect(tray.set_hands_free)
            controls.muteToggled.connect(tray.set_muted)
            controls.talkStarted.connect(lambda: tray.set_push_to_talk(True))
            controls.talkEnded.connect(lambda: tray.set_push_to_talk(False))
            tray.set_hands_free(controls.hands_free.isChecked())
            window.persona_box.model().modelReset.connect(self._tray_personas)
            window.persona_box.model().rowsInserted.connect(self._tray_personas)
            window.keep_in_tray = True
            window.hiddenToTray.connect(self._hidden_notice)
            tray.show()

        hotkey = self.hotkey = GlobalHotkey(settings.get_str("ui.hotkey"), self.app)
        hotkey.pressed.connect(controls.start_talking)
        hotkey.released.connect(controls.end_talking)
        # The in-window key always swallows the hotkey (so Space never clicks a focused button);
        # it drives talking only where no global hotkey listens: both at once would split a
        # hold into several turns on X11's auto-repeat.
        hold = HoldKeyFilter(key_sequence(settings.get_str("ui.hotkey")), window)
        if not hotkey.start():
            log.info("no global hotkey: %s", hotkey.reason)
            hold.pressed.connect(controls.start_talking)
            hold.released.connect(controls.end_talking)
        window.installEventFilter(hold)
        self._hold = hold
        if not (in_tray and self.tray_available):
            window.show()

    def open_history_then_engine(self) -> None:
        """Open the history (asking for a passphrase if needed), then start the voice engine."""
        from callbot_desktop.ui.history_access import HistoryUnavailable
        from callbot_desktop.ui.passphrase_dialog import DialogPassphraseProvider
        from callbot_desktop.ui.retention_timer import RetentionTimer

        settings, paths = self.startup.settings, self.startup.paths
        if settings.get_bool("privacy.anonymous"):
            self.access.set_opened(
                None,
                HistoryUnavailable(
                    "Anonymous mode is on: conversations are not kept",
                    "turn it off in Privacy to keep and search them",
                ),
            )
            self.bridge.start()
            return
        provider = DialogPassphraseProvider(self.window)

        def opened(result: object) -> None:
            from callbot_desktop.storage.vault import OpenHistory

            assert isinstance(result, OpenHistory)
            self.access.set_opened(result)
            self.retention = RetentionTimer(self.access, settings, self.app)
            self.retention.start()
            self.bridge.start()

        def failed(error: BaseException) -> None:
            from callbot_desktop.core.errors import CallbotError

            reason = error if isinstance(error, CallbotError) else None
            message = getattr(error, "message", str(error))
            fix = getattr(error, "fix", "")
            self.access.set_opened(None, reason)
            self.window._show_error_text(message, fix)
            self.bridge.start()  # talking still works; nothing is kept

        def work() -> object:
            from callbot_desktop.storage.keys import KeyStore
            from callbot_desktop.storage.vault import open_history

            store = KeyStore(paths.data_dir / "history.key", provider)
            return open_history(paths.database_file, store)

        task = asyncio.get_event_loop().run_in_executor(None, work)

        def done(future: asyncio.Future[object]) -> None:
            if future.cancelled():
                return
            error = future.exception()
            if error is not None:
                failed(error)
            else:
                opened(future.result())

        task.add_done_callback(done)

    def _build_engine(self, on_event: OnEvent) -> VoiceEngine:
        """Runs on the engine's thread: the persona, the backend choice (may probe Ollama)."""
        from callbot_desktop.engine.text_chat import MemoryPersonaStore
        from callbot_desktop.engine.voice_setup import build_voice_engine
        from callbot_desktop.llm.personas import PersonaError, Personas

        settings = self.startup.settings
        opened = self.access.opened
        history = opened.history if opened is not None and self.access.available else None
        personas = Personas(history if history is not None else MemoryPersonaStore())
        try:
            persona = personas.get(settings.get_str("llm.persona"))
        except PersonaError:
            persona = personas.get("Assistant")
        engine, _choice = build_voice_engine(
            settings, self.startup.paths, persona, history, on_event=on_event
        )
        return engine

    def _setting_changed(self, name: str, value: object) -> None:
        """Settings that take effect at once: theme, hotkey, language (new windows and texts)."""
        from callbot_desktop.ui.i18n import install_translator
        from callbot_desktop.ui.theme import apply_theme

        if name == "ui.theme":
            apply_theme(self.app, str(value))
        elif name == "ui.hotkey" and self.hotkey is not None:
            if not self.hotkey.set_hotkey(str(value)):
                log.info("no global hotkey: %s", self.hotkey.reason)
        elif name == "ui.language":
            install_translator(self.app, str(value))
            if self.tray is not None:
                self.tray.retranslate()
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Desktop", "The new language shows everywhere after CallBot restarts."
                ),
                10000,
            )

    # --- the tray -----------------------------------------------------------------------------

    def toggle_window(self) -> None:
        if self.window.isVisible():
            self.window.hide()
        else:
            self.show_window()

    def show_window(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _tray_personas(self) -> None:
        if self.tray is None:
            return
        box = self.window.persona_box
        self.tray.set_personas([box.itemText(i) for i in range(box.count())], box.currentText())

    def _tray_persona(self, name: str) -> None:
        box = self.window.persona_box
        index = box.findText(name)
        if index >= 0:
            box.setCurrentIndex(index)
            box.activated.emit(index)

    def _hidden_notice(self) -> None:
        if self.tray is None:
            return
        ui_state = QSettings(
            str(self.startup.paths.config_dir / "ui-state.ini"), QSettings.Format.IniFormat
        )
        self.tray.show_notice_once(
            QCoreApplication.translate("Desktop", "CallBot is still running"),
            QCoreApplication.translate(
                "Desktop",
                "It keeps listening for your push-to-talk key. Quit it from the tray menu.",
            ),
            ui_state,
            "tray/notice_shown",
        )

    # --- the end ------------------------------------------------------------------------------

    def quit(self) -> None:
        self.window.quit_for_real()
        self.app.quit()

    def shutdown(self) -> None:
        """Stop the hotkey, the engine and the history, in that order (once)."""
        if self._closed:
            return
        self._closed = True
        self._unobserve()
        if self.hotkey is not None:
            self.hotkey.stop()
        if self.tray is not None:
            self.tray.hide()
        self.bridge.shutdown()
        threading.Thread(target=self.access.close, daemon=True).start()


def _self_test(loop: asyncio.AbstractEventLoop) -> int:
    async def probe() -> str:
        worker = await asyncio.to_thread(threading.get_ident)
        await asyncio.sleep(0)
        return "ok" if worker != threading.get_ident() else "worker ran on the GUI thread"

    try:
        outcome = loop.run_until_complete(asyncio.wait_for(probe(), timeout=30))
    except Exception as exc:
        print(f"SELF-TEST FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if outcome != "ok":
        print(f"SELF-TEST FAILED: {outcome}", file=sys.stderr)
        return 1
    print("SELF-TEST OK", flush=True)
    return 0
