"""The look every panel starts with: a large bold title (objectName ``panelTitle``, styled by
:mod:`callbot_desktop.ui.theme`)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def panel_title(text: str) -> QLabel:
    """A panel's title; ``text`` is already translated."""
    title = QLabel(text)
    title.setObjectName("panelTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    return title
