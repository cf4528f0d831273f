"""The client list: a table model of app.journal.queries.client_rows, filtered as you type, sortable.

COLUMNS is the extension point for later features (the health column): append a Column.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.journal import queries
from db.vocabulary import CLIENT_STAGES
from ui.health.cache import health_cell_color, health_cell_text, health_sort_key
from ui.live.keep_place import PlaceKeeper
from ui.shell import labels
from ui.shell.events import bus
from ui.shell.tasks import run_task, workers_wait_while_scrolled

MAX_COLUMN_WIDTH = 150  # a text column (the manager's name) wider than this shows its longest cells cut
OVERDUE_FEEDBACK = QColor("#c62828")
NAME_MIN_WIDTH = 170
SAMPLE_ROWS = 60  # rows measured to size a column (spread over the list)
CELL_PADDING = 14
SORT_ARROW_ROOM = 30


@dataclass
class Column:
    """A column of the client list: its title, shown text, sort key and optional colour."""

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("ClientList", ...)
    text: Callable[[queries.ClientRow], str]
    sort_key: Callable[[queries.ClientRow], object]
    color: Callable[[queries.ClientRow], object] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    # Where the list is narrow, columns of lower priority give way first (the name never does).
    priority: int = 0
    # The widest texts the column can show, when known before the rows (the column is then as
    # wide from the start, and does not move when late figures arrive); else measured from rows.
    widest: Callable[[], list[str]] | None = None


def _last_contact_text(row: queries.ClientRow) -> str:
    if row.last_contact is None:
        return QCoreApplication.translate("ClientList", "never")
    return labels.date_text(row.last_contact)


def _widest_dates() -> list[str]:
    return [QCoreApplication.translate("ClientList", "never"), labels.date_text(dt.date(2028, 12, 28))]


def _reply_text_of(hours: float) -> str:
    return "\u2709 " + QCoreApplication.translate("ClientList", "%1 h").replace("%1", labels.number_text(hours, 1))


def _reply_text(row: queries.ClientRow) -> str:
    """A waiting reply as an envelope and the working hours it has waited; blank when none waits."""
    return "" if row.reply_hours is None else _reply_text_of(row.reply_hours)


COLUMNS: list[Column] = [
    Column("name", QT_TRANSLATE_NOOP("ClientList", "Client"), lambda r: r.name, lambda r: r.name.casefold(),
           priority=9),
    Column("stage", QT_TRANSLATE_NOOP("ClientList", "Stage"), lambda r: labels.label("stage", r.stage),
           lambda r: CLIENT_STAGES.index(r.stage) if r.stage in CLIENT_STAGES else len(CLIENT_STAGES),
           priority=1, widest=lambda: [labels.label("stage", stage) for stage in CLIENT_STAGES]),
    Column("manager", QT_TRANSLATE_NOOP("ClientList", "Account manager"), lambda r: r.manager_name,
           lambda r: r.manager_name.casefold(), priority=2),
    Column("last_contact", QT_TRANSLATE_NOOP("ClientList", "Last contact"), _last_contact_text,
           lambda r: r.last_contact or dt.datetime.min, priority=4, widest=_widest_dates),
    Column("open_items", QT_TRANSLATE_NOOP("ClientList", "Open"), lambda r: str(r.open_items) if r.open_items else "",
           lambda r: r.open_items, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
           color=lambda r: OVERDUE_FEEDBACK if r.overdue_feedback else None,  # D: feedback past its clock
           priority=3, widest=lambda: ["999"]),
    # E: health from the figures ui.health.cache recomputes on a worker (blank until they arrive)
    Column("health", QT_TRANSLATE_NOOP("ClientList", "Health"), health_cell_text, health_sort_key,
           health_cell_color, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
           priority=5, widest=lambda: ["\u26a0 100"]),
    # the reply the firm owes the client (app.hear.replies): red past the firm's rule
    Column("reply", QT_TRANSLATE_NOOP("ClientList", "Reply"), lambda r: _reply_text(r),
           lambda r: (r.reply_overdue, r.reply_hours or 0),
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
           color=lambda r: OVERDUE_FEEDBACK if r.reply_overdue else None, priority=3,
           widest=lambda: [_reply_text_of(99.5)]),
]


class ClientListModel(QAbstractTableModel):
    """Every client as a row, in the order of one column; sorted here, not in the filter proxy.

    Sorting with a Python key (one call per row) instead of the proxy's comparisons (a call to
    data() per comparison) keeps re-sorting thousands of clients well under a GUI frame or two."""

    ClientIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    FilterRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None, load: bool = True):
        super().__init__(parent)
        self.rows: list[queries.ClientRow] = []
        self.positions: dict[int, int] = {}  # client id -> row
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder
        if load:  # the panel passes False and fills it from a worker
            self.reload()

    def reload(self) -> None:
        """Read every client here, on this thread (the panel reads them on a worker instead)."""
        self.set_rows(queries.client_rows())

    def set_rows(self, rows: list[queries.ClientRow]) -> None:
        self.beginResetModel()
        self.rows = self._ordered(rows)
        self._index()
        self.endResetModel()

    def update_row(self, row: queries.ClientRow) -> bool:
        """Replace one client's row in place; False if the client is not in the list."""
        position = self.positions.get(row.id)
        if position is None:
            return False
        key = COLUMNS[self.sort_column].sort_key
        moved = key(self.rows[position]) != key(row)
        self.rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))
        if moved:
            self.sort(self.sort_column, self.sort_order)
        return True

    def column_changed(self, key: str) -> None:
        """A column's figures changed for every row (the health): repaint it, re-sorting if it is the order."""
        column = next(i for i, c in enumerate(COLUMNS) if c.key == key)
        if column == self.sort_column:
            self.sort(self.sort_column, self.sort_order)
        elif self.rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self.rows[index.row()].id, index.column()) for index in persistent]
        self.rows = self._ordered(self.rows)
        self._index()
        self.changePersistentIndexList(persistent, [self.index(self.positions[client_id], at)
                                                    for client_id, at in kept])
        self.layoutChanged.emit()

    def _ordered(self, rows: list[queries.ClientRow]) -> list[queries.ClientRow]:
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=COLUMNS[self.sort_column].sort_key, reverse=descending)

    def _index(self) -> None:
        self.positions = {row.id: i for i, row in enumerate(self.rows)}

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
        # a scrolled page asks every cell for a dozen roles: the ones never answered go first
        if role not in _ANSWERED or not index.isValid() or not (0 <= index.row() < len(self.rows)):
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
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "reply" and row.reply_hours is not None:
            return (QCoreApplication.translate("ClientList", "The client's message waits for our reply: past the firm's rule")
                    if row.reply_overdue else
                    QCoreApplication.translate("ClientList", "The client's message waits for our reply"))
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "open_items" and row.overdue_feedback:
            count = row.overdue_feedback  # a plain name, so lupdate sees the plural
            return QCoreApplication.translate("ClientList", "%n feedback item(s) not acknowledged within the rule",
                                              "", count)
        return None

    def row_of(self, client_id: int) -> int | None:
        return self.positions.get(client_id)


