"""Help > About: name, version and licence, and where this machine keeps the journal, its
backups, the settings and the log."""

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QDir, Qt, QUrl, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.cli.main import version
from app.common.paths import config_dir, log_dir
from db.connection import sqlite_path
from ui.shell.icon import app_icon

LICENCE = "MIT"


def _place(path: Path, folder: Path | None = None) -> str:
    """A path shown as this platform writes it, linked to the folder that holds it."""
    url = QUrl.fromLocalFile(str(folder or path)).toString()
    return f"<a href='{html.escape(url)}'>{html.escape(QDir.toNativeSeparators(str(path)))}</a>"


class AboutDialog(QDialog):
    """What Rapport is, its version and licence, and where its files are on this machine."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Rapport"))
        self.setWindowIcon(app_icon())
        picture = QLabel(self)
        picture.setPixmap(app_icon().pixmap(96, 96))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel("<h2>Rapport</h2>", self)
        self.version = QLabel(self.tr("Version %1").replace("%1", version()), self)
        self.summary = QLabel(self.tr("A client-relationship journal for small firms: like, hear, negotiate."), self)
        self.summary.setWordWrap(True)
        self.licence = QLabel(self.tr(
            "Free software under the %1 licence. Built with Qt %2 and PySide6 %3 (LGPL v3) on Python %4; "
            "briefs are set in the DejaVu fonts.").replace("%1", LICENCE).replace("%2", qVersion())
            .replace("%3", PySide6.__version__).replace("%4", platform.python_version()), self)
        self.licence.setWordWrap(True)
        heading = QVBoxLayout()
        for label in (self.title, self.version, self.summary, self.licence):
            heading.addWidget(label)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(picture)
        top.addLayout(heading, 1)
        self.places = QFormLayout()
        self.places.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for row, text in self.place_rows():
            label = QLabel(text, self)
            label.setObjectName(f"about_{row}")
            label.setWordWrap(True)
            label.setOpenExternalLinks(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self.places.addRow(self.row_title(row), label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(self.places)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self.resize(640, layout.heightForWidth(640))

    def row_title(self, row: str) -> str:
        return {"journal": self.tr("Journal:"), "backups": self.tr("Backups:"),
                "settings": self.tr("Settings:"), "log": self.tr("Log file:")}[row]

    def place_rows(self) -> list[tuple[str, str]]:
        journal = sqlite_path()
        log_file = log_dir() / "rapport.log"
        if journal is not None:
            journal = journal.resolve()
            from app.backup.snapshots import backup_folder

            folder = backup_folder()
            rows = [("journal", _place(journal, journal.parent)),
                    ("backups", self.tr("Checked backups, made every half hour while the journal changes, "
                                        "in %1 (File > Restore from a backup)").replace("%1", _place(folder)))]
        else:
            rows = [("journal", self.tr("A database server (see the status bar).")),
                    ("backups", self.tr("The server's own backups (pg_dump), kept by whoever runs it."))]
        return rows + [("settings", _place(config_dir())), ("log", _place(log_file, log_file.parent))]

    def text(self) -> str:
        """Everything the box says, as plain text (for tests and for copying into a bug report)."""
        lines = [self.title.text(), self.version.text(), self.summary.text(), self.licence.text()]
        for row in range(self.places.rowCount()):
            title = self.places.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
            value = self.places.itemAt(row, QFormLayout.ItemRole.FieldRole).widget().text()
            lines.append(f"{title} {value}")
        return "\n".join(lines)
