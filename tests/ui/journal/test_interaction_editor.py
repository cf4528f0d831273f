"""The interaction editor as an account manager uses it: keyboard only, errors in place, drafts kept."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.journal import drafts
from app.journal import records as journal
from db.models import Interaction
from tests.authors import act_as, firm_owner
from tests.ui.dialog_support import choose_current_user, show_focused, wait_saved
from ui.journal.interaction_editor import InteractionEditor

# The offscreen platform says it cannot raise windows or grab the keyboard; that is not our fault.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def olena(make_user):
    return choose_current_user(make_user)


@pytest.fixture
def acme(make_client):
    client = make_client("Acme LLC")
    journal.add_contact(client.id, name="Ivan P.", role="CFO", by=firm_owner())
    return client


def open_editor(qtbot, **kwargs) -> InteractionEditor:
    return show_focused(qtbot, InteractionEditor(**kwargs))


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times=1):
    """A key as the user presses it: to an open completer popup, else to the focused field."""
    for _ in range(times):
        qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_call_logged_with_the_keyboard_alone_tops_the_timeline(qtbot, olena, acme, make_interaction):
    from ui.journal.timeline import TimelineModel

    make_interaction(acme, occurred_at=dt.datetime(2026, 1, 5, 9, 0), summary="Older call")
    editor = open_editor(qtbot, client_id=acme.id)
    assert QApplication.focusWidget() is editor.summary  # the client is known: start at the summary
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # C&ontact
    assert QApplication.focusWidget() is editor.contact
    type_text(qtbot, "I")  # Ivan
    press(qtbot, Qt.Key.Key_Tab, times=2)  # past "when" (now)
    type_text(qtbot, "e")  # channel: email
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "co")  # kind: complaint
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "i")  # direction: inbound
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Left)  # sentiment: from neutral to negative
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "3")  # effort
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Delivery two days late")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Promised a call back")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "h")  # to the "hear" chip
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "logistics")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "+1d")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor)
    assert not editor.isVisible()

    item = Interaction.get_by_id(editor.saved_id)
    assert (item.channel, item.kind, item.direction, item.sentiment, item.effort) == (
        "email", "complaint", "inbound", -1, 3)
    assert item.contact.name == "Ivan P."
    assert item.author_id == olena.id
    assert item.summary == "Delivery two days late" and item.notes == "Promised a call back"
    assert item.follow_up_due == dt.date.today() + dt.timedelta(days=1)
    assert journal.tags_of([item.id])[item.id] == ["hear", "logistics"]
    timeline = TimelineModel()
    timeline.set_client(acme.id)
    timeline.fetchMore()
    assert timeline.rows[0].summary == "Delivery two days late"


def test_without_a_client_the_editor_starts_at_a_client_completer(qtbot, olena, acme):
    editor = open_editor(qtbot)
    assert QApplication.focusWidget() is editor.client
    type_text(qtbot, "acm")
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.client.text() == "Acme LLC"
    assert editor.contact.findText("Ivan P., CFO") > 0


def test_saving_tells_the_views(qtbot, olena, acme):
    from ui.shell.events import bus

    editor = open_editor(qtbot, client_id=acme.id)
    editor.summary.setText("Quick check-in")
    with qtbot.waitSignals([bus().interactions_changed, bus().client_changed]):
        editor.save()
        wait_saved(qtbot, editor)


def test_a_bad_follow_up_date_is_shown_at_its_field_and_nothing_typed_is_lost(qtbot, olena, acme):
    editor = open_editor(qtbot, client_id=acme.id)
    editor.summary.setFocus()
    type_text(qtbot, "Asked for a discount")
    editor.notes.setFocus()
    type_text(qtbot, "Wants 10% off")
    editor.follow_up.setFocus()
    type_text(qtbot, "someday")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor)

    assert editor.isVisible() and Interaction.select().count() == 0
    assert "someday" in editor.errors.shown()["follow_up_due"]
    assert QApplication.focusWidget() is editor.follow_up.edit
    assert editor.summary.text() == "Asked for a discount"
    assert editor.notes.toPlainText() == "Wants 10% off"
    assert editor.follow_up.text() == "someday"


def test_an_empty_summary_is_refused_at_the_summary(qtbot, olena, acme):
    editor = open_editor(qtbot, client_id=acme.id)
    editor.own_tags.setText("vip")
    editor.save()
    wait_saved(qtbot, editor)
    assert list(editor.errors.shown()) == ["summary"]
    assert editor.own_tags.text() == "vip"
    assert Interaction.select().count() == 0


def test_a_closed_editor_keeps_a_draft_and_offers_it_back(qtbot, olena, acme):
    editor = open_editor(qtbot, client_id=acme.id)
    editor.summary.setFocus()
    type_text(qtbot, "Half-written note")
    editor.tags.set_checked_values(["like"])
    editor.tags.changed.emit()
    press(qtbot, Qt.Key.Key_Escape)
    assert not editor.isVisible()

    again = open_editor(qtbot, client_id=acme.id)
    assert again.banner.isVisible()
    assert "Restore the unsaved entry" in again.banner.message.text()
    qtbot.mouseClick(again.banner.restore_button, Qt.MouseButton.LeftButton)
    assert again.summary.text() == "Half-written note"
    assert again.client.client_id() == acme.id
    assert again.tags.checked_values() == ["like"]
    again.save()
    wait_saved(qtbot, again)
    assert drafts.load_draft("interaction", again.draft_key) is None


def test_a_discarded_draft_is_not_offered_again(qtbot, olena, acme):
    key = drafts.draft_key(None, client=acme.id, author=olena.id)
    drafts.save_draft("interaction", key, {"client": acme.id, "summary": "old"})
    editor = open_editor(qtbot, client_id=acme.id)
    assert editor.banner.isVisible()
    qtbot.mouseClick(editor.banner.discard_button, Qt.MouseButton.LeftButton)
    editor.reject()
    assert not open_editor(qtbot, client_id=acme.id).banner.isVisible()


def test_a_draft_belongs_to_its_client_and_its_author(qtbot, olena, acme, make_client, make_user):

    open_editor(qtbot, client_id=acme.id)
    type_text(qtbot, "Promised Acme a discount")
    press(qtbot, Qt.Key.Key_Escape)
    other = make_client("Borysfen")
    for_other = open_editor(qtbot, client_id=other.id)
    assert not for_other.banner.isVisible() and for_other.summary.text() == ""
    for_other.reject()
    act_as(make_user("Taras").id)
    assert not open_editor(qtbot, client_id=acme.id).banner.isVisible()  # someone else's words
    act_as(olena.id)
    assert open_editor(qtbot, client_id=acme.id).banner.isVisible()


def test_editing_changes_the_entry_and_delete_removes_it(qtbot, olena, acme, make_interaction, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    item = make_interaction(acme, summary="Typo in summry", tags=["like", "vip"])
    editor = open_editor(qtbot, interaction_id=item.id)
    assert editor.tags.checked_values() == ["like"] and editor.own_tags.text() == "vip"
    editor.summary.setText("Typo in summary")
    editor.save()
    wait_saved(qtbot, editor)
    assert Interaction.get_by_id(item.id).summary == "Typo in summary"
    assert journal.tags_of([item.id])[item.id] == ["like", "vip"]

    editor = open_editor(qtbot, interaction_id=item.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.delete()
    wait_saved(qtbot, editor)
    assert not Interaction.select().where(Interaction.id == item.id).exists()
    assert not editor.isVisible()


def test_a_complaint_shows_the_playbook_action(qtbot, olena, acme):
    from app.portrait.playbook import recommended_actions, seed_default_playbook

    seed_default_playbook()
    editor = open_editor(qtbot, client_id=acme.id)
    assert editor.playbook.isHidden()
    editor.kind.setFocus()
    type_text(qtbot, "co")  # complaint
    expected = recommended_actions("complaint", [], "en")
    assert expected and not editor.playbook.isHidden()
    assert expected[0][:40] in editor.playbook.text.text()


def test_moving_over_the_tags_explains_each(qtbot, olena, acme):
    from ui.shell.labels import tag_tooltip

    editor = open_editor(qtbot, client_id=acme.id)
    editor.tags.setFocus()
    type_text(qtbot, "p")  # punishing
    assert editor.tag_meaning.text() == tag_tooltip("punishing")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)  # wraps around to "like"
    assert editor.tags.checked_values() == ["like", "punishing"]


def test_typing_alone_keeps_a_draft_in_case_the_app_dies(qtbot, olena, acme):
    editor = open_editor(qtbot, client_id=acme.id)
    editor.summary.setFocus()
    type_text(qtbot, "Call dropped mid-sentence")
    qtbot.waitUntil(lambda: drafts.load_draft("interaction", editor.draft_key) is not None)
    assert drafts.load_draft("interaction", editor.draft_key).values["summary"] == "Call dropped mid-sentence"
    assert editor.isVisible()  # nothing was closed: the draft was written while typing


def test_opening_and_closing_without_typing_leaves_no_draft(qtbot, olena, acme):
    editor = open_editor(qtbot, client_id=acme.id)
    editor.reject()
    assert drafts.load_draft("interaction", editor.draft_key) is None


def test_praise_names_the_colleague_praised_only_when_tagged_so(qtbot, olena, acme, make_user):
    taras = make_user("Taras")
    editor = open_editor(qtbot, client_id=acme.id)
    caption = editor.errors.captions["praised"]
    # no staff_praise tag: no colleague asked for, and no caption left standing beside an empty row
    assert not editor.praised.isVisibleTo(editor) and not caption.isVisibleTo(editor)
    type_text(qtbot, "They thanked Taras for the delivery")
    editor.tags.set_checked_values(["staff_praise"])
    editor.tags.changed.emit()
    assert editor.praised.isVisibleTo(editor) and caption.isVisibleTo(editor)
    assert not editor.errors.labels["praised"].isVisibleTo(editor)  # no message until there is one
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &Praised colleague
    assert QApplication.focusWidget() is editor.praised
    editor.praised.setCurrentIndex(editor.praised.findData(taras.id))
    editor.save()
    wait_saved(qtbot, editor)
    saved = Interaction.get()
    assert saved.praised_id == taras.id
    # Untagged again, the entry names nobody: the choice goes with the tag.
    again = open_editor(qtbot, interaction_id=saved.id)
    assert again.praised.currentData() == taras.id
    again.tags.set_checked_values([])
    again.tags.changed.emit()
    assert not again.praised.isVisibleTo(again)
    again.save()
    wait_saved(qtbot, again)
    assert Interaction.get().praised_id is None
