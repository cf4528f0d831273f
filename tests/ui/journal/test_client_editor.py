"""The client editor: a client with its contacts, a stage change with its reason, errors in place."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db.models import Client, Contact, StageChange
from tests.authors import firm_owner
from tests.ui.dialog_support import choose_current_user, show_focused, wait_saved
from ui.journal.client_editor import ClientEditor
from ui.journal.contacts_model import ContactsModel

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def olena(make_user):
    return choose_current_user(make_user)


def open_editor(qtbot, client_id=None) -> ClientEditor:
    return show_focused(qtbot, ClientEditor(client_id=client_id))


def fill_contact(editor: ClientEditor, **values) -> None:
    model = editor.contacts_model
    row = model.add_contact()
    for column, field in enumerate(("name", "role", "email", "phone")):
        if field in values:
            model.setData(model.index(row, column), values[field])


def test_a_new_client_is_saved_with_its_contacts(qtbot, olena):
    editor = open_editor(qtbot)
    qtbot.keyClicks(editor.name, "Borysfen Trade")
    editor.segment.setCurrentText("wholesale")
    editor.contract_start.setText("2026-01-01")
    editor.contract_value.setText("12000.50")
    editor.rhythm.setValue(14)
    fill_contact(editor, name="Ivan P.", role="CFO", email="ivan@example.com")
    fill_contact(editor, name="Maria S.", phone="+380 44 000 00 00")
    editor.contacts_model.add_contact()  # an empty row is dropped, not refused
    qtbot.keyClick(editor.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor)

    client = Client.get(Client.name == "Borysfen Trade")
    assert (client.segment, client.contract_start, client.contract_value, client.contact_every_days) == (
        "wholesale", dt.date(2026, 1, 1), 12000.5, 14)
    assert client.account_manager_id == olena.id  # a new client is the current user's by default
    assert sorted(c.name for c in client.contacts) == ["Ivan P.", "Maria S."]


def test_a_stage_change_is_recorded_with_its_reason_and_author(qtbot, olena, make_client):
    client = make_client("Acme LLC", stage="qualified")
    editor = open_editor(qtbot, client.id)
    assert not editor.stage_note.isEnabled()
    editor.stage.setCurrentIndex(editor.stage.findData("contracted"))
    assert editor.stage_note.isEnabled()
    editor.stage_note.setText("Signed the annual contract")
    editor.save()
    wait_saved(qtbot, editor)

    change = StageChange.select().where(StageChange.client == client.id).order_by(StageChange.id.desc()).get()
    assert (change.from_stage, change.to_stage, change.note) == ("qualified", "contracted",
                                                                 "Signed the annual contract")
    assert change.author_id == olena.id


def test_contacts_are_edited_and_removed(qtbot, olena, make_client):
    from app.journal import records as journal

    client = make_client("Acme LLC")
    ivan = journal.add_contact(client.id, name="Ivan P.", by=firm_owner())
    journal.add_contact(client.id, name="Old contact", by=firm_owner())
    editor = open_editor(qtbot, client.id)
    model = editor.contacts_model
    model.setData(model.index(0, 1), "CFO")  # Ivan P. comes first by name
    editor.contacts.setCurrentIndex(model.index(1, 0))
    editor.remove_contact()
    editor.save()
    wait_saved(qtbot, editor)
    assert [(c.name, c.role) for c in Contact.select()] == [("Ivan P.", "CFO")]
    assert Contact.get_by_id(ivan.id).role == "CFO"


def test_a_bad_contact_email_is_named_and_nothing_is_saved_or_lost(qtbot, olena):
    editor = open_editor(qtbot)
    editor.name.setText("Borysfen Trade")
    fill_contact(editor, name="Ivan P.")
    fill_contact(editor, name="Maria S.", email="maria at example")
    editor.save()
    wait_saved(qtbot, editor)

    assert editor.isVisible()
    assert Client.select().count() == 0 and Contact.select().count() == 0
    message = editor.errors.shown()["contacts"]
    assert "Contact 2" in message and "maria at example" in message
    assert editor.contacts.currentIndex().row() == 1
    assert editor.name.text() == "Borysfen Trade"
    assert editor.contacts_model.rows[1]["email"] == "maria at example"


def test_an_unreadable_contract_date_and_sum_show_at_their_fields(qtbot, olena):
    editor = open_editor(qtbot)
    editor.name.setText("Borysfen Trade")
    editor.contract_end.setText("end of year")
    editor.contract_value.setText("a lot")
    editor.save()
    wait_saved(qtbot, editor)
    shown = editor.errors.shown()
    assert "end of year" in shown["contract_end"] and "a lot" in shown["contract_value"]
    assert Client.select().count() == 0


def test_a_missing_name_is_refused_at_the_name(qtbot, olena):
    editor = open_editor(qtbot)
    editor.save()
    wait_saved(qtbot, editor)
    assert list(editor.errors.shown()) == ["name"]


def test_the_contacts_model_is_a_proper_qt_model(qtmodeltester):
    model = ContactsModel([{"id": 1, "name": "Ivan P.", "role": "CFO", "email": "", "phone": "", "notes": ""}])
    model.add_contact()
    qtmodeltester.check(model)


def test_an_inactive_account_manager_is_kept_when_the_client_is_saved(qtbot, olena, make_user, make_client):
    from app.journal import records as journal

    former = make_user("Former M.")
    client = make_client("Acme LLC", account_manager=former.id)
    from tests.authors import firm_owner

    journal.update_user(former.id, active=False, by=firm_owner())
    editor = open_editor(qtbot, client.id)
    editor.notes.setPlainText("Handed over soon")
    editor.save()
    wait_saved(qtbot, editor)
    assert Client.get_by_id(client.id).account_manager_id == former.id


def test_contract_dates_are_read_in_the_russian_way_and_saved_as_shown(qtbot, olena):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        editor = open_editor(qtbot)
        editor.name.setText("Borysfen Trade")
        editor.contract_start.setText("31.02.2026")
        editor.contract_end.setText("1.5.27")
        editor.save()
        assert "31.02.2026" in editor.errors.shown()["contract_start"] and Client.select().count() == 0
        assert editor.contract_start.text() == "31.02.2026"  # kept to correct, not turned into another day
        assert editor.contract_end.text() == "01.05.2027"  # what will be saved, as it will be saved
        editor.contract_start.setText("5.5.2023")
        editor.save()
        wait_saved(qtbot, editor)
        client = Client.get(Client.name == "Borysfen Trade")
        assert (client.contract_start, client.contract_end) == (dt.date(2023, 5, 5), dt.date(2027, 5, 1))
        shown = ClientEditor(client_id=client.id)
        qtbot.addWidget(shown)
        field = shown.contract_start.edit
        assert field.text() == "05.05.2023"
        assert field.fontMetrics().horizontalAdvance(field.text()) < field.minimumWidth()  # never ".5.05.2023"
    finally:
        QLocale.setDefault(before)
