"""The client list: a table model of app.queries.client_rows, filtered as you type, sortable.

COLUMNS is the extension point for later features (the health column): append a Column.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from app import queries
from db.vocabulary import CLIENT_STAGES
from ui import labels
from ui.events import bus
from ui.health_cache import health_cell_color, health_cell_text, health_sort_key

MAX_COLUMN_WIDTH = 130
OVERDUE_FEEDBACK = QColor("#c62828")
MIN_COLUMN_WIDTH = 44
NAME_MIN_WIDTH = 190


@dataclass
class Column:
    """A column of the client list: its title, shown text, sort key and optional colour."""

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("ClientList", ...)
    text: Callable[[queries.ClientRow], str]
    sort_key: Callable[[queries.ClientRow], object]
    color: Callable[[queries.ClientRow], object] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _last_contact_text(row: queries.ClientRow) -> str:
    if row.last_contact is None:
        return QCoreApplication.translate("ClientList", "never")
    return labels.date_text(row.last_contact)


COLUMNS: list[Column] = [
    Column("name", QT_TRANSLATE_NOOP("ClientList", "Client"), lambda r: r.name, lambda r: r.name.casefold()),
    Column("stage", QT_TRANSLATE_NOOP("ClientList", "Stage"), lambda r: labels.label("stage", r.stage),
           lambda r: CLIENT_STAGES.index(r.stage) if r.stage in CLIENT_STAGES else len(CLIENT_STAGES)),
    Column("manager", QT_TRANSLATE_NOOP("ClientList", "Account manager"), lambda r: r.manager_name,
           lambda r: r.manager_name.casefold()),
    Column("last_contact", QT_TRANSLATE_NOOP("ClientList", "Last contact"), _last_contact_text,
           lambda r: QDateTime(r.last_contact) if r.last_contact else QDateTime()),
    Column("open_items", QT_TRANSLATE_NOOP("ClientList", "Open"), lambda r: str(r.open_items) if r.open_items else "",
           lambda r: r.open_items, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
           color=lambda r: OVERDUE_FEEDBACK if r.overdue_feedback else None),  # D: feedback past its clock
    # E: health from the figures ui.health_cache recomputes on a worker (blank until they arrive)
    Column("health", QT_TRANSLATE_NOOP("ClientList", "Health"), health_cell_text, health_sort_key,
           health_cell_color, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
]


class ClientListModel(QAbstractTableModel):
    """Every client as a row; reloads itself when the journal changes."""

    ClientIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    FilterRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[queries.ClientRow] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = queries.client_rows()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ClientList", COLUMNS[section].title)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == self.SortRole:
            return column.sort_key(row)
        if role == self.ClientIdRole:
            return row.id
        if role == self.FilterRole:
            return f"{row.name}\n{row.segment}\n{row.manager_name}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "name" and row.segment:
            return row.segment
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "open_items" and row.overdue_feedback:
            count = row.overdue_feedback  # a plain name, so lupdate sees the plural
            return QCoreApplication.translate("ClientList", "%n feedback item(s) not acknowledged within the rule",
                                              "", count)
        return None

    def row_of(self, client_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == client_id), None)


class ClientFilterProxy(QSortFilterProxyModel):
    """Keeps the clients whose name, segment or account manager contain the typed text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(ClientListModel.FilterRole)
        self.setSortRole(ClientListModel.SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)


class ClientListPanel(QWidget):
    """The filter box over the client table; tells which client is selected."""

    client_selected = Signal(object)  # client id, or None when nothing is selected

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ClientListModel(self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("client_filter")
        self.filter.setPlaceholderText(self.tr("Filter clients (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.returnPressed.connect(self._select_first_if_none)
        self.table = QTableView(self)
        self.table.setObjectName("client_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        events = bus()
        for signal in (events.clients_changed, events.client_changed, events.interactions_changed,
                       events.database_replaced):
            signal.connect(self.reload)
        self._fit_columns()

    def reload(self, *_args) -> None:
        """Reload the rows, keeping the selected client selected."""
        selected = self.current_client_id()
        self.model.reload()
        self._fit_columns()
        if selected is not None:
            self.select_client(selected, emit_if_same=False)
        if self.current_client_id() != selected:
            self.client_selected.emit(self.current_client_id())

    def _fit_columns(self) -> None:
        """Measure the columns' content; the name then takes what the others leave (see _share_width)."""
        header = self.table.horizontalHeader()
        self.content_widths = []
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(column)
            self.content_widths.append(min(self.table.columnWidth(column), MAX_COLUMN_WIDTH))
        self._share_width()

    def _share_width(self) -> None:
        """Other columns as wide as their content, shrunk together when the client's name would get too little."""
        widths = getattr(self, "content_widths", [])
        room = self.table.viewport().width() - NAME_MIN_WIDTH
        if widths and sum(widths) > room > 0:
            widths = [max(MIN_COLUMN_WIDTH, w * room // sum(widths)) for w in widths]
        for column, width in enumerate(widths, start=1):
            self.table.setColumnWidth(column, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share_width()

    def current_client_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(ClientListModel.ClientIdRole)

    def select_client(self, client_id: int, emit_if_same: bool = True) -> bool:
        """Select a client, clearing the filter if it hides them; False if there is no such client."""
        row = self.model.row_of(client_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if emit_if_same or self.table.currentIndex().row() != index.row():
            self.table.selectRow(index.row())
            self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _select_first_if_none(self) -> None:
        if self.proxy.rowCount() and self.current_client_id() is None:
            self.table.selectRow(0)
        self.table.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.client_selected.emit(current.data(ClientListModel.ClientIdRole) if current.isValid() else None)
