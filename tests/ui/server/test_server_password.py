"""A server's password: kept in the system keyring (never in settings), asked for when there is none."""

import keyring
import keyring.backend
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox

from app.common import preferences
from app.common.paths import config_dir
from db.connection import DatabaseOpenError, open_database
from db.server_url import server_address

URL = "postgresql://olena@db.firm.local:5432/firm"
LABEL = "olena@db.firm.local:5432/firm"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in this process only."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.kept = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def server(tmp_path, monkeypatch):
    """A stand-in for the firm's server: accepts one password, refuses any other, opens a local journal."""
    state = {"password": "Str0ng-pass", "tried": []}

    def open_journal(target, parent=None):
        given = server_address(target).password
        state["tried"].append(given)
        if given != state["password"]:
            raise DatabaseOpenError(f"{target}: the server refused the password", kind="password")
        return open_database(tmp_path / "server-journal.db")

    monkeypatch.setattr("ui.shell.journal_upgrade.open_journal", open_journal)
    return state


def type_password_when_asked(qtbot, password: str, seen: list | None = None) -> None:
    """When the password dialog comes up, type password into it and press OK (as a person would)."""
    def answer():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "server_password" and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        if seen is not None:
            seen.append({label.text() for label in dialog.findChildren(type(dialog.refused)) if label.isVisible()})
        qtbot.keyClicks(dialog.findChild(QLineEdit, "password"), password)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def settings_text() -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in config_dir().rglob("*") if p.is_file())


def test_a_password_in_the_url_goes_to_the_keyring_and_never_into_settings(qtbot, memory_keyring, server):
    from ui.shell.database_switch import switch_database

    assert switch_database(None, "postgresql://olena:Str0ng-pass@db.firm.local:5432/firm")
    assert memory_keyring.kept[("Rapport", LABEL)] == "Str0ng-pass"
    assert preferences.get("last_database") == URL
    assert "Str0ng-pass" not in settings_text()


def test_the_next_start_reads_the_password_from_the_keyring_without_asking(qtbot, memory_keyring, server):
    from ui.server.password import open_server_journal
    from ui.shell.application import choose_database

    memory_keyring.set_password("Rapport", LABEL, "Str0ng-pass")
    preferences.set("last_database", URL)
    from app.common.paths import default_database

    target = choose_database(str(default_database()))
    assert target == URL

    def never_asked(*_args):
        raise AssertionError("the password was in the keyring")

    import ui.shell.journal_upgrade as upgrade

    assert open_server_journal(target, None, upgrade.open_journal, ask=never_asked) == URL
    assert server["tried"] == ["Str0ng-pass"]


def test_without_a_keyring_the_user_is_asked_told_and_nothing_is_written(qtbot, no_keyring, server):
    from ui.shell.database_switch import switch_database

    seen = []
    type_password_when_asked(qtbot, "Str0ng-pass", seen)
    assert switch_database(None, URL)
    assert server["tried"] == [None, "Str0ng-pass"]  # first without one (libpq may know it), then the typed one
    assert any("no system keyring" in text and "asks for it each time" in text for text in seen[0])
    assert preferences.get("last_database") == URL
    assert "Str0ng-pass" not in settings_text()


def test_a_password_given_in_the_url_without_a_keyring_is_said_to_be_kept_nowhere(qtbot, no_keyring, server):
    from ui.shell.database_switch import switch_database

    assert switch_database(None, "postgresql://olena:Str0ng-pass@db.firm.local:5432/firm")
    note = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "no_keyring")
    assert "no system keyring" in note.text() and "next start" in note.text()
    assert "Str0ng-pass" not in settings_text()
    note.close()


def test_an_old_password_in_the_settings_moves_to_the_keyring(qtbot, memory_keyring):
    from ui.shell.application import choose_database

    preferences_file = config_dir() / "settings.json"
    preferences_file.parent.mkdir(parents=True, exist_ok=True)
    preferences_file.write_text('{"last_database": "postgresql://olena:Str0ng-pass@db.firm.local:5432/firm"}',
                                encoding="utf-8")
    from app.common.paths import default_database

    assert choose_database(str(default_database())) == URL
    assert memory_keyring.kept[("Rapport", LABEL)] == "Str0ng-pass"
    assert "Str0ng-pass" not in settings_text()


