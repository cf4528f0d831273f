"""Capture in the desktop as a user does it: drop mail and calendar files, answer which client, see it logged."""

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.common import preferences
from app.journal import records as journal
from app.portrait.playbook import recommended_actions, seed_default_playbook
from db.models import Client, Contact, Feedback, Interaction
from tests.app.exchange.capture.mailbuild import message
from tests.authors import firm_owner
from tests.ui.dialog_support import choose_current_user
from ui.exchange.capture_clients import CaptureClientsDialog
from ui.exchange.capture_drop import summary_text
from ui.settings.dialog import SettingsDialog
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def acme(make_client, make_user):
    choose_current_user(make_user)  # captured mail is signed by whoever drops it
    client = make_client("Acme LLC")
    journal.add_contact(client.id, name="Ivan Petrov", email="ivan@acme.test", by=firm_owner())
    return client


def open_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.client_list.loading and window.client_list.model.rowCount() > 0)
    return window


def drop(widget, paths, pos: QPoint) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return True


def write(tmp_path, name, raw):
    path = tmp_path / name
    path.write_bytes(raw)
    return path


def test_mail_dropped_on_the_window_is_logged_for_the_client_its_sender_matches(qtbot, tmp_path, acme):
    preferences.set("firm_addresses", ["firm.test"])
    seed_default_playbook()
    window = open_window(qtbot)
    paths = [write(tmp_path, "a.eml", message(subject="Complaint: broken boxes", message_id="<a@x>")),
             write(tmp_path, "b.eml", message(subject="Invoice", message_id="<b@x>"))]
    assert drop(window, paths, QPoint(5, 5))
    qtbot.waitUntil(lambda: Interaction.select().count() == 2, timeout=10000)
    assert {i.client_id for i in Interaction.select()} == {acme.id}
    assert Feedback.select().count() == 1  # the complaint opened an item
    qtbot.waitUntil(lambda: "Captured: 2 email(s)" in window.statusBar().currentMessage())
    # and the playbook says what to do about a complaint, as when one is typed
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "capture_done") is not None)
    box = window.findChild(QMessageBox, "capture_done")
    assert box.informativeText().startswith("Playbook for a complaint:\n• ")
    assert recommended_actions("complaint", [], "en")[0] in box.informativeText()


def test_a_drop_of_other_files_is_refused(qtbot, tmp_path, acme):
    window = open_window(qtbot)
    assert not drop(window, [write(tmp_path, "t.csv", b"a,b\n")], QPoint(5, 5))


def test_a_drop_on_a_client_row_puts_everything_with_that_client(qtbot, tmp_path, acme, make_client):
    beta = make_client("Beta")
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() == 2)
    table = window.client_list.table
    row = next(r for r in range(window.client_list.proxy.rowCount())
               if window.client_list.proxy.index(r, 0).data() == "Beta")
    centre = table.visualRect(window.client_list.proxy.index(row, 0)).center()
    pos = table.viewport().mapTo(window, centre)
    assert drop(window, [write(tmp_path, "m.eml", message(sender="x@elsewhere.test"))], pos)
    qtbot.waitUntil(lambda: Interaction.select().count() == 1, timeout=10000)
    assert Interaction.get().client_id == beta.id


def test_unmatched_addresses_are_asked_and_remembered(qtbot, tmp_path, acme, make_client):
    preferences.set("firm_addresses", ["firm.test"])
    beta = make_client("Beta")
    window = open_window(qtbot)
    path = write(tmp_path, "m.eml", message(sender="Max Mustermann <max@beta.test>", message_id="<m@b>"))
    drop(window, [path], QPoint(5, 5))
    qtbot.waitUntil(lambda: any(isinstance(w, CaptureClientsDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10000)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CaptureClientsDialog))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing is dropped: every address needs a client
    assert dialog.model.index(0, 0).data() == "max@beta.test"
    assert dialog.model.index(0, 1).data() == "Max Mustermann"
    dialog.all_clients.setCurrentIndex(dialog.all_clients.findData(beta.id))
    qtbot.mouseClick(next(b for b in dialog.findChildren(type(ok)) if b.text() == "Use for all"),
                     Qt.MouseButton.LeftButton)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Interaction.select().count() == 1, timeout=10000)
    assert Interaction.get().client_id == beta.id
    assert Contact.get(Contact.email == "max@beta.test").client_id == beta.id


