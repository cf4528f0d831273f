"""Opening another journal in place of the current one, from the desktop: every view reloads."""

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)


def switch_database(parent: QWidget | None, target: str) -> bool:
    """Close the journal and open another in its place; every view reloads (database_replaced).

    On failure the previous journal is opened again and the user told why."""
    from app.common import preferences
    from db.connection import DatabaseOpenError, close_database, open_database, sqlite_path
    from db.migrations import DatabaseTooNew, NotARapportDatabase
    from ui.shell.errors import show_error
    from ui.shell.events import bus
    from ui.shell.journal_upgrade import open_journal
    from ui.shell.who_are_you import forget_user_of_another_journal

    previous = sqlite_path()
    close_database()
    try:
        open_journal(target, parent)
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
    forget_user_of_another_journal(target)
    if not _user_exists(preferences.get("current_user")):
        preferences.set("current_user", 0)  # ids belong to a database: the user says who they are again
    log.info("switched to database %s", target)
    bus().database_replaced.emit()
    return True


def _user_exists(user_id: int) -> bool:
    from db.models import User

    return bool(user_id) and User.select().where(User.id == user_id).exists()
