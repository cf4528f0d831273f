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
    misconduct_by_person,
    praise_by_colleague,
    team_notes,
    team_rows,
)
from db.vocabulary import DRIFT_TAGS, POLICY_TAGS
from ui.shell import labels
from ui.widgets.column_fit import fit_columns
from ui.widgets.elided_label import ElidedLabel

PAGE = 200
POLICY_COLORS = {"like": "#43a047", "hear": "#1e88e5", "negotiate": "#8e24aa"}
# (key, heading, whether the heading names the rate window)
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("Team", "Manager"), False),
    ("clients", QT_TRANSLATE_NOOP("Team", "Clients"), False),
    ("bands", QT_TRANSLATE_NOOP("Team", "By band"), False),
    ("warnings", QT_TRANSLATE_NOOP("Team", "Warnings"), False),
    ("mix", QT_TRANSLATE_NOOP("Team", "Like / hear / negotiate"), True),
    ("coded", QT_TRANSLATE_NOOP("Team", "Coded"), True),
    ("drift", QT_TRANSLATE_NOOP("Team", "Drift"), True),
    ("kept", QT_TRANSLATE_NOOP("Team", "Promises kept"), True),
    ("ack", QT_TRANSLATE_NOOP("Team", "Acknowledged in"), True),
    ("replies", QT_TRANSLATE_NOOP("Team", "Replies late"), False),
    ("misconduct", QT_TRANSLATE_NOOP("Team", "Misconduct"), True),
    ("praise", QT_TRANSLATE_NOOP("Team", "Praise"), True),
)
KEYS = tuple(key for key, _title, _windowed in COLUMNS)
HEADER_TIPS = {
    "bands": QT_TRANSLATE_NOOP("Team", "Clients per health band today"),
    "warnings": QT_TRANSLATE_NOOP("Team", "Clients with an early warning today"),
    "mix": QT_TRANSLATE_NOOP("Team", "Entries coded like, hear and negotiate, %1"),
    "coded": QT_TRANSLATE_NOOP("Team", "Share of entries coded like, hear, negotiate or with a drift tag, %1 "
                                       "(Edit > Code entries proposes the rest)"),
    "drift": QT_TRANSLATE_NOOP("Team", "Entries tagged dismissive, capitulating or punishing (stance drift), %1"),
    "kept": QT_TRANSLATE_NOOP("Team", "Promises that came due %1 and were kept on time"),
    "ack": QT_TRANSLATE_NOOP("Team", "Median working hours from feedback raised to acknowledged, %1"),
    "replies": QT_TRANSLATE_NOOP("Team", "Replies awaiting past the firm's rule"),
    "misconduct": QT_TRANSLATE_NOOP("Team", "Client misconduct met by our people, %1: a reason to support them, "
                                            "not a penalty to the client's score"),
    "praise": QT_TRANSLATE_NOOP("Team", "Praise of the colleague by clients, %1"),
}


def _translated(text: str) -> str:
    """A heading marked with QT_TRANSLATE_NOOP("Team", ...), in the user's language."""
    return QCoreApplication.translate("Team", text)


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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key, title, windowed = COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole and key in HEADER_TIPS:
            return _translated(HEADER_TIPS[key]).replace("%1", labels.window_text(self.days))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "name" and self.group_by == BY_SEGMENT:
            return QCoreApplication.translate("Team", "Segment")
        return _translated(title)

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
            return tooltip(row, key)
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
        return row.name or (QCoreApplication.translate("Team", "nobody") if group_by == BY_MANAGER
                         else QCoreApplication.translate("Team", "no segment"))
    if key == "clients":
        return str(row.clients)
    if key == "warnings":
        return f"⚠ {row.warnings}" if row.warnings else ""
    if key == "drift":
        return str(row.drift_total) if row.drift_total else ""
    if key == "coded":
        return "" if row.coded_share is None else labels.percent_text(100 * row.coded_share)
    if key == "kept":
        if not row.promises_due:
            return ""
        return f"{labels.percent_text(100 * row.kept_rate)} ({row.promises_kept}/{row.promises_due})"
    if key == "ack":
        hours = row.ack_median_hours
        return "" if hours is None else QCoreApplication.translate("Team", "%1 h").replace("%1", labels.number_text(hours, 1))
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
    if key == "coded":
        return -1.0 if row.coded_share is None else row.coded_share
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


