"""Editors a person may not use open read-only, saying who may (app.common.rights)."""

from PySide6.QtWidgets import QLabel

from app.journal import records as journal
from tests.authors import act_as
from ui.journal.client_editor import ClientEditor
from ui.journal.interaction_editor import InteractionEditor


def test_staff_read_a_colleagues_entry_but_cannot_change_it(qtbot, make_user, make_client):
    manager, staff = make_user("Mark"), make_user("Sam", "staff")
    acme = make_client("Acme", account_manager=manager.id)
    item = journal.log_interaction(client=acme.id, author=manager.id, occurred_at="2026-03-02T10:00",
                                   channel="call", kind="update", summary="Agreed the delivery")
    act_as(staff)
    editor = InteractionEditor(interaction_id=item.id)
    qtbot.addWidget(editor)
    editor.show()
    note = editor.findChild(QLabel, "read_only_note")
    assert note is not None and note.isVisible()
    assert "only an owner, the entry's author or the client's account manager may edit" in note.text()
    assert editor.summary.isReadOnly() and editor.summary.text() == "Agreed the delivery"
    assert not editor.save_button.isVisible() and not editor.delete_button.isVisible()
    editor.save()  # Ctrl+Enter does nothing either
    assert journal.get_interaction(item.id).summary == "Agreed the delivery"
    act_as(manager)  # the author edits it
    own = InteractionEditor(interaction_id=item.id)
    qtbot.addWidget(own)
    assert own.findChild(QLabel, "read_only_note") is None and not own.summary.isReadOnly()


def test_a_manager_reads_another_managers_client_read_only(qtbot, make_user, make_client):
    mark, nina = make_user("Mark"), make_user("Nina")
    acme = make_client("Acme", account_manager=mark.id)
    act_as(nina)
    editor = ClientEditor(client_id=acme.id)
    qtbot.addWidget(editor)
    editor.show()
    note = editor.findChild(QLabel, "read_only_note")
    assert note is not None and "Nina is an account manager" in note.text()
    assert editor.name.isReadOnly() and not editor.save_button.isVisible()
    act_as(make_user("Sam", "staff"))
    new = ClientEditor()
    qtbot.addWidget(new)
    assert "only an owner or an account manager may add a client" in new.findChild(QLabel, "read_only_note").text()
