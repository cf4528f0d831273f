"""The trash on screen: Edit > Trash... for owners, restore, delete forever, empty; the note a delete leaves."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

from app.journal import records as journal
from app.trash import bin as trash
from db.models import Client, Interaction, TrashItem
from tests.authors import act_as, firm_owner
from ui.trash.dialog import TrashDialog, open_trash
from ui.trash.model import TrashModel
from ui.trash.notice import TrashNote

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def firm(make_user, make_client, make_interaction):
    """Acme with two entries, both deleted (the second by Sasha, its author); the owner acts here."""
    owner = firm_owner()
    sasha = make_user("Sasha", "staff")
    acme = make_client("Acme LLC")
    first = make_interaction(acme, summary="Late delivery")
    second = make_interaction(acme, summary="Sasha's call", author=sasha.id)
    journal.delete_interaction(first.id, by=owner)
    journal.delete_interaction(second.id, by=sasha)
    act_as(owner)
    return {"owner": owner, "sasha": sasha, "acme": acme, "first": first, "second": second}


def opened(qtbot) -> TrashDialog:
    dialog = open_trash(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.model.loading)
    return dialog


def settle(qtbot, dialog: TrashDialog) -> None:
    qtbot.waitUntil(lambda: (dialog.running is None or dialog.running.done) and not dialog.model.loading)


def note_text(window: QMainWindow) -> str:
    """The trash's note in the status bar (a status tip the pointer happens to rest on may cover it a moment)."""
    note = window.findChild(TrashNote, "trash_note")
    return note.label.text() if note is not None else ""


