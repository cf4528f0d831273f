"""Backups, restore, the check at start and saving under a held lock, driven as a person would."""

import os
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.backup import snapshots
from db.connection import close_database, open_database, read_only_reason
from db.models import Interaction
from tests.app.backup.test_backup import damage
from tests.authors import signing_author
from tests.ui.dialog_support import choose_current_user, show_focused, wait_saved
from ui.shell.events import bus

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def open_window(qtbot):
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.backup_keeper.busy)  # the check at start (and a first backup)
    return window


def when_shown(object_name: str, act) -> None:
    """Once a modal box with this name is up, act(box) (a person answering it)."""
    def poll():
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == object_name:
            act(box)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(20, poll)


def test_a_lock_held_by_another_program_offers_retry_and_keeps_what_was_typed(qtbot, db_path, make_user,
                                                                              make_client, monkeypatch):
    """Issue 16, item 2: the window never freezes on the lock; Retry saves once the lock is free."""
    import db.connection as connection
    from ui.journal.interaction_editor import InteractionEditor

    choose_current_user(make_user)
    client = make_client(name="Acme")
    close_database()
    monkeypatch.setattr(connection, "LOCK_WAIT_S", 0.2)
    open_database(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    editor = show_focused(qtbot, InteractionEditor(None, client.id))
    editor.summary.setText("Typed while another program wrote")
    editor.notes.setPlainText("Every word of this stays")
    answers = []

    def answer(box, button):
        answers.append(box.text())
        if button == QMessageBox.StandardButton.Retry:
            holder.execute("ROLLBACK")
        box.button(button).click()

    when_shown("journal_busy", lambda box: answer(box, QMessageBox.StandardButton.Cancel))
    editor.save()
    wait_saved(qtbot, editor)
    assert answers and "Another program is writing" in answers[0]
    assert editor.isVisible() and Interaction.select().count() == 0
    assert editor.notes.toPlainText() == "Every word of this stays"
    when_shown("journal_busy", lambda box: answer(box, QMessageBox.StandardButton.Retry))
    editor.save()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10000)
    holder.close()
    assert [i.summary for i in Interaction.select()] == ["Typed while another program wrote"]


def test_the_restore_dialog_lists_backups_and_restores_one(qtbot, db_path, make_interaction, monkeypatch):
    make_interaction(summary="in the backup")
    first = snapshots.make_backup(db_path)
    make_interaction(summary="written later")
    window = open_window(qtbot)
    dialog = window.backup_keeper.offer_restore()
    assert dialog.model.rowCount() >= 1
    taken = dialog.model.index(dialog.model.rows.index(next(b for b in dialog.model.rows if b.path == first.path)), 0)
    assert dialog.model.data(taken)  # a date in the locale's words
    assert dialog.model.data(taken.siblingAtColumn(1)).endswith(("KB", "kB", "MB", "KiB", "MiB"))
    dialog.table.selectRow(taken.row())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with qtbot.waitSignal(bus().database_replaced, timeout=10000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [i.summary for i in Interaction.select()] == ["in the backup"]
    assert list(db_path.parent.glob("journal.db.before-restore-*"))


def test_a_damaged_journal_is_found_at_start_stops_writing_and_offers_a_backup(qtbot, db_path, make_client):
    from app.journal import records as journal

    client = make_client()
    import datetime as dt

    for n in range(300):
        journal.log_interaction(author=signing_author(), client=client.id, occurred_at=dt.datetime(2026, 3, 1), channel="call",
                                kind="update", summary=f"entry {n} " + "z" * 300)
    snapshots.make_backup(db_path)
    close_database()
    # past the schema (its triggers fill several pages), into the entries: the journal opens, its check finds the damage
    damage(db_path, first=os.path.getsize(db_path) // 4096 // 2)
    open_database(db_path)
    window = open_window(qtbot)
    keeper = window.backup_keeper
    assert keeper.damaged and read_only_reason()
    assert keeper.read_only_label.text() == "Damaged: read-only"
    dialog = keeper.restore_dialog
    assert dialog.isVisible() and dialog.model.rowCount() == 1
    dialog.reject()


def test_a_read_only_journal_says_so_in_the_status_bar(qtbot, db_path):
    close_database()
    open_database(db_path, read_only=True)
    window = open_window(qtbot)
    assert window.backup_keeper.read_only_label.text() == "Read-only"


def test_back_up_now_and_the_settings_tab(qtbot, db_path, tmp_path):
    from app.common import preferences
    from ui.settings.dialog import SettingsDialog

    settings = SettingsDialog(None)
    qtbot.addWidget(settings)
    settings.backups.folder.setText(str(tmp_path / "my backups"))
    settings.backups.spins["backups_recent"].setValue(3)
    settings.accept()
    wait_saved(qtbot, settings)
    assert preferences.get("backup_folder") == str(tmp_path / "my backups")
    assert preferences.get("backups_recent") == 3
    window = open_window(qtbot)
    window.findChild(type(window.backup_keeper.back_up_action), "back_up_now").trigger()
    qtbot.waitUntil(lambda: not window.backup_keeper.busy, timeout=10000)
    backups = list((tmp_path / "my backups").glob("journal-*.db"))
    assert backups and all(os.stat(b).st_mode & 0o777 == 0o600 for b in backups)
    assert QDialog  # the settings dialog closed on accept


def test_an_empty_journal_at_start_offers_its_latest_good_backup(qtbot, db_path, make_interaction):
    """Issue 16, item 7: a 0-byte journal is never opened as a new one; its backup is offered."""
    from ui.backup.startup import offer_backup_at_start

    make_interaction(summary="worth keeping")
    snapshots.make_backup(db_path)
    close_database()
    db_path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        if os.path.exists(f"{db_path}{suffix}"):
            os.unlink(f"{db_path}{suffix}")
    with pytest.raises(Exception) as refused:
        open_database(db_path)
    assert getattr(refused.value, "kind", "") == "damaged" and db_path.read_bytes() == b""
    when_shown("restore_at_start", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert offer_backup_at_start(db_path, str(refused.value))
    open_database(db_path)
    assert [i.summary for i in Interaction.select()] == ["worth keeping"]
    assert [p.stat().st_size for p in db_path.parent.glob("journal.db.before-restore-*")] == [0]
