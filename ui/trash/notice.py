"""The note a delete leaves in the main window's status bar: it went to the trash; an owner may undo it at once."""

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from app.common import rights
from app.common.errors import RapportError
from app.trash import bin as trash
from db.models import User
from ui.audit.acting import acting_user_id
from ui.shell.events import bus
from ui.shell.tasks import run_task

NOTE_MS = 20_000  # how long the note and its Undo stay


def main_window_of(widget: QWidget | None) -> QMainWindow | None:
    """The main window a widget (or the dialog it opened) belongs to, if any."""
    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            return window
        widget = window.parentWidget()
    return None


def tell_moved_to_trash(window: QMainWindow | None, item_id: int, label: str, client_id: int | None,
                        clients: bool = False) -> None:
    """Say in the status bar that label went to the trash; an owner gets an Undo button that restores it.
    clients: a whole client went (its coming back changes the list of clients)."""
    if window is None:
        return
    status = window.statusBar()
    user = User.get_or_none(User.id == acting_user_id()) if acting_user_id() else None
    owner = rights.may(user, trash.MANAGE)
    text = QCoreApplication.translate("TrashNotice", "Moved to the trash: %1.").replace("%1", label)
    if not owner:
        text += " " + QCoreApplication.translate("TrashNotice", "An owner can restore it (Edit > Trash).")
    status.showMessage(text, NOTE_MS)
    old = window.findChild(QPushButton, "trash_undo")
    if old is not None:
        status.removeWidget(old)
        old.deleteLater()
    if not owner:
        return
    undo = QPushButton(QCoreApplication.translate("TrashNotice", "&Undo"), status)
    undo.setObjectName("trash_undo")
    undo.setFlat(True)
    status.addWidget(undo)

    def gone() -> None:
        status.removeWidget(undo)
        undo.deleteLater()

    def restored(_result) -> None:
        status.showMessage(QCoreApplication.translate("TrashNotice", "Restored: %1").replace("%1", label), 5000)
        if clients:
            bus().clients_changed.emit()
        if client_id:
            bus().client_changed.emit(client_id)
            bus().interactions_changed.emit(client_id)

    def failed(exc) -> None:
        from ui.shell.errors import show_error

        if isinstance(exc, RapportError):
            status.showMessage(str(exc), NOTE_MS)
        else:
            show_error(window, exc)

    def clicked() -> None:
        gone()
        by = acting_user_id()
        run_task(window, QCoreApplication.translate("TrashNotice", "Restoring..."), lambda _p: trash.restore(item_id, by=by), restored, failed,
                 cancellable=False)

    undo.clicked.connect(clicked)
    QTimer.singleShot(NOTE_MS, undo, gone)
