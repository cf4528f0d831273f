"""When the journal cannot even be opened because it is empty or damaged: offer its latest good
backup instead of starting a new, empty journal in its place."""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.backup.restore import check_backup, restore_backup
from app.backup.snapshots import Backup, list_backups
from app.common.errors import RapportError
from ui.backup.restore_dialog import date_time_text

log = logging.getLogger(__name__)



def latest_good_backup(journal: Path) -> Backup | None:
    """The newest backup of journal that passes its check."""
    for backup in list_backups(journal):
        try:
            check_backup(backup.path)
        except RapportError as exc:
            log.warning("skipping a backup that fails its check: %s", exc)
            continue
        return backup
    return None


def offer_backup_at_start(journal: Path, problem: str) -> bool:
    """Ask whether to restore the latest good backup of a journal that cannot be opened; True once
    it is restored (the damaged file is kept aside), False if there is none or the user declines."""
    backup = latest_good_backup(journal)
    title = QCoreApplication.translate("BackupAtStart", "Rapport")
    text = QCoreApplication.translate("BackupAtStart", "The journal %1 cannot be opened: it is empty or damaged.")
    text = text.replace("%1", str(journal))
    if backup is None:
        none = QCoreApplication.translate("BackupAtStart", "There is no backup of it to restore.")
        QMessageBox.critical(None, title, f"{text}\n\n{none}\n\n{problem}")
        return False
    offer = QCoreApplication.translate("BackupAtStart", "Restore its latest good backup, taken %1? The damaged "
                                                        "file is kept beside it.")
    question = QMessageBox(QMessageBox.Icon.Warning, title,
                           f"{text}\n\n{offer.replace('%1', date_time_text(backup.taken_at))}",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    question.setObjectName("restore_at_start")
    question.setDetailedText(problem)
    if question.exec() != QMessageBox.StandardButton.Yes:
        return False
    restore_backup(backup.path, journal)
    return True
