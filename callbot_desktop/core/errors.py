"""Error types that tell the person what went wrong and what to do about it."""

from __future__ import annotations


class CallbotError(Exception):
    """An error meant to be shown to a person: what happened, and the fix.

    ``str(error)`` gives both on one line so that a command line or a status bar can show it as is.
    """

    def __init__(self, message: str, fix: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message} — {self.fix}" if self.fix else self.message


class SettingError(CallbotError, ValueError):
    """A setting was given a value it cannot take."""
