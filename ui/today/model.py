"""Today's items as a two-level tree model: a heading per section, the section's items under it.

Made for thousands of items: every text is worded on a worker (prepare_sections), and showing a
new list is one model reset, with no work per item on the GUI thread (creating or freeing
thousands of QStandardItems there took tens of milliseconds).
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication

from app.common.busy import stepping
from app.today import agenda as today

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#c62828")
HEADING_ID = 0  # internal id of a heading's index; an item's is its section's row + 1


@dataclass
class TodayRow:
    """One item and its three cells (client, what, due), already worded."""

    item: today.TodayItem
    cells: tuple[str, str, str]


@dataclass
class TodaySection:
    """A heading ("Follow-ups due or overdue  (3)") and its rows."""

    key: str
    title: str
    rows: list[TodayRow] = field(default_factory=list)


def prepare_sections(items: list[today.TodayItem], day: dt.date, heading: Callable[[str], str],
                     cells: Callable[[today.TodayItem, dt.date], tuple[str, str, str]]) -> list[TodaySection]:
    """Group the items by section, in their order, with the texts the screen shows (on a worker)."""
    sections: dict[str, TodaySection] = {}
    for item in stepping(items, 256):
        section = sections.setdefault(item.section, TodaySection(item.section, ""))
        section.rows.append(TodayRow(item, cells(item, day)))
    for section in sections.values():
        section.title = f"{heading(section.key)}  ({len(section.rows)})"
    return list(sections.values())


class TodayModel(QAbstractItemModel):
    """Sections at the top level, their items as children; ITEM_ROLE gives an item's TodayItem."""

    def __init__(self, headers: Callable[[], list[str]], parent=None):
        super().__init__(parent)
        self.headers = headers  # called when shown, so the titles follow the language
        self.sections: list[TodaySection] = []

    def set_sections(self, sections: list[TodaySection]) -> None:
        self.beginResetModel()
        self.sections = sections
        self.endResetModel()

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, HEADING_ID)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()) -> QModelIndex:
        if not index.isValid() or index.internalId() == HEADING_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, HEADING_ID)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == HEADING_ID and parent.column() == 0:
            return len(self.sections[parent.row()].rows)
        return 0

    def hasChildren(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() or (parent.internalId() == HEADING_ID and parent.column() == 0
                                        and bool(self.sections[parent.row()].rows))

    def columnCount(self, parent=QModelIndex()) -> int:
        return 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == HEADING_ID:
            return self._heading_data(index, role)
        row = self.sections[index.internalId() - 1].rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == ITEM_ROLE:
            return row.item
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return row.cells[1]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and row.item.overdue:
            return QBrush(OVERDUE)
        return None

    def _heading_data(self, index, role):
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.sections[index.row()].title
        if role == Qt.ItemDataRole.FontRole:
            font = QGuiApplication.font()
            font.setBold(True)
            return font
        return None

    def texts(self, column: int, per_section: int) -> list[str]:
        """The texts of a column in the first rows of each section (to size the column by)."""
        return [row.cells[column] for section in self.sections for row in section.rows[:per_section]]
