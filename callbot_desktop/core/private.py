"""Keeping what people say out of the logs.

Wrap conversation content in :class:`Private` before passing it to a logger::

    log.info("transcript ready: %s", Private(text))

Its ``str()`` is only a length, so at INFO and above nothing of the content is written. The handlers
installed by :mod:`callbot_desktop.logs` reveal it in DEBUG records only, which a person has to ask
for explicitly (``--debug``).
"""

from __future__ import annotations


class Private:
    """Conversation content that must not appear in logs at INFO or above."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return f"<private: {len(self.text)} chars>"

    __repr__ = __str__
