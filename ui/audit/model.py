"""The audit lines of a history or of the firm-wide log, newest first, a page at a time read on a worker."""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from app.audit import words
from app.audit.history import PAGE, AuditLine
from app.common.wording import shown_value
from ui.shell.tasks import run_task

# loader(before_id, limit) -> the next lines older than before_id (None: the newest), run on a worker.
Loader = Callable[[int | None, int], list[AuditLine]]


class AuditModel(QAbstractTableModel):
    """Audit lines in columns: when, who, what was done, the record, its client, the fields changed."""

    CONTEXT = "AuditModel"
    HEADERS = (QT_TRANSLATE_NOOP("AuditModel", "When"), QT_TRANSLATE_NOOP("AuditModel", "Who"),
               QT_TRANSLATE_NOOP("AuditModel", "What"), QT_TRANSLATE_NOOP("AuditModel", "Record"),
               QT_TRANSLATE_NOOP("AuditModel", "Client"), QT_TRANSLATE_NOOP("AuditModel", "Changes"))
    WHEN, WHO, WHAT, RECORD, CLIENT, CHANGES = range(6)
    LineRole = Qt.ItemDataRole.UserRole + 1  # the AuditLine

    loaded = Signal()  # a page arrived (or the end was reached)
    failed = Signal(object)  # reading went wrong: the error, for the screen to show

    def __init__(self, parent=None, page: int = PAGE):
        super().__init__(parent)
        self.lines: list[AuditLine] = []
        self.page = page
        self.loader: Loader | None = None
        self.loading = False
        self.at_end = True
        self.generation = 0  # a reload makes pages still on their way stale

    def set_loader(self, loader: Loader | None) -> None:
        """Show what loader reads, from the newest line: the first page is asked for at once."""
        self.beginResetModel()
        self.generation += 1
        self.lines, self.loader, self.loading, self.at_end = [], loader, False, loader is None
        self.endResetModel()
        if loader is not None:
            self._load()

    def reload(self) -> None:
        self.set_loader(self.loader)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self.at_end and not self.loading

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._load()

    def _load(self) -> None:
        loader, generation, page = self.loader, self.generation, self.page
        before = self.lines[-1].id if self.lines else None
        self.loading = True
        run_task(None, "", lambda _progress: loader(before, page),
                 lambda lines: self._arrived(generation, lines), lambda exc: self._failed(generation, exc),
                 quiet=True, owner=self)

    def _arrived(self, generation: int, lines: list[AuditLine]) -> None:
        if generation != self.generation:
            return
        self.loading = False
        self.at_end = len(lines) < self.page
        if lines:
            first = len(self.lines)
            self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
            self.lines.extend(lines)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, generation: int, exc) -> None:
        if generation != self.generation:
            return
        self.loading, self.at_end = False, True
        self.failed.emit(exc)
        self.loaded.emit()

    def line(self, row: int) -> AuditLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        if role == self.LineRole:
            return line
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.CHANGES:
            return words.changes_text(line, "\n")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.WHEN:
            return shown_value(line.at.replace(second=0, microsecond=0))
        if column == self.WHO:
            return line.who
        if column == self.WHAT:
            return f"{words.action_word(line.action)} \u00b7 {words.kind_word(line)}"
        if column == self.RECORD:
            return words.record_text(line)
        if column == self.CLIENT:
            return line.client
        return words.changes_text(line)
