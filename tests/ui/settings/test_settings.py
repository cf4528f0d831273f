"""Settings: who I am, the language and the firm's working time are kept; users are managed."""

import datetime as dt

import pytest
from PySide6.QtCore import QTime

from app.common import preferences
from app.common.errors import PermissionDenied
from app.common.identity import acting_id
from app.hear.calendar_settings import holidays
from app.hear.working_time import WorkCalendar
from app.journal import records as journal
from db.models import User
from tests.authors import act_as, firm_owner
from tests.ui.dialog_support import wait_saved
from ui.settings.dialog import ADD_USER, SettingsDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def open_settings(qtbot) -> SettingsDialog:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_current_user_language_and_working_time_are_kept(qtbot, make_user):
    make_user("Olena K.")
    taras = make_user("Taras M.")
    act_as(firm_owner())  # an owner hands this computer account to Taras, and sets the firm's week
    dialog = open_settings(qtbot)
    dialog.current_user.setCurrentIndex(dialog.current_user.findData(taras.id))
    dialog.language.setCurrentIndex(dialog.language.findData("uk"))
    dialog.work_time.day_boxes[4].setChecked(False)  # no Fridays
    dialog.work_time.day_boxes[5].setChecked(True)  # Saturdays instead
    dialog.work_time.work_start.setTime(QTime(8, 30))
    dialog.work_time.work_end.setTime(QTime(17, 0))
    dialog.work_time.holiday_day.setText("2026-12-25")
    dialog.work_time.holiday_name.setText("Christmas")
    dialog.work_time.add_holiday()
    dialog.accept()
    wait_saved(qtbot, dialog)

    assert not dialog.isVisible()
    assert acting_id() == taras.id
    assert preferences.get("language") == "uk"
    calendar = WorkCalendar.load()
    assert calendar.days == frozenset({0, 1, 2, 3, 5})
    assert (calendar.start, calendar.end) == (dt.time(8, 30), dt.time(17, 0))
    assert holidays() == [(dt.date(2026, 12, 25), "Christmas")]

    again = open_settings(qtbot)
    assert again.current_user.currentData() == taras.id
    assert again.language.currentData() == "uk"
    assert again.work_time.work_start.time() == QTime(8, 30)


def test_a_day_that_ends_before_it_starts_is_refused_and_nothing_is_stored(qtbot):
    act_as(firm_owner())
    dialog = open_settings(qtbot)
    dialog.work_time.work_start.setTime(QTime(18, 0))
    dialog.work_time.work_end.setTime(QTime(9, 0))
    dialog.work_time.day_boxes[6].setChecked(True)
    dialog.accept()
    wait_saved(qtbot, dialog)
    assert dialog.isVisible()
    assert "work_end" in dialog.work_time.errors.shown()
    assert preferences.get("working_days") == [0, 1, 2, 3, 4]


def test_no_working_day_at_all_is_refused(qtbot):
    act_as(firm_owner())
    dialog = open_settings(qtbot)
    for box in dialog.work_time.day_boxes:
        box.setChecked(False)
    dialog.accept()
    wait_saved(qtbot, dialog)
    assert "working_days" in dialog.work_time.errors.shown()


def test_a_holiday_without_a_date_is_not_added(qtbot):
    dialog = open_settings(qtbot)
    dialog.work_time.holiday_name.setText("Someday")
    dialog.work_time.add_holiday()
    assert dialog.work_time.holidays_model.rowCount() == 0
    assert "holidays" in dialog.work_time.errors.shown()


