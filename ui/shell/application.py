"""Starting the desktop app: the QApplication, its language, the database, the main window."""

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


def make_application() -> QApplication:
    """The QApplication with its names, translations and excepthook (once per process)."""
    from app.common import preferences
    from ui.shell.errors import install_excepthook
    from ui.shell.i18n import load_translators
    from ui.shell.icon import app_icon

    app = QApplication.instance() or QApplication(sys.argv)
    # Work on a worker thread (health, lists) runs Python too; every paint of a Python delegate
    # waits for the GIL, by default up to 5 ms at each turn. 1 ms keeps scrolling smooth then
    # (longest event while scrolling the timeline next to a busy worker: 100 ms -> 37 ms).
    sys.setswitchinterval(0.001)
    app.setApplicationName("Rapport")
    app.setOrganizationName("Rapport")
    # The icon of every window and of the task bar; on Wayland the desktop finds the menu entry
    # (rapport.desktop, installed with the bundle) by this name.
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("rapport")
    load_translators(app, preferences.get("language"))
    install_excepthook()
    return app


def choose_database(target: str) -> str:
    """The target, except that the default file gives way to the database last opened from the app."""
    from app.common import preferences
    from app.common.paths import default_database
    from db.server_url import is_server_url

    last = _without_a_stored_password(preferences.get("last_database"))
    if str(target) == str(default_database()) and last and (is_server_url(last) or Path(last).exists()):
        return last
    return target


def _without_a_stored_password(last: str) -> str:
    """An older Rapport kept a server's password in the preference: it moves to the system keyring
    (when there is one; otherwise the user will be asked), and the preference keeps the URL without it."""
    from app.common import preferences
    from app.common.server_passwords import store_password
    from db.server_url import BadServerUrl, is_server_url, server_address, without_password

    if not last or not is_server_url(last):
        return last
    try:
        address = server_address(last)
    except BadServerUrl:
        return last
    if address.password is None:
        return last
    store_password(address.label(), address.password)
    last = without_password(last)
    preferences.set("last_database", last)
    return last


def _restored_at_start(target: str, exc) -> bool:
    """An empty or damaged journal: offer its latest good backup (then open it); never a new journal."""
    from db.connection import is_url, open_database

    if exc.kind == "damaged" and not is_url(target):
        from ui.backup.startup import offer_backup_at_start

        if offer_backup_at_start(Path(target).expanduser(), str(exc)):
            open_database(target)
            return True
        return False
    from ui.shell.database_switch import refusal_text

    QMessageBox.critical(None, QApplication.translate("Application", "Rapport"), refusal_text(exc))
    return False


def _server_unreachable(target: str, exc: Exception) -> None:
    """The server opened last did not open at this start: say so before the local journal opens instead."""
    from db.server_url import server_address
    from ui.server.password import LoginCancelled
    from ui.shell.database_switch import refusal_text

    text = QApplication.translate(
        "Application", "Rapport could not connect to the journal on the server %1, so it opens the journal on this "
                       "computer instead. To try the server again: File > Connect to a server.") \
        .replace("%1", server_address(target).label())
    detail = "" if isinstance(exc, LoginCancelled) else refusal_text(exc)
    QMessageBox.warning(None, QApplication.translate("Application", "Rapport"), f"{text}\n\n{detail}".strip())


def run_app(database_target: str) -> int:
    app = make_application()
    target = open_at_start(database_target)
    from ui.shell.main_window import MainWindow
    from ui.shell.who_are_you import forget_user_of_another_journal, start_identity

    forget_user_of_another_journal(target)
    start_identity()
    window = MainWindow()
    window.show()
    window.ask_author_if_unknown()
    return app.exec()


def open_at_start(database_target: str) -> str:
    """Open the journal to start with (the one opened last, unless another is named); what was opened,
    without any password. Raises RapportError when there is no journal to start with."""
    from app.common.errors import PermissionDenied, RapportError
    from db.connection import DatabaseOpenError
    from db.migrations import DatabaseTooNew, NotARapportDatabase
    from db.server_url import is_server_url
    from ui.server.password import LoginCancelled, open_server_journal
    from ui.shell.journal_upgrade import open_journal

    target = choose_database(database_target)
    try:
        if is_server_url(target):
            try:
                target = open_server_journal(target, None, open_journal)  # from here on, without its password
            except (DatabaseOpenError, LoginCancelled) as exc:
                if target == database_target:
                    raise  # the server named on the command line or in RAPPORT_DB: nothing else to open
                _server_unreachable(target, exc)
                target = database_target  # the journal of this computer, until the server answers again
                open_journal(target)
        else:
            open_journal(target)
    except LoginCancelled as exc:
        raise RapportError(str(exc)) from exc
    except DatabaseOpenError as exc:
        if not _restored_at_start(target, exc):
            raise RapportError(str(exc)) from exc
    except (DatabaseTooNew, NotARapportDatabase, PermissionDenied) as exc:
        QMessageBox.critical(None, QApplication.translate("Application", "Rapport"), str(exc))
        raise RapportError(str(exc)) from exc
    return target
