"""Showing errors: a user's mistake as a clear message, a bug through one excepthook."""

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.common.errors import RapportError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A RapportError is the user's to fix; anything else is a bug and shows its details."""
    title = QApplication.translate("Errors", "Rapport")
    if isinstance(exc, RapportError):
        QMessageBox.warning(parent, title, str(exc))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title,
                      QApplication.translate("Errors", "Something went wrong inside Rapport. "
                                             "Your journal is safe; the details are in the log."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(getattr(exc, "traceback_text", "") or "".join(
        traceback.format_exception(type(exc), exc, exc.__traceback__)))
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
