"""The desktop's side of backups: the quick check at start, automatic backups while the journal is
in use, File > Back up now and File > Restore from a backup, and the read-only note in the status bar.

All the disk work runs on workers (ui.shell.tasks). A damaged journal is reopened read-only, so
nothing more is written into it, and the latest good backup is offered."""

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox

from app.backup.journal_check import CheckReport, check_journal
from app.backup.restore import Restored, restore_backup
from app.backup.snapshots import Backup, backup_if_due, make_backup, thin_backups
from db.connection import DatabaseOpenError, close_database, open_database, read_only_reason, sqlite_path
from ui.backup.restore_dialog import RestoreDialog
from ui.shell.errors import show_error
from ui.shell.events import bus
from ui.shell.tasks import run_task

log = logging.getLogger(__name__)

AUTOMATIC_EVERY_MS = 5 * 60 * 1000  # how often to ask whether a backup is due (the interval is a preference)


class BackupKeeper(QObject):
    """Backups and the journal's soundness, for one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.damaged = False
        self.busy = False
        self.back_up_action = self._action("back_up_now", self.tr("Back &up now"), self.back_up_now)
        self.restore_action = self._action("restore_backup", self.tr("&Restore from a backup…"),
                                           lambda: self.offer_restore())
        self.read_only_label = QLabel(window)
        self.read_only_label.setObjectName("read_only_label")
        self.read_only_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        window.statusBar().addPermanentWidget(self.read_only_label)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOMATIC_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.timer.start()
        bus().database_replaced.connect(self.journal_replaced)
        self.show_read_only()
        self.check_at_start()

    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        menu = self.window.menus["file"]
        quit_action = next((a for a in menu.actions() if a.objectName() == "quit"), None)
        menu.insertAction(quit_action, action) if quit_action is not None else menu.addAction(action)
        return action

    # ---- the check at start -------------------------------------------------------------------

    def check_at_start(self) -> None:
        path = sqlite_path()
        self.back_up_action.setEnabled(path is not None)
        self.restore_action.setEnabled(path is not None)
        if path is None:
            return
        self.busy = True
        run_task(self.window, self.tr("Checking the journal"), lambda _progress: check_journal(path, quick=True),
                 self._checked, self._task_failed, quiet=True)

    def _checked(self, report: CheckReport) -> None:
        self.busy = False
        self.damaged = not report.ok
        if report.ok:
            self.back_up_if_due()
            return
        log.error("the journal failed its check at start: %s", report.text())
        self.stop_writing()
        self.offer_restore(damaged=True)

    def stop_writing(self) -> None:
        """Reopen the damaged journal read-only: what is still readable shows, nothing is written."""
        path = sqlite_path()
        close_database()
        try:
            open_database(path, read_only=True)
        except DatabaseOpenError as exc:
            log.error("cannot even read the damaged journal: %s", exc)
        self.show_read_only()

    def show_read_only(self) -> None:
        if self.damaged:
            self.read_only_label.setText(self.tr("Damaged: read-only"))
            self.read_only_label.setToolTip(self.tr("The journal failed its check; nothing is written to it. "
                                                    "Restore a backup: File > Restore from a backup."))
        elif read_only_reason():
            self.read_only_label.setText(self.tr("Read-only"))
            self.read_only_label.setToolTip(self.tr("This journal cannot be written here (%1): it can be read, "
                                                    "nothing can be saved.").replace("%1", read_only_reason()))
        else:
            self.read_only_label.clear()
            self.read_only_label.setToolTip("")
        self.read_only_label.setVisible(bool(self.read_only_label.text()))

    def journal_replaced(self) -> None:
        if not self.busy:
            self.damaged = False
            self.show_read_only()
            self.check_at_start()

    # ---- backups ------------------------------------------------------------------------------

    def back_up_if_due(self) -> None:
        path = sqlite_path()
        if path is None or self.busy or self.damaged or read_only_reason():
            return
        self.busy = True
        run_task(self.window, self.tr("Backing up"), lambda _progress: backup_if_due(path),
                 self._backed_up_quietly, self._task_failed, quiet=True)

    def _backed_up_quietly(self, backup: Backup | None) -> None:
        self.busy = False
        if backup is not None:
            log.info("automatic backup %s", backup.path)

    def back_up_now(self) -> None:
        path = sqlite_path()
        if path is None or self.busy:
            return
        self.busy = True

        def work(_progress):
            backup = make_backup(path)
            thin_backups(path)
            return backup

        run_task(self.window, self.tr("Backing up the journal…"), work, self._backed_up, self._task_failed,
                 cancellable=False)

    def _backed_up(self, backup: Backup) -> None:
        self.busy = False
        from ui.backup.restore_dialog import size_text

        self.window.statusBar().showMessage(self.tr("Backed up (%1, checked): %2").replace(
            "%1", size_text(backup.size)).replace("%2", str(backup.path)), 8000)

    def _task_failed(self, exc: BaseException) -> None:
        self.busy = False
        show_error(self.window, exc)

    # ---- restore ------------------------------------------------------------------------------

    def offer_restore(self, damaged: bool = False) -> RestoreDialog | None:
        path = sqlite_path()
        if path is None:
            return None
        dialog = RestoreDialog(self.window, path, damaged)
        dialog.restore_chosen.connect(lambda backup: self.restore(Path(backup)))
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def restore(self, backup: Path) -> None:
        journal = sqlite_path()
        if journal is None or self.busy:
            return
        self.busy = True
        close_database()  # this thread's connection; workers close theirs when their task ends
        run_task(self.window, self.tr("Restoring the backup…"), lambda _progress: restore_backup(backup, journal),
                 lambda restored: self._restored(restored), lambda exc: self._restore_failed(journal, exc),
                 cancellable=False)

    def _restored(self, restored: Restored) -> None:
        self.busy = False
        try:
            open_database(restored.journal)
        except Exception as exc:  # noqa: BLE001 - shown; the journal file is the restored backup
            show_error(self.window, exc)
            return
        self.damaged = False
        bus().database_replaced.emit()
        kept = (self.tr("The previous journal is kept as %1.").replace("%1", str(restored.aside))
                if restored.aside else "")
        QMessageBox.information(self.window, self.tr("Restored"),
                                (self.tr("The journal now holds the backup %1.").replace("%1", restored.backup.name)
                                 + " " + kept).strip())

    def _restore_failed(self, journal: Path, exc: BaseException) -> None:
        self.busy = False
        try:
            open_database(journal, read_only=self.damaged)
        except Exception:  # noqa: BLE001 - the restore's own failure is the one to show
            log.exception("reopening the journal after a failed restore")
        show_error(self.window, exc)


def install_backup(window) -> BackupKeeper:
    """File > Back up now, File > Restore from a backup…; the check at start; automatic backups."""
    window.backup_keeper = BackupKeeper(window)
    return window.backup_keeper
