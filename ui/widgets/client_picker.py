"""A line edit that completes client names and knows which client the typed text means."""

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.journal.editor_choices import client_choices, match_client


class ClientPicker(QLineEdit):
    """Type part of a client's name; leaving the field completes it when only one client matches."""

    client_changed = Signal(object)  # client id or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = client_choices()
        self._client_id: int | None = None
        completer = QCompleter(QStringListModel([name for _id, name in self.choices], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type part of the client's name"))
        self.textChanged.connect(self._resolve)
        self.editingFinished.connect(self.complete_name)

    def client_id(self) -> int | None:
        return self._client_id

    def set_client(self, client_id: int | None) -> None:
        name = next((n for cid, n in self.choices if cid == client_id), "")
        self.setText(name)

    def complete_name(self) -> None:
        """Show the full name of the client the text means, so the user sees what was picked."""
        name = next((n for cid, n in self.choices if cid == self._client_id), None)
        if name and self.text() != name:
            self.setText(name)

    def _resolve(self, text: str) -> None:
        client_id = match_client(text, self.choices)
        if client_id != self._client_id:
            self._client_id = client_id
            self.client_changed.emit(client_id)
