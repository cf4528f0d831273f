"""The Backups tab of Settings: where automatic backups go, how often, and how many are kept."""

from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.backup.snapshots import backup_folder
from app.common import preferences
from ui.widgets.form import hint_label

# preference -> (lowest, highest) a person may choose
COUNTS = {"backup_every_minutes": (0, 24 * 60), "backups_recent": (1, 100), "backups_daily": (0, 90),
          "backups_weekly": (0, 104), "backups_monthly": (0, 240)}


class BackupSettings(QWidget):
    """Backup preferences of this computer (stored when Settings is accepted)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = QLineEdit(preferences.get("backup_folder"), self)
        self.folder.setObjectName("backup_folder")
        self.folder.setPlaceholderText(str(backup_folder()) if not preferences.get("backup_folder") else "")
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.clicked.connect(self.choose_folder)
        self.spins: dict[str, QSpinBox] = {}
        captions = {"backup_every_minutes": self.tr("Back up &every"), "backups_recent": self.tr("&Keep the newest"),
                    "backups_daily": self.tr("&Then one a day for"), "backups_weekly": self.tr("One a &week for"),
                    "backups_monthly": self.tr("One a &month for")}
        suffixes = {"backup_every_minutes": self.tr(" minutes"), "backups_recent": self.tr(" backups"),
                    "backups_daily": self.tr(" days"), "backups_weekly": self.tr(" weeks"),
                    "backups_monthly": self.tr(" months")}
        grid = QGridLayout(self)
        folder_label = QLabel(self.tr("&Folder"), self)
        folder_label.setBuddy(self.folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        grid.addWidget(folder_label, 0, 0)
        grid.addLayout(row, 0, 1)
        for n, (key, (low, high)) in enumerate(COUNTS.items(), start=1):
            spin = QSpinBox(self)
            spin.setObjectName(key)
            spin.setRange(low, high)
            spin.setValue(min(max(preferences.get(key), low), high))
            spin.setSuffix(suffixes[key])
            if key == "backup_every_minutes":
                spin.setSpecialValueText(self.tr("never automatically"))
            label = QLabel(captions[key], self)
            label.setBuddy(spin)
            grid.addWidget(label, n, 0)
            grid.addWidget(spin, n, 1)
            self.spins[key] = spin
        grid.addWidget(hint_label(self.tr(
            "Each backup is a complete copy of the journal, checked before it is kept. Restore one with "
            "File > Restore from a backup. The folder should be on another disk, or one that is itself backed up.")),
            len(COUNTS) + 1, 0, 1, 2)
        grid.setRowStretch(len(COUNTS) + 2, 1)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"),
                                                  self.folder.text() or str(backup_folder()))
        if folder:
            self.folder.setText(folder)

    def values(self) -> dict:
        """The preferences as set in the tab, for the Settings dialog to store (on its worker)."""
        return {"backup_folder": self.folder.text().strip(), **{key: spin.value() for key, spin in self.spins.items()}}
