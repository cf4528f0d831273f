"""Today: what needs the current user's hand, one section per source (app.today.items_for).

OPENERS maps an item's ref_kind to what activating it does; by default the client is shown.
Other features register theirs (e.g. "feedback" opening the feedback item).
"""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from app import preferences, today
from app.journal import get_user
from ui import labels
from ui.events import bus

HEADINGS = {
    "follow_ups": QT_TRANSLATE_NOOP("Today", "Follow-ups due or overdue"),
    "silence": QT_TRANSLATE_NOOP("Today", "Clients not contacted for longer than their rhythm"),
    "feedback": QT_TRANSLATE_NOOP("Today", "Feedback to acknowledge or resolve"),
    "negotiation_actions": QT_TRANSLATE_NOOP("Today", "Negotiation actions due"),
    "warnings": QT_TRANSLATE_NOOP("Today", "Early warnings"),
}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#c62828")


def _tr(text: str) -> str:
    """For texts marked with QT_TRANSLATE_NOOP("Today", ...) above."""
    return QCoreApplication.translate("Today", text)


def _open_client(window: QWidget, item: today.TodayItem) -> None:
    bus().open_client.emit(item.client_id)


def _open_interaction(window: QWidget, item: today.TodayItem) -> None:
    bus().open_interaction.emit(item.client_id, item.ref_id)


OPENERS: dict[str, Callable[[QWidget, today.TodayItem], None]] = {
    "client": _open_client,
    "interaction": _open_interaction,
}


def what_text(item: today.TodayItem) -> str:
    """The middle column, worded here from the item's facts where the screen must translate it."""
    if item.section == "warnings":
        from ui.health_text import warning_text  # E: an early warning, worded from its numbers

        return warning_text(item.facts)
    if item.section == "silence":
        count = item.facts.get("rhythm", 0)  # a plain name, so lupdate sees the plural
        rhythm = QCoreApplication.translate("Today", "every %n day(s)", "", count)
        if item.facts.get("never"):
            return QCoreApplication.translate("Today", "No contact logged yet (%1)").replace("%1", rhythm)
        count = item.facts.get("days_silent", 0)  # a plain name, so lupdate sees the plural
        return QCoreApplication.translate("Today", "No contact for %n day(s) (%1)", "",
                                          count).replace("%1", rhythm)
    return item.title


def due_text(item: today.TodayItem, day: dt.date) -> str:
    if item.due is None:
        return ""
    if item.overdue and item.due < day:
        count = (day - item.due).days  # a plain name, so lupdate sees the plural
        return QCoreApplication.translate("Today", "%1, %n day(s) late", "",
                                          count).replace("%1", labels.date_text(item.due))
    return labels.date_text(item.due)


class TodayPage(QWidget):
    """The current user's list for today, grouped by section; Enter or double-click opens the item."""

    COLUMNS = (QT_TRANSLATE_NOOP("Today", "Client"), QT_TRANSLATE_NOOP("Today", "What"),
               QT_TRANSLATE_NOOP("Today", "Due"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("today_page")
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("today_tree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.activated.connect(self.open_index)
        self.empty = QLabel(self.tr("Nothing needs your hand today."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.day = dt.date.today()
        events = bus()
        for signal in (events.clients_changed, events.client_changed, events.interactions_changed,
                       events.database_replaced):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.day = dt.date.today()
        user_id = preferences.get("current_user") or None
        try:
            user_name = get_user(user_id).name if user_id else ""
        except Exception:  # noqa: BLE001 - a stale id from another database: treat as nobody
            user_id, user_name = None, ""
        self.title.setText(self.tr("Today, %1").replace("%1", labels.date_text(self.day, long=True)))
        self.subtitle.setText(self.tr("For %1").replace("%1", user_name) if user_name else
                              self.tr("For the whole firm: choose who you are in Settings (Ctrl+,)"))
        from ui.negotiation_ledger import manager_promise_suffix  # D: the user's own promise-kept rate

        self.subtitle.setText(self.subtitle.text() + manager_promise_suffix(user_id, self.day))
        self.fill(today.items_for(user_id, self.day))

    def fill(self, items: list[today.TodayItem]) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([_tr(title) for title in self.COLUMNS])
        sections: dict[str, QStandardItem] = {}
        for item in items:
            if item.section not in sections:
                heading = QStandardItem()
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                sections[item.section] = heading
                self.model.appendRow([heading, QStandardItem(), QStandardItem()])
            sections[item.section].appendRow(self._row(item))
        for key, heading in sections.items():
            heading.setText(f"{_tr(HEADINGS.get(key, key))}  ({heading.rowCount()})")
            self.tree.setFirstColumnSpanned(heading.row(), QModelIndex(), True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(0, max(220, self.tree.sizeHintForColumn(0) + 24))
        self.tree.setVisible(bool(items))
        self.empty.setVisible(not items)

    def _row(self, item: today.TodayItem) -> list[QStandardItem]:
        cells = [QStandardItem(item.client_name), QStandardItem(what_text(item)),
                 QStandardItem(due_text(item, self.day))]
        for cell in cells:
            cell.setData(item, ITEM_ROLE)
        if item.overdue:
            cells[2].setForeground(QBrush(OVERDUE))
        cells[1].setToolTip(what_text(item))
        return cells

    def open_index(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item is None:
            return
        OPENERS.get(item.ref_kind, _open_client)(self.window(), item)

    def showEvent(self, event) -> None:
        if dt.date.today() != self.day:
            self.refresh()
        super().showEvent(event)
