"""Adding a person to the firm: a name and a role."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.journal import records as journal
from ui.widgets.field_errors import FieldErrors
from ui.widgets.form import select_data, vocabulary_combo
from ui.widgets.saving import save_in_background


class AddUserDialog(QDialog):
    """Create a user; a taken name is shown at the name field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add user"))
        self.user = None
        self.name = QLineEdit(self)
        self.role = vocabulary_combo("role")
        select_data(self.role, "account_manager")
        grid = QGridLayout(self)
        self.errors = FieldErrors()
        row = self.errors.add_row(grid, 0, "name", self.tr("&Name"), self.name)
        row = self.errors.add_row(grid, row, "role", self.tr("&Role"), self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grid.addWidget(QLabel(), row, 0)
        grid.addWidget(buttons, row + 1, 0, 1, 2)
        self.setMinimumWidth(380)

    def accept(self) -> None:
        """Create the user on a worker (ui.widgets.saving); the dialog closes once they exist."""
        self.errors.clear()
        name, role = self.name.text(), self.role.currentData()
        save_in_background(self, lambda: journal.create_user(name, role), self._created,
                           lambda exc: self.errors.show(exc.problems, fallback="name"))

    def _created(self, user) -> None:
        self.user = user
        super().accept()
