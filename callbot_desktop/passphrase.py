"""Asking a person for the history passphrase on a terminal, or reading it from standard input.

Used by the command line when no secure OS keyring is available (the desktop app asks with a
dialog instead). ``--passphrase-stdin`` reads one line per passphrase needed, for scripts.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from typing import TextIO

from callbot_desktop.core.errors import CallbotError


def stdin_passphrases(stream: TextIO | None = None) -> Callable[[bool], str]:
    """Each request reads the next line of ``stream`` (standard input by default)."""

    def provide(new: bool) -> str:
        line = (stream or sys.stdin).readline()
        if not line:
            raise CallbotError("No passphrase on standard input", "pipe it in, one per line")
        return line.rstrip("\r\n")

    return provide


def terminal_passphrases() -> Callable[[bool], str] | None:
    """Prompt on the terminal (twice for a new passphrase); None when there is no terminal."""
    if not sys.stdin.isatty():
        return None

    def provide(new: bool) -> str:
        if not new:
            return getpass.getpass("History passphrase: ")
        first = getpass.getpass("Choose a passphrase for your history: ")
        if first != getpass.getpass("Type it again: "):
            raise CallbotError("The two passphrases differ", "run the command again")
        return first

    return provide
