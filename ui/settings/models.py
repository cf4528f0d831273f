"""Tables of the settings dialog: the firm's holidays and its users, edited in memory until OK."""

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate, QTableView

from ui.shell import labels
from ui.widgets.table_model import FlatTableModel


class HolidaysModel(FlatTableModel):
    """The firm's days off: (day, name), kept in date order."""

    CONTEXT = "SettingsModels"
    HEADERS = (QT_TRANSLATE_NOOP("SettingsModels", "Day"), QT_TRANSLATE_NOOP("SettingsModels", "Holiday"))

    def __init__(self, rows: list[tuple[dt.date, str]], parent=None):
        super().__init__(parent)
        self.rows = sorted(rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index) or role != Qt.ItemDataRole.DisplayRole:
            return None
        day, name = self.rows[index.row()]
        if index.column() == 0:
            return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)
        return name

    def add_holiday(self, day: dt.date, name: str) -> None:
        """Add (or rename) a day off."""
        self.beginResetModel()
        self.rows = sorted([r for r in self.rows if r[0] != day] + [(day, name.strip())])
        self.endResetModel()

    def remove_holiday(self, row: int) -> None:
        self.remove_row(row)


class UsersModel(FlatTableModel):
    """The firm's people: name, role (editable by owners), whether they are active (a checkbox) and,
    on a server, their login."""

    CONTEXT = "SettingsModels"
    HEADERS = (QT_TRANSLATE_NOOP("SettingsModels", "Name"), QT_TRANSLATE_NOOP("SettingsModels", "Role"),
               QT_TRANSLATE_NOOP("SettingsModels", "Active"), QT_TRANSLATE_NOOP("SettingsModels", "Login"))
    ROLE_COLUMN, ACTIVE_COLUMN, LOGIN_COLUMN = 1, 2, 3

    def __init__(self, users: list[dict], parent=None, editable: bool = True, show_login: bool = False,
                 me: int | None = None):
        """users: dicts with id, name, role, active (and login); me: who is editing, whose own role
        and active box stay as they are (nobody promotes or deactivates themselves)."""
        super().__init__(parent)
        self.editable = editable
        self.me = me
        if not show_login:
            self.HEADERS = self.HEADERS[:3]
        self.rows = [dict(u) for u in users]
        self.original = {u["id"]: (u["role"], u["active"]) for u in users}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index):
            return None
        user = self.rows[index.row()]
        column = index.column()
        if column == self.ACTIVE_COLUMN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if user["active"] else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LOGIN_COLUMN:
                return user.get("login", "")
            return user["name"] if column == 0 else labels.label("role", user["role"])
        if role == Qt.ItemDataRole.EditRole and column == self.ROLE_COLUMN:
            return user["role"]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = self.editable and self.rows[index.row()]["id"] != self.me
        if editable and index.column() == self.ROLE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        if editable and index.column() == self.ACTIVE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not self.is_row(index) or not self.editable or self.rows[index.row()]["id"] == self.me:
            return False
        user = self.rows[index.row()]
        if index.column() == self.ACTIVE_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            user["active"] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif index.column() == self.ROLE_COLUMN and role == Qt.ItemDataRole.EditRole and value:
            user["role"] = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def add_user(self, user: dict) -> None:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(dict(user))
        self.original[user["id"]] = (user["role"], user["active"])
        self.endInsertRows()

    def changes(self) -> dict[int, dict]:
        """user id -> the role/active values changed since the dialog opened."""
        out = {}
        for user in self.rows:
            role, active = self.original[user["id"]]
            change = {k: v for k, v in (("role", user["role"]), ("active", user["active"]))
                      if v != {"role": role, "active": active}[k]}
            if change:
                out[user["id"]] = change
        return out

    def mark_applied(self) -> None:
        """The changes are made: what the table shows now is what the journal holds."""
        self.original = {u["id"]: (u["role"], u["active"]) for u in self.rows}


class RoleDelegate(QStyledItemDelegate):
    """Edits a user's role with a combo of the translated role names."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for value, text in labels.choices("role"):
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def data_table(model, parent) -> QTableView:
    """A table view for one of these models: whole rows selected, columns sharing the width."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    return view
