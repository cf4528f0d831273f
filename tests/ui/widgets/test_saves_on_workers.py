"""Every save runs on a worker (ui.widgets.saving): a held lock offers Retry and loses nothing typed.

Driven as a person would, with another program holding the journal's write lock: the interaction
delete, the Settings dialog, adding a user, and writing a brief to a file."""

import sqlite3
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.common import preferences
from db.connection import close_database, open_database
from db.models import Interaction, User
from tests.authors import act_as, firm_owner
from tests.ui.dialog_support import choose_current_user, wait_saved

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def held_lock(db_path, monkeypatch):
    """Another program holding the journal's write lock (Rapport waits 0.2 s for it here)."""
    import db.connection as connection

    close_database()
    monkeypatch.setattr(connection, "LOCK_WAIT_S", 0.2)
    open_database(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield holder
    holder.close()


def answer_busy(holder, answers: list, button) -> None:
    """When the "journal busy" box is up, read it and press button (Retry first lets the lock go)."""
    def poll():
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "journal_busy":
            QTimer.singleShot(20, poll)
            return
        answers.append(box.text())
        if button == QMessageBox.StandardButton.Retry:
            holder.execute("ROLLBACK")
        box.button(button).click()

    QTimer.singleShot(20, poll)


def test_deleting_an_interaction_under_a_held_lock_offers_retry(qtbot, make_user, make_interaction, monkeypatch,
                                                                 request):
    from ui.journal.interaction_editor import InteractionEditor

    choose_current_user(make_user)
    item = make_interaction(summary="To be deleted")
    holder = request.getfixturevalue("held_lock")
    editor = InteractionEditor(None, interaction_id=item.id)
    qtbot.addWidget(editor)
    editor.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    answers = []
    answer_busy(holder, answers, QMessageBox.StandardButton.Cancel)
    editor.delete()
    wait_saved(qtbot, editor)
    assert answers and "Another program is writing" in answers[0]
    assert editor.isVisible() and Interaction.select().where(Interaction.id == item.id).exists()
    answer_busy(holder, answers, QMessageBox.StandardButton.Retry)
    editor.delete()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10000)
    assert not Interaction.select().where(Interaction.id == item.id).exists()


def test_settings_under_a_held_lock_offer_retry_and_keep_every_change(qtbot, request):
    from ui.settings.dialog import SettingsDialog

    act_as(firm_owner())  # the firm's working time is an owner's to change
    holder = request.getfixturevalue("held_lock")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.work_time.day_boxes[5].setChecked(True)  # Saturdays too
    qtbot.keyClicks(dialog.firm_addresses, "ourfirm.com")
    answers = []
    answer_busy(holder, answers, QMessageBox.StandardButton.Cancel)
    dialog.accept()
    wait_saved(qtbot, dialog)
    assert answers and dialog.isVisible()
    assert preferences.get("working_days") == [0, 1, 2, 3, 4] and preferences.get("firm_addresses") == []
    assert dialog.work_time.day_boxes[5].isChecked() and dialog.firm_addresses.text() == "ourfirm.com"
    answer_busy(holder, answers, QMessageBox.StandardButton.Retry)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert preferences.get("working_days") == [0, 1, 2, 3, 4, 5]
    assert preferences.get("firm_addresses") == ["ourfirm.com"]


def test_settings_are_written_off_the_gui_thread(qtbot, monkeypatch):
    import ui.settings.dialog as settings_dialog
    from ui.settings.dialog import SettingsDialog

    threads = []
    real = settings_dialog.save_work_calendar
    monkeypatch.setattr(settings_dialog, "save_work_calendar",
                        lambda *a, **k: (threads.append(threading.current_thread()), real(*a, **k))[1])
    act_as(firm_owner())
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert threads and threads[0] is not threading.main_thread()


def test_adding_a_user_under_a_held_lock_keeps_the_name_typed(qtbot, request):
    from ui.settings.user_dialog import AddUserDialog

    holder = request.getfixturevalue("held_lock")
    dialog = AddUserDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Nina V.")
    answers = []
    answer_busy(holder, answers, QMessageBox.StandardButton.Cancel)
    dialog.accept()
    wait_saved(qtbot, dialog)
    assert answers and dialog.isVisible() and dialog.name.text() == "Nina V."
    assert not User.select().where(User.name == "Nina V.").exists()
    answer_busy(holder, answers, QMessageBox.StandardButton.Retry)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.user.name == "Nina V." and User.select().where(User.name == "Nina V.").exists()


def test_a_brief_is_written_on_a_worker_and_a_full_disk_is_named(qtbot, make_client, make_interaction, tmp_path,
                                                                   monkeypatch):
    import errno

    import app.brief.formats as formats
    from ui.brief.dialog import BriefDialog

    client = make_client("Acme")
    make_interaction(client, summary="Thanks for the quick delivery")
    threads = []
    real = formats.write_layout
    monkeypatch.setattr(formats, "write_layout",
                        lambda *a, **k: (threads.append(threading.current_thread()), real(*a, **k))[1])
    dialog = BriefDialog(None, client.id)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.save_to(tmp_path / "brief.md")
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10000)
    assert threads and threads[0] is not threading.main_thread()

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(formats, "write_layout", disk_full)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    dialog.saved_path = None
    dialog.save_to(tmp_path / "again.md")
    wait_saved(qtbot, dialog)
    assert shown and "The disk is full" in shown[0]
    assert dialog.saved_path is None and not (tmp_path / "again.md").exists()
