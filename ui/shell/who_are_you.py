"""Who is at this machine: asked on a journal's first start, so every entry has an author.

The answer links this computer account to the person, in the journal itself (app.common.identity):
the `current_user` preference is only a hint an older Rapport left, used once (identity.start)."""

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.common import identity, preferences
from app.common.errors import RapportError
from app.journal import records as journal
from app.journal.editor_choices import user_exists
from app.users import accounts
from ui.shell.errors import show_error
from ui.shell.tasks import run_task


def forget_user_of_another_journal(target: str) -> None:
    """Opening another journal than the current user was chosen on: its user ids are its own, so ask again.

    User 3 of the sample firm is not user 3 of the firm's journal: nobody signs as a stranger."""
    opened = str(Path(target).resolve()) if "://" not in str(target) else str(target)
    if opened != preferences.get("current_user_journal"):
        if preferences.get("current_user_journal") or not user_exists(preferences.get("current_user")):
            preferences.set("current_user", 0)
        preferences.set("current_user_journal", opened)


def start_identity() -> None:
    """Who acts here: the person linked to this login or computer account (an older Rapport's
    preference is a hint, once: identity.start). A journal that cannot say (damaged...) leaves nobody."""
    try:
        identity.start(identity.preferred_hint())
    except RapportError:
        identity.start(None)


def current_user_known() -> bool:
    """True when this computer account (or server login) is linked to a person of the open journal."""
    return identity.acting_id() is not None


class WhoAreYouDialog(QDialog):
    """Pick yourself among the firm's people, or type your name to join them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        self.user_id: int | None = None
        self.task = None
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
        # Enter takes the name as shown, a completion proposed inline included: the combo would
        # otherwise keep the key to itself and the dialog would wait for a second one.
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who.lineEdit().returnPressed.connect(self.choose)
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
        self._fit()
        self.who.setFocus()

    def choose(self) -> None:
        """The chosen person becomes who this computer account is, on a worker (app.users.accounts.claim:
        the first choice is free, a change needs an owner; on an empty journal the name sets it up)."""
        name = self.who.currentText().strip()
        if not name:
            self._say(self.tr("Type your name or pick it from the list"))
            return
        if self.task is not None and not self.task.done:
            return
        self.message.hide()
        self.task = run_task(self, self.tr("Who are you?"), lambda _progress: accounts.claim(name).id,
                             self._chosen, self._refused, cancellable=False, quiet=True)

    def _chosen(self, user_id: int) -> None:
        self.user_id = user_id
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, RapportError):
            self._say(str(exc))
        else:
            show_error(self, exc)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._fit()
        self.who.setFocus()

    def _fit(self) -> None:
        """Tall enough for the wrapped lines at the present width: a message never overlaps the rest."""
        self.layout().activate()
        needed = self.heightForWidth(self.width())
        self.resize(self.width(), needed if needed > 0 else self.sizeHint().height())


def ask_who_you_are(parent: QWidget | None) -> int | None:
    """The acting user's id, asking who you are first when this computer account is linked to nobody."""
    current = identity.acting_id()
    if current is not None:
        return current
    dialog = WhoAreYouDialog(parent)
    dialog.exec()
    return dialog.user_id
