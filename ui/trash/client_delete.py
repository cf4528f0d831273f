"""Client > Delete client...: an owner moves a client with its whole journal to the trash, on a worker."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.common import rights
from app.common.errors import RapportError
from app.common.wording import Message, shown
from app.journal import records as journal
from db.models import Client
from ui.audit.acting import acting_user_id
from ui.shell.events import bus
from ui.shell.tasks import run_task
from ui.trash.notice import tell_moved_to_trash


def delete_current_client(window) -> None:
    """Ask, then move the window's current client and its journal to the trash; who may not is told who may."""
    from ui.shell.errors import show_error

    client_id = window.current_client_id()
    client = Client.get_or_none(Client.id == client_id) if client_id else None
    if client is None:
        window.statusBar().showMessage(QCoreApplication.translate("ClientDelete", "Choose a client first."), 4000)
        return
    try:
        rights.require(acting_user_id(), "delete a client")
    except RapportError as exc:
        show_error(window, exc)
        return
    listing = [shown(Message(journal.DEPENDENT_NOUNS[k], n=n)) for k, n in journal.client_dependents(client).items() if n]
    text = QCoreApplication.translate("ClientDelete", "Delete %1 from the journal? It goes to the trash, where an owner "
                                                      "can restore it.").replace("%1", client.name)
    if listing:
        text += "\n\n" + QCoreApplication.translate("ClientDelete", "Its journal goes with it: %1.").replace(
            "%1", ", ".join(listing))
    answer = QMessageBox.question(window, QCoreApplication.translate("ClientDelete", "Delete client"), text)
    if answer != QMessageBox.StandardButton.Yes:
        return
    by = acting_user_id()

    def deleted(item) -> None:
        bus().clients_changed.emit()
        tell_moved_to_trash(window, item.id, item.label, None, clients=True)

    run_task(window, QCoreApplication.translate("ClientDelete", "Deleting..."),
             lambda _p: journal.delete_client(client.id, with_journal=True, by=by), deleted,
             lambda exc: show_error(window, exc), cancellable=False)
