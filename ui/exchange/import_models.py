"""The import wizard's models: a preview of the file's rows, and the list of bad rows (paged)."""

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from app.common.errors import Problem
from app.exchange.table.importer import Table
from ui.shell import labels

PREVIEW_ROWS = 200
PAGE = 400

# The journal fields a column can hold, as the wizard names them.
FIELD_NAMES = {
    "client": QT_TRANSLATE_NOOP("ImportFields", "Client"),
    "contact": QT_TRANSLATE_NOOP("ImportFields", "Contact"),
    "author": QT_TRANSLATE_NOOP("ImportFields", "Author"),
    "occurred_at": QT_TRANSLATE_NOOP("ImportFields", "Date (and time)"),
    "time": QT_TRANSLATE_NOOP("ImportFields", "Time"),
    "channel": QT_TRANSLATE_NOOP("ImportFields", "Channel"),
    "kind": QT_TRANSLATE_NOOP("ImportFields", "Kind"),
    "direction": QT_TRANSLATE_NOOP("ImportFields", "Direction"),
    "sentiment": QT_TRANSLATE_NOOP("ImportFields", "Sentiment"),
    "effort": QT_TRANSLATE_NOOP("ImportFields", "Effort"),
    "summary": QT_TRANSLATE_NOOP("ImportFields", "Summary"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportFields", "Tags"),
    "follow_up_due": QT_TRANSLATE_NOOP("ImportFields", "Follow-up due"),
    "follow_up_done": QT_TRANSLATE_NOOP("ImportFields", "Follow-up done"),
}


def field_name(field: str | None) -> str:
    if not field:
        return QCoreApplication.translate("ImportFields", "(not imported)")
    return QCoreApplication.translate("ImportFields", FIELD_NAMES[field])


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{labels.date_text(value)} {labels.time_text(value)}" if value.time() != dt.time() else labels.date_text(value)
    if isinstance(value, dt.date):
        return labels.date_text(value)
    return str(value)


PREVIEW_CELL_CHARS = 40  # a cell longer than this may be cut in its column: its tooltip has it whole


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as read, each column headed by its header and the field it fills."""

    def __init__(self, table: Table, mapping: list[str | None], parent=None):
        super().__init__(parent)
        self.table = table
        self.rows = table.rows[:PREVIEW_ROWS]
        self.mapping = list(mapping)

    def set_mapping(self, mapping: list[str | None]) -> None:
        self.mapping = list(mapping)
        if self.table.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.table.headers) - 1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        cells = self.rows[index.row()][1]
        text = cell_text(cells[index.column()]) if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:  # a long cell, cut to its column, is read whole here
            return text if len(text) > PREVIEW_CELL_CHARS else None
        return text

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.headers):
            return f"{self.table.headers[section]}\n\u2192 {field_name(self.mapping[section])}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return str(self.rows[section][0])  # the line in the file
        return None


class ProblemsModel(QAbstractListModel):
    """Every problem the check found, "line 17: sentiment: ...", fetched a page at a time."""

    def __init__(self, problems: list[Problem], parent=None):
        super().__init__(parent)
        self.problems = problems
        self.shown = min(PAGE, len(problems))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.shown

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.shown or role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(self.problems[index.row()])

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self.shown < len(self.problems)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self.problems) - self.shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
        self.shown += more
        self.endInsertRows()
