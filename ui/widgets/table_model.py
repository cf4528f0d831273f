"""The common base of the dialogs' small editable tables: rows in a list, translated headings."""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class FlatTableModel(QAbstractTableModel):
    """A flat table over self.rows whose column headings are marked with QT_TRANSLATE_NOOP(CONTEXT, ...)."""

    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return str(section + 1)
        return None

    def is_row(self, index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self.rows)

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
