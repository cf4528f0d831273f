"""The client editor's contacts as an editable table: rows are kept in memory until the client is saved."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from app import journal

COLUMNS = ("name", "role", "email", "phone")


class ContactsModel(QAbstractTableModel):
    """A client's contacts being edited: name, role, email, phone; each row keeps its id (None: new)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ContactsModel", "Name"),
        QT_TRANSLATE_NOOP("ContactsModel", "Role"),
        QT_TRANSLATE_NOOP("ContactsModel", "Email"),
        QT_TRANSLATE_NOOP("ContactsModel", "Phone"),
    )

    def __init__(self, rows: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self.rows = [dict(row) for row in rows or []]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ContactsModel", self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()].get(COLUMNS[index.column()], "")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][COLUMNS[index.column()]] = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def add_contact(self) -> int:
        """Append an empty contact and return its row."""
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append({"id": None, **{field: "" for field in journal.CONTACT_FIELDS}})
        self.endInsertRows()
        return row

    def remove_contact(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def contacts(self) -> list[tuple[int, dict]]:
        """(table row, contact) to save; a row left entirely empty is dropped, not refused."""
        return [(i, row) for i, row in enumerate(self.rows)
                if any(str(row.get(f, "")).strip() for f in journal.CONTACT_FIELDS)]
