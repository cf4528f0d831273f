"""Saving an editor's entry off the GUI thread: the window never freezes on the database lock.

Every editor hands its write to save_in_background(): it runs on a worker (ui.shell.tasks) with a
"Saving..." note if it takes a moment. Mistakes in the fields come back to the editor to show at
their fields; a lock another program held past the wait offers Retry, and the editor stays open
with everything typed in it; a full disk, a read-only or a damaged journal is named (show_error).
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.common.errors import RapportError, ValidationError
from app.common.storage import explain
from ui.shell.errors import show_error
from ui.shell.tasks import Task, run_task


def save_in_background(editor: QWidget, write: Callable[[], object], on_saved: Callable[[object], None],
                       on_problems: Callable[[ValidationError], None],
                       on_refused: Callable[[RapportError], None] | None = None) -> Task | None:
    """Run write() on a worker; then on_saved(its result) or on_problems(the ValidationError), on the
    GUI thread; another refusal the user can fix (not allowed, not found) goes to on_refused, or a
    message box. A second call while one is running is ignored (a double Ctrl+Enter saves once)."""
    running = getattr(editor, "saving", None)
    if running is not None and not running.done:
        return None

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            on_problems(exc)
            return
        storage = explain(exc)
        if storage is not None and storage.kind == "locked":
            if _ask_retry(editor):
                save_in_background(editor, write, on_saved, on_problems, on_refused)
            return  # Cancel: back to the editor, everything typed still in it
        if storage is None and isinstance(exc, RapportError) and on_refused is not None:
            on_refused(exc)
            return
        show_error(editor, storage or exc)

    title = QCoreApplication.translate("Saving", "Saving...")
    editor.saving = run_task(editor, title, lambda _progress: write(), on_saved, failed, cancellable=False)
    return editor.saving


def _ask_retry(editor: QWidget) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Saving", "Journal busy"),
                      QCoreApplication.translate(
                          "Saving", "Another program is writing to the journal and has held it longer than "
                                    "Rapport waits. Nothing was saved yet, and what you typed is still here."),
                      QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel, editor)
    box.setInformativeText(QCoreApplication.translate(
        "Saving", "Retry when the other program has finished, or Cancel to keep editing."))
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    box.setObjectName("journal_busy")
    return box.exec() == QMessageBox.StandardButton.Retry
