"""Replies awaited and routing on screen: the inbox's replies, the client's Feedback tab, the editor's
follow-up channel and "no reply needed", the Settings rule and Today, driven as a person would."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.common import preferences
from app.hear import feedback
from app.journal import records as journal
from db.models import Interaction
from tests.authors import act_as, signing_author
from tests.ui.dialog_support import show_focused, wait_saved
from ui.hear.feedback_inbox import FeedbackInboxPage
from ui.hear.feedback_tab import FeedbackTab
from ui.hear.replies_panel import RepliesModel
from ui.widgets.fields_dialog import FieldsDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen platform only
MONDAY = dt.datetime.combine(dt.date.today() - dt.timedelta(days=7), dt.time(10))  # a week ago: past any rule


@pytest.fixture
def firm(make_user, make_client):
    olena, taras = make_user("Olena"), make_user("Taras")
    act_as(olena.id)
    acme = make_client("Acme", account_manager=olena.id)
    question = journal.log_interaction(author=signing_author(), client=acme.id, occurred_at=MONDAY, channel="email",
                                       kind="update", direction="inbound", summary="Where is our order?")
    return olena, taras, acme, question


def test_the_replies_model_is_a_sound_table(qtmodeltester, firm):
    from app.hear.replies import awaiting_replies

    model = RepliesModel()
    model.load(list(awaiting_replies(dt.datetime.now()).values()), {})
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_the_inbox_lists_the_reply_past_the_rule_and_routes_it(qtbot, firm):
    olena, taras, acme, _question = firm
    page = FeedbackInboxPage()
    qtbot.addWidget(page)
    panel = page.replies
    assert panel.model.rowCount() == 1
    assert "1" in panel.heading.text() and "past the reply rule" in panel.heading.text()
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.route_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(FieldsDialog)
    combo = dialog.fields["assignee"]
    combo.setCurrentIndex(combo.findData(taras.id))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    wait_saved(qtbot, dialog)
    assert Interaction.get(Interaction.client == acme.id).reply_assignee_id == taras.id
    qtbot.waitUntil(lambda: "Taras" in panel.model.index(0, 5).data())


def test_feedback_is_routed_from_the_inbox(qtbot, firm):
    olena, taras, acme, _question = firm
    item = feedback.open_feedback(acme.id, "Late delivery", raised_at=MONDAY, by=olena)
    page = FeedbackInboxPage()
    qtbot.addWidget(page)
    page.table.selectRow(0)
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(FieldsDialog)
    combo = dialog.fields["owner"]
    combo.setCurrentIndex(combo.findData(taras.id))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    wait_saved(qtbot, dialog)
    assert feedback.get_feedback(item.id).owner_id == taras.id


def test_the_clients_tab_shows_the_reply_owed_and_no_reply_needed_stops_it(qtbot, firm):
    _olena, _taras, acme, question = firm
    tab = FeedbackTab()
    qtbot.addWidget(tab)
    tab.set_client(acme.id)
    tab.show()
    assert tab.reply_strip.isVisible()
    assert tab.reply_line.text().startswith("1 message") and "our reply" in tab.reply_line.text()
    assert "Past the reply rule" in tab.reply_line.text()
    qtbot.mouseClick(tab.no_reply_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, tab)
    assert Interaction.get_by_id(question.id).no_reply_needed
    qtbot.waitUntil(lambda: not tab.reply_strip.isVisible())


def test_the_editor_saves_the_follow_up_channel_and_no_reply_needed(qtbot, firm):
    from ui.journal.interaction_editor import InteractionEditor

    _olena, _taras, _acme, question = firm
    editor = show_focused(qtbot, InteractionEditor(interaction_id=question.id))
    assert editor.no_reply_needed.isEnabled()
    editor.follow_up.setText("2026-03-04")
    editor.follow_up_channel.setCurrentIndex(editor.follow_up_channel.findData("call"))
    editor.no_reply_needed.setChecked(True)
    editor.save()
    wait_saved(qtbot, editor)
    saved = Interaction.get_by_id(question.id)
    assert (saved.follow_up_due, saved.follow_up_channel, saved.no_reply_needed) == (dt.date(2026, 3, 4), "call", True)
    again = show_focused(qtbot, InteractionEditor(interaction_id=question.id))
    assert again.follow_up_channel.currentData() == "call" and again.no_reply_needed.isChecked()
    again.direction.setCurrentIndex(again.direction.findData("outbound"))
    assert not again.no_reply_needed.isEnabled() and not again.no_reply_needed.isChecked()


def test_the_settings_store_the_firms_reply_rule(qtbot, firm):
    from tests.authors import firm_owner
    from ui.settings.dialog import SettingsDialog

    act_as(firm_owner())  # the firm's settings are an owner's
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.work_time.reply_within.text() == "the same working day"
    dialog.work_time.reply_within.setValue(4)
    done = []
    dialog.apply(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done))
    assert preferences.get("reply_within_hours") == 4


def test_today_lists_the_reply_for_the_colleague_it_was_routed_to(qtbot, firm):
    from app.hear.replies import assign_reply
    from app.today.agenda import items_for
    from ui.today.page import what_text

    _olena, taras, acme, _question = firm
    assign_reply(acme.id, taras, by=_olena)
    [item] = [i for i in items_for(taras.id, dt.date.today()) if i.section == "replies"]
    assert "routed to Taras" in what_text(item) and "Where is our order?" in what_text(item)
