"""Adding a person to the firm: a name and a role; on a server, their login and its password."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.common.errors import ValidationError
from app.users import accounts
from ui.shell.errors import show_error
from ui.widgets.field_errors import FieldErrors
from ui.widgets.form import hint_label, select_data, vocabulary_combo
from ui.widgets.saving import save_in_background


class AddUserDialog(QDialog):
    """Create a user as the owner `by`; a taken name or login, a short or mistyped password is shown
    at its field. On a server the login is created with the password typed twice (never stored)."""

    def __init__(self, parent: QWidget | None = None, by: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add user"))
        self.by = by
        self.user = None
        self.server = accounts.on_server()
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.role = vocabulary_combo("role")
        select_data(self.role, "account_manager")
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        self.errors = FieldErrors()
        row = self.errors.add_row(grid, 0, "name", self.tr("&Name"), self.name)
        row = self.errors.add_row(grid, row, "role", self.tr("&Role"), self.role)
        self.first = accounts.is_empty() and not by
        if self.first:  # the journal's first person sets it up
            select_data(self.role, "owner")
            self.role.setEnabled(False)
            grid.addWidget(hint_label(self.tr("The journal's first person is its owner, who adds everyone else.")),
                           row, 1)
            row += 1
        self.login = QLineEdit(self)
        self.login.setObjectName("login")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.again = QLineEdit(self)
        self.again.setObjectName("again")
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        if self.server and not self.first:  # the first person is the login that set the journal up
            self._login_typed = False
            self.name.textEdited.connect(self._suggest_login)
            self.login.textEdited.connect(lambda: setattr(self, "_login_typed", True))
            row = self.errors.add_row(grid, row, "login", self.tr("&Login"), self.login)
            row = self.errors.add_row(grid, row, "password", self.tr("&Password"), self.password)
            row = self.errors.add_row(grid, row, "again", self.tr("Password a&gain"), self.again, error_key="password")
            grid.addWidget(hint_label(self.tr(
                "They connect to the server with this login and password. A login the server already has keeps "
                "its own password: leave the password empty then.")), row, 1)
            row += 1
        else:
            for field in (self.login, self.password, self.again):
                field.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grid.addWidget(QLabel(), row, 0)
        grid.addWidget(buttons, row + 1, 0, 1, 2)
        self.setMinimumWidth(440)

    def _suggest_login(self, name: str) -> None:
        if not self._login_typed:
            self.login.setText(accounts.suggested_login(name))

    def accept(self) -> None:
        """Create the user on a worker (ui.widgets.saving); the dialog closes once they exist."""
        self.errors.clear()
        name, role, login = self.name.text(), self.role.currentData(), self.login.text()
        try:
            password = None
            if self.server and accounts.needs_password(login.strip()):
                password = accounts.check_password(self.password.text(), self.again.text())
        except ValidationError as exc:
            self.errors.show(exc.problems, fallback="name")
            return
        finally:
            self.password.clear()  # the password lives on only in the save below, never in the dialog
            self.again.clear()
        by = self.by
        save_in_background(self, lambda: accounts.add(name, role, by=by, login=login, password=password),
                           self._created, lambda exc: self.errors.show(exc.problems, fallback="name"),
                           lambda exc: show_error(self, exc))

    def _created(self, user) -> None:
        self.user = user
        super().accept()
