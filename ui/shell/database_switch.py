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
    from db.redaction import redact
    from db.server_url import is_server_url
    from ui.server.password import LoginCancelled, open_server_journal
    from ui.shell.errors import show_error
    from ui.shell.events import bus
    from ui.shell.journal_upgrade import open_journal
    from ui.shell.who_are_you import forget_user_of_another_journal, start_identity

    previous = sqlite_path()
    close_database()
    try:
        if is_server_url(target):
            kept = open_server_journal(target, parent, open_journal)  # no password in it
        else:
            open_journal(target, parent)
            kept = str(Path(target).resolve()) if "://" not in target else target
    except LoginCancelled:
        if previous is not None:
            open_database(previous)
        return False
    except (DatabaseOpenError, DatabaseTooNew, NotARapportDatabase) as exc:
        if previous is not None:
            open_database(previous)
        QMessageBox.warning(parent, QApplication.translate("Application", "Rapport"), refusal_text(exc))
        return False
    except Exception as exc:  # noqa: BLE001 - a bug; still leave the user a working journal
        if previous is not None:
            open_database(previous)
        show_error(parent, exc)
        return False
    preferences.set("last_database", kept)
    forget_user_of_another_journal(kept)
    if not _user_exists(preferences.get("current_user")):
        preferences.set("current_user", 0)  # ids belong to a database: the user says who they are again
    start_identity()
    log.info("switched to database %s", redact(kept))
    bus().database_replaced.emit()
    return True


def _user_exists(user_id: int) -> bool:
    from db.models import User

    return bool(user_id) and User.select().where(User.id == user_id).exists()


def refusal_text(exc: Exception) -> str:
    """Why a journal was not opened, in the user's language where Rapport knows the reason."""
    if getattr(exc, "kind", "") == "network":
        return QApplication.translate(
            "Application", "%1 is on a network drive (%2).\n\nA SQLite journal must not be shared on a network drive: "
            "SQLite's write-ahead log does not work over a network file system, and two people writing it can "
            "damage it. Keep the journal on this computer's own disk, or share one PostgreSQL server as a team: "
            "File > Connect to a server (see the README, \"A shared PostgreSQL server\").") \
            .replace("%1", getattr(exc, "where", "")).replace("%2", getattr(exc, "detail", ""))
    from db.redaction import redact

    return redact(exc)
