"""Settings: who I am, the language, the database, the firm's working time and holidays, its users, who sells
and the sales plan."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.common import identity, preferences, rights
from app.common.errors import RapportError, ValidationError
from app.exchange.capture.matching import firm_addresses_from_text
from app.hear.calendar_settings import save_work_calendar
from app.journal.editor_choices import user_choices, user_exists
from app.portrait import sales_plan
from app.users import accounts
from db.connection import shown_database
from db.models import db
from ui.settings.user_dialog import AddUserDialog
from ui.settings.users_tab import UsersTab
from ui.settings.work_time_editor import WorkTimeEditor
from ui.shell.errors import show_error
from ui.widgets.form import hint_label
from ui.widgets.saving import save_in_background

LANGUAGES = (("", None), ("en", "English"), ("ru", "Русский"), ("uk", "Українська"))
ADD_USER = -1  # the data of the "Add user…" item of the current-user combo


class SettingsDialog(QDialog):
    """Preferences of this computer (who I am, language, database) and of the firm (working time, users)."""

    database_chosen = Signal(str)  # the main window opens this database

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.work_time = WorkTimeEditor(self)
        acting = identity.acting()
        if not rights.may(acting, "change settings"):
            self.work_time.set_read_only(self.tr("Only %1 may change the firm's working time and holidays.")
                                         .replace("%1", rights.who_may("change settings").shown()))
        self.tabs.addTab(self.work_time, self.tr("&Working time"))
        self.tabs.addTab(self._users_tab(), self.tr("&Users"))
        from ui.portrait.sales_plan_editor import SalesPlanEditor

        self.sales = SalesPlanEditor(self)
        self.tabs.addTab(self.sales, self.tr("&Sales"))
        from ui.backup.settings_tab import BackupSettings

        self.backups = BackupSettings(self)
        self.tabs.addTab(self.backups, self.tr("&Backups"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 520)

    # ---- general ---------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout(tab)
        grid.setColumnStretch(1, 1)
        self.current_user = QComboBox(tab)
        self.current_user.setObjectName("who_am_i")
        self.acting = identity.acting()
        self._fill_user_combo(self.acting.id if self.acting else None)
        self.current_user.activated.connect(self._user_picked)
        grid.addWidget(_label(self.tr("Who am &I"), self.current_user), 0, 0)
        grid.addWidget(self.current_user, 0, 1)
        # The first choice on this computer account is free; changing it afterwards needs an owner
        # (app.common.identity.link), so nobody makes themselves someone else.
        fixed = self.acting is not None and not rights.may(self.acting, "manage users")
        self.current_user.setEnabled(not fixed)
        grid.addWidget(hint_label(self.tr("What you log is signed with this name.") if not fixed else self.tr(
            "What you log is signed with this name. Only %1 may change who this computer account is.")
            .replace("%1", rights.who_may("manage users").shown())), 1, 1)
        self.language = QComboBox(tab)
        for code, name in LANGUAGES:
            self.language.addItem(name or self.tr("As the system"), code)
        self.language.setCurrentIndex(max(self.language.findData(preferences.get("language")), 0))
        grid.addWidget(_label(self.tr("&Language"), self.language), 2, 0)
        grid.addWidget(self.language, 2, 1)
        grid.addWidget(hint_label(self.tr("A new language is used from the next start of Rapport.")), 3, 1)
        self.database_path = QLabel(self._database_text(), tab)
        self.database_path.setWordWrap(True)
        self.database_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(QLabel(self.tr("Database")), 4, 0)
        grid.addWidget(self.database_path, 4, 1)
        open_button = QPushButton(self.tr("&Open another…"), tab)
        new_button = QPushButton(self.tr("&New database…"), tab)
        open_button.clicked.connect(self.open_database)
        new_button.clicked.connect(self.new_database)
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addWidget(new_button)
        row.addStretch(1)
        grid.addLayout(row, 5, 1)
        self.firm_addresses = QLineEdit(", ".join(preferences.get("firm_addresses")), tab)
        self.firm_addresses.setObjectName("firm_addresses")
        self.firm_addresses.setPlaceholderText(self.tr("anna@ourfirm.com, ourfirm.com"))
        grid.addWidget(_label(self.tr("Our email &addresses"), self.firm_addresses), 6, 0)
        grid.addWidget(self.firm_addresses, 6, 1)
        grid.addWidget(hint_label(self.tr("The firm's own addresses or domains, for everyone on this journal. "
                                          "Captured mail from them is outbound; any other is inbound.")), 7, 1)
        self.reminders_on = QCheckBox(self.tr("&Remind me when my items come due"), tab)
        self.reminders_on.setObjectName("reminders_on")
        self.reminders_on.setChecked(preferences.get("reminders_on"))
        grid.addWidget(QLabel(self.tr("Reminders")), 8, 0)
        grid.addWidget(self.reminders_on, 8, 1)
        grid.addWidget(hint_label(self.tr("Follow-ups, feedback, replies and negotiation actions: a notification "
                                          "from the tray icon, or a banner in this window where there is no tray. "
                                          "In working hours only.")), 9, 1)
        grid.setRowStretch(10, 1)
        return tab

    def _fill_user_combo(self, chosen: int | None) -> None:
        self.current_user.clear()
        self.current_user.addItem(self.tr("— nobody chosen —"), 0)
        for user_id, name in user_choices(active_only=True, keep=chosen):
            self.current_user.addItem(name, user_id)
        self.current_user.addItem(self.tr("Add user…"), ADD_USER)
        self.current_user.setCurrentIndex(max(self.current_user.findData(chosen if user_exists(chosen) else 0), 0))

    def _user_picked(self, index: int) -> None:
        if self.current_user.itemData(index) == ADD_USER:
            acting_id = self.acting.id if self.acting else None
            self.add_user(lambda user: self._fill_user_combo(user["id"] if user else acting_id))

    def add_user(self, then: Callable[[dict | None], object] | None = None) -> AddUserDialog | None:
        """Ask for a new user (an owner's to do: the Users tab says so otherwise); the dialog creates them
        on a worker; then(their users-table row, or None if cancelled). No nested event loop."""
        if not self.users.editable:
            self.tabs.setCurrentWidget(self.users)
            if then is not None:
                then(None)
            return None
        return self.users.add_user(then)

    def _database_text(self) -> str:
        return shown_database()

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a Rapport database"), "",
                                              self.tr("Rapport databases (*.db *.sqlite);;All files (*)"))
        if path:
            self._choose_database(path)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New Rapport database"), "rapport.db",
                                              self.tr("Rapport databases (*.db)"))
        if path:
            self._choose_database(path)

    def _choose_database(self, path: str) -> None:
        """Keep this dialog's other changes, then hand the database to the main window to open."""
        def chosen() -> None:
            preferences.set("last_database", path)
            super(SettingsDialog, self).accept()
            self.database_chosen.emit(path)

        self.apply(chosen)

    # ---- users -----------------------------------------------------------------------------

    def _users_tab(self) -> QWidget:
        self.users = UsersTab(self.acting.id if self.acting else None, self)
        self.users_model, self.users_view = self.users.model, self.users.view
        self.users.user_added.connect(lambda _id: self._fill_user_combo(self.current_user.currentData()))
        return self.users

    # ---- saving ----------------------------------------------------------------------------

    def apply(self, then: Callable[[], None] | None = None) -> None:
        """Store every setting on a worker, then call then(); on a mistake, show it at its field and store
        nothing of the firm's. A lock another program holds offers Retry, with everything still in the dialog."""
        self.work_time.errors.clear()
        try:
            firm_addresses = firm_addresses_from_text(self.firm_addresses.text())
        except ValidationError as exc:
            self.tabs.setCurrentIndex(0)
            self.firm_addresses.setFocus()
            QMessageBox.warning(self, self.tr("Settings"),
                                self.tr("Our email addresses: %1 is not an email address or a domain.")
                                .replace("%1", ", ".join(getattr(exc, "bad", []))))
            return
        try:
            self.sales.check()  # before anything is stored: a bad plan stores nothing of the firm's
        except RapportError as exc:
            self.tabs.setCurrentWidget(self.sales)
            show_error(self, exc)
            return
        sales_before, sales_now, sales_by = self.sales.original, self.sales.values(), self.sales.by
        days, start, end, holiday_rows = self.work_time.values()
        calendar, user_changes, by = (days, start, end, list(holiday_rows)), self.users_model.changes(), self.users.by
        reply_hours = self.work_time.reply_hours()
        chosen, acting = self.current_user.currentData(), self.acting
        relink = chosen not in (None, 0, ADD_USER) and chosen != (acting.id if acting else None)
        firm_editable = self.work_time.editable
        local = {"firm_addresses": firm_addresses, "language": self.language.currentData(),
                 "reminders_on": self.reminders_on.isChecked(), **self.backups.values()}

        def write() -> None:
            with db.atomic():  # the firm's settings together, or none of them
                if relink:
                    accounts.link(chosen, by=acting)  # the first choice is free; a change needs an owner
                if firm_editable:
                    save_work_calendar(*calendar, reply_hours, by=acting)
                if user_changes:
                    accounts.apply_changes(user_changes, by=by)
                if sales_now[0] != sales_before[0]:
                    sales_plan.save_owners_sell(sales_by, sales_now[0])
                if sales_now[1] != sales_before[1]:
                    sales_plan.save_plan(sales_by, sales_now[1])
            for key, value in local.items():
                preferences.set(key, value)

        def saved(_result) -> None:
            self.users_model.mark_applied()
            self.sales.original = sales_now
            if then is not None:
                then()

        def problems(exc: ValidationError) -> None:
            self.tabs.setCurrentIndex(1)
            self.work_time.errors.show(exc.problems, fallback="working_days")

        save_in_background(self, write, saved, problems,
                           lambda exc: show_error(self, exc))

    def accept(self) -> None:
        self.apply(super().accept)


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
