"""The widgets a person reaches with the keyboard, and which of them a screen reader cannot name.

Each panel test checks ``not unnamed(focusable(panel, keep=...))``: every enabled widget that
takes focus has an accessible name. Qt's own parts (object names starting ``qt_``) are skipped, and
so is whatever ``keep`` rejects: :func:`in_window` keeps the root's own window (popups such as a
combo box's list are outside the tab chain), :func:`shown_in` keeps what is visible within it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

Keep = Callable[[QWidget], bool]


def in_window(root: QWidget) -> Keep:
    return lambda widget: widget.window() is root


def shown_in(root: QWidget) -> Keep:
    return lambda widget: widget.isVisibleTo(root)


def focusable(root: QWidget, *, keep: Keep) -> list[QWidget]:
    """Enabled widgets under ``root`` that take keyboard focus (see the module doc)."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if not widget.objectName().startswith("qt_")
        and keep(widget)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isEnabled()
    ]


def unnamed(widgets: list[QWidget]) -> list[str]:
    """``"QPushButton saveButton"`` for each widget without an accessible name."""
    return [f"{type(w).__name__} {w.objectName()}" for w in widgets if not w.accessibleName()]
