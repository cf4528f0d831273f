"""The owner's portfolio: every client's health as a table model, filtered, worst first.

Rows come ready-made from app.health.dashboard (computed on a worker); the model pages them
into the view 200 at a time (canFetchMore / fetchMore). The score cell is painted in its
band's colour with the trend arrow, and the trend column draws a small sparkline.
"""

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPointF,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from app.health.score import BANDS, ClientHealth
from ui.health import text as health_text
from ui.shell import labels

PAGE = 200
COLUMNS = (
    ("client", QT_TRANSLATE_NOOP("Portfolio", "Client")),
    ("manager", QT_TRANSLATE_NOOP("Portfolio", "Account manager")),
    ("score", QT_TRANSLATE_NOOP("Portfolio", "Health")),
    ("trend", QT_TRANSLATE_NOOP("Portfolio", "Last 12 weeks")),
    ("last_contact", QT_TRANSLATE_NOOP("Portfolio", "Last contact")),
    ("open_feedback", QT_TRANSLATE_NOOP("Portfolio", "Open feedback")),
    ("open_negotiations", QT_TRANSLATE_NOOP("Portfolio", "Open negotiations")),
    ("promises", QT_TRANSLATE_NOOP("Portfolio", "Promises kept")),
)
KEYS = tuple(key for key, _title in COLUMNS)


def kept_share(h: ClientHealth) -> float | None:
    return h.promises_kept / h.promises_due if h.promises_due else None


class PortfolioModel(QAbstractTableModel):
    """Clients' health rows; the view sees them a page at a time."""

    ClientIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    HealthRole = Qt.ItemDataRole.UserRole + 3
    SparkRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all_rows: list[ClientHealth] = []
        self.sparks: dict[int, list[int | None]] = {}
        self.shown = 0
        self.window_days: int | None = None  # the promise-kept rate's window, said in its heading

    def load(self, rows: list[ClientHealth], sparks: dict[int, list[int | None]]) -> None:
        self.beginResetModel()
        self.all_rows, self.sparks = list(rows), sparks
        self.shown = min(PAGE, len(self.all_rows))
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self.shown < len(self.all_rows)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self.all_rows) - self.shown)
        if more > 0:
            self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
            self.shown += more
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.shown

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            title = QCoreApplication.translate("Portfolio", COLUMNS[section][1])
            if KEYS[section] == "promises" and self.window_days:
                title += f", {labels.window_text(self.window_days)}"
            return title
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # a scrolled page asks every cell for a dozen roles: the ones never answered go first
        if role not in _ANSWERED or not index.isValid() or not (0 <= index.row() < self.shown):
            return None
        h, key = self.all_rows[index.row()], KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(h, key)
        if role == self.SortRole:
            return self._sort_key(h, key)
        if role == self.ClientIdRole:
            return h.client_id
        if role == self.HealthRole:
            return h
        if role == self.SparkRole:
            return self.sparks.get(h.client_id, [])
        if role == Qt.ItemDataRole.ToolTipRole and key in ("score", "client"):
            return self._tooltip(h)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("client", "manager"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, h: ClientHealth, key: str):
        if key == "client":
            return ("⚠ " if h.warning else "") + h.client
        if key == "manager":
            return h.manager_name
        if key == "score":
            return f"{h.score} {health_text.trend_arrow(h.trend_30d)}"
        if key == "last_contact":
            return labels.date_text(h.last_contact) if h.last_contact else \
                QCoreApplication.translate("Portfolio", "never")
        if key in ("open_feedback", "open_negotiations"):
            value = getattr(h, key)
            return str(value) if value else ""
        if key == "promises":
            share = kept_share(h)
            return "" if share is None else labels.percent_text(share * 100)
        return ""

    def _sort_key(self, h: ClientHealth, key: str):
        if key in ("score", "trend"):
            return (h.score if key == "score" else h.trend_30d) * 1000 + BANDS.index(h.band)
        if key == "last_contact":
            return QDateTime(h.last_contact) if h.last_contact else QDateTime()
        if key == "promises":
            share = kept_share(h)
            return -1.0 if share is None else share
        if key in ("open_feedback", "open_negotiations"):
            return getattr(h, key)
        return (h.client if key == "client" else h.manager_name).casefold()

    def _tooltip(self, h: ClientHealth) -> str:
        lines = [f"{health_text.band_text(h.band)} — {health_text.trend_text(h.trend_30d)}"]
        lines += [health_text.reason_text(r) for r in h.reasons]
        if h.pulse_disagrees:
            lines.append(health_text.disagreement_text(h.pulse_reading, h.band))
        return "\n".join(lines)


# the roles PortfolioModel.data answers, as plain numbers (a set lookup, not an enum's attribute)
_ANSWERED = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
    PortfolioModel.ClientIdRole, PortfolioModel.SortRole, PortfolioModel.HealthRole, PortfolioModel.SparkRole))


class PortfolioFilter(QSortFilterProxyModel):
    """Keeps the rows of one manager, segment and band (None: any)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.manager_id: int | None = None
        self.segment: str | None = None
        self.band: str | None = None
        self.setSortRole(PortfolioModel.SortRole)

    def set_filters(self, manager_id=None, segment=None, band=None) -> None:
        self.beginFilterChange()
        self.manager_id, self.segment, self.band = manager_id, segment, band
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        h: ClientHealth = index.data(PortfolioModel.HealthRole)
        if h is None:
            return False
        return ((self.manager_id is None or h.manager_id == self.manager_id)
                and (self.segment is None or h.segment == self.segment)
                and (self.band is None or h.band == self.band))


class ScoreDelegate(QStyledItemDelegate):
    """The score on its band's colour, with the trend arrow; a disagreeing pulse adds a dot."""

    def paint(self, painter: QPainter, option, index) -> None:
        h: ClientHealth = index.data(PortfolioModel.HealthRole)
        if h is None:
            return super().paint(painter, option, index)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        chip = QRectF(option.rect).adjusted(6, 3, -6, -3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(labels.band_color(h.band))
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(QColor("white"))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, index.data(Qt.ItemDataRole.DisplayRole))
        if h.pulse_disagrees:
            painter.setBrush(QColor("#fff176"))
            painter.setPen(QPen(QColor("#5d4037"), 1))
            painter.drawEllipse(QPointF(chip.right() - 5, chip.top() + 5), 3.5, 3.5)
        painter.restore()


class SparklineDelegate(QStyledItemDelegate):
    """A small line of the last weeks' scores, coloured by today's band."""

    def paint(self, painter: QPainter, option, index) -> None:
        scores = [s for s in (index.data(PortfolioModel.SparkRole) or []) if s is not None]
        h: ClientHealth = index.data(PortfolioModel.HealthRole)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        if len(scores) >= 2 and h is not None:
            box = QRectF(option.rect).adjusted(6, 4, -6, -4)
            step = box.width() / (len(scores) - 1)
            line = QPolygonF([QPointF(box.left() + i * step, box.bottom() - box.height() * s / 100)
                              for i, s in enumerate(scores)])
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(labels.band_color(h.band), 1.6))
            painter.drawPolyline(line)
            painter.setBrush(labels.band_color(h.band))
            painter.drawEllipse(line.last(), 2.2, 2.2)
        painter.restore()
