"""Settings > Users: the firm's people. Owners add people, change roles and deactivate; everyone
else sees the list as it is, with a line saying who may change it."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.common import rights
from app.journal import records as journal
from app.users import accounts
from ui.settings.models import RoleDelegate, UsersModel, data_table
from ui.settings.user_dialog import AddUserDialog
from ui.shell import labels
from ui.widgets.form import hint_label


class UsersTab(QWidget):
    """The users table, editable by owners only; apply() makes the changes (roles, active) as by."""

    user_added = Signal(int)

    def __init__(self, by: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        acting = accounts.acting_user(by)
        self.by = acting.id if acting is not None else None
        self.editable = rights.may(acting, "manage users") or accounts.is_empty()
        users = [{"id": u.id, "name": u.name, "role": u.role, "active": u.active, "login": u.login or ""}
                 for u in journal.list_users()]
        self.model = UsersModel(users, self, editable=self.editable, show_login=accounts.on_server(),
                                me=self.by)
        self.view = data_table(self.model, self)
        self.view.setObjectName("users")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.add_button.clicked.connect(lambda: self.add_user())
        if self.editable:
            self.view.setItemDelegateForColumn(UsersModel.ROLE_COLUMN, RoleDelegate(self.view))
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
            row = QHBoxLayout()
            row.addWidget(self.add_button)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(hint_label(self.tr("An inactive user keeps what they logged but is no longer offered "
                                                "as an account manager.")))
        else:
            self.add_button.hide()
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.read_only_note = QLabel(self._read_only_text(acting), self)
            self.read_only_note.setObjectName("read_only_note")
            self.read_only_note.setWordWrap(True)
            layout.addWidget(self.read_only_note)
        if accounts.on_server():
            layout.addWidget(hint_label(self.tr("On this server each person connects with their own login; "
                                                "the server itself enforces what their role allows.")))

    def _read_only_text(self, acting) -> str:
        if acting is None:
            return self.tr("Only an owner may add people and change their roles. Choose who you are first.")
        return self.tr("Only an owner may add people and change their roles (you: %1, %2).").replace(
            "%1", acting.name).replace("%2", labels.label("role", acting.role))

    def add_user(self, then: Callable[[dict | None], object] | None = None) -> AddUserDialog:
        """Ask for a new person (their login and password on a server); the dialog adds them on a worker;
        then(their row, or None if cancelled). The dialog is opened, not exec()-ed: no nested event loop."""
        dialog = AddUserDialog(self, by=self.by)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            row = None
            if result == QDialog.DialogCode.Accepted and dialog.user is not None:
                user = dialog.user
                row = {"id": user.id, "name": user.name, "role": user.role, "active": user.active,
                       "login": user.login or ""}
                self.model.add_user(row)
                self.user_added.emit(user.id)
            if then is not None:
                then(row)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def apply(self) -> None:
        """Make the role and active changes made in the table (raises what an owner may not do)."""
        accounts.apply_changes(self.model.changes(), by=self.by)
        self.model.mark_applied()
