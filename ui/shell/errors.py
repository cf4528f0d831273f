"""Showing errors: a user's mistake as a clear message, a bug through one excepthook."""

import logging
import sys
import traceback

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.common.errors import RapportError
from app.common.storage import StorageError, explain
from db.redaction import redact

log = logging.getLogger(__name__)


# What the disk or the database refused (app.common.storage), in the user's language.
STORAGE_TEXT = {
    "disk_full": QT_TRANSLATE_NOOP("Errors", "The disk is full. Free some space (or choose another place) and try "
                                             "again. Nothing was saved."),
    "locked": QT_TRANSLATE_NOOP("Errors", "Another program is writing to the journal and has held it too long. Try "
                                          "again in a moment, or close the other program. Nothing was saved."),
    "read_only": QT_TRANSLATE_NOOP("Errors", "This file or its folder cannot be written (read-only, or no "
                                             "permission). Nothing was saved. Choose a place you can write to, or "
                                             "ask for permission."),
    "damaged": QT_TRANSLATE_NOOP("Errors", "The journal is damaged. Nothing was saved. Restore the latest good "
                                           "backup: File > Restore from a backup."),
    "io": QT_TRANSLATE_NOOP("Errors", "The disk failed to write or read. Check that it is connected and has space, "
                                      "then try again. Nothing was saved."),
}


def storage_text(exc: StorageError) -> str:
    """A storage failure in the user's language, with the system's own words as the detail."""
    text = QApplication.translate("Errors", STORAGE_TEXT[exc.kind])
    detail = ": ".join(part for part in (exc.where, exc.detail) if part)
    return f"{text}\n\n{redact(detail)}" if detail else text


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A RapportError is the user's to fix; anything else is a bug and shows its details.

    A full disk, a held lock, a read-only or damaged journal is the environment, not a bug: named."""
    title = QApplication.translate("Errors", "Rapport")
    storage = exc if isinstance(exc, StorageError) else explain(exc)
    if storage is not None:
        QMessageBox.warning(parent, title, storage_text(storage))
        return
    if isinstance(exc, RapportError):
        QMessageBox.warning(parent, title, redact(exc))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title,
                      QApplication.translate("Errors", "Something went wrong inside Rapport. "
                                             "Your journal is safe; the details are in the log."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(redact(getattr(exc, "traceback_text", "") or "".join(
        traceback.format_exception(type(exc), exc, exc.__traceback__))))
    box.exec()


def install_excepthook() -> None:
    """Route uncaught exceptions in Qt slots to the log and a dialog, never a silent crash."""
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        exc.traceback_text = "".join(traceback.format_exception(exc_type, exc, tb))
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
