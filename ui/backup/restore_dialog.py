"""File > Restore from a backup: the journal's backups with their dates and sizes, newest first."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup.snapshots import Backup, backup_folder, list_backups
from ui.shell import labels
from ui.widgets.record_views import record_table
from ui.widgets.table_model import FlatTableModel


def date_time_text(moment: dt.datetime) -> str:
    """E.g. "30 ноября 2026 г., 10:30": the day in the locale's long form, the time short."""
    return f"{labels.date_text(moment.date(), long=True)}, {labels.time_text(moment)}"


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


class BackupsModel(FlatTableModel):
    """The backups of one journal: when each was taken and how large it is."""

    CONTEXT = "BackupsModel"
    HEADERS = (QT_TRANSLATE_NOOP("BackupsModel", "Taken"), QT_TRANSLATE_NOOP("BackupsModel", "Size"),
               QT_TRANSLATE_NOOP("BackupsModel", "File"))
    BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1

    def set_backups(self, backups: list[Backup]) -> None:
        self.beginResetModel()
        self.rows = list(backups)
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index):
            return None
        backup: Backup = self.rows[index.row()]
        if role == self.BACKUP_ROLE:
            return backup
        if role == Qt.ItemDataRole.DisplayRole:
            return (date_time_text(backup.taken_at), size_text(backup.size), backup.path.name)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None


class RestoreDialog(QDialog):
    """Choose a backup (or any backup file) to put in place of the journal."""

    restore_chosen = Signal(str)  # the backup file to restore

    def __init__(self, parent: QWidget | None, journal: Path, damaged: bool = False):
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Restore from a backup"))
        intro = QLabel(self)
        intro.setWordWrap(True)
        text = self.tr("The journal %1 will be replaced by the backup you choose. The current file is kept "
                       "beside it (named …before-restore-DATE), so nothing is thrown away.").replace("%1", journal.name)
        if damaged:
            text = self.tr("This journal is damaged, so Rapport has stopped writing to it.") + " " + text
        intro.setText(text)
        self.model = BackupsModel(self)
        self.model.set_backups(list_backups(journal))
        self.table = record_table(self, self.model, stretch=(2,))
        self.table.setObjectName("backups_table")
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty = QLabel(self.tr("No backups of this journal in %1 yet.").replace("%1", str(backup_folder())), self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.model.rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setEnabled(bool(self.model.rows))
        self.file_button = QPushButton(self.tr("Choose a &file…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        if self.model.rows:
            self.table.selectRow(0)
        self.resize(720, 380)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is not None and self._confirm(self.tr("Restore the backup taken %1?").replace(
                "%1", date_time_text(backup.taken_at))):
            self.restore_chosen.emit(str(backup.path))
            self.accept()

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(backup_folder()),
                                                    self.tr("Rapport backups (*.db *.bak *.sqlite);;All files (*)"))
        if path and self._confirm(self.tr("Restore %1?").replace("%1", Path(path).name)):
            self.restore_chosen.emit(path)
            self.accept()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore from a backup"),
            question + "\n\n" + self.tr("What was written after it will be in the file kept aside, not in the journal."))
        return answer == QMessageBox.StandardButton.Yes
