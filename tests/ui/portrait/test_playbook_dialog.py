"""The playbook and portrait dialogs, qualification, and the playbook hint in the interaction editor."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from app.common import preferences
from app.journal import records as journal
from app.portrait import playbook, sales_plan
from app.portrait import qualification as portrait
from tests.authors import act_as
from tests.ui.dialog_support import wait_saved
from ui.portrait.playbook_dialog import PlaybookDialog, PlaybookModel
from ui.portrait.portrait_dialog import CriteriaModel, PortraitDialog, qualify_dialog
from ui.widgets.fields_dialog import FieldsDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen platform only


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def owner(make_user):
    user = make_user("Marta", "owner")
    act_as(user.id)
    playbook.seed_default_playbook()
    return user


def test_models_are_sound(qtmodeltester, owner):
    model = PlaybookModel()
    model.reload(None)
    qtmodeltester.check(model)
    portrait.add_criterion(owner, "Retail chain", 2)
    criteria = CriteriaModel()
    criteria.reload()
    qtmodeltester.check(criteria)


def test_an_owner_adds_an_entry_that_the_hint_then_shows(qtbot, owner):
    dialog = PlaybookDialog()
    qtbot.addWidget(dialog)
    click(qtbot, dialog.buttons["add"])
    entry = dialog.findChild(FieldsDialog)
    qtbot.keyClicks(entry.fields["situation"], "A delivery arrives damaged")
    qtbot.keyClicks(entry.fields["action"], "Replace it the same day, at our cost.")
    qtbot.keyClicks(entry.fields["kinds"], "delivery")
    click(qtbot, entry.ok_button())
    wait_saved(qtbot, entry)
    assert "Replace it the same day, at our cost." in playbook.recommended_actions("delivery", [], "en")
    assert any(r.action.startswith("Replace it") for r in dialog.model.rows)


def test_a_bad_kind_is_shown_beside_the_field(qtbot, owner):
    dialog = PlaybookDialog()
    qtbot.addWidget(dialog)
    click(qtbot, dialog.buttons["add"])
    entry = dialog.findChild(FieldsDialog)
    qtbot.keyClicks(entry.fields["situation"], "s")
    qtbot.keyClicks(entry.fields["action"], "a")
    qtbot.keyClicks(entry.fields["kinds"], "party")
    click(qtbot, entry.ok_button())
    wait_saved(qtbot, entry)
    assert entry.isVisible()
    assert "'party' is not one of" in entry.errors.shown()["kinds"]


def test_only_owners_get_the_editing_buttons(qtbot, owner, make_user):
    act_as(make_user("Olena").id)
    dialog = PlaybookDialog()
    qtbot.addWidget(dialog)
    assert not any(button.isEnabled() for button in dialog.buttons.values())
    assert "Only an owner" in dialog.note.text()
    portrait_dialog = PortraitDialog()
    qtbot.addWidget(portrait_dialog)
    assert not portrait_dialog.buttons["add"].isEnabled()


def test_staff_cannot_qualify_a_prospect(qtbot, owner, make_user, make_client):
    portrait.add_criterion(owner, "Retail chain", 2)
    act_as(make_user("Ivan", "staff").id)
    lead = make_client("Lead", stage="prospect")
    dialog = qualify_dialog(None, lead.id)
    qtbot.addWidget(dialog)
    assert "only an account manager may qualify a prospect; Ivan is staff" in dialog.message.text()
    qtbot.keyClicks(dialog.fields["reason"], "Looks good")
    click(qtbot, dialog.ok_button())
    wait_saved(qtbot, dialog)
    assert "only an account manager may qualify" in dialog.message.text()
    assert journal.get_client(lead.id).stage == "prospect"


def test_an_account_manager_qualifies_with_the_portrait_score(qtbot, owner, make_user, make_client):
    retail = portrait.add_criterion(owner, "Retail chain", 3)
    portrait.add_criterion(owner, "Pays on time", 1)
    act_as(make_user("Olena").id)
    lead = make_client("Lead", stage="prospect")
    dialog = qualify_dialog(None, lead.id)
    qtbot.addWidget(dialog)
    dialog.fields["criteria_met"].boxes[retail.id].setChecked(True)
    assert dialog.findChild(QLabel, "score").text() == "75%"
    qtbot.keyClicks(dialog.fields["reason"], "A retail chain, in the sales plan")
    click(qtbot, dialog.ok_button())
    wait_saved(qtbot, dialog)
    assert journal.get_client(lead.id).stage == "qualified"
    assert portrait.qualifications(lead.id)[0].score == 75


def test_the_interaction_editor_shows_the_russian_action(qtbot, owner, make_client):
    from ui.journal.interaction_editor import InteractionEditor
    from ui.widgets.form import select_data

    preferences.set("language", "ru")
    client = make_client("Acme")
    previous = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))  # what the translators do for a Russian interface
    try:
        editor = InteractionEditor(None, client.id)
        qtbot.addWidget(editor)
        select_data(editor.kind, "complaint")
        editor.tags.set_checked_values(["hear"])
        editor._update_playbook()
    finally:
        QLocale.setDefault(previous)
    assert not editor.playbook.isHidden()
    assert "послепродажном" in editor.playbook.text.text()


def test_the_qualification_tab_shows_who_decided_and_why(qtbot, qtmodeltester, owner, make_user, make_client):
    from ui.portrait.qualification_tab import QualificationTab

    retail = portrait.add_criterion(owner, "Retail chain", 1)
    sales_plan.save_owners_sell(owner, True)  # Marta, the owner, sells too in this firm
    lead = make_client("Lead", stage="prospect")
    tab = QualificationTab()
    qtbot.addWidget(tab)
    tab.set_client(lead.id)
    assert tab.qualify_button.isEnabled() and "Stage one" in tab.note.text()
    click(qtbot, tab.qualify_button)
    dialog = tab.findChild(FieldsDialog)
    dialog.fields["decision"].setCurrentIndex(dialog.fields["decision"].findData("not_interesting"))
    dialog.fields["criteria_met"].boxes[retail.id].setChecked(True)
    qtbot.keyClicks(dialog.fields["reason"], "Too far from us")
    click(qtbot, dialog.ok_button())
    wait_saved(qtbot, dialog)
    qtmodeltester.check(tab.model)
    cells = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert cells[1:] == ["Marta", "Not interesting", "100%", "Too far from us", "Retail chain"]
    assert journal.get_client(lead.id).stage == "declined" and tab.qualify_button.isEnabled()  # may be revisited
