"""A :class:`~callbot_desktop.core.errors.CallbotError` in the words a panel shows."""

from __future__ import annotations

from callbot_desktop.core.errors import CallbotError


def sentence(text: str) -> str:
    """``text`` as a sentence: capital first letter, full stop at the end."""
    return f"{text[:1].upper()}{text[1:]}."


def message_and_fix(error: CallbotError) -> str:
    """ "What went wrong. What to do." on one line."""
    return f"{error.message}. {sentence(error.fix)}" if error.fix else f"{error.message}."
