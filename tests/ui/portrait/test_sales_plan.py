"""Stage one on screen: the editor refuses a skipped decision, the plan sits beside the decision, owners
set it and see the share declined per manager."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.journal import records as journal
from app.journal.stages import owners_sell
from app.portrait import qualification as portrait
from app.portrait import sales_plan
from db.models import Qualification, StageChange
from tests.authors import act_as, firm_owner
from tests.ui.dialog_support import show_focused, wait_saved
from ui.journal.client_editor import ClientEditor
from ui.portrait.qualification_tab import QualificationTab
from ui.portrait.sales_plan_editor import SalesPlanDialog
from ui.settings.dialog import SettingsDialog
from ui.shell import labels

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen platform only


@pytest.fixture
def people(make_user):
    return make_user("Marta", "owner"), make_user("Olena", "account_manager"), make_user("Petro", "account_manager")


def as_user(user):
    act_as(user.id)


def won_this_quarter(name, segment, manager):
    client = journal.create_client(name=name, segment=segment, by=firm_owner())
    portrait.qualify_prospect(client.id, "interesting", "fits", manager)
    journal.update_client(client.id, author=manager, stage="contracted", by=firm_owner())
    return client


def test_the_client_editor_refuses_to_sign_a_prospect_nobody_qualified(qtbot, people):
    as_user(people[1])
    lead = journal.create_client(name="Lead LLC", by=firm_owner())
    editor = show_focused(qtbot, ClientEditor(client_id=lead.id))
    editor.stage.setCurrentIndex(editor.stage.findData("contracted"))
    editor.stage_note.setText("Signed")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor)
    shown = " ".join(editor.errors.shown().values())
    assert "only after a qualification decision" in shown and "an account manager records it with Qualify" in shown
    assert editor.isVisible() and journal.get_client(lead.id).stage == "prospect"
    assert StageChange.select().where(StageChange.to_stage == "contracted").count() == 0


def test_the_qualification_tab_shows_the_quarter_against_the_plan(qtbot, people):
    owner, olena, _ = people
    sales_plan.save_plan(owner, {"per_quarter": 4, "segments": {"food": 2}})
    won_this_quarter("Bakery One", "Food", olena)
    won_this_quarter("Pharma One", "pharma", olena)
    lead = journal.create_client(name="Lead", segment="food ", by=firm_owner())
    as_user(olena)
    tab = QualificationTab()
    qtbot.addWidget(tab)
    tab.set_client(lead.id)
    text = tab.plan.summary.text()
    assert "New contracts: 2 of 4 won · 2 to go" in text
    assert "▸ food: 1 of 2 won · 1 to go" in text  # this prospect's segment, marked
    assert "in the pipeline: 0 qualified, 1 prospects to judge" in text
    assert tab.plan.title().startswith("Sales plan, Q")
    assert tab.plan.edit_button.isHidden() and tab.declined.isHidden()  # owners only


def test_without_a_plan_the_tab_says_who_sets_it(qtbot, people):
    lead = journal.create_client(name="Lead", by=firm_owner())
    as_user(people[1])
    tab = QualificationTab()
    qtbot.addWidget(tab)
    tab.set_client(lead.id)
    assert "No plan is set" in tab.plan.summary.text() and "An owner sets the plan" in tab.plan.summary.text()


def test_the_owner_sees_the_share_declined_per_manager_over_a_stated_window(qtbot, qtmodeltester, people):
    owner, olena, petro = people
    for n in range(3):
        portrait.qualify_prospect(journal.create_client(name=f"O{n}", by=firm_owner()).id, "not_interesting", "no", olena)
    portrait.qualify_prospect(journal.create_client(name="O3", by=firm_owner()).id, "interesting", "yes", olena)
    old = journal.create_client(name="P0", by=firm_owner())
    portrait.qualify_prospect(old.id, "not_interesting", "no", petro)
    Qualification.update(decided_at=dt.datetime(2020, 1, 6, 10)).where(Qualification.client == old.id).execute()
    as_user(owner)
    tab = QualificationTab()
    qtbot.addWidget(tab)
    tab.set_client(old.id)
    assert not tab.declined.isHidden()
    qtmodeltester.check(tab.declined.model)
    rows = [[tab.declined.model.index(r, c).data() for c in range(4)] for r in range(tab.declined.model.rowCount())]
    assert rows == [["Olena", "4", "3", "75%"]]  # Petro decided in 2020: not this quarter
    start, end = sales_plan.quarter_of(dt.date.today())
    assert tab.declined.stated.text() == f"Decisions from {labels.date_text(start)} to {labels.date_text(end - dt.timedelta(days=1))}."
    tab.declined.window.setCurrentIndex(tab.declined.window.findData("all"))
    rows = [[tab.declined.model.index(r, c).data() for c in range(4)] for r in range(tab.declined.model.rowCount())]
    assert rows == [["Petro", "1", "1", "100%"], ["Olena", "4", "3", "75%"]]
    assert tab.declined.stated.text().startswith("Every decision on record")


def test_an_owner_sets_the_plan_from_the_tab(qtbot, people, monkeypatch):
    owner = people[0]
    lead = journal.create_client(name="Lead", by=firm_owner())
    as_user(owner)
    tab = QualificationTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.set_client(lead.id)
    assert not tab.plan.edit_button.isHidden()
    qtbot.mouseClick(tab.plan.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(SalesPlanDialog)
    editor = dialog.editor
    editor.per_quarter.setValue(3)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    model = editor.segments
    model.setData(model.index(0, 0), "retail")
    model.setData(model.index(0, 1), 5)  # more than the quarter's 3: refused, named
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    dialog.accept()
    assert dialog.isVisible() and "add up to 5 contracts, more than the 3" in warnings[0]
    assert not sales_plan.load_plan().is_set
    model.setData(model.index(0, 1), 2)
    dialog.accept()
    assert sales_plan.load_plan() == sales_plan.SalesPlan(3, (("retail", 2),))
    qtbot.waitUntil(lambda: "0 of 3 won" in tab.plan.summary.text())


def test_settings_sales_tab_is_the_owners(qtbot, people):
    owner, olena, _ = people
    as_user(olena)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.sales.owners_sell.isEnabled() and not dialog.sales.owner_only.isHidden()
    as_user(owner)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.sales)
    qtbot.mouseClick(dialog.sales.owners_sell, Qt.MouseButton.LeftButton)
    dialog.sales.per_quarter.setValue(6)
    dialog.accept()  # stored on a worker with the rest of the firm's settings
    wait_saved(qtbot, dialog)
    assert owners_sell() is True and sales_plan.load_plan().per_quarter == 6


def test_an_owner_is_told_why_they_cannot_qualify_where_owners_do_not_sell(qtbot, people):
    from ui.portrait.portrait_dialog import qualify_dialog

    as_user(people[0])
    dialog = qualify_dialog(None, journal.create_client(name="Lead", by=firm_owner()).id)
    qtbot.addWidget(dialog)
    assert "in this firm owners do not sell" in dialog.message.text()
    assert "Settings > Sales" in dialog.message.text()


def test_the_qualify_dialog_shows_the_plan_beside_the_decision(qtbot, people):
    from PySide6.QtWidgets import QLabel

    from ui.portrait.portrait_dialog import qualify_dialog

    owner, olena, _ = people
    sales_plan.save_plan(owner, {"per_quarter": 3, "segments": {"food": 1}})
    won_this_quarter("Bakery One", "food", olena)
    as_user(olena)
    dialog = qualify_dialog(None, journal.create_client(name="Lead", segment="Food", by=firm_owner()).id)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "sales_plan").text() == "This quarter: 1 of 3 won · 2 to go; food: 1 of 1 won · plan met"
