"""A list the firm's owners edit (add, edit, delete) and everyone else reads: the playbook, the portrait."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.common.errors import RapportError
from app.journal.records import get_user
from ui.hear.feedback_actions import current_user
from ui.shell.errors import show_error
from ui.widgets.fields_dialog import FieldsDialog
from ui.widgets.record_views import open_dialog, record_table


class OwnerListDialog(QDialog):
    """Rows of a FlatTableModel with owner-only Add, Edit and Delete; subclasses say how each is done."""

    def __init__(self, parent: QWidget | None, title: str, note: str, model, stretch: tuple[int, ...]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.user_id = current_user()
        self.can_edit = bool(self.user_id) and get_user(self.user_id).role == "owner"
        self.note = QLabel(note + ("" if self.can_edit else " " + self.tr("Only an owner may change it.")), self)
        self.note.setWordWrap(True)
        self.model = model
        self.table = record_table(self, model, stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.tools = QHBoxLayout()
        self.tools.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        self.add_button("add", self.tr("&Add..."), self.add)
        self.add_button("edit", self.tr("&Edit..."), self.edit)
        self.add_button("delete", self.tr("&Delete"), self.delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)

    def add_button(self, key: str, text: str, slot, index: int = -1) -> QPushButton:
        """An editing button (owners only) in the tool row, last or at index."""
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        button.setEnabled(self.can_edit)
        self.buttons[key] = button
        self.tools.insertWidget(index, button)
        return button

    def current(self):
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if self.model.is_row(index) else None

    def reload(self, *_args) -> None:
        raise NotImplementedError

    def entry_dialog(self, row) -> FieldsDialog:
        """The form that adds (row None) or edits a row."""
        raise NotImplementedError

    def delete_row(self, row) -> None:
        raise NotImplementedError

    def run(self, dialog: FieldsDialog) -> None:
        open_dialog(dialog, self.reload)

    def add(self) -> None:
        if self.can_edit:
            self.run(self.entry_dialog(None))

    def edit(self) -> None:
        if self.can_edit and self.current():
            self.run(self.entry_dialog(self.current()))

    def delete(self) -> None:
        row = self.current()
        if not (self.can_edit and row):
            return
        try:
            self.delete_row(row)
        except RapportError as exc:
            show_error(self, exc)
        self.reload()
