"""The conversation as chat bubbles that grow while it happens.

The person's bubble shows their words as they are recognized (partial transcripts, in italics,
replaced by the final text); the assistant's bubble grows piece by piece as the reply is spoken.
A reply cut short ends with "…" and says so. Saved conversations are shown the same way.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class Bubble(QLabel):
    """One message. ``role`` is "user" or "assistant" (its objectName is the style hook)."""

    def __init__(self, role: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.setObjectName("userBubble" if role == "user" else "assistantBubble")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMaximumWidth(560)
        self._text = ""
        self._note = ""
        self._partial = False
        self.set_text(text)

    @property
    def text_so_far(self) -> str:
        return self._text

    def set_text(self, text: str, *, partial: bool = False) -> None:
        self._text, self._partial = text, partial
        self._render()

    def append(self, piece: str) -> None:
        self._text += piece
        self._render()

    def mark_interrupted(self) -> None:
        self._note = self.tr("(interrupted)")
        self._text = self._text.rstrip()
        if not self._text.endswith((".", "!", "?", "…")):
            self._text += "…"
        self._render()

    def _render(self) -> None:
        body = html.escape(self._text).replace("\n", "<br>")
        if self._partial:
            body = f"<i>{body}</i>"
        if self._note:
            body += f" <small>{html.escape(self._note)}</small>"
        self.setText(body)
        who = self.tr("You said") if self.role == "user" else self.tr("Assistant said")
        self.setAccessibleName(who)
        self.setAccessibleDescription(self._text)


class ChatView(QScrollArea):
    """A scrolling column of :class:`Bubble` s; see the module doc."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setAccessibleName(self.tr("Conversation"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._column = QWidget()
        self._column.setObjectName("chatColumn")
        self._layout = QVBoxLayout(self._column)
        self._layout.setContentsMargins(16, 16, 16, 16)
        self._layout.setSpacing(10)
        self._layout.addStretch(1)
        self.setWidget(self._column)
        self._placeholder = QLabel(
            self.tr("Press and hold the talk button, or type below. Your words appear here.")
        )
        self._placeholder.setObjectName("chatPlaceholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._layout.insertWidget(0, self._placeholder)
        self._user: Bubble | None = None
        self._assistant: Bubble | None = None

    # --- live turns ---------------------------------------------------------------------------

    def user_partial(self, text: str) -> None:
        self._current_user().set_text(text, partial=True)
        self._scroll_down()

    def user_final(self, text: str) -> None:
        self._current_user().set_text(text)
        self._user = None
        self._assistant = None
        self._scroll_down()

    def assistant_piece(self, piece: str) -> None:
        if self._assistant is None:
            self._assistant = self._add(Bubble("assistant"))
        self._assistant.append(piece)
        self._scroll_down()

    def turn_ended(self, interrupted: bool) -> None:
        if self._assistant is not None and interrupted:
            self._assistant.mark_interrupted()
        self._assistant = None
        if self._user is not None and not self._user.text_so_far:
            row = self._user.parentWidget()
            if row is not None:
                self._layout.removeWidget(row)
                row.deleteLater()  # speech that held no words
            self._user = None

    # --- whole conversations ------------------------------------------------------------------

    def show_messages(self, messages: list[tuple[str, str, bool]]) -> None:
        """Replace the view with ``(role, text, interrupted)`` messages."""
        self.clear()
        for role, text, interrupted in messages:
            if role not in ("user", "assistant"):
                continue
            bubble = self._add(Bubble(role, text))
            if interrupted and role == "assistant":
                bubble.mark_interrupted()
        self._scroll_down()

    def clear(self) -> None:
        for i in reversed(range(self._layout.count())):
            item = self._layout.itemAt(i)
            row = item.widget() if item is not None else None
            if row is not None and row is not self._placeholder:
                self._layout.removeWidget(row)
                row.deleteLater()
        self._user = self._assistant = None
        self._placeholder.show()

    def bubbles(self) -> list[Bubble]:
        found: list[Bubble] = []
        for i in range(self._layout.count()):
            item = self._layout.itemAt(i)
            row = item.widget() if item is not None else None
            if row is not None and row is not self._placeholder:
                found.extend(row.findChildren(Bubble))
        return found

    # --- inside -------------------------------------------------------------------------------

    def _current_user(self) -> Bubble:
        if self._user is None:
            self._user = self._add(Bubble("user"))
        return self._user

    def _add(self, bubble: Bubble) -> Bubble:
        """Put ``bubble`` in a row of its own: the person's on the right, the reply on the left.

        (A row with a stretch, not an alignment flag: aligned word-wrapped labels get one line's
        height and are cut off.)"""
        self._placeholder.hide()
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        if bubble.role == "user":
            line.addStretch(1)
        line.addWidget(bubble, 4)
        if bubble.role != "user":
            line.addStretch(1)
        self._layout.insertWidget(self._layout.count() - 1, row)
        return bubble

    def _scroll_down(self) -> None:
        bar = self.verticalScrollBar()
        QTimer.singleShot(0, lambda: bar.setValue(bar.maximum()))
