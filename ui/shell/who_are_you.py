"""Who is at this machine: asked on a journal's first start, so every entry has an author."""

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.common import preferences
from app.common.errors import RapportError
from app.journal import records as journal
from app.journal.editor_choices import user_exists
from app.users import accounts
from ui.shell.errors import show_error


def forget_user_of_another_journal(target: str) -> None:
    """Opening another journal than the current user was chosen on: its user ids are its own, so ask again.

    User 3 of the sample firm is not user 3 of the firm's journal: nobody signs as a stranger."""
    opened = str(Path(target).resolve()) if "://" not in str(target) else str(target)
    if opened != preferences.get("current_user_journal"):
        if preferences.get("current_user_journal") or not user_exists(preferences.get("current_user")):
            preferences.set("current_user", 0)
        preferences.set("current_user_journal", opened)


def current_user_known() -> bool:
    """True when this machine's current user is a person of the open journal."""
    return user_exists(preferences.get("current_user"))


class WhoAreYouDialog(QDialog):
    """Pick yourself among the firm's people, or type your name to join them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        self.user_id: int | None = None
        intro = QLabel(self.tr("Everything logged in Rapport is signed with its author's name. "
                               "Pick yourself from the firm's people, or type your name to join them."), self)
        intro.setWordWrap(True)
        self.who = QComboBox(self)
        self.who.setObjectName("who_am_i")
        self.who.setEditable(True)
        self.who.lineEdit().setPlaceholderText(self.tr("Your name"))
        for user in journal.list_users(active_only=True):
            self.who.addItem(user.name, user.id)
        self.who.setCurrentIndex(-1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("That's me"))
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.who)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())
        self.who.setFocus()

    def choose(self) -> None:
        """The chosen (or newly named) person becomes this machine's current user."""
        name = self.who.currentText().strip()
        if not name:
            self.message.setText(self.tr("Type your name or pick it from the list"))
            self.message.show()
            self.who.setFocus()
            return
        try:
            people = journal.list_users()
            user = next((u for u in people if u.name.casefold() == name.casefold()), None)
            if user is None and people:
                # a typo must not become a colleague, nor may anyone add themselves: owners add people
                self.message.setText(self.tr("Nobody named “%1” is among the firm's people: pick yourself from the "
                                             "list, or ask an owner to add you (Settings > Users).").replace("%1", name))
                self.message.show()
                self.who.setFocus()
                return
            user = user or accounts.start_journal(name)  # the journal's first person sets it up: its owner
            preferences.set("current_user", user.id)
        except RapportError as exc:
            show_error(self, exc)
            return
        self.user_id = user.id
        self.accept()


def ask_who_you_are(parent: QWidget | None) -> int | None:
    """The current user's id, asking for it first when nobody (known to this journal) is chosen."""
    current = preferences.get("current_user")
    if user_exists(current):
        return current
    dialog = WhoAreYouDialog(parent)
    dialog.exec()
    return dialog.user_id
