"""The client editor: a client's record, contract and contacts; a change of stage says why."""


from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.common import identity, rights
from app.common.errors import Problem, ValidationError
from app.journal.client_records import save_client
from app.journal.editor_choices import client_values, segment_choices, user_choices, user_exists
from ui.journal.contacts_model import COLUMNS, ContactsModel
from ui.shell.events import bus
from ui.widgets.day_field import DayField
from ui.widgets.field_errors import FieldErrors
from ui.widgets.form import add_save_shortcuts, form_grid, row_of, select_data, vocabulary_combo
from ui.widgets.read_only import lock_fields, read_only_note
from ui.widgets.saving import save_in_background


def show_amount(value: float | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value, "f", 0 if float(value).is_integer() else 2)


def read_amount(text: str) -> float | None:
    """A sum typed in the user's locale (or with a dot); raises ValueError when it is not a number."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if ok:
        return value
    return float(cleaned.replace(",", "."))


class ClientEditor(QDialog):
    """Create a client or edit one: its stage, segment, manager, contract, rhythm, notes and contacts."""

    def __init__(self, parent: QWidget | None = None, client_id: int | None = None):
        super().__init__(parent)
        self.client_id = client_id
        stored = client_values(client_id) if client_id else {}
        self.original_stage = stored.get("stage")
        self.setWindowTitle(self.tr("Edit client") if client_id else self.tr("New client"))
        self._build_fields(stored)
        self._build_layout()
        self._fill(stored)
        said = rights.refusal(identity.acting(), "edit a client" if client_id else "add a client", client_id)
        self.refusal = said.shown() if said is not None else None
        if self.refusal is not None:
            self._open_read_only(self.refusal)
        self.name.setFocus()

    def _open_read_only(self, refusal: str) -> None:
        """Someone who may not change this client reads its record: fields locked, no Save, and who may."""
        lock_fields(self, keep=(self.cancel_button,))
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.note = read_only_note(self, refusal)
        self.layout().insertWidget(self.layout().count() - 1, self.note)

    def _build_fields(self, stored: dict) -> None:
        self.name = QLineEdit(self)
        self.stage = vocabulary_combo("stage")
        self.stage_note = QLineEdit(self)
        self.stage_note.setPlaceholderText(self.tr("the reason, kept in the journal"))
        self.segment = QComboBox(self)
        self.segment.setEditable(True)
        self.segment.addItems([""] + segment_choices())
        self.manager = QComboBox(self)
        self.manager.addItem("—", None)
        for user_id, name in user_choices(active_only=True, keep=stored.get("account_manager")):
            self.manager.addItem(name, user_id)
        self.contract_start = DayField(self, relative=False)
        self.contract_end = DayField(self, relative=False)
        self.contract_value = QLineEdit(self)
        self.contract_value.setPlaceholderText(show_amount(12000.5))
        self.rhythm = QSpinBox(self)
        self.rhythm.setRange(0, 3650)
        self.rhythm.setSpecialValueText("—")
        self.rhythm.setSuffix(self.tr(" days"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.contacts_model = ContactsModel(stored.get("contacts", []), self)
        self.contacts = QTableView(self)
        self.contacts.setModel(self.contacts_model)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.verticalHeader().hide()
        self.contacts.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.contacts.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.add_contact_button = QPushButton(self.tr("&Add contact"), self)
        self.remove_contact_button = QPushButton(self.tr("&Remove contact"), self)

    def _build_layout(self) -> None:
        grid = form_grid()
        self.errors = FieldErrors()
        add = self.errors.add_row
        row = add(grid, 0, "name", self.tr("&Name"), self.name)
        stage = row_of(self.stage, self.tr("&Why"), self.stage_note) if self.client_id else row_of(self.stage)
        self.stage_note.setVisible(bool(self.client_id))  # a new client has no stage to change from
        row = add(grid, row, "stage", self.tr("&Stage"), stage)
        row = add(grid, row, "segment", self.tr("S&egment"), row_of(self.segment))
        row = add(grid, row, "account_manager", self.tr("Account &manager"), row_of(self.manager))
        row = add(grid, row, "contract_start", self.tr("Contract &from"),
                  row_of(self.contract_start, self.tr("&to"), self.contract_end))
        self.errors.widgets["contract_end"] = self.contract_end
        self.errors.labels["contract_end"] = self.errors.labels["contract_start"]
        row = add(grid, row, "contract_value", self.tr("Contract &value"),
                  row_of(self.contract_value, self.tr("Conta&ct every"), self.rhythm))
        self.errors.widgets["contact_every_days"] = self.rhythm
        self.errors.labels["contact_every_days"] = self.errors.labels["contract_value"]
        row = add(grid, row, "notes", self.tr("N&otes"), self.notes)
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.add_contact_button)
        contact_buttons.addWidget(self.remove_contact_button)
        contact_buttons.addStretch(1)
        contacts = QWidget(self)
        box = QVBoxLayout(contacts)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.contacts)
        box.addLayout(contact_buttons)
        contacts.setFocusProxy(self.contacts)
        add(grid, row, "contacts", self.tr("Contacts"), contacts)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_contact_button, self.remove_contact_button, self.cancel_button,
                       self.save_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.remove_contact_button.clicked.connect(self.remove_contact)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        add_save_shortcuts(self, self.save)
        self.resize(680, self.sizeHint().height())

    def _fill(self, stored: dict) -> None:
        self.name.setText(stored.get("name", ""))
        select_data(self.stage, stored.get("stage", "prospect"))
        self.segment.setCurrentText(stored.get("segment", ""))
        current = identity.acting_id()
        select_data(self.manager, stored.get("account_manager") if stored
                    else (current if user_exists(current) else None))
        self.contract_start.set_day(stored.get("contract_start"))
        self.contract_end.set_day(stored.get("contract_end"))
        self.contract_value.setText(show_amount(stored.get("contract_value")))
        self.rhythm.setValue(stored.get("contact_every_days") or 0)
        self.notes.setPlainText(stored.get("notes", ""))
        self._stage_changed()

    def _stage_changed(self, *_args) -> None:
        """The reason is asked for only when an existing client's stage really changes."""
        changed = self.client_id is not None and self.stage.currentData() != self.original_stage
        self.stage_note.setEnabled(changed)

    def add_contact(self) -> None:
        row = self.contacts_model.add_contact()
        index = self.contacts_model.index(row, 0)
        self.contacts.setCurrentIndex(index)
        self.contacts.edit(index)

    def remove_contact(self) -> None:
        self.contacts_model.remove_contact(self.contacts.currentIndex().row())

    # ---- saving ---------------------------------------------------------------------------

    def _fields(self) -> dict:
        """The client's fields for the journal; dates and sums the form could not read are named here."""
        problems, fields = [], {}
        for name, widget in (("contract_start", self.contract_start), ("contract_end", self.contract_end)):
            if widget.normalise():  # the day saved is the day the field shows
                fields[name] = widget.day()
            else:
                problems.append(Problem(name, widget.problem()))
        try:
            fields["contract_value"] = read_amount(self.contract_value.text())
        except ValueError:
            problems.append(Problem("contract_value", self.tr("“%1” is not a sum of money: type e.g. %2")
                                    .replace("%1", self.contract_value.text()).replace("%2", show_amount(12000.5))))
        if problems:
            raise ValidationError(problems)
        return {**fields, "name": self.name.text(), "stage": self.stage.currentData(),
                "segment": self.segment.currentText(), "account_manager": self.manager.currentData(),
                "contact_every_days": self.rhythm.value() or None, "notes": self.notes.toPlainText()}

    def save(self) -> None:
        if self.refusal is not None:
            return  # read only: the note says who may
        self.errors.clear()
        rows = self.contacts_model.contacts()
        current = identity.acting_id()
        show_problems = lambda exc: self.errors.show([self._in_words(p, rows) for p in exc.problems],  # noqa: E731
                                                     fallback="name")
        try:
            fields = self._fields()
        except ValidationError as exc:
            show_problems(exc)
            return
        client_id, contacts = self.client_id, [contact for _row, contact in rows]
        author_id, note = current if user_exists(current) else None, self.stage_note.text().strip()
        save_in_background(
            self, lambda: save_client(client_id, fields, contacts, author_id=author_id, stage_note=note),
            self._saved, show_problems)

    def _saved(self, client) -> None:
        self.client_id = client.id
        bus().clients_changed.emit()
        bus().client_changed.emit(client.id)
        self.accept()

    def _in_words(self, problem: Problem, rows: list[tuple[int, dict]]) -> Problem:
        """"contacts[1].email" becomes "Contact 3, Email: ..." and that cell is selected."""
        if not problem.where.startswith("contacts["):
            return problem
        index, _, field = problem.where[len("contacts["):].partition("].")
        table_row = rows[int(index)][0]
        column = COLUMNS.index(field) if field in COLUMNS else 0
        self.contacts.setCurrentIndex(self.contacts_model.index(table_row, column))
        heading = self.contacts_model.headerData(column, Qt.Orientation.Horizontal) if field in COLUMNS else field
        return Problem("contacts", self.tr("Contact %1, %2: %3").replace("%1", str(table_row + 1))
                       .replace("%2", str(heading)).replace("%3", problem.text))
