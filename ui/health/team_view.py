"""The dashboard's Team tab: per manager (or per segment) side by side, and misconduct and praise beside it.

Rows come from app.health.team (added up from what the dashboard's worker read), so switching the
grouping or a filter redraws at once; the model pages them into the view 200 at a time. Every rate's
column heading says its window ("last 90 days"), the same window as the portfolio and the client's
Negotiations tab.
"""

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.health.score import BANDS, ClientHealth
from app.health.team import (
    BY_MANAGER,
    BY_SEGMENT,
    Note,
    TeamFacts,
    TeamFilters,
    TeamRow,
    praise_by_colleague,
    team_notes,
    team_rows,
)
from db.vocabulary import DRIFT_TAGS, POLICY_TAGS
from ui.shell import labels
from ui.widgets.column_fit import fit_columns

PAGE = 200
POLICY_COLORS = {"like": "#43a047", "hear": "#1e88e5", "negotiate": "#8e24aa"}
# (key, heading, whether the heading names the rate window)
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("Team", "Manager"), False),
    ("clients", QT_TRANSLATE_NOOP("Team", "Clients"), False),
    ("bands", QT_TRANSLATE_NOOP("Team", "Clients by band"), False),
    ("warnings", QT_TRANSLATE_NOOP("Team", "Early warnings"), False),
    ("mix", QT_TRANSLATE_NOOP("Team", "Like / hear / negotiate"), True),
    ("drift", QT_TRANSLATE_NOOP("Team", "Stance drift"), True),
    ("kept", QT_TRANSLATE_NOOP("Team", "Promises kept"), True),
    ("ack", QT_TRANSLATE_NOOP("Team", "Feedback acknowledged (median)"), True),
    ("replies", QT_TRANSLATE_NOOP("Team", "Replies awaiting past the rule"), False),
    ("misconduct", QT_TRANSLATE_NOOP("Team", "Client misconduct"), True),
    ("praise", QT_TRANSLATE_NOOP("Team", "Praise received"), True),
)
KEYS = tuple(key for key, _title, _windowed in COLUMNS)


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Team", text, "", n)


