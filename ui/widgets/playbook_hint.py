"""The playbook's advice for the situation being logged, shown quietly under the form."""

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.common import preferences


def ui_language() -> str:
    """The language the interface is shown in (the translators set the default locale to it)."""
    from ui.shell.i18n import LANGUAGES, resolve_language

    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else resolve_language(preferences.get("language"))


class PlaybookHint(QFrame):
    """The actions the firm's playbook recommends for an interaction's kind and tags; hidden when none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("playbook")
        self.setStyleSheet("#playbook { background: palette(alternate-base); border-radius: 4px; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self).addWidget(self.text)
        self.hide()

    def show_for(self, kind: str | None, tags: list[str]) -> None:
        try:
            from app.portrait.playbook import recommended_actions

            actions = recommended_actions(kind, tags, ui_language())
        except (ImportError, AttributeError):  # the playbook is another module; the editor works without it
            actions = []
        self.setVisible(bool(actions))
        items = "".join(f"<li>{html.escape(action)}</li>" for action in actions)
        heading = self.tr("Playbook")
        self.text.setText(f"<b>{heading}</b><ul style='margin:0'>{items}</ul>")
