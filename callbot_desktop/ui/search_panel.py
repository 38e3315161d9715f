"""The search panel: results from the encrypted history as you type, with highlighted snippets.

Typing restarts a short timer; when it fires, :func:`callbot_desktop.storage.search.search` runs
through :class:`~callbot_desktop.ui.history_access.HistoryAccess` (never on the GUI thread). Every
query gets a number: a query that a newer one has overtaken is skipped before it runs, and its
results are dropped if they arrive anyway, so the newest query always wins. Activating a result
(Enter or a double click) emits :attr:`SearchPanel.openConversation`.
"""

from __future__ import annotations

import html
import time
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.settings.store import Settings
from callbot_desktop.storage.search import SearchHit, search, snippet_parts
from callbot_desktop.storage.vault import OpenHistory
from callbot_desktop.ui.error_text import sentence
from callbot_desktop.ui.history_access import HistoryAccess
from callbot_desktop.ui.panel_header import panel_title

DEBOUNCE_MS = 200
RESULT_LIMIT = 100
SNIPPET_WORDS = 24
HIT_ROLE = Qt.ItemDataRole.UserRole
"""Item data: the :class:`SearchHit` itself."""
_DAY_S = 86_400
_MARK = '<span style="background-color:#fde68a; color:#1f2937; font-weight:600">'


def snippet_html(snippet: str) -> str:
    """A snippet as safe HTML: its text escaped, its matches highlighted."""
    pieces = []
    for text, is_match in snippet_parts(" ".join(snippet.split())):
        escaped = html.escape(text)
        pieces.append(f"{_MARK}{escaped}</span>" if is_match else escaped)
    return "".join(pieces)


