"""Logging for both executables: a rotating file in the data dir plus stderr.

Conversation content is only ever logged wrapped in :class:`~callbot_desktop.core.private.Private`,
which prints as its length; :class:`RevealDebugContent` shows it in DEBUG records alone.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from callbot_desktop.core.private import Private

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class RevealDebugContent(logging.Filter):
    """Replace Private arguments by their text in DEBUG records; leave every other record alone."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno <= logging.DEBUG and isinstance(record.args, tuple):
            record.args = tuple(a.text if isinstance(a, Private) else a for a in record.args)
        return True


def configure_logging(
    log_file: Path, *, debug: bool = False, stderr_level: int = logging.WARNING
) -> None:
    """Send records to ``log_file`` (rotating, 1 MB x 3) and warnings and up to stderr."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if (h.get_name() or "").startswith("callbot-")]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    stream_handler = logging.StreamHandler(sys.stderr)
    stream_handler.setLevel(logging.DEBUG if debug else stderr_level)
    file_handler.set_name("callbot-file")
    stream_handler.set_name("callbot-stderr")
    for handler in (file_handler, stream_handler):
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RevealDebugContent())
        root.addHandler(handler)
