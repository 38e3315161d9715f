"""The composition root of the desktop app: settings, Qt, the asyncio loop (qasync), windows.

``callbot-desktop [--data-dir DIR] [--self-test]``. ``--self-test`` builds the main window, runs a
coroutine on the qasync loop, prints ``SELF-TEST OK`` and exits 0; it checks installs and frozen
builds alike, on any ``QT_QPA_PLATFORM`` (offscreen included).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from callbot_desktop import APP_ID, APP_NAME, __version__
from callbot_desktop.startup import add_common_arguments, start


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="callbot-desktop", description=f"{APP_NAME}.")
    add_common_arguments(parser)
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

    from callbot_desktop.ui.main_window import MainWindow

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setDesktopFileName(APP_ID)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    with loop:  # closing the loop also stops its worker threads
        window = MainWindow(startup)
        if args.self_test:
            return _self_test(loop)  # the window was built above: that is part of the test
        window.show()
        quitting = asyncio.Event()
        app.aboutToQuit.connect(quitting.set)
        loop.run_until_complete(quitting.wait())
    return 0


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