def tooltip(row: TeamRow, key: str) -> str | None:
    parts = shares(row, key)
    if key == "mix" and row.policy_total:
        return "\n".join(f"{name}: {n} ({labels.percent_text(100 * n / row.policy_total)})" for n, _c, name in parts)
    if parts:
        return "\n".join(f"{name}: {n}" for n, _c, name in parts)
    if key == "drift" and row.drift_total:
        return "\n".join(f"{labels.label('tag', tag)}: {row.drift[tag]}" for tag in DRIFT_TAGS if row.drift[tag])
    if key == "ack" and row.ack_hours:
        count = len(row.ack_hours)
        return QCoreApplication.translate("Team", "Median of %n item(s) raised in the window, in working hours", "",
                                          count)
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
            return _translated(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        note = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (labels.date_text(note.at.date()), labels.label("tag", note.tag), note.client,
                    note.person or QCoreApplication.translate("Team", "nobody named"), note.summary)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return labels.tag_color(note.tag)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return note.summary
        return None


class TeamView(QWidget):
    """The Team tab: one row per manager or per segment, under the page's filters."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("team_view")
        self.facts: TeamFacts | None = None
        self.portfolio: list[ClientHealth] = []
        self.filters = TeamFilters()
        self.group = QComboBox(self)
        self.group.addItem(self.tr("By manager"), BY_MANAGER)
        self.group.addItem(self.tr("By segment"), BY_SEGMENT)
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.group.currentIndexChanged.connect(self._regroup)
        self.window_label = QLabel(self)
        self.window_label.setWordWrap(True)
        self.model = TeamModel(self)
        self.table = self._build_table()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rows:"), self))
        top.addWidget(self.group)
        top.addSpacing(12)
        top.addWidget(self.window_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("team_table")
        table.setModel(self.model)
        table.setMinimumHeight(60)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        delegate = SharesDelegate(table)
        for key in ("bands", "mix"):
            table.setItemDelegateForColumn(KEYS.index(key), delegate)
        # The name stretches; on a narrow screen the client count, the early warnings (the Clients tab has
        # them) and praise (the Mutual respect tab has it) give way. Replies stay hidden until counted.
        fit_columns(table, (0,), tuple(KEYS.index(key) for key in ("clients", "warnings", "praise", "coded")))
        return table

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
        self.window_label.setText(self.tr("Clients and warnings today; every other figure over the %1").replace(
            "%1", labels.window_text(facts.window.days)))

    def _regroup(self) -> None:
        if self.facts is not None:
            self.show_team(self.facts, self.portfolio, self.filters.manager_id, self.filters.segment)


class RespectView(QWidget):
    """The Mutual respect tab: praise per colleague, and recent client misconduct and praise entries."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("respect_view")
        self.praise = ElidedLabel("", self)  # one line however many colleagues were praised: all in the tooltip
        self.note = QLabel(self.tr("Client misconduct is recorded to support the people who met it: "
                                   "it takes nothing off the client's health."), self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.model = NotesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("respect_table")
        self.table.setModel(self.model)
        self.table.setMinimumHeight(60)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        fit_columns(self.table, (4,), (2,))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.praise)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def show_notes(self, facts: TeamFacts, manager_id, segment) -> None:
        filters = TeamFilters(manager_id, segment)
        window = labels.window_text(facts.window.days)
        praised = praise_by_colleague(facts, filters)
        misconduct = sum(misconduct_by_person(facts, filters).values())
        people = ", ".join(f"{name} ({n})" for name, n in praised) or self.tr("none recorded")
        text = self.tr("Praise of colleagues, %1: %2.").replace("%1", window).replace("%2", people)
        count = misconduct  # a plain name, so lupdate sees the plural
        text += " " + QCoreApplication.translate("Team", "%n entry(ies) of client misconduct.", "", count)
        self.praise.setText(text)
        self.model.load(team_notes(facts, filters))
