"""Feedback items with their clocks as a table model, read a page at a time (the inbox, a client's tab)."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.hear.feedback_clock import InboxRow
from ui.shell import labels

OVERDUE = QColor("#c62828")
OVERDUE_ROW = QColor(198, 40, 40, 28)  # a light tint that reads on light and dark palettes
CONTEXT = "Feedback"

HEADINGS = {
    "raised": QT_TRANSLATE_NOOP("Feedback", "Raised"),
    "client": QT_TRANSLATE_NOOP("Feedback", "Client"),
    "summary": QT_TRANSLATE_NOOP("Feedback", "What"),
    "severity": QT_TRANSLATE_NOOP("Feedback", "Severity"),
    "status": QT_TRANSLATE_NOOP("Feedback", "Status"),
    "owner": QT_TRANSLATE_NOOP("Feedback", "Owner"),
    "to_ack": QT_TRANSLATE_NOOP("Feedback", "To acknowledge"),
    "open_for": QT_TRANSLATE_NOOP("Feedback", "Open for"),
    "repeats": QT_TRANSLATE_NOOP("Feedback", "Repeats"),
}
HEADER_TIPS = {
    "to_ack": QT_TRANSLATE_NOOP("Feedback", "Working hours from when it was raised until it was acknowledged "
                                            "(or until now): the rule is one working day"),
    "open_for": QT_TRANSLATE_NOOP("Feedback", "Working hours from when it was raised until it was resolved "
                                              "(or until now)"),
    "repeats": QT_TRANSLATE_NOOP("Feedback", "How many times the client had to come back about it"),
}
NUMERIC = ("to_ack", "open_for", "repeats")


def hours_text(hours: float) -> str:
    """Working hours, as '3.5 h' in the user's locale."""
    return QCoreApplication.translate("Feedback", "%1 h").replace("%1", labels.number_text(hours, 1))


def to_ack_text(row: InboxRow) -> str:
    if row.clock.acknowledged:
        return hours_text(row.clock.hours_to_ack)
    return QCoreApplication.translate("Feedback", "%1 so far").replace("%1", hours_text(row.clock.hours_to_ack))


def clock_tooltip(row: InboxRow) -> str:
    """Why the clock shows what it does: the firm's rule, and when the item is or was due."""
    limit = labels.number_text(row.clock.limit_hours, 1)
    if row.clock.acknowledged:
        text = QCoreApplication.translate("Feedback", "Acknowledged after %1 working hours (the rule: within %2).")
        return text.replace("%1", labels.number_text(row.clock.hours_to_ack, 1)).replace("%2", limit)
    due = _moment(row.clock.ack_due_at)
    if row.clock.ack_overdue:
        text = QCoreApplication.translate("Feedback", "Not acknowledged; overdue since %1 (rule: %2 working hours).")
    else:
        text = QCoreApplication.translate("Feedback", "To be acknowledged by %1 (within %2 working hours).")
    return text.replace("%1", due).replace("%2", limit)


def _moment(value) -> str:
    return f"{labels.date_text(value)} {labels.time_text(value)}"


def status_tooltip(row: InboxRow) -> str:
    """The item's story: when it was raised, acknowledged and resolved, and by which interaction."""
    lines = [QCoreApplication.translate("Feedback", "Raised %1").replace("%1", _moment(row.raised_at))]
    if row.acknowledged_at:
        lines.append(QCoreApplication.translate("Feedback", "Acknowledged %1").replace("%1", _moment(row.acknowledged_at)))
    if row.resolved_at:
        lines.append(QCoreApplication.translate("Feedback", "Resolved %1").replace("%1", _moment(row.resolved_at)))
    if row.resolved_by_summary:
        lines.append(QCoreApplication.translate("Feedback", "Resolved by: %1").replace("%1", row.resolved_by_summary))
    return "\n".join(lines)


def cell_text(row: InboxRow, column: str) -> str:
    if column == "raised":
        return _moment(row.raised_at)
    if column == "client":
        return row.client_name
    if column == "summary":
        return row.summary
    if column == "severity":
        return labels.label("severity", row.severity)
    if column == "status":
        return labels.label("feedback_status", row.status)
    if column == "owner":
        return row.owner_name or QCoreApplication.translate("Feedback", "nobody")
    if column == "to_ack":
        return to_ack_text(row)
    if column == "open_for":
        return hours_text(row.clock.hours_open)
    return str(row.repeat_contacts) if row.repeat_contacts else ""


class FeedbackTableModel(QAbstractTableModel):
    """Feedback rows from a loader (offset, limit) -> rows; overdue rows stand out."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    PAGE = 200

    def __init__(self, columns: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[InboxRow] = []
        self.loader: Callable[[int, int], list[InboxRow]] = lambda offset, limit: []
        self.total = 0

    def load(self, loader: Callable[[int, int], list[InboxRow]], total: int) -> None:
        """Start again from the first page of what loader reads (total rows in all)."""
        self.beginResetModel()
        self.loader, self.total = loader, total
        self.rows = loader(0, self.PAGE)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        more = self.loader(len(self.rows), self.PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADINGS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in HEADER_TIPS:
            return QCoreApplication.translate(CONTEXT, HEADER_TIPS[column])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        overdue = row.clock.ack_overdue and not row.clock.acknowledged
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "status":
                return status_tooltip(row)
            return clock_tooltip(row) if column in ("to_ack", "open_for") else cell_text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_ROW)
        if role == Qt.ItemDataRole.ForegroundRole and column == "to_ack" and row.clock.ack_overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_at(self, index: QModelIndex) -> InboxRow | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
