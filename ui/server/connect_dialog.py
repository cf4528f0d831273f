"""File > Connect to a server: the firm's journal on a PostgreSQL server, by its parts."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.common.server_passwords import keyring_available
from db.server_url import DEFAULT_PORT, server_url, with_password


class ConnectDialog(QDialog):
    """Server, port, database, user and password; url() is what to open (the password only in memory)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a database server"))
        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("db.example.com"))
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit(self)
        self.database.setObjectName("database")
        self.user = QLineEdit(self)
        self.user.setObjectName("user")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        intro = QLabel(self.tr("A team shares one journal on a PostgreSQL server; each person connects with "
                               "their own login."), self)
        intro.setWordWrap(True)
        if keyring_available():
            where = self.tr("The password is kept in the system keyring, never in Rapport's settings.")
        else:
            where = self.tr("There is no system keyring here: Rapport will ask for the password each time it "
                            "connects, and never writes it to disk.")
        note = QLabel(where, self)
        note.setObjectName("keyring_note")
        note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def url(self) -> str:
        """The URL to connect to, with the password typed (if any): hand it on, never store it."""
        url = server_url(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                         self.user.text().strip())
        return with_password(url, self.password.text()) if self.password.text() else url

    def accept(self) -> None:
        missing = [(field, text) for field, text in ((self.host, self.tr("Name the server.")),
                                                     (self.database, self.tr("Name the database.")),
                                                     (self.user, self.tr("Name the user you log in as.")))
                   if not field.text().strip()]
        if missing:
            field, text = missing[0]
            self.message.setText(text)
            self.message.show()
            field.setFocus()
            return
        super().accept()