class TeamModel(QAbstractTableModel):
    """The team's rows; the view sees them a page at a time."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    SharesRole = Qt.ItemDataRole.UserRole + 2  # [(count, colour, legend)] for the bar delegates
    SortRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all_rows: list[TeamRow] = []
        self.shown = 0
        self.days = 90
        self.group_by = BY_MANAGER

    def load(self, rows: list[TeamRow], days: int, group_by: str) -> None:
        self.beginResetModel()
        self.all_rows, self.days, self.group_by = list(rows), days, group_by
        self.shown = min(PAGE, len(self.all_rows))
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def replies_counted(self) -> bool:
        return any(row.replies_overdue is not None for row in self.all_rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self.shown < len(self.all_rows)

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = 0 if parent.isValid() else min(PAGE, len(self.all_rows) - self.shown)
        if more > 0:
            self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
            self.shown += more
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.shown

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(COLUMNS):
            return None
        key, title, windowed = COLUMNS[section]
        if key == "name" and self.group_by == BY_SEGMENT:
            return tr("Segment")
        text = tr(title)
        return f"{text}\n{labels.window_text(self.days)}" if windowed else text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.shown:
            return None
        row, key = self.all_rows[index.row()], KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, key, self.group_by)
        if role == self.RowRole:
            return row
        if role == self.SharesRole:
            return shares(row, key)
        if role == self.SortRole:
            return sort_key(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(row, key, self.days)
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "name":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        key = KEYS[column]
        self.all_rows.sort(key=lambda r: sort_key(r, key), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def cell_text(row: TeamRow, key: str, group_by: str) -> str:
    if key == "name":
        return row.name or (tr("nobody") if group_by == BY_MANAGER else tr("no segment"))
    if key == "clients":
        return str(row.clients)
    if key == "warnings":
        return f"⚠ {row.warnings}" if row.warnings else ""
    if key == "drift":
        return str(row.drift_total) if row.drift_total else ""
    if key == "kept":
        if not row.promises_due:
            return ""
        return f"{labels.percent_text(100 * row.kept_rate)} ({row.promises_kept}/{row.promises_due})"
    if key == "ack":
        hours = row.ack_median_hours
        return "" if hours is None else tr("%1 h").replace("%1", labels.number_text(hours, 1))
    if key == "replies":
        return "—" if row.replies_overdue is None else str(row.replies_overdue or "")
    if key in ("misconduct", "praise"):
        value = getattr(row, key)
        return str(value) if value else ""
    return ""  # bands and mix are drawn


def sort_key(row: TeamRow, key: str):
    if key == "name":
        return row.name.casefold()
    if key == "bands":
        return tuple(-row.bands[band] for band in reversed(BANDS))  # most souring first when ascending
    if key == "mix":
        return row.policy_total
    if key == "kept":
        return -1.0 if row.kept_rate is None else row.kept_rate
    if key == "ack":
        return float("inf") if row.ack_median_hours is None else row.ack_median_hours
    values = {"clients": row.clients, "warnings": row.warnings, "drift": row.drift_total,
              "replies": row.replies_overdue or 0, "misconduct": row.misconduct, "praise": row.praise}
    return values.get(key, 0)


def shares(row: TeamRow, key: str) -> list[tuple[int, QColor, str]]:
    if key == "bands":
        return [(row.bands[band], labels.band_color(band), labels.label("band", band)) for band in BANDS]
    if key == "mix":
        return [(row.policy[tag], QColor(POLICY_COLORS[tag]), labels.label("tag", tag)) for tag in POLICY_TAGS]
    return []


def tooltip(row: TeamRow, key: str, days: int) -> str | None:
    parts = shares(row, key)
    if key == "mix" and row.policy_total:
        return "\n".join(f"{name}: {n} ({labels.percent_text(100 * n / row.policy_total)})" for n, _c, name in parts)
    if parts:
        return "\n".join(f"{name}: {n}" for n, _c, name in parts)
    if key == "drift" and row.drift_total:
        return "\n".join(f"{labels.label('tag', tag)}: {row.drift[tag]}" for tag in DRIFT_TAGS if row.drift[tag])
    if key == "ack" and row.ack_hours:
        count = len(row.ack_hours)
        return tr("Median of %n item(s) raised in the window, in working hours", count)
    if key == "misconduct":
        return tr("Entries tagged client misconduct: a reason to support the people who met it, "
                  "not a penalty to the client's score")
    if key == "replies" and row.replies_overdue is None:
        return tr("Not counted yet")
    return None


class SharesDelegate(QStyledItemDelegate):
    """A bar split in proportion to its counts, each part in its colour with its count when it fits."""

    def paint(self, painter: QPainter, option, index) -> None:
        parts = [(n, color, name) for n, color, name in (index.data(TeamModel.SharesRole) or []) if n]
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        total = sum(n for n, _c, _name in parts)
        if total:
            box = QRectF(option.rect).adjusted(6, 4, -6, -4)
            x = box.left()
            metrics = painter.fontMetrics()
            for n, color, _name in parts:
                width = box.width() * n / total
                piece = QRectF(x, box.top(), width, box.height())
                painter.fillRect(piece, color)
                text = str(n)
                if metrics.horizontalAdvance(text) + 4 <= width:
                    painter.setPen(QColor("white"))
                    painter.drawText(piece, Qt.AlignmentFlag.AlignCenter, text)
                x += width
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(120, super().sizeHint(option, index).height())


class NotesModel(QAbstractTableModel):
    """Recent client misconduct and praise entries: when, what, client, the colleague, the summary."""

    HEADERS = (QT_TRANSLATE_NOOP("Team", "When"), QT_TRANSLATE_NOOP("Team", "What"),
               QT_TRANSLATE_NOOP("Team", "Client"), QT_TRANSLATE_NOOP("Team", "Colleague"),
               QT_TRANSLATE_NOOP("Team", "Summary"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Note] = []

    def load(self, rows: list[Note]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        note = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (labels.date_text(note.at.date()), labels.label("tag", note.tag), note.client,
                    note.person or tr("nobody named"), note.summary)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return labels.tag_color(note.tag)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return note.summary
        return None


class TeamView(QWidget):
    """The Team tab: rows per manager or segment, and the misconduct and praise of the chosen row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("team_view")
        self.facts: TeamFacts | None = None
        self.filters = TeamFilters()
        self.group = QComboBox(self)
        self.group.addItem(self.tr("By manager"), BY_MANAGER)
        self.group.addItem(self.tr("By segment"), BY_SEGMENT)
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.group.currentIndexChanged.connect(self._regroup)
        self.model = TeamModel(self)
        self.table = self._build_table()
        self.praise = QLabel(self)
        self.praise.setWordWrap(True)
        self.notes_title = QLabel(self)
        self.notes_model = NotesModel(self)
        self.notes = QTableView(self)
        self.notes.setModel(self.notes_model)
        self.notes.verticalHeader().hide()
        self.notes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.notes, (4,))
        self._lay_out()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("team_table")
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        delegate = SharesDelegate(table)
        for key in ("bands", "mix"):
            table.setItemDelegateForColumn(KEYS.index(key), delegate)
        # The name and the two bars share what is left; on a narrow screen the replies' placeholder,
        # praise and the client count give way first.
        fit_columns(table, (0, KEYS.index("bands"), KEYS.index("mix")),
                    tuple(KEYS.index(key) for key in ("replies", "clients")))
        table.selectionModel().currentRowChanged.connect(self._row_chosen)
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rows:"), self))
        top.addWidget(self.group)
        top.addSpacing(12)
        top.addWidget(self.praise, 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.notes_title)
        lower_layout.addWidget(self.notes, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def group_by(self) -> str:
        return self.group.currentData()

    def show_team(self, facts: TeamFacts, portfolio: list[ClientHealth], manager_id, segment) -> None:
        """Rows for these filters (the page's manager and segment), grouped as chosen here."""
        self.facts, self.portfolio = facts, portfolio
        self.filters = TeamFilters(manager_id, segment, self.group_by())
        rows = team_rows(self.filters, facts.window, facts, portfolio)
        header = self.table.horizontalHeader()
        self.model.load(rows, facts.window.days, self.filters.group_by)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.setColumnHidden(KEYS.index("replies"), not self.model.replies_counted())
        self._show_praise()
        self._show_notes(None)

    def _regroup(self) -> None:
        if self.facts is not None:
            self.show_team(self.facts, self.portfolio, self.filters.manager_id, self.filters.segment)

    def _show_praise(self) -> None:
        window = labels.window_text(self.facts.window.days)
        praised = praise_by_colleague(self.facts, TeamFilters(self.filters.manager_id, self.filters.segment))
        if praised:
            people = ", ".join(f"{name} ({n})" for name, n in praised)
            self.praise.setText(self.tr("Praise of colleagues, %1: %2").replace("%1", window).replace("%2", people))
        else:
            self.praise.setText(self.tr("No praise of colleagues recorded, %1").replace("%1", window))

    def _row_chosen(self, current, _previous) -> None:
        row = current.data(TeamModel.RowRole) if current.isValid() else None
        self._show_notes(row)

    def _show_notes(self, row: TeamRow | None) -> None:
        if self.facts is None:
            return
        notes = team_notes(self.facts, self.filters, key=row.key if row is not None else None)
        window = labels.window_text(self.facts.window.days)
        if row is None:
            title = self.tr("Client misconduct towards our people, and praise of them, %1: "
                            "a reason to support them, not a mark against the client's health")
        else:
            title = self.tr("%2, %1: client misconduct and praise").replace(
                "%2", cell_text(row, "name", self.filters.group_by))
        self.notes_title.setText(title.replace("%1", window))
        self.notes_model.load(notes)
