"""The menu entries for imports, exports and the negotiation brief, installed into the main window."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

IMPORT_TEXT = QT_TRANSLATE_NOOP("ExchangeActions", "&Import a table (CSV, XLSX)...")
EXPORT_TEXT = QT_TRANSLATE_NOOP("ExchangeActions", "E&xport...")
BRIEF_TEXT = QT_TRANSLATE_NOOP("ExchangeActions", "Negotiation &brief...")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeActions", text)


def install_exchange(window) -> None:
    """File -> Import a table..., Export...; Client -> Negotiation brief... (one action for the client shown)."""
    file_menu = window.menus["file"]
    quit_action = next((a for a in file_menu.actions() if a.objectName() == "quit"), None)
    for name, text, shortcut, slot in (
            ("import_table", _tr(IMPORT_TEXT), "Ctrl+I", lambda: open_import(window)),
            ("export_journal", _tr(EXPORT_TEXT), "Ctrl+Shift+E", lambda: open_export(window))):
        action = _action(window, name, text, shortcut, slot)
        if quit_action is not None:
            file_menu.insertAction(quit_action, action)
        else:
            file_menu.addAction(action)
    if quit_action is not None:
        file_menu.insertSeparator(quit_action)
    window.brief_action = _action(window, "negotiation_brief", _tr(BRIEF_TEXT), "Ctrl+B",
                                  lambda: open_brief(window, window.current_client_id()))
    window.menus["client"].addAction(window.brief_action)
    from ui.exchange.capture_drop import install_capture  # mail and meeting capture: menu and drops

    install_capture(window)


def _action(window, name: str, text: str, shortcut: str, slot) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _=False: slot())
    return action


def _open(parent, dialog):
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_import(parent, path: str = ""):
    from ui.exchange.capture_drop import accept_drops_on
    from ui.exchange.import_wizard import ImportWizard

    wizard = ImportWizard(parent, path)
    accept_drops_on(wizard)  # mail and calendar files dropped on it are captured
    return _open(parent, wizard)


def open_export(parent, client_id: int | None = None):
    from ui.exchange.export_dialog import ExportDialog

    return _open(parent, ExportDialog(parent, client_id if client_id is not None else parent.current_client_id()))


def open_brief(parent, client_id: int | None):
    from ui.brief.dialog import BriefDialog

    return _open(parent, BriefDialog(parent, client_id))
