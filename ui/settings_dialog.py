"""Settings: who I am, the language, the database, the firm's working time and holidays, its users."""

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import journal, preferences
from app.calendar_settings import holidays, save_work_calendar
from app.editor_choices import user_choices, user_exists
from app.errors import Problem, RapportError, ValidationError
from db.connection import sqlite_path
from db.models import db
from ui.errors import show_error
from ui.widgets.day_field import DayField, show_day
from ui.widgets.field_errors import FieldErrors
from ui.widgets.settings_models import HolidaysModel, RoleDelegate, UsersModel
from ui.widgets.user_dialog import AddUserDialog

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
        self.tabs.addTab(self._working_time_tab(), self.tr("&Working time"))
        self.tabs.addTab(self._users_tab(), self.tr("&Users"))
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
        self._fill_user_combo(preferences.get("current_user"))
        self.current_user.activated.connect(self._user_picked)
        grid.addWidget(_label(self.tr("Who am &I"), self.current_user), 0, 0)
        grid.addWidget(self.current_user, 0, 1)
        grid.addWidget(_hint(self.tr("What you log is signed with this name.")), 1, 1)
        self.language = QComboBox(tab)
        for code, name in LANGUAGES:
            self.language.addItem(name or self.tr("As the system"), code)
        self.language.setCurrentIndex(max(self.language.findData(preferences.get("language")), 0))
        grid.addWidget(_label(self.tr("&Language"), self.language), 2, 0)
        grid.addWidget(self.language, 2, 1)
        grid.addWidget(_hint(self.tr("A new language is used from the next start of Rapport.")), 3, 1)
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
        grid.setRowStretch(6, 1)
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
            user = self.add_user()
            self._fill_user_combo(user["id"] if user else preferences.get("current_user"))

    def add_user(self) -> dict | None:
        """Ask for a new user's name and role; create them; return them as a users-table row."""
        dialog = AddUserDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        user = dialog.user
        row = {"id": user.id, "name": user.name, "role": user.role, "active": user.active}
        self.users_model.add_user(row)
        return row

    def _database_text(self) -> str:
        path = sqlite_path()
        return str(path) if path is not None else str(getattr(db.obj, "database", ""))

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
        if not self.apply():
            return
        preferences.set("last_database", path)
        super().accept()
        self.database_chosen.emit(path)

    # ---- working time ----------------------------------------------------------------------

    def _working_time_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout(tab)
        grid.setColumnStretch(1, 1)
        self.time_errors = FieldErrors()
        days_row = QWidget(tab)
        days_layout = QHBoxLayout(days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        working = set(preferences.get("working_days"))
        self.day_boxes = []
        for weekday in range(7):
            box = QCheckBox(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat), days_row)
            box.setChecked(weekday in working)
            days_layout.addWidget(box)
            self.day_boxes.append(box)
        days_layout.addStretch(1)
        days_row.setFocusProxy(self.day_boxes[0])
        row = self.time_errors.add_row(grid, 0, "working_days", self.tr("Working &days"), days_row)
        self.work_start = QTimeEdit(QTime.fromString(preferences.get("work_start"), "HH:mm"), tab)
        self.work_end = QTimeEdit(QTime.fromString(preferences.get("work_end"), "HH:mm"), tab)
        hours = QWidget(tab)
        hours_layout = QHBoxLayout(hours)
        hours_layout.setContentsMargins(0, 0, 0, 0)
        hours_layout.addWidget(self.work_start)
        hours_layout.addWidget(QLabel("–"))
        hours_layout.addWidget(self.work_end)
        hours_layout.addStretch(1)
        hours.setFocusProxy(self.work_start)
        row = self.time_errors.add_row(grid, row, "work_end", self.tr("Working &hours"), hours)
        self.holidays_model = HolidaysModel(holidays(), self)
        self.holidays_view = _table(self.holidays_model, tab)
        self.holiday_day = DayField(tab, relative=False, preview=False)
        self.holiday_name = QLineEdit(tab)
        self.holiday_name.setPlaceholderText(self.tr("name, e.g. New Year"))
        add_button = QPushButton(self.tr("&Add"), tab)
        remove_button = QPushButton(self.tr("&Remove"), tab)
        add_button.clicked.connect(self.add_holiday)
        remove_button.clicked.connect(lambda: self.holidays_model.remove_holiday(
            self.holidays_view.currentIndex().row()))
        holiday_box = QWidget(tab)
        box = QGridLayout(holiday_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.holidays_view, 0, 0, 1, 4)
        box.addWidget(self.holiday_day, 1, 0)
        box.addWidget(self.holiday_name, 1, 1)
        box.addWidget(add_button, 1, 2)
        box.addWidget(remove_button, 1, 3)
        box.setColumnStretch(0, 2)
        box.setColumnStretch(1, 2)
        holiday_box.setFocusProxy(self.holiday_day)
        self.time_errors.add_row(grid, row, "holidays", self.tr("Ho&lidays"), holiday_box)
        grid.addWidget(_hint(self.tr("The clock for acknowledging feedback runs only in working hours.")),
                       row + 2, 1)
        return tab

    def add_holiday(self) -> None:
        self.time_errors.clear_field("holidays")
        try:
            day = self.holiday_day.day()
        except ValueError:
            day = None
        if day is None:
            example = show_day(dt.date(dt.date.today().year, 12, 25))
            message = self.tr("Type the holiday's date first, e.g. %1").replace("%1", example)
            self.time_errors.show([Problem("holidays", message)], "holidays")
            return
        self.holidays_model.add_holiday(day, self.holiday_name.text())
        self.holiday_day.setText("")
        self.holiday_name.clear()
        self.holiday_day.setFocus()

    # ---- users -----------------------------------------------------------------------------

    def _users_tab(self) -> QWidget:
        tab = QWidget()
        users = [{"id": u.id, "name": u.name, "role": u.role, "active": u.active} for u in journal.list_users()]
        self.users_model = UsersModel(users, self)
        self.users_view = _table(self.users_model, tab)
        self.users_view.setItemDelegateForColumn(UsersModel.ROLE_COLUMN, RoleDelegate(self.users_view))
        self.users_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        add_button = QPushButton(self.tr("&Add user…"), tab)
        add_button.clicked.connect(lambda: self.add_user() and self._fill_user_combo(
            self.current_user.currentData()))
        layout = QVBoxLayout(tab)
        layout.addWidget(self.users_view)
        row = QHBoxLayout()
        row.addWidget(add_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(_hint(self.tr("An inactive user keeps what they logged but is no longer offered "
                                       "as an account manager.")))
        return tab

    # ---- saving ----------------------------------------------------------------------------

    def apply(self) -> bool:
        """Store every setting; on a mistake, show it at its field and store nothing of the firm's."""
        self.time_errors.clear()
        days = [weekday for weekday, box in enumerate(self.day_boxes) if box.isChecked()]
        try:
            save_work_calendar(days, self.work_start.time().toPython(), self.work_end.time().toPython(),
                               self.holidays_model.rows)
            for user_id, change in self.users_model.changes().items():
                journal.update_user(user_id, **change)
        except ValidationError as exc:
            self.tabs.setCurrentIndex(1)
            self.time_errors.show(exc.problems, fallback="working_days")
            return False
        except RapportError as exc:
            show_error(self, exc)
            return False
        chosen = self.current_user.currentData()
        preferences.set("current_user", chosen if chosen and chosen != ADD_USER else 0)
        preferences.set("language", self.language.currentData())
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


def _table(model, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)
    return view