def labels(dialog: TrashDialog) -> list[str]:
    model = dialog.model
    return [model.index(r, TrashModel.LABEL).data() for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester_and_pages_on_a_worker(qtbot, qtmodeltester, firm, make_interaction):
    for n in range(3):
        journal.delete_interaction(make_interaction(firm["acme"], summary=f"Call {n}").id, by=firm["owner"])
    model = TrashModel(page=2)
    model.set_loader(lambda before, limit: trash.list_items(firm["owner"], before, limit))
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 2 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 5
    assert [model.index(0, c).data() for c in (TrashModel.KIND, TrashModel.WHO)] == ["interaction", "Test owner"]
    qtmodeltester.check(model)


def test_an_owner_restores_an_entry_and_it_is_back_in_the_journal(qtbot, firm):
    dialog = opened(qtbot)
    assert labels(dialog) == ["Acme LLC · 2026-03-01 · Sasha's call", "Acme LLC · 2026-03-01 · Late delivery"]
    assert [dialog.model.index(r, TrashModel.WHO).data() for r in range(2)] == ["Sasha", "Test owner"]
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert Interaction.get_by_id(firm["first"].id).summary == "Late delivery"
    assert labels(dialog) == ["Acme LLC · 2026-03-01 · Sasha's call"]
    assert "Restored: Acme LLC · 2026-03-01 · Late delivery" in dialog.status.text()


def test_delete_forever_and_empty_ask_first(qtbot, firm, monkeypatch):
    answers = []

    def question(_parent, _title, text, *a, **k):
        answers.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = opened(qtbot)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert answers[-1] == "Delete “Acme LLC · 2026-03-01 · Sasha's call” for good? It cannot be restored afterwards."
    assert labels(dialog) == ["Acme LLC · 2026-03-01 · Late delivery"]
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert "(1)" in answers[-1] and not TrashItem.select().exists()
    assert dialog.status.text().endswith("The trash is empty.") and not dialog.empty_button.isEnabled()


def test_an_entry_whose_client_went_offers_to_restore_the_client_first(qtbot, firm, monkeypatch):
    journal.delete_client(firm["acme"].id, with_journal=True, by=firm["owner"])
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    dialog = opened(qtbot)
    assert labels(dialog)[0] == "Acme LLC"
    dialog.table.selectRow(2)  # Late delivery, deleted before its client
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert "its client Acme LLC is no longer in the journal; restore Acme LLC first" in asked[0]
    assert "Restore that item first, then this one?" in asked[0]
    assert Client.select().count() == 1 and Interaction.get_by_id(firm["first"].id).summary == "Late delivery"
    assert labels(dialog) == ["Acme LLC · 2026-03-01 · Sasha's call"]


def test_only_an_owner_opens_the_trash(qtbot, firm, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    act_as(firm["sasha"])
    assert open_trash(None) is None
    assert told == ["only an owner may restore from the trash or empty it; Sasha is staff"]


def test_a_deleted_entry_leaves_a_note_and_an_owner_can_undo_it(qtbot, firm, make_interaction, monkeypatch):
    from tests.ui.dialog_support import wait_saved
    from ui.journal.interaction_editor import InteractionEditor

    entry = make_interaction(firm["acme"], summary="Signed the renewal")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor = InteractionEditor(window, interaction_id=entry.id)  # the window owns it
    editor.show()
    editor.delete()
    wait_saved(qtbot, editor)
    assert not Interaction.select().where(Interaction.id == entry.id).exists()
    assert note_text(window) == "Moved to the trash: Acme LLC · 2026-03-01 · Signed the renewal."
    undo = window.findChild(QPushButton, "trash_undo")
    assert undo is not None
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Interaction.select().where(Interaction.id == entry.id).exists())
    qtbot.waitUntil(lambda: note_text(window).startswith("Restored:"))


def test_someone_who_may_not_restore_is_told_who_can(qtbot, firm, make_interaction, monkeypatch):
    from tests.ui.dialog_support import wait_saved
    from ui.journal.interaction_editor import InteractionEditor

    entry = make_interaction(firm["acme"], summary="Sasha's note", author=firm["sasha"].id)
    act_as(firm["sasha"])
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor = InteractionEditor(window, interaction_id=entry.id)  # the window owns it
    editor.show()
    editor.delete()
    wait_saved(qtbot, editor)
    assert note_text(window) == ("Moved to the trash: Acme LLC · 2026-03-01 · Sasha's note. "
                                 "An owner can restore it (Edit > Trash).")
    assert window.findChild(QPushButton, "trash_undo") is None


def test_an_owner_deletes_a_client_from_the_client_menu_and_undoes_it(qtbot, firm, make_client, make_interaction,
                                                                        monkeypatch):
    from ui.shell.main_window import MainWindow

    beta = make_client("Beta Foods")
    make_interaction(beta, summary="Tasting planned")
    act_as(firm["owner"].id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_client(beta.id)
    qtbot.waitUntil(lambda: window.current_client_id() == beta.id)
    window.findChild(type(window.menus["client"].actions()[0]), "delete_client").trigger()
    qtbot.waitUntil(lambda: not Client.select().where(Client.id == beta.id).exists())
    assert asked == ["Delete Beta Foods from the journal? It goes to the trash, where an owner can restore it.\n\n"
                     "Its journal goes with it: 1 interaction."]
    qtbot.waitUntil(lambda: note_text(window) == "Moved to the trash: Beta Foods.")
    qtbot.mouseClick(window.findChild(QPushButton, "trash_undo"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Client.select().where(Client.id == beta.id).exists())
    assert Interaction.select().where(Interaction.client == beta.id).count() == 1


def test_someone_else_is_told_only_an_owner_deletes_a_client(qtbot, firm, monkeypatch):
    from ui.shell.main_window import MainWindow

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    act_as(firm["sasha"])
    act_as(firm["sasha"].id)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_client(firm["acme"].id)
    qtbot.waitUntil(lambda: window.current_client_id() == firm["acme"].id)
    window.findChild(type(window.menus["client"].actions()[0]), "delete_client").trigger()
    assert told == ["only an owner may delete a client; Sasha is staff"]
    assert Client.select().where(Client.id == firm["acme"].id).exists()


def test_the_open_trash_shows_what_a_colleague_deletes(qtbot, firm, make_interaction):
    from ui.shell.events import bus

    dialog = opened(qtbot)
    assert len(labels(dialog)) == 2
    journal.delete_interaction(make_interaction(firm["acme"], summary="Deleted elsewhere").id, by=firm["owner"])
    bus().changed_elsewhere.emit(frozenset({"trash_item", "interaction"}))  # as the live watcher tells it
    settle(qtbot, dialog)
    assert labels(dialog)[0] == "Acme LLC · 2026-03-01 · Deleted elsewhere"
