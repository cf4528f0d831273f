"""The trash's items, newest first, a page at a time read on a worker as the owner scrolls."""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from app.common.wording import shown, shown_value
from app.trash.bin import PAGE, TrashLine
from ui.shell.tasks import run_task

# loader(before_id, limit) -> the next items older than before_id (None: the newest), run on a worker.
Loader = Callable[[int | None, int], list[TrashLine]]


class TrashModel(QAbstractTableModel):
    """Trash items in columns: what it is, what kind, who deleted it, when."""

    CONTEXT = "TrashModel"
    HEADERS = (QT_TRANSLATE_NOOP("TrashModel", "Item"), QT_TRANSLATE_NOOP("TrashModel", "Kind"),
               QT_TRANSLATE_NOOP("TrashModel", "Deleted by"), QT_TRANSLATE_NOOP("TrashModel", "Deleted"))
    LABEL, KIND, WHO, WHEN = range(4)
    LineRole = Qt.ItemDataRole.UserRole + 1  # the TrashLine

    loaded = Signal()  # a page arrived (or the end was reached)
    failed = Signal(object)  # reading went wrong: the error, for the screen to show

    def __init__(self, parent=None, page: int = PAGE):
        super().__init__(parent)
        self.lines: list[TrashLine] = []
        self.page = page
        self.loader: Loader | None = None
        self.loading = False
        self.at_end = True
        self.generation = 0  # a reload makes pages still on their way stale

    def set_loader(self, loader: Loader | None) -> None:
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
                 lambda lines: self._arrived(generation, lines), lambda exc: self._failed(generation, exc), quiet=True, owner=self)

    def _arrived(self, generation: int, lines: list[TrashLine]) -> None:
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

    def line(self, row: int) -> TrashLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        if role == self.LineRole:
            return line
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.LABEL:
            return line.label
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.LABEL:
            return line.label
        if column == self.KIND:
            return shown(line.kind_word)
        if column == self.WHO:
            return line.deleted_by
        return shown_value(line.deleted_at.replace(second=0, microsecond=0))
