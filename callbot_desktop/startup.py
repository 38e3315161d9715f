"""What both executables do first: find the data dir, start logging, load settings.

Shared by ``callbot`` (cli.py) and ``callbot-desktop`` (app.py), so that ``--data-dir``,
``CALLBOT_DATA_DIR`` and ``--debug`` mean the same in both. No Qt here.
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass, field

from callbot_desktop import __version__
from callbot_desktop.core.paths import DATA_DIR_ENV, DataPaths, resolve_paths
from callbot_desktop.logs import configure_logging
from callbot_desktop.settings.store import Settings, load_settings, save_settings

log = logging.getLogger(__name__)


@dataclass
class Startup:
    paths: DataPaths
    settings: Settings
    warnings: list[str] = field(default_factory=list)

    def save_settings(self) -> None:
        save_settings(self.settings, self.paths.settings_file)


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep all state (settings, history, logs, models) under DIR "
        f"(default: ${DATA_DIR_ENV}, else the usual per-user folders)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="log in detail, including conversation text"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")


def start(args: argparse.Namespace, *, stderr_level: int = logging.WARNING) -> Startup:
    """Resolve and create the data dir, configure logging, load settings (never fails on them)."""
    paths = resolve_paths(args.data_dir).ensure()
    configure_logging(paths.log_file, debug=args.debug, stderr_level=stderr_level)
    log.info("CallBot Desktop %s starting; data in %s", __version__, paths.describe())
    loaded = load_settings(paths.settings_file)
    return Startup(paths, loaded.settings, loaded.warnings)
