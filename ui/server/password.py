"""A server journal's password: from the URL, the system keyring or the user; kept only in the keyring.

open_server_journal() is how the desktop opens a postgresql:// journal, at start and when switching:
a password given in the URL, or typed when the server asks for one, goes into the system keyring
under user@host:port/database (app.common.server_passwords), and the URL Rapport remembers has no
password. On the next start the keyring gives it back. Without a keyring the user is told so, and
asked for the password each time; it is never written to disk.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.common.errors import RapportError
from app.common.server_passwords import keyring_available, store_password, stored_password
from db.connection import DatabaseOpenError
from db.server_url import ServerAddress, server_address, with_password, without_password


class LoginCancelled(RapportError):
    """The user closed the password dialog: the server journal is not opened."""


class PasswordDialog(QDialog):
    """Asks for a server login's password, saying why and where it will be kept."""

    def __init__(self, address: ServerAddress, refused: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("server_password")
        self.setWindowTitle(self.tr("Password for the database server"))
        intro = QLabel(self.tr("The password of %1 on the server %2 (database %3).")
                       .replace("%1", address.user).replace("%2", f"{address.host}:{address.port}")
                       .replace("%3", address.database), self)
        intro.setWordWrap(True)
        self.refused = QLabel(self.tr("The server did not accept the password: type it again."), self)
        self.refused.setStyleSheet("color: #c62828;")
        self.refused.setWordWrap(True)
        self.refused.setVisible(refused)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if keyring_available():
            where = self.tr("Rapport keeps it in the system keyring, never in its own settings.")
        else:
            where = self.tr("There is no system keyring here, so Rapport keeps the password nowhere: it asks for "
                            "it each time it connects, and never writes it to disk.")
        note = QLabel(where, self)
        note.setObjectName("keyring_note")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.refused, self.password, note, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
        self.password.setFocus()


def ask_password(parent: QWidget | None, address: ServerAddress, refused: bool) -> str | None:
    """The password the user types, or None if they cancel."""
    dialog = PasswordDialog(address, refused, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    password = dialog.password.text() if accepted else None
    dialog.deleteLater()
    return password


def open_server_journal(target: str, parent: QWidget | None, open_journal: Callable[[str, QWidget | None], object],
                        ask: Callable[[QWidget | None, ServerAddress, bool], str | None] = ask_password) -> str:
    """Open the server journal at target (open_journal does the opening); the URL to remember, without
    its password. A password the server accepted is kept in the keyring, or the user is told there is none.

    Raises LoginCancelled when the user gives up, and open_journal's errors otherwise."""
    address = server_address(target)
    password, from_keyring = address.password, False
    if password is None:
        password = stored_password(address.label())
        from_keyring = password is not None
    refused = typed = False
    while True:
        try:
            open_journal(with_password(target, password) if password is not None else target, parent)
            break
        except DatabaseOpenError as exc:
            if exc.kind != "password":
                raise
        password = ask(parent, address, refused or password is not None)
        if password is None:
            raise LoginCancelled(f"{address.label()}: not connected")
        refused, from_keyring, typed = True, False, True
    if password is not None and not from_keyring and not store_password(address.label(), password) and not typed:
        _say_no_keyring(parent)  # the password dialog has said so already
    return without_password(target)


def _say_no_keyring(parent: QWidget | None) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("PasswordDialog", "Rapport"),
                      QCoreApplication.translate(
                          "PasswordDialog", "There is no system keyring here, so Rapport keeps the server's password "
                                            "nowhere: it will ask for it at the next start. It is never written to disk."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("no_keyring")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _notes.append(box)  # a box without a parent lives as long as Python keeps it
    box.finished.connect(lambda _result: _notes.remove(box))
    box.open()  # a note, not a question: the window goes on meanwhile


_notes: list[QMessageBox] = []
