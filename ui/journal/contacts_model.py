"""The client editor's contacts as an editable table: rows are kept in memory until the client is saved."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from app.journal import records as journal
from ui.widgets.table_model import FlatTableModel

COLUMNS = ("name", "role", "email", "phone")


class ContactsModel(FlatTableModel):
    """A client's contacts being edited: name, role, email, phone; each row keeps its id (None: new)."""

    CONTEXT = "ContactsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ContactsModel", "Name"),
        QT_TRANSLATE_NOOP("ContactsModel", "Role"),
        QT_TRANSLATE_NOOP("ContactsModel", "Email"),
        QT_TRANSLATE_NOOP("ContactsModel", "Phone"),
    )

    def __init__(self, rows: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self.rows = [dict(row) for row in rows or []]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index):
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
        self.remove_row(row)

    def contacts(self) -> list[tuple[int, dict]]:
        """(table row, contact) to save; a row left entirely empty is dropped, not refused."""
        return [(i, row) for i, row in enumerate(self.rows)
                if any(str(row.get(f, "")).strip() for f in journal.CONTACT_FIELDS)]