def test_adding_a_user_from_the_who_am_i_list_makes_them_current(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.settings.user_dialog import AddUserDialog

    dialog = open_settings(qtbot)
    dialog.current_user.activated.emit(dialog.current_user.findData(ADD_USER))
    adding = dialog.findChild(AddUserDialog)
    qtbot.waitUntil(adding.isVisible)
    qtbot.keyClicks(adding.name, "Nina V.")
    adding.role.setCurrentIndex(adding.role.findData("owner"))
    qtbot.mouseClick(adding.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.users_model.rowCount() == 1, timeout=10000)
    nina = User.get(User.name == "Nina V.")
    assert nina.role == "owner"
    assert dialog.current_user.currentData() == nina.id
    dialog.accept()
    wait_saved(qtbot, dialog)
    assert acting_id() == nina.id


def test_a_taken_user_name_is_shown_at_the_name(qtbot, make_user):
    from ui.settings.user_dialog import AddUserDialog

    make_user("Olena K.")
    dialog = AddUserDialog(by=firm_owner().id)
    qtbot.addWidget(dialog)
    dialog.name.setText("Olena K.")
    dialog.accept()
    wait_saved(qtbot, dialog)
    assert "already exists" in dialog.errors.shown()["name"]
    assert User.select().count() == 2


def test_roles_and_active_flags_are_saved(qtbot, make_user):
    from PySide6.QtCore import Qt

    olena = make_user("Olena K.")
    act_as(firm_owner().id)
    dialog = open_settings(qtbot)
    model = dialog.users_model
    model.setData(model.index(0, model.ROLE_COLUMN), "owner")
    model.setData(model.index(0, model.ACTIVE_COLUMN), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.accept()
    wait_saved(qtbot, dialog)
    olena = User.get_by_id(olena.id)
    assert (olena.role, olena.active) == ("owner", False)


def test_choosing_another_database_stores_it_and_tells_the_main_window(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    target = str(tmp_path / "other.db")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (target, ""))
    dialog = open_settings(qtbot)
    with qtbot.waitSignal(dialog.database_chosen) as signal:  # once the other settings are stored
        dialog.open_database()
    assert signal.args == [target]
    assert preferences.get("last_database") == target


def test_the_settings_tables_are_proper_qt_models(qtmodeltester):
    from ui.settings.models import HolidaysModel, UsersModel

    qtmodeltester.check(HolidaysModel([(dt.date(2026, 1, 1), "New Year")]))
    qtmodeltester.check(UsersModel([{"id": 1, "name": "Olena K.", "role": "owner", "active": True}]))
    qtmodeltester.check(UsersModel([{"id": 1, "name": "Olena K.", "role": "owner", "active": True, "login": "olena"}],
                                   editable=False, show_login=True))


def test_only_an_owner_changes_people_others_see_the_list_and_who_may(qtbot, make_user, monkeypatch):
    from PySide6.QtCore import Qt

    from app.common.errors import PermissionDenied
    from app.journal import records as journal

    staff = make_user("Ivan S.", "staff")
    act_as(staff.id)
    dialog = open_settings(qtbot)
    tab, model = dialog.users, dialog.users_model
    assert not tab.add_button.isVisible()
    assert tab.read_only_note.text() == "Only an owner may add people and change their roles (you: Ivan S., staff)."
    ivan = model.index([u["name"] for u in model.rows].index("Ivan S."), model.ROLE_COLUMN)
    assert not model.flags(ivan) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(ivan, "owner")  # no promoting oneself
    dialog.accept()
    assert User.get_by_id(staff.id).role == "staff"
    with pytest.raises(PermissionDenied, match="only an owner may manage users and their roles; Ivan S. is staff"):
        journal.update_user(staff.id, role="owner", by=staff)
    assert User.get_by_id(staff.id).role == "staff"


def test_an_owner_adds_a_colleague_changes_roles_and_deactivates(qtbot, make_user, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.settings.user_dialog import AddUserDialog

    owner = firm_owner()
    act_as(owner.id)
    dialog = open_settings(qtbot)
    dialog.tabs.setCurrentWidget(dialog.users)
    qtbot.mouseClick(dialog.users.add_button, Qt.MouseButton.LeftButton)
    add = dialog.findChild(AddUserDialog)
    qtbot.waitUntil(add.isVisible)
    assert not add.login.isVisible() and not add.password.isVisible()  # a local journal has no logins
    qtbot.keyClicks(add.name, "Petro K.")
    add.role.setCurrentIndex(add.role.findData("staff"))
    qtbot.mouseClick(add.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    model = dialog.users_model
    qtbot.waitUntil(lambda: "Petro K." in [u["name"] for u in model.rows], timeout=10000)
    petro = [u["name"] for u in model.rows].index("Petro K.")
    model.setData(model.index(petro, model.ROLE_COLUMN), "account_manager")
    me = [u["name"] for u in model.rows].index(owner.name)
    # nobody deactivates themselves nor changes their own role: their own row stays as it is
    assert not model.setData(model.index(me, model.ACTIVE_COLUMN), Qt.CheckState.Unchecked.value,
                             Qt.ItemDataRole.CheckStateRole)
    assert not model.flags(model.index(me, model.ROLE_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(me, model.ROLE_COLUMN), "staff")
    with pytest.raises(PermissionDenied, match="nobody changes their own role"):
        journal.update_user(owner.id, role="staff", by=owner)
    dialog.accept()
    wait_saved(qtbot, dialog)
    assert User.get(User.name == "Petro K.").role == "account_manager"
