"""A line edit for the firm's own tags, separated by commas, completing each from the tags in use."""

import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.journal.editor_choices import custom_tag_choices


class TagLine(QLineEdit):
    """Type tags separated by commas; the one being typed completes from the firm's own tags."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("the firm's own tags, separated by commas"))
        self.model = QStringListModel(custom_tag_choices(), self)
        self.tag_completer = QCompleter(self.model, self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setWidget(self)
        self.tag_completer.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def tags(self) -> list[str]:
        return [t.strip() for t in re.split(r"[,;]", self.text()) if t.strip()]

    def _complete(self, text: str) -> None:
        prefix = re.split(r"[,;]", text)[-1].strip()
        if not prefix:
            self.tag_completer.popup().hide()
            return
        self.tag_completer.setCompletionPrefix(prefix)
        if self.tag_completer.completionCount():
            self.tag_completer.complete()

    def _insert(self, tag: str) -> None:
        parts = re.split(r"([,;])", self.text())
        parts[-1] = (" " if len(parts) > 1 else "") + tag
        self.setText("".join(parts) + ", ")
