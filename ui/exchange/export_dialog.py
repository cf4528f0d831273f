"""Exporting the journal, or the part a filter shows: CSV, XLSX or the JSON bundle, on a worker."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.common.errors import RapportError
from app.exchange.table.exporter import EXPORTERS, JournalFilter, suggested_name
from app.journal.records import get_client
from ui.shell import labels
from ui.shell.tasks import run_task
from ui.widgets.period_filter import PeriodFilter

FORMATS = (("csv", "csv", "CSV (UTF-8)"), ("xlsx", "xlsx", "Excel (XLSX)"), ("bundle", "json", "Rapport bundle (JSON)"))


def default_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


class ExportDialog(QDialog):
    """Choose the format, what to take (one client, a period, a tag, a kind) and the file."""

    def __init__(self, parent: QWidget | None = None, client_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the journal"))
        self.format = QComboBox(self)
        for key, _ext, text in FORMATS:
            self.format.addItem(text, key)
        self.client_id = client_id
        client_name = get_client(client_id).name if client_id is not None else ""
        self.only_client = QCheckBox(self.tr("Only %1").replace("%1", client_name), self)
        self.only_client.setVisible(client_id is not None)
        self.period = PeriodFilter(self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("any kind"), "")
        for value, text in labels.choices("kind"):
            self.kind.addItem(text, value)
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("&Browse..."), self)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.bundle_note = QLabel(self.tr("The bundle is always the whole journal, with nothing left out."), self)
        self.bundle_note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow("", self.only_client)
        form.addRow(self.tr("Interactions:"), self.period)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow("", self.bundle_note)
        form.addRow(self.tr("F&ile:"), file_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.task = None
        self.written: Path | None = None
        self._format_changed()
        self.resize(620, 360)

    def extension(self) -> str:
        return next(ext for key, ext, _text in FORMATS if key == self.format.currentData())

    def _format_changed(self, *_args) -> None:
        bundle = self.format.currentData() == "bundle"
        for widget in (self.only_client, self.period, self.kind):
            widget.setEnabled(not bundle)
        self.bundle_note.setVisible(bundle)
        current = Path(self.path.text()) if self.path.text().strip() else None
        folder = current.parent if current else default_folder()
        stem = current.stem if current else self.tr("Rapport journal")
        name = f"{stem}.{self.extension()}" if current else suggested_name(stem, self.extension(), dt.date.today())
        self.path.setText(str(folder / name))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              f"{self.format.currentText()} (*.{self.extension()})")
        if path:
            self.path.setText(path)

    def journal_filter(self) -> JournalFilter:
        date_from, date_to, tags = self.period.values()
        client_ids = (self.client_id,) if self.client_id is not None and self.only_client.isChecked() else ()
        kinds = (self.kind.currentData(),) if self.kind.currentData() else ()
        return JournalFilter(client_ids, date_from, date_to, tuple(tags), kinds)

    def export(self) -> None:
        if self.task is not None:
            return
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose a file to write."))
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != f".{self.extension()}":
            path = path.with_name(f"{path.name}.{self.extension()}")
        fmt = self.format.currentData()
        try:
            flt = self.journal_filter()
        except RapportError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Exporting..."))
        self.task = run_task(self, self.tr("Exporting the journal"), _export_work(fmt, path, flt),
                             on_success=lambda count: self._exported(path, count), on_failure=self._failed,
                             on_cancel=self._cancelled)

    def _exported(self, path: Path, count) -> None:
        self.task, self.written = None, path
        if isinstance(count, int):
            self.message.setText(self.tr("%n interaction(s) written to %1.", "", count).replace("%1", str(path)))
        else:
            self.message.setText(self.tr("The whole journal was written to %1.").replace("%1", str(path)))

    def _failed(self, exc) -> None:
        self.task = None
        from ui.shell.errors import show_error

        self.message.clear()
        show_error(self, exc)

    def _cancelled(self) -> None:
        self.task = None
        self.message.setText(self.tr("Export cancelled: no file was written."))


def _export_work(fmt: str, path: Path, flt: JournalFilter):
    def work(progress):
        if fmt == "bundle":
            from app.exchange.bundle.files import export_bundle

            # The bundle names its sections in English; the dialog keeps its own translated title.
            return export_bundle(path, lambda done, total, _message: progress(done, total, ""))
        return EXPORTERS[fmt](path, flt, progress)

    return work