def persona_names(opened: OpenHistory) -> list[str]:
    """Personas that conversations were held with, and saved ones (runs on the worker)."""
    conn = opened.database.connection()
    used = {row[0] for row in conn.execute("SELECT DISTINCT persona FROM conversations")}
    return sorted(used | set(opened.history.personas()), key=str.casefold)


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit as two lines of rich text: where it is from, then the highlighted snippet."""

    PAD = 8

    def _document(
        self, index: QModelIndex | QPersistentModelIndex, width: int, selected: bool = False
    ) -> QTextDocument:
        hit: SearchHit = index.data(HIT_ROLE)
        heading, meta = index.data(Qt.ItemDataRole.ToolTipRole).split("\n", 1)
        muted = "" if selected else "color:#6b7280"
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(QApplication.font())
        document.setHtml(
            f"<div><b>{html.escape(heading)}</b> &nbsp;"
            f'<span style="{muted}">·&nbsp; {html.escape(meta)}</span></div>'
            f'<div style="margin-top:4px">{snippet_html(hit.snippet)}</div>'
        )
        document.setTextWidth(max(80, width - 2 * self.PAD))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect = item.rect
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        document = self._document(index, rect.width(), selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        palette = item.palette
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        painter.save()
        painter.translate(rect.left() + self.PAD, rect.top() + self.PAD)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else 400
        document = self._document(index, width)
        return QSize(width, int(document.size().height()) + 2 * self.PAD)


class SearchPanel(QWidget):
    """Full-text search of every conversation."""

    #: A result was activated: (conversation id, message id).
    openConversation = Signal(str, int)
    #: Results of the current query are shown (their number; 0 for "no results").
    resultsShown = Signal(int)

    def __init__(
        self, access: HistoryAccess, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._access = access
        self._settings = settings
        self._generation = 0
        self.setObjectName("searchPanel")

        title = panel_title(self.tr("Search"))
        explanation = QLabel(
            self.tr(
                'Find anything said in your conversations. Put a phrase in "quotes", '
                "exclude a word with -word, or find either word with OR."
            )
        )
        explanation.setWordWrap(True)

        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("searchQuery")
        self.query_edit.setAccessibleName(self.tr("Search text"))
        self.query_edit.setPlaceholderText(self.tr("Search conversations…"))
        self.query_edit.setClearButtonEnabled(True)
        query_label = QLabel(self.tr("&Find:"))
        query_label.setBuddy(self.query_edit)
        query_row = QHBoxLayout()
        query_row.addWidget(query_label)
        query_row.addWidget(self.query_edit, 1)

        self.role_box = self._combo("searchRole", self.tr("Who said it"))
        for text, role in (
            (self.tr("Anyone"), None),
            (self.tr("You"), "user"),
            (self.tr("Assistant"), "assistant"),
            (self.tr("System"), "system"),
        ):
            self.role_box.addItem(text, role)
        self.persona_box = self._combo("searchPersona", self.tr("Persona"))
        self.persona_box.addItem(self.tr("Any persona"), None)
        self.order_box = self._combo("searchOrder", self.tr("Order of results"))
        self.order_box.addItem(self.tr("Best match"), "relevance")
        self.order_box.addItem(self.tr("Newest first"), "newest")
        self.period_box = self._combo("searchPeriod", self.tr("When"))
        for text, days in (
            (self.tr("Any time"), None),
            (self.tr("Past 7 days"), 7),
            (self.tr("Past 30 days"), 30),
            (self.tr("Past 12 months"), 365),
            (self.tr("Between dates"), -1),
        ):
            self.period_box.addItem(text, days)
        today = QDate.currentDate()
        self.from_edit = self._date_edit("searchFrom", self.tr("From date"), today.addMonths(-1))
        self.until_edit = self._date_edit("searchUntil", self.tr("Until date"), today)

        filters = QHBoxLayout()
        for label_text, box in (
            (self.tr("&Who:"), self.role_box),
            (self.tr("&Persona:"), self.persona_box),
            (self.tr("W&hen:"), self.period_box),
            (self.tr("&Order:"), self.order_box),
        ):
            label = QLabel(label_text)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch(1)
        self.dates_row = QWidget()
        dates = QFormLayout(self.dates_row)
        dates.setContentsMargins(0, 0, 0, 0)
        dates_line = QHBoxLayout()
        dates_line.addWidget(self.from_edit)
        dates_line.addWidget(QLabel(self.tr("to")))
        dates_line.addWidget(self.until_edit)
        dates_line.addStretch(1)
        dates.addRow(self.tr("Between:"), dates_line)
        self.dates_row.setVisible(False)

        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._activate)
        self.message = QLabel()
        self.message.setObjectName("searchMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.results)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(query_row)
        layout.addLayout(filters)
        layout.addWidget(self.dates_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query_edit.textChanged.connect(self._timer.start)
        self.query_edit.returnPressed.connect(self.search_now)
        self.query_edit.installEventFilter(self)
        for box in (self.role_box, self.persona_box, self.order_box, self.period_box):
            box.currentIndexChanged.connect(self.search_now)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        for edit in (self.from_edit, self.until_edit):
            edit.dateChanged.connect(self.search_now)
        access.availabilityChanged.connect(self._availability_changed)
        access.changed.connect(self._timer.start)
        self._show_message(self.tr("Type above to search every conversation."))
        self.reload_personas()

    # -- building --------------------------------------------------------------------------

    def _combo(self, name: str, accessible: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        return box

    def _date_edit(self, name: str, accessible: str, date: QDate) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        return edit

    # -- searching -------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        """The keyword arguments of ``search()`` chosen by the filter widgets."""
        chosen: dict[str, Any] = {
            "role": self.role_box.currentData(),
            "persona": self.persona_box.currentData(),
            "order": self.order_box.currentData(),
        }
        days = self.period_box.currentData()
        if days == -1:
            start = QDateTime(self.from_edit.date(), QTime(0, 0))
            end = QDateTime(self.until_edit.date().addDays(1), QTime(0, 0))
            chosen["since"] = float(start.toSecsSinceEpoch())
            chosen["until"] = float(end.toSecsSinceEpoch())
        elif days is not None:
            chosen["since"] = time.time() - days * _DAY_S
        return chosen

    def search_now(self) -> None:
        """Run the current query now (the debounce timer calls this)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.query_edit.text()
        if not text.strip():
            self.results.clear()
            self.status.clear()
            self._show_message(self.tr("Type above to search every conversation."))
            return
        chosen = self.filters()

        def work(opened: OpenHistory) -> list[SearchHit] | None:
            if generation != self._generation:  # overtaken while queued: skip it
                return None
            return search(
                opened.database, text, limit=RESULT_LIMIT, snippet_tokens=SNIPPET_WORDS, **chosen
            )

        self.status.setText(self.tr("Searching…"))
        self._access.call(
            work,
            lambda hits: self._show_hits(generation, text, hits),
            lambda error: self._show_error(generation, error),
        )

    def _show_hits(self, generation: int, text: str, hits: list[SearchHit] | None) -> None:
        if generation != self._generation or hits is None:
            return
        self.results.clear()
        locale = QLocale()
        for hit in hits:
            when = locale.toString(
                QDateTime.fromSecsSinceEpoch(int(hit.created_at)), QLocale.FormatType.ShortFormat
            )
            heading = hit.conversation_title or self.tr("Untitled conversation")
            parts = [self._role_name(hit.role), when]
            if hit.persona:
                parts.insert(1, hit.persona)
            meta = " · ".join(parts)
            plain = "".join(piece for piece, _ in snippet_parts(hit.snippet))
            item = QListWidgetItem(f"{heading} — {meta}: {plain}")
            item.setData(HIT_ROLE, hit)
            item.setData(Qt.ItemDataRole.ToolTipRole, f"{heading}\n{meta}")
            self.results.addItem(item)
        if hits:
            self.stack.setCurrentWidget(self.results)
            self.results.setCurrentRow(0)
            found = (
                self.tr("1 result.")
                if len(hits) == 1
                else self.tr("{0} results.").format(len(hits))
            )
            self.status.setText(found + " " + self.tr("Press Enter on one to open it."))
        else:
            self.status.clear()
            self._show_message(
                self.tr("No messages match “{0}”. Try fewer words, or other filters.").format(
                    text.strip()
                )
            )
        self.resultsShown.emit(len(hits))

    def _show_error(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        self.status.clear()
        if isinstance(error, CallbotError):
            message, fix = error.message, error.fix
        else:
            message = self.tr("The search failed ({0})").format(type(error).__name__)
            fix = self.tr("try again; if it keeps failing, see the log")
        self._show_message(f"{message}.\n{sentence(fix)}" if fix else message, True)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b91c1c;" if error else "")
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.stack.setCurrentWidget(self.message)

    def _role_name(self, role: str) -> str:
        names = {"user": self.tr("You"), "assistant": self.tr("Assistant")}
        return names.get(role, self.tr("System"))

    def _activate(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(HIT_ROLE)
        self.openConversation.emit(hit.conversation_id, hit.message_id)

    # -- filters and availability ------------------------------------------------------------

    def reload_personas(self) -> None:
        """Fill the persona filter from the history (in the background)."""
        self._access.call(persona_names, self._set_personas, lambda error: None)

    def _set_personas(self, names: list[str]) -> None:
        chosen = self.persona_box.currentData()
        self.persona_box.blockSignals(True)
        self.persona_box.clear()
        self.persona_box.addItem(self.tr("Any persona"), None)
        for name in names:
            self.persona_box.addItem(name or self.tr("No persona"), name)
        found = self.persona_box.findData(chosen)
        self.persona_box.setCurrentIndex(max(0, found))
        self.persona_box.blockSignals(False)

    def _period_changed(self) -> None:
        self.dates_row.setVisible(self.period_box.currentData() == -1)

    def _availability_changed(self, available: bool) -> None:
        if available:
            self.reload_personas()
        self.search_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow in the query moves to the results."""
        if (
            watched is self.query_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
            and self.stack.currentWidget() is self.results
        ):
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)
