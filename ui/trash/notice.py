"""The note a delete leaves in the main window's status bar: it went to the trash; an owner may undo it at once.

The note is a widget of the status bar (a temporary message would hide the Undo button beside it): the
text, cut with an ellipsis where the bar is short (the whole of it in the tooltip), and for an owner
an Undo button that restores the item on a worker. It goes after NOTE_MS, or at the next delete."""

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QWidget
from shiboken6 import isValid

from app.common import rights
from app.common.errors import RapportError
from app.trash import bin as trash
from db.models import User
from ui.audit.acting import acting_user_id
from ui.shell.events import bus
from ui.shell.tasks import run_task
from ui.widgets.elided_label import ElidedLabel

NOTE_MS = 20_000  # how long the note and its Undo stay


class TrashNote(QWidget):
    """What went to the trash, and (for an owner) Undo."""

    def __init__(self, text: str, undo: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trash_note")
        self.label = ElidedLabel(text, self)
        self.label.setObjectName("trash_note_text")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        self.undo = None
        if undo:
            self.undo = QPushButton(QCoreApplication.translate("TrashNotice", "&Undo"), self)
            self.undo.setObjectName("trash_undo")
            layout.addWidget(self.undo)

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)
        self.label.update()


def main_window_of(widget: QWidget | None) -> QMainWindow | None:
    """The main window a widget (or the dialog it opened) belongs to, if any."""
    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            return window
        widget = window.parentWidget()
    return None


def tell_moved_to_trash(window: QMainWindow | None, item_id: int, label: str, client_id: int | None,
                        clients: bool = False) -> TrashNote | None:
    """Say in the status bar that label went to the trash; an owner gets an Undo button that restores it.
    clients: a whole client went (its coming back changes the list of clients)."""
    if window is None:
        return None
    status = window.statusBar()
    user = User.get_or_none(User.id == acting_user_id()) if acting_user_id() else None
    owner = rights.may(user, trash.MANAGE)
    # The sentence ends with its own full stop: a summary's own is not doubled.
    text = QCoreApplication.translate("TrashNotice", "Moved to the trash: %1.").replace("%1", label.rstrip(". "))
    if not owner:
        text += " " + QCoreApplication.translate("TrashNotice", "An owner can restore it (Edit > Trash).")
    old = window.findChild(TrashNote, "trash_note")
    if old is not None:
        status.removeWidget(old)
        old.deleteLater()
    status.clearMessage()
    note = TrashNote(text, owner, status)
    status.addWidget(note, 1)
    note.show()

    def gone() -> None:
        status.removeWidget(note)
        note.deleteLater()

    QTimer.singleShot(NOTE_MS, note, gone)
    if note.undo is None:
        return note

    def restored(_result) -> None:
        if isValid(note):  # the note may have gone meanwhile
            note.say(QCoreApplication.translate("TrashNotice", "Restored: %1").replace("%1", label))
        if clients:
            bus().clients_changed.emit()
        if client_id:
            bus().client_changed.emit(client_id)
            bus().interactions_changed.emit(client_id)

    def failed(exc) -> None:
        from ui.shell.errors import show_error

        if isinstance(exc, RapportError):
            if isValid(note):
                note.say(str(exc))
            else:
                show_error(window, exc)
        else:
            show_error(window, exc)

    def clicked() -> None:
        note.undo.hide()
        by = acting_user_id()
        run_task(window, QCoreApplication.translate("TrashNotice", "Restoring..."),
                 lambda _p: trash.restore(item_id, by=by), restored, failed, cancellable=False)

    note.undo.clicked.connect(clicked)
    return note
