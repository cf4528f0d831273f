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

    last = preferences.get("last_database")
    if str(target) == str(default_database()) and last and Path(last).exists():
        return last
    return target


def _restored_at_start(target: str, exc) -> bool:
    """An empty or damaged journal: offer its latest good backup (then open it); never a new journal."""
    from db.connection import is_url, open_database

    if exc.kind == "damaged" and not is_url(target):
        from ui.backup.startup import offer_backup_at_start

        if offer_backup_at_start(Path(target).expanduser(), str(exc)):
            open_database(target)
            return True
        return False
    QMessageBox.critical(None, QApplication.translate("Application", "Rapport"), str(exc))
    return False


def run_app(database_target: str) -> int:
    from app.common.errors import PermissionDenied, RapportError
    from db.connection import DatabaseOpenError
    from db.migrations import DatabaseTooNew, NotARapportDatabase
    from ui.shell.journal_upgrade import open_journal

    app = make_application()
    target = choose_database(database_target)
    try:
        open_journal(target)
    except DatabaseOpenError as exc:
        if not _restored_at_start(target, exc):
            raise RapportError(str(exc)) from exc
    except (DatabaseTooNew, NotARapportDatabase, PermissionDenied) as exc:
        QMessageBox.critical(None, QApplication.translate("Application", "Rapport"), str(exc))
        raise RapportError(str(exc)) from exc
    from ui.shell.main_window import MainWindow
    from ui.shell.who_are_you import forget_user_of_another_journal

    forget_user_of_another_journal(target)
    window = MainWindow()
    window.show()
    window.ask_author_if_unknown()
    return app.exec()