def test_a_broken_file_is_named_and_nothing_is_written(qtbot, tmp_path, acme):
    window = open_window(qtbot)
    good = write(tmp_path, "good.eml", message())
    bad = write(tmp_path, "bad.ics", b"not a calendar")
    drop(window, [good, bad], QPoint(5, 5))
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "capture_problems") is not None, timeout=10000)
    box = window.findChild(QMessageBox, "capture_problems")
    assert "bad.ics: not a readable calendar" in box.text()
    assert box.text().startswith("Nothing was captured: 1 problem(s) to fix first.")
    assert Interaction.select().count() == 0


def test_the_unmatched_table_is_a_proper_model(qtmodeltester, acme):
    from ui.exchange.capture_clients import UnmatchedModel

    class Entry:
        where = "m.eml"

    model = UnmatchedModel({"max@beta.test": [Entry()], "": [Entry(), Entry()]}, {"max@beta.test": "Max"},
                           [(acme.id, "Acme LLC")])
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "(no address)"
    model.setData(model.index(1, 3), acme.id)
    assert model.choices() == {"": acme.id} and not model.complete()


def test_the_firm_addresses_are_set_in_settings(qtbot, monkeypatch):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.firm_addresses.clear()
    qtbot.keyClicks(dialog.firm_addresses, "Anna@OurFirm.com; ourfirm.ua, @ourfirm.de")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())  # stored on a worker (ui.widgets.saving)
    assert preferences.get("firm_addresses") == ["anna@ourfirm.com", "ourfirm.ua", "ourfirm.de"]
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    again = SettingsDialog()
    qtbot.addWidget(again)
    again.show()
    assert again.firm_addresses.text() == "anna@ourfirm.com, ourfirm.ua, ourfirm.de"
    again.firm_addresses.setText("anna at firm")
    again.accept()
    assert again.isVisible() and "anna" in warned[0]
    assert preferences.get("firm_addresses") == ["anna@ourfirm.com", "ourfirm.ua", "ourfirm.de"]


def test_the_summary_counts_in_words():
    from app.exchange.capture.capture import CaptureSummary

    text = summary_text(CaptureSummary(emails=3, meetings=1, complaints=1, duplicates=2), 2)
    assert text == ("Captured: 3 email(s), 1 meeting(s), 0 call(s). 1 complaint(s) opened as feedback. "
                    "2 already in the journal, skipped.")


def test_mail_dropped_on_the_import_dialog_is_captured(qtbot, tmp_path, acme):
    from ui.exchange.actions import open_import

    window = open_window(qtbot)
    wizard = open_import(window)
    qtbot.waitExposed(wizard)
    assert drop(wizard, [write(tmp_path, "m.eml", message())], QPoint(10, 10))
    qtbot.waitUntil(lambda: Interaction.select().count() == 1, timeout=10000)
    assert Interaction.get().client_id == acme.id


def test_mail_dropped_on_the_client_page_goes_to_the_client_shown(qtbot, tmp_path, acme, make_client):
    beta = make_client("Beta")
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() == 2)
    window.client_list.select_client(beta.id)
    qtbot.waitUntil(lambda: window.current_client_id() == beta.id)
    pos = window.client_page.mapTo(window, window.client_page.rect().center())
    assert drop(window, [write(tmp_path, "m.eml", message())], pos)
    qtbot.waitUntil(lambda: Interaction.select().count() == 1, timeout=10000)
    assert Interaction.get().client_id == beta.id


def test_a_new_client_can_be_made_for_an_unknown_correspondent(qtbot, monkeypatch, acme):
    from PySide6.QtWidgets import QInputDialog

    from ui.exchange.capture_clients import _suggested_name

    class Entry:
        where = "m.eml"

    asked = []

    def answer(parent, title, label, text=""):
        asked.append(text)
        return "NewCo Trading", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    dialog = CaptureClientsDialog({"max@newco-trading.co.uk": [Entry()]}, {}, [(acme.id, "Acme LLC")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.new_client_button, Qt.MouseButton.LeftButton)
    assert asked == ["Newco Trading"]
    qtbot.waitUntil(lambda: dialog.saving.done)  # created on a worker, not on the GUI thread
    client = Client.get(Client.name == "NewCo Trading")
    assert dialog.choices() == {"max@newco-trading.co.uk": client.id}
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.all_clients.findData(client.id) >= 0
    assert _suggested_name("olga@gmail.com") == "" and _suggested_name("a@mail.acme.com") == "Acme"
