"""What the audit trail adds to the main window: Client > History..., Edit > Audit trail... (owners)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def install_audit(window) -> None:
    """The client's history (Ctrl+H) in the Client menu, the firm-wide log (Ctrl+Shift+H) in Edit."""
    history = QAction(QCoreApplication.translate("AuditMenu", "Client &history..."), window)
    history.setObjectName("client_history")
    history.setShortcut(QKeySequence("Ctrl+H"))
    history.triggered.connect(lambda _=False: open_current_client_history(window))
    window.menus["client"].addAction(history)
    log = QAction(QCoreApplication.translate("AuditMenu", "&Audit trail..."), window)
    log.setObjectName("audit_trail")
    log.setShortcut(QKeySequence("Ctrl+Shift+H"))
    log.triggered.connect(lambda _=False: open_log(window))
    window.menus["edit"].addAction(log)


def open_current_client_history(window) -> None:
    from db.models import Client
    from ui.audit.history_dialog import open_client_history

    client_id = window.current_client_id()
    client = Client.get_or_none(Client.id == client_id) if client_id else None
    if client is not None:
        open_client_history(window, client.id, client.name)


def open_log(window) -> None:
    from ui.audit.log_window import open_firm_log

    open_firm_log(window)