# the roles ClientListModel.data answers, as plain numbers (a set lookup, not an enum's attribute)
_ANSWERED = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole, ClientListModel.ClientIdRole, ClientListModel.SortRole, ClientListModel.FilterRole))


class ClientFilterProxy(QSortFilterProxyModel):
    """Keeps the clients whose name, segment or account manager contain the typed text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(ClientListModel.FilterRole)
        self.setSortRole(ClientListModel.SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The source model keeps the order: this proxy only filters (see ClientListModel)."""
        self.sourceModel().sort(column, order)


class ClientListPanel(QWidget):
    """The filter box over the client table; tells which client is selected.

    The rows are read on a worker and arrive after the window shows; an entry logged for a
    client refreshes that client's row alone, and the health column repaints in place."""

    client_selected = Signal(object)  # client id, or None when nothing is selected
    loaded = Signal()  # the rows of a full reload have arrived

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ClientListModel(self, load=False)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("client_filter")
        self.filter.setPlaceholderText(self.tr("Filter clients (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.returnPressed.connect(self._select_first_if_none)
        self.loading_label = QLabel(self.tr("Loading…"), self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table = QTableView(self)
        self.table.setObjectName("client_table")
        self.table.setModel(self.proxy)
        workers_wait_while_scrolled(self.table)
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
        self.place = PlaceKeeper(self.table, lambda index: index.data(ClientListModel.ClientIdRole),
                                 self._index_of, select=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.table, 1)
        self.loading = False
        self.load_task = None
        self.load_again = False
        self.pending_client: int | None = None  # chosen before the rows arrived: selected when they do
        self.announced: int | None = None  # that client, already told to the window
        self.first_pending = False  # select the first row once the rows arrive
        self.replaced = False  # another journal: its rows are new, whatever their ids
        self.load_timer = QTimer(self)
        self.load_timer.setSingleShot(True)
        self.load_timer.setInterval(0)
        self.load_timer.timeout.connect(self._start_load)
        events = bus()
        events.clients_changed.connect(self.reload)
        events.database_replaced.connect(self._database_replaced)
        events.client_changed.connect(self.refresh_client)
        events.interactions_changed.connect(self.refresh_client)
        self._fit_columns()
        self.reload()

    def reload(self, *_args) -> None:
        """Read every row again on a worker; the selected client stays selected when they arrive."""
        self.loading = True
        self.loading_label.setVisible(not self.model.rows)
        self.load_timer.start()  # from the event loop: after the window first shows, once per burst

    def _database_replaced(self) -> None:
        self.replaced = True
        self.reload()

    def _start_load(self) -> None:
        if self.load_task is not None and not self.load_task.done:
            self.load_again = True  # this read may have started before the change: read once more
            return
        self.load_task = run_task(self, "", lambda _progress: queries.client_rows(), self._rows_arrived,
                                  self._load_failed, quiet=True)

    def _rows_arrived(self, rows: list[queries.ClientRow]) -> None:
        if self.load_again:
            self.load_again = False
            self.load_task = None
            self._start_load()
            return
        selected = self.pending_client or self.current_client_id()
        # The same journal read again: the list stays where it was, and the client shown stays shown.
        again = bool(self.model.rows) and not self.replaced
        place = self.place.remember() if again else None
        self.model.set_rows(rows)
        self._fit_columns()
        self.loading = False
        self.loading_label.hide()
        if selected is not None:
            if again:
                self.announced = selected
            self.select_client(selected, emit_if_same=False)
            if self.current_client_id() != selected:  # gone meanwhile
                self.client_selected.emit(self.current_client_id())
        elif self.first_pending and self.proxy.rowCount():
            self.table.selectRow(0)
        if place is not None:
            self.place.restore(place)
        self.pending_client = self.announced = None
        self.first_pending = self.replaced = False
        self.loaded.emit()

    def _load_failed(self, exc: Exception) -> None:
        self.loading = False
        self.loading_label.setText(self.tr("The client list could not be read: %1").replace("%1", str(exc)))

    def refresh_client(self, client_id: int) -> None:
        """One client's entries or record changed: read their row alone (one small query)."""
        if self.loading:
            self.load_again = True
            return
        row = queries.client_row(client_id)
        if row is None or not self.model.update_row(row):
            self.reload()  # a client new to this list, or gone from it

    def show_health(self) -> None:
        """New health figures arrived: the health column repaints in place (its width was kept for them)."""
        self.model.column_changed("health")

    def _fit_columns(self) -> None:
        """Size the columns from their titles and their widest texts (known ones, or a sample of rows);
        the name takes what is left (_share_width).

        Qt's resizeColumnToContents would measure every row: seconds on thousands of clients."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        rows = self.model.rows
        sample = rows[::max(1, len(rows) // SAMPLE_ROWS)]
        self.content_widths = []
        for column in range(1, len(COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            texts = COLUMNS[column].widest() if COLUMNS[column].widest else [COLUMNS[column].text(r) for r in sample]
            widest = min(max((metrics.horizontalAdvance(text) for text in texts), default=0) + CELL_PADDING,
                         MAX_COLUMN_WIDTH)
            self.content_widths.append(max(header_metrics.horizontalAdvance(title) + SORT_ARROW_ROOM, widest))
        self._share_width()

    def minimum_width(self) -> int:
        """The narrowest this list may become: the name and the columns that never give way."""
        return NAME_MIN_WIDTH + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()

    def _share_width(self) -> None:
        """Every shown column as wide as its content; where the room is short, the columns of lowest
        priority give way (hidden, never cut), so the client's name keeps NAME_MIN_WIDTH."""
        widths = getattr(self, "content_widths", [])
        # The table's own size, not its viewport's: a hidden viewport is laid out only when shown.
        room = self.table.contentsRect().width() - self.table.verticalScrollBar().sizeHint().width() - NAME_MIN_WIDTH
        shown = set(range(1, len(widths) + 1))
        for column in sorted(shown, key=lambda c: COLUMNS[c].priority):
            if sum(widths[c - 1] for c in shown) <= room:
                break
            shown.discard(column)
        for column, width in enumerate(widths, start=1):
            self.table.setColumnHidden(column, column not in shown)
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
        if row is None and self.loading:  # the rows are on their way: show the client now, select on arrival
            self.pending_client = self.announced = client_id
            self.client_selected.emit(client_id)
            return True
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

    def _index_of(self, client_id: int) -> QModelIndex:
        row = self.model.row_of(client_id)
        return self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def select_first(self) -> None:
        """Select the first client shown, now or as soon as the rows arrive."""
        if self.loading:
            self.first_pending = True
        elif self.proxy.rowCount():
            self.table.selectRow(0)

    def _select_first_if_none(self) -> None:
        if self.proxy.rowCount() and self.current_client_id() is None:
            self.table.selectRow(0)
        self.table.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        client_id = current.data(ClientListModel.ClientIdRole) if current.isValid() else None
        if client_id is not None and client_id == self.announced:
            return  # shown already when it was chosen, before the rows arrived
        self.client_selected.emit(client_id)
