"""Every entry coded, on screen: the editor proposes a coding that Ctrl+T accepts, and Edit > Code
entries... accepts the proposals of imported and captured entries in bulk."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from app.journal import records as journal
from db.models import AuditEntry, Interaction
from tests.ui.dialog_support import choose_current_user, show_focused, wait_saved
from ui.journal.coding_dialog import CodeEntriesDialog
from ui.journal.interaction_editor import InteractionEditor
from ui.widgets.form import select_data

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def olena(make_user):
    return choose_current_user(make_user, "Olena K.")


def _settled(qtbot):
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QApplication.processEvents()


def test_the_editor_proposes_hear_for_an_inbound_complaint_and_ctrl_t_accepts(qtbot, olena, make_client):
    client = make_client("Acme LLC")
    editor = show_focused(qtbot, InteractionEditor(client_id=client.id))
    _settled(qtbot)
    assert "Proposed: like" in editor.proposal_hint.text()  # an update we made: keeping the client informed
    select_data(editor.kind, "complaint")
    select_data(editor.direction, "inbound")
    qtbot.keyClicks(editor.summary, "Boxes arrived crushed")
    qtbot.waitUntil(lambda: "Proposed: hear \u2014 a complaint" in editor.proposal_hint.text())
    assert editor.tags.checked_values() == []  # proposed, not chosen for the user
    qtbot.keyClick(editor.summary, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert editor.tags.checked_values() == ["hear"]
    assert QApplication.focusWidget() is editor.summary  # accepting does not move the cursor
    assert "(chosen)" in editor.proposal_hint.text()
    qtbot.keyClick(editor.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor)
    saved = Interaction.get_by_id(editor.saved_id)
    assert journal.tags_of([saved.id])[saved.id] == ["hear"]


def test_the_user_can_still_choose_otherwise(qtbot, olena, make_client):
    client = make_client("Acme LLC")
    editor = show_focused(qtbot, InteractionEditor(client_id=client.id))
    select_data(editor.kind, "negotiation")
    qtbot.keyClicks(editor.summary, "Price for 2027")
    qtbot.waitUntil(lambda: "Proposed: negotiate" in editor.proposal_hint.text())
    editor.tags.buttons[[c.value for c in editor.tags.chips].index("hear")].click()  # the user knows better here
    assert "Accept" in editor.proposal_hint.text()
    qtbot.keyClick(editor.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor)
    assert journal.tags_of([editor.saved_id])[editor.saved_id] == ["hear"]


def test_ctrl_t_replaces_the_coding_chosen_and_keeps_other_tags(qtbot, olena, make_client):
    client = make_client("Acme LLC")
    editor = show_focused(qtbot, InteractionEditor(client_id=client.id))
    select_data(editor.kind, "praise")
    select_data(editor.direction, "inbound")
    editor.tags.set_checked_values(["hear", "staff_praise"])
    qtbot.keyClick(editor.summary, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert sorted(editor.tags.checked_values()) == ["like", "staff_praise"]


def test_code_entries_lists_the_uncoded_and_accepts_them_in_bulk(qtbot, qtmodeltester, make_user, make_client,
                                                                  make_interaction):
    from tests.authors import act_as

    act_as(make_user("Owner O.", "owner"))
    client = make_client("Acme LLC")
    coded = make_interaction(client, summary="Sent the proof", tags=["like"])
    complaint = make_interaction(client, kind="complaint", direction="inbound", summary="Crushed boxes",
                                 occurred_at=dt.datetime(2026, 3, 2, 9))
    talk = make_interaction(client, kind="negotiation", summary="Price for 2027", occurred_at=dt.datetime(2026, 3, 3, 9))
    dialog = show_focused(qtbot, CodeEntriesDialog())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    qtmodeltester.check(dialog.model)
    assert [e.id for e in dialog.model.entries] == [talk.id, complaint.id]  # newest first
    proposed = dialog.model.index(1, dialog.model.PROPOSED).data()
    assert proposed == "hear"
    assert "Coded: 1 of 3 entries (33 %)" in dialog.share.text()
    assert "By manager: Test author 33 %" in dialog.share.text()  # the owner sees each manager's share
    dialog.view.selectRow(1)
    before = AuditEntry.select().where(AuditEntry.table_name == "interaction_tag").count()
    qtbot.keyClick(dialog.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # accept the selected
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert journal.tags_of([complaint.id, talk.id, coded.id]) == {complaint.id: ["hear"], talk.id: [], coded.id: ["like"]}
    assert AuditEntry.select().where(AuditEntry.table_name == "interaction_tag").count() == before + 1
    qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert journal.tags_of([talk.id])[talk.id] == ["negotiate"]
    assert "Every entry here is coded" in dialog.status.text()
    assert "(100 %)" in dialog.share.text()


def test_code_entries_filters_by_client_and_shows_no_managers_to_a_manager(qtbot, olena, make_client,
                                                                          make_interaction):
    a, b = make_client("Alpha"), make_client("Beta")
    make_interaction(a, summary="One")
    make_interaction(b, summary="Two")
    make_interaction(b, summary="Three")
    dialog = show_focused(qtbot, CodeEntriesDialog())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    select_data(dialog.client, b.id)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert {e.client for e in dialog.model.entries} == {"Beta"}
    assert "Coded: 0 of 3" in dialog.share.text() and "By manager" not in dialog.share.text()
