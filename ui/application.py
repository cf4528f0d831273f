"""Starting the desktop app: the QApplication, its language, the database, the main window."""

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)


def make_application() -> QApplication:
    """The QApplication with its names, translations and excepthook (once per process)."""
    from app import preferences
    from ui.errors import install_excepthook
    from ui.i18n import load_translators

    app = QApplication.instance() or QApplication(sys.argv)
    # Work on a worker thread (health, lists) runs Python too; every paint of a Python delegate
    # waits for the GIL, by default up to 5 ms at each turn. 1 ms keeps scrolling smooth then
    # (longest event while scrolling the timeline next to a busy worker: 100 ms -> 37 ms).
    sys.setswitchinterval(0.001)
    app.setApplicationName("Rapport")
    app.setOrganizationName("Rapport")
    load_translators(app, preferences.get("language"))
    install_excepthook()
    return app


def choose_database(target: str) -> str:
    """The target, except that the default file gives way to the database last opened from the app."""
    from app import preferences
    from app.paths import default_database

    last = preferences.get("last_database")
    if str(target) == str(default_database()) and last and Path(last).exists():
        return last
    return target


def run_app(database_target: str) -> int:
    from app.errors import RapportError
    from db.connection import DatabaseOpenError, open_database
    from db.migrations import DatabaseTooNew, NotARapportDatabase

    app = make_application()
    target = choose_database(database_target)
    try:
        open_database(target)
    except (DatabaseOpenError, DatabaseTooNew, NotARapportDatabase) as exc:
        QMessageBox.critical(None, QApplication.translate("Application", "Rapport"), str(exc))
        raise RapportError(str(exc)) from exc
    from ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return app.exec()


def switch_database(parent: QWidget | None, target: str) -> bool:
    """Close the journal and open another in its place; every view reloads (database_replaced).

    On failure the previous journal is opened again and the user told why."""
    from app import preferences
    from db.connection import DatabaseOpenError, close_database, open_database, sqlite_path
    from db.migrations import DatabaseTooNew, NotARapportDatabase
    from ui.errors import show_error
    from ui.events import bus

    previous = sqlite_path()
    close_database()
    try:
        open_database(target)
    except (DatabaseOpenError, DatabaseTooNew, NotARapportDatabase) as exc:
        if previous is not None:
            open_database(previous)
        QMessageBox.warning(parent, QApplication.translate("Application", "Rapport"), str(exc))
        return False
    except Exception as exc:  # noqa: BLE001 - a bug; still leave the user a working journal
        if previous is not None:
            open_database(previous)
        show_error(parent, exc)
        return False
    preferences.set("last_database", str(Path(target).resolve()) if "://" not in target else target)
    if not _user_exists(preferences.get("current_user")):
        preferences.set("current_user", 0)  # ids belong to a database: the user says who they are again
    log.info("switched to database %s", target)
    bus().database_replaced.emit()
    return True


def _user_exists(user_id: int) -> bool:
    from db.models import User

    return bool(user_id) and User.select().where(User.id == user_id).exists()