def test_a_refused_keyring_password_asks_again_and_keeps_the_new_one(qtbot, memory_keyring, server):
    from ui.shell.database_switch import switch_database

    memory_keyring.set_password("Rapport", LABEL, "old-pass-2024")
    seen = []
    type_password_when_asked(qtbot, "Str0ng-pass", seen)
    assert switch_database(None, URL)
    assert server["tried"] == ["old-pass-2024", "Str0ng-pass"]
    assert any("did not accept" in text for text in seen[0])
    assert memory_keyring.kept[("Rapport", LABEL)] == "Str0ng-pass"


def test_cancelling_the_password_keeps_the_journal_that_was_open(qtbot, no_keyring, server, db_path):
    from db.connection import sqlite_path
    from ui.shell.database_switch import switch_database

    def cancel():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "server_password" and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert not switch_database(None, URL)
    assert sqlite_path() == db_path
    assert preferences.get("last_database") != URL


def test_the_connect_dialog_builds_the_url_from_what_is_typed(qtbot, memory_keyring):
    from ui.server.connect_dialog import ConnectDialog

    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Name the server" in dialog.message.text()
    qtbot.keyClicks(dialog.host, "db.firm.local")
    qtbot.keyClicks(dialog.database, "firm")
    qtbot.keyClicks(dialog.user, "olena")
    qtbot.keyClicks(dialog.password, "p@ss:w/rd")
    assert "keyring" in dialog.findChild(type(dialog.message), "keyring_note").text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    address = server_address(dialog.url())
    assert (address.user, address.host, address.port, address.database, address.password) == \
        ("olena", "db.firm.local", 5432, "firm", "p@ss:w/rd")


def test_file_connect_to_a_server_opens_it_and_titles_the_window_without_the_password(qtbot, memory_keyring, server):
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.backup_keeper.busy)  # the check at start
    window.findChild(type(window.menus["file"].actions()[0]), "connect_server").trigger()
    from ui.server.connect_dialog import ConnectDialog

    dialog = window.findChild(ConnectDialog)
    for field, text in ((dialog.host, "db.firm.local"), (dialog.database, "firm"), (dialog.user, "olena"),
                        (dialog.password, "Str0ng-pass")):
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preferences.get("last_database") == URL)
    assert memory_keyring.kept[("Rapport", LABEL)] == "Str0ng-pass"
    assert "Str0ng-pass" not in window.windowTitle() and "Str0ng-pass" not in settings_text()
    for box in window.findChildren(QMessageBox):
        box.close()
    qtbot.waitUntil(lambda: not window.backup_keeper.busy, timeout=10000)  # the check of the new journal


def test_a_remembered_server_that_does_not_answer_gives_way_to_this_computers_journal(qtbot, memory_keyring,
                                                                                    monkeypatch, tmp_path):
    from app.common.paths import default_database
    from db.connection import sqlite_path
    from ui.shell.application import open_at_start

    def server_down(target, parent=None):
        if "://" in target:
            raise DatabaseOpenError(f"{target}: cannot open the database (connection refused)")
        return open_database(target)

    monkeypatch.setattr("ui.shell.journal_upgrade.open_journal", server_down)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: told.append(text))
    preferences.set("last_database", URL)
    assert open_at_start(str(default_database())) == str(default_database())
    assert sqlite_path() == default_database()
    assert told and LABEL in told[0] and "File > Connect to a server" in told[0]


def test_a_server_named_at_start_that_does_not_answer_is_an_error(qtbot, memory_keyring, monkeypatch):
    from app.common.errors import RapportError
    from ui.shell.application import open_at_start

    def server_down(target, parent=None):
        raise DatabaseOpenError(f"{target}: cannot open the database (connection refused)")

    monkeypatch.setattr("ui.shell.journal_upgrade.open_journal", server_down)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: None)
    with pytest.raises(RapportError, match="connection refused") as caught:
        open_at_start("postgresql://olena:Str0ng-pass@db.firm.local:5432/firm")
    assert "Str0ng-pass" not in str(caught.value)
